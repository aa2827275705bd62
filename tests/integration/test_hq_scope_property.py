"""Property: whatever devices push, none changes or reads a row outside its scope.

Random devices (a ride laptop, one of another ride, a ride laptop allowed reference data, a team
lead's laptop that sees every case) push random changes (any table, any row of a small pool, fields
naming random cases, persons and rides, or none) to a real HQ store (SQLite) through the merge code
every push and bundle goes through. After each push, every row it touched must be one the device may
write; at the end, every row each device would pull must be in its scope. Every change is signed by
a team lead HQ knows (the scope of a device is what is tested here, not a user's role: see
tests/integration/test_hq_roles.py).
"""

from __future__ import annotations

import base64
import tempfile
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.hq import merge
from app.hq.hub import Hub
from app.hq.models import CaseScope, Device, Row, UserKey
from app.util.ids import uuid7
from app.wire import protocol as p
from app.wire.signing import change_digest, public_key_text, sign_group

RIDES = ["ride-1", "ride-2"]
CASES = ["case-1a", "case-1b", "case-2a", "case-none"]
PERSONS = ["person-1a", "person-2a"]
NOTES = ["note-1a", "fresh-note-1", "fresh-note-2"]
FRESH_CASES = ["fresh-case-1", "fresh-case-2"]
SITES = ["site-1", "fresh-site"]
DEVICES = ["ride1", "ride2", "ride1-ref", "lead"]


def ids() -> dict[str, str]:
    names = RIDES + CASES + PERSONS + NOTES + FRESH_CASES + SITES
    return {name: uuid7() for name in names}


def hlc(device_id: str) -> str:
    return f"{int(time.time() * 1000):016d}-0000-{device_id}"


def push(hub: Hub, device_id: str, changes: list[tuple[str, str, dict[str, Any]]]) -> p.PushResponse | None:
    """The push's answer, or None when HQ refused it whole (a value no record may hold: 422)."""
    try:
        return _push(hub, device_id, changes)
    except merge.PushRefused as refused:
        assert refused.status == 422, refused.message
        return None


LEAD_KEYS: dict[str, Ed25519PrivateKey] = {}  # device id -> the team lead's key on that laptop


def _push(hub: Hub, device_id: str, changes: list[tuple[str, str, dict[str, Any]]]) -> p.PushResponse:
    with hub.store.session() as session:
        counter = merge.lock_counter(session)
        device = session.scalar(select(Device).where(Device.device_id == device_id))
        assert device is not None
        done = device.accepted_through
        stamp = hlc(device_id)
        wire = [
            p.Change(device_seq=done + i + 1, table=t, row_id=r, hlc=stamp, fields=f, group=1)  # type: ignore[arg-type]
            for i, (t, r, f) in enumerate(changes)
        ]
        key = LEAD_KEYS[device_id]
        digests = b"".join(change_digest(device_id, c.device_seq, c.table, c.row_id, c.hlc, c.fields) for c in wire)
        group = p.SignedGroup(
            id=1,
            user="lead",
            key=public_key_text(key.public_key()),
            digests=base64.b64encode(digests).decode(),
            signature=base64.b64encode(sign_group(key, "lead", "", digests)).decode(),
        )
        request = p.PushRequest(after=done, changes=wire, device_head=done + len(changes), groups=[group])
        return merge.apply_push(session, device, request, counter)


def snapshot(hub: Hub) -> tuple[dict[tuple[str, str], tuple[Any, ...]], dict[str, str | None]]:
    with hub.store.session() as s:
        rows = {(r.table_name, r.row_id): (r.case_id, r.values, r.meta, r.deleted) for r in s.scalars(select(Row))}
        scopes = {c.case_id: c.ride_id for c in s.scalars(select(CaseScope))}
    return rows, scopes


def make_world(home: Path, n: dict[str, str]) -> tuple[Hub, dict[str, Device]]:
    hub = Hub(home)
    hub.add_user("lead", "team_lead")
    devices: dict[str, Device] = {}
    for name, ride, ref in (
        ("ride1", n["ride-1"], False),
        ("ride2", n["ride-2"], False),
        ("ride1-ref", n["ride-1"], True),
        ("lead", None, None),
    ):
        enrollment, _ = hub.enroll_device(name, ride, ref)
        with hub.store.session() as s:
            device = s.get(Device, enrollment)
            assert device is not None
            device.device_id = uuid7()
            key = LEAD_KEYS[device.device_id] = Ed25519PrivateKey.generate()
            s.add(UserKey(username="lead", public_key=public_key_text(key.public_key()), device_id=device.device_id))
            s.flush()
            s.expunge(device)
            devices[name] = device
    lead = devices["lead"].device_id or ""
    seed = [
        ("circuit_rides", n["ride-1"], {"name": "Ride one"}),
        ("circuit_rides", n["ride-2"], {"name": "Ride two"}),
        ("sites", n["site-1"], {"name": "Site one"}),
        ("cases", n["case-1a"], {"case_number": "A-1", "ride_id": n["ride-1"]}),
        ("cases", n["case-1b"], {"case_number": "A-2", "ride_id": n["ride-1"]}),
        ("cases", n["case-2a"], {"case_number": "B-1", "ride_id": n["ride-2"]}),
        ("cases", n["case-none"], {"case_number": "C-1"}),
        ("persons", n["person-1a"], {"case_id": n["case-1a"], "role": "principal_applicant"}),
        ("persons", n["person-2a"], {"case_id": n["case-2a"], "role": "principal_applicant"}),
        ("notes", n["note-1a"], {"case_id": n["case-1a"], "author": "lead", "text": "seed"}),
    ]
    response = push(hub, lead, seed)
    assert response is not None and response.rejected == [], response
    return hub, devices


@st.composite
def a_change(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    """Names, resolved to ids by the test: (table, row name, {field: name or value})."""
    table = draw(st.sampled_from(["cases", "persons", "notes", "circuit_rides", "sites"]))
    maybe_case = st.sampled_from([*CASES, *FRESH_CASES])  # None would only be refused as invalid
    if table == "cases":
        row = draw(st.sampled_from(CASES + FRESH_CASES))
        fields = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "case_number": st.sampled_from(["A-1", "Z-9"]),
                    "ride_id": st.sampled_from([None, *RIDES]),
                    "stage": st.just("interviewed"),
                },
            )
        )
    elif table == "persons":
        row = draw(st.sampled_from([*PERSONS, "fresh-note-1"]))
        fields = draw(
            st.fixed_dictionaries(
                {}, optional={"case_id": maybe_case, "role": st.just("child"), "given_names": st.just("X")}
            )
        )
    elif table == "notes":
        row = draw(st.sampled_from(NOTES))
        fields = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "case_id": maybe_case,
                    "person_id": st.sampled_from([None, *PERSONS]),
                    "author": st.just("a"),
                    "text": st.just("t"),
                },
            )
        )
    elif table == "circuit_rides":
        row = draw(st.sampled_from(RIDES))
        fields = {"name": draw(st.sampled_from(["Renamed", "Ride one"])), "team": ["someone"]}
    else:
        row = draw(st.sampled_from(SITES))
        fields = {"name": draw(st.sampled_from(["Site one", "Site two"]))}
    if not fields:
        fields = {"deleted": draw(st.booleans())}
    return table, row, fields


def resolve(value: Any, n: dict[str, str]) -> Any:
    return n.get(value, value) if isinstance(value, str) else value


def allowed_write(
    device: Device,
    key: tuple[str, str],
    before: tuple[Any, ...] | None,
    after: tuple[Any, ...],
    scopes_before: dict[str, str | None],
    scopes_after: dict[str, str | None],
) -> str | None:
    """Why this touch of a row by `device` breaks the rules (None: it is allowed)."""
    table, _ = key
    if table in p.REFERENCE_TABLES:
        return None if device.reference_data else "reference data written by a device not allowed to"
    case_after = after[0]
    if before is not None and before[0] != case_after:
        return "a row changed case"
    if case_after is None:
        return None if table == p.CONFLICTS_TABLE else "a case row stored without a case"
    if device.ride_id is None:
        return None
    if scopes_after.get(case_after) != device.ride_id:
        return "a row of a case outside the device's ride after the push"
    if case_after in scopes_before and scopes_before[case_after] != device.ride_id:
        return "a row of a case that was outside the device's ride"
    return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(DEVICES), st.lists(a_change(), min_size=1, max_size=5)), max_size=6))
def test_no_device_changes_or_reads_a_row_outside_its_scope(pushes: list[Any]) -> None:
    n = ids()
    with tempfile.TemporaryDirectory() as home:
        hub, devices = make_world(Path(home), n)
        try:
            for device_name, changes in pushes:
                device = devices[device_name]
                resolved = [(t, n[r], {k: resolve(v, n) for k, v in f.items()}) for t, r, f in changes]
                rows_before, scopes_before = snapshot(hub)
                answer = push(hub, device.device_id or "", resolved)
                rows_after, scopes_after = snapshot(hub)
                if answer is None:
                    assert rows_after == rows_before, "a refused push changed something"
                for key, after in rows_after.items():
                    before = rows_before.get(key)
                    if before == after:
                        continue
                    problem = allowed_write(device, key, before, after, scopes_before, scopes_after)
                    assert problem is None, (problem, device_name, key, before, after)
            with hub.store.session() as s:
                scopes = {c.case_id: c.ride_id for c in s.scalars(select(CaseScope))}
                for device in devices.values():
                    live = s.scalar(select(Device).where(Device.device_id == device.device_id))
                    assert live is not None
                    page = merge.pull(s, live, 0, p.MAX_PAGE)
                    for state in page.rows:
                        if state.case_id is None:
                            assert state.table in (*p.REFERENCE_TABLES, p.CONFLICTS_TABLE), state
                        elif device.ride_id is not None:
                            assert scopes.get(state.case_id) == device.ride_id, (device.name, state)
        finally:
            hub.store.dispose()
