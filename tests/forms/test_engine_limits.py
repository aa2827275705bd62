"""Small forms that used to hang or exhaust the memory (issue 18) now answer at once, or are refused
with the question and the limit: nested groups, text doubled by each calculation, nested counted
repeats, backtracking patterns, and an expression too costly for one answer.

The attacks run through the real command line in a child process with a time limit and a memory
limit far above what a pass needs, so a regression fails here instead of hanging the test run or
eating the machine's memory. A pass takes about a second each.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET  # the Element type only; parsing goes through defusedxml
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from defusedxml.ElementTree import fromstring as safe_fromstring
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.forms.engine import AnswerError, FormInstance
from app.forms.errors import FormTooComplex
from app.forms.limits import MAX_INSTANCE_NODES, MAX_REPEAT_ENTRIES, MAX_VALUE_CHARS, WORK_SECONDS, Budget
from app.forms.model import FormError, parse_xform
from tests.forms.builders import FIXED_NOW, open_form, write_xlsform

ROOT = Path(__file__).resolve().parents[2]
SAFETY_SECONDS = 60  # generous: a pass takes far less; before the fix these ran for minutes
MEMORY_BYTES = 3 * 1024**3  # before the fix the doubling text went far past this

H = ["type", "name", "label", "calculation", "constraint", "repeat_count", "default"]


def row(typ: str, name: str, **kw: str) -> list[str]:
    label = "" if typ.startswith(("end", "calculate")) else kw.get("label", name)
    return [typ, name, label, kw.get("calculation", ""), kw.get("constraint", ""), kw.get("repeat_count", ""),
            kw.get("default", "")]  # fmt: skip


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`circuitride ARGS` in a child process, bounded in time and memory."""
    env = {**os.environ, "CIRCUITRIDE_DATA_DIR": str(tmp_path / "workspace"), "QT_QPA_PLATFORM": "offscreen"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=SAFETY_SECONDS,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`circuitride {' '.join(args[:2])}` still ran after {SAFETY_SECONDS} s")


def fill(tmp_path: Path, form: Path, steps: list[dict[str, Any]]) -> subprocess.CompletedProcess[str]:
    steps_file = tmp_path / "steps.json"
    steps_file.write_text(json.dumps(steps), "utf-8")
    return cli(tmp_path, "forms", "fill", str(form), "--steps", str(steps_file), "--json")


def filled_values(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    return {n["ref"]: n for n in json.loads(result.stdout)["nodes"]}


@contextmanager
def within(seconds: int) -> Iterator[None]:
    """A safety net for in-process tests: fail instead of hanging if the engine loops for minutes."""

    def expired(_signum: int, _frame: Any) -> None:
        raise TimeoutError(f"the engine still ran after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# ----- nested groups --------------------------------------------------------------------------------
def test_deeply_nested_groups_open_and_take_an_answer(tmp_path: Path) -> None:
    depth = 24  # each level used to double the time and memory (docs/benchmarks.md)
    survey = [H, *(row("begin group", f"g{i}") for i in range(depth)), row("text", "q"),
              *(row("end group", "") for _ in range(depth))]  # fmt: skip
    form = write_xlsform(tmp_path / "nested.xlsx", survey)
    ref = "/data/" + "/".join(f"g{i}" for i in range(depth)) + "/q"
    nodes = filled_values(fill(tmp_path, form, [{"ref": ref, "value": "synthetic answer"}]))
    assert nodes[ref]["value"] == "synthetic answer"


# ----- values ---------------------------------------------------------------------------------------
def test_text_doubled_by_each_calculation_stops_at_the_value_limit_naming_the_calculation(tmp_path: Path) -> None:
    survey = [H, row("text", "a", default="ab")]
    for i in range(40):  # 2 characters doubled 40 times: 2 TB
        survey.append(row("calculate", f"c{i}", calculation=f"concat(${{{'a' if i == 0 else f'c{i - 1}'}}}, "
                                                            f"${{{'a' if i == 0 else f'c{i - 1}'}}})"))  # fmt: skip
    form = write_xlsform(tmp_path / "doubling.xlsx", survey)
    result = fill(tmp_path, form, [])
    assert result.returncode == 1, result.stderr
    assert "at /data/c15" in result.stderr  # 2 x 2^16 = 131,072 characters
    assert f"at most {MAX_VALUE_CHARS:,} are allowed" in result.stderr
    assert "Traceback" not in result.stderr
    # `forms check` says so too (it loads the form and opens it), and `forms install` refuses it
    checked = cli(tmp_path, "forms", "check", str(form))
    assert checked.returncode == 1 and "at /data/c15" in checked.stderr and "Supported" not in checked.stderr


def test_a_text_under_the_value_limit_is_worked_out_in_full(tmp_path: Path) -> None:
    survey = [H, row("text", "a", default="ab")]
    survey += [row("calculate", "c0", calculation="concat(${a}, ${a})")]
    survey += [row("calculate", f"c{i}", calculation=f"concat(${{c{i - 1}}}, ${{c{i - 1}}})") for i in range(1, 15)]
    inst = open_form(tmp_path, survey)
    assert inst.node_at("/data/c14").value == "ab" * 2**15  # 65,536 characters
    with within(SAFETY_SECONDS), pytest.raises(FormTooComplex, match="at /data/c14"):
        inst.set_value("/data/a", "abc")  # 98,304 characters: still fits ... but c14 of "abcd" would not
        inst.set_value("/data/a", "abcd")
    assert inst.node_at("/data/a").value == "abc"  # the refused answer left the form as it was
    assert inst.node_at("/data/c14").value == "abc" * 2**15


# ----- repeats --------------------------------------------------------------------------------------
def test_nested_repeats_with_fixed_counts_past_the_limits_are_refused_by_forms_check(tmp_path: Path) -> None:
    nested = write_xlsform(
        tmp_path / "nested_repeats.xlsx",
        [H, row("begin repeat", "outer", repeat_count="500"), row("begin repeat", "inner", repeat_count="500"),
         row("text", "q"), row("end repeat", ""), row("end repeat", "")],
    )  # fmt: skip
    result = cli(tmp_path, "forms", "check", str(nested))
    assert result.returncode == 1, result.stderr
    assert "survey row 2:" in result.stderr
    assert f"at most {MAX_INSTANCE_NODES:,} are allowed" in result.stderr
    too_many = write_xlsform(
        tmp_path / "too_many.xlsx",
        [H, row("text", "name"), row("begin repeat", "r", repeat_count="600"), row("text", "q"), row("end repeat", "")],
    )
    result = cli(tmp_path, "forms", "check", str(too_many))
    assert result.returncode == 1, result.stderr
    assert f"survey row 3: the repeat count 600 is more entries than a repeat may hold ({MAX_REPEAT_ENTRIES})" in (
        result.stderr
    )


COUNTED = [H, row("integer", "n"), row("begin repeat", "outer", repeat_count="${n}"),
           row("begin repeat", "inner", repeat_count="${n}"), row("text", "q"), row("end repeat", ""),
           row("end repeat", "")]  # fmt: skip


def test_nested_repeats_counted_by_an_answer_are_refused_when_the_answer_would_pass_the_limits(
    tmp_path: Path,
) -> None:
    form = write_xlsform(tmp_path / "counted.xlsx", COUNTED)
    nodes = filled_values(fill(tmp_path, form, [{"ref": "/data/n", "value": "3"}]))
    assert "/data/outer[3]/inner[3]/q" in nodes
    result = fill(tmp_path, form, [{"ref": "/data/n", "value": "500"}])  # 250,000 entries: minutes before
    assert result.returncode == 1
    assert "step 0:" in result.stderr and f"more than {MAX_INSTANCE_NODES:,} questions" in result.stderr
    result = fill(tmp_path, form, [{"ref": "/data/n", "value": "5000"}])
    assert result.returncode == 1
    assert f"a repeat holds at most {MAX_REPEAT_ENTRIES}" in result.stderr


def test_a_refused_answer_leaves_the_form_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The size limits are what this checks: on a loaded machine the time budget could refuse first.
    monkeypatch.setattr(Budget.__init__, "__defaults__", (30.0,))
    inst = open_form(tmp_path, COUNTED)
    inst.set_value("/data/n", "3")
    inst.set_value("/data/outer[2]/inner[3]/q", "kept")
    before, draft = inst.states(), inst.to_xml(submission=False)
    with within(SAFETY_SECONDS):
        with pytest.raises(FormTooComplex, match=f"more than {MAX_INSTANCE_NODES:,}") as refused:
            inst.set_value("/data/n", "400")
        assert isinstance(refused.value, AnswerError)  # callers that handle refused answers handle it
        with pytest.raises(FormTooComplex, match=f"at most {MAX_REPEAT_ENTRIES}"):
            inst.set_value("/data/n", "501")
    assert inst.states() == before and inst.to_xml(submission=False) == draft
    inst.set_value("/data/n", "2")  # and the form goes on
    assert [s.ref for s in inst.states() if s.path == "/data/outer/inner/q"] == [
        f"/data/outer[{i}]/inner[{j}]/q" for i in (1, 2) for j in (1, 2)
    ]


# ----- patterns -------------------------------------------------------------------------------------
def test_a_backtracking_pattern_is_answered_at_once_with_the_meaning_patterns_had(tmp_path: Path) -> None:
    form = write_xlsform(
        tmp_path / "patterns.xlsx",
        [H, row("text", "q", constraint="regex(., '^(a+)+$')"),  # backtracked for ages before
         row("text", "digits", constraint=r"regex(., '^\d+$')"), row("text", "word", constraint=r"regex(., '^\w+$')"),
         row("text", "short", constraint="regex(., '^.{1,3}$')"), row("text", "line", constraint="regex(., '^ok$')")],
    )  # fmt: skip
    answers = {"q": "a" * 34 + "!", "digits": "١٢٣", "word": "Олена", "short": "😀😀", "line": "ok\n"}
    nodes = filled_values(fill(tmp_path, form, [{"ref": f"/data/{k}", "value": v} for k, v in answers.items()]))
    assert {k: nodes[f"/data/{k}"]["violation"] for k in answers} == {
        "q": "constraint",
        "digits": None,  # digits of every script, as before
        "word": None,  # letters of every script
        "short": None,  # an emoji is one character, as JavaRosa (Java) and XML Schema count it
        "line": None,  # `$` also before a final newline, as before
    }


def test_patterns_that_need_backtracking_are_refused_naming_the_row(tmp_path: Path) -> None:
    form = write_xlsform(
        tmp_path / "backref.xlsx",
        [H, row("text", "name"), row("text", "twice", constraint=r"regex(., '^(\w+) \1$')")],
    )
    result = cli(tmp_path, "forms", "check", str(form))
    assert result.returncode == 1, result.stderr
    assert "survey row 3:" in result.stderr and "backreferences" in result.stderr
    with pytest.raises(FormError, match="lookahead"):
        open_form(tmp_path, [H, row("text", "q", constraint="regex(., 'a(?=b)')")], name="lookahead.xlsx")


def test_a_pattern_made_from_an_answer_that_needs_backtracking_is_refused_when_used(tmp_path: Path) -> None:
    inst = open_form(
        tmp_path, [H, row("text", "pattern"), row("text", "q", constraint="regex(., ${pattern})")], name="dyn.xlsx"
    )
    inst.set_value("/data/q", "aa")
    inst.set_value("/data/pattern", "^a+$")
    assert inst.node_at("/data/q").violation is None
    with within(SAFETY_SECONDS), pytest.raises(FormTooComplex, match="at /data/q: the regular expression"):
        inst.set_value("/data/pattern", r"^(a)\1$")
    assert inst.node_at("/data/pattern").value == "^a+$"


# ----- the time budget ------------------------------------------------------------------------------
def test_an_expression_too_costly_for_one_answer_is_stopped_by_the_time_budget(tmp_path: Path) -> None:
    # Each entry looks at every entry, which looks at every entry...: 200^4 steps, hours of work.
    costly = "count(/data/r[count(../r[count(../r[count(../r) > 0]) > 0]) > 0])"
    form = write_xlsform(
        tmp_path / "costly.xlsx",
        [H, row("integer", "n"), row("begin repeat", "r", repeat_count="${n}"), row("text", "q"),
         row("end repeat", ""), row("calculate", "total", calculation=costly)],
    )  # fmt: skip
    nodes = filled_values(fill(tmp_path, form, [{"ref": "/data/n", "value": "3"}]))
    assert nodes["/data/total"]["value"] == "3"
    result = fill(tmp_path, form, [{"ref": "/data/n", "value": "200"}])
    assert result.returncode == 1
    assert f"at /data/total: working it out takes longer than {WORK_SECONDS:g} s" in result.stderr


# ----- copying the form's own instance ---------------------------------------------------------------
NAMES = st.sampled_from(["a", "b", "c", "d"])
WORDS = st.text(alphabet="xyz", min_size=0, max_size=3)


@st.composite
def shapes(draw: st.DrawFn, depth: int = 0) -> list[tuple[str, str, Any]]:
    """Children of an element: (kind, name, detail), names unique among siblings. A repeat's
    detail: (shape of its entries, template position: None | 0 | 1)."""
    names = draw(st.lists(NAMES, min_size=1, max_size=3, unique=True))
    out = []
    for name in names:
        kinds = ["leaf"] if depth >= 3 else ["leaf", "group", "repeat"]
        kind = draw(st.sampled_from(kinds))
        if kind == "leaf":
            out.append((kind, name, None))
        elif kind == "group":
            out.append((kind, name, draw(shapes(depth + 1))))
        else:
            out.append((kind, name, (draw(shapes(depth + 1)), draw(st.sampled_from([None, 0, 1])))))
    return out


@st.composite
def filled(draw: st.DrawFn, shape: list[tuple[str, str, Any]]) -> list[tuple[str, str, Any]]:
    """Values for one element of `shape`: leaves get text, repeats their entries (at least one
    when the form gives no template: that first entry is also the repeat's shape)."""
    out = []
    for kind, name, detail in shape:
        if kind == "leaf":
            out.append((kind, name, draw(WORDS)))
        elif kind == "group":
            out.append((kind, name, draw(filled(detail))))
        else:
            inner, template = detail
            count = draw(st.integers(0 if template == 0 else 1, 3))
            out.append((kind, name, (inner, template, [draw(filled(inner)) for _ in range(count)])))
    return out


def _xml(values: list[tuple[str, str, Any]], *, with_templates: bool) -> str:
    parts = []
    for kind, name, detail in values:
        if kind == "leaf":
            parts.append(f"<{name}>{detail}</{name}>")
        elif kind == "group":
            parts.append(f"<{name}>{_xml(detail, with_templates=with_templates)}</{name}>")
        else:
            inner, template, entries = detail
            blank = f'<{name} jr:template="">{_xml(_blanks(inner), with_templates=True)}</{name}>'
            for i, entry in enumerate(entries):
                if with_templates and template == i:
                    parts.append(blank)
                parts.append(f"<{name}>{_xml(entry, with_templates=with_templates)}</{name}>")
            if with_templates and template is not None and template >= len(entries):
                parts.append(blank)
    return "".join(parts)


def _blanks(shape: list[tuple[str, str, Any]]) -> list[tuple[str, str, Any]]:
    out: list[tuple[str, str, Any]] = []
    for kind, name, detail in shape:
        if kind == "leaf":
            out.append((kind, name, "tpl"))
        elif kind == "group":
            out.append((kind, name, _blanks(detail)))
        else:
            out.append((kind, name, (detail[0], detail[1], [] if detail[1] is not None else [_blanks(detail[0])])))
    return out


def _body(shape: list[tuple[str, str, Any]], path: str) -> str:
    parts = []
    for kind, name, detail in shape:
        ref = f"{path}/{name}"
        if kind == "leaf":
            parts.append(f'<input ref="{ref}"><label>{name}</label></input>')
        elif kind == "group":
            parts.append(f'<group ref="{ref}">{_body(detail, ref)}</group>')
        else:
            parts.append(f'<group ref="{ref}"><repeat nodeset="{ref}">{_body(detail[0], ref)}</repeat></group>')
    return "".join(parts)


def _tree(el: ET.Element) -> tuple[str, str, list[Any]]:
    return (el.tag.rsplit("}", 1)[-1], (el.text or "") if len(el) == 0 else "", [_tree(c) for c in el])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_forms_own_entries_and_a_draft_round_trip(data: st.DataObject) -> None:
    """The form's instance, nested groups and repeats with their own entries (templates before,
    between or without), is what a new form starts with; a draft of it, with entries added and
    answers given, opens again the same."""
    shape = data.draw(shapes(), label="shape")
    values = data.draw(filled(shape), label="values")
    xform = (
        '<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" '
        'xmlns:jr="http://openrosa.org/javarosa"><h:head><h:title>t</h:title><model><instance>'
        f'<data id="t" version="1">{_xml(values, with_templates=True)}</data></instance></model></h:head>'
        f"<h:body>{_body(shape, '/data')}</h:body></h:html>"
    )
    form = parse_xform(xform)
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    expected = safe_fromstring(f"<data>{_xml(values, with_templates=False)}</data>")
    assert _tree(safe_fromstring(inst.to_xml(submission=False))) == _tree(expected)
    for _ in range(data.draw(st.integers(0, 4), label="changes")):
        leaves = [s for s in inst.states() if s.kind]
        repeats = sorted({s.ref.rsplit("[", 1)[0] for s in leaves if s.ref.endswith("]") or "[" in s.ref})
        if repeats and data.draw(st.booleans(), label="add"):
            inst.add_repeat(data.draw(st.sampled_from(repeats), label="repeat"), 1)
        elif leaves:
            inst.set_value(data.draw(st.sampled_from(leaves), label="leaf").ref, data.draw(WORDS, label="answer"))
    again = FormInstance.from_snapshot(form, inst.snapshot(), now=lambda: FIXED_NOW)
    assert again.states() == inst.states()
    assert again.to_xml(submission=False) == inst.to_xml(submission=False)


def test_the_value_limit_is_the_one_a_value_can_travel_with() -> None:
    from app.models.limits import MAX_TEXT_CHARS

    assert MAX_VALUE_CHARS == MAX_TEXT_CHARS


def test_a_form_past_the_limits_is_not_installed(tmp_path: Path, ws: Any) -> None:
    from app.errors import InvalidInput
    from app.services.forms import install_form, list_forms

    survey = [H, row("text", "a", default="ab")]
    for i in range(20):
        prev = "a" if i == 0 else f"c{i - 1}"
        survey.append(row("calculate", f"c{i}", calculation=f"concat(${{{prev}}}, ${{{prev}}})"))
    form = write_xlsform(tmp_path / "doubling.xlsx", survey)
    with within(60), pytest.raises(InvalidInput, match="cannot be installed: The form cannot be worked out"):
        install_form(ws, form)
    assert list_forms(ws) == []
