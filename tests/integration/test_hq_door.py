"""The HQ door (issue 19, points 13 and 15), against a real HQ on 127.0.0.1 over real TLS.

Scope: a laptop reads only the files its records name and only the sync state it may see.
Limits: request bodies are bounded per route and refused before they are read (unsigned ones on
their headers), slow bodies time out, partial uploads are capped and expire, and connections that
never finish a handshake or a request neither lock laptops out nor stay open.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event, select, text

from app.hq import api, serve
from app.hq.blobs import NOT_HELD, BlobStore, PartialLimits
from app.hq.models import Device
from app.models import Attachment, CircuitRide
from app.services.attachments import attach, remove_attachment
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.engine import sync
from app.wire import protocol as p
from app.wire.codes import make_code
from app.wire.signing import sign_request
from app.wire.tls import ca_fingerprint, client_ssl_context
from tests.integration.conftest import jpeg_bytes
from tests.integration.test_sync import manifest
from tests.support import hq as hq_support
from tests.support.hq import HQServer, Raw, admin_enroll, enrolled, new_cases_push, new_device, running_hq


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


@dataclass
class Field:
    hq: HQServer
    lead: Workspace
    north: Workspace
    south: Workspace
    rides: dict[str, str]


@pytest.fixture
def field(hq: HQServer, tmp_path: Path) -> Iterator[Field]:
    """A team lead's laptop (every case) and one laptop for each of the rides North and South."""
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    with lead.session() as s:
        rides = {r.name: r.id for r in s.scalars(select(CircuitRide))}
    north = enrolled(hq, tmp_path / "north", "north-laptop", ride_id=rides["North"])
    south = enrolled(hq, tmp_path / "south", "south-laptop", ride_id=rides["South"])
    for ws in (north, south):
        sync(ws)
    yield Field(hq, lead, north, south, rides)
    for ws in (lead, north, south):
        ws.lock()


SOUTH_CASE = "LIM-000102"  # tests/integration/test_sync.py manifest(): the South ride's case


# ----- scope: files -------------------------------------------------------------------------------
def test_a_ride_laptop_cannot_download_another_rides_photo_by_its_hash(field: Field, raw_for: Any) -> None:
    photo = attach(field.south, SOUTH_CASE, jpeg_bytes(), filename="photo.jpg", kind="photo")
    assert photo.thumbnail_hash
    sync(field.south)  # the file goes up, then the row that names it
    north, south, lead = raw_for(field.north), raw_for(field.south), raw_for(field.lead)

    for sha in (photo.content_hash, photo.thumbnail_hash):
        refused = north.call("GET", f"/v1/blobs/{sha}")
        unknown = north.call("GET", f"/v1/blobs/{'0' * 64}")
        # the same answer as for a file HQ does not hold: asking tells nothing about other rides
        assert (
            (refused.status_code, refused.json())
            == (unknown.status_code, unknown.json())
            == (404, {"detail": NOT_HELD})
        )
        for reader in (south, lead):
            got = reader.call("GET", f"/v1/blobs/{sha}")
            assert got.status_code == 200 and hashlib.sha256(got.content).hexdigest() == sha
    assert (
        south.call("GET", f"/v1/blobs/{photo.content_hash}?offset=5").content
        == lead.call("GET", f"/v1/blobs/{photo.content_hash}").content[5:]
    )

    # The ride laptop syncs as before and never receives the other ride's file.
    sync(field.north)
    assert not field.north.vault.exists(photo.content_hash)
    with field.north.session() as s:
        assert s.scalar(select(Attachment).where(Attachment.content_hash == photo.content_hash)) is None


def test_a_deleted_attachment_still_lets_its_ride_read_the_file_but_not_another_ride(
    field: Field, raw_for: Any
) -> None:
    photo = attach(field.south, SOUTH_CASE, jpeg_bytes(), filename="photo.jpg", kind="photo")
    sync(field.south)
    remove_attachment(field.south, photo.attachment_id)
    sync(field.south)
    assert raw_for(field.south).call("GET", f"/v1/blobs/{photo.content_hash}").status_code == 200
    assert raw_for(field.north).call("GET", f"/v1/blobs/{photo.content_hash}").status_code == 404


def test_a_file_no_record_names_cannot_be_read_even_by_the_laptop_that_sent_it(
    hq: HQServer, raw_for: Any, tmp_path: Path
) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    raw = raw_for(lead)
    data = b"synthetic bytes no attachment row names"
    sha = hashlib.sha256(data).hexdigest()
    try:
        assert raw.call("PUT", f"/v1/blobs/{sha}?offset=0&final=1", data).status_code == 200
        assert raw.call("GET", f"/v1/blobs/{sha}").status_code == 404
        status = raw.call("GET", f"/v1/blobs/{sha}/status")  # what an interrupted upload asks: still answered
        assert status.status_code == 200 and status.json()["complete"] is True
    finally:
        lead.lock()


# ----- scope: sync state --------------------------------------------------------------------------
def enroll_ride_lead(hq: HQServer, path: Path, ride_id: str) -> Workspace:
    """A team lead's laptop on a ride: enrolled for the ride, with the right to reference data."""
    ws = new_device(path)
    _, token = hq.hub.enroll_device("north-lead-laptop", ride_id, True)
    admin_enroll(ws, make_code(hq.url, ca_fingerprint((hq.hub.tls_dir / "ca.pem").read_bytes()), token))
    return ws


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return sorted(d["name"] for d in response.json()["devices"])


def test_status_shows_a_ride_laptop_itself_a_ride_lead_its_ride_and_a_hub_every_device(
    field: Field, raw_for: Any, tmp_path: Path
) -> None:
    north_lead = enroll_ride_lead(field.hq, tmp_path / "north-lead", field.rides["North"])
    try:
        north, ride_lead, lead = raw_for(field.north), raw_for(north_lead), raw_for(field.lead)
        assert names(north.call("GET", "/v1/status")) == ["north-laptop"]
        assert names(north.call("GET", f"/v1/status?ride={field.rides['North']}")) == ["north-laptop"]
        other = north.call("GET", f"/v1/status?ride={field.rides['South']}")
        assert other.status_code == 403 and "own ride" in other.json()["detail"]
        assert names(ride_lead.call("GET", "/v1/status")) == ["north-laptop", "north-lead-laptop"]
        assert ride_lead.call("GET", f"/v1/status?ride={field.rides['South']}").status_code == 403
        everyone = ["lead-laptop", "north-laptop", "north-lead-laptop", "south-laptop"]
        assert names(lead.call("GET", "/v1/status")) == everyone
        assert names(lead.call("GET", f"/v1/status?ride={field.rides['South']}")) == ["south-laptop"]
    finally:
        north_lead.lock()


# ----- the index behind the file scope -----------------------------------------------------------
def test_an_hq_upgraded_to_0004_finds_the_attachment_rows_of_a_hash_through_an_index(
    tmp_path: Path, hq_db_url: str | None
) -> None:
    """Migrations 0004 and 0005 on an HQ that already holds attachment rows (both engines): the rows
    are found through the index, and the device that named each file is taken to hold it (0005)."""
    from alembic import command
    from alembic.config import Config

    from app.hq.hub import Hub
    from app.hq.store import MIGRATIONS_DIR, HQStore

    url = hq_db_url or f"sqlite:///{tmp_path / 'old.sqlite'}"
    store = HQStore(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    north_case, south_case_id, ride = "c" * 31 + "1", "c" * 31 + "2", "r" * 36
    content, thumb, other = ("a" * 64, "b" * 64, "e" * 64)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.exec_driver_sql("INSERT INTO hq_counter (id, seq) VALUES (1, 3)")
        conn.execute(text("INSERT INTO hq_case_scope (case_id, ride_id) VALUES (:c, :r)"), {"c": north_case, "r": ride})
        rows = [
            ("attachments", "0" * 31 + "1", north_case, {"content_hash": content, "thumbnail_hash": thumb}),
            ("attachments", "0" * 31 + "2", south_case_id, {"content_hash": other}),
            ("notes", "0" * 31 + "3", north_case, {"content_hash": other}),  # not an attachment: names no file
        ]
        for i, (table, row_id, case, values) in enumerate(rows):
            meta = {field: [i + 1, "", "d" * 36, "", None] for field in values}  # named by the north laptop
            conn.execute(
                text(
                    'INSERT INTO hq_rows (table_name, row_id, case_id, "values", meta, hlc, seq, deleted) '
                    "VALUES (:t, :r, :c, :v, :m, '', :s, :d)"
                ),
                {
                    "t": table,
                    "r": row_id,
                    "c": case,
                    "v": json.dumps(values),
                    "m": json.dumps(meta),
                    "s": i + 1,
                    "d": False,
                },
            )
        conn.execute(
            text(
                "INSERT INTO hq_devices (id, name, ride_id, device_id, reference_data, created_at, accepted_through, "
                "device_head, pulled_through) VALUES (:i, :n, :r, :i, :f, CURRENT_TIMESTAMP, 0, 0, 0)"
            ),
            {"i": "d" * 36, "n": "north-laptop", "r": ride, "f": False},
        )
    store.dispose()

    hub = Hub(tmp_path / "hq", url)
    try:
        statements: list[tuple[str, Any]] = []

        def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
            if "hq_rows" in statement and "attachments" in statement:
                statements.append((statement, parameters))

        event.listen(hub.store.engine, "before_cursor_execute", capture)
        with hub.store.session() as s:
            device = s.scalar(select(Device))
            assert device is not None
            assert api.blob_in_scope(s, device, content) and api.blob_in_scope(s, device, thumb)
            assert not api.blob_in_scope(s, device, other)  # another ride's attachment, and a note
        event.remove(hub.store.engine, "before_cursor_execute", capture)
        assert statements
        with hub.store.engine.connect() as conn:
            for statement, parameters in statements:
                if hub.store.dialect == "postgresql":
                    conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table: ask whether the index CAN serve
                    plan = " ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
                else:
                    plan = " ".join(
                        str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                    )
                assert "ix_hq_rows_attachment_" in plan, plan
    finally:
        hub.store.dispose()


# ----- request bodies -----------------------------------------------------------------------------
def tls_socket(hq: HQServer, timeout: float = 30.0) -> ssl.SSLSocket:
    context = client_ssl_context((hq.hub.tls_dir / "ca.pem").read_bytes())
    sock = socket.create_connection(("127.0.0.1", hq.port), timeout=timeout)
    return context.wrap_socket(sock, server_hostname="127.0.0.1")


def head(method: str, target: str, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answer(sock: ssl.SSLSocket) -> tuple[int, dict[str, Any]]:
    """Status and JSON body of the response, read until HQ closes the connection (it must)."""
    data = b""
    while True:
        try:
            piece = sock.recv(65536)
        except (ConnectionResetError, ssl.SSLEOFError):
            break
        if not piece:
            break
        data += piece
    status_line, _, rest = data.partition(b"\r\n")
    _, _, body = rest.partition(b"\r\n\r\n")
    return int(status_line.split()[1]), json.loads(body)


def test_an_enrollment_body_past_its_bound_is_refused_before_it_is_read(hq: HQServer) -> None:
    with tls_socket(hq) as sock:  # declared: 100 MB, of which nothing is sent
        sock.sendall(head("POST", "/v1/enroll", {"Content-Length": str(100 * 1024 * 1024)}))
        status, body = answer(sock)
    assert status == 413 and "at most 8 KB" in body["detail"]
    with tls_socket(hq) as sock:  # no length given: refused once the bound is passed, before the end
        sock.sendall(head("POST", "/v1/enroll", {"Transfer-Encoding": "chunked"}))
        chunk = b"x" * 12_000
        sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        status, body = answer(sock)
    assert status == 413 and "at most 8 KB" in body["detail"]


def test_an_unsigned_push_is_refused_on_its_headers_and_a_signed_one_past_the_bound_before_its_body(
    hq: HQServer, tmp_path: Path
) -> None:
    with tls_socket(hq) as sock:
        sock.sendall(head("POST", "/v1/push", {"Content-Length": str(10 * 1024 * 1024)}))
        status, body = answer(sock)
    assert status == 401 and body["detail"].startswith("missing header")
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    raw = Raw(hq, lead)
    try:
        forged = raw.headers("POST", "/v1/push", b"{}")
        forged["X-CR-Signature"] = forged["X-CR-Signature"][::-1]
        with tls_socket(hq) as sock:  # a signature that does not verify: refused before the 10 MB come
            sock.sendall(head("POST", "/v1/push", {**forged, "Content-Length": str(10 * 1024 * 1024)}))
            status, body = answer(sock)
        assert status == 401 and body["detail"] == "bad signature"
        with tls_socket(hq) as sock:  # genuinely signed, but larger than any push may be
            size = api.PUSH_BODY_BYTES + 1
            signed = raw.headers("POST", "/v1/push", b"x" * size)
            sock.sendall(head("POST", "/v1/push", {**signed, "Content-Length": str(size)}))
            status, body = answer(sock)
        assert status == 413 and "at most 16 MB" in body["detail"]
    finally:
        raw.client.close()
        lead.lock()


def test_a_push_of_1000_changes_past_the_old_4_mb_bound_is_accepted(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    raw = Raw(hq, lead)
    try:
        request = new_cases_push(lead.meta.device_id, 1, p.MAX_BATCH, prefix="LIM")
        changes = [
            c.model_copy(
                update={"fields": {**c.fields, "us_ties": "synthetic ties " * 200, "flags": "synthetic flag " * 200}}
            )
            for c in request.changes
        ]
        body = request.model_copy(update={"changes": changes}).model_dump_json().encode()
        assert 4 * 1024 * 1024 < len(body) < api.PUSH_BODY_BYTES
        response = raw.call("POST", "/v1/push", body)
        assert response.status_code == 200, response.text[:300]
        assert response.json()["accepted_through"] == p.MAX_BATCH and response.json()["rejected"] == []
    finally:
        raw.client.close()
        lead.lock()


def test_a_body_that_trickles_in_is_refused_once_its_time_is_up(hq: HQServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "BODY_SECONDS", 1.0)
    with tls_socket(hq) as sock:
        sock.sendall(head("POST", "/v1/enroll", {"Content-Length": "600"}) + b'{"version": 1, ')
        status, body = answer(sock)  # and nothing more is sent
    assert status == 408 and "too slowly" in body["detail"]


# ----- partial uploads ----------------------------------------------------------------------------
def put_chunk(raw: Raw, sha: str, offset: int, data: bytes) -> httpx.Response:
    return raw.call("PUT", f"/v1/blobs/{sha}?offset={offset}&final=0", data)


def age(blobs: BlobStore, sha: str, device_id: str, days: float) -> None:
    then = time.time() - days * 86400
    os.utime(blobs.part(sha, device_id), (then, then))


def partial_bytes(blobs: BlobStore) -> int:
    return sum(x.stat().st_size for x in blobs.partial.iterdir())


def test_partial_uploads_are_capped_per_file_per_device_and_in_total(hq: HQServer, tmp_path: Path) -> None:
    blobs = hq.hub.blobs
    lead, north = enrolled(hq, tmp_path / "lead", "lead-laptop"), enrolled(hq, tmp_path / "north", "north-laptop")
    raw, other = Raw(hq, lead), Raw(hq, north)
    chunk = b"\x00" * p.CHUNK_BYTES
    big, first, second, third = ("1" * 64, "2" * 64, "3" * 64, "4" * 64)
    try:
        blobs.limits = PartialLimits(file_bytes=3 * p.CHUNK_BYTES)
        for i in range(3):
            assert put_chunk(raw, big, i * p.CHUNK_BYTES, chunk).status_code == 200
        past = put_chunk(raw, big, 3 * p.CHUNK_BYTES, b"\x00")  # never finalised, growing past a file's size
        assert past.status_code == 413 and "at most 3 MB" in past.json()["detail"]
        assert blobs.status(big).offset == 0  # discarded, not kept

        blobs.limits = PartialLimits(per_device=2)
        assert put_chunk(other, first, 0, b"theirs").status_code == 200  # another device's upload
        for sha in (first, second):
            assert put_chunk(raw, sha, 0, b"mine").status_code == 200
        age(blobs, first, lead.meta.device_id, days=1)
        assert put_chunk(raw, third, 0, b"mine").status_code == 200  # a third: the least recent one goes
        assert raw.call("GET", f"/v1/blobs/{first}/status").json()["offset"] == 0
        assert raw.call("GET", f"/v1/blobs/{second}/status").json()["offset"] == 4
        assert raw.call("GET", f"/v1/blobs/{third}/status").json()["offset"] == 4
        assert other.call("GET", f"/v1/blobs/{first}/status").json()["offset"] == 6  # its own allowance

        blobs.limits = PartialLimits(total_bytes=partial_bytes(blobs) + p.CHUNK_BYTES + p.CHUNK_BYTES // 2)
        assert put_chunk(other, big, 0, chunk).status_code == 200
        full = put_chunk(other, big, p.CHUNK_BYTES, chunk)
        assert full.status_code == 507 and "no room" in full.json()["detail"]
        assert other.call("GET", f"/v1/blobs/{big}/status").json()["offset"] == p.CHUNK_BYTES  # resumable later
    finally:
        raw.client.close()
        other.client.close()
        lead.lock()
        north.lock()


def test_stale_partial_uploads_are_deleted_at_start_up_and_while_hq_runs(tmp_path: Path) -> None:
    home = tmp_path / "hq"
    fresh, stale, later = ("5" * 64, "6" * 64, "7" * 64)
    with running_hq(home) as hq:
        lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
        device = lead.meta.device_id
        raw = Raw(hq, lead)
        for sha in (fresh, stale):
            assert put_chunk(raw, sha, 0, b"part").status_code == 200
        age(hq.hub.blobs, stale, device, days=8)
        (hq.hub.blobs.partial / ("8" * 64)).write_bytes(b"an upload kept by an older HQ, per file")
        raw.client.close()
    with running_hq(home) as hq:  # start-up
        blobs = hq.hub.blobs
        assert blobs.status(fresh, device).offset == 4
        assert blobs.status(stale, device).offset == 0
        assert sorted(x.name for x in blobs.partial.iterdir()) == [f"{fresh}.{device}"]
        raw = Raw(hq, lead)
        assert put_chunk(raw, later, 0, b"part").status_code == 200
        age(blobs, later, device, days=8)
        blobs.limits = PartialLimits(sweep_every_seconds=0)  # as if an hour had passed
        query = p.BlobQuery(hashes=[fresh]).model_dump_json().encode()
        assert raw.call("POST", "/v1/blobs/missing", query).json()["partial"] == {fresh: 4}
        assert blobs.status(later, device).offset == 0
        raw.client.close()
    lead.lock()


# ----- connections --------------------------------------------------------------------------------
def closed_by_peer(sock: socket.socket) -> bool:
    try:
        sock.setblocking(False)
        return sock.recv(1) == b""
    except (BlockingIOError, ssl.SSLWantReadError):
        return False
    except OSError:  # reset by HQ, or a TLS alert
        return True


def test_half_open_connections_neither_lock_laptops_out_nor_stay_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limits = serve.DoorLimits(handshake_seconds=3.0, idle_seconds=4.0)
    monkeypatch.setattr(hq_support, "make_server", functools.partial(serve.make_server, limits=limits))
    with running_hq(tmp_path / "hq") as hq:
        lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
        context = client_ssl_context((hq.hub.tls_dir / "ca.pem").read_bytes())
        silent = [socket.create_connection(("127.0.0.1", hq.port)) for _ in range(300)]  # no TLS hello
        quiet = []  # TLS done, then no request at all
        for _ in range(420):
            sock = context.wrap_socket(socket.create_connection(("127.0.0.1", hq.port)), server_hostname="127.0.0.1")
            quiet.append(sock)
        trickling = []  # a request head that never ends, one byte at a time
        for _ in range(3):
            sock = context.wrap_socket(socket.create_connection(("127.0.0.1", hq.port)), server_hostname="127.0.0.1")
            sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            trickling.append(sock)
        try:
            info = sign_request(lead_key(lead), lead.meta.device_id, "GET", "/v1/status", b"")
            with httpx.Client(base_url=hq.url, verify=context, trust_env=False, timeout=30) as client:
                genuine = client.get("/v1/status", headers=info)
            assert genuine.status_code == 200, genuine.text
            assert [d["name"] for d in genuine.json()["devices"]] == ["lead-laptop"]

            deadline = time.monotonic() + 60
            open_ = [*silent, *quiet, *trickling]
            while open_ and time.monotonic() < deadline:
                for sock in trickling:
                    if sock in open_:
                        try:
                            sock.setblocking(True)
                            sock.send(b"x")
                        except OSError:
                            open_.remove(sock)
                open_ = [s for s in open_ if not closed_by_peer(s)]
                time.sleep(0.5)
            assert not open_, f"{len(open_)} of {len(silent) + len(quiet) + len(trickling)} connections still open"
        finally:
            for sock in (*silent, *quiet, *trickling):
                sock.close()
            lead.lock()


def lead_key(ws: Workspace) -> Any:
    from app.sync.engine import enrollment

    info = enrollment(ws)
    assert info is not None
    return info.device_key
