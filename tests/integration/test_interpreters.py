"""The maintained list of interpreters (issue 21): add, change, deactivate, periods away; the field
rules, the role rule and the command line; a period away travels through HQ like any field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import DuplicateValue, InvalidInput, NotFound, PermissionDenied
from app.services.interpreters import (
    InterpreterInfo,
    add_interpreter,
    clear_away,
    list_interpreters,
    mark_away,
    set_interpreter_fields,
    show_interpreter,
)
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.support.hq import HQServer, enrolled, running_hq
from tests.support.staff import add_staff, reopen_as


def _snapshot(ws: Workspace) -> list[InterpreterInfo]:
    return list_interpreters(ws, include_inactive=True)


def test_an_interpreter_is_added_with_levels_and_sites_and_found_by_site_and_language(ws: Workspace) -> None:
    tigrinya = add_interpreter(ws, "Synthetic Tesfay", "ti:native, am:working, ar", sites="Shire, Addis Ababa")
    add_interpreter(ws, "Synthetic Marta", [{"code": "es", "proficiency": "native"}], contact="+51 000 000 000")
    info = show_interpreter(ws, tigrinya)
    assert info.languages == [
        {"code": "ti", "proficiency": "native"},
        {"code": "am", "proficiency": "working"},
        {"code": "ar", "proficiency": "fluent"},  # no level given: fluent
    ]
    assert info.sites == ["Shire", "Addis Ababa"] and info.active and info.away == []
    assert [i.name for i in list_interpreters(ws)] == ["Synthetic Marta", "Synthetic Tesfay"]
    assert [i.name for i in list_interpreters(ws, language="TI")] == ["Synthetic Tesfay"]
    # No sites listed: works anywhere; a listed site matches without regard to letter case.
    assert [i.name for i in list_interpreters(ws, site="shire")] == ["Synthetic Marta", "Synthetic Tesfay"]
    assert [i.name for i in list_interpreters(ws, site="Lima", language="es")] == ["Synthetic Marta"]


def test_changes_deactivation_and_renaming_follow_the_field_rules(ws: Workspace) -> None:
    key = add_interpreter(ws, "Synthetic Olena", "uk:native")
    changed = set_interpreter_fields(
        ws, "synthetic olena", {"languages": "uk:native,ru:fluent", "contact": "x@example.org"}
    )
    assert set(changed) == {"languages", "contact"}
    assert set_interpreter_fields(ws, key, {"contact": "x@example.org"}) == {}  # the same value: no change
    set_interpreter_fields(ws, key, {"active": "no"})
    assert list_interpreters(ws) == []
    assert [i.active for i in list_interpreters(ws, include_inactive=True)] == [False]
    set_interpreter_fields(ws, key, {"name": "Synthetic Olena K."})
    assert show_interpreter(ws, "Synthetic Olena K.").id == key


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda ws, k: add_interpreter(ws, "Synthetic Two", "xx1"), InvalidInput, "not an ISO 639 language code"),
        (lambda ws, k: add_interpreter(ws, "Synthetic Two", ""), InvalidInput, "at least one language"),
        (lambda ws, k: add_interpreter(ws, "Synthetic Two", "ti:expert"), InvalidInput, "is not one of: native"),
        (lambda ws, k: add_interpreter(ws, "Synthetic Two", "ti, ti:basic"), InvalidInput, "names ti twice"),
        (lambda ws, k: add_interpreter(ws, "  ", "ti"), InvalidInput, "name"),
        (lambda ws, k: add_interpreter(ws, "synthetic ONE", "ti"), DuplicateValue, "already named"),
        (lambda ws, k: set_interpreter_fields(ws, k, {"colour": "red"}), InvalidInput, "unknown field"),
        (lambda ws, k: set_interpreter_fields(ws, k, {"away": []}), InvalidInput, "interpreters away"),
        (lambda ws, k: set_interpreter_fields(ws, k, {"active": "perhaps"}), InvalidInput, "true or false"),
        (lambda ws, k: set_interpreter_fields(ws, "nobody", {"active": "no"}), NotFound, "No interpreter 'nobody'"),
        (lambda ws, k: mark_away(ws, k, "2026-12-14", "2026-12-10"), InvalidInput, "before it starts"),
        (lambda ws, k: mark_away(ws, k, "2026-02-30", "2026-03-02"), InvalidInput, "2026-02-30"),
        (lambda ws, k: mark_away(ws, k, "next week", "2026-03-02"), InvalidInput, "not a date"),
    ],
)
def test_bad_input_is_refused_with_its_reason_and_changes_nothing(
    ws: Workspace, call: Any, error: type[Exception], words: str
) -> None:
    key = add_interpreter(ws, "Synthetic One", "ti:native", sites="Shire")
    mark_away(ws, key, "2026-12-01", "2026-12-02")
    before = _snapshot(ws)
    with pytest.raises(error, match=words):
        call(ws, key)
    assert _snapshot(ws) == before


def test_periods_away_merge_split_and_answer_for_a_day(ws: Workspace) -> None:
    key = add_interpreter(ws, "Synthetic Away", "ti")
    mark_away(ws, key, "2026-12-10", "2026-12-12", reason="leave")
    assert mark_away(ws, key, "2026-12-13", "2026-12-15") == [  # touching: one period
        {"from": "2026-12-10", "to": "2026-12-15", "reason": "leave"}
    ]
    mark_away(ws, key, "2027-01-05", "2027-01-05", reason="another assignment")
    assert clear_away(ws, key, "2026-12-12", "2026-12-13") == [  # a cancelled leave cuts the period in two
        {"from": "2026-12-10", "to": "2026-12-11", "reason": "leave"},
        {"from": "2026-12-14", "to": "2026-12-15", "reason": "leave"},
        {"from": "2027-01-05", "to": "2027-01-05", "reason": "another assignment"},
    ]
    info = show_interpreter(ws, key)
    assert info.away_on("2026-12-11") == {"from": "2026-12-10", "to": "2026-12-11", "reason": "leave"}
    assert info.away_on("2026-12-12") is None and info.away_on("2027-01-05") is not None


def test_only_team_leads_and_administrators_change_the_list(ws: Workspace) -> None:
    key = add_interpreter(ws, "Synthetic Lead Added", "ps:native")
    add_staff(ws, "inez", "interviewer")
    interviewer = reopen_as(ws, "inez")
    try:
        assert [i.name for i in list_interpreters(interviewer)] == ["Synthetic Lead Added"]  # everyone reads it
        before = _snapshot(interviewer)
        for attempt in (
            lambda: add_interpreter(interviewer, "Synthetic Other", "ps"),
            lambda: set_interpreter_fields(interviewer, key, {"active": "no"}),
            lambda: mark_away(interviewer, key, "2026-12-01", "2026-12-02"),
        ):
            with pytest.raises(PermissionDenied, match="interpreters"):
                attempt()
        assert _snapshot(interviewer) == before
    finally:
        interviewer.lock()


def test_the_command_line_adds_changes_lists_and_marks_away(ws: Workspace, cli: Any) -> None:
    ws.lock()
    added = cli("interpreters", "add", "Synthetic Cli", "--languages", "ti:native,am", "--sites", "Shire", "--json")
    assert added.returncode == 0, added.stderr
    key = json.loads(added.stdout)["id"]
    assert cli("interpreters", "set", key, "contact=+251 000", "availability=Mornings").returncode == 0
    away = cli("interpreters", "away", key, "--from", "2026-12-10", "--to", "2026-12-12", "--reason", "leave", "--json")
    assert away.returncode == 0 and json.loads(away.stdout) == [
        {"from": "2026-12-10", "to": "2026-12-12", "reason": "leave"}
    ]
    listed = cli("interpreters", "list", "--json")
    [doc] = json.loads(listed.stdout)
    assert doc["contact"] == "+251 000" and doc["availability"] == "Mornings"
    assert doc["languages"] == [{"code": "ti", "proficiency": "native"}, {"code": "am", "proficiency": "fluent"}]
    human = cli("interpreters")
    assert (
        human.returncode == 0 and "Synthetic Cli" in human.stdout and "away: 2026-12-10 to 2026-12-12" in human.stdout
    )

    bad = cli("interpreters", "away", key, "--from", "2026-12-14", "--to", "2026-12-10")
    assert bad.returncode == 1 and "before it starts" in bad.stderr and "Traceback" not in bad.stderr
    unknown = cli("interpreters", "set", "no-such-interpreter", "active=no")
    assert unknown.returncode == 1 and "No interpreter 'no-such-interpreter'" in unknown.stderr
    assert json.loads(cli("interpreters", "list", "--json").stdout) == [doc]  # nothing changed
    assert cli("interpreters", "set", key, "active=no").returncode == 0
    assert json.loads(cli("interpreters", "list", "--json").stdout) == []
    assert [d["active"] for d in json.loads(cli("interpreters", "list", "--all", "--json").stdout)] == [False]


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def test_an_interpreter_and_a_period_away_reach_the_other_laptop_through_hq(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    key = add_interpreter(lead, "Synthetic Synced", "ti:native", sites="Shire")
    mark_away(lead, key, "2026-12-20", "2026-12-24", reason="leave")
    sync(lead)
    other = enrolled(hq, tmp_path / "other", "other-laptop")
    sync(other)
    info = show_interpreter(other, key)
    assert (info.name, info.languages, info.away) == (
        "Synthetic Synced",
        [{"code": "ti", "proficiency": "native"}],
        [{"from": "2026-12-20", "to": "2026-12-24", "reason": "leave"}],
    )
    clear_away(other, key, "2026-12-20", "2026-12-24")
    sync(other)
    sync(lead)
    assert show_interpreter(lead, key).away == []
