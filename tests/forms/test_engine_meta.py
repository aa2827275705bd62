"""Form features around the questions: where the interview happened (start-geopoint,
background-geopoint), the audit meta question, entity declarations, the last saved submission
(`${last-saved#...}`), position() inside repeats, and lists a form reads but never declares."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from defusedxml.ElementTree import fromstring as safe_fromstring

from app.forms.engine import FormInstance
from app.forms.geo import GeoPoint
from app.forms.model import FormError, parse_xform
from app.forms.xlsform import load_form
from tests.forms.builders import FIXED_NOW, values, write_xlsform

H = ["type", "name", "label", "parameters", "calculation", "trigger", "repeat_count"]
HERE = GeoPoint(-1.2921, 36.8219, 1650.0, 12.5)


def row(typ: str, name: str, label: str = "", **kw: str) -> list[str]:
    cells = {"type": typ, "name": name, "label": label or name, **kw}
    return [cells.get(h, "") for h in H]


def xlsx(tmp_path: Path, survey: list[list[str]], name: str = "meta.xlsx") -> Path:
    return write_xlsform(tmp_path / name, [H, *survey])


def test_start_geopoint_is_where_the_form_was_opened(tmp_path: Path) -> None:
    form = load_form(xlsx(tmp_path, [row("start-geopoint", "opened_at"), row("text", "note_taker")]))
    calls: list[int] = []

    def here() -> GeoPoint:
        calls.append(1)
        return HERE

    inst = FormInstance(form, now=lambda: FIXED_NOW, location=here)
    assert inst.node_at("/data/opened_at").value == "-1.2921 36.8219 1650.0 12.5"
    assert len(calls) == 1
    inst.set_value("/data/note_taker", "Interviewer 7")
    assert len(calls) == 1  # once, when the form is first opened
    again = FormInstance.from_snapshot(form, inst.snapshot(), location=lambda: GeoPoint(10, 10))
    assert again.node_at("/data/opened_at").value == "-1.2921 36.8219 1650.0 12.5"


@pytest.mark.parametrize("provider", [None, lambda: None, lambda: 1 / 0, lambda: GeoPoint(200.0, 0.0)])
def test_without_a_location_start_geopoint_is_blank_not_an_error(tmp_path: Path, provider: object) -> None:
    form = load_form(xlsx(tmp_path, [row("start-geopoint", "opened_at"), row("text", "x")]))
    inst = FormInstance(form, now=lambda: FIXED_NOW, location=provider)  # type: ignore[arg-type]
    assert inst.node_at("/data/opened_at").value == ""
    assert inst.violations() == []
    assert "<opened_at/>" in inst.to_xml()


def test_background_geopoint_takes_the_location_when_its_trigger_changes(tmp_path: Path) -> None:
    form = load_form(xlsx(tmp_path, [row("text", "hh"), row("background-geopoint", "hh_at", trigger="${hh}")]))
    where = [GeoPoint(1.5, 2.5)]
    inst = FormInstance(form, now=lambda: FIXED_NOW, location=lambda: where[0])
    assert inst.node_at("/data/hh_at").value == ""
    inst.set_value("/data/hh", "HH-1")
    assert inst.node_at("/data/hh_at").value == "1.5 2.5 0.0 0.0"  # Collect spells doubles
    where[0] = GeoPoint(3.0, 4.0)
    inst.set_value("/data/hh", "HH-2")
    assert inst.node_at("/data/hh_at").value == "3.0 4.0 0.0 0.0"


def test_the_audit_question_is_accepted_with_its_settings_and_is_not_a_question(tmp_path: Path) -> None:
    params = (
        "location-priority=balanced location-min-interval=20 location-max-age=60 track-changes=true "
        "identify-user=true track-changes-reasons=on-form-edit"
    )
    form = load_form(xlsx(tmp_path, [row("text", "a"), row("audit", "audit", parameters=params)]))
    audit = form.audit
    assert audit is not None
    assert audit.path == "/data/meta/audit"
    assert (audit.location_priority, audit.location_min_interval, audit.location_max_age) == ("balanced", "20", "60")
    assert audit.track_changes and audit.identify_user and audit.track_changes_reasons == "on-form-edit"
    assert "/data/meta/audit" not in form.by_ref
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    assert [s.kind for s in inst.states() if s.path == "/data/meta/audit"] == [""]
    assert inst.violations() == []


def test_a_plain_audit_has_default_settings_and_a_form_without_one_has_none(tmp_path: Path) -> None:
    audit = load_form(xlsx(tmp_path, [row("text", "a"), row("audit", "audit")])).audit
    assert audit is not None and not audit.track_changes and audit.location_priority is None
    assert load_form(xlsx(tmp_path, [row("text", "a")], "plain.xlsx")).audit is None


def test_entity_declarations_are_kept_in_the_submission_as_written(tmp_path: Path) -> None:
    path = xlsx(tmp_path, [row("text", "hh")])
    wb = openpyxl.load_workbook(path)
    sheet = wb.create_sheet("entities")
    sheet.append(["dataset", "label"])
    sheet.append(["households", "concat('HH ', ${hh})"])
    wb.save(path)
    form = load_form(path)
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    inst.set_value("/data/hh", "North 12")
    entity = safe_fromstring(inst.to_xml()).find("meta/entity")
    assert entity is not None
    assert entity.get("dataset") == "households" and entity.get("create") == "1"
    assert (entity.get("id") or "").count("-") == 4  # a uuid, set when the form was first opened
    assert entity.findtext("label") == "HH North 12"
    # A draft keeps the entity's id.
    again = FormInstance.from_snapshot(form, inst.snapshot(), now=lambda: FIXED_NOW)
    assert safe_fromstring(again.to_xml()).find("meta/entity").get("id") == entity.get("id")


def test_last_saved_reads_the_last_submission_or_nothing_on_a_first_fill(tmp_path: Path) -> None:
    form = load_form(
        xlsx(tmp_path, [row("text", "village"), row("calculate", "before", calculation="${last-saved#village}")])
    )
    assert form.last_saved_id == "__last-saved"
    first = FormInstance(form, now=lambda: FIXED_NOW)
    assert values(first)["/data/before"] == ""
    first.set_value("/data/village", "Hillside")
    assert values(first)["/data/before"] == ""
    second = FormInstance(form.with_last_saved(first.to_xml()), now=lambda: FIXED_NOW)
    assert values(second)["/data/before"] == "Hillside"
    assert values(FormInstance(form, now=lambda: FIXED_NOW))["/data/before"] == ""  # the form itself unchanged
    # The same through parse_xform, and a damaged last submission reads as none.
    assert values(FormInstance(parse_xform(form.xml, last_saved=first.to_xml())))["/data/before"] == "Hillside"
    assert values(FormInstance(form.with_last_saved("<data><village>")))["/data/before"] == ""


def test_last_saved_as_a_default_fills_the_answer_from_the_last_submission(tmp_path: Path) -> None:
    path = write_xlsform(
        tmp_path / "default.xlsx",
        [["type", "name", "label", "default"], ["text", "village", "Village", "${last-saved#village}"]],
    )
    form = load_form(path)
    assert values(FormInstance(form))["/data/village"] == ""
    previous = "<data id='test_form' version='1'><village>Riverbend</village></data>"
    assert values(FormInstance(form.with_last_saved(previous)))["/data/village"] == "Riverbend"


def test_position_in_a_repeat_is_per_entry_and_no_circle(tmp_path: Path) -> None:
    form = load_form(
        xlsx(
            tmp_path,
            [
                row("begin repeat", "member", "Member"),
                row("calculate", "pos", calculation="position(..)"),
                row("calculate", "code", calculation="concat('M', ${pos})"),
                row("calculate", "pos2", calculation="position(current()/..) * 10"),
                row("text", "name"),
                row("end repeat", ""),
            ],
        )
    )
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    inst.add_repeat("/data/member", 3)
    v = values(inst)
    assert [v[f"/data/member[{i}]/code"] for i in (1, 2, 3)] == ["M1", "M2", "M3"]
    assert [v[f"/data/member[{i}]/pos2"] for i in (1, 2, 3)] == ["10", "20", "30"]
    inst.remove_repeat("/data/member[1]")
    v = values(inst)
    assert [v[f"/data/member[{i}]/code"] for i in (1, 2)] == ["M1", "M2"]


def test_a_true_circle_in_a_repeat_is_still_refused(tmp_path: Path) -> None:
    with pytest.raises(FormError) as err:
        load_form(
            xlsx(
                tmp_path,
                [
                    row("begin repeat", "member", "Member"),
                    row("calculate", "a", calculation="position(..) + ${b}"),
                    row("calculate", "b", calculation="${a} + 1"),
                    row("end repeat", ""),
                ],
            )
        )
    assert "circle" in str(err.value)


def test_reading_an_undeclared_list_is_refused_naming_it_and_the_row(tmp_path: Path) -> None:
    with pytest.raises(FormError) as err:
        load_form(
            xlsx(
                tmp_path,
                [row("text", "a"), row("calculate", "c", calculation="instance('districts')/root/item[1]/name")],
            )
        )
    [problem] = err.value.problems
    assert problem.row == 3
    assert "`districts`" in problem.message and "does not declare" in problem.message


def test_a_value_changed_action_runs_when_the_value_changes_not_when_it_is_given_again(tmp_path: Path) -> None:
    form = load_form(xlsx(tmp_path, [row("text", "hh"), row("background-geopoint", "hh_at", trigger="${hh}")]))
    where = [GeoPoint(1.0, 1.0)]
    inst = FormInstance(form, now=lambda: FIXED_NOW, location=lambda: where[0])
    inst.set_value("/data/hh", "HH-1")
    where[0] = GeoPoint(2.0, 2.0)
    inst.set_value("/data/hh", "HH-1")  # the same answer again: nothing changed, nothing fires (ODK)
    assert inst.node_at("/data/hh_at").value == "1.0 1.0 0.0 0.0"


def test_a_counted_repeat_in_a_new_entry_starts_empty_until_its_count_is_known(tmp_path: Path) -> None:
    """The form's own first household holds one child; a household added while filling holds the
    children its count asks for, none while the count is blank (as ODK)."""
    xml = """<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
      xmlns:jr="http://openrosa.org/javarosa"><h:head><h:title>t</h:title><model>
      <instance><data id="t"><n/><hh jr:template=""><kids/><child jr:template=""><name/></child></hh>
        <hh><kids/><child><name/></child></hh></data></instance>
      <bind nodeset="/data/n" type="int"/><bind nodeset="/data/hh/kids" type="int"/>
      <bind nodeset="/data/hh/child/name" type="string"/></model></h:head>
      <h:body><input ref="/data/n"><label>n</label></input>
        <repeat nodeset="/data/hh" jr:count="/data/n"><input ref="/data/hh/kids"><label>k</label></input>
          <repeat nodeset="/data/hh/child" jr:count="../kids"><input ref="/data/hh/child/name"><label>c</label></input>
          </repeat></repeat></h:body></h:html>"""
    inst = FormInstance(parse_xform(xml), now=lambda: FIXED_NOW)
    inst.set_value("/data/n", "1")
    assert [s.ref for s in inst.states() if s.path == "/data/hh/child/name"] == []
    inst.set_value("/data/hh[1]/kids", "2")
    assert [s.ref for s in inst.states() if s.path == "/data/hh/child/name"] == [
        "/data/hh[1]/child[1]/name",
        "/data/hh[1]/child[2]/name",
    ]
