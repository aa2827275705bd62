"""Field rules: user input becomes a stored value, or a message that says which field and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.models import fields as F

TODAY = dt.date(2026, 11, 25)


# ----- dates of birth ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("1988-04-12", None, ("1988-04-12", "exact")),
        ("1988-04", None, ("1988-04", "month")),
        ("1988", None, ("1988", "year")),
        ("1988-04-12", "exact", ("1988-04-12", "exact")),
        ("1988-04-12", "estimated", ("1988-04-12", "estimated")),
        ("1988-04-12", "month", ("1988-04", "month")),  # a fuller date than the precision claims
        ("1988-04-12", "year", ("1988", "year")),
        ("1988-04", "year", ("1988", "year")),
        ("  1988-04-12 ", None, ("1988-04-12", "exact")),
        ("2000-02-29", None, ("2000-02-29", "exact")),  # a leap day
        ("1900-01-01", None, ("1900-01-01", "exact")),  # the earliest accepted
        ("2026-11-25", None, ("2026-11-25", "exact")),  # born today
        ("1988-04-12", "Exact", ("1988-04-12", "exact")),
        (None, None, (None, "exact")),
        ("", "year", (None, "year")),
    ],
)
def test_parse_dob_accepts_partial_iso_dates(value: Any, precision: Any, expected: tuple[str | None, str]) -> None:
    assert F.parse_dob(value, precision, today=TODAY) == expected


@pytest.mark.parametrize(
    ("value", "precision", "says"),
    [
        ("1988-13-01", None, "not a real calendar date"),
        ("1988-02-30", None, "not a real calendar date"),
        ("1900-02-29", None, "not a real calendar date"),  # 1900 was not a leap year
        ("1988-00", None, "not a real calendar date"),
        ("1899-12-31", None, "before 1900"),
        ("2026-11-26", None, "in the future"),
        ("12/04/1988", None, "not a date of birth"),
        ("1988-4-12", None, "not a date of birth"),
        ("88-04-12", None, "not a date of birth"),
        ("1988-04-12T00:00", None, "not a date of birth"),
        ("April 1988", None, "not a date of birth"),
        (19880412, None, "must be text"),
        ("1988", "exact", "YYYY-MM-DD"),
        ("1988", "month", "YYYY-MM"),
        ("1988-04", "estimated", "YYYY-MM-DD"),
        ("1988-04-12", "roughly", "not one of"),
    ],
)
def test_parse_dob_rejects_with_a_reason(value: Any, precision: Any, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        F.parse_dob(value, precision, today=TODAY)


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY), st.sampled_from(["exact", "estimated", "month", "year"])
)
def test_parse_dob_output_parses_again_to_itself(date: dt.date, precision: str) -> None:
    canonical, prec = F.parse_dob(date.isoformat(), precision, today=TODAY)
    assert F.parse_dob(canonical, prec, today=TODAY) == (canonical, prec)
    assert date.isoformat().startswith(canonical or "")


@given(st.text(max_size=12))
def test_parse_dob_never_fails_with_anything_but_a_value_error(text: str) -> None:
    try:
        F.parse_dob(text, None, today=TODAY)
    except ValueError:
        pass


# ----- other field rules ------------------------------------------------------------------------
def test_choices_accept_spacing_case_and_dash_variants() -> None:
    stage = F.choice(("pre-screening", "on-hold"))
    assert stage("Pre Screening") == "pre-screening"
    assert stage("on_hold") == "on-hold"
    role = F.choice(("principal_applicant", "child"))
    assert role("Principal Applicant") == "principal_applicant"
    assert F.choice(("P-1", "P-2"), upper=True)("p-2") == "P-2"
    with pytest.raises(ValueError, match="not one of"):
        role("grandmother")
    with pytest.raises(ValueError):
        role(3)


def test_case_numbers_unhcr_ids_and_countries_are_upper_cased_and_checked() -> None:
    specs = F.CASE_FIELDS
    assert specs["case_number"].parse(" lim-000123 ") == "LIM-000123"
    assert specs["unhcr_id"].parse("123-45c67890") == "123-45C67890"
    assert F.PERSON_FIELDS["nationality"].parse("ve") == "VE"
    for bad in ("LIM 000123", "L", "LIM-000123!"):
        with pytest.raises(ValueError):
            specs["case_number"].parse(bad)
    with pytest.raises(ValueError):
        F.PERSON_FIELDS["nationality"].parse("Venezuela")


def test_languages_are_iso_codes_in_a_list_without_repeats() -> None:
    parse = F.PERSON_FIELDS["languages"].parse
    assert parse(["ES", "uk", "es"]) == ["es", "uk"]
    assert parse("es, qu; ay") == ["es", "qu", "ay"]
    assert parse(None) == []
    with pytest.raises(ValueError, match="item 2"):
        parse(["es", "Spanish"])


@pytest.mark.parametrize(
    ("raw", "value"), [(True, True), ("yes", True), ("1", True), ("no", False), ("", False), (None, False)]
)
def test_booleans_accept_the_usual_spellings(raw: Any, value: bool) -> None:
    assert F.boolean(raw) is value


def test_text_fields_are_trimmed_and_limited() -> None:
    assert F.text(10)("  hi  ") == "hi"
    assert F.text(10)("   ") is None
    with pytest.raises(ValueError, match="longer than 10"):
        F.text(10)("x" * 11)
    with pytest.raises(ValueError):
        F.text(10)(["a list"])
    with pytest.raises(ValueError):
        F.text(10)(True)


def test_parse_fields_names_the_field_and_the_record() -> None:
    with pytest.raises(InvalidInput, match=r"^cases\[3\]\.priority: 'P-9' is not one of"):
        F.parse_fields(
            F.CASE_FIELDS, {"case_number": "LIM-1", "site": "Lima", "priority": "P-9"}, "cases[3]", partial=False
        )
    with pytest.raises(InvalidInput, match=r"cases\[0\]\.colour: unknown field"):
        F.parse_fields(F.CASE_FIELDS, {"colour": "red"}, "cases[0]", partial=True)
    with pytest.raises(InvalidInput, match=r"case\.site: is required"):
        F.parse_fields(F.CASE_FIELDS, {"case_number": "LIM-1"}, "case", partial=False)
    assert F.parse_fields(F.CASE_FIELDS, {"priority": "p-1"}, "case", partial=True) == {"priority": "P-1"}


def test_remembered_verdicts_are_the_rules_own_and_keep_types_apart() -> None:
    """record_problems remembers the verdicts on short values: asking twice gives the same answer,
    and values that compare equal but differ in type (1 and True, "1" and 1) are judged apart."""
    bad = {"sex": "banana", "nationality": "ZZZ", "languages": ["ru", "not a language"]}
    first = F.record_problems("persons", bad)
    assert first and F.record_problems("persons", bad) == first
    assert F.record_problems("persons", {"sex": "F"}) == {}
    for value in (True, 1, "1", 1.0):
        F._verdict_memory[1].clear()
        expected = F.record_problems("cases", {"deleted": value})  # the rule's own verdict, nothing remembered
        for other in (True, 1, "1", 1.0):
            F.record_problems("cases", {"deleted": other})  # remembered, in any order
        assert F.record_problems("cases", {"deleted": value}) == expected


def test_remembered_verdicts_are_forgotten_when_the_day_changes() -> None:
    """A date of birth tomorrow is refused today and accepted the day after: the memory is of one day."""
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    values = {"dob": tomorrow, "dob_precision": "exact"}
    assert "dob" in F.record_problems("persons", values)
    F._verdict_memory = (dt.date.today() - dt.timedelta(days=1), F._verdict_memory[1])  # as if made yesterday
    F._verdict_memory[1][("persons", "sex", str, "banana")] = None  # a verdict of that other day
    assert "sex" in F.record_problems("persons", {"sex": "banana"})  # the old day's memory is not used
