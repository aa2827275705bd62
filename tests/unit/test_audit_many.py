"""`AuditWriter.append_many` (the batch path a first quality-check run takes) makes the very chain
`append` makes one event at a time: the same canonical bytes, so the same hashes, for events that
share a details object and events that do not, with text in other scripts, None ids and braces and
quotes in the values; written, the chain verifies, and a chain spliced from both paths does too."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, update

from app.models import AuditEvent
from app.store import audit
from app.store.workspace import Workspace
from app.util.ids import uuid7

AT = dt.datetime(2026, 12, 7, 9, 30, 15, 123456, tzinfo=dt.UTC)
SHARED: dict[str, Any] = {"fields": ["case_id", "detail", "rule"], "summary": "quality finding household"}


def _events(n: int) -> list[tuple[str | None, str | None, dict[str, Any]]]:
    """Events of every shape: a shared details object, one of its own, non-Latin text, braces and
    quotes (which the batch template must not read as its own), a nested dict with unsorted keys."""
    out: list[tuple[str | None, str | None, dict[str, Any]]] = []
    for i in range(n):
        if i % 3 == 0:
            details = SHARED
        elif i % 3 == 1:
            details = {"z": 1, "a": {"y": [1, 2.5, None], "b": 'quote " and {brace} {0}'}, "n": i}
        else:
            details = {"summary": "الاسم غير مطابق — перевірте {документ}", "changes": {"status": ["open", "fixed"]}}
        out.append((uuid7() if i % 4 else None, None if i % 5 == 0 else uuid7(), details))
    return out


def _one_by_one(writer: audit.AuditWriter, events: list[Any], ids: list[str]) -> list[dict[str, Any]]:
    return [
        writer.append(
            actor="lead.one",
            device_id="device-ü",
            action="create",
            entity="qc_findings",
            entity_id=entity_id,
            case_id=case_id,
            details=details,
            at=AT,
            event_id=event_id,
        )
        for (entity_id, case_id, details), event_id in zip(events, ids, strict=True)
    ]


def test_append_many_makes_the_chain_append_makes(ws: Workspace) -> None:
    events = _events(40)
    ids = [uuid7() for _ in events]
    with ws.session() as session:
        one = _one_by_one(audit.AuditWriter(session), events, ids)
        many = audit.AuditWriter(session).append_many(
            actor="lead.one",
            device_id="device-ü",
            action="create",
            entity="qc_findings",
            events=events,
            at=AT,
            event_ids=ids,
        )
        session.rollback()
    assert len(many) == len(one) == 40
    assert [e["hash"] for e in many] == [e["hash"] for e in one]
    assert many == one  # every field, not only the hashes
    # and each hash is the reference one (the canonical JSON of the event as stored)
    assert all(audit.event_hash(e) == e["hash"] for e in many)
    assert len({e["hash"] for e in many}) == 40


def test_a_chain_written_by_both_paths_verifies_and_an_edit_is_found(ws: Workspace) -> None:
    with ws.session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        writer = audit.AuditWriter(session)
        _one_by_one(writer, _events(5), [uuid7() for _ in range(5)])
        writer.append_many(actor="lead.one", device_id="d1", action="create", entity="qc_findings", events=_events(30))
        _one_by_one(writer, _events(3), [uuid7() for _ in range(3)])
        writer.append_many(actor="lead.one", device_id="d1", action="update", entity="qc_findings", events=[])
        writer.flush()
        session.commit()
    with ws.session() as session:
        report = audit.verify_chain(session)
        assert report.problems == []
        assert report.events == before + 38
        stored = session.scalars(select(AuditEvent).where(AuditEvent.seq > before).order_by(AuditEvent.seq)).all()
        assert [e.seq for e in stored] == list(range(before + 1, before + 39))
        assert all(e.at == stored[5].at for e in stored[5:35])  # one batch, one time
        # an edited batch event breaks the chain
        session.execute(update(AuditEvent).where(AuditEvent.seq == before + 20).values(details={"fields": []}))
        assert any("altered" in p for p in audit.verify_chain(session).problems)
        session.rollback()


def test_a_batch_flushed_through_an_inserter_verifies(ws: Workspace) -> None:
    """The unit of work hands flush its one-executemany insert; the chain it writes is the same."""
    from app.services.uow import insert_rows

    with ws.session() as session:
        writer = audit.AuditWriter(session)
        writer.append_many(actor="lead.one", device_id="d1", action="create", entity="qc_findings", events=_events(25))
        writer.flush(insert_rows)
        session.commit()
    with ws.session() as session:
        assert audit.verify_chain(session).problems == []


def test_batch_event_ids_are_uuid7_distinct_and_in_order() -> None:
    import uuid

    ids = audit._ids(9000)  # past the 12-bit counter: the batch borrows the next millisecond
    assert len(set(ids)) == 9000 and ids == sorted(ids)
    for value in ids:
        parsed = uuid.UUID(value)
        assert str(parsed) == value and parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert audit._ids(0) == []

    def ms(value: str) -> int:
        return uuid.UUID(value).int >> 80

    assert 0 <= ms(uuid7()) - ms(ids[0]) < 60_000  # the same clock, in milliseconds
