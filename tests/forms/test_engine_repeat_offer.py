"""Whether a repeat can take another entry now (`repeat_refusal`), asked without changing the form:
the window offers no "Add" that the engine would refuse (issue 23)."""

from __future__ import annotations

from pathlib import Path

from app.forms.engine import FormInstance
from tests.forms.builders import open_form, values

SURVEY = [
    ["type", "name", "label", "relevant"],
    ["integer", "n", "How many members?", ""],
    ["begin_repeat", "member", "Member", "position(.) <= ${n}"],
    ["text", "name", "Name", ""],
    ["end_repeat", "", "", ""],
    ["begin_repeat", "visit", "Visit", ""],
    ["text", "where", "Where", ""],
    ["end_repeat", "", "", ""],
]


def _form(tmp_path: Path) -> FormInstance:
    inst = open_form(tmp_path, SURVEY)
    for ref in ("/data/member[1]", "/data/visit[1]"):
        if any(s.ref.startswith(ref) for s in inst.states()):
            inst.remove_repeat(ref)
    return inst


def test_a_repeat_whose_new_entry_would_not_be_relevant_is_refused_without_changing_the_form(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    inst.set_value("/data/n", "1")
    assert inst.repeat_refusal("/data/member") is None
    inst.add_repeat("/data/member")
    inst.set_value("/data/member[1]/name", "Amina")
    before = (inst.to_xml(submission=False), values(inst))
    refusal = inst.repeat_refusal("/data/member")
    assert refusal is not None and refusal.code == "not-relevant"
    assert (inst.to_xml(submission=False), values(inst)) == before  # tried and put back
    inst.set_value("/data/n", "2")
    assert inst.repeat_refusal("/data/member") is None
    assert (inst.to_xml(submission=False).count("<member>")) == 1  # still only the entry added


def test_a_repeat_without_its_own_relevance_is_offered_without_a_trial(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    assert inst.repeat_refusal("/data/visit") is None
    assert inst.to_xml(submission=False).count("<visit>") == 0


def test_a_trial_inside_a_callers_limited_block_also_puts_the_form_back(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    inst.set_value("/data/n", "0")
    before = inst.to_xml(submission=False)
    with inst.limited():
        assert inst.repeat_refusal("/data/member") is not None
        inst.set_value("/data/n", "3")
        assert inst.repeat_refusal("/data/member") is None
    assert inst.to_xml(submission=False) == before.replace("<n>0</n>", "<n>3</n>")
