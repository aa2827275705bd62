"""Fills a workspace with the synthetic demo data (app/services/demo): through the same manifest
import and attach services a user's data goes through, so the demo exercises the real paths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.services.attachments import attach
from app.services.demo_data import DEFAULT_TODAY, generate
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.util.ids import uuid7


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
