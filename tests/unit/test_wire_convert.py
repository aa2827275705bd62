"""protocol.convert (travelling values -> column values) against the plain field-by-field rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import MODEL_BY_TABLE
from app.wire import protocol as p

TABLES = sorted(MODEL_BY_TABLE)


def plain(model: Any, values: dict[str, Any], allowed: frozenset[str], skip: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in allowed and key not in skip:
            conv = p._converter(model, key)
            out[key] = conv(value) if conv is not None and value is not None else value
    return out


@st.composite
def rows(draw: st.DrawFn) -> tuple[str, dict[str, Any], set[str]]:
    table = draw(st.sampled_from(TABLES))
    model = MODEL_BY_TABLE[table]
    names = sorted(p.table_fields(table)) + ["not_a_field"]
    values: dict[str, Any] = {}
    for name in draw(st.lists(st.sampled_from(names), unique=True)):
        conv = p._converter(model, name)
        if conv is p._to_datetime:
            values[name] = draw(st.sampled_from([None, "2026-01-02T03:04:05", "2026-01-02T03:04:05+02:00"]))
        elif conv is p._to_date:
            values[name] = draw(st.sampled_from([None, "2026-01-02"]))
        else:
            values[name] = draw(st.sampled_from([None, "text", 3, True, ["a"]]))
    skip = set(draw(st.lists(st.sampled_from(names), max_size=3)))
    return table, values, skip


@settings(max_examples=300, deadline=None)
@given(rows())
def test_convert_is_the_field_by_field_rule(row: tuple[str, dict[str, Any], set[str]]) -> None:
    table, values, skip = row
    model = MODEL_BY_TABLE[table]
    got = p.convert(model, values, p.table_fields(table), skip)
    assert got == plain(model, values, p.table_fields(table), skip)
    assert list(got) == list(plain(model, values, p.table_fields(table), skip))  # same order


def test_times_become_values_and_other_fields_stay() -> None:
    model = MODEL_BY_TABLE["notes"]
    values = {"written_at": "2026-01-02T03:04:05", "text": "seen", "unknown": 1}
    got = p.convert(model, values, p.table_fields("notes"), set())
    assert got == {"written_at": dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), "text": "seen"}
    assert p.convert(model, values, p.table_fields("notes"), {"text"}) == {"written_at": got["written_at"]}
