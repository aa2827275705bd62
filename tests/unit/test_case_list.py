"""The case list's services: rows, one row, facets, filters in SQL and the open-issues count."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models import Person, User
from app.services.case_list import (
    NO_RIDE,
    UNASSIGNED,
    CaseFilter,
    CaseRow,
    case_facets,
    case_row,
    case_rows,
)
from app.services.cases import create_case, mark_verified, set_case_fields, set_person_fields
from app.services.manifest import import_manifest
from app.services.uow import unit_of_work
from app.services.work import assign_cases, assign_filtered
from app.store.workspace import Workspace


def _person(role: str, given: str, family: str, dob: str | None = "1980-01-02", **extra: Any) -> dict[str, Any]:
    return {"role": role, "given_names": given, "family_name": family, "dob": dob, **extra}


def _person_ids(ws: Workspace, case_id: str) -> dict[str, str]:
    with ws.session() as s:
        return {p.given_names: p.id for p in s.scalars(select(Person).where(Person.case_id == case_id))}


@pytest.fixture
def seeded(ws: Workspace) -> dict[str, str]:
    import_manifest(ws, {"rides": [{"name": "Lima-Bogotá 2026-10"}, {"name": "Kabul spring"}], "cases": []})
    ids = {}
    # Complete: exact DOBs, a principal applicant, a known file location -> no open issues.
    ids["clean"] = create_case(
        ws,
        {
            "case_number": "LIM-000001",
            "site": "Lima",
            "priority": "P-2",
            "stage": "interviewed",
            "ride": "Lima-Bogotá 2026-10",
            "file_location": "Lima cabinet 2",
        },
        [_person("principal_applicant", "José", "Núñez"), _person("spouse", "Ana", "Quispe", "1982-03-04")],
    )
    # No principal applicant (1), file location unknown (1), a child without DOB (1),
    # a child with a year-only DOB nobody verified (1) -> 4.
    ids["messy"] = create_case(
        ws,
        {
            "case_number": "KBL-000002",
            "site": "Kabul",
            "priority": "P-1",
            "expedited": True,
            "stage": "pre-screening",
            "ride": "Kabul spring",
        },
        [_person("child", "Farid", "Ahmadi", None), _person("child", "Zahra", "Ahmadi", "2010")],
    )
    # Approximate DOBs: the PA's year-only DOB is unverified (1); the spouse's month-precision DOB
    # gets verified below -> 1 after that.
    ids["approx"] = create_case(
        ws,
        {
            "case_number": "KBL-000003",
            "site": "Kabul",
            "priority": "P-3",
            "stage": "medical",
            "file_location": "Kabul HQ registry",
        },
        [
            _person(
                "principal_applicant",
                "Mohammed",
                "Al-Hassan",
                "1975",
                native_given_names="محمد",
                native_family_name="الحسن",
            ),
            _person("spouse", "Leila", "Al-Hassan", "1979-06"),
        ],
    )
    spouse = _person_ids(ws, ids["approx"])["Leila"]
    mark_verified(ws, "KBL-000003", spouse, "dob", "UNHCR registration 555-00A")
    return ids


def _add_user(ws: Workspace, username: str, display_name: str, active: bool = True) -> None:
    # The workspace's own bookkeeping: adding users is an administrator's act, not under test here.
    with unit_of_work(ws) as uow:
        uow.create(User(username=username, display_name=display_name, role="interviewer", active=active), case_id=None)


@pytest.fixture
def assigned(ws: Workspace, seeded: dict[str, str]) -> dict[str, str]:
    """The seeded cases with a team: KBL-000002 is Dana's, LIM-000001 is Omar's (no display name),
    KBL-000003 nobody's; Old Hand is deactivated and holds nothing, Pat holds nothing."""
    _add_user(ws, "dana", "Dana Testperson")
    _add_user(ws, "omar", "")
    _add_user(ws, "pat", "Pat Sample")
    assign_cases(ws, ["KBL-000002"], "dana")
    assign_cases(ws, ["LIM-000001"], "omar")
    _add_user(ws, "old.hand", "Old Hand", active=False)
    return seeded


def test_rows_carry_principal_names_counts_and_open_issues(ws: Workspace, seeded: dict[str, str]) -> None:
    rows = {r.case_number: r for r in case_rows(ws)}
    assert list(rows) == ["KBL-000002", "KBL-000003", "LIM-000001"]  # ordered by case number
    clean = rows["LIM-000001"]
    assert (clean.principal, clean.persons, clean.ride, clean.open_issues) == (
        "José Núñez",
        2,
        "Lima-Bogotá 2026-10",
        0,
    )
    messy = rows["KBL-000002"]
    assert (messy.principal, messy.native, messy.file_location, messy.expedited) == ("", "", "", True)
    assert messy.open_issues == 4
    approx = rows["KBL-000003"]
    assert approx.native == "محمد الحسن"
    assert (approx.ride, approx.open_issues) == ("", 1)


def test_open_issues_follow_edits_verification_and_deletion(ws: Workspace, seeded: dict[str, str]) -> None:
    pa = _person_ids(ws, seeded["approx"])["Mohammed"]
    mark_verified(ws, "KBL-000003", pa, "dob", "passport P1234567")
    assert case_row(ws, "KBL-000003").open_issues == 0  # type: ignore[union-attr]

    kids = _person_ids(ws, seeded["messy"])
    set_person_fields(ws, "KBL-000002", kids["Farid"], {"dob": "2012-05-06"})  # exact now: -1
    set_person_fields(ws, "KBL-000002", kids["Zahra"], {"role": "principal_applicant"})  # has a PA: -1
    set_case_fields(ws, "KBL-000002", {"file_location": "Kabul cabinet 1"})  # known: -1
    assert case_row(ws, "KBL-000002").open_issues == 1  # type: ignore[union-attr]  # Zahra's year-only DOB

    with unit_of_work(ws, "edit_cases") as uow:  # a deleted person's problems no longer count
        uow.delete(uow.session.get(Person, kids["Zahra"]), case_id=seeded["messy"])
    row = case_row(ws, "KBL-000002")
    assert row is not None
    assert (row.persons, row.principal, row.open_issues) == (1, "", 1)  # no PA again, DOB issue gone


def test_case_row_reads_one_case_and_none_for_unknown(ws: Workspace, seeded: dict[str, str]) -> None:
    row = case_row(ws, " lim-000001 ")
    assert row == next(r for r in case_rows(ws) if r.case_number == "LIM-000001")
    set_case_fields(ws, "LIM-000001", {"stage": "approved"})
    assert case_row(ws, "LIM-000001").stage == "approved"  # type: ignore[union-attr]
    assert case_row(ws, "XXX-999999") is None


def test_facets_are_the_distinct_sites_and_rides_present(ws: Workspace, seeded: dict[str, str]) -> None:
    facets = case_facets(ws)
    assert facets.sites == ("Kabul", "Lima")
    assert facets.rides == ("Kabul spring", "Lima-Bogotá 2026-10")
    assert facets.has_cases_without_ride is True


def test_facets_of_an_empty_workspace(ws: Workspace) -> None:
    facets = case_facets(ws)
    assert (facets.sites, facets.rides, facets.has_cases_without_ride) == ((), (), False)
    assert case_rows(ws) == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (CaseFilter(), ["KBL-000002", "KBL-000003", "LIM-000001"]),
        (CaseFilter(site="Kabul"), ["KBL-000002", "KBL-000003"]),
        (CaseFilter(ride="Kabul spring"), ["KBL-000002"]),
        (CaseFilter(ride=NO_RIDE), ["KBL-000003"]),
        (CaseFilter(stage="medical"), ["KBL-000003"]),
        (CaseFilter(priority="P-2"), ["LIM-000001"]),
        (CaseFilter(expedited_only=True), ["KBL-000002"]),
        (CaseFilter(open_issues_only=True), ["KBL-000002", "KBL-000003"]),
        (CaseFilter(site="Kabul", open_issues_only=True, priority="P-3"), ["KBL-000003"]),
        (CaseFilter(site="Lima", expedited_only=True), []),
    ],
)
def test_filters_apply_in_sql_and_match_the_in_memory_test(
    ws: Workspace, seeded: dict[str, str], filters: CaseFilter, expected: list[str]
) -> None:
    assert [r.case_number for r in case_rows(ws, filters)] == expected
    # The list filters rows it already holds with CaseFilter.matches: same answer as the SQL.
    assert [r.case_number for r in case_rows(ws) if filters.matches(r)] == expected
    assert filters.active == (filters != CaseFilter())


def test_rows_carry_the_assignee_and_how_to_show_them(ws: Workspace, assigned: dict[str, str]) -> None:
    rows = {r.case_number: r for r in case_rows(ws)}
    assert (rows["KBL-000002"].assignee, rows["KBL-000002"].assignee_name) == ("dana", "Dana Testperson")
    assert (rows["LIM-000001"].assignee, rows["LIM-000001"].assignee_name) == ("omar", "omar")  # no display name
    assert (rows["KBL-000003"].assignee, rows["KBL-000003"].assignee_name) == ("", "")
    assign_cases(ws, ["KBL-000003"], "pat")
    row = case_row(ws, "KBL-000003")
    assert row is not None and (row.assignee, row.assignee_name) == ("pat", "Pat Sample")
    assign_cases(ws, ["KBL-000002"], None)  # taken off: empty again
    row = case_row(ws, "KBL-000002")
    assert row is not None and (row.assignee, row.assignee_name) == ("", "")


def test_a_deactivated_assignee_keeps_their_name_and_is_offered_while_they_hold_cases(
    ws: Workspace, assigned: dict[str, str]
) -> None:
    facets = case_facets(ws)
    # Active users by the name shown; "lead" (who unlocked) is "me"; Old Hand holds nothing yet.
    assert facets.users == (("dana", "Dana Testperson"), ("lead", "lead"), ("omar", "omar"), ("pat", "Pat Sample"))
    assert (facets.me, facets.inactive) == ("lead", frozenset())
    with unit_of_work(ws) as uow:  # work given before the account was deactivated
        hand = uow.session.scalar(select(User).where(User.username == "old.hand"))
        assert hand is not None
        uow.update(hand, {"active": True}, case_id=None)
    assign_cases(ws, ["KBL-000003"], "old.hand")
    with unit_of_work(ws) as uow:
        hand = uow.session.scalar(select(User).where(User.username == "old.hand"))
        assert hand is not None
        uow.update(hand, {"active": False}, case_id=None)
    facets = case_facets(ws)
    assert ("old.hand", "Old Hand") in facets.users and facets.inactive == frozenset({"old.hand"})
    assert case_row(ws, "KBL-000003").assignee_name == "Old Hand"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (CaseFilter(assignee="dana"), ["KBL-000002"]),
        (CaseFilter(assignee="omar"), ["LIM-000001"]),
        (CaseFilter(assignee=UNASSIGNED), ["KBL-000003"]),
        (CaseFilter(assignee="pat"), []),
        (CaseFilter(assignee="nobody-such"), []),
        (CaseFilter(site="Kabul", assignee=UNASSIGNED), ["KBL-000003"]),
        (CaseFilter(site="Kabul", assignee="omar"), []),
        (CaseFilter(expedited_only=True, assignee="dana"), ["KBL-000002"]),
    ],
)
def test_the_assignee_filter_agrees_in_sql_and_in_memory(
    ws: Workspace, assigned: dict[str, str], filters: CaseFilter, expected: list[str]
) -> None:
    assert filters.active
    assert [r.case_number for r in case_rows(ws, filters)] == expected
    assert [r.case_number for r in case_rows(ws) if filters.matches(r)] == expected


_FILTERS = st.builds(
    CaseFilter,
    site=st.sampled_from([None, "Kabul", "Lima", "Nowhere", ""]),
    ride=st.sampled_from([None, NO_RIDE, "Kabul spring", "Lima-Bogotá 2026-10"]),
    stage=st.sampled_from([None, "interviewed", "pre-screening", "medical", "approved"]),
    priority=st.sampled_from([None, "P-1", "P-2", "P-3"]),
    expedited_only=st.booleans(),
    open_issues_only=st.booleans(),
    assignee=st.sampled_from([None, UNASSIGNED, "dana", "omar", "pat", "lead"]),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(filters=_FILTERS)
def test_any_filter_gives_the_same_cases_in_sql_and_in_memory(
    ws: Workspace, assigned: dict[str, str], filters: CaseFilter
) -> None:
    # The fixtures are read, never changed, by the examples: sharing them across examples is sound.
    every: list[CaseRow] = case_rows(ws)
    assert case_rows(ws, filters) == [r for r in every if filters.matches(r)]


def test_a_filter_on_unassigned_cases_gives_them_all_to_one_person(ws: Workspace, assigned: dict[str, str]) -> None:
    done = assign_filtered(ws, CaseFilter(site="Kabul", assignee=UNASSIGNED), "pat")
    assert (done.assignee, done.changed, done.unchanged) == ("pat", ["KBL-000003"], [])
    assert [r.case_number for r in case_rows(ws, CaseFilter(assignee=UNASSIGNED))] == []
    # Everything Dana has goes to Omar: the filter on an assignee is a batch like any other.
    done = assign_filtered(ws, CaseFilter(assignee="dana"), "omar")
    assert done.changed == ["KBL-000002"]
    assert [r.case_number for r in case_rows(ws, CaseFilter(assignee="omar"))] == ["KBL-000002", "LIM-000001"]
