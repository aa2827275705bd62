"""A pull writes a page's new rows in bulk (app/sync/apply.py `_insert_fresh`): the laptop that
pulled holds exactly what the laptop that pushed holds, every field, search forms and search index
included, with its sync bookkeeping and one audit event per received row; and pulling the same
states again (the bulk path's rows then exist) changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import MODEL_BY_TABLE, AuditEvent, Person, SyncRow
from app.services.manifest import import_manifest
from app.services.search import search
from app.store.workspace import Workspace
from app.sync import engine
from app.sync.engine import PULL_CURSOR, sync
from app.wire import protocol as p
from tests.integration.test_sync import manifest
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
        received = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "sync_receive"))
        assert all(row.seqs for row in s.scalars(select(SyncRow)))
        persons = s.scalar(select(func.count()).select_from(Person))
        indexed = s.execute(select(func.count()).select_from(Person).where(Person.search_latin != "")).scalar()
    assert pulled == report.pulled - report.held
    assert received == report.changed == pulled
    assert persons == indexed == 3


def test_pulling_the_same_pages_again_changes_nothing(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    other = enrolled(hq, tmp_path / "other", "other-laptop")
    sync(other)
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
