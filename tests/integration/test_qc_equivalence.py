"""The faster quality rules find exactly what the rules found before (tests/integration/qc_reference.py,
the earlier code kept as it was): on a generated demo workspace (households, duplicates across
scripts, photos, submitted interviews) with one problem of every other kind added, the same findings
with the same ids, rules, cases, persons, severity, scores and wording. Then a first run records
them once: running again changes nothing, and a finding that no longer holds is closed."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import func, select, text

from app.models import Case, Person, QcFinding
from app.services import qc
from app.services.cases import create_case, mark_verified
from app.services.demo_load import load_demo
from app.services.uow import reading, unit_of_work
from app.store import audit
from app.store.workspace import Workspace
from tests.integration import qc_reference as reference

TODAY = dt.date(2026, 12, 10)


def _key(f: qc.Found) -> tuple[Any, ...]:
    return (f.id, f.rule, qc.SEVERITY[f.rule], f.case_id, f.person_id, f.other, f.other_case_id,
            f.other_person_id, f.score, str(f.detail))  # fmt: skip


def _both(ws: Workspace, idle_days: int = qc.EXPEDITED_IDLE_DAYS) -> tuple[list[qc.Found], list[qc.Found]]:
    with reading(ws) as session:
        old_summary, new_summary = qc.QcSummary(), qc.QcSummary()
        old = reference._check(ws, session, TODAY, idle_days, old_summary)
        new = qc._check(ws, session, TODAY, idle_days, new_summary)
    assert new_summary.forms_skipped == old_summary.forms_skipped
    return old, new


def _same(old: list[qc.Found], new: list[qc.Found]) -> None:
    assert Counter(map(_key, new)) == Counter(map(_key, old))
    # run_qc keeps the first finding of an id: the same one either way
    first_old: dict[str, qc.Found] = {}
    first_new: dict[str, qc.Found] = {}
    for f in old:
        first_old.setdefault(f.id, f)
    for f in new:
        first_new.setdefault(f.id, f)
    assert {k: _key(f) for k, f in first_new.items()} == {k: _key(f) for k, f in first_old.items()}


def _poke(ws: Workspace, model: Any, row_id: str, changes: dict[str, Any]) -> None:
    with unit_of_work(ws) as uow:
        row = uow.session.get(model, row_id)
        uow.update(row, changes, case_id=getattr(row, "case_id", row_id))


def _add_problems(ws: Workspace) -> None:
    """One of each kind the demo may not hold, and their near misses."""
    from app.services.interpreters import add_interpreter
    from app.services.schedule import book

    def pa(given: str, family: str, dob: str, **more: Any) -> dict[str, Any]:
        return {"role": "principal_applicant", "given_names": given, "family_name": family, "dob": dob} | more

    add_interpreter(ws, "Interp Synthetic", "ti:native", sites="Shire")
    speaks = create_case(ws, {"case_number": "SHI-900001", "site": "Shire"}, [pa("Abeba", "Synthfam", "1980-01-01", languages=["ti"])])  # fmt: skip
    silent = create_case(ws, {"case_number": "SHI-900002", "site": "Shire"}, [pa("Omar", "Synthfam", "1981-01-01", languages=["ar"])])  # fmt: skip
    for number, start in (("SHI-900001", "2026-12-15T09:00"), ("SHI-900002", "2026-12-15T11:00")):
        book(ws, number, type="interview", start=start, interpreter="Interp Synthetic", force_reason="test")
    idle = create_case(ws, {"case_number": "SHI-900003", "site": "Shire", "expedited": True}, [pa("Ali", "Synthfam", "1982-01-01")])  # fmt: skip
    _poke(ws, Case, idle, {"stage_since": dt.datetime(2026, 11, 1, tzinfo=dt.UTC)})
    _poke(ws, Case, speaks, {"file_holder": "Officer A", "file_due": "2026-12-01"})
    _poke(ws, Case, silent, {"file_holder": "Officer B", "file_due": "2026-12-10"})
    create_case(ws, {"case_number": "LIM-900004", "site": "Lima", "stage": "interviewed"},
                [pa("Bea", "Synthfam", "1980-02-01"),
                 {"role": "child", "given_names": "Cy", "family_name": "Synthfam", "dob": "1975-05-05"},
                 {"role": "other_dependent", "relationship_to_pa": "mother", "given_names": "Di", "family_name": "Synthfam",
                  "dob": "1975-05-05"}])  # fmt: skip
    create_case(ws, {"case_number": "LIM-900005", "site": "Lima"},
                [pa("Hal", "Synthfam", "1970-01-01"), pa("Ida", "Synthfam", "1971-01-01")])  # fmt: skip
    # the same person in two cases, in Latin and Arabic script
    create_case(ws, {"case_number": "LIM-900006", "site": "Lima"}, [pa("Mohammad", "Rahimi", "1979-03-04")])
    create_case(ws, {"case_number": "LIM-900007", "site": "Lima"},
                [pa("Mohammed", "Raheemi", "1979-03-04", native_given_names="محمد", native_family_name="رحیمی")])  # fmt: skip


def test_the_faster_rules_find_what_the_rules_found_and_a_first_run_records_it_once(ws: Workspace) -> None:
    load_demo(ws, cases=240, seed=5, photos=True)
    _add_problems(ws)
    old, new = _both(ws)
    rules = {f.rule for f in old}
    # every rule finds something, so each is compared; the demo's submitted interviews are all
    # valid (they are checked all the same: a form that breaks its rules is test_qc.py's own case)
    assert rules == set(qc.RULES) - {"form_constraints"}, rules
    _same(old, new)
    _same(*_both(ws, idle_days=3))

    first = qc.run_qc(ws, TODAY)
    assert first.new == first.found == len({f.id for f in new})
    with reading(ws) as s:
        stored = {(r.id, r.rule, r.severity, r.case_id, r.person_id, r.other_case_id, r.other_person_id, r.score,
                   r.detail) for r in s.scalars(select(QcFinding))}  # fmt: skip
        assert len(stored) == first.new
        assert audit.verify_chain(s).problems == []
        audited = s.execute(
            text("SELECT count(*) FROM audit_events WHERE entity = 'qc_findings' AND action = 'create'")
        ).scalar()
        queued = s.execute(text("SELECT count(*) FROM outbox WHERE table_name = 'qc_findings'")).scalar()
        assert audited == queued == first.new
    firsts: dict[str, qc.Found] = {}
    for f in new:
        firsts.setdefault(f.id, f)
    assert stored == {(f.id, f.rule, qc.SEVERITY[f.rule], f.case_id, f.person_id, f.other_case_id,
                       f.other_person_id, f.score, str(f.detail)) for f in firsts.values()}  # fmt: skip

    again = qc.run_qc(ws, TODAY)
    assert (again.found, again.new, again.closed, again.reopened) == (first.found, 0, 0, 0)
    with reading(ws) as s:
        assert s.scalar(select(func.count()).select_from(QcFinding)) == first.new

    # verify every date of birth of one case with an unverified-dates finding: that finding closes
    target = next(f for f in firsts.values() if f.rule == "dob_unverified")
    with reading(ws) as s:
        number = s.get(Case, target.case_id).case_number  # type: ignore[union-attr]
        people = [p.id for p in s.scalars(select(Person).where(Person.case_id == target.case_id))]
    for pid in people:
        mark_verified(ws, number, pid, "dob", "passport P1")
    third = qc.run_qc(ws, TODAY)
    assert (third.new, third.closed) == (0, 1)
    with reading(ws) as s:
        closed = s.get(QcFinding, target.id)
        assert closed is not None and (closed.status, closed.note) == ("fixed", "no longer found")
        assert s.scalar(select(func.count()).select_from(QcFinding)) == first.new
    _same(*_both(ws))
