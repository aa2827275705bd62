"""Properties of the engine over the bundled forms: any sequence of answers (valid, malformed,
out of range, choices not offered, repeats added and removed) never crashes it — a refusal is an
AnswerError — and a submission never carries an answer hidden by relevance."""

from __future__ import annotations

from pathlib import Path

import pytest
from defusedxml.ElementTree import fromstring as safe_fromstring
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.forms.engine import AnswerError, FormInstance, Prefill
from app.forms.xlsform import load_form
from tests.forms.builders import FIXED_NOW

FORMS = Path(__file__).resolve().parents[2] / "resources" / "forms"
PERSONS = [
    {"id": "p1", "role": "principal_applicant", "family_name": "Synthfam", "given_names": "Ana", "dob": "1984-05-06",
     "sex": "F", "languages": ["es"]},
    {"id": "p2", "role": "child", "family_name": "Synthfam", "given_names": "Beto", "dob": "2016", "sex": "M"},
]  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            "0",
            "1",
            "-1",
            "17",
            "18",
            "55",
            "2147483648",
            "1.5",
            "2026-11-25",
            "1900-01-01",
            "10:30:00",
            "2026-11-25T10:30:00",
            "yes",
            "no",
            "other",
            "F",
            "M",
            "es",
            "x" * 300,
        ]
    ),  # fmt: skip
    st.text(max_size=12),
)


@pytest.fixture(scope="module", params=sorted(p.name for p in FORMS.glob("*.xlsx")))
def form(request: pytest.FixtureRequest):  # noqa: ANN201
    return load_form(FORMS / request.param)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_answers_never_crash_and_hidden_answers_are_not_submitted(form, data: st.DataObject) -> None:  # noqa: ANN001
    inst = FormInstance(
        form, prefill=Prefill(case={"case_number": "LIM-000001"}, persons=PERSONS), now=lambda: FIXED_NOW
    )
    for _ in range(data.draw(st.integers(1, 20), label="steps")):
        states = [s for s in inst.states() if s.kind and s.relevant]
        if not states:
            break
        state = data.draw(st.sampled_from(states), label="question")
        try:
            action = data.draw(st.sampled_from(["value", "choice", "add", "remove"]), label="action")
            if action == "choice" and state.kind in ("select1", "select"):
                offered = [v for v, _ in inst.choices(inst.node_at(state.ref))]
                picks = data.draw(st.lists(st.sampled_from(offered or ["none"]), max_size=3), label="picks")
                inst.select_values(state.ref, picks[:1] if state.kind == "select1" else picks)
            elif action == "add":
                repeat = state.ref.rsplit("[", 1)[0] if "[" in state.ref else state.ref
                inst.add_repeat(repeat, 1)
            elif action == "remove" and "[" in state.ref:
                inst.remove_repeat(state.ref[: state.ref.rindex("]") + 1])
            else:
                inst.set_value(state.ref, data.draw(VALUES, label="value"))
        except AnswerError:
            pass  # refused with a reason: the form is unchanged and goes on
    submission = safe_fromstring(inst.to_xml())
    present = {"/" + "/".join(p) for p in _paths(submission)}
    for s in inst.states():
        if not s.relevant:
            assert _plain(s.ref) not in present or _has_relevant_twin(inst, s.ref), s.ref
    again = FormInstance.from_snapshot(form, inst.snapshot(), prefill=Prefill(persons=PERSONS), now=lambda: FIXED_NOW)
    assert [(s.ref, s.value) for s in again.states()] == [(s.ref, s.value) for s in inst.states()]


def _paths(el, prefix=()):  # noqa: ANN001, ANN202
    here = (*prefix, el.tag.rsplit("}", 1)[-1])
    yield here
    for child in el:
        yield from _paths(child, here)


def _plain(ref: str) -> str:
    import re

    return re.sub(r"\[\d+\]", "", ref)


def _has_relevant_twin(inst: FormInstance, ref: str) -> bool:
    """Another entry of the same repeat puts the same (index-free) path in the submission."""
    path = _plain(ref)
    return any(s.relevant and _plain(s.ref) == path for s in inst.states())
