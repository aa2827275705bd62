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
    return (
        f"{report.cases_created} cases created, {report.cases_updated} updated, "
        f"{report.persons_created} persons, {len(data.files)} photos and scans, {len(forms)} forms"
    )
