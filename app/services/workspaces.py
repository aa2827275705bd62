"""The workspace as its callers see it: create one with its first user, and the handful of store facts
the desktop needs before a workspace is open (where workspaces live, the password and user-name
rules, the recovery key check, what kind of file a scan is).

This is the one door from the UI to the store (`pyproject.toml` forbids `app.ui` importing `app.store`):
the desktop holds a `Workspace` (opened, unlocked and locked by its own methods) and hands it to the
services for everything else.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from app import app_version
from app.errors import CircuitRideError, IntegrityProblem, InvalidInput, WorkspaceExists
from app.models import limits
from app.services.users import check_role, ensure_user
from app.store.images import sniff_mime
from app.store.keyslots import MIN_PASSWORD_CHARS, KdfParams, check_password_strength
from app.store.migrate import HEAD_REVISION, NewerWorkspace, Upgraded
from app.store.workspace import Workspace, check_username, default_data_dir
from app.wire.crypto import load_recovery_public_key

log = logging.getLogger(__name__)

__all__ = [
    "APP_FORMAT",
    "MIN_PASSWORD_CHARS",
    "KdfParams",
    "NewerWorkspace",
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
    copy goes to a sibling folder and is renamed into place only when whole, then opened (and
    migrated, if the backup is from an older version) from there; if it cannot be opened it is
    removed again, and the data folder is as it was. The backup itself is never written to."""
    from app.store import keyslots
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
        slot = keyslots.read_slot(backup / "keyslots" / f"user-{user}.json")
    except (OSError, ValueError) as exc:
        raise IntegrityProblem("This backup is damaged (a key slot cannot be read): choose another backup.") from exc
    keyslots.open_password_slot_keys(slot, password, source.meta.binding)  # WrongPassword before any copy
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
        if dest.exists():
            dest.rmdir()
        os.replace(tmp, dest)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise CircuitRideError(
            "The backup could not be copied ({reason}): check the drive and the free space, then try again.",
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    ws = Workspace(dest)
    try:
        ws.unlock(password, user)
    except IntegrityProblem as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise IntegrityProblem(
            "This backup is damaged: the password is right but its database cannot be read. Nothing was "
            "restored; choose another backup."
        ) from exc
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    log.info("workspace %s restored from a backup", ws.meta.workspace_id)
    return ws
