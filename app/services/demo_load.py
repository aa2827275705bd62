"""Fills a workspace with the synthetic demo data (app/services/demo): through the same manifest
import and attach services a user's data goes through, so the demo exercises the real paths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app.models import Case, StageChange
from app.services.attachments import attach
from app.services.demo.history import stage_moves
from app.services.demo_data import DEFAULT_TODAY, generate
from app.services.manifest import import_manifest
from app.services.uow import unit_of_work
from app.store.workspace import Workspace
from app.util.ids import uuid7


def _date_stages(ws: Workspace, cases: list[dict[str, Any]], *, today: dt.date, seed: int) -> None:
    """Each case's synthetic history of stage moves (app/services/demo/history.py), written as the
    dated records a real move leaves (StageChange, Case.stage_since), through a unit of work."""
    numbers = {c["case_number"]: c.get("stage") or "pre-screening" for c in cases}
    with unit_of_work(ws) as uow:
        rows = uow.session.execute(select(Case).where(Case.case_number.in_(list(numbers)))).scalars()
        for case in rows:
            moves = stage_moves(case.case_number, case.stage, today, seed)
            for old, new, when in moves:
                uow.create(
                    StageChange(case_id=case.id, from_stage=old, to_stage=new, changed_at=when, changed_by="demo"),
                    case_id=case.id,
                )
            uow.update(case, {"stage_since": moves[-1][2]}, case_id=case.id)


DEMO_INTERVIEWS = 6  # cases whose pre-screening form the demo submits
_PRE_SCREENING = (  # the answers of the bundled pre-screening form that the case does not prefill
    ("/data/interview/interview_start", "2026-10-20T09:30:00"),
    ("/data/interview/interpreter_used", "no"),
    ("/data/consent_section/consent", "yes"),
    ("/data/household_section/household_complete", "yes"),
    ("/data/protection/urgent_need", "no"),
    ("/data/interview_end", "11:00:00"),
)
_CHOICES = {"documents_seen": "passport", "matches_documents": "yes", "specific_needs": "none"}


def _submit_interviews(ws: Workspace, cases: list[dict[str, Any]]) -> int:
    """The bundled pre-screening form filled and submitted for the first few interviewed cases, in
    the language of the interview, through the forms service as an interviewer would: the
    interview record, its answers, the team lead's review and `report interview` have something
    to show. What the case does not prefill is answered as above, and each question still asking
    for an answer (a member's documents seen, a preferred language) with its usual or first choice."""
    from app.services.forms import new_form, start_interview, submit_form

    done = 0
    for case in cases:
        if done == DEMO_INTERVIEWS:
            break
        if case.get("stage") not in ("interviewed", "adjudicated"):
            continue
        language = "es" if done % 2 else "en"
        interview = start_interview(ws, case["case_number"], type="pre-screening", language=language)
        form = new_form(ws, case["case_number"], "cr_pre_screening", interview_id=interview)
        form.set_value("/data/interview/interview_language", language)
        for ref, value in _PRE_SCREENING:
            form.set_value(ref, value)
        for _ in range(100):  # each answer may make another question relevant
            unanswered = [n for n in form.violations() if form.choices(n, labels=False) and not n.value]
            if not unanswered:
                break
            node = unanswered[0]
            codes = [code for code, _label in form.choices(node, labels=False)]
            usual = _CHOICES.get(node.name)
            form.set_value(form.ref(node), usual if usual in codes else codes[0])
        if form.violations():
            continue  # a case the demo cannot answer for: left without a submitted form
        submit_form(ws, case["case_number"], form, interview_id=interview)
        done += 1
    return done


def load_demo(
    ws: Workspace, *, cases: int, seed: int, photos: bool = True, progress: Callable[[str], None] | None = None
) -> str:
    say = progress or (lambda _msg: None)
    # Dates are computed against a fixed day for reproducibility, but never one after the real
    # clock: imports refuse dates of birth in the future.
    say(f"generating {cases:,} synthetic cases")
    data = generate(cases, seed, photos=photos, today=min(dt.date.today(), DEFAULT_TODAY))
    person_ids: dict[tuple[str, int], str] = {}
    for case in data.manifest["cases"]:
        for index, person in enumerate(case["persons"]):
            person["id"] = person_ids[(case["case_number"], index)] = uuid7()
    total = len(data.manifest["cases"])
    say(f"importing {total:,} synthetic cases")
    shown = [0]

    def imported(done: int, _total: int) -> None:  # about every tenth of the way (a large demo takes minutes)
        if done and done - shown[0] >= max(1, total // 10) and done < total:
            shown[0] = done
            say(f"imported {done:,} of {total:,} cases")

    report = import_manifest(ws, data.manifest, progress=imported)
    say("dating the cases' stages")
    _date_stages(ws, data.manifest["cases"], today=min(dt.date.today(), DEFAULT_TODAY), seed=seed)
    for done, f in enumerate(data.files, 1):
        attach(
            ws,
            f.case_number,
            f.data,
            filename=f.filename,
            kind=f.kind,
            person_id=person_ids.get((f.case_number, f.person_index)) if f.person_index is not None else None,
            document_type=f.document_type,
            language=f.language,
            source="camera" if f.kind == "photo" else "scanner",
        )
        if done % 100 == 0:
            say(f"attached {done} of {len(data.files)} generated photos and scans")
    from app.services.forms import install_bundled_forms

    forms = install_bundled_forms(ws)
    submitted = _submit_interviews(ws, data.manifest["cases"])
    return (
        f"{report.cases_created} cases created, {report.cases_updated} updated, "
        f"{report.persons_created} persons, {len(data.files)} photos and scans, {len(forms)} forms, "
        f"{submitted} submitted interviews"
    )
