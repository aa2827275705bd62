"""A team lead's review of a submitted form, as ODK Central has it (issue 22): approved, has
issues or rejected; the last two say why in a note. Kept on the submission (review_status,
review_note, reviewed_by, reviewed_at) and synced with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import InvalidInput, NotFound
from app.models import FormSubmission, vocab
from app.services.uow import unit_of_work
from app.store.workspace import Workspace

NEEDS_NOTE = frozenset({"has_issues", "rejected"})


@dataclass(frozen=True, slots=True)
class Review:
    submission_id: str
    status: str
    note: str | None
    by: str
    at: str


def review_submission(ws: Workspace, submission_id: str, status: str, *, note: str | None = None) -> Review:
    """Record a review of a submitted form (a team lead's act: quality control)."""
    if status not in vocab.REVIEW_STATUSES:
        raise InvalidInput(
            "Review {status} is not one of: {known}.", status=status, known=", ".join(vocab.REVIEW_STATUSES)
        )
    note = (note or "").strip() or None
    if status in NEEDS_NOTE and note is None:
        raise InvalidInput("A review of {status} needs a note saying what is wrong.", status=status)
    with unit_of_work(ws, "quality_control") as uow:
        row = uow.session.get(FormSubmission, submission_id)
        if row is None or row.deleted:
            raise NotFound("That form submission is not on this laptop.")
        if row.status not in ("complete", "amended"):  # an amended form is still a submitted one
            raise InvalidInput("Only a submitted form is reviewed.")
        at = dt.datetime.now(dt.UTC)
        uow.update(
            row,
            {"review_status": status, "review_note": note, "reviewed_by": uow.actor, "reviewed_at": at},
            case_id=row.case_id,
        )
        return Review(row.id, status, note, uow.actor, at.isoformat(timespec="seconds"))
