"""Sync security against a real HQ (TLS on 127.0.0.1, SQLite): signatures, replays, revocation,
ride scoping, TLS pinning and version floor, and malformed messages that must never reach the merge."""

from __future__ import annotations

import hashlib
import json
import ssl
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.hq.models import Device, Row
from app.hq.tls import new_ca
from app.models import Case, CircuitRide
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.client import SyncFailed, Transport
from app.sync.engine import build_push, enrollment, sync
from app.wire import protocol as p
from app.wire.codes import make_code
from app.wire.tls import client_ssl_context
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, admin_enroll, enrolled, new_device, running_hq


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


@pytest.fixture
def lead(hq: HQServer, tmp_path: Path) -> Workspace:
    ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(ws, manifest())
    return ws


def hq_state(hq: HQServer, device_id: str) -> tuple[int, int, str]:
    """(rows at HQ, the device's accepted_through, a digest of every row's values)."""
    with hq.hub.store.session() as s:
        rows = s.scalars(select(Row).order_by(Row.table_name, Row.row_id)).all()
        digest = json.dumps([(r.table_name, r.row_id, r.values, r.seq) for r in rows], sort_keys=True, default=str)
        accepted = s.scalar(select(Device.accepted_through).where(Device.device_id == device_id))
        return len(rows), int(accepted or 0), digest


def push_body(ws: Workspace) -> bytes:
    request, _, _ = build_push(ws)
    assert request is not None
    return request.model_dump_json().encode()


# ----- signatures ----------------------------------------------------------------------------------
def test_replayed_request_is_refused_and_changes_nothing(hq: HQServer, lead: Workspace, raw_for: Any) -> None:
    raw = raw_for(lead)
    body = push_body(lead)
    headers = raw.headers("POST", "/v1/push", body)
    first = raw.send("POST", "/v1/push", body, headers)
    assert first.status_code == 200, first.text
    before = hq_state(hq, raw.device_id)
    assert before[0] > 0 and before[1] > 0
    again = raw.send("POST", "/v1/push", body, headers)
    assert again.status_code == 401 and "replay" in again.json()["detail"]
    assert hq_state(hq, raw.device_id) == before


def test_altered_body_stale_timestamp_and_unknown_device_are_refused(
    hq: HQServer, lead: Workspace, raw_for: Any
) -> None:
    raw = raw_for(lead)
    body = push_body(lead)
    before = hq_state(hq, raw.device_id)
    assert before[:2] == (0, 0)
    altered = body.replace(b"LIM-000100", b"LIM-000199")
    assert altered != body
    response = raw.send("POST", "/v1/push", altered, raw.headers("POST", "/v1/push", body))
    assert response.status_code == 401 and "altered" in response.json()["detail"]
    # a digest header recomputed for the new body no longer matches the signature
    headers = raw.headers("POST", "/v1/push", body)
    headers["X-CR-Content-SHA256"] = raw.headers("POST", "/v1/push", altered)["X-CR-Content-SHA256"]
    assert raw.send("POST", "/v1/push", altered, headers).status_code == 401
    stale = raw.headers("POST", "/v1/push", body, now=time.time() - 3600)
    response = raw.send("POST", "/v1/push", body, stale)
    assert response.status_code == 401 and "timestamp" in response.json()["detail"]
    future = raw.headers("POST", "/v1/push", body, now=time.time() + 3600)
    assert raw.send("POST", "/v1/push", body, future).status_code == 401
    stranger = raw.headers("POST", "/v1/push", body, key=Ed25519PrivateKey.generate(), device=str(uuid.uuid4()))
    response = raw.send("POST", "/v1/push", body, stranger)
    assert response.status_code == 401 and "unknown device" in response.json()["detail"]
    # the right device id signed with another key
    forged = raw.headers("POST", "/v1/push", body, key=Ed25519PrivateKey.generate())
    assert raw.send("POST", "/v1/push", body, forged).status_code == 401
    assert raw.client.post("/v1/push", content=body).status_code == 401  # unsigned
    assert hq_state(hq, raw.device_id) == before
    # the genuine request still goes through: none of the refusals used up anything
    assert raw.call("POST", "/v1/push", body).status_code == 200
    assert hq_state(hq, raw.device_id)[0] > 0


def test_revoked_device_is_refused_with_403_and_its_push_changes_nothing(
    hq: HQServer, lead: Workspace, raw_for: Any
) -> None:
    raw = raw_for(lead)
    body = push_body(lead)
    hq.hub.revoke_device("lead-laptop")
    before = hq_state(hq, raw.device_id)
    response = raw.call("POST", "/v1/push", body)
    assert response.status_code == 403 and "revoked" in response.json()["detail"]
    assert raw.call("GET", "/v1/pull?since=0").status_code == 403
    with pytest.raises(SyncFailed) as failed:
        sync(lead)
    assert failed.value.status == 403
    assert hq_state(hq, raw.device_id) == before == (0, 0, "[]")


def test_revocation_takes_effect_at_once_for_a_device_that_has_synced(
    hq: HQServer, lead: Workspace, raw_for: Any
) -> None:
    # HQ keeps enrolled devices' keys in memory after their first request; revocation must not wait.
    raw = raw_for(lead)
    assert raw.call("GET", "/v1/pull?since=0").status_code == 200
    hq.hub.revoke_device("lead-laptop")
    response = raw.call("POST", "/v1/push", push_body(lead))
    assert response.status_code == 403 and "revoked" in response.json()["detail"]
    assert raw.call("GET", "/v1/pull?since=0").status_code == 403


def test_a_ride_device_never_receives_rows_of_another_ride(
    hq: HQServer, lead: Workspace, tmp_path: Path, raw_for: Any
) -> None:
    sync(lead)
    with lead.session() as s:
        north = s.scalar(select(CircuitRide.id).where(CircuitRide.name == "North"))
        rides = {c.id: c.ride_id for c in s.scalars(select(Case))}
    north_cases = {cid for cid, ride in rides.items() if ride == north}
    south_cases = set(rides) - north_cases
    assert len(north_cases) == 2 and len(south_cases) == 1
    field = enrolled(hq, tmp_path / "field", "field-laptop", ride_id=north)
    raw = raw_for(field)
    response = raw.call("GET", f"/v1/pull?since=0&limit={p.MAX_PAGE}")
    assert response.status_code == 200
    page = p.PullResponse.model_validate_json(response.content)
    case_rows = [r for r in page.rows if r.table in p.CASE_TABLES]
    assert case_rows, "the ride device received none of its cases"
    assert {r.case_id for r in case_rows} <= north_cases
    assert {r.row_id for r in page.rows if r.table == "cases"} == north_cases
    for row in page.rows:
        assert row.case_id not in south_cases and row.row_id not in south_cases
        assert south_cases.isdisjoint(str(v) for v in row.values.values())
    # and through the real engine: the South case never lands on the laptop
    sync(field)
    with field.session() as s:
        assert set(s.scalars(select(Case.id))) == north_cases


# ----- TLS ---------------------------------------------------------------------------------------------
def test_a_client_pinned_to_another_ca_cannot_connect(hq: HQServer, lead: Workspace, raw_for: Any) -> None:
    wrong_ca, _ = new_ca("Not HQ")
    with (
        httpx.Client(verify=client_ssl_context(wrong_ca), trust_env=False) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get(hq.url + "/v1/health")
    transport = Transport(hq.url, wrong_ca, lead.meta.device_id, Ed25519PrivateKey.generate(), sleep=lambda _s: None)
    with transport, pytest.raises(SyncFailed) as failed:
        transport.call("GET", "/v1/pull", p.PullResponse, params={"since": 0})
    assert "did not prove it is your HQ" in failed.value.message
    # the genuine CA works
    info = enrollment(lead)
    assert info is not None
    with httpx.Client(verify=client_ssl_context(info.ca_pem), trust_env=False) as client:
        assert client.get(hq.url + "/v1/health").status_code == 200


def test_enrollment_with_a_wrong_fingerprint_is_refused_and_writes_nothing(hq: HQServer, tmp_path: Path) -> None:
    ws = new_device(tmp_path / "dev")
    _, token = hq.hub.enroll_device("dev-laptop", None)
    with pytest.raises(SyncFailed) as failed:
        admin_enroll(ws, make_code(hq.url, "ab" * 32, token))
    assert "does not match the enrollment code" in failed.value.message
    assert enrollment(ws) is None
    with ws.session() as s:
        from app.models import Setting

        assert not [k for k in s.scalars(select(Setting.key)) if k.startswith("sync.")]
    with hq.hub.store.session() as s:
        device = s.scalar(select(Device).where(Device.name == "dev-laptop"))
        assert device is not None and device.public_key is None and device.token_hash is not None
    # the token was not used up: the correct code still enrolls
    from app.wire.tls import ca_fingerprint

    admin_enroll(ws, make_code(hq.url, ca_fingerprint((hq.hub.tls_dir / "ca.pem").read_bytes()), token))
    assert enrollment(ws) is not None


def test_a_client_limited_to_tls_1_1_cannot_connect(hq: HQServer, lead: Workspace, raw_for: Any) -> None:
    info = enrollment(lead)
    assert info is not None
    ctx = client_ssl_context(info.ca_pem)
    with warnings.catch_warnings():  # the old versions are deprecated in ssl, which is the point
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    with httpx.Client(verify=ctx, trust_env=False) as client, pytest.raises(httpx.ConnectError):
        client.get(hq.url + "/v1/health")
    ctx12 = client_ssl_context(info.ca_pem)
    ctx12.maximum_version = ssl.TLSVersion.TLSv1_2
    with httpx.Client(verify=ctx12, trust_env=False) as client:
        assert client.get(hq.url + "/v1/health").status_code == 200


# ----- malformed messages ---------------------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
huge = st.sampled_from([2**63, 2**64 + 1, -(2**63) - 1, 10**40, -1, 0])


def _valid_change(seq: int) -> dict[str, Any]:
    return {
        "device_seq": seq,
        "table": "cases",
        "row_id": str(uuid.uuid4()),
        "hlc": "0000000000000001-0000-abcd",
        "fields": {"stage": "interviewed"},
        "base": {"stage": 0},
    }


@st.composite
def bad_push(draw: st.DrawFn) -> Any:
    """A push body that must be refused: garbage JSON, or a valid-looking push with one defect."""
    kind = draw(st.integers(0, 11))
    if kind == 0:
        return draw(json_values)
    doc: dict[str, Any] = {"version": 1, "after": 0, "changes": [_valid_change(1), _valid_change(2)], "device_head": 2}
    change = doc["changes"][draw(st.integers(0, 1))]
    if kind == 1:  # wrong type of a top-level field
        doc[draw(st.sampled_from(["version", "after", "changes", "device_head"]))] = draw(
            st.one_of(st.text(max_size=5), st.lists(st.integers(), max_size=2), st.none(), st.just({"x": 1}))
        )
    elif kind == 2:  # unknown table
        change["table"] = draw(st.text(max_size=20).filter(lambda t: t not in p.SYNC_TABLES + ("conflicts",)))
    elif kind == 3:  # unknown field
        name = draw(st.text(min_size=1, max_size=20).filter(lambda f: f not in p.table_fields("cases")))
        change["fields"] = {name: draw(json_values)}
    elif kind == 4:  # huge or negative numbers where sequence numbers go
        where = draw(st.sampled_from(["after", "device_head", "device_seq", "base"]))
        value = draw(huge)
        if where == "device_seq":
            change["device_seq"] = value
        elif where == "base":
            change["base"] = {"stage": value}
        else:
            doc[where] = value
        if value in (0,) and where != "device_seq":
            doc["after"] = -5  # 0 is valid there: keep the message defective
    elif kind == 5:  # sequence numbers not increasing after `after`
        doc["after"] = draw(st.integers(2, 10**6))
    elif kind == 6:
        doc["changes"][1]["device_seq"] = draw(st.integers(-3, 1))
    elif kind == 7:  # wrong protocol version or unknown top-level key
        if draw(st.booleans()):
            doc["version"] = draw(st.integers().filter(lambda v: v != 1))
        else:
            doc[draw(st.text(min_size=1, max_size=10).filter(lambda k: k not in doc))] = draw(json_values)
    elif kind == 8:  # malformed row id or hlc
        change[draw(st.sampled_from(["row_id", "hlc"]))] = draw(st.text(max_size=40))
    elif kind == 9:  # empty batch or empty fields
        if draw(st.booleans()):
            doc["changes"] = []
        else:
            change["fields"] = {}
    elif kind == 10:  # a value too deep or too big to be plain JSON
        deep: Any = "x"
        for _ in range(draw(st.integers(8, 30))):
            deep = [deep]
        change["fields"] = {"stage": deep}
    else:  # a field of the wrong table, or the change's own bookkeeping
        change["fields"] = {draw(st.sampled_from(["family_name", "id", "seq", "hlc", "deleted_at"])): "x"}
    return doc


def test_malformed_push_bodies_get_4xx_and_change_nothing(hq: HQServer, lead: Workspace, raw_for: Any) -> None:
    raw = raw_for(lead)
    before = hq_state(hq, raw.device_id)

    @settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(doc=bad_push(), mutate=st.sampled_from(["json", "truncate", "bytes"]))
    def check(doc: Any, mutate: str) -> None:
        body = json.dumps(doc).encode()
        if mutate == "truncate" and len(body) > 2:
            body = body[: len(body) // 2]
        elif mutate == "bytes":
            body = body.replace(b'"', b"'", 1) if b'"' in body else b"\xff\xfe" + body
        response = raw.call("POST", "/v1/push", body)
        assert 400 <= response.status_code < 500, (response.status_code, response.text, body[:300])
        assert hq_state(hq, raw.device_id) == before

    check()
    for target in (
        "/v1/pull?since=-1",
        "/v1/pull?since=abc",
        "/v1/pull?since=1.5",
        "/v1/pull?limit=x",
        f"/v1/pull?since={2**63}",
    ):
        response = raw.call("GET", target)
        assert 400 <= response.status_code < 500, (target, response.status_code)
    for target in ("/v1/pull/done?through=-1", f"/v1/pull/done?through={2**63}", "/v1/pull/done?through=x"):
        response = raw.call("POST", target)
        assert 400 <= response.status_code < 500, (target, response.status_code)
    data = b"a small attachment"
    sha = hashlib.sha256(data).hexdigest()
    assert raw.call("PUT", f"/v1/blobs/{sha}?offset={2**63}&final=1", data).status_code == 422
    assert raw.call("PUT", f"/v1/blobs/{sha}?offset=0&final=1", data).status_code == 200
    for target in (
        f"/v1/blobs/{sha}?offset=-1",
        f"/v1/blobs/{sha}?offset={2**63}",
        f"/v1/blobs/{'0' * 64}",
        "/v1/blobs/xyz",
    ):
        response = raw.call("GET", target)
        assert 400 <= response.status_code < 500, (target, response.status_code)
    # no record in the device's scope names this file: HQ answers as for an unknown one (issue 19.13)
    assert raw.call("GET", f"/v1/blobs/{sha}?offset=5").status_code == 404
    assert hq_state(hq, raw.device_id) == before
    # after all of it, the genuine push is accepted
    assert raw.call("POST", "/v1/push", push_body(lead)).status_code == 200
