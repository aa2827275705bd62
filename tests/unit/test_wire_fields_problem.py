"""protocol.fields_problem (the quick verdict both sides of a push use) says exactly what
limits.fields_problem says, for changes that fit and for every way a change can break the limits."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import limits
from app.wire import protocol as p

CASES: list[dict[str, Any]] = [
    {"given_name": "Amina", "dob": "1990-01-02", "languages": ["sw", "en"], "size": 3, "ok": True, "gone": None},
    {"score": 1.5, "nested": {"a": [1, 2, {"b": "c"}]}},
    {"notes": "x" * (limits.MAX_TEXT_CHARS + 1)},
    {"first": "fine", "items": list(range(limits.MAX_LIST_ITEMS + 1))},
    {"weight": float("nan")},
    {"weight": float("inf")},
    {"mapping": {1: "integer key"}},
    {"huge": 2**70},
    {"deep": [[[[[[[["too deep"]]]]]]]]},
    {"odd": object()},
    # Fits by the compact measure, too large by the spaced one the limit is defined with.
    {f"k{i}": [0] * 900 for i in range(250)},
    # Near the limit either way: several long texts (non-ASCII counts in bytes).
    {"a": "é" * 90_000, "b": "é" * 90_000, "c": "é" * 90_000},
    {"a": "y" * 90_000, "b": "y" * 90_000},
    # Only text, whole numbers, booleans and None (the quick path): at and around the text limit,
    # a key that is not text, whole numbers at and past 64 bits.
    {"a": "z" * limits.MAX_TEXT_CHARS},
    {"a": "z" * (limits.MAX_TEXT_CHARS - 10), "b": True, "c": None},
    {"a": "z" * (limits.MAX_TEXT_CHARS + 1), "b": 1},
    {1: "a key that is not text"},  # type: ignore[dict-item]
    {"low": -(2**63), "high": 2**64 - 1},
    {"past": 2**64},
    {"languages": ["ps", "prs"], "verified": {"dob": True}, "aliases": [], "name": "z" * 99_900},
    {"languages": ["ps"] * (limits.MAX_LIST_ITEMS + 1)},
    {"verified": {"k": float("nan")}},
    {"verified": {1: True}},
]


@pytest.mark.parametrize("fields", CASES, ids=range(len(CASES)))
def test_same_verdict_as_the_limit(fields: dict[str, Any]) -> None:
    assert p.fields_problem(fields) == limits.fields_problem(fields)


def test_the_verdicts_differ_between_cases() -> None:
    """The cases above hold both answers, so the comparison can fail."""
    verdicts = [limits.fields_problem(f) for f in CASES]
    assert None in verdicts
    assert sum(v is not None for v in verdicts) >= 8


PLAIN = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=40),
    st.builds(lambda c, n: c * n, st.sampled_from(["a", "é", "𝔸", '"']), st.integers(0, limits.MAX_TEXT_CHARS + 5)),
)


SHALLOW = st.one_of(
    PLAIN,
    st.lists(PLAIN, max_size=4),
    st.dictionaries(st.text(max_size=6), PLAIN, max_size=4),
    st.lists(st.just("x"), min_size=limits.MAX_LIST_ITEMS - 1, max_size=limits.MAX_LIST_ITEMS + 1),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=3),
    st.lists(st.lists(st.integers(), max_size=2), max_size=2),
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=12), SHALLOW, max_size=8))
def test_plain_values_same_verdict_as_the_limit(fields: dict[str, Any]) -> None:
    """Text (long ones near the limit, multi-byte and escaped), whole numbers past 64 bits,
    booleans and None, and lists and mappings of them (long, nested, of floats): the quick path
    agrees with the limit's own measure."""
    assert p.fields_problem(fields) == limits.fields_problem(fields)
