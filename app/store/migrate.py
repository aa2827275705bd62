"""Schema migrations (Alembic), run on every unlock.

The first unlock after an upgrade of the application finds the workspace one or more revisions
behind. Before anything is written, a consistent encrypted copy of the workspace (database exported
with sqlcipher_export, key slots, metadata, blobs and installed maps hard-linked: they are immutable) is put in the
workspace's `backups/` folder, named with the date and the old revision; the newest three are kept,
so a field team that meets a bad migration months later still has the workspace as it was. SQLite
DDL is transactional, so a migration that fails (or a process killed half-way) rolls back and the
workspace opens as before; the kept copy is the second line of defence.

A workspace whose revision this application does not know was made by a newer Circuit Ride: it is
refused before anything is written (no downgrade, no copy), with the words to say so.

An upgrade needs free space (the copy, the rewritten pages): on a full disk it is not attempted,
and the user is told to free some space rather than that the upgrade failed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import CircuitRideError, IntegrityProblem, StorageFull

if TYPE_CHECKING:  # SQLAlchemy loads when a workspace is opened, not with the unlock screen (workspace.py)
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. Kept here so that an up-to-date workspace opens
# without importing Alembic (slow to import, docs/benchmarks.md); a test checks it matches the scripts.
HEAD_REVISION = "0013"
BACKUPS_DIR = "backups"  # inside the workspace folder: travels with it, found by support
KEEP_BACKUPS = 3
PARTIAL_SUFFIX = ".partial"


class NewerWorkspace(CircuitRideError):
    """The workspace was made by a newer version: refused before any write. Exit code 2 like
    the other "this cannot be done here" refusals (WorkspaceNotFound)."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class Upgraded:
    """What the first unlock after an application upgrade did, for the user to be told."""

    old: str
    new: str
    backup: Path

    def sentence(self) -> str:
        return (
            f"Workspace upgraded from format {self.old} to {self.new}; a backup of the workspace as it was "
            f"was saved at {self.backup}."
        )


# A copy of the workspace into a new directory (the workspace's own layout: key slots, metadata,
# blobs, the installed maps' files but never maps/tmp/); given the directory and the database file
# to write there (Workspace._snapshot).
Snapshot = Callable[[Path], None]


def _config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        if not exists:  # a brand-new database
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None


def newer_workspace(revision: str) -> NewerWorkspace:
    return NewerWorkspace(
        "This workspace was made by a newer version of Circuit Ride (format {revision}; this version knows "
        "formats up to {head}): install that version or newer; nothing was changed.",
        revision=revision,
        head=HEAD_REVISION,
    )


def _no_room(db_path: Path) -> StorageFull:
    return StorageFull(
        "The disk is full: this version of Circuit Ride must upgrade the workspace first, which needs "
        f"free space. Free some space (on the drive that holds {db_path.parent}) and try again; nothing was changed."
    )


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUPS_DIR


def kept_backups(db_path: Path) -> list[Path]:
    """The complete pre-upgrade backups, oldest first (names start with a sortable UTC time)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.endswith(PARTIAL_SUFFIX))


def upgrade(
    engine: Engine, db_path: Path, dek: bytes, *, low_disk: bool = False, snapshot: Snapshot | None = None
) -> Upgraded | None:
    """Bring the schema to the head revision; what was done when an existing workspace was upgraded.

    `low_disk`: the engine was opened for lack of space, so an upgrade (which writes a copy of the
    workspace) is refused before it starts. `snapshot` copies the rest of the workspace (key slots,
    metadata, blobs) beside the exported database so the kept backup opens on its own; without it
    only the database is kept."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    head = head_revision()
    if current is not None and current == head:
        return None  # HEAD_REVISION lags a newly added script: nothing to upgrade, so no copy to write
    if current is not None and current not in known_revisions():
        raise newer_workspace(current)
    if low_disk:
        raise _no_room(db_path)
    from alembic import command

    from app.store.db import is_disk_full

    backup: Path | None = None
    if current is not None:
        backup = _keep_backup(db_path, dek, current, snapshot)
    log.info("migrating workspace schema from %s to %s", current, head)
    cfg = _config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:  # noqa: BLE001 - any failure inside a migration must be reported the same way
        log.error("schema migration failed: %s", type(exc).__name__)
        if is_disk_full(exc):  # rolled back: the database is as it was
            raise _no_room(db_path) from exc
        raise IntegrityProblem(
            "The workspace could not be upgraded to this version of Circuit Ride; nothing was changed. "
            "A copy of the workspace from before the upgrade is kept at {backup}. "
            "Install the previous version or contact HQ support.",
            backup=backup or db_path.parent,
        ) from exc
    if current is None or backup is None or head is None:
        return None
    _prune(db_path)
    log.info(
        "workspace upgraded from format %s to %s; a backup was kept in the workspace's backups folder", current, head
    )
    return Upgraded(current, head, backup)


def _keep_backup(db_path: Path, dek: bytes, revision: str, snapshot: Snapshot | None) -> Path:
    """A complete encrypted copy in backups/<UTC time>-format-<revision>, written under a
    `.partial` name and renamed when whole, so a kill leaves no half copy that looks complete."""
    from app.store.db import export_encrypted, is_disk_full

    # Microseconds: two upgrades in one second (a retry, a test) still sort in the order made, which
    # is what kept_backups and the pruning go by.
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d_%H%M%S.%f")
    folder = backups_dir(db_path)
    dest = folder / f"{stamp}-format-{revision}"
    while dest.exists():  # the clock stood still or went back: a later name, never a clash
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d_%H%M%S.%f")
        dest = folder / f"{max(stamp, _last_stamp(folder))}9-format-{revision}"
    tmp = dest.with_name(dest.name + PARTIAL_SUFFIX)
    try:
        tmp.mkdir(parents=True, mode=0o700)
        export_encrypted(db_path, dek, tmp / db_path.name, dek)
        if snapshot is not None:
            snapshot(tmp)
        os.replace(tmp, dest)
    except Exception as exc:
        shutil.rmtree(tmp, ignore_errors=True)  # a partial copy would only take space
        if is_disk_full(exc):
            raise _no_room(db_path) from exc
        raise
    return dest


def _last_stamp(folder: Path) -> str:
    return max((p.name.split("-format-", 1)[0] for p in folder.iterdir()), default="")


def _prune(db_path: Path) -> None:
    """The newest KEEP_BACKUPS are kept; older ones and partial copies left by a kill go."""
    folder = backups_dir(db_path)
    for old in kept_backups(db_path)[:-KEEP_BACKUPS]:
        shutil.rmtree(old, ignore_errors=True)
    if folder.is_dir():
        for partial in folder.glob("*" + PARTIAL_SUFFIX):
            shutil.rmtree(partial, ignore_errors=True)
