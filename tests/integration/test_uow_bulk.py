"""The bulk path of the unit of work (`UnitOfWork.create_many`, the one executemany of `finish`),
which a first quality-check run takes for tens of thousands of findings, stores, audits, queues and
signs exactly what `UnitOfWork.create` does, one row at a time: byte for byte the same columns,
outbox values and audit details (apart from ids, stamps and times), an unbroken audit chain, and
signed groups that verify as HQ verifies them. Then, end to end: a first run's findings pushed to a
real HQ on 127.0.0.1 are taken as the team lead's own signed changes, none refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.errors import InvalidInput
from app.hq.models import Row
from app.models import OutboxEntry, QcFinding, limits
from app.services.authorship import Groups, signing_groups, wire_fields
from app.services.cases import create_case
from app.services.manifest import import_manifest
from app.services.qc import run_qc
from app.services.uow import NewRow, _fields_problem, insert_rows, plain, unit_of_work
from app.store import audit
from app.store.workspace import Workspace
from app.sync.engine import sync
from app.util.ids import uuid7
from app.wire.signing import change_digest, group_signature_ok, load_public_key_text
from tests.support.hq import HQServer, enrolled, running_hq

STAMP = dt.datetime(2026, 12, 7, 9, 30, 15, 123456, tzinfo=dt.UTC)
# Values that take each branch of the bulk checks: plain ASCII, text in other scripts (which the
# limits check and the signing round trip hand to the full codec), a score, None and empty text.
DETAILS = (
    "The paper file is with Officer A, due back on 2026-12-01.",
    "Форма age: відповідь «Вік» порушує правило",
    "الاسم غير مطابق — تحقق من الوثيقة",
    "",
)


def _fields(case_id: str, person_id: str | None, n: int) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "person_id": person_id if n % 2 else None,
        "rule": ("file_overdue", "form_constraints", "duplicate_person", "household")[n % 4],
        "severity": ("medium", "high", "low")[n % 3],
        "status": "open",
        "detail": DETAILS[n % len(DETAILS)],
        "other_case_id": None,
        "other_person_id": person_id if n % 4 == 2 else None,
        "score": 87 if n % 4 == 2 else None,
        "assignee": None,
        "note": None,
        "found_at": plain(STAMP),
        "closed_at": None,
        "deleted": False,
    }


def _record(ws: Workspace, case_id: str, person_id: str, n: int) -> tuple[list[str], list[str]]:
    """`n` findings recorded one by one with `create`, and the same `n` with `create_many`, in one
    unit of work each; their ids, in that order."""
    one_by_one, bulk = [uuid7() for _ in range(n)], [uuid7() for _ in range(n)]
    with unit_of_work(ws, "edit_cases") as uow:
        for i, fid in enumerate(one_by_one):
            values = _fields(case_id, person_id, i) | {"found_at": STAMP}
            uow.create(QcFinding(id=fid, **values), case_id=case_id, summary=f"quality finding {values['rule']}")
    with unit_of_work(ws, "edit_cases") as uow:
        rows = []
        for i, fid in enumerate(bulk):
            fields = _fields(case_id, person_id, i)
            rows.append(
                NewRow(fid, case_id, fields, stored={"found_at": STAMP}, summary=f"quality finding {fields['rule']}")
            )
        uow.create_many(QcFinding, rows)
    return one_by_one, bulk


def _stored(ws: Workspace, sql: str, ids: list[str]) -> list[tuple[Any, ...]]:
    """Rows as SQLite holds them (raw text, no ORM conversion), in the order of `ids`."""
    with ws.session() as s:
        found = {r[0]: tuple(r[1:]) for r in s.execute(text(sql)).all()}
    return [found[i] for i in ids]


@pytest.fixture
def case(ws: Workspace) -> tuple[str, str]:
    person = {"role": "principal_applicant", "given_names": "Ana", "family_name": "Synthfam", "dob": "1980-01-01"}
    case_id = create_case(ws, {"case_number": "LIM-000001", "site": "Lima"}, [person])
    with ws.session() as s:
        person_id = s.execute(text("SELECT id FROM persons WHERE case_id = :c"), {"c": case_id}).scalar_one()
    return case_id, person_id


def test_bulk_rows_are_stored_queued_and_audited_byte_for_byte_as_created_ones(
    ws: Workspace, case: tuple[str, str]
) -> None:
    one_by_one, bulk = _record(ws, *case, 12)
    columns = [c.name for c in QcFinding.__table__.columns if c.name not in ("id", "hlc", "updated_at")]
    finding_sql = f"SELECT id, {', '.join(columns)}, typeof(updated_at), length(updated_at) FROM qc_findings"  # noqa: S608
    assert _stored(ws, finding_sql, bulk) == _stored(ws, finding_sql, one_by_one)
    outbox_sql = "SELECT row_id, table_name, rev, CAST(fields AS BLOB), acked, typeof(created_at), length(created_at) FROM outbox"
    assert _stored(ws, outbox_sql, bulk) == _stored(ws, outbox_sql, one_by_one)
    audit_sql = "SELECT entity_id, action, entity, case_id, actor, device_id, CAST(details AS BLOB) FROM audit_events"
    assert _stored(ws, audit_sql, bulk) == _stored(ws, audit_sql, one_by_one)
    # what differs is what must: each row's own change stamp, the same on the row and its entry
    with ws.session() as s:
        for fid in bulk:
            row_hlc = s.execute(text("SELECT hlc FROM qc_findings WHERE id = :i"), {"i": fid}).scalar_one()
            entry_hlc = s.execute(text("SELECT hlc FROM outbox WHERE row_id = :i"), {"i": fid}).scalar_one()
            assert row_hlc == entry_hlc and row_hlc.endswith(ws.meta.device_id)
        stamps = s.execute(text("SELECT hlc FROM outbox ORDER BY device_seq")).scalars().all()
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # later changes, later stamps
        seqs = s.execute(text("SELECT device_seq FROM outbox ORDER BY device_seq")).scalars().all()
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # gap-free
        assert audit.verify_chain(s).problems == []


def test_bulk_changes_are_signed_as_hq_verifies_them(ws: Workspace, case: tuple[str, str]) -> None:
    one_by_one, bulk = _record(ws, *case, 250)  # more than two groups of GROUP_MAX each
    with ws.session() as s:
        entries = s.scalars(select(OutboxEntry).order_by(OutboxEntry.device_seq)).all()
        groups = Groups(s, list(entries), ws.meta.device_id)
        by_row = {e.row_id: e for e in entries}
        for fid in one_by_one + bulk:
            entry = by_row[fid]
            assert groups.group_of(entry, wire_fields(entry.table_name, entry.fields)) is not None, fid
        stored_groups = s.execute(select(signing_groups).order_by(signing_groups.c.first_seq)).all()
        assert len(stored_groups) >= 6
        # as HQ does (app/hq/authorship.py): each change's digest, from what the push carries, is in
        # the group whose sequence range holds it
        signed = {}
        for g in stored_groups:
            for seq, i in zip(range(g.first_seq, g.last_seq + 1), range(0, len(g.digests), 32), strict=True):
                signed[seq] = g.digests[i : i + 32]
        for fid in one_by_one + bulk:
            e = by_row[fid]
            fields = wire_fields(e.table_name, e.fields)
            assert signed[e.device_seq] == change_digest(
                ws.meta.device_id, e.device_seq, e.table_name, e.row_id, e.hlc, fields
            )
        for g in stored_groups:
            key = load_public_key_text(g.public_key)
            assert g.username == "lead"
            assert group_signature_ok(key, g.username, g.reason, g.digests, g.signature)
            assert not group_signature_ok(key, g.username, g.reason, g.digests[::-1], g.signature)
        # an entry altered after it was signed is no longer in its group
        altered = by_row[bulk[0]]
        assert groups.group_of(altered, wire_fields("qc_findings", altered.fields | {"status": "fixed"})) is None


def test_bulk_refuses_what_create_refuses_and_writes_nothing(ws: Workspace, case: tuple[str, str]) -> None:
    case_id, person_id = case
    too_long = _fields(case_id, person_id, 0) | {"detail": "x" * (limits.MAX_TEXT_CHARS + 1)}
    bad_id = NewRow("not-an-id", case_id, _fields(case_id, person_id, 0))
    for rows in (
        [NewRow(uuid7(), case_id, _fields(case_id, person_id, 0)), NewRow(uuid7(), case_id, too_long)],
        [bad_id],
    ):
        with pytest.raises(InvalidInput) as refused, unit_of_work(ws, "edit_cases") as uow:
            uow.create_many(QcFinding, rows)
        assert "nothing was saved" in str(refused.value).lower()
    with ws.session() as s:
        assert s.execute(text("SELECT count(*) FROM qc_findings")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM outbox WHERE table_name = 'qc_findings'")).scalar() == 0


@pytest.mark.parametrize(
    "fields",
    [
        {"a": "plain", "b": None, "c": True, "d": 12},
        {"a": "x" * limits.MAX_TEXT_CHARS},
        {"a": "x" * (limits.MAX_TEXT_CHARS + 1)},
        {f"k{i}": "y" * 60_000 for i in range(9)},  # each value fits, together they do not
        {f"k{i}": "\x01" * 20_000 for i in range(5)},  # escapes make 100 KB of text 600 KB of JSON
        {"a": "Зыкворлек", "b": "\ud800"},  # a lone surrogate: the full check's own answer (an error)
        {"a": 10**30, "b": 1.5, "c": float("nan"), "d": [1, [2]], "e": {"x": object()}},
        {"a": [[[[[[[["deep"]]]]]]]]},
        {"\u00e9": "key in another script"},
    ],
)
def test_the_quick_limits_check_gives_the_full_checks_verdict(fields: dict[str, Any]) -> None:
    def verdict(check: Any) -> Any:
        try:
            return check(fields)
        except Exception as exc:  # noqa: BLE001 - the same error is the same verdict
            return type(exc)

    assert verdict(_fields_problem) == verdict(limits.fields_problem)


def test_insert_rows_without_every_column_takes_the_column_defaults(ws: Workspace, case: tuple[str, str]) -> None:
    with unit_of_work(ws, "edit_cases") as uow:
        insert_rows(
            uow.session,
            QcFinding.__table__,
            [{"id": uuid7(), "case_id": case[0], "rule": "household", "found_at": STAMP, "deleted": False}],
        )
    with ws.session() as s:
        (row,) = s.scalars(select(QcFinding)).all()
        assert (row.rev, row.severity, row.status, row.found_at) == (1, "medium", "open", STAMP)


# ----- end to end: HQ takes a first run's findings as the lead's signed changes -------------------
@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def test_a_first_runs_findings_reach_hq_as_the_leads_signed_changes(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    try:
        people = [
            {"role": "principal_applicant", "family_name": "Synthmar", "given_names": "Lina Sofia", "dob": "1985-02-03"}
        ]
        cases = [
            {"case_number": f"LIM-00020{i}", "site": "Lima", "stage": "interviewed", "persons": people}
            for i in range(3)
        ]
        import_manifest(lead, {"sites": [{"name": "Lima", "country": "PE", "prefix": "LIM"}], "cases": cases})
        sync(lead)
        summary = run_qc(lead)
        assert summary.new >= 6  # possible duplicates across the three cases, and their persons' checks
        report = sync(lead)
        assert report.rejected == [] and report.pushed >= summary.new
        with lead.session() as s:
            ids = s.execute(text("SELECT id FROM qc_findings")).scalars().all()
        assert len(ids) == summary.new
        with hq.hub.store.session() as s:
            for fid in ids:
                row = s.get(Row, ("qc_findings", fid))
                assert row is not None and row.values["status"] == "open"
                assert row.meta["status"][3] == "lead"  # judged as the lead's own, signed change
    finally:
        lead.lock()


def test_insert_rows_stores_what_the_orm_and_core_inserts_stored(ws: Workspace, case: tuple[str, str]) -> None:
    """The outbox was written with the ORM's bulk insert and new findings with a Core insert: the
    executemany that replaced them stores the same bytes (JSON, datetimes, booleans, text)."""
    from sqlalchemy import insert

    def outbox(seq: int, n: int) -> dict[str, Any]:
        fields = _fields(case[0], case[1], n) | {"languages": ["uk", "ar"], "verified": {"dob": {"by": "lead"}}}
        return {"device_seq": seq, "table_name": "qc_findings", "row_id": f"row-{n}", "rev": 1 + n, "hlc": "h",
                "fields": fields, "created_at": STAMP + dt.timedelta(hours=n), "acked": bool(n % 2)}  # fmt: skip

    def finding(fid: str, n: int) -> dict[str, Any]:
        return _fields(case[0], case[1], n) | {"id": fid, "found_at": STAMP, "closed_at": STAMP if n % 2 else None,
                                               "rev": 1, "hlc": "h", "origin_device": "d", "updated_by": "lead",
                                               "updated_at": STAMP.astimezone(dt.timezone(dt.timedelta(hours=3)))}  # fmt: skip

    before_ids, after_ids = [uuid7() for _ in range(8)], [uuid7() for _ in range(8)]
    with unit_of_work(ws) as uow:
        uow.session.execute(insert(OutboxEntry), [outbox(1000 + n, n) for n in range(8)])
        insert_rows(uow.session, OutboxEntry.__table__, [outbox(2000 + n, n) for n in range(8)])
        uow.session.execute(insert(QcFinding.__table__), [finding(f, n) for n, f in enumerate(before_ids)])
        insert_rows(uow.session, QcFinding.__table__, [finding(f, n) for n, f in enumerate(after_ids)])
    columns = ", ".join(f"CAST({c.name} AS BLOB), typeof({c.name})" for c in OutboxEntry.__table__.columns)
    with ws.session() as s:
        rows = s.execute(text(f"SELECT device_seq, {columns} FROM outbox WHERE device_seq >= 1000")).all()  # noqa: S608
        by_seq = {r[0]: r[3:] for r in rows}  # without device_seq itself
    assert [by_seq[2000 + n] for n in range(8)] == [by_seq[1000 + n] for n in range(8)]
    columns = ", ".join(
        f"CAST({c.name} AS BLOB), typeof({c.name})" for c in QcFinding.__table__.columns if c.name != "id"
    )
    finding_sql = f"SELECT id, {columns} FROM qc_findings"  # noqa: S608
    assert _stored(ws, finding_sql, after_ids) == _stored(ws, finding_sql, before_ids)
