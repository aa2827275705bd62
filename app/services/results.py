"""Results of a visiting officer's work on a case: the interview's recommendation, the fingerprint
check, the medical clearance. Each is a record (kind, outcome, date, officer, reason) that syncs
with its case, and each moves the case as the rules say:

- interview: approve -> stage approved; deny -> denied; hold or request_for_evidence -> on-hold;
- fingerprints: the case's security check status (cleared, hit; pending or retake: pending);
- medical: the case's medical status (cleared, deferred).

Only adjudication support and team leads record results (`record_adjudication`); a stage moved
backwards needs a team lead and a reason, and a denied case is taken further only by a team lead
(an appeal, `appeal_denial`), with a reason. The unit of work applies those rules
(app/models/roles.py), the same that HQ applies to what a laptop sends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import AdjudicationResult, Case, vocab
from app.models import fields as F
from app.services.cases import find_case
from app.services.uow import reading, unit_of_work
from app.store.workspace import Workspace

STAGE_AFTER_INTERVIEW = {"approve": "approved", "deny": "denied", "hold": "on-hold", "request_for_evidence": "on-hold"}
SECURITY_AFTER_FINGERPRINTS = {"cleared": "cleared", "hit": "hit", "pending": "pending", "retake": "pending"}
FOLLOW_UP = frozenset({"hold", "request_for_evidence", "hit", "retake", "deferred"})


@dataclass(frozen=True)
class ResultInfo:
    id: str
    case_number: str
    kind: str
    outcome: str
    date: str
    officer: str
    reason: str
    follow_up_needed: bool
    recorded_by: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_number": self.case_number,
            "kind": self.kind,
            "outcome": self.outcome,
            "date": self.date,
            "officer": self.officer,
            "reason": self.reason,
            "follow_up_needed": self.follow_up_needed,
            "recorded_by": self.recorded_by,
        }


def record_result(
    ws: Workspace,
    case_number: str,
    *,
    kind: str,
    outcome: str,
    reason: str | None = None,
    date: str | None = None,
    officer: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Record a result and move the case as it says; returns the result's id. `date` defaults to
    today and may not be in the future; `officer` to the user recording it."""
    kind = F.checked(F.choice(tuple(vocab.RESULT_OUTCOMES)), (kind or "").strip().lower(), "kind")
    outcome = F.checked(
        F.choice(vocab.RESULT_OUTCOMES[kind]), (outcome or "").strip().lower().replace("-", "_"), "outcome"
    )
    reason_text = F.checked(F.REASON_TEXT, reason, "reason")
    day = F.checked(F.iso_date, date, "date") if date else (today or dt.date.today()).isoformat()
    if day > (today or dt.date.today()).isoformat():
        raise InvalidInput("date: {day} is in the future; record a result on or after the day it was given.", day=day)
    officer_name = F.checked(F.USER_NAME, officer, "officer")
    if outcome == "deny" and not reason_text:
        raise InvalidInput("A denial needs its reason (--reason): the officer's grounds are kept with the result.")
    with unit_of_work(ws, "record_adjudication", reason=reason_text) as uow:
        case = find_case(uow.session, case_number)
        changes: dict[str, Any] = {}
        if kind == "interview":
            stage = STAGE_AFTER_INTERVIEW[outcome]
            if stage != case.stage:
                changes["stage"] = stage
            if case.stage == "denied" and stage != "denied" and not reason_text:
                raise InvalidInput("Taking a denied case further is an appeal: give its reason (--reason).")
        elif kind == "fingerprints":
            changes["security_check_status"] = SECURITY_AFTER_FINGERPRINTS[outcome]
        else:
            changes["medical_status"] = outcome
        row = AdjudicationResult(
            case_id=case.id,
            kind=kind,
            decision=outcome,
            reason=reason_text,
            date=day,
            officer=officer_name or uow.actor,
            fingerprint_result=outcome if kind == "fingerprints" else None,
            follow_up_needed=outcome in FOLLOW_UP,
        )
        uow.create(row, case_id=case.id)
        if changes:
            uow.update(case, changes, case_id=case.id)  # the roles' rules: decisions, moves back, appeals
        return row.id


def list_results(ws: Workspace, case_number: str) -> list[ResultInfo]:
    """A case's results, newest first."""
    with reading(ws) as session:
        return case_results(session, find_case(session, case_number))


def case_results(session: Session, case: Case) -> list[ResultInfo]:
    """The results of `case`, newest first (the case page reads them in its own session)."""
    rows = session.scalars(
        select(AdjudicationResult)
        .where(AdjudicationResult.case_id == case.id, AdjudicationResult.deleted.is_(False))
        .order_by(AdjudicationResult.date.desc(), AdjudicationResult.id.desc())
    )
    return [
        ResultInfo(
            id=r.id,
            case_number=case.case_number,
            kind=r.kind or "interview",
            outcome=r.decision,
            date=r.date,
            officer=r.officer,
            reason=r.reason or "",
            follow_up_needed=r.follow_up_needed,
            recorded_by=r.updated_by,
        )
        for r in rows
    ]
