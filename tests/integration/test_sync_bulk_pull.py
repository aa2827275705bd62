"""A pull writes a page's new rows in bulk (app/sync/apply.py `_insert_fresh`): the laptop that
pulled holds exactly what the laptop that pushed holds, every field, search forms and search index
included, with its sync bookkeeping and one receipt in the audit per case and page (which the
case's history tells as such); and pulling the same
states again (the bulk path's rows then exist) changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import MODEL_BY_TABLE, AuditEvent, Case, Person, SyncRow
from app.services.history import case_history
from app.services.manifest import import_manifest
from app.services.search import search
from app.services.uow import unit_of_work
from app.store.audit import received_records
from app.store.workspace import Workspace
from app.sync import engine
from app.sync.engine import PULL_CURSOR, sync
from app.wire import protocol as p
from tests.integration.test_sync import manifest, two_laptops
from tests.support.hq import HQServer, enrolled, running_hq


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def travelling(ws: Workspace) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row's travelling fields, plus a person's search forms, per table and id."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with ws.session() as s:
        for table in p.SYNC_TABLES:
            model = MODEL_BY_TABLE[table]
            keep = sorted(p.table_fields(table) | ({"search_latin", "search_native"} if table == "persons" else set()))
            out[table] = {obj.id: {k: getattr(obj, k) for k in keep} for obj in s.scalars(select(model))}
    return out


def test_a_bulk_pull_holds_what_was_pushed(hq: HQServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    other = enrolled(hq, tmp_path / "other", "other-laptop")
    monkeypatch.setattr(engine, "PULL_PAGE", 4)  # many pages: rows arrive before and after their parents
    report = sync(other)

    sent = travelling(lead)
    assert sum(len(rows) for rows in sent.values()) >= 9  # sites, rides, cases, persons
    assert travelling(other) == sent
    assert [h.case_number for h in search(other, "synthetic1 1988")] == ["LIM-000101"]
    with other.session() as s:
        pulled = s.scalar(select(func.count()).select_from(SyncRow))
        events = s.execute(
            select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.details, AuditEvent.case_id).where(
                AuditEvent.action == "sync_receive"
            )
        ).all()
        assert all(row.seqs for row in s.scalars(select(SyncRow)))
        persons = s.scalar(select(func.count()).select_from(Person))
        indexed = s.execute(select(func.count()).select_from(Person).where(Person.search_latin != "")).scalar()
    assert pulled == report.pulled - report.held
    received = [key for entity, row_id, details, _ in events for key in received_records(entity, row_id, details)]
    assert len(received) == len(set(received)) == report.changed == pulled
    # One receipt per case and page, naming the case's records: never an event per record of a case.
    assert all(entity == "cases" and case_id == row_id for entity, row_id, _, case_id in events if case_id)
    assert {key[0] for key in received} >= {"cases", "persons"}
    assert persons == indexed == 3


def test_the_case_history_tells_what_came_from_hq(hq: HQServer, tmp_path: Path) -> None:
    lead, other = two_laptops(hq, tmp_path)
    first = [row.text for row in case_history(other, "LIM-000101")]
    # The whole case came in one page: one line, not a line per person, note or appointment.
    assert first == ["received the case from HQ"]

    with unit_of_work(lead, "edit_cases") as uow:
        person = uow.session.scalars(
            select(Person)
            .join(Case, Person.case_id == Case.id)
            .where(Case.case_number == "LIM-000101", Person.role == "principal_applicant")
        ).first()
        assert person is not None and person.marital_status != "widowed"
        name = f"{person.given_names} {person.family_name.upper()}"
        assert uow.update(person, {"marital_status": "widowed"}, case_id=person.case_id)
    sync(lead)
    report = sync(other)
    assert report.changed == 1
    later = [row.text for row in case_history(other, "LIM-000101")]
    assert later == [*first, f"received changes to marital status of {name} from HQ"]


def test_pulling_the_same_pages_again_changes_nothing(hq: HQServer, tmp_path: Path) -> None:
    lead, other = two_laptops(hq, tmp_path)
    before = travelling(other)
    with other.session() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
        s.merge(engine.SyncCursor(name=PULL_CURSOR, value="0"))  # as if every page were lost and asked for again
    again = sync(other)
    assert again.changed == 0
    assert travelling(other) == before
    with other.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events
    assert [h.case_number for h in search(other, "synthetic2 1988")] == ["LIM-000102"]
