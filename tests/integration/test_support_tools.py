"""The test tools themselves: the throwaway PostgreSQL cluster and the connection-cutting proxy.

Everything later built on them (HQ on PostgreSQL, sync over a bad network) trusts these, so they
are tested against real things: a real server, real sockets.
"""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.support.netcut import CutProxy
from tests.support.pgcluster import PgCluster

# Registers the fixtures even when tests/conftest.py does not (yet); a no-op once it does.
pytest_plugins = ["tests.support.fixtures"]

NetCut = Callable[[str, int], CutProxy]
UNICODE_NAMES = ("Зыкворлек Канарийка", "عبد الرحمن الحسيني", "Nguyễn Thị Ánh", "😀 ∑ 𝔘")


# ----- PostgreSQL -------------------------------------------------------------------------------
def test_cluster_is_postgres_15_on_loopback(pg_cluster: PgCluster) -> None:
    url = make_url(pg_cluster.url)
    assert url.drivername == "postgresql+psycopg"
    assert url.host == "127.0.0.1"
    assert url.port == pg_cluster.port
    with psycopg.connect(pg_cluster.conninfo()) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()
        max_connections = conn.execute("SHOW max_connections").fetchone()
        encoding = conn.execute("SHOW server_encoding").fetchone()
    assert version is not None and 150000 <= int(version[0]) < 160000
    assert max_connections == ("200",)
    assert encoding == ("UTF8",)
    assert pg_cluster.start_seconds is not None and pg_cluster.start_seconds < 30


def test_unicode_round_trip_through_sqlalchemy(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL)"))
            for name in UNICODE_NAMES:
                conn.execute(text("INSERT INTO person (name) VALUES (:name)"), {"name": name})
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT name FROM person ORDER BY id")).scalars().all()
            found = conn.execute(text("SELECT id FROM person WHERE name = :n"), {"n": UNICODE_NAMES[1]}).scalar()
            lengths = conn.execute(text("SELECT char_length(name) FROM person ORDER BY id")).scalars().all()
    finally:
        engine.dispose()
    assert tuple(rows) == UNICODE_NAMES
    assert found == 2
    assert lengths == [len(n) for n in UNICODE_NAMES]  # characters, not bytes: really stored as UTF-8


def test_each_test_database_is_independent(pg_cluster: PgCluster, pg_url: str) -> None:
    other_name = "test_independent_other"
    other_url = pg_cluster.create_database(other_name)
    assert other_url != pg_url
    first, second = create_engine(pg_url), create_engine(other_url)
    try:
        with first.begin() as conn:
            conn.execute(text("CREATE TABLE only_here (x int)"))
            conn.execute(text("INSERT INTO only_here VALUES (1)"))
        with second.connect() as conn:
            assert conn.execute(text("SELECT to_regclass('only_here')")).scalar() is None
        # second's pool still holds an open session, as a test's leftover engine would: the drop
        # must not wait for it (WITH (FORCE))
        pg_cluster.drop_database(other_name)
        with first.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM only_here")).scalar() == 1
    finally:
        first.dispose()
        second.dispose()
    with psycopg.connect(pg_cluster.conninfo()) as conn:
        gone = conn.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (other_name,)).fetchone()
    assert gone == (0,)


def test_fresh_database_is_empty(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
    finally:
        engine.dispose()
    assert tables == 0


def test_cluster_stop_is_idempotent_and_removes_everything() -> None:
    cluster = PgCluster()
    with cluster:
        base = cluster.base_dir
        port = cluster.port
        assert base is not None and port is not None
        with psycopg.connect(cluster.conninfo()) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    assert not base.exists()
    cluster.stop()  # second stop: no error
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(f"host=127.0.0.1 port={port} user=circuitride dbname=postgres connect_timeout=2")


# ----- netcut -----------------------------------------------------------------------------------
class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(65536):
            self.request.sendall(data)


@pytest.fixture
def echo_server() -> Iterator[tuple[str, int]]:
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.server_address[0], server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _exchange(address: tuple[str, int], payload: bytes, timeout: float = 5.0) -> tuple[bytes, BaseException | None]:
    """Send payload, half-close, read until EOF; return what came back and any socket error."""
    received = bytearray()
    with socket.create_connection(address, timeout=timeout) as sock:
        try:
            sock.sendall(payload)
            sock.shutdown(socket.SHUT_WR)
            while chunk := sock.recv(65536):
                received += chunk
        except OSError as exc:
            return bytes(received), exc
    return bytes(received), None


def test_proxy_passes_everything_through(echo_server: tuple[str, int], netcut: NetCut) -> None:
    proxy = netcut(*echo_server)
    payload = bytes(range(256)) * 4000  # ~1 MB: more than one read and socket buffer
    received, error = _exchange(proxy.address, payload)
    assert error is None
    assert received == payload
    assert proxy.bytes_up == len(payload)
    assert proxy.bytes_down == len(payload)
    assert proxy.connections == 1
    assert proxy.cuts == 0


def test_cut_after_upstream_drops_one_connection_then_recovers(echo_server: tuple[str, int], netcut: NetCut) -> None:
    proxy = netcut(*echo_server)
    proxy.cut_after(upstream=1000)
    payload = b"x" * 5000

    received, error = _exchange(proxy.address, payload)
    assert len(received) < len(payload), "the cut connection must not deliver the whole echo"
    assert len(received) <= 1000  # only what was forwarded upstream can have been echoed
    assert error is None or isinstance(error, ConnectionError)
    assert proxy.cuts == 1
    assert proxy.bytes_up == 1000  # byte-exact cut

    received, error = _exchange(proxy.address, payload)
    assert error is None
    assert received == payload
    assert proxy.cuts == 1
    assert proxy.connections == 2


def test_cut_after_downstream_with_rst(echo_server: tuple[str, int], netcut: NetCut) -> None:
    proxy = netcut(*echo_server)
    proxy.cut_after(downstream=300, times=2)
    for _ in range(2):
        received, _error = _exchange(proxy.address, b"y" * 5000)
        assert len(received) <= 300
    assert proxy.cuts == 2
    received, error = _exchange(proxy.address, b"y" * 5000)
    assert (received, error) == (b"y" * 5000, None)


def test_refuse_makes_connect_fail_until_lifted(echo_server: tuple[str, int], netcut: NetCut) -> None:
    proxy = netcut(*echo_server)
    proxy.refuse(True)
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(proxy.address, timeout=2).close()
    proxy.refuse(False)
    received, error = _exchange(proxy.address, b"hello")
    assert (received, error) == (b"hello", None)
    assert proxy.connections == 1


def test_stop_closes_open_connections(echo_server: tuple[str, int]) -> None:
    proxy = CutProxy(*echo_server).start()
    sock = socket.create_connection(proxy.address, timeout=5)
    try:
        sock.sendall(b"ping")
        assert sock.recv(10) == b"ping"
        began = time.perf_counter()
        proxy.stop()
        assert time.perf_counter() - began < 2
        try:
            assert sock.recv(10) == b""
        except ConnectionError:
            pass
    finally:
        sock.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(proxy.address, timeout=2).close()


def test_postgres_through_proxy_survives_a_cut(pg_cluster: PgCluster, pg_url: str, netcut: NetCut) -> None:
    """The protocol passes through untouched, a dropped link surfaces as OperationalError, and a
    new connection works afterwards: what the HQ server will face behind a flaky network."""
    assert pg_cluster.port is not None
    proxy = netcut("127.0.0.1", pg_cluster.port)
    dbname = make_url(pg_url).database
    conninfo = f"host=127.0.0.1 port={proxy.port} user=circuitride dbname={dbname} connect_timeout=5"

    conn = psycopg.connect(conninfo)
    assert conn.execute("SELECT 'عربي'").fetchone() == ("عربي",)
    proxy.drop_all()
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    conn.close()
    assert proxy.cuts == 1

    proxy.cut_after(downstream=50)  # the server's startup reply is longer than this
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(conninfo)
    assert proxy.cuts == 2
    with psycopg.connect(conninfo) as conn:
        assert conn.execute("SELECT 2").fetchone() == (2,)
