"""The ODK oracle (tests/odk/odk_fill.mjs running @getodk/xforms-engine) on real pyxform XForms.

These check that the harness reports what ODK's engine really does, so that later differential
tests can trust it: relevance, constraints, required, calculations over repeats, selects, repeat
references, the submission XML, external CSV attachments and the error exit codes.
"""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pyxform.xls2xform import convert

from tests.support.odk import (
    LOAD_ERROR,
    SCRIPT,
    STEP_ERROR,
    OdkError,
    OdkRunner,
    install_command,
    node_binary,
    odk_available,
    run_odk,
)

if not odk_available():
    pytest.skip(f"ODK oracle not installed: run `{install_command()}`", allow_module_level=True)


def xform(
    path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    form_id: str = "harness",
    version: str = "2026112501",
) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    if choices:
        cs = wb.create_sheet("choices")
        for row in choices:
            cs.append(row)
    st = wb.create_sheet("settings")
    st.append(["form_id", "version"])
    st.append([form_id, version])
    wb.save(path)
    return convert(xlsform=str(path)).xform


# One form exercising relevance, constraint, required, selects, a repeat and a calculate over it.
SURVEY = [
    ["type", "name", "label", "relevant", "constraint", "required", "calculation"],
    ["integer", "age", "Age", "", ". >= 0 and . <= 120", "yes", ""],
    ["text", "employer", "Employer", "${age} >= 18", "", "", ""],
    ["select_multiple fruit", "fruits", "Fruits", "", "", "", ""],
    ["select_one yn", "pets", "Pets?", "", "", "", ""],
    ["begin group", "hh", "Household", "", "", "", ""],
    ["begin repeat", "member", "Member", "", "", "", ""],
    ["text", "name", "Name", "", "", "", ""],
    ["integer", "income", "Income", "", "", "", ""],
    ["end repeat", "", "", "", "", "", ""],
    ["end group", "", "", "", "", "", ""],
    ["calculate", "total", "", "", "", "", "sum(${income})"],
    ["note", "show", "Total: ${total}", "", "", "", ""],
]
CHOICES = [
    ["list_name", "name", "label"],
    ["fruit", "apple", "Apple"],
    ["fruit", "kiwi", "Kiwi"],
    ["fruit", "plum", "Plum"],
    ["yn", "yes", "Yes"],
    ["yn", "no", "No"],
]


@pytest.fixture(scope="module")
def form_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("odk_forms")
    (d / "main.xml").write_text(xform(d / "main.xlsx", SURVEY, CHOICES), encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def main_form(form_dir: Path) -> Path:
    return form_dir / "main.xml"


@pytest.fixture(scope="module")
def odk() -> Any:
    with OdkRunner() as runner:
        yield runner


def nodes(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["ref"]: n for n in result["nodes"]}


def values(result: dict[str, Any]) -> dict[str, Any]:
    return {n["ref"]: n["value"] for n in result["nodes"]}


def test_blank_instance_lists_every_leaf_in_document_order(odk: OdkRunner, main_form: Path) -> None:
    result = odk.fill(main_form, [])
    assert result["form_id"] == "harness"
    assert result["version"] == "2026112501"
    assert [n["ref"] for n in result["nodes"]] == [
        "/data/age",
        "/data/employer",
        "/data/fruits",
        "/data/pets",
        "/data/hh/member[1]/name",
        "/data/hh/member[1]/income",
        "/data/total",
        "/data/show",
        "/data/meta/instanceID",
    ]
    age = nodes(result)["/data/age"]
    # required + blank is reported as a "required" violation straight away
    assert age == {"ref": "/data/age", "relevant": True, "required": True, "value": "", "violation": "required"}
    assert nodes(result)["/data/employer"]["relevant"] is False  # ${age} >= 18 is false on a blank age
    assert values(result)["/data/fruits"] == []
    assert values(result)["/data/pets"] == []
    assert values(result)["/data/meta/instanceID"].startswith("uuid:")


def test_relevance_follows_the_answer(odk: OdkRunner, main_form: Path) -> None:
    adult = nodes(odk.fill(main_form, [{"ref": "/data/age", "value": "30"}]))
    assert adult["/data/employer"]["relevant"] is True
    child = nodes(
        odk.fill(
            main_form,
            [
                {"ref": "/data/age", "value": "30"},
                {"ref": "/data/employer", "value": "Acme"},
                {"ref": "/data/age", "value": "12"},
            ],
        )
    )
    assert child["/data/employer"]["relevant"] is False
    assert child["/data/employer"]["value"] == ""  # a non-relevant node's value reads as blank
    back = nodes(
        odk.fill(
            main_form,
            [
                {"ref": "/data/age", "value": "30"},
                {"ref": "/data/employer", "value": "Acme"},
                {"ref": "/data/age", "value": "12"},
                {"ref": "/data/age", "value": "40"},
            ],
        )
    )
    assert back["/data/employer"] == {
        "ref": "/data/employer",
        "relevant": True,
        "required": False,
        "value": "Acme",  # the engine keeps the answer while the node is non-relevant
        "violation": None,
    }


def test_constraint_violation_appears_and_clears(odk: OdkRunner, main_form: Path) -> None:
    bad = nodes(odk.fill(main_form, [{"ref": "/data/age", "value": "150"}]))["/data/age"]
    assert bad["value"] == "150"
    assert bad["violation"] == "constraint"
    fixed = nodes(odk.fill(main_form, [{"ref": "/data/age", "value": "150"}, {"ref": "/data/age", "value": "45"}]))
    assert fixed["/data/age"]["violation"] is None
    cleared = nodes(odk.fill(main_form, [{"ref": "/data/age", "value": "45"}, {"ref": "/data/age", "value": ""}]))
    assert cleared["/data/age"]["violation"] == "required"


def test_repeat_instances_and_a_sum_across_them(odk: OdkRunner, main_form: Path) -> None:
    result = odk.fill(
        main_form,
        [
            {"ref": "/data/hh/member", "add": 2},
            {"ref": "/data/hh/member[1]/name", "value": "Ana"},
            {"ref": "/data/hh/member[1]/income", "value": "100"},
            {"ref": "/data/hh/member[2]/name", "value": "Ben"},
            {"ref": "/data/hh/member[2]/income", "value": "250"},
            {"ref": "/data/hh/member[3]/name", "value": "Cy"},
            {"ref": "/data/hh/member[3]/income", "value": "7"},
        ],
    )
    v = values(result)
    refs = [n["ref"] for n in result["nodes"]]
    assert refs[4:10] == [
        "/data/hh/member[1]/name",
        "/data/hh/member[1]/income",
        "/data/hh/member[2]/name",
        "/data/hh/member[2]/income",
        "/data/hh/member[3]/name",
        "/data/hh/member[3]/income",
    ]
    assert (v["/data/hh/member[1]/name"], v["/data/hh/member[2]/name"], v["/data/hh/member[3]/name"]) == (
        "Ana",
        "Ben",
        "Cy",
    )
    assert v["/data/total"] == "357"
    members = ET.fromstring(result["submission"]).findall("./hh/member")  # noqa: S314 - our own test XML
    assert [(m.findtext("name"), m.findtext("income")) for m in members] == [
        ("Ana", "100"),
        ("Ben", "250"),
        ("Cy", "7"),
    ]


def test_nested_repeat_references(odk: OdkRunner, tmp_path: Path) -> None:
    form = tmp_path / "nested.xml"
    survey = [
        ["type", "name", "label"],
        ["begin repeat", "visit", "Visit"],
        ["begin repeat", "item", "Item"],
        ["text", "what", "What"],
        ["end repeat", "", ""],
        ["end repeat", "", ""],
    ]
    form.write_text(xform(tmp_path / "nested.xlsx", survey), encoding="utf-8")
    result = odk.fill(
        form,
        [
            {"ref": "/data/visit", "add": 1},
            {"ref": "/data/visit[2]/item", "add": 2},
            {"ref": "/data/visit[2]/item[2]/what", "value": "soap"},
        ],
    )
    # A repeat instance added by the engine starts with no instances of the inner repeat.
    assert [n["ref"] for n in result["nodes"] if n["ref"] != "/data/meta/instanceID"] == [
        "/data/visit[1]/item[1]/what",
        "/data/visit[2]/item[1]/what",
        "/data/visit[2]/item[2]/what",
    ]
    assert values(result)["/data/visit[2]/item[2]/what"] == "soap"


def test_selects_report_lists_of_choice_names(odk: OdkRunner, main_form: Path) -> None:
    result = odk.fill(
        main_form,
        [
            {"ref": "/data/fruits", "values": ["plum", "apple"]},
            {"ref": "/data/pets", "value": "no"},
        ],
    )
    v = values(result)
    assert v["/data/fruits"] == ["apple", "plum"]  # the engine orders them as the choice list does
    assert v["/data/pets"] == ["no"]
    data = ET.fromstring(result["submission"])  # noqa: S314 - our own test XML
    assert data.findtext("fruits") == "apple plum"
    assert data.findtext("pets") == "no"
    cleared = values(odk.fill(main_form, [{"ref": "/data/pets", "value": "no"}, {"ref": "/data/pets", "value": ""}]))
    assert cleared["/data/pets"] == []


def test_submission_has_the_answers_and_drops_non_relevant_nodes(odk: OdkRunner, main_form: Path) -> None:
    result = odk.fill(
        main_form,
        [
            {"ref": "/data/age", "value": "30"},
            {"ref": "/data/employer", "value": "Acme"},
            {"ref": "/data/age", "value": "9"},
            {"ref": "/data/hh/member[1]/income", "value": "12"},
        ],
    )
    data = ET.fromstring(result["submission"])  # noqa: S314 - our own test XML
    assert data.tag == "data"
    assert data.get("id") == "harness"
    assert data.get("version") == "2026112501"
    assert data.findtext("age") == "9"
    assert data.findtext("hh/member/income") == "12"
    assert data.findtext("total") == "12"
    # ODK leaves a non-relevant node out of the submission altogether (not even an empty element).
    assert data.find("employer") is None
    assert "Acme" not in result["submission"]
    assert data.findtext("meta/instanceID") == values(result)["/data/meta/instanceID"]


def test_external_csv_for_select_one_from_file_and_pulldata(odk: OdkRunner, tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("name,label,age\nann,Ann,31\nbob,Bob,47\n", encoding="utf-8")
    survey = [
        ["type", "name", "label", "calculation"],
        ["select_one_from_file people.csv", "who", "Who", ""],
        ["calculate", "who_age", "", "pulldata('people', 'age', 'name', ${who})"],
    ]
    form = tmp_path / "csv.xml"
    form.write_text(xform(tmp_path / "csv.xlsx", survey), encoding="utf-8")
    result = odk.fill(form, [{"ref": "/data/who", "value": "bob"}], attachments=tmp_path)
    assert values(result)["/data/who"] == ["bob"]
    assert values(result)["/data/who_age"] == "47"
    with pytest.raises(OdkError) as missing_choice:
        odk.fill(form, [{"ref": "/data/who", "value": "cat"}], attachments=tmp_path)
    assert missing_choice.value.returncode == STEP_ERROR
    assert "step 0" in missing_choice.value.stderr and '"cat"' in missing_choice.value.stderr
    with pytest.raises(OdkError) as no_attachments:
        odk.fill(form, [])
    assert no_attachments.value.returncode == LOAD_ERROR
    assert "people.csv" in no_attachments.value.stderr


def test_bad_steps_exit_1_naming_the_step(odk: OdkRunner, main_form: Path) -> None:
    with pytest.raises(OdkError) as unknown:
        odk.fill(main_form, [{"ref": "/data/age", "value": "3"}, {"ref": "/data/nope", "value": "1"}])
    assert unknown.value.returncode == STEP_ERROR
    assert unknown.value.stderr.startswith("step 1: ") and "/data/nope" in unknown.value.stderr
    with pytest.raises(OdkError) as bad_choice:
        odk.fill(main_form, [{"ref": "/data/fruits", "values": ["apple", "mango"]}])
    assert bad_choice.value.returncode == STEP_ERROR
    assert bad_choice.value.stderr.startswith("step 0: ") and '"mango"' in bad_choice.value.stderr
    with pytest.raises(OdkError) as out_of_range:
        odk.fill(main_form, [{"ref": "/data/hh/member[2]/name", "value": "x"}])
    assert out_of_range.value.returncode == STEP_ERROR
    # the process survives failed requests
    assert values(odk.fill(main_form, [{"ref": "/data/age", "value": "5"}]))["/data/age"] == "5"


def test_single_process_mode_matches_batch(odk: OdkRunner, main_form: Path) -> None:
    steps = [
        {"ref": "/data/age", "value": "150"},
        {"ref": "/data/fruits", "values": ["kiwi"]},
        {"ref": "/data/hh/member", "add": 1},
        {"ref": "/data/hh/member[2]/income", "value": "4"},
    ]
    single = run_odk(main_form.read_text(encoding="utf-8"), steps)
    batch = odk.fill(main_form, steps)

    def without_uuid(result: dict[str, Any]) -> dict[str, Any]:
        uuid = values(result)["/data/meta/instanceID"]
        return json.loads(json.dumps(result).replace(uuid, "UUID"))

    assert without_uuid(single) == without_uuid(batch)
    assert nodes(single)["/data/age"]["violation"] == "constraint"
    # sum() over a blank income and 4 is NaN (number('') is NaN), which the engine stores as blank
    assert values(single)["/data/total"] == ""


def test_single_process_exit_codes(tmp_path: Path, main_form: Path) -> None:
    with pytest.raises(OdkError) as unknown:
        run_odk(main_form.read_text(encoding="utf-8"), [{"ref": "/data/x", "value": "1"}])
    assert unknown.value.returncode == STEP_ERROR
    assert unknown.value.stderr.strip() == 'step 0: unknown node reference "/data/x"'

    (tmp_path / "broken.xml").write_text("<h:html xmlns:h='http://www.w3.org/1999/xhtml'><h:head>", encoding="utf-8")
    (tmp_path / "steps.json").write_text("[]", encoding="utf-8")
    node = node_binary()
    assert node is not None
    proc = subprocess.run(
        [node, str(SCRIPT), str(tmp_path / "broken.xml"), str(tmp_path / "steps.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == LOAD_ERROR
    assert proc.stdout == ""
    assert proc.stderr.startswith("cannot load form: ")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_a_fixed_clock_for_start_today_and_now(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "calculation"],
        ["start", "started", "", ""],
        ["today", "day", "", ""],
        ["calculate", "tomorrow", "", "date(decimal-date-time(today()) + 1)"],
        ["calculate", "stamp", "", "format-date-time(now(), '%Y-%m-%d %H:%M')"],
    ]
    form = tmp_path / "clock.xml"
    form.write_text(xform(tmp_path / "clock.xlsx", survey), encoding="utf-8")
    with OdkRunner(tz="America/New_York") as odk:
        v = values(odk.fill(form, [], now="2026-03-01T02:30:00Z"))
        assert v["/data/started"] == "2026-02-28T21:30:00.000-05:00"
        assert v["/data/day"] == "2026-02-28"
        assert v["/data/tomorrow"] == "2026-03-01"
        assert v["/data/stamp"] == "2026-02-28 21:30"
        later = values(odk.fill(form, [], now="2026-07-04T16:00:00+00:00"))
        assert later["/data/day"] == "2026-07-04"
        assert later["/data/stamp"] == "2026-07-04 12:00"
        with pytest.raises(OdkError) as bad_now:
            odk.fill(form, [], now="yesterday")
        assert bad_now.value.returncode == 3
    single = values(run_odk(form.read_text(encoding="utf-8"), [], now="2026-03-01T02:30:00Z", tz="UTC"))
    assert single["/data/day"] == "2026-03-01"
    assert single["/data/stamp"] == "2026-03-01 02:30"
