"""Group commit of pushes (app/hq/pushgroups.py) on a real HQ database, SQLite and PostgreSQL:
pushes that wait while one is merged are merged together, and a refused push in a group changes
nothing and does not take the others down with it."""

from __future__ import annotations

import base64
import threading
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.hq.hub import Hub
from app.hq.merge import PushRefused
from app.hq.models import Device, Row
from app.hq.pushgroups import PushGroups
from app.models.base import utcnow
from app.util.ids import uuid7
from app.wire import protocol as p
from tests.support.hq import new_cases_push


class UnknownDevice(Exception):
    pass


def _devices(hub: Hub, n: int) -> list[str]:
    ids = []
    with hub.store.session() as session:
        for i in range(n):
            device_id = uuid7()
            key = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
            session.add(
                Device(
                    id=device_id,
                    name=f"group-{i}",
                    device_id=device_id,
                    public_key=base64.b64encode(key).decode(),
                    enrolled_at=utcnow(),
                )
            )
            ids.append(device_id)
    return ids


def _push(device_id: str, first: int, n: int, *, after: int | None = None) -> p.PushRequest:
    return new_cases_push(device_id, first, n, prefix="GRP", after=after)


@pytest.fixture
def hub(tmp_path: Path, hq_db_url: str | None) -> Hub:
    hub = Hub(tmp_path / "hq", hq_db_url)
    yield hub
    hub.store.dispose()


def _rows(hub: Hub) -> int:
    with hub.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Row)) or 0)


def test_pushes_arriving_together_are_merged_in_fewer_transactions_and_all_kept(hub: Hub) -> None:
    groups = PushGroups(hub.store.session, UnknownDevice)
    devices = _devices(hub, 12)
    start = threading.Barrier(len(devices))
    answers: dict[str, list[int]] = {d: [] for d in devices}
    failures: list[BaseException] = []

    def laptop(device_id: str) -> None:
        start.wait()
        try:
            for batch in range(3):
                answers[device_id].append(groups.push(device_id, _push(device_id, 1 + 5 * batch, 5)).accepted_through)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=laptop, args=(d,)) for d in devices]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert all(got == [5, 10, 15] for got in answers.values())
    assert _rows(hub) == 12 * 3 * 5
    assert groups.groups < 12 * 3  # some pushes shared a transaction
    with hub.store.session() as session:
        seqs = sorted(session.scalars(select(Row.seq)))
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # one server sequence, no gap, no repeat


def test_a_refused_push_in_a_group_changes_nothing_and_the_others_are_kept(hub: Hub) -> None:
    groups = PushGroups(hub.store.session, UnknownDevice)
    good, bad = _devices(hub, 2)
    # Hold the turn so the three pushes below queue up and are merged as one group.
    groups._turn.acquire()
    results: dict[str, object] = {}

    def send(name: str, device_id: str, request: p.PushRequest) -> None:
        try:
            results[name] = groups.push(device_id, request)
        except BaseException as exc:  # noqa: BLE001 - the answer under test
            results[name] = exc

    threads = [
        threading.Thread(target=send, args=("good", good, _push(good, 1, 4))),
        threading.Thread(target=send, args=("gap", bad, _push(bad, 8, 3, after=7))),  # HQ has nothing of it
        threading.Thread(target=send, args=("stranger", uuid7(), _push(bad, 1, 2))),
    ]
    for t in threads:
        t.start()
    while len(groups._waiting) < 3:
        threading.Event().wait(0.01)
    groups._turn.release()
    for t in threads:
        t.join()
    assert groups.groups == 1
    assert isinstance(results["good"], p.PushResponse) and results["good"].accepted_through == 4
    assert isinstance(results["gap"], PushRefused) and results["gap"].status == 409
    assert isinstance(results["stranger"], UnknownDevice)
    assert _rows(hub) == 4
    with hub.store.session() as session:
        accepted = dict(session.execute(select(Device.device_id, Device.accepted_through)).all())
    assert accepted == {good: 4, bad: 0}


def _queued(groups: PushGroups, sends: list[tuple[str, str, p.PushRequest, tuple[str, str, int] | None]]) -> dict:
    """Push everything in `sends` as one group (the turn is held until all of them wait); their answers."""
    groups._turn.acquire()
    results: dict[str, object] = {}

    def send(name: str, device_id: str, request: p.PushRequest, seen: tuple[str, str, int] | None) -> None:
        try:
            results[name] = groups.push(device_id, request, seen)
        except BaseException as exc:  # noqa: BLE001 - the answer under test
            results[name] = exc

    threads = [threading.Thread(target=send, args=s) for s in sends]
    for t in threads:
        t.start()
    while len(groups._waiting) < len(sends):
        threading.Event().wait(0.01)
    groups._turn.release()
    for t in threads:
        t.join()
    return results


def test_a_replay_and_a_revoked_device_inside_a_group_are_refused_and_change_nothing(hub: Hub) -> None:
    from app.hq.api import DbNonces
    from app.wire.signing import RequestRefused

    nonces = DbNonces(hub)
    groups = PushGroups(hub.store.session, UnknownDevice, nonces)
    good, revoked, old = _devices(hub, 3)
    with hub.store.session() as session:
        session.execute(Device.__table__.update().where(Device.device_id == revoked).values(revoked_at=utcnow()))
    now = int(utcnow().timestamp())
    # A nonce HQ already has, from an earlier request of `old`.
    with hub.store.session() as session:
        nonces.record(session, old, "n-old", now)
    results = _queued(
        groups,
        [
            ("first", good, _push(good, 1, 3), (good, "n-1", now)),
            ("again", good, _push(good, 1, 3), (good, "n-1", now)),  # the same request twice in one group
            ("revoked", revoked, _push(revoked, 1, 2), (revoked, "n-2", now)),
            ("replay", old, _push(old, 1, 2), (old, "n-old", now)),
        ],
    )
    assert groups.groups == 1 and groups.retried == 0
    assert isinstance(results["first"], p.PushResponse) and results["first"].accepted_through == 3
    assert isinstance(results["again"], RequestRefused) and results["again"].status == 401
    assert isinstance(results["revoked"], RequestRefused) and results["revoked"].status == 403
    assert isinstance(results["replay"], RequestRefused) and results["replay"].status == 401
    assert _rows(hub) == 3
    with hub.store.session() as session:
        accepted = dict(session.execute(select(Device.device_id, Device.accepted_through)).all())
    assert accepted == {good: 3, revoked: 0, old: 0}


def test_a_group_that_fails_as_one_is_merged_again_push_by_push(hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.hq import merge

    groups = PushGroups(hub.store.session, UnknownDevice)
    a, b = _devices(hub, 2)
    real = merge.apply_pushes
    calls: list[int] = []

    def fails_once(session, pushes, counter):  # noqa: ANN001, ANN202 - a fault injected into the one-pass merge
        calls.append(len(pushes))
        answers = real(session, pushes, counter)  # writes, then fails: all of it must be rolled back
        if len(calls) == 1:
            raise RuntimeError("lost connection")
        return answers

    monkeypatch.setattr(merge, "apply_pushes", fails_once)
    results = _queued(groups, [("a", a, _push(a, 1, 4), None), ("b", b, _push(b, 1, 5), None)])
    assert groups.groups == 1 and groups.retried == 1
    assert results["a"].accepted_through == 4 and results["b"].accepted_through == 5
    assert _rows(hub) == 9  # once each: nothing of the failed pass was kept
    with hub.store.session() as session:
        seqs = sorted(session.scalars(select(Row.seq)))
    assert seqs == list(range(seqs[0], seqs[0] + 9))


def test_an_hq_database_at_the_first_schema_is_upgraded_and_takes_pushes(tmp_path: Path, hq_db_url: str | None) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from app.hq.store import MIGRATIONS_DIR, HQStore

    store = HQStore(hq_db_url or f"sqlite:///{tmp_path / 'old.sqlite'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("INSERT INTO hq_counter (id, seq) VALUES (1, 0)")
    assert "ix_hq_rows_case_id" in {i["name"] for i in inspect(store.engine).get_indexes("hq_rows")}
    store.dispose()
    hub = Hub(tmp_path / "hq", hq_db_url or f"sqlite:///{tmp_path / 'old.sqlite'}")
    try:
        (device,) = _devices(hub, 1)
        PushGroups(hub.store.session, UnknownDevice).push(device, _push(device, 1, 3))
        indexes = {i["name"] for i in inspect(hub.store.engine).get_indexes("hq_rows")}
        assert "ix_hq_rows_case_id" not in indexes and "ix_hq_rows_case_seq" in indexes
        assert _rows(hub) == 3
    finally:
        hub.store.dispose()


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"])), max_size=30))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_ids_sent_as_one_text_array_reach_postgresql_unchanged(pg_url: str, values: list[str]) -> None:
    """HQ's look-ups by many ids send them as one text[] written by our own dumper (store.TextArray):
    any string a laptop could send as a case id comes back from PostgreSQL as it was."""
    from sqlalchemy import text

    from app.hq.store import HQStore, TextArray

    store = HQStore(pg_url)
    try:
        with store.engine.connect() as conn:
            got = conn.execute(text("SELECT unnest(CAST(:ids AS text[]))"), {"ids": TextArray(values)}).scalars()
            assert list(got) == values
    finally:
        store.dispose()


def test_a_long_queue_is_merged_in_groups_of_at_most_max_group(hub: Hub) -> None:
    from app.hq.pushgroups import MAX_GROUP

    groups = PushGroups(hub.store.session, UnknownDevice)
    devices = _devices(hub, MAX_GROUP + 5)
    results = _queued(groups, [(d, d, _push(d, 1, 2), None) for d in devices])
    assert groups.groups == 2
    assert all(isinstance(r, p.PushResponse) and r.accepted_through == 2 for r in results.values())
    assert _rows(hub) == 2 * len(devices)


def test_the_merging_thread_ends_when_idle_and_the_next_push_starts_another(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.hq import pushgroups

    monkeypatch.setattr(pushgroups, "IDLE_SECONDS", 0.2)
    groups = PushGroups(hub.store.session, UnknownDevice)
    (device,) = _devices(hub, 1)
    assert groups.push(device, _push(device, 1, 2)).accepted_through == 2
    deadline = time.monotonic() + 10
    while groups._merger is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert groups._merger is None  # it ended
    assert groups.push(device, _push(device, 3, 2)).accepted_through == 4  # and another one merged this
    assert _rows(hub) == 4


def test_a_push_called_off_before_its_turn_is_not_merged(hub: Hub) -> None:
    # The HQ request awaiting a push is cancelled when the laptop hangs up; if that happens before
    # the push's group starts, nothing of it is written (the laptop sends it again).
    groups = PushGroups(hub.store.session, UnknownDevice)
    gone, staying = _devices(hub, 2)
    groups._turn.acquire()
    try:
        called_off = groups.submit(gone, _push(gone, 1, 3))
        kept = groups.submit(staying, _push(staying, 1, 2))
        assert called_off.cancel()
    finally:
        groups._turn.release()
    assert kept.result(timeout=30).accepted_through == 2
    assert _rows(hub) == 2
    with hub.store.session() as session:
        accepted = dict(session.execute(select(Device.device_id, Device.accepted_through)).all())
    assert accepted == {gone: 0, staying: 2}
