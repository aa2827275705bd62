"""HQ's database layer on a real PostgreSQL cluster: dropped connections and planner statistics."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text

import app.hq.store as store_module
from app.hq.store import HQStore


def _drop_other_connections(url: str) -> int:
    """What a PostgreSQL restart or a firewall does to HQ's pooled connections."""
    admin = create_engine(url, poolclass=None)
    try:
        with admin.connect() as conn:
            dropped = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
    finally:
        admin.dispose()
    return int(dropped)


def test_an_idle_connection_that_was_dropped_is_replaced_not_failed(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = HQStore(pg_url)
    store.migrate()
    try:
        with store.session() as session:
            assert session.execute(text("SELECT 1")).scalar_one() == 1
        assert _drop_other_connections(pg_url) >= 1
        monkeypatch.setattr(store_module, "PING_AFTER", 0.0)  # the pooled connection counts as idle
        with store.session() as session:  # tested on check-out, found dead, replaced
            assert session.execute(text("SELECT count(*) FROM hq_counter")).scalar_one() == 1
    finally:
        store.dispose()


def test_statistics_are_refreshed_as_the_sequence_doubles(pg_url: str) -> None:
    store = HQStore(pg_url)
    store.migrate()
    try:

        def analyzed() -> int:
            with store.session() as session:
                return int(
                    session.execute(
                        text(
                            "SELECT analyze_count + autoanalyze_count FROM pg_stat_user_tables WHERE relname = 'hq_rows'"
                        )
                    ).scalar_one()
                )

        before = analyzed()
        store.grew(store_module.ANALYZE_FIRST - 1)  # below the first threshold: nothing
        store.grew(store_module.ANALYZE_FIRST)
        deadline = time.monotonic() + 30
        while analyzed() == before and time.monotonic() < deadline:
            time.sleep(0.1)  # ANALYZE runs in the background; the statistics collector reports it a moment later
        assert analyzed() > before
        assert store._analyze_at == 2 * store_module.ANALYZE_FIRST
    finally:
        store.dispose()
