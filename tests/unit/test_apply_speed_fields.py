"""record_problems remembers verdicts per table, field and type of value (a pull checks every field
of tens of thousands of records): whatever it has remembered, its answer must be the rules' own,
`plain_record_problems`, in the same order."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import fields as F
from app.models import vocab

_TODAY = dt.date.today()
_WORDS = [
    *vocab.STAGES,
    *vocab.PRIORITIES,
    *vocab.SEXES,
    *vocab.PERSON_ROLES,
    *vocab.DOB_PRECISIONS,
    *vocab.CONFIDENTIALITY,
    "Exact",
    " year ",
    "banana",
    "p-1",
    "f",
    "VE",
    "ve",
    "ZZZ",
    "es",
    "uk-UA",
    "not a language",
    "",
    " ",
    "LIM-000123",
    "123-45C67890",
    "line\nbreak",
    "nul\x00",
    "1988",
    "1988-02",
    "1988-02-30",
    "1988-13-01",
    "1899",
    "1990-06-06",
    "1990-6-6",
    (_TODAY + dt.timedelta(days=1)).isoformat(),
    _TODAY.isoformat(),
    _TODAY.isoformat()[:7],
    "2026-11-03",
    "2026-11-03T10:00:00",
    "2026-11-03T10:00:00+00:00",
    "08:00-17:00",
    "17:00-08:00",
    "true",
    "no",
    "1",
    str(uuid.UUID(int=7)),
    "0190F5C2-7D3E-7A41-9C0E-5B2F1D4E8A77",
    "a" * 64,
    "b" * 65,
    "c" * 5000,
    "0" * 64,
]
value = st.one_of(
    st.sampled_from(_WORDS),
    st.none(),
    st.booleans(),
    st.integers(-3, 120),
    st.sampled_from([1.0, 0.0, 2.5]),
    st.text(max_size=12),
    st.lists(st.sampled_from(_WORDS), max_size=10),
    st.lists(st.integers(0, 3), max_size=2),
    st.just({"a": 1}),
)
_TABLES = sorted(F.RECORD_RULES)


@st.composite
def record(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    table = draw(st.sampled_from([*_TABLES, "unknown_table"]))
    names = [*F.RECORD_RULES.get(table, {}), "deleted", "no_such_field"]
    chosen = draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)))
    values = {name: draw(value) for name in chosen}
    if table == "persons" and draw(st.booleans()):  # a date of birth with its precision, fine alone or not
        values["dob"] = draw(st.sampled_from(_DOBS) | value)
        values["dob_precision"] = draw(st.sampled_from([*vocab.DOB_PRECISIONS, "Exact", None, "", "day"]))
    return table, values


_DOBS = ["1988", "1988-02", "1988-02-03", "1900", "1899-12", None, "", " 1988 ", _TODAY.isoformat()]


@settings(max_examples=3000, deadline=None)
@given(st.lists(record(), min_size=1, max_size=6))
def test_remembered_verdicts_are_the_rules_verdicts(records: list[tuple[str, dict[str, Any]]]) -> None:
    for _ in range(2):  # the second time, from memory
        for table, values in records:
            assert list(F.record_problems(table, values).items()) == list(
                F.plain_record_problems(table, values).items()
            )


def test_values_equal_across_types_are_judged_apart() -> None:
    for first in (True, 1, 1.0, "1", None, [], ["1"]):
        F._verdict_memory[1].clear()
        F.record_problems("cases", {"deleted": first, "expedited": first})
        for other in (True, 1, 1.0, "1", None, [], ["1"]):
            got = F.record_problems("cases", {"deleted": other, "expedited": other})
            assert got == F.plain_record_problems("cases", {"deleted": other, "expedited": other})


def test_a_full_memory_starts_again(monkeypatch: Any) -> None:
    monkeypatch.setattr(F, "_VERDICTS_MAX", 10)
    first = F._memory()
    for i in range(20):
        assert F.record_problems("notes", {"author": f"user{i}"}) == {}
    assert F._memory() is not first
    assert F._memory().size <= 10


def test_a_memory_of_another_day_is_not_used(monkeypatch: Any) -> None:
    """The same verdict (a date of birth of tomorrow refused) made on a day that has passed, read
    on the next day: worked out again (the clock moved on by a day)."""
    tomorrow = (_TODAY + dt.timedelta(days=1)).isoformat()
    values = {"dob": tomorrow, "dob_precision": "exact"}
    assert "dob" in F.record_problems("persons", values)
    memory = F._memory()

    class NextDay(dt.date):
        @classmethod
        def today(cls) -> NextDay:
            return cls.fromordinal(_TODAY.toordinal() + 2)

    monkeypatch.setattr(dt, "date", NextDay)
    monkeypatch.setattr(time, "time", lambda: memory.ends + 86_400)
    assert "dob" not in F.record_problems("persons", values)
    assert F._memory() is not memory


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from([*_TABLES, "unknown_table"]), st.lists(record(), min_size=0, max_size=12))
def test_records_checked_together_are_those_checked_one_at_a_time(
    table: str, records: list[tuple[str, dict[str, Any]]]
) -> None:
    """`records_with_problems` (a push's or a page's records, a field at a time) flags exactly the
    records `record_problems` finds something wrong with, whatever their values' kinds."""
    values = [v for _, v in records]
    expected = [i for i, v in enumerate(values) if F.plain_record_problems(table, v)]
    for _ in range(2):  # the second time, from memory
        assert F.records_with_problems(table, values) == expected


def test_a_column_mixing_kinds_that_compare_equal_is_judged_value_by_value() -> None:
    # True == 1 == 1.0: a column holding them must not let one's verdict stand for the others
    records = [{"deleted": True}, {"deleted": 1}, {"deleted": 1.0}, {"deleted": False}, {}, {"deleted": None}]
    expected = [i for i, r in enumerate(records) if F.plain_record_problems("cases", r)]
    assert expected == [1, 2]  # a flag must be a boolean (1 and 1.0 are not)
    F._verdict_memory[1].clear()
    assert F.records_with_problems("cases", records) == expected
