"""pytest plugin: a PostgreSQL cluster per session, a fresh database per test, cuttable proxies.

Load it from tests/conftest.py with `pytest_plugins = ["tests.support.fixtures"]`, or on the command
line with `-p tests.support.fixtures`.

PostgreSQL is required in this project's CI: when it cannot be started the PostgreSQL tests FAIL
with the reason. They skip only when CIRCUITRIDE_SKIP_PG=1 is set (e.g. a laptop without it).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest

from tests.support.netcut import CutProxy
from tests.support.pgcluster import SKIP_ENV, PgCluster, pg_available


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throwaway cluster for the whole session (starting one is slow)."""
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: PostgreSQL tests skipped on request")
    reason = pg_available()
    if reason:
        pytest.fail(f"PostgreSQL is required for these tests: {reason}. Set {SKIP_ENV}=1 to skip them instead.")
    cluster = PgCluster()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """SQLAlchemy URL of a new empty database, dropped WITH (FORCE) after the test (open pools too)."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    url = pg_cluster.create_database(name)
    try:
        yield url
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture
def netcut() -> Iterator[Callable[[str, int], CutProxy]]:
    """Factory: netcut(host, port) -> a started CutProxy in front of host:port, stopped at teardown."""
    proxies: list[CutProxy] = []

    def make(target_host: str, target_port: int) -> CutProxy:
        proxy = CutProxy(target_host, target_port).start()
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_db_url(request: pytest.FixtureRequest) -> str | None:
    """Run an HQ test on both engines: None = the embedded SQLite default, else a fresh PostgreSQL database."""
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else None
