"""Notes and the physical file's chain of custody for a case."""

from __future__ import annotations

import datetime as dt

from app.errors import InvalidInput
from app.models import FileMovement, Note, vocab
from app.services.cases import find_case, find_person
from app.services.uow import unit_of_work
from app.store.workspace import Workspace

MAX_NOTE_CHARS = 20_000


def add_note(
    ws: Workspace,
    case_number: str,
    body: str,
    *,
    person_id: str | None = None,
    confidentiality: str = "normal",
) -> str:
    body = (body or "").strip()
    if not body:
        raise InvalidInput("A note cannot be empty.")
    if len(body) > MAX_NOTE_CHARS:
        raise InvalidInput(f"A note is limited to {MAX_NOTE_CHARS} characters.")
    if confidentiality not in vocab.CONFIDENTIALITY:
        raise InvalidInput(f"Confidentiality must be one of: {', '.join(vocab.CONFIDENTIALITY)}.")
    with unit_of_work(ws, "write_notes") as uow:
        case = find_case(uow.session, case_number)
        if person_id:
            find_person(uow.session, case, person_id)
        note = Note(case_id=case.id, person_id=person_id, author=uow.actor, text=body, confidentiality=confidentiality)
        uow.create(note, case_id=case.id)
        return note.id


def move_file(
    ws: Workspace,
    case_number: str,
    to_location: str,
    *,
    reason: str | None = None,
    at: dt.datetime | None = None,
) -> str:
    """Record that the physical case file moved; the case's file_location follows."""
    to_location = (to_location or "").strip()
    if not to_location:
        raise InvalidInput("Say where the file went (for example 'Lima office, cabinet 2').")
    with unit_of_work(ws, "move_files") as uow:
        case = find_case(uow.session, case_number)
        move = FileMovement(
            case_id=case.id,
            from_location=case.file_location,
            to_location=to_location,
            moved_by=uow.actor,
            moved_at=at or dt.datetime.now(dt.UTC),
            reason=reason,
        )
        uow.create(move, case_id=case.id)
        uow.update(case, {"file_location": to_location}, case_id=case.id)
        return move.id
