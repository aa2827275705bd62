"""Forms in a real encrypted workspace: install, prefill from the case, drafts, submit with
write-back (audited), amendments, old versions, exports, and the CLI verbs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.forms.engine import AnswerError
from app.models import AuditEvent, FormSubmission, Person
from app.services.cases import create_case
from app.services.forms import (
    FormIncomplete,
    amend_submission,
    draft_key,
    export_submissions,
    form_drafts,
    install_form,
    list_forms,
    new_form,
    open_draft,
    open_submission,
    save_form_draft,
    start_interview,
    submissions,
    submit_form,
)
from app.store.workspace import Workspace
from tests.forms.builders import write_xlsform

SURVEY = [
    ["type", "name", "label", "bind::cr:prefill", "bind::cr:writeback", "required", "constraint", "calculation"],
    ["text", "case_no", "Case", "case.case_number", "", "", "", ""],
    ["begin_repeat", "member", "Member", "household", "", "", "", ""],
    ["text", "family", "Family name", "person.family_name", "yes", "yes", "", ""],
    ["date", "dob", "Date of birth", "person.dob", "yes", "", ". <= today()", ""],
    ["integer", "weight", "Weight (kg)", "", "", "", ". > 0 and . < 300", ""],
    ["end_repeat", "", "", "", "", "", "", ""],
    ["calculate", "size", "", "", "", "", "", "count(${member})"],
]
NS = {"namespaces": 'cr="https://circuitride.org/xforms"'}


def _form(tmp_path: Path, version: str = "1", extra: list[list[str]] | None = None) -> Path:
    survey = [r[:] for r in SURVEY] + (extra or [])
    return write_xlsform(
        tmp_path / f"household_v{version}.xlsx", survey, settings={"form_id": "hh", "version": version, **NS}
    )


@pytest.fixture
def case(ws: Workspace) -> str:
    create_case(
        ws,
        {"case_number": "LIM-000101", "site": "Lima"},
        [
            {"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Ana", "dob": "1980-01-02"},
            {"role": "child", "family_name": "Synthfam", "given_names": "Beto", "dob": "2015-06-07"},
        ],
    )
    return "LIM-000101"


def test_install_is_idempotent_per_version_and_lists_the_newest(ws: Workspace, tmp_path: Path) -> None:
    info, new = install_form(ws, _form(tmp_path, "1"))
    assert new and info.form_id == "hh"
    again, new_again = install_form(ws, _form(tmp_path, "1"))
    assert not new_again and again.id == info.id
    install_form(ws, _form(tmp_path, "2", [["note", "extra", "New in v2", "", "", "", "", ""]]))
    assert [(f.form_id, f.version) for f in list_forms(ws)] == [("hh", "2")]
    assert {f.version for f in list_forms(ws, all_versions=True)} == {"1", "2"}


def test_a_bad_form_is_refused_with_its_row_and_nothing_installed(ws: Workspace, tmp_path: Path) -> None:
    bad = write_xlsform(
        tmp_path / "bad.xlsx",
        [["type", "name", "label", "calculation"], ["calculate", "gps", "", "no_such_function(1)"]],
    )
    with pytest.raises(InvalidInput) as err:
        install_form(ws, bad)
    assert "row 2" in str(err.value)
    assert list_forms(ws) == []


def test_fill_with_prefill_draft_submit_writeback_and_amend(ws: Workspace, case: str, tmp_path: Path) -> None:
    install_form(ws, _form(tmp_path))
    interview = start_interview(ws, case, type="pre-screening", language="es", location="Lima office")
    inst = new_form(ws, case, "hh")
    assert inst.node_at("/data/case_no").value == case
    assert [inst.node_at(f"/data/member[{i}]/family").value for i in (1, 2)] == ["Synthfam", "Synthfam"]
    inst.set_value("/data/member[2]/dob", "2015-07-06")  # corrected against the birth certificate
    inst.set_value("/data/member[1]/weight", "0")  # a mistake the constraint catches

    # Draft: autosaved, listed for the case, reopened with the same answers.
    with ws.session() as s:
        case_id = s.scalar(select(Person.case_id).where(Person.given_names == "Ana"))
    key = draft_key(case_id, "d1")
    save_form_draft(ws, key, inst.snapshot(), title=inst.form.title, interview_id=interview)
    [draft] = form_drafts(ws, case_id)
    again = open_draft(ws, case, draft)
    assert again.node_at("/data/member[2]/dob").value == "2015-07-06"

    with pytest.raises(FormIncomplete):
        submit_form(ws, case, again, interview_id=interview, draft=key)
    again.set_value("/data/member[1]/weight", "61")
    sub_id = submit_form(ws, case, again, interview_id=interview, draft=key)
    assert form_drafts(ws, case_id) == []

    with ws.session() as s:
        child = s.scalar(select(Person).where(Person.given_names == "Beto"))
        assert child.dob == "2015-07-06"
        row = s.get(FormSubmission, sub_id)
        assert row.status == "complete" and row.form_version == "1" and row.interview_id == interview
        assert "<weight>61</weight>" in row.answers["xml"]
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.case_id == case_id)).all()
    assert actions.count("update") >= 1 and "create" in actions

    # An amendment needs a reason, and keeps who/when/why.
    opened = open_submission(ws, sub_id)
    opened.set_value("/data/member[1]/weight", "62")
    with pytest.raises(InvalidInput):
        amend_submission(ws, sub_id, opened, "  ")
    amend_submission(ws, sub_id, opened, "scale was miscalibrated")
    [info] = submissions(ws, case)
    assert info.status == "amended" and info.amendments[0]["reason"] == "scale was miscalibrated"


def test_old_submissions_open_with_their_own_version(ws: Workspace, case: str, tmp_path: Path) -> None:
    install_form(ws, _form(tmp_path, "1"))
    inst = new_form(ws, case, "hh")
    sub_v1 = submit_form(ws, case, inst)
    install_form(ws, _form(tmp_path, "2", [["text", "new_q", "New question", "", "", "yes", "", ""]]))
    assert new_form(ws, case, "hh").form.version == "2"
    old = open_submission(ws, sub_v1)
    assert old.form.version == "1"
    with pytest.raises(AnswerError):
        old.node_at("/data/new_q")


def test_export_csv_one_file_per_repeat_level_and_json(ws: Workspace, case: str, tmp_path: Path) -> None:
    install_form(ws, _form(tmp_path))
    for weight in ("50", "70"):
        inst = new_form(ws, case, "hh")
        inst.set_value("/data/member[1]/weight", weight)
        submit_form(ws, case, inst)
    paths = export_submissions(ws, "hh", tmp_path / "out")
    names = sorted(p.name for p in paths)
    assert names == ["hh-member.csv", "hh.csv"]
    with (tmp_path / "out" / "hh.csv").open(encoding="utf-8-sig") as fh:
        top = list(csv.DictReader(fh))
    with (tmp_path / "out" / "hh-member.csv").open(encoding="utf-8-sig") as fh:
        members = list(csv.DictReader(fh))
    assert len(top) == 2 and {r["_case_number"] for r in top} == {case}
    assert len(members) == 4 and {r["_parent_index"] for r in members} == {"1", "2"}
    assert sorted(r["weight"] for r in members if r["weight"]) == ["50", "70"]
    [jpath] = export_submissions(ws, "hh", tmp_path / "out", fmt="json")
    doc = json.loads(jpath.read_text("utf-8"))
    assert len(doc) == 2 and isinstance(doc[0]["data"]["member"], list)


def test_cli_check_fill_install_submit(cli, ws: Workspace, case: str, tmp_path: Path) -> None:  # noqa: ANN001
    path = _form(tmp_path)
    ws.lock()
    r = cli("forms", "check", str(path), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["form_id"] == "hh"
    steps = tmp_path / "steps.json"
    # Without a case, the household repeat starts with the form's one entry; add a second.
    steps.write_text(json.dumps([{"ref": "/data/member", "add": 1}, {"ref": "/data/member[2]/weight", "value": "7"}]))
    r = cli("forms", "fill", str(path), "--steps", str(steps), "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    nodes = {n["ref"]: n for n in doc["nodes"]}
    assert nodes["/data/member[2]/weight"]["value"] == "7"
    assert nodes["/data/member[1]/family"]["violation"] == "required"
    assert nodes["/data/size"]["value"] == "2"
    steps.write_text(json.dumps([{"ref": "/data/nothing", "value": "1"}]))
    r = cli("forms", "fill", str(path), "--steps", str(steps), "--json")
    assert r.returncode == 1 and "step 0" in r.stderr and "Traceback" not in r.stderr
    (tmp_path / "junk.xlsx").write_bytes(b"junk")
    r = cli("forms", "check", str(tmp_path / "junk.xlsx"))
    assert r.returncode == 2 and "Traceback" not in r.stderr

    r = cli("forms", "install", str(path))
    assert r.returncode == 0, r.stderr
    steps.write_text(json.dumps([{"ref": "/data/member[1]/weight", "value": "60"}]))
    r = cli("forms", "submit", case, "hh", "--steps", str(steps), "--json")
    assert r.returncode == 0, r.stderr
    r = cli("forms", "list", "--json")
    assert [f["form_id"] for f in json.loads(r.stdout)] == ["hh"]


def test_interview_prefill_names_exactly_what_the_form_builder_checks_against(ws: Workspace, case: str) -> None:
    from app.services.forms import INTERVIEW_PREFILL, interview_prefill

    interview = start_interview(ws, case, type="pre-screening", language="es", location="Lima office")
    values = interview_prefill(ws, interview)
    assert set(values) == set(INTERVIEW_PREFILL)
    assert values["location"] == "Lima office" and values["interpreter_used"] == "no"


def test_a_submission_reopens_in_its_own_language_and_an_amended_one_is_reviewed(
    ws: Workspace, case: str, tmp_path: Path
) -> None:
    """Amending from the desktop opens the submission without naming a language: it must come back
    in the language it was filled in (else saving the amendment switches it to the default one);
    and an amended submission is still a submitted form that a team lead reviews."""
    from app.services.reviews import review_submission

    survey = [
        ["type", "name", "label::English (en)", "label::Español (es)"],
        ["integer", "weight", "Weight (kg)", "Peso (kg)"],
    ]
    settings = {"form_id": "bi", "version": "1", "default_language": "English (en)"}
    install_form(ws, write_xlsform(tmp_path / "bilingual.xlsx", survey, settings=settings))
    filled = new_form(ws, case, "bi", lang="Español (es)")
    filled.set_value("/data/weight", "61")
    sub_id = submit_form(ws, case, filled)
    opened = open_submission(ws, sub_id)
    assert opened.lang == "Español (es)"
    assert open_submission(ws, sub_id, lang="English (en)").lang == "English (en)"  # asked for: given
    opened.set_value("/data/weight", "62")
    amend_submission(ws, sub_id, opened, "scale was miscalibrated")
    with ws.session() as s:
        row = s.get(FormSubmission, sub_id)
        assert row.status == "amended" and row.answers["lang"] == "Español (es)"
    review = review_submission(ws, sub_id, "approved")
    assert review.status == "approved"


def test_last_saved_defaults_come_from_the_previous_submission_on_this_laptop(
    ws: Workspace, case: str, tmp_path: Path
) -> None:
    """`${last-saved#q}` (jr://instance/last-saved): blank on the first fill, then the answer of the
    last form of the same id submitted here, as ODK Collect carries a site or an enumerator forward."""
    form = write_xlsform(
        tmp_path / "visit.xlsx",
        [
            ["type", "name", "label", "default"],
            ["text", "site", "Site", "${last-saved#site}"],
            ["integer", "n", "N", ""],
        ],
        settings={"form_id": "visit", "version": "1"},
    )
    install_form(ws, form)
    first = new_form(ws, case, "visit")
    assert first.node_at("/data/site").value == ""
    first.set_value("/data/site", "Camp North")
    first.set_value("/data/n", "3")
    submit_form(ws, case, first)
    second = new_form(ws, case, "visit")
    assert second.node_at("/data/site").value == "Camp North"
    assert second.node_at("/data/n").value == ""  # only what the form asks to carry forward
