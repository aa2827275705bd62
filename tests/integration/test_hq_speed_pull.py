"""HQ's pull pages written without parsing what HQ stored (issue 24): `merge.pull_json` must send the
document `merge.pull(...)` (p.PullResponse, the wire contract) would, on SQLite and PostgreSQL, and
leave out a device's own echoes without changing where pages end."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.hq import merge
from app.hq.hub import Hub
from app.hq.models import Device, Row, UserKey
from app.util.ids import uuid7
from app.wire import protocol as p
from app.wire.signing import change_digest, public_key_text, sign_group

KEYS: dict[str, Ed25519PrivateKey] = {}  # device id -> the team lead's key on that laptop


@pytest.fixture
def hub(tmp_path: Path, hq_db_url: str | None) -> Iterator[Hub]:
    hub = Hub(tmp_path / "hq", hq_db_url)
    try:
        yield hub
    finally:
        hub.store.dispose()


def enroll(hub: Hub, name: str, ride_id: str | None) -> str:
    """A device enrolled (as if it had sent its keys) whose team lead's key HQ has bound."""
    hub.add_user("lead", "team_lead")
    enrollment, _ = hub.enroll_device(name, ride_id, True)
    with hub.store.session() as s:
        device = s.get(Device, enrollment)
        assert device is not None
        device.device_id = uuid7()
        key = KEYS[device.device_id] = Ed25519PrivateKey.generate()
        s.add(UserKey(username="lead", public_key=public_key_text(key.public_key()), device_id=device.device_id))
        return device.device_id


def push(hub: Hub, device_id: str, changes: list[tuple[str, str, dict[str, Any]]], base: int = 0) -> None:
    with hub.store.session() as session:
        counter = merge.lock_counter(session)
        device = session.scalar(select(Device).where(Device.device_id == device_id))
        assert device is not None
        done = device.accepted_through
        stamp = f"{time.time_ns() // 1000:016d}-0000-{device_id}"
        wire = [
            p.Change(
                device_seq=done + i + 1,
                table=t,  # type: ignore[arg-type]
                row_id=r,
                hlc=stamp,
                fields=f,
                base=dict.fromkeys(f, base),
                group=1,
            )
            for i, (t, r, f) in enumerate(changes)
        ]
        key = KEYS[device_id]
        digests = b"".join(change_digest(device_id, c.device_seq, c.table, c.row_id, c.hlc, c.fields) for c in wire)
        group = p.SignedGroup(
            id=1,
            user="lead",
            key=public_key_text(key.public_key()),
            digests=base64.b64encode(digests).decode(),
            signature=base64.b64encode(sign_group(key, "lead", "", digests)).decode(),
        )
        request = p.PushRequest(after=done, changes=wire, device_head=done + len(changes), groups=[group])
        answer = merge.apply_push(session, device, request, counter)
        assert not answer.rejected, answer.rejected


def pages(hub: Hub, device_id: str, since: int, limit: int) -> list[tuple[p.PullResponse, bytes]]:
    """Every page from `since` on, as `pull` builds it and as `pull_json` writes it."""
    out = []
    with hub.store.session() as session:
        device = session.scalar(select(Device).where(Device.device_id == device_id))
        assert device is not None
        while True:
            model = merge.pull(session, device, since, limit)
            out.append((model, merge.pull_json(session, device, since, limit)))
            since = model.next
            if not model.more:
                return out


def world(hub: Hub) -> tuple[str, str, str, list[str]]:
    """A ride with cases whose values hold what JSON can: text in several scripts, escapes, lists,
    nested objects, numbers, booleans, nulls; a deleted person; a conflict between two laptops."""
    ride = uuid7()
    lead = enroll(hub, "lead", None)
    laptop = enroll(hub, "laptop", ride)
    other = enroll(hub, "other", ride)
    push(hub, lead, [("circuit_rides", ride, {"name": "Ride «one» — 一", "sites": ["Kakuma", "Dadaab"]})])
    cases = [uuid7() for _ in range(6)]
    changes: list[tuple[str, str, dict[str, Any]]] = []
    for i, case in enumerate(cases):
        changes.append(
            ("cases", case, {"case_number": f"K-{i}", "ride_id": ride, "priority": "P-1", "expedited": i % 3 == 0})
        )
        changes.append(
            (
                "persons",
                uuid7(),
                {
                    "case_id": case,
                    "role": "principal_applicant",
                    "given_names": 'Zoë "Ama" \\ Ñ 😀',
                    "native_family_name": "أحمد 李",
                    "languages": ["ar", "sw"],
                    "aliases": ["\u2028x", "Ama\t"],
                    "deleted": i == 5,
                },
            )
        )
        changes.append(("notes", uuid7(), {"case_id": case, "author": "lead", "text": "\t<b>&</b>\n1.5e3 ∞ \u2028 \\"}))
    push(hub, laptop, changes)
    # The other laptop edits a case the first one edits too, concurrently: a conflict.
    push(hub, other, [("cases", cases[0], {"stage": "interviewed"})])
    push(hub, laptop, [("cases", cases[0], {"stage": "on-hold"})])
    return ride, laptop, other, cases


def test_pull_json_writes_the_page_pull_builds(hub: Hub) -> None:
    _, laptop, other, _ = world(hub)
    newcomer = enroll(hub, "newcomer", None)
    with hub.store.session() as session:
        assert session.scalar(select(Row).where(Row.table_name == p.CONFLICTS_TABLE)) is not None
    for device_id in (laptop, other, newcomer):
        for since in (0, 3, 10):
            for limit in (1, 4, p.MAX_PAGE):
                for model, body in pages(hub, device_id, since, limit):
                    # The same document, byte for byte, as pydantic writes the wire model...
                    assert body == model.model_dump_json().encode()
                    # ... and the laptop reads it into the same message.
                    assert p.PullResponse.model_validate_json(body) == p.PullResponse.model_validate(model.model_dump())
    everything = pages(hub, newcomer, 0, p.MAX_PAGE)
    rows = [r for model, _ in everything for r in model.rows]
    persons = [r for r in rows if r.table == "persons"]
    assert len(persons) == 6 and sum(r.deleted for r in persons) == 1
    assert {r.values["given_names"] for r in persons} == {'Zoë "Ama" \\ Ñ 😀'}
    assert orjson.loads(everything[0][1])["rows"][0]["values"]["sites"] == ["Kakuma", "Dadaab"]


def test_own_echoes_are_left_out_and_pages_end_where_they_did(hub: Hub) -> None:
    _, laptop, other, cases = world(hub)
    with hub.store.session() as session:
        in_scope = session.execute(
            select(Row.seq, Row.table_name, Row.meta).where(Row.table_name != "circuit_rides").order_by(Row.seq)
        ).all()
        server_seq = merge.current_seq(session)
    for limit in (1, 2, 5, 7, p.MAX_PAGE):
        since = 0
        got = pages(hub, laptop, 0, limit)
        for model, _ in got:
            # Where the page ends does not depend on what was left out of it.
            window = [r for r in in_scope if r.seq > since][: limit + 1]
            ride_rows = [s for s in _scoped_seqs(hub, laptop) if s > since][: limit + 1]
            assert model.more == (len(ride_rows) > limit)
            assert model.next == (ride_rows[limit - 1] if model.more else max(server_seq, since))
            assert model.server_seq == server_seq
            sent = {(r.table, r.seq) for r in model.rows}
            page_seqs = ride_rows[:limit]
            for seq, table, meta in window:
                if seq not in page_seqs:
                    continue
                newer = [m for m in meta.values() if m[0] > since]
                echo = table != p.CONFLICTS_TABLE and bool(newer) and all(m[2] == laptop for m in newer)
                assert ((table, seq) in sent) == (not echo), (table, seq, limit)
            since = model.next
    # None of the laptop's own pushes comes back (its later edit of the case won): only what others
    # wrote, the ride and the conflict HQ made.
    rows = [r for model, _ in pages(hub, laptop, 0, p.MAX_PAGE) for r in model.rows]
    assert sorted(r.table for r in rows) == ["circuit_rides", p.CONFLICTS_TABLE]
    # Once the other laptop's edit wins the case, the case comes back to the first one.
    push(hub, other, [("cases", cases[0], {"file_location": "Shelf 4"})], base=10**6)
    rows = [r for model, _ in pages(hub, laptop, 0, 2) for r in model.rows]
    assert [r.row_id for r in rows if r.table == "cases"] == [cases[0]]
    # The other laptop receives every row.
    assert len([r for model, _ in pages(hub, other, 0, 3) for r in model.rows]) == 1 + 6 * 3 + 1


def _scoped_seqs(hub: Hub, device_id: str) -> list[int]:
    with hub.store.session() as session:
        device = session.scalar(select(Device).where(Device.device_id == device_id))
        assert device is not None
        return list(session.scalars(select(Row.seq).where(merge.scope_filter(device)).order_by(Row.seq)))


def test_a_page_ends_at_its_byte_budget_and_the_pages_still_carry_everything(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, other, _ = world(hub)
    whole = [r for model, _ in pages(hub, other, 0, p.MAX_PAGE) for r in model.rows]
    assert len(pages(hub, other, 0, p.MAX_PAGE)) == 1
    sizes = [len(orjson.dumps(r.values)) for r in whole]
    # A budget of about three rows' values: pages of three or four rows, never an empty one.
    monkeypatch.setattr(p, "MAX_PAGE_BYTES", sum(sizes[:3]))
    got = pages(hub, other, 0, p.MAX_PAGE)
    assert len(got) >= len(whole) // 4
    assert all(model.rows for model, _ in got)
    assert [r.seq for model, _ in got for r in model.rows] == [r.seq for r in whole]
    assert all(model.more for model, _ in got[:-1]) and not got[-1][0].more
    # One row larger than the whole budget is a page of its own, not a page that never ends.
    monkeypatch.setattr(p, "MAX_PAGE_BYTES", 1)
    got = pages(hub, other, 0, p.MAX_PAGE)
    assert [len(model.rows) for model, _ in got] == [1] * len(whole)
