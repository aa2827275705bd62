"""The workspace as its callers see it: create one with its first user, and the handful of store facts
the desktop needs before a workspace is open (where workspaces live, the password and user-name
rules, the recovery key check, what kind of file a scan is).

This is the one door from the UI to the store (`pyproject.toml` forbids `app.ui` importing `app.store`):
the desktop holds a `Workspace` (opened, unlocked and locked by its own methods) and hands it to the
services for everything else.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app import app_version
from app.errors import CircuitRideError, IntegrityProblem, InvalidInput, WorkspaceExists
from app.models import limits
from app.services.status import CURRENT_VERSION_SETTING, DOWNLOAD_URL_SETTING
from app.services.users import check_role, ensure_user
from app.store.images import sniff_mime
from app.store.keyslots import MIN_PASSWORD_CHARS, KdfParams, OpenedSlot, SlotBinding, check_password_strength
from app.store.migrate import HEAD_REVISION, NewerWorkspace, Upgraded
from app.store.workspace import RESTORED_KEY, SET_ASIDE_SLOTS, Workspace, check_username, default_data_dir
from app.wire.crypto import load_recovery_public_key

log = logging.getLogger(__name__)

__all__ = [
    "APP_FORMAT",
    "MIN_PASSWORD_CHARS",
    "KdfParams",
    "NewerWorkspace",
    "RestoredAsNewDevice",
    "Upgraded",
    "Workspace",
    "app_format",
    "app_version",
    "check_password_strength",
    "check_username",
    "create_workspace",
    "default_data_dir",
    "load_recovery_public_key",
    "restore_backup",
    "restore_note",
    "sniff_mime",
    "workspace_format",
]

# The workspace format this version writes, as the fast path knows it (app_format() reads the scripts).
APP_FORMAT = HEAD_REVISION


def app_format() -> str:
    """The newest schema revision among this version's migration scripts (imports Alembic: a worker)."""
    from app.store.migrate import head_revision

    return head_revision() or HEAD_REVISION


def workspace_format(ws: Workspace) -> str | None:
    """The schema revision of an unlocked workspace (a database read: on a worker)."""
    from app.store.migrate import current_revision

    return current_revision(ws.engine)


def create_workspace(
    path: Path,
    username: str,
    password: str,
    *,
    role: str = "team_lead",
    display_name: str = "",
    name: str = "",
    kdf: KdfParams | None = None,
    recovery_public_key: bytes | None = None,
) -> Workspace:
    """Create and unlock a new workspace whose first user is `username` in `role`.

    The role and display name are checked before anything is written, so a refused one leaves no
    half-made workspace behind; `kdf=None` calibrates Argon2id on this machine.
    """
    check_role(role)
    if len(display_name.strip()) > limits.MAX_NAME_CHARS or any(ord(c) < 32 for c in display_name):
        raise InvalidInput(
            "The display name must fit on one line of at most {max_chars} characters; shorten it.",
            max_chars=limits.MAX_NAME_CHARS,
        )
    ws = Workspace.create(path, username, password, name=name, kdf=kdf, recovery_public_key=recovery_public_key)
    ensure_user(ws, username, role=role, display_name=display_name)
    return ws


BACKUP_SKIP = ("backups", "state")  # a backup's own pre-upgrade copies and its back-off counter are not restored

# What a restored workspace leaves behind of the laptop it was copied from (see `restore_backup`).
# The enrollment and sync bookkeeping app/sync/engine.py keeps in the encrypted settings all start
# with "sync." (HQ's address and CA, this device's keys, the users' keys HQ bound, what HQ last
# accepted, the last sync); only what HQ said about releases is kept.
SYNC_SETTINGS_PREFIX = "sync."
SYNC_SETTINGS_KEPT = (CURRENT_VERSION_SETTING, DOWNLOAD_URL_SETTING)
PULL_CURSOR_NAME = "pull"  # app/sync/engine.py PULL_CURSOR: a new device pulls its whole scope
# workspace.json's RESTORED_KEY: the device this one was restored from (and the earlier ones), when,
# and whose slots wait in keyslots/SET_ASIDE_SLOTS/, bound to the old device (app/store/workspace.py).


@dataclass(frozen=True)
class RestoredAsNewDevice:
    """What a restore made of the workspace: a new device (it keeps the data, not the identity of the
    laptop the backup came from), which HQ must enroll, and the other users of the laptop: their slots
    were bound to the old device and wait aside until each opens the workspace once with their own
    password, which seals their slot for this device (app/store/workspace.py)."""

    at: str
    others: list[str]

    def sentence(self) -> str:
        """What to do next, for the command line and the restore page (in English: the UI has its own)."""
        text = (
            "This workspace was restored from a backup as a new device: it has all the records of the "
            "backup, but it is not enrolled with HQ. Ask HQ for a new enrollment code (`circuitride hq "
            "enroll-device`) and enroll it (`circuitride sync enroll --code CODE`, as the laptop's "
            "administrator); the changes HQ did not have when the backup was made are then sent again. "
            "If the laptop the backup came from is lost, ask HQ to revoke it."
        )
        if self.others:
            text += (
                " The other users of this laptop ({names}) open it with their own passwords as before; "
                "each then enrolls again with HQ (a user code from HQ, `circuitride user enroll --code CODE`)."
            ).format(names=", ".join(self.others))
        return text


def restore_note(ws: Workspace) -> RestoredAsNewDevice | None:
    """The restore this workspace was made by, if it was (read from its workspace.json)."""
    from app.store.workspace import META_FILE

    try:
        raw = json.loads((ws.path / META_FILE).read_text("utf-8")).get(RESTORED_KEY)
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(raw, dict):
        return None
    others = raw.get("others")
    return RestoredAsNewDevice(
        at=str(raw.get("at", "")),
        others=[str(x) for x in others] if isinstance(others, list) else [],
    )


def restore_backup(
    backup: Path,
    dest: Path,
    username: str,
    password: str,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Workspace:
    """Make the workspace in `dest` (empty or absent) from a backup folder (`circuitride backup`,
    Workspace → Back up…, or a kept pre-upgrade copy), and return it unlocked.

    A backup opens with the passwords it was made with, so the password is checked against the
    backup's own key slot before anything is copied: a wrong one costs no copy of a large vault. The
    copy goes to a sibling folder and is renamed into place only when whole and made a new device,
    then opened (and migrated, if the backup is from an older version) from there; if it cannot be
    opened it is removed again, and the data folder is as it was. The backup itself is never written to.

    The restored workspace is a **new device**. The laptop the backup came from went on after the
    backup (and may still be out there): as the same device the copy would number its next changes
    with device sequence numbers HQ has already taken from the original, and HQ would skip them as
    duplicates while acknowledging them; and HQ refuses a revoked device. So the copy gets a fresh
    device id (its key slots are bound to it: the restorer's and HQ's recovery slot are sealed
    again; the other users' slots are set aside and their passwords must be set again), forgets its
    enrollment, the keys HQ bound and its transfer state, and pulls its whole scope again. Its push
    cursor stays where HQ had acknowledged it when the backup was made, so every change HQ had not
    acknowledged then is offered again under the new device: what the original pushed after the
    backup merges as the same value (no conflict), what it never pushed reaches HQ now. The changes
    acknowledged before the backup are at HQ already and are not sent again (sent again from
    another device, each would count as a concurrent edit of whatever changed since, and make a
    conflict for a team lead). `restore_note(ws)` says what to do next."""
    from app.store.workspace import DB_FILE, META_FILE

    backup = Path(backup)
    if backup.name == META_FILE:  # the file chosen in a file dialog: its folder is the backup
        backup = backup.parent
    dest = Path(dest)
    if not (backup / META_FILE).is_file() or not (backup / DB_FILE).is_file() or not (backup / "keyslots").is_dir():
        raise InvalidInput(
            "{path} is not a Circuit Ride backup: choose the folder a backup made (it holds workspace.json, "
            "db.sqlite and keyslots).",
            path=backup,
        )
    try:
        source = Workspace(backup)
    except IntegrityProblem as exc:
        raise IntegrityProblem(
            "This backup is damaged (its workspace.json cannot be read): choose another backup."
        ) from exc
    user = source.resolve_user(username or None)
    try:
        opened = source.check_password(user, password)  # WrongPassword before any copy; writes nothing
    except InvalidInput as exc:
        raise IntegrityProblem("This backup is damaged (a key slot cannot be read): choose another backup.") from exc
    if (dest / META_FILE).exists():
        raise WorkspaceExists("A workspace already exists at {path}.", path=dest)
    if dest.exists() and any(dest.iterdir()):
        raise WorkspaceExists("{path} is not empty. Choose an empty or new directory.", path=dest)

    files = [
        p
        for p in sorted(backup.rglob("*"))
        if p.is_file() and p.relative_to(backup).parts[0] not in BACKUP_SKIP and not p.name.startswith(DB_FILE + "-")
    ]
    tmp = dest.with_name(dest.name + ".restoring")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        for done, src in enumerate(files, 1):
            target = tmp / src.relative_to(backup)
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.copy2(src, target)
            if progress is not None:
                progress(done, len(files))
        (tmp / "blobs").mkdir(exist_ok=True, mode=0o700)
        others = _new_device(tmp, source, user, password, opened)
        upgraded = _forget_old_device(tmp, user, password, source.meta.device_id)
        if dest.exists():
            dest.rmdir()
        os.replace(tmp, dest)  # the whole copy or nothing: the data folder is as it was until here
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise CircuitRideError(
            "The backup could not be copied ({reason}): check the drive and the free space, then try again.",
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    ws = Workspace(dest)
    try:
        ws.unlock(password, user)
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    if upgraded is not None:  # migrated while it was still the sibling folder: its kept copy moved with it
        ws.upgraded = replace(upgraded, backup=dest / upgraded.backup.relative_to(tmp))
    log.info("workspace %s restored from a backup as a new device", ws.meta.workspace_id)
    if others:
        log.info("%d other user(s) open with their own passwords once, then enroll again", len(others))
    return ws


def _new_device(tmp: Path, source: Workspace, user: str, password: str, opened: OpenedSlot) -> list[str]:
    """Give the copy in `tmp` a fresh device id: the restorer's slot and HQ's recovery slot sealed
    again under it, the other users' slots set aside (they open only with their own passwords, which
    are not known here: each is sealed for this device when its user first unlocks); workspace.json
    last, recording the devices the set-aside slots may be bound to. Returns the other users' names."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    from app.store import keyslots
    from app.store.workspace import META_FILE, RECOVERY_SLOT
    from app.util.files import atomic_write
    from app.util.ids import uuid7
    from app.wire.crypto import unb64

    old = source.meta.binding
    binding = SlotBinding(old.workspace_id, uuid7())
    slots = tmp / "keyslots"
    kdf = opened.header.get("kdf", {})
    params = KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
    keyslots.write_slot(
        slots / f"user-{user}.json",
        keyslots.make_password_slot(opened.dek, user, password, binding, params, opened.user_key),
    )
    (slots / SET_ASIDE_SLOTS / f"user-{user}.json").unlink(missing_ok=True)  # the restorer's, set aside before
    recovery = slots / RECOVERY_SLOT
    if recovery.is_file():
        try:
            hq_public = X25519PublicKey.from_public_bytes(unb64(keyslots.read_slot(recovery)["hq_public"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise IntegrityProblem(
                "This backup is damaged (its HQ recovery slot cannot be read): choose another backup."
            ) from exc
        keyslots.write_slot(recovery, keyslots.make_recovery_slot(opened.dek, hq_public, binding))
    moving = [p.name for p in slots.glob("user-*.json") if p.name != f"user-{user}.json"]
    aside = slots / SET_ASIDE_SLOTS
    if moving:
        aside.mkdir(mode=0o700, exist_ok=True)
        for name in moving:
            os.replace(slots / name, aside / name)
    others = sorted(p.name[len("user-") : -len(".json")] for p in aside.glob("user-*.json"))
    meta = json.loads((tmp / META_FILE).read_text("utf-8"))
    meta["device_id"] = binding.device_id
    meta[RESTORED_KEY] = {
        "from_device": old.device_id,
        "earlier_devices": source.restored_from(),  # a backup of a restored workspace: slots still aside
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "others": others,
    }
    atomic_write(tmp / META_FILE, json.dumps(meta, indent=2).encode("utf-8"), 0o644)
    return others


def _forget_old_device(tmp: Path, user: str, password: str, old_device: str) -> Upgraded | None:
    """Open the copy in `tmp` (migrating it if it is from an older version) and drop what belonged to
    the old device's place at HQ, in one transaction; returns what a migration did. A copy that
    cannot be opened is removed."""
    ws = Workspace(tmp)
    try:
        ws.unlock(password, user)
    except IntegrityProblem as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise IntegrityProblem(
            "This backup is damaged: the password is right but its database cannot be read. Nothing was "
            "restored; choose another backup."
        ) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        from sqlalchemy import delete

        from app.models import Setting, SyncCursor, TransferState

        with ws.session() as session:
            session.execute(
                delete(Setting).where(
                    Setting.key.startswith(SYNC_SETTINGS_PREFIX, autoescape=True),
                    Setting.key.not_in(SYNC_SETTINGS_KEPT),
                )
            )
            session.execute(delete(SyncCursor).where(SyncCursor.name == PULL_CURSOR_NAME))
            session.execute(delete(TransferState))
        from app.services.uow import unit_of_work

        with unit_of_work(ws) as uow:  # the workspace's own act, kept in its audit chain
            uow.note("restored_as_new_device", "devices", ws.meta.device_id, None, {"from_device": old_device})
        upgraded = ws.upgraded
    except BaseException:
        ws.lock()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    ws.lock()
    return upgraded
