"""Schema migrations (Alembic), run on every unlock.

Before upgrading a database that already holds data, a consistent encrypted copy is written next
to it with sqlcipher_export; SQLite DDL is transactional, so a failed migration rolls back and the
copy is a second line of defence. The copy is removed once the upgrade has committed.

An upgrade needs free space (the copy, the rewritten pages): on a full disk it is not attempted,
and the user is told to free some space rather than that the upgrade failed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.errors import IntegrityProblem, StorageFull

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. Kept here so that an up-to-date workspace opens
# without importing Alembic (slow to import, docs/benchmarks.md); a test checks it matches the scripts.
HEAD_REVISION = "0011"


def _config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        if not exists:  # a brand-new database
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None


def _no_room(db_path: Path) -> StorageFull:
    return StorageFull(
        "The disk is full: this version of Circuit Ride must upgrade the workspace first, which needs "
        f"free space. Free some space (on the drive that holds {db_path.parent}) and try again; nothing was changed."
    )


def upgrade(engine: Engine, db_path: Path, dek: bytes, *, low_disk: bool = False) -> None:
    """Bring the schema to HEAD_REVISION. `low_disk`: the engine was opened for lack of space, so
    an upgrade (which writes a copy of the database) is refused before it starts."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    head = head_revision()
    if current is not None and current == head:
        return  # HEAD_REVISION lags a newly added script: nothing to upgrade, so no copy to write
    if low_disk:
        raise _no_room(db_path)
    from alembic import command

    from app.store.db import is_disk_full

    backup = db_path.with_name(db_path.name + ".pre-migration")
    if current is not None:
        from app.store.db import export_encrypted

        backup.unlink(missing_ok=True)
        try:
            export_encrypted(db_path, dek, backup, dek)
        except Exception as exc:
            backup.unlink(missing_ok=True)  # a partial copy would only take space
            if is_disk_full(exc):
                raise _no_room(db_path) from exc
            raise
    log.info("migrating workspace schema from %s to %s", current, head)
    cfg = _config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:  # noqa: BLE001 - any failure inside a migration must be reported the same way
        log.error("schema migration failed: %s", type(exc).__name__)
        if is_disk_full(exc):  # rolled back: the database is as it was, and the copy is not needed
            backup.unlink(missing_ok=True)
            raise _no_room(db_path) from exc
        raise IntegrityProblem(
            "The workspace could not be upgraded to this version of Circuit Ride; nothing was changed. "
            f"A copy of the database from before the upgrade is kept at {backup.name}. "
            "Install the previous version or contact HQ support."
        ) from exc
    backup.unlink(missing_ok=True)
