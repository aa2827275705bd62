"""Notes and the physical file's chain of custody for a case.

Texts are checked by the same rules as an imported manifest's (app/models/fields.py), so a note
the app or the command line refuses is refused by import too, and the other way round.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import InvalidInput
from app.models import FileMovement, Note, limits, vocab
from app.models import fields as F
from app.services.cases import find_case, find_person
from app.services.uow import unit_of_work
from app.store.workspace import Workspace

MAX_NOTE_CHARS = limits.MAX_NOTE_CHARS


def add_note(
    ws: Workspace,
    case_number: str,
    body: str,
    *,
    person_id: str | None = None,
    confidentiality: str = "normal",
) -> str:
    if not (body or "").strip():
        raise InvalidInput("A note cannot be empty.")
    body = _check(F.NOTE_TEXT, body, "note text", "shorten it, or split it into two notes")
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
    if not (to_location or "").strip():
        raise InvalidInput("Say where the file went (for example 'Lima office, cabinet 2').")
    to_location = _check(F.FILE_LOCATION, to_location, "file location", "shorten it")
    reason = _check(F.REASON_TEXT, reason, "reason", "shorten it")
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


def _check(parse: F.Parser, value: Any, label: str, advice: str) -> Any:
    try:
        return parse(value)
    except ValueError as exc:
        raise InvalidInput(f"{label}: {exc} ({advice}). Nothing was saved.") from None
