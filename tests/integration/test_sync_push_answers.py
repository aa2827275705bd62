"""A push records HQ's answer to one batch while the next is on the wire (app/sync/engine.py `push`).

An answer the laptop cannot record (the workspace refuses the write, as a full disk would) fails the
sync in words, never silently: the batches after it may have reached HQ already, and the next sync
sends them again, which HQ recognises by their device sequence numbers. Nothing is lost, nothing is
held twice at HQ, and every outbox entry ends acknowledged.

A real HQ on 127.0.0.1 (TLS), a real encrypted workspace; the refused write is a trigger in the
workspace's own database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError

from app.hq.models import Receipt, Row
from app.models import Case, OutboxEntry, Person
from app.services.demo_data import generate
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.engine import PUSH_CURSOR, cursor, sync
from app.wire import protocol as p
from tests.support.hq import HQServer, enrolled, running_hq

REFUSAL = "no room left on this disk"


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def unacknowledged(ws: Workspace) -> int:
    with ws.session() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked.is_(False))))


def test_an_answer_that_cannot_be_recorded_fails_the_sync_and_the_next_sync_sends_again_once(
    hq: HQServer, tmp_path: Path
) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, generate(400, 11, photos=False).manifest)
    with lead.session() as session:
        queued = int(session.scalar(select(func.max(OutboxEntry.device_seq))) or 0)
    assert queued > 3 * p.MAX_BATCH  # several batches: the second answer is recorded while the third is sent
    refused_from = p.MAX_BATCH + p.MAX_BATCH // 2  # inside the second batch (batches of MAX_BATCH until HQ answers)
    with lead.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER full_disk BEFORE UPDATE OF acked ON outbox "
            f"WHEN NEW.device_seq >= {refused_from} BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
        )

    with pytest.raises(DatabaseError, match=REFUSAL):  # as the write failed: the workspace's own error
        sync(lead)
    with lead.session() as session:
        stopped_at = cursor(session, PUSH_CURSOR)
    assert 0 < stopped_at < refused_from  # the first answer is kept; the refused one and later are not
    with hq.hub.store.session() as session:
        received = int(session.scalar(select(func.sum(Receipt.count)).where(Receipt.kind == "push")) or 0)
    assert received > refused_from  # HQ had the refused batch, and the one sent while it was recorded

    with lead.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER full_disk")
    again = sync(lead)
    assert again.pushed > 0 and again.conflicts == 0 and again.rejected == []
    assert unacknowledged(lead) == 0
    assert sync(lead).pushed == 0  # nothing left to send

    with lead.session() as session:
        mine = {t: set(session.scalars(select(m.id))) for t, m in (("cases", Case), ("persons", Person))}
        last = int(session.scalar(select(func.max(OutboxEntry.device_seq))) or 0)
    with hq.hub.store.session() as session:
        for table, ids in mine.items():
            held = list(session.scalars(select(Row.row_id).where(Row.table_name == table)))
            assert len(held) == len(set(held)) and set(held) == ids, f"HQ's {table} differ from the laptop's"
        conflicts = session.scalar(select(func.count()).select_from(Row).where(Row.table_name == p.CONFLICTS_TABLE))
        assert conflicts == 0  # a change sent twice is recognised, not a conflict with itself
    with lead.session() as session:
        assert cursor(session, PUSH_CURSOR) == last
