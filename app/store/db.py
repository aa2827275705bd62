"""The SQLCipher engine: raw 32-byte key, hardening pragmas, integrity checks, encrypted export.

Plain SQLite is never a fallback: the engine is built on `sqlcipher3` only, and the first query
proves the key opens the file. `temp_store = MEMORY` keeps sort and index spills off the disk;
`secure_delete` overwrites freed pages. `cipher_memory_security` is OFF, deliberately: it
makes bulk writes much slower (docs/benchmarks.md), and it only wipes SQLCipher's own buffers
while the same plaintext lives on in Python objects of this process anyway;
protecting process memory is the operating system's job (encrypted swap, hibernation). WAL
mode: the `-wal` file holds encrypted pages; the `-shm` index holds only page numbers and
checksums (a test checks it carries no data).

On a full disk the `-shm` index cannot be allocated and a normal connection cannot even read
(SQLITE_IOERR). `exclusive=True` opens with `locking_mode = EXCLUSIVE` set before the first read:
SQLite then keeps the WAL index in process memory and never touches `-shm`, at the price of
holding the file lock until the connection closes, so such an engine has exactly one connection
and other processes wait. Reads work; a write fails with SQLITE_FULL, which `is_disk_full`
recognises so callers can say "the disk is full" instead of "unexpected problem".
"""

from __future__ import annotations

import contextlib
import errno
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.util import jsoncodec

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def _key_pragma(dek: bytes) -> str:
    return f"PRAGMA key = \"x'{dek.hex()}'\""


CACHE_KIB = 65536
HEAP_LIMIT = 80 * 1024 * 1024  # bytes, process-wide (a soft limit)


SQLITE_FULL = 13
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def is_disk_full(exc: BaseException) -> bool:
    """Whether an error, or one it wraps (SQLAlchemy's `.orig`, a cause), is the disk being full:
    OSError ENOSPC/EDQUOT or SQLite's SQLITE_FULL ("database or disk is full")."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        err = todo.pop()
        if err is None or id(err) in seen:
            continue
        seen.add(id(err))
        if isinstance(err, OSError) and err.errno in DISK_FULL_ERRNOS:
            return True
        if getattr(err, "sqlite_errorcode", None) == SQLITE_FULL or "database or disk is full" in str(err):
            return True
        orig = getattr(err, "orig", None)
        todo.extend([orig if isinstance(orig, BaseException) else None, err.__cause__, err.__context__])
    return False


def connect_raw(path: Path, dek: bytes, *, exclusive: bool = False) -> Any:
    """A keyed sqlcipher3 connection with our pragmas (also used for export and checks).
    `exclusive`: no `-shm` file (readable on a full disk), the file stays locked while it is open."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        # SQLCipher logs failed key attempts to stderr by default: a user must never see that noise.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(dek))
        if exclusive:
            # Must precede the first read of the file, or SQLite has already mapped the -shm index.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        # 64 MiB of decrypted pages per connection. A page SQLCipher must read again is decrypted and
        # authenticated again, so a miss costs more than in plain SQLite, and a larger cache brings the
        # encrypted search closer to plain SQLite's (docs/benchmarks.md).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # ... but all connections of the process together stay near HEAP_LIMIT (SQLite recycles cached
        # pages past it; it never refuses memory): the desktop has two, its GUI and worker threads, and
        # two full caches would double what it keeps for pages.
        conn.execute(f"PRAGMA soft_heap_limit = {HEAP_LIMIT}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # First read of the file: raises "file is not a database" when the key does not open it.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        # A half-set-up connection may hold a lock on the file: close it now, not when collected.
        conn.close()
        raise
    return conn


def make_engine(path: Path, dek: bytes, *, exclusive: bool = False) -> Engine:
    def creator() -> Any:
        return connect_raw(path, dek, exclusive=exclusive)

    # hide_parameters: bound values (names, dates of birth) never reach a log line or an error message.
    # QueuePool, not the SingletonThreadPool SQLAlchemy picks for a "sqlite://" URL: that pool keeps
    # one connection per thread and, past five threads, closes the oldest thread's connection even
    # while it is in use (the GUI thread's, once the on-demand worker thread has been restarted a few
    # times: "Cannot operate on a closed database"). A queue pool hands each checkout a connection of
    # its own; check_same_thread=False lets it move between threads, never used by two at once.
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        hide_parameters=True,
        poolclass=QueuePool,
        # An exclusive connection locks out every other one, ours included: one connection only.
        pool_size=1 if exclusive else 4,
        max_overflow=0 if exclusive else 8,
        pool_timeout=60,
        pool_use_lifo=True,
        json_serializer=jsoncodec.dumps,
        json_deserializer=jsoncodec.loads,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's default transaction handling defers BEGIN; we want SQLAlchemy to emit it.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    with engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        log.debug("database opened (%s schema objects)", tables)
    return engine


def session_factory(engine: Engine) -> Callable[[], Session]:
    return sessionmaker(engine, expire_on_commit=False)


def export_encrypted(src_path: Path, dek: bytes, dest_path: Path, dest_key: bytes) -> None:
    """A consistent encrypted copy via sqlcipher_export (used before migrations)."""
    conn = connect_raw(src_path, dek)
    try:
        export_from(conn, dest_path, dest_key)
    finally:
        conn.close()


def export_from(conn: Any, dest_path: Path, dest_key: bytes) -> None:
    """Copy the database of an open keyed connection into a new encrypted file (one read
    transaction, so the copy is consistent). Writes nothing next to the source: a backup works
    when the workspace's own disk is full."""
    conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{dest_key.hex()}'\"", (str(dest_path),))
    try:
        conn.execute("SELECT sqlcipher_export('backup')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA backup.user_version = {int(version)}")
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):  # the first error is the one to report
            conn.execute("DETACH DATABASE backup")
        raise
    conn.execute("DETACH DATABASE backup")
