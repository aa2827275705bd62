"""The bundled pre-screening form shows and takes a partial date of birth with its precision, and
its write-back never replaces a date with a less certain one nor invents precision (issue 19.3).

Real encrypted workspace, the bundled form as installed, answered and submitted through the forms
service as the app does; the case list's "open issues" count is read the way the list reads it.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.forms.engine import FormInstance
from app.models import FormSubmission, Person
from app.services.case_list import case_row
from app.services.cases import create_case
from app.services.forms import install_bundled_forms, new_form, submit_form
from app.store.workspace import Workspace

CASE = "LIM-000500"
HH = "/data/household_section/household"
PEOPLE = [
    {"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Ana", "dob": "1980-01-02", "sex": "F"},
    {"role": "spouse", "family_name": "Synthfam", "given_names": "Beto", "dob": "1984-02", "dob_precision": "month"},
    {"role": "child", "family_name": "Synthfam", "given_names": "Cata", "dob": "2015", "dob_precision": "year"},
    {
        "role": "child",
        "family_name": "Synthfam",
        "given_names": "Dani",
        "dob": "2017-06-15",
        "dob_precision": "estimated",
    },
]


@pytest.fixture
def family(ws: Workspace) -> Workspace:
    install_bundled_forms(ws)
    create_case(ws, {"case_number": CASE, "site": "Lima"}, [dict(p) for p in PEOPLE])
    return ws


def member(given: str) -> int:
    # the household repeat lists the principal applicant, then the spouse, then children by birth
    return 1 + [p["given_names"] for p in PEOPLE].index(given)


def answer_the_rest(inst: FormInstance) -> None:
    """Answer what the test does not care about, as an interviewer would, until nothing is missing."""
    inst.set_value("/data/consent_section/consent", "yes")
    inst.set_value("/data/interview/interview_start", "2026-12-06T09:00:00")
    inst.set_value("/data/interview/interview_language", "es")
    inst.set_value("/data/interview/interpreter_used", "no")
    inst.set_value("/data/interview_end", "10:00:00")
    for _ in range(5):
        inst.finish()
        missing = [n for n in inst.violations() if not n.value]
        if not missing:
            return
        for node in missing:
            ref = inst.ref(node)
            options = [v for v, _ in inst.choices(node)]
            if ref.endswith(MULTIPLE):  # "none" is the last choice of these lists
                inst.select_values(ref, [options[-1] if not ref.endswith("languages") else options[0]])
            elif options:
                inst.set_value(ref, options[0])
            else:
                inst.set_value(ref, "synthetic")


MULTIPLE = ("languages", "documents_seen", "specific_needs")


def people(ws: Workspace) -> dict[str, tuple[str | None, str]]:
    with ws.session() as s:
        return {p.given_names: (p.dob, p.dob_precision) for p in s.scalars(select(Person))}


def open_issues(ws: Workspace) -> int:
    row = case_row(ws, CASE)
    assert row is not None
    return row.open_issues


def test_partial_dates_are_shown_with_their_precision_and_kept_on_submit(family: Workspace) -> None:
    issues = open_issues(family)
    assert issues >= 3  # month, year and estimated dates not verified against a document
    inst = new_form(family, CASE, "cr_pre_screening")
    answer_the_rest(inst)
    spouse, child, young = member("Beto"), member("Cata"), member("Dani")
    assert inst.node_at(f"{HH}[{spouse}]/dob_precision").value == "month"
    assert inst.node_at(f"{HH}[{spouse}]/dob_month").value == "1984-02"
    assert inst.node_at(f"{HH}[{spouse}]/dob_month").relevant
    assert not inst.node_at(f"{HH}[{spouse}]/dob").relevant  # no full date asked for
    assert inst.node_at(f"{HH}[{child}]/dob_year").value == "2015"
    assert inst.node_at(f"{HH}[{young}]/dob").value == "2017-06-15"
    assert inst.node_at(f"{HH}[{child}]/age").value not in ("", None)
    assert not inst.violations(), [inst.ref(n) for n in inst.violations()]
    submit_form(family, CASE, inst)
    assert people(family) == {p["given_names"]: (p["dob"], p.get("dob_precision", "exact")) for p in PEOPLE}
    assert open_issues(family) == issues  # a submitted form resolves no issue by itself


def test_write_back_takes_a_more_certain_date_and_keeps_a_less_certain_one_out(family: Workspace) -> None:
    inst = new_form(family, CASE, "cr_pre_screening")
    answer_the_rest(inst)
    pa, spouse, child = member("Ana"), member("Beto"), member("Cata")
    # the spouse's passport gives the full date: more certain, written with its precision
    inst.set_value(f"{HH}[{spouse}]/dob_precision", "exact")
    inst.set_value(f"{HH}[{spouse}]/dob", "1984-02-17")
    # the child's year was wrong on the registration: a correction at the same precision
    inst.set_value(f"{HH}[{child}]/dob_year", "2014")
    # the principal applicant's date marked "estimated" by mistake: less certain than the record's
    inst.set_value(f"{HH}[{pa}]/dob_precision", "estimated")
    inst.finish()
    assert not inst.violations(), [inst.ref(n) for n in inst.violations()]
    sub_id = submit_form(family, CASE, inst)
    now = people(family)
    assert now["Beto"] == ("1984-02-17", "exact")
    assert now["Cata"] == ("2014", "year")
    assert now["Ana"] == ("1980-01-02", "exact")  # kept
    with family.session() as s:
        row = s.get(FormSubmission, sub_id)
        assert row is not None
        kept: Any = row.answers.get("writeback_kept")
        assert kept and "less certain" in kept[0]
