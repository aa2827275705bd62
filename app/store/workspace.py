"""The encrypted workspace: a directory holding key slots, the SQLCipher database and the vault.

    workspace.json   non-secret metadata (format, workspace id, device id, name)
    keyslots/        one Argon2id slot per user (+ optional HQ recovery slot); a restored workspace
                     keeps the other users' slots of the device it was restored from in
                     keyslots/before-restore/ until each opens it once (see `unlock`)
    state/           unlock back-off counter (no secrets, no personal data)
    db.sqlite        SQLCipher 4, whole file encrypted with the data key
    blobs/           encrypted attachment chunks (app/store/vault.py)
    maps/            installed offline maps, each its own SQLCipher file (app/store/maps.py)

`Workspace(path)` is a locked handle. `unlock()` opens a slot, then the database, runs migrations
and opens the vault; `lock()` disposes the engine and forgets the key. Python cannot guarantee that
no copy of a key survives in memory; we keep it in one bytearray that lock() overwrites.

A full disk must not lock anyone out of their data: unlocking writes nothing that needs free space
(the back-off counter is rewritten in place, see backoff.py), a database whose `-shm` index cannot
be allocated is opened with an exclusive lock instead (`low_disk`, see db.py), and every "disk
full" error a session meets (SQLITE_FULL, ENOSPC) becomes one StorageFull message. Reading,
searching, exporting and backing up to another drive then work; a change fails cleanly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from app.errors import (
    CircuitRideError,
    IntegrityProblem,
    InvalidInput,
    StorageFull,
    WorkspaceExists,
    WorkspaceLocked,
    WorkspaceNotFound,
    WrongPassword,
)
from app.store import keyslots
from app.store.backoff import Backoff
from app.store.keyslots import KdfParams, SlotBinding
from app.util.files import atomic_write
from app.util.ids import uuid7
from app.wire.crypto import load_recovery_private_key, load_recovery_public_key

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from app.store.migrate import Upgraded
    from app.store.vault import BlobVault

# The database layer (SQLAlchemy, SQLCipher, Alembic) is imported when a workspace is first
# opened, not when this module is: the unlock screen needs only the key slots, and showing it
# must not wait a second for SQLAlchemy to load.

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
META_FILE = "workspace.json"
DB_FILE = "db.sqlite"
RECOVERY_SLOT = "recovery.json"
BACKOFF_FILE = "unlock-attempts.json"
# A restore (app/services/workspaces.py) makes a new device: the users' slots other than the
# restorer's are bound to the old device and wait in keyslots/before-restore/; workspace.json's
# "restored" records the device(s) they were made on.
SET_ASIDE_SLOTS = "before-restore"
RESTORED_KEY = "restored"
# SQLite primary result codes (sqlite3.h) that decide how a failed open is reported.
SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_NOTADB = 5, 11, 26
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_MAP_ID = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)  # as app/store/maps.py names them


def default_data_dir() -> Path:
    env = os.environ.get("CIRCUITRIDE_DATA_DIR")
    if env:
        return Path(env)
    return platformdirs.user_data_path("CircuitRide", appauthor=False) / "workspace"


def check_username(username: str) -> str:
    if not _USERNAME.match(username or ""):
        raise InvalidInput(
            "'{name}' is not a valid user name: use lower-case letters, digits, dots, "
            "dashes or underscores (for example ana.rojas).",
            name=username,
        )
    return username


@dataclass(frozen=True, slots=True)
class WorkspaceMeta:
    format_version: int
    workspace_id: str
    device_id: str
    name: str
    created_at: str

    @property
    def binding(self) -> SlotBinding:
        return SlotBinding(self.workspace_id, self.device_id)


class Workspace:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        meta_path = self.path / META_FILE
        if not meta_path.is_file():
            raise WorkspaceNotFound(
                "No workspace at {path}. Create one with `circuitride init` or point --data-dir at an existing one.",
                path=self.path,
            )
        try:
            raw = json.loads(meta_path.read_text("utf-8"))
            self.meta = WorkspaceMeta(
                int(raw["format_version"]),
                str(raw["workspace_id"]),
                str(raw["device_id"]),
                str(raw.get("name", "")),
                str(raw.get("created_at", "")),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise IntegrityProblem("{path} is damaged. Restore the workspace from a backup.", path=meta_path) from exc
        if self.meta.format_version > FORMAT_VERSION:
            from app.store.migrate import NewerWorkspace

            raise NewerWorkspace(
                "This workspace was made by a newer version of Circuit Ride (folder format {found}; this version "
                "knows {known}): install that version or newer; nothing was changed.",
                found=self.meta.format_version,
                known=FORMAT_VERSION,
            )
        self.backoff = Backoff(self.path / "state" / BACKOFF_FILE)
        self._dek: bytearray | None = None
        self._engine: Engine | None = None
        self._sessions: Any = None
        self._vault: BlobVault | None = None
        self.username: str | None = None
        # The unlocked user's Ed25519 signing key (app/services/authorship.py signs their changes with
        # it); None when locked, opened with HQ's recovery key, or its slot could not be given one.
        self.user_key: Ed25519PrivateKey | None = None
        # True when the disk had no room for the database's shared index at unlock: this process
        # then holds the database alone until lock() and any change is likely to fail StorageFull.
        self.low_disk = False
        # Set by the unlock that upgraded the schema (the first start after an application upgrade):
        # the old and new revisions and the kept backup, for the CLI and the GUI to say so.
        self.upgraded: Upgraded | None = None

    # ----- creation -------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        username: str,
        password: str,
        *,
        name: str = "",
        kdf: KdfParams | None = None,
        recovery_public_key: bytes | None = None,
    ) -> Workspace:
        """Create and unlock a new workspace. `kdf=None` calibrates Argon2id on this machine.

        The workspace's first user record (and its role) is the services' part:
        `app.services.workspaces.create_workspace` makes both.
        """
        path = Path(path)
        check_username(username)
        keyslots.check_password_strength(password)
        hq_public = load_recovery_public_key(recovery_public_key) if recovery_public_key else None
        if (path / META_FILE).exists() or (path / DB_FILE).exists():
            raise WorkspaceExists("A workspace already exists at {path}.", path=path)
        if path.exists() and any(path.iterdir()):
            raise WorkspaceExists("{path} is not empty. Choose an empty or new directory.", path=path)
        params = kdf or keyslots.calibrate_kdf()
        meta = WorkspaceMeta(FORMAT_VERSION, uuid7(), uuid7(), name or path.name, _now_iso())
        dek = keyslots.new_dek()
        user_key = keyslots.new_user_key()
        try:
            for sub in ("keyslots", "state", "blobs"):
                (path / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(path, 0o700)
            # The counter file is made now, while there is room: a full disk later rewrites it in place.
            Backoff(path / "state" / BACKOFF_FILE).ensure()
            keyslots.write_slot(
                path / "keyslots" / f"user-{username}.json",
                keyslots.make_password_slot(dek, username, password, meta.binding, params, user_key),
            )
            if hq_public is not None:
                keyslots.write_slot(
                    path / "keyslots" / RECOVERY_SLOT,
                    keyslots.make_recovery_slot(dek, hq_public, meta.binding),
                )
            from app.store.db import make_engine
            from app.store.migrate import upgrade

            engine = make_engine(path / DB_FILE, dek)
            upgrade(engine, path / DB_FILE, dek)
            engine.dispose()
            # workspace.json last: its presence marks a complete workspace.
            atomic_write(path / META_FILE, json.dumps(_meta_dict(meta), indent=2).encode("utf-8"), 0o644)
        except OSError as exc:
            raise _os_error(exc, path) from exc
        except Exception as exc:
            if is_disk_full_error(exc):
                raise storage_full(path) from exc
            raise
        ws = cls(path)
        ws._open(bytearray(dek), username, user_key)
        log.info("workspace %s created", meta.workspace_id)
        return ws

    # ----- unlock / lock --------------------------------------------------------------------
    def users(self) -> list[str]:
        """Everyone whose password opens the workspace: a slot of this device, or one a restore set
        aside (it opens with the same password, see `unlock`)."""
        slots = self.path / "keyslots"
        found = list(slots.glob("user-*.json")) + list((slots / SET_ASIDE_SLOTS).glob("user-*.json"))
        return sorted({p.name[len("user-") : -len(".json")] for p in found})

    def restored_from(self) -> list[str]:
        """The devices this workspace was restored from, the latest first (none if it never was)."""
        try:
            raw = json.loads((self.path / META_FILE).read_text("utf-8")).get(RESTORED_KEY)
        except (OSError, ValueError, AttributeError):
            return []
        if not isinstance(raw, dict):
            return []
        earlier = raw.get("earlier_devices")
        devices = [raw.get("from_device"), *(earlier if isinstance(earlier, list) else [])]
        return [d for d in devices if isinstance(d, str) and d and d != self.meta.device_id]

    def has_recovery_slot(self) -> bool:
        return (self.path / "keyslots" / RECOVERY_SLOT).is_file()

    def _slot_path(self, username: str) -> Path:
        return self.path / "keyslots" / f"user-{check_username(username)}.json"

    def _set_aside_path(self, username: str) -> Path:
        return self.path / "keyslots" / SET_ASIDE_SLOTS / f"user-{check_username(username)}.json"

    def check_password(self, username: str, password: str) -> keyslots.OpenedSlot:
        """Open `username`'s slot, of this device or set aside by a restore, and write nothing (a
        backup is checked this way before it is restored). WrongPassword if it does not open."""
        slot, binding, _aside = self._find_slot(username)
        return keyslots.open_password_slot_keys(dict(slot), password, binding)  # a plain dict: never rewritten

    def _find_slot(self, username: str) -> tuple[dict[str, Any], SlotBinding, bool]:
        """The user's slot and the binding it was made under; True when a restore set it aside.

        A set-aside slot opens only under a device this workspace records it was restored from, for
        the user it is named after, and with that user's own password: nothing opens it that did not
        open it on the laptop it was made on."""
        path, aside = self._slot_path(username), self._set_aside_path(username)
        if path.is_file() or not aside.is_file():
            return keyslots.read_slot(path), self.meta.binding, False
        slot = keyslots.read_slot(aside)
        device = slot.get("device_id")
        if slot.get("user") != username or device not in self.restored_from():
            raise WrongPassword("This key slot belongs to another workspace or device.")
        return slot, SlotBinding(self.meta.workspace_id, str(device)), True

    def _open_user_slot(self, username: str, password: str) -> tuple[keyslots.OpenedSlot, bool]:
        """Open the user's slot; one a restore set aside is sealed again for this device (same password,
        same key-derivation strength) and the old one removed. True when it came from the side."""
        slot, binding, aside = self._find_slot(username)
        if not aside:
            opened = keyslots.open_password_slot_keys(slot, password, binding)
            with contextlib.suppress(OSError):  # left by a rebind cut short; a read-only copy keeps it
                self._set_aside_path(username).unlink(missing_ok=True)
            return opened, False
        opened = keyslots.open_password_slot_keys(dict(slot), password, binding)
        user_key = opened.user_key or keyslots.new_user_key()
        try:
            keyslots.write_slot(
                self._slot_path(username), keyslots.rebind(opened, self.meta.binding, password, user_key)
            )
            self._set_aside_path(username).unlink()
        except OSError as exc:  # a full disk or a read-only copy: it opens from the side again next time
            log.warning("a key slot set aside by a restore could not be sealed for this device: %s", type(exc).__name__)
            return opened, True
        log.info("a key slot set aside by a restore was sealed again for this device")
        return keyslots.OpenedSlot(opened.dek, user_key, opened.header, opened.kek), True

    def resolve_user(self, username: str | None) -> str:
        users = self.users()
        if username:
            if username not in users:
                # Same message as a wrong password: do not reveal which user names exist.
                raise WrongPassword("Wrong user name or password.")
            return username
        if len(users) == 1:
            return users[0]
        raise InvalidInput("This workspace has several users: say which one with --user NAME.")

    def unlock(self, password: str, username: str | None = None) -> None:
        user = self.resolve_user(username)
        self.backoff.check(recoverable=self.has_recovery_slot())
        # Counted before the password is tried (a kill mid-check cannot undo it); on a full disk the
        # count is rewritten in place, and an attempt that cannot be counted is not tried at all.
        self.backoff.begin_attempt()
        opened, aside = self._open_user_slot(user, password)
        self.backoff.succeeded()  # never raises: a right password opens even when this cannot be written
        user_key = opened.user_key
        if user_key is None and not aside:
            user_key = self._give_user_key(user, password, opened)
        self._open(bytearray(opened.dek), user, user_key)

    def unlock_with_recovery(self, private_pem: bytes, passphrase: str | None = None) -> None:
        path = self.path / "keyslots" / RECOVERY_SLOT
        if not path.is_file():
            raise InvalidInput("This workspace has no HQ recovery slot; it cannot be recovered without a password.")
        private = load_recovery_private_key(private_pem, passphrase)
        dek = keyslots.open_recovery_slot(keyslots.read_slot(path), private, self.meta.binding)
        self.backoff.succeeded()
        self._open(bytearray(dek), "@recovery")

    def _give_user_key(self, username: str, password: str, opened: keyslots.OpenedSlot) -> bytes | None:
        """A slot made before users had signing keys gets one now, rewritten atomically (the old
        slot opens until the new one is in place). Failing to write (a full disk, a read-only copy)
        does not stop the unlock: this user's changes then travel unsigned until the next unlock."""
        user_key = keyslots.new_user_key()
        try:
            keyslots.write_slot(
                self._slot_path(username), keyslots.with_user_key(opened, user_key, password, self.meta.binding)
            )
        except OSError as exc:
            log.warning("a key slot could not be given its user's signing key: %s", type(exc).__name__)
            return None
        log.info("a key slot made before user signing keys was given one")
        return user_key

    def _open(self, dek: bytearray, username: str, user_key: bytes | None = None) -> None:
        from sqlalchemy.exc import DatabaseError

        from app.store.db import session_factory
        from app.store.migrate import upgrade
        from app.store.vault import BlobVault

        engine, low_disk = self._open_engine(bytes(dek))
        try:
            upgraded = upgrade(engine, self.db_path, bytes(dek), low_disk=low_disk, snapshot=self._snapshot)
        except DatabaseError as exc:
            engine.dispose()
            raise (storage_full(self.path) if is_disk_full_error(exc) else _damaged()) from exc
        except BaseException:
            engine.dispose()
            raise

        self._dek = dek
        self._engine = engine
        self._sessions = session_factory(engine)
        self._vault = BlobVault(self.path / "blobs", keyslots.subkey(bytes(dek), keyslots.SUBKEY_INFO_VAULT))
        self.username = username
        self.user_key = _signing_key(user_key)
        self.low_disk = low_disk
        self.upgraded = upgraded
        log.info("workspace %s unlocked%s", self.meta.workspace_id, " on a full disk" if low_disk else "")

    def _snapshot(self, dest: Path) -> None:
        """The rest of the workspace beside a database copy already in `dest` (migrate.py's kept
        backup), so the copy opens on its own with the same passwords. Blobs never change once
        written, so they are hard-linked where the file system allows (no second copy of every
        scan on a small disk), copied where it does not."""
        shutil.copytree(self.path / "keyslots", dest / "keyslots")
        (dest / "state").mkdir(mode=0o700, exist_ok=True)
        Backoff(dest / "state" / BACKOFF_FILE).ensure()
        blobs = self.path / "blobs"
        for src in sorted(blobs.rglob("*")):
            if not src.is_file() or src.parent.name == "tmp":  # the vault's unfinished writes
                continue
            target = dest / "blobs" / src.relative_to(blobs)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(src, target)
            except OSError:
                shutil.copy2(src, target)
        (dest / "blobs").mkdir(mode=0o700, exist_ok=True)
        for src in self.map_files():  # never rewritten once installed (an install renames a new file in)
            (dest / src.parent.name).mkdir(mode=0o700, exist_ok=True)
            try:
                os.link(src, dest / src.parent.name / src.name)
            except OSError:
                shutil.copy2(src, dest / src.parent.name / src.name)
        shutil.copy2(self.path / META_FILE, dest / META_FILE)  # last: its presence marks a complete workspace

    def _open_engine(self, dek: bytes) -> tuple[Engine, bool]:
        """The database engine, and whether it had to be opened exclusively for lack of disk space."""
        from sqlalchemy.exc import DatabaseError

        from app.store.db import make_engine

        try:
            return make_engine(self.db_path, dek), False
        except DatabaseError as exc:
            code = getattr(exc.orig, "sqlite_errorcode", None)
            if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
                raise _damaged() from exc
            if code == SQLITE_BUSY:
                raise _busy() from exc
            first = exc
        # Most likely the disk is full: SQLite could not allocate the -shm index (SQLITE_IOERR) or
        # the -wal file. An exclusive connection needs neither to read.
        try:
            engine = make_engine(self.db_path, dek, exclusive=True)
        except DatabaseError as exc:
            code = getattr(exc.orig, "sqlite_errorcode", None)
            if code == SQLITE_BUSY:
                raise _busy() from exc
            if is_disk_full_error(exc) or is_disk_full_error(first) or _disk_free_bytes(self.path) == 0:
                raise storage_full(self.path) from exc
            raise _damaged() from exc
        log.warning("the disk is full: the workspace is open for reading; changes will fail until space is freed")
        return engine, True

    def lock(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._dek is not None:
            for i in range(len(self._dek)):
                self._dek[i] = 0
        self._dek = self._engine = self._sessions = self._vault = None
        self.username = None
        self.user_key = None

    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    # ----- passwords ------------------------------------------------------------------------
    def set_password(
        self, username: str, new_password: str, kdf: KdfParams | None = None, *, user_key: bytes | None = None
    ) -> bool:
        """Write (or rewrite) a user's slot for the open workspace. The database is untouched.

        The slot keeps the user's signing key when it is known here (the open workspace's own user,
        or `user_key`); otherwise the user gets a new one (a new user, or a password set with HQ's
        recovery key), which HQ must be told again (`circuitride user enroll`). True when new."""
        keyslots.check_password_strength(new_password)
        dek = self._require_dek()
        if user_key is None and username == self.username and self.user_key is not None:
            from app.wire.signing import private_key_bytes

            user_key = private_key_bytes(self.user_key)
        made = user_key is None
        slot = keyslots.make_password_slot(
            dek,
            check_username(username),
            new_password,
            self.meta.binding,
            kdf or self._slot_params(username),
            user_key or keyslots.new_user_key(),
        )
        try:
            keyslots.write_slot(self._slot_path(username), slot)
            self._set_aside_path(username).unlink(missing_ok=True)  # a restore's old slot: replaced
        except OSError as exc:
            raise _os_error(exc, self.path) from exc
        log.info("key slot rewritten for one user")
        return made

    def remove_password(self, username: str) -> None:
        """Erase a user's key slot: their password no longer opens the workspace (a deactivated user)."""
        try:
            self._slot_path(username).unlink(missing_ok=True)
            self._set_aside_path(username).unlink(missing_ok=True)  # nor the slot a restore set aside
        except OSError as exc:
            raise _os_error(exc, self.path) from exc
        log.info("key slot removed for one user")

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        keyslots.check_password_strength(new_password)
        was_open = self.is_unlocked
        if not was_open:
            self.unlock(old_password, username)
        else:
            opened, _aside = self._open_user_slot(username, old_password)
            if username != self.username and opened.user_key is not None:
                self.set_password(username, new_password, user_key=opened.user_key)  # keeps their key
                return
        self.set_password(username, new_password)
        if not was_open:
            self.lock()

    def _slot_params(self, username: str) -> KdfParams:
        path = self._slot_path(username)
        if not path.is_file():
            path = self._set_aside_path(username)
        if path.is_file():
            kdf = keyslots.read_slot(path).get("kdf", {})
            try:
                return KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
            except (KeyError, ValueError, TypeError):
                pass
        return keyslots.calibrate_kdf()

    # ----- access ---------------------------------------------------------------------------
    def map_files(self) -> list[Path]:
        """The installed offline maps' files, complete ones only (an install writes in maps/tmp/)."""
        from app.store.maps import MAP_SUFFIX, maps_dir

        root = maps_dir(self.path)
        if not root.is_dir():
            return []
        return sorted(p for p in root.iterdir() if p.suffix == MAP_SUFFIX and _MAP_ID.match(p.stem) and p.is_file())

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE

    def subkey(self, info: bytes) -> bytes:
        """A key of its own for one use of the data key (`info` names the use), as the vault's is
        derived: the data key itself never leaves the workspace."""
        return keyslots.subkey(self._require_dek(), info)

    def _require_dek(self) -> bytes:
        if self._dek is None:
            raise WorkspaceLocked("The workspace is locked. Unlock it first.")
        return bytes(self._dek)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise WorkspaceLocked("The workspace is locked. Unlock it first.")
        return self._engine

    @property
    def vault(self) -> BlobVault:
        if self._vault is None:
            raise WorkspaceLocked("The workspace is locked. Unlock it first.")
        return self._vault

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error. The one place a full disk
        met by any database write (SQLITE_FULL) or file write (ENOSPC) becomes StorageFull."""
        if self._sessions is None:
            raise WorkspaceLocked("The workspace is locked. Unlock it first.")
        session: Session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            if not isinstance(exc, CircuitRideError) and is_disk_full_error(exc):
                log.info("a change was rolled back: the disk is full")
                raise storage_full(self.path) from exc
            raise
        finally:
            session.close()

    # ----- backup ---------------------------------------------------------------------------
    def backup(self, dest: Path) -> Path:
        """An encrypted, consistent copy that opens with the same passwords (or recovery key).

        Nothing is written into the workspace before the copy is complete, so a backup to another
        drive works when the workspace's own disk is full."""
        dek = self._require_dek()
        dest = Path(dest)
        if dest.exists() and any(dest.iterdir()):
            raise WorkspaceExists("{path} is not empty. Choose a new directory for the backup.", path=dest)
        tmp = dest.with_name(dest.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            (tmp / "blobs").mkdir(parents=True, mode=0o700)
            shutil.copytree(self.path / "keyslots", tmp / "keyslots")
            # Database first, in one read transaction; blobs are immutable and content-addressed,
            # so copying every blob present after the export covers every blob it references.
            self._export_database(tmp / DB_FILE, dek)
            for address in self.vault.all_addresses():
                src = self.vault.path_for_address(address)
                target = tmp / "blobs" / src.relative_to(self.path / "blobs")
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, target)
            for src in self.map_files():  # each map is a whole file, renamed into maps/ when installed
                target = tmp / src.parent.name / src.name
                target.parent.mkdir(mode=0o700, exist_ok=True)
                shutil.copy2(src, target)
            shutil.copy2(self.path / META_FILE, tmp / META_FILE)
            if dest.exists():
                dest.rmdir()
            os.replace(tmp, dest)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise _os_error(exc, dest) from exc
        except BaseException as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if not isinstance(exc, CircuitRideError) and is_disk_full_error(exc):
                raise storage_full(dest) from exc
            raise
        from app.store.settings import write_setting

        try:
            with self.session() as session:
                write_setting(session, "last_backup_at", _now_iso())
        except StorageFull:
            # The backup is complete and sound; only the "last backup" date shown in the status
            # bar is missing. Failing here would hide a good backup from the user.
            log.warning("backup written; its date could not be recorded because the disk is full")
        return dest

    def _export_database(self, target: Path, dek: bytes) -> None:
        """sqlcipher_export through one of the engine's own connections: in low-disk mode it is the
        only connection allowed to read the file."""
        from app.store.db import export_from

        raw = self.engine.raw_connection()
        try:
            export_from(raw.driver_connection, target, dek)
        except BaseException:
            raw.invalidate()  # an export cut short may leave the copy attached: never reuse that connection
            raise
        finally:
            raw.close()


def _signing_key(raw: bytes | None) -> Ed25519PrivateKey | None:
    if raw is None:
        return None
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(raw)


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _meta_dict(meta: WorkspaceMeta) -> dict[str, Any]:
    return {
        "format_version": meta.format_version,
        "workspace_id": meta.workspace_id,
        "device_id": meta.device_id,
        "name": meta.name,
        "created_at": meta.created_at,
    }


def storage_full(path: Path) -> StorageFull:
    return StorageFull(
        "The disk is full: free some space (on the drive that holds {path}) and try again; nothing was changed.",
        path=path,
    )


def is_disk_full_error(exc: BaseException) -> bool:
    from app.store.db import is_disk_full

    return is_disk_full(exc)


def _disk_free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def _damaged() -> IntegrityProblem:
    return IntegrityProblem(
        "The key is right but the database file cannot be read: it is damaged. "
        "Run `circuitride check` and restore from a backup."
    )


def _busy() -> CircuitRideError:
    return CircuitRideError(
        "The workspace is in use by another Circuit Ride window or command that holds it alone "
        "(it does so when the disk is full). Close it, then try again."
    )


def _os_error(exc: OSError, path: Path | None = None) -> CircuitRideError:
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return storage_full(path or Path(exc.filename or "."))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return InvalidInput("Permission denied writing to {path}. Choose a folder you can write to.", path=exc.filename)
    # strerror is the system's own wording, shown as it is
    return CircuitRideError("Could not write to disk ({reason}). Check the drive, then try again.", reason=exc.strerror)
