"""HQ's database: SQLite (WAL) as the embedded default, PostgreSQL in production; schema by Alembic.

SQLite serialises writers; each write transaction starts with BEGIN IMMEDIATE so two pushes never
both read and then fail to upgrade their lock. On PostgreSQL, a push locks the sequence counter row
(SELECT ... FOR UPDATE) for the same effect.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import CircuitRideError, UsageError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class HQStore:
    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise UsageError(f"Not a database URL: {url!r}. Use sqlite:///PATH or postgresql+psycopg://...") from exc
        self.url = parsed
        self.engine = _engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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

    def dispose(self) -> None:
        self.engine.dispose()


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, hide_parameters=True)

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
    return create_engine(url, pool_size=20, max_overflow=40, pool_pre_ping=True, hide_parameters=True)
