"""HQ's database: SQLite (WAL) as the embedded default, PostgreSQL in production; schema by Alembic.

SQLite serialises writers; each write transaction starts with BEGIN IMMEDIATE so two pushes never
both read and then fail to upgrade their lock. On PostgreSQL, a push locks the sequence counter row
(SELECT ... FOR UPDATE) for the same effect.

Planner statistics: a new HQ fills from empty in minutes (a ride's first sync is thousands of rows).
Until autovacuum's next round (a minute or more), PostgreSQL plans with no statistics and guesses
that `table_name = 'cases'` matches 0.5 % of `hq_rows`, so a push's look-up of 50 rows by key turned
into a scan of every case (growing with the table, inside the counter lock). `grew()` runs
ANALYZE on the hot tables each time the server sequence doubles, in the background.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import CircuitRideError, UsageError
from app.util import jsoncodec

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
PING_AFTER = 10.0  # seconds a pooled PostgreSQL connection may sit idle before it is tested
ANALYZE_FIRST = 500  # server sequence at which statistics are first refreshed, then at each doubling
ANALYZED_TABLES = ("hq_rows", "hq_case_scope", "hq_scope_exits", "hq_receipts")


class HQStore:
    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise UsageError(f"Not a database URL: {url!r}. Use sqlite:///PATH or postgresql+psycopg://...") from exc
        self.url = parsed
        self.engine = _engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._analyze_at = ANALYZE_FIRST
        self._analyze_lock = threading.Lock()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                # The one sequence counter row exists before any push, so concurrent first pushes
                # lock it instead of racing to create it.
                conn.exec_driver_sql(
                    "INSERT INTO hq_counter (id, seq) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM hq_counter)"
                )
        except OperationalError as exc:
            raise CircuitRideError(
                f"Could not open HQ's database ({self.url.render_as_string(hide_password=True)}): "
                f"{type(exc.orig).__name__}. Check that the server runs and the URL is right."
            ) from exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends normally, rolled back otherwise."""
        with self._sessions() as session, session.begin():
            yield session

    def grew(self, server_seq: int) -> None:
        """Called after a commit with the server sequence reached: refresh PostgreSQL's statistics on
        the hot tables when it has doubled since the last time (in a background thread)."""
        if self.dialect != "postgresql" or server_seq < self._analyze_at:
            return
        with self._analyze_lock:
            if server_seq < self._analyze_at:
                return
            self._analyze_at = server_seq * 2
        threading.Thread(target=self._analyze, name="hq-analyze", daemon=True).start()

    def _analyze(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE " + ", ".join(ANALYZED_TABLES))
                conn.commit()
        except Exception as exc:  # noqa: BLE001 - statistics are an optimisation; autovacuum will catch up
            log.warning("ANALYZE of HQ's tables failed: %s", type(exc).__name__)

    def dispose(self) -> None:
        self.engine.dispose()


class TextArray(list[str]):
    """Strings sent to PostgreSQL as one text[] parameter (`column = ANY(:ids)`), written in its text
    form with one join: psycopg's own list adapter handles each element in Python, a tenth of HQ's
    time on a push group of 2,500 ids."""


def _text_array_dumper() -> type:
    from psycopg.adapt import Dumper
    from psycopg.postgres import types

    class TextArrayDumper(Dumper):
        oid = types["text"].array_oid

        def dump(self, obj: Any) -> bytes:
            quoted = ('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in obj)
            return ("{" + ",".join(quoted) + "}").encode()

    return TextArrayDumper


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": 30, "check_same_thread": False},
            hide_parameters=True,
            json_serializer=jsoncodec.dumps,
            json_deserializer=jsoncodec.loads,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    engine = create_engine(
        url,
        pool_size=20,
        max_overflow=40,
        hide_parameters=True,
        json_serializer=jsoncodec.dumps,
        json_deserializer=jsoncodec.loads,
    )

    text_array = _text_array_dumper()

    @event.listens_for(engine, "connect")
    def _register_text_array(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.adapters.register_dumper(TextArray, text_array)

    # A connection that sat idle may have been dropped (PostgreSQL restarted, a firewall timed it out):
    # it is tested before use, and replaced if dead. Only after PING_AFTER seconds idle: SQLAlchemy's
    # pool_pre_ping costs a round trip on every check-out, four per push.
    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_AFTER:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # noqa: BLE001 - any failure means a dead connection
            raise DisconnectionError("idle connection is gone") from exc

    # Multi-row INSERTs go out as one `INSERT ... VALUES (...), (...)` (SQLAlchemy's "insertmanyvalues",
    # which it enables without RETURNING only for psycopg2): psycopg's executemany sends a statement per
    # row, a round trip each.
    engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine
