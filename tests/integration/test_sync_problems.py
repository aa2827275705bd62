"""One record that cannot travel never blocks a laptop's sync, and the user is told which and why.

Records like these could be stored by earlier versions, which did not check values where they
entered (an import took any id and any length): the workspace here is given them directly in its
database, as such a version left them, with their outbox entries.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from app.hq.models import Row
from app.models import Case, Note, OutboxEntry, Person
from app.services.manifest import import_manifest
from app.services.records import add_note
from app.services.uow import unit_of_work
from app.store.workspace import Workspace
from app.sync.engine import sync, sync_state
from tests.integration.conftest import unlocked
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, enrolled, running_hq

BAD_ID = "../../etc/passwd"


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def plant_old_records(ws: Workspace) -> tuple[str, str]:
    """A 150,000-character note and a person whose id is a path, each with its outbox entry, as an
    older version stored them. Returns (note id, case number)."""
    with unit_of_work(ws) as uow:
        case = uow.session.scalar(select(Case).where(Case.case_number == "LIM-000100"))
        assert case is not None
        note = Note(case_id=case.id, author="lead", text="short", confidentiality="normal")
        uow.create(note, case_id=case.id)
        note_id, case_id = note.id, case.id
    huge = "x" * 150_000
    with ws.session() as s:
        s.execute(text("UPDATE notes SET text = :t WHERE id = :i"), {"t": huge, "i": note_id})
        seq = int(s.scalar(select(func.max(OutboxEntry.device_seq))) or 0)
        s.execute(
            insert(OutboxEntry),
            [
                {
                    "device_seq": seq + 1,
                    "table_name": "notes",
                    "row_id": note_id,
                    "rev": 2,
                    "hlc": _hlc(ws),
                    "fields": {"text": huge},
                },
                {
                    "device_seq": seq + 2,
                    "table_name": "persons",
                    "row_id": BAD_ID,
                    "rev": 1,
                    "hlc": _hlc(ws),
                    "fields": {"case_id": case_id, "role": "other", "family_name": "Planted", "given_names": "Old"},
                },
            ],
        )
        s.execute(
            text(
                "INSERT INTO persons (id, case_id, role, family_name, given_names, aliases, dob_precision, languages, "
                "documents, verified, search_latin, search_native, rev, hlc, origin_device, updated_by, deleted, "
                "updated_at) VALUES (:id, :c, 'other', 'Planted', 'Old', '[]', 'exact', '[]', '[]', '{}', '', '', 1, "
                ":h, '', 'lead', 0, '2026-01-01T00:00:00+00:00')"
            ),
            {"id": BAD_ID, "c": case_id, "h": _hlc(ws)},
        )
        s.execute(text("UPDATE settings SET value = :v WHERE key = 'device_seq'"), {"v": str(seq + 2)})
    return note_id, "LIM-000100"


def _hlc(ws: Workspace) -> str:
    import time

    return f"{int(time.time() * 1000):016d}-0000-{ws.meta.device_id}"


def hq_value(hq: HQServer, table: str, row_id: str, field: str) -> Any:
    with hq.hub.store.session() as s:
        row = s.get(Row, (table, row_id))
        return None if row is None else row.values.get(field)


def test_records_that_cannot_travel_are_set_aside_named_and_the_rest_is_sent(
    hq: HQServer, tmp_path: Path, cli: Any
) -> None:
    ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(ws, manifest())
    note_id, number = plant_old_records(ws)
    later = add_note(ws, "LIM-000101", "written after the bad records")  # must not be blocked by them
    ws.lock()

    result = cli("--user", "lead", "sync", data_dir=tmp_path / "lead", timeout=300)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    assert "could not be sent" in result.stderr
    assert f"note (case {number})" in result.stderr and "longer than 20,000 characters" in result.stderr
    assert f"person (case {number})" in result.stderr and "not a valid identifier" in result.stderr
    assert "Planted" not in result.stderr  # a name never appears in a message
    assert hq_value(hq, "notes", later, "text") == "written after the bad records"
    assert hq_value(hq, "notes", note_id, "text") == "short"  # the planted length never reached HQ
    with hq.hub.store.session() as s:
        assert s.get(Row, ("persons", BAD_ID)) is None

    status = cli("--user", "lead", "sync", "status", "--json", data_dir=tmp_path / "lead")
    state = json.loads(status.stdout)
    assert state["unsent"] == 2 and any("not a valid identifier" in line for line in state["problems"])
    assert {d["kind"] for d in state["details"]} == {"unsent"} and all(d["text"] for d in state["details"])

    # a team member shortens the note: the next sync sends it and the note leaves the list
    with unlocked(tmp_path / "lead", user="lead") as again:
        with unit_of_work(again) as uow:
            note = uow.session.get(Note, note_id)
            assert note is not None
            uow.update(note, {"text": "corrected"}, case_id=note.case_id)
        report = sync(again)
        assert report.unsent == [] and report.requeued == 1
        state2 = sync_state(again)
        assert state2.unsent == 1  # the person with the bad id stays listed: it can never be sent
        with again.session() as s:
            assert s.get(Person, BAD_ID) is not None  # nothing was lost on the laptop
    assert hq_value(hq, "notes", note_id, "text") == "corrected"


def test_a_push_of_many_large_records_is_cut_into_batches_hq_reads(hq: HQServer, tmp_path: Path) -> None:
    """A thousand notes of 20,000 characters would make a 40 MB push, which HQ refuses unread
    (413): the laptop ends a batch before it passes the body size HQ reads."""
    from app.sync.engine import build_push
    from app.wire import protocol as p

    ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(ws, manifest())
    for i in range(220):  # 4-byte characters: 80 KB a note, 17.6 MB in all
        add_note(ws, "LIM-000100", f"{i:03d} " + "𝔸" * 19_990)
    request, _last, _head = build_push(ws)
    assert request is not None
    assert len(request.model_dump_json().encode()) <= p.MAX_PUSH_BYTES
    report = sync(ws)
    assert report.rejected == [] and report.pushed >= 220
    with hq.hub.store.session() as s:
        texts = [r.values["text"] for r in s.scalars(select(Row).where(Row.table_name == "notes"))]
    assert sorted(t[:3] for t in texts) == [f"{i:03d}" for i in range(220)]


def test_a_file_hq_has_no_room_for_waits_and_the_rest_of_the_sync_goes_on(hq: HQServer, tmp_path: Path) -> None:
    from app.hq.blobs import PartialLimits
    from app.services.attachments import attach
    from tests.integration.conftest import jpeg_bytes

    ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(ws, manifest())
    photo = attach(ws, "LIM-000100", jpeg_bytes(2400, 1800, noise=True, quality=95), filename="a.jpg", kind="photo")
    hq.hub.blobs.limits = PartialLimits(total_bytes=1024)  # HQ's disk for unfinished uploads is full
    report = sync(ws)
    assert report.files_waiting >= 1 and report.rejected == [] and report.pushed > 0
    with hq.hub.store.session() as s:
        assert s.get(Row, ("attachments", photo.attachment_id)) is not None  # the records went
    hq.hub.blobs.limits = PartialLimits()  # room again: the next sync sends the file
    again = sync(ws)
    assert again.files_waiting == 0 and again.uploaded_files >= 1
