"""The form engine on real XLSForms converted by pyxform: each XLSForm feature the interviewers'
forms use, evaluated as ODK evaluates it."""

from __future__ import annotations

from pathlib import Path

import pytest
from defusedxml.ElementTree import fromstring as safe_fromstring

from app.forms.engine import AnswerError, FormInstance, Prefill
from app.forms.model import FormError
from app.forms.xlsform import load_form
from tests.forms.builders import open_form, relevant, values, violations, write_xlsform

H = ["type", "name", "label", "relevant", "required", "required_message", "constraint", "constraint_message",
     "calculation", "default", "read_only", "repeat_count", "choice_filter"]  # fmt: skip


def row(typ: str, name: str, label: str = "", **kw: str) -> list[str]:
    cells = {"type": typ, "name": name, "label": label or name, **kw}
    return [cells.get(h, "") for h in H]


def test_relevance_required_and_constraint_with_the_forms_own_messages(tmp_path: Path) -> None:
    inst = open_form(
        tmp_path,
        [
            H,
            row(
                "integer",
                "age",
                "Age",
                required="yes",
                required_message="Age is needed",
                constraint=". >= 0 and . <= 120",
                constraint_message="0 to 120",
            ),  # fmt: skip
            row("text", "school", "School", relevant="${age} < 18"),
            row("text", "job", "Job", relevant="${age} >= 18", required="yes"),
        ],
    )
    assert violations(inst) == {"/data/age": "required"}
    age = inst.node_at("/data/age")
    assert inst.message(age) == "Age is needed"
    inst.set_value("/data/age", "130")
    assert violations(inst)["/data/age"] == "constraint"
    assert inst.message(age) == "0 to 120"
    inst.set_value("/data/age", "12")
    assert relevant(inst)["/data/school"] is True and relevant(inst)["/data/job"] is False
    assert violations(inst) == {}
    inst.set_value("/data/age", "40")
    assert relevant(inst)["/data/school"] is False
    assert violations(inst) == {"/data/job": "required"}


def test_calculate_default_read_only_and_note_interpolation(tmp_path: Path) -> None:
    inst = open_form(
        tmp_path,
        [
            H,
            row("integer", "adults", default="2"),
            row("integer", "children", default="0"),
            row("calculate", "size", calculation="${adults} + ${children}"),
            row("text", "site", read_only="yes", default="Lima"),
            row("note", "summary", "Household of ${size}"),
        ],
    )
    assert values(inst)["/data/size"] == "2"
    inst.set_value("/data/children", "3")
    assert values(inst)["/data/size"] == "5"
    assert inst.node_at("/data/site").readonly is True
    assert inst.label(inst.node_at("/data/summary")) == "Household of 5"


def test_select_one_multiple_or_other_and_choice_filter(tmp_path: Path) -> None:
    inst = open_form(
        tmp_path,
        [
            H,
            row("select_one country", "country"),
            row("select_one city", "city", choice_filter="country=${country}"),
            row("select_multiple lang or_other", "langs", "Languages"),
            row("integer", "n_langs", calculation="", constraint="", relevant=""),
            row("calculate", "count", calculation="count-selected(${langs})"),
        ],
        [
            ["list_name", "name", "label", "country"],
            ["country", "pe", "Peru", ""],
            ["country", "co", "Colombia", ""],
            ["city", "lim", "Lima", "pe"],
            ["city", "cuz", "Cusco", "pe"],
            ["city", "bog", "Bogota", "co"],
            ["lang", "es", "Spanish", ""],
            ["lang", "qu", "Quechua", ""],
        ],  # fmt: skip
    )
    city = inst.node_at("/data/city")
    assert inst.choices(city) == []
    inst.set_value("/data/country", "pe")
    assert [v for v, _ in inst.choices(city)] == ["lim", "cuz"]
    with pytest.raises(AnswerError) as err:
        inst.set_value("/data/city", "bog")
    assert err.value.code == "unknown-choice"
    inst.set_value("/data/city", "cuz")
    inst.select_values("/data/langs", ["es", "other"])
    assert relevant(inst)["/data/langs_other"] is True
    assert values(inst)["/data/count"] == "2"
    inst.select_values("/data/langs", ["qu"])
    assert relevant(inst)["/data/langs_other"] is False
    with pytest.raises(AnswerError):
        inst.select_values("/data/langs", ["xx"])


def test_select_one_from_file_reads_the_csv_beside_the_form(tmp_path: Path) -> None:
    (tmp_path / "states.csv").write_text("name,label\nca,California\nny,New York\n", "utf-8")
    inst = open_form(tmp_path, [H, row("select_one_from_file states.csv", "state")])
    node = inst.node_at("/data/state")
    assert inst.choices(node) == [("ca", "California"), ("ny", "New York")]
    inst.set_value("/data/state", "ny")
    assert values(inst)["/data/state"] == "ny"


def test_missing_list_file_is_a_problem_named_at_load(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "f.xlsx", [H, row("select_one_from_file nowhere.csv", "state")])
    with pytest.raises(FormError) as err:
        load_form(path)
    assert "nowhere.csv" in str(err.value)


@pytest.mark.parametrize(
    ("typ", "good", "stored", "bad"),
    [
        ("integer", " 42 ", "42", "4.5x"),
        ("decimal", "1.50", "1.5", "abc"),
        ("decimal", "2", "2.0", "1e400"),
        ("date", "2001-02-03", "2001-02-03", "2001-02-30"),
        # Times as ODK Collect stores them: milliseconds and the device's offset (FIXED_NOW is UTC).
        ("time", "10:15", "10:15:00.000Z", "10:75"),
        ("time", "22:02:10.562+07:00", "15:02:10.562Z", "10:15:00+"),
        ("datetime", "2001-02-03T10:15:00", "2001-02-03T10:15:00.000Z", "2001-02-03T25:15"),
        ("datetime", "2026-03-08T02:30:00.000-05:00", "2026-03-08T07:30:00.000Z", "2001-02-30T10:15"),
        ("integer", "2147483647", "2147483647", "2147483648"),
    ],
)
def test_typed_answers_are_stored_canonically_and_malformed_ones_refused(
    tmp_path: Path, typ: str, good: str, stored: str, bad: str
) -> None:
    inst = open_form(tmp_path, [H, row(typ, "q")])
    inst.set_value("/data/q", good)
    assert values(inst)["/data/q"] == stored
    with pytest.raises(AnswerError) as err:
        inst.set_value("/data/q", bad)
    assert err.value.code == "bad-value"
    assert values(inst)["/data/q"] == stored  # a refused answer changes nothing


def test_a_hidden_group_hides_everything_inside_and_the_submission_leaves_it_empty(tmp_path: Path) -> None:
    inst = open_form(
        tmp_path,
        [
            H,
            row("select_one yn", "pregnant"),
            row("begin_group", "preg", relevant="${pregnant} = 'yes'"),
            row("integer", "weeks", required="yes"),
            row("end_group", ""),
        ],
        [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
    )
    inst.set_value("/data/pregnant", "yes")
    inst.set_value("/data/preg/weeks", "20")
    assert "<weeks>20</weeks>" in inst.to_xml()
    inst.set_value("/data/pregnant", "no")
    assert relevant(inst)["/data/preg/weeks"] is False
    assert violations(inst) == {}  # required, but hidden: not a violation
    submission = safe_fromstring(inst.to_xml())
    assert submission.find("preg") is None and submission.find("pregnant").text == "no"
    # The draft keeps the hidden answer so it comes back if the group is shown again.
    assert "<weeks>20</weeks>" in inst.to_xml(submission=False)
    inst.set_value("/data/pregnant", "yes")
    assert values(inst)["/data/preg/weeks"] == "20"


def test_repeat_count_position_sum_and_relevance_inside_repeats(tmp_path: Path) -> None:
    inst = open_form(
        tmp_path,
        [
            H,
            row("integer", "n"),
            row("begin_repeat", "member", repeat_count="${n}"),
            row("calculate", "pos", calculation="position(..)"),
            row("integer", "age"),
            row("text", "school", relevant="${age} < 18"),
            row("end_repeat", ""),
            row("calculate", "total", calculation="sum(${age})"),
            row("calculate", "second", calculation="indexed-repeat(${age}, ${member}, 2)"),
        ],
    )
    # No count yet: no entries (as in ODK); later a count going blank keeps the entries there are.
    assert [s.ref for s in inst.states() if s.path == "/data/member/age"] == []
    inst.set_value("/data/n", "3")
    ages = [s.ref for s in inst.states() if s.path == "/data/member/age"]
    assert ages == ["/data/member[1]/age", "/data/member[2]/age", "/data/member[3]/age"]
    assert [values(inst)[f"/data/member[{i}]/pos"] for i in (1, 2, 3)] == ["1", "2", "3"]
    for i, age in enumerate(["40", "12", "9"], start=1):
        inst.set_value(f"/data/member[{i}]/age", age)
    assert values(inst)["/data/total"] == "61"
    assert values(inst)["/data/second"] == "12"
    assert relevant(inst)["/data/member[1]/school"] is False
    assert relevant(inst)["/data/member[2]/school"] is True
    inst.set_value("/data/n", "2")  # fewer members: the last entry goes
    assert values(inst)["/data/total"] == "52"
    with pytest.raises(AnswerError):
        inst.add_repeat("/data/member", 1)  # counted by the form, not by hand


def test_nested_repeats_added_by_hand(tmp_path: Path) -> None:
    inst = open_form(
        tmp_path,
        [
            H,
            row("begin_repeat", "person"),
            row("text", "name"),
            row("begin_repeat", "condition"),
            row("text", "what"),
            row("integer", "since", relevant="${what} != ''", constraint=". >= 1900"),
            row("end_repeat", ""),
            row("calculate", "n_conditions", calculation="count(../condition)"),
            row("end_repeat", ""),
        ],
    )
    inst.add_repeat("/data/person", 1)
    inst.add_repeat("/data/person[2]/condition", 2)
    refs = [s.ref for s in inst.states()]
    assert "/data/person[2]/condition[2]/since" in refs
    inst.set_value("/data/person[2]/condition[2]/what", "asthma")
    inst.set_value("/data/person[2]/condition[2]/since", "1850")
    assert violations(inst) == {"/data/person[2]/condition[2]/since": "constraint"}
    assert relevant(inst)["/data/person[2]/condition[1]/since"] is False
    # The form's first person starts with one condition entry; one added while filling starts with
    # none (as in ODK), so person 2 has exactly the two added.
    assert values(inst)["/data/person[2]/n_conditions"] == "2"
    assert values(inst)["/data/person[1]/n_conditions"] == "1"
    inst.remove_repeat("/data/person[2]/condition[1]")
    assert values(inst)["/data/person[2]/n_conditions"] == "1"
    assert values(inst)["/data/person[2]/condition[1]/what"] == "asthma"


def test_labels_choices_and_messages_in_the_form_language(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label::English (en)", "label::Español (es)", "constraint",
         "constraint_message::English (en)", "constraint_message::Español (es)"],
        ["select_one yn", "ok", "Is it right?", "¿Es correcto?", "", "", ""],
        ["integer", "n", "How many?", "¿Cuántos?", ". < 10", "Under 10", "Menos de 10"],
        ["calculate", "name_of_ok", "", "", "", "", ""],
    ]  # fmt: skip
    survey[3] = ["calculate", "ok_label", "", "", "", "", ""]
    survey[0].append("calculation")
    for r in survey[1:]:
        r.append("")
    survey[3][-1] = "jr:choice-name(${ok}, '${ok}')"
    choices = [["list_name", "name", "label::English (en)", "label::Español (es)"], ["yn", "y", "Yes", "Sí"],
               ["yn", "n", "No", "No"]]  # fmt: skip
    path = write_xlsform(tmp_path / "f.xlsx", survey, choices, {"default_language": "English (en)"})
    form = load_form(path)
    assert form.languages[:2] == ["English (en)", "Español (es)"]
    inst = FormInstance(form, lang="Español (es)")
    ok = inst.node_at("/data/ok")
    assert inst.label(ok) == "¿Es correcto?"
    assert inst.choices(ok) == [("y", "Sí"), ("n", "No")]
    inst.set_value("/data/n", "12")
    assert inst.message(inst.node_at("/data/n")) == "Menos de 10"
    inst.set_value("/data/ok", "y")
    assert values(inst)["/data/ok_label"] == "Sí"
    inst.lang = "English (en)"
    assert inst.label(ok) == "Is it right?"
    inst.recompute()
    assert values(inst)["/data/ok_label"] == "Yes"


def test_household_repeat_is_prefilled_one_entry_per_person_and_written_back(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "bind::cr:prefill", "bind::cr:writeback", "calculation"],
        ["text", "case_no", "Case", "case.case_number", "", ""],
        ["begin_repeat", "member", "Member", "household", "", ""],
        ["text", "family", "Family name", "person.family_name", "yes", ""],
        ["date", "dob", "Date of birth", "person.dob", "yes", ""],
        ["end_repeat", "", "", "", "", ""],
        ["calculate", "size", "", "", "", "count(${member})"],
    ]
    persons = [
        {"id": "p1", "role": "principal_applicant", "family_name": "Synthname", "dob": "1980-01-02"},
        {"id": "p2", "role": "child", "family_name": "Synthname", "dob": "2015-06-07"},
    ]
    inst = open_form(
        tmp_path,
        survey,
        settings={"namespaces": 'cr="https://circuitride.org/xforms"'},
        prefill=Prefill(case={"case_number": "LIM-000001"}, persons=persons),
    )
    v = values(inst)
    assert v["/data/case_no"] == "LIM-000001"
    assert v["/data/member[1]/family"] == "Synthname" and v["/data/member[2]/dob"] == "2015-06-07"
    assert v["/data/size"] == "2"
    assert inst.writebacks() == []
    inst.set_value("/data/member[2]/dob", "2015-07-06")
    assert inst.writebacks() == [("p2", "dob", "2015-07-06")]
    # A draft keeps which entry is which person.
    again = FormInstance.from_snapshot(inst.form, inst.snapshot(), prefill=Prefill(persons=persons))
    assert values(again) == values(inst)
    assert again.writebacks() == [("p2", "dob", "2015-07-06")]


def test_unsupported_features_are_rejected_at_load_with_their_rows(tmp_path: Path) -> None:
    path = write_xlsform(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["text", "ok", "Fine", ""],
            ["calculate", "made_up", "", "no_such_function(1)"],
            ["calculate", "elsewhere", "", "instance('nowhere')/root/item[1]/name"],
            ["image", "photo", "Photo", ""],  # a media question is accepted (issue 23)
            ["calculate", "again", "", "another_made_up(2)"],
        ],
    )
    with pytest.raises(FormError) as err:
        load_form(path)
    rows = {p.row for p in err.value.problems}
    assert {3, 4, 6} <= rows, err.value.problems
    assert 5 not in rows, err.value.problems
    assert not err.value.unreadable


def test_a_damaged_file_is_unreadable_not_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "form.xlsx"
    bad.write_bytes(b"this is not a spreadsheet")
    with pytest.raises(FormError) as err:
        load_form(bad)
    assert err.value.unreadable


def test_unknown_references_are_refused_without_changing_anything(tmp_path: Path) -> None:
    inst = open_form(tmp_path, [H, row("text", "a"), row("calculate", "c", calculation="concat(${a}, '!')")])
    for ref in ("/data/nope", "/data/a[2]", "not a path"):
        with pytest.raises(AnswerError):
            inst.set_value(ref, "x")
    with pytest.raises(AnswerError) as err:
        inst.set_value("/data/c", "x")
    assert err.value.code == "not-a-question"
    assert values(inst)["/data/c"] == "!"


def test_submission_records_form_id_and_version(tmp_path: Path) -> None:
    inst = open_form(tmp_path, [H, row("text", "a")], settings={"form_id": "cr_demo", "version": "2026112501"})
    inst.set_value("/data/a", "x < y & z")
    root = safe_fromstring(inst.to_xml())
    assert root.get("id") == "cr_demo" and root.get("version") == "2026112501"
    assert root.find("a").text == "x < y & z"
    assert root.find("meta/instanceID").text.startswith("uuid:")


_TIMES_XFORM = """<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">
<h:head><h:title>t</h:title><model><instance><data id="t"><t/><dt/><q/><c/><copy/></data></instance>
<bind nodeset="/data/t" type="time"/><bind nodeset="/data/dt" type="dateTime"/><bind nodeset="/data/q" type="string"/>
<bind nodeset="/data/c" type="string" calculate="concat(/data/q, '!')"/><bind nodeset="/data/copy" type="string"/>
</model></h:head><h:body><input ref="/data/t"/><input ref="/data/dt"/>
<input ref="/data/q"><setvalue ref="/data/copy" event="xforms-value-changed" value="/data/c"/></input>
<input ref="/data/copy"/></h:body></h:html>"""


@pytest.mark.parametrize(
    ("zone", "time", "stored_time", "date_time", "stored_date_time"),
    [  # each row checked against JavaRosa (tests/javarosa harness, -Duser.timezone=zone)
        ("UTC", "22:02:10.562+07:00", "15:02:10.562Z", "2026-03-08T02:30:00.000-05:00", "2026-03-08T07:30:00.000Z"),
        ("America/New_York", "08:00", "08:00:00.000-05:00", "2026-07-01T12:00:00", "2026-07-01T12:00:00.000-04:00"),
        ("America/New_York", "22:02:10.562+07:00", "10:02:10.562-05:00", "2026-01-01T12:00:00Z",
         "2026-01-01T07:00:00.000-05:00"),
        ("Asia/Kathmandu", "08:00:00", "08:00:00.000+05:45", "2026-01-01T12:00:00.5+01:00",
         "2026-01-01T16:45:00.500+05:45"),
    ],
)  # fmt: skip
def test_times_are_stored_as_collect_stores_them_in_the_devices_zone(
    zone: str, time: str, stored_time: str, date_time: str, stored_date_time: str
) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from app.forms.model import parse_xform

    now = datetime(2026, 11, 25, 10, 30, tzinfo=ZoneInfo(zone))
    inst = FormInstance(parse_xform(_TIMES_XFORM), now=lambda: now)
    inst.set_value("/data/t", time)
    inst.set_value("/data/dt", date_time)
    assert (values(inst)["/data/t"], values(inst)["/data/dt"]) == (stored_time, stored_date_time)
    # A draft saved before this spelling (`08:00:00`) opens with its values as they were.
    old = inst.snapshot()
    old["xml"] = old["xml"].replace(stored_time, "08:00:00").replace(stored_date_time, "2026-01-01T12:00:00")
    reopened = FormInstance(parse_xform(_TIMES_XFORM), now=lambda: now, restore=old)
    assert (values(reopened)["/data/t"], values(reopened)["/data/dt"]) == ("08:00:00", "2026-01-01T12:00:00")


def test_value_changed_actions_see_the_recalculated_form() -> None:
    """`setvalue value="${calc}"` on a question's change copies the calculation's new value, as in
    JavaRosa and Web Forms (OSM mapping forms copy a chosen feature's properties this way)."""
    from app.forms.model import parse_xform

    inst = FormInstance(parse_xform(_TIMES_XFORM))
    inst.set_value("/data/q", "a")
    assert values(inst)["/data/copy"] == "a!"
    inst.set_value("/data/q", "b")
    assert values(inst)["/data/copy"] == "b!"


_HIDDEN_XFORM = """<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
 xmlns:jr="http://openrosa.org/javarosa">
<h:head><h:title>t</h:title><model><instance><data id="t"><n/><r jr:template=""><a/><inc/></r><g><x/></g><y/>
<cnt/><sm/><cntx/><cnty/><cnt_inc/></data></instance>
<bind nodeset="/data/n" type="int"/><bind nodeset="/data/r" relevant="/data/n != 2"/>
<bind nodeset="/data/r/a" type="int"/><bind nodeset="/data/r/inc" type="int" relevant="../a &gt; 0"/>
<bind nodeset="/data/g" relevant="/data/n = 1"/><bind nodeset="/data/g/x" type="int"/>
<bind nodeset="/data/y" type="int" relevant="/data/n = 1"/>
<bind nodeset="/data/cnt" type="int" calculate="count(/data/r)"/>
<bind nodeset="/data/sm" type="int" calculate="sum(/data/r/inc)"/>
<bind nodeset="/data/cntx" type="int" calculate="count(/data/g/x)"/>
<bind nodeset="/data/cnty" type="int" calculate="count(/data/y)"/>
<bind nodeset="/data/cnt_inc" type="int" calculate="count(/data/r/inc)"/>
</model></h:head><h:body><input ref="/data/n"/>
<repeat nodeset="/data/r"><input ref="/data/r/a"/><input ref="/data/r/inc"/></repeat>
<group ref="/data/g"><input ref="/data/g/x"/></group><input ref="/data/y"/></h:body></h:html>"""


def test_count_and_sum_leave_out_non_relevant_nodes_as_collect_does() -> None:
    """JavaRosa (checked with tests/javarosa on this form) counts and sums only relevant nodes: a
    hidden repeat entry is not a household member, a hidden income is not income."""
    from app.forms.model import parse_xform

    inst = FormInstance(parse_xform(_HIDDEN_XFORM))
    inst.set_value("/data/n", "1")
    inst.add_repeat("/data/r", 2)
    for k, (a, inc) in enumerate([("1", "5"), ("3", "7")], start=1):
        inst.set_value(f"/data/r[{k}]/a", a)
        inst.set_value(f"/data/r[{k}]/inc", inc)
    inst.set_value("/data/y", "4")
    counts = ("/data/cnt", "/data/sm", "/data/cntx", "/data/cnty", "/data/cnt_inc")
    assert [values(inst)[c] for c in counts] == ["2", "12", "1", "1", "2"]
    inst.set_value("/data/r[2]/a", "0")  # the second income is no longer asked
    assert [values(inst)[c] for c in counts] == ["2", "5", "1", "1", "1"]
    inst.set_value("/data/n", "2")  # the whole repeat, the group and y are hidden
    assert [values(inst)[c] for c in counts] == ["0", "0", "0", "0", "0"]


_ENTRY_XFORM = """<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
 xmlns:jr="http://openrosa.org/javarosa">
<h:head><h:title>t</h:title><model><instance><data id="t"><r jr:template=""><a/><c/><s/><p/></r><tot/></data></instance>
<bind nodeset="/data/r/a" type="int"/>
<bind nodeset="/data/r/c" type="int" calculate="count(/data/r/a)"/>
<bind nodeset="/data/r/s" type="int" calculate="sum(/data/r/a)"/>
<bind nodeset="/data/r/p" type="int" calculate="/data/r/a * 10"/>
<bind nodeset="/data/tot" type="int" calculate="sum(/data/r/p)"/>
</model></h:head><h:body><repeat nodeset="/data/r"><input ref="/data/r/a"/></repeat></h:body></h:html>"""


def test_an_absolute_path_inside_a_repeat_reads_the_current_entry_as_collect_does() -> None:
    """JavaRosa contextualises `/data/r/a` in a calculation of entry 2 to entry 2's `a` (checked with
    tests/javarosa on this form: every value below is JavaRosa's); outside the repeat it is every entry."""
    from app.forms.model import parse_xform

    inst = FormInstance(parse_xform(_ENTRY_XFORM))
    inst.add_repeat("/data/r", 3)
    for k, a in enumerate(["1", "2", "4"], start=1):
        inst.set_value(f"/data/r[{k}]/a", a)
    got = values(inst)
    assert [got[f"/data/r[{k}]/p"] for k in (1, 2, 3)] == ["10", "20", "40"]
    assert [got[f"/data/r[{k}]/s"] for k in (1, 2, 3)] == ["1", "2", "4"]
    assert [got[f"/data/r[{k}]/c"] for k in (1, 2, 3)] == ["1", "1", "1"]
    assert got["/data/tot"] == "70"


def test_a_filtered_choice_whose_value_holds_a_space_stays_chosen(tmp_path: Path) -> None:
    """A list file's value may hold a space (`Township 18`): a select_one keeps it whole (JavaRosa
    does; we used to split it into two unknown words and clear it). When a later answer filters it
    out, JavaRosa (ODK Collect) keeps the answer too; `unoffered()` tells the screen so."""
    (tmp_path / "towns.csv").write_text(
        "name,label,district\nTownship 17,Township 17,d1\nTownship 18,Township 18,d1\nTownship 19,Township 19,d2\n",
        "utf-8",
    )
    inst = open_form(
        tmp_path,
        [
            H,
            row("text", "district"),
            row("select_one_from_file towns.csv", "town", choice_filter="district=${district}"),
        ],
    )
    inst.set_value("/data/district", "d1")
    inst.set_value("/data/town", "Township 18")
    assert values(inst)["/data/town"] == "Township 18"
    town = inst.node_at("/data/town")
    assert inst.unoffered(town) == []
    inst.set_value("/data/district", "d2")
    assert values(inst)["/data/town"] == "Township 18"  # kept, as JavaRosa keeps it
    assert inst.unoffered(town) == ["Township 18"]  # ... and named as not offered now
    inst.set_value("/data/district", "d1")
    assert values(inst)["/data/town"] == "Township 18" and inst.unoffered(town) == []


CALC_QUESTIONS = """<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
 xmlns:jr="http://openrosa.org/javarosa"><h:head><h:title>t</h:title><model>
<instance><data id="t"><a/><u/><v/><rep jr:template=""><x/><y/></rep></data></instance>
<bind nodeset="/data/a" type="string"/>
<bind nodeset="/data/u" type="string" calculate="concat('u', /data/a)"/>
<bind nodeset="/data/v" type="string" calculate="concat('v', count(/data/rep))"/>
<bind nodeset="/data/rep/x" type="string"/>
<bind nodeset="/data/rep/y" type="string" calculate="concat('y', ../x, position(..))"/>
</model></h:head><h:body><input ref="/data/a"/><input ref="/data/u"/><input ref="/data/v"/>
<repeat nodeset="/data/rep"><input ref="/data/rep/x"/><input ref="/data/rep/y"/></repeat></h:body></h:html>"""


def test_a_calculation_on_a_question_is_recomputed_over_a_typed_answer_as_in_javarosa() -> None:
    """A question with a calculation keeps what the person typed until something the calculation
    reads is set again (even to the same answer) or its repeat gains an entry; then the
    calculation wins, in that entry only. Each outcome is what JavaRosa (ODK Collect) gives."""
    from app.forms.model import parse_xform

    form = parse_xform(CALC_QUESTIONS)
    inst = FormInstance(form)
    inst.set_value("/data/a", "1")
    inst.set_value("/data/u", "typed")
    assert values(inst)["/data/u"] == "typed"  # the person's answer stands
    inst.set_value("/data/a", "")
    inst.set_value("/data/u", "typed")
    inst.set_value("/data/a", "")  # blank again: nothing was set
    assert values(inst)["/data/u"] == "typed"
    inst.set_value("/data/a", "2")
    assert values(inst)["/data/u"] == "u2"
    inst.set_value("/data/u", "again")
    inst.set_value("/data/a", "2")  # the same answer given again still recomputes it
    assert values(inst)["/data/u"] == "u2"
    # Repeats: an entry added recomputes what counts the entries and position(..) in every entry,
    # but a change in one entry leaves the other entries' typed answers alone.
    inst.add_repeat("/data/rep")
    inst.set_value("/data/v", "V")
    inst.set_value("/data/rep[1]/y", "Y1")
    inst.add_repeat("/data/rep")
    got = values(inst)
    assert got["/data/v"] == "v2" and got["/data/rep[1]/y"] == "y1" and got["/data/rep[2]/y"] == "y2"
    inst.set_value("/data/rep[1]/y", "Y1")
    inst.set_value("/data/rep[2]/x", "b")
    got = values(inst)
    assert got["/data/rep[1]/y"] == "Y1" and got["/data/rep[2]/y"] == "yb2"


def test_select_defaults_are_read_against_the_written_choices_as_in_javarosa() -> None:
    """Each value is what JavaRosa (ODK Collect) loads for the same defaults (checked with the harness)."""
    from app.forms.model import parse_xform

    rank = (
        '<odk:rank ref="/data/{}"><label>R</label><item><label>1</label><value>one</value></item>'
        "<item><label>2</label><value>two</value></item><item><label>3</label><value>three</value></item></odk:rank>"
    )
    multi = (
        '<select ref="/data/{}"><label>M</label><item><label>A</label><value>a</value></item>'
        "<item><label>B</label><value>b</value></item><item><label>C</label><value>c</value></item></select>"
    )
    one = (
        '<select1 ref="/data/{}"><label>S</label><item><label>A</label><value>a</value></item>'
        "<item><label>B</label><value>b</value></item></select1>"
    )
    body = "".join(
        [rank.format(r) for r in ("r1", "r2", "r3")]
        + [multi.format(m) for m in ("m1", "m2", "m3")]
        + [one.format(s) for s in ("s1", "s2", "s3")]
    )
    xform = f"""<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
 xmlns:odk="http://www.opendatakit.org/xforms"><h:head><h:title>t</h:title><model><instance><data id="t">
<r1>three, two, one</r1><r2>two one</r2><r3>zz</r3><m1>a zz b</m1><m2>b, a</m2><m3>c b</m3><s1>zz</s1><s2>a, </s2>
<s3>b</s3><n/></data></instance>
<bind nodeset="/data/r1" type="odk:rank"/><bind nodeset="/data/r2" type="odk:rank"/><bind nodeset="/data/r3" type="odk:rank"/>
<bind nodeset="/data/n" type="string" calculate="count-selected(/data/r1)"/>
</model></h:head><h:body>{body}</h:body></h:html>"""
    got = values(FormInstance(parse_xform(xform)))
    assert got == {
        "/data/r1": "one",  # commas are no separator: only `one` is a choice
        "/data/r2": "two one",
        "/data/r3": "",
        "/data/m1": "a b",
        "/data/m2": "a",
        "/data/m3": "c b",  # in the order written
        "/data/s1": "",
        "/data/s2": "",
        "/data/s3": "b",
        "/data/n": "1",
    }


def test_a_multiple_choice_answer_a_filter_no_longer_offers_is_kept_as_javarosa_keeps_it(tmp_path: Path) -> None:
    """JavaRosa (ODK Collect) keeps every chosen value when a choice filter stops offering some of
    them (checked with the harness); the constraint and the calculations read the kept answer."""
    inst = open_form(
        tmp_path,
        [
            H,
            row("select_one regions", "region"),
            row("select_multiple towns", "towns", choice_filter="region=${region}"),
            row("calculate", "n", calculation="count-selected(${towns})"),
        ],
        choices=[
            ["list_name", "name", "label", "region"],
            ["regions", "north", "North", ""],
            ["regions", "west", "West", ""],
            ["towns", "kyiv", "Kyiv", "north"],
            ["towns", "sumy", "Sumy", "north"],
            ["towns", "lviv", "Lviv", "west"],
        ],
    )
    inst.set_value("/data/region", "north")
    inst.select_values("/data/towns", ["kyiv", "sumy"])
    inst.set_value("/data/region", "west")
    got = values(inst)
    assert got["/data/towns"] == "kyiv sumy" and got["/data/n"] == "2"
    assert inst.unoffered(inst.node_at("/data/towns")) == ["kyiv", "sumy"]
    inst.select_values("/data/towns", ["lviv"])  # answered again: only what is offered
    assert values(inst)["/data/towns"] == "lviv" and inst.unoffered(inst.node_at("/data/towns")) == []
