"""Officers' results (issue 21): recording an interview recommendation, a fingerprint check and a
medical clearance moves the case as the rules say; who may record them; appeals and stages moved
back; bad input; the command line."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.services.case_view import show_case
from app.services.cases import create_case, set_case_fields
from app.services.history import case_history
from app.services.results import list_results, record_result
from app.store.workspace import Workspace
from tests.support.staff import add_staff, reopen_as

CASE = "LIM-000321"
TODAY = dt.date(2026, 12, 10)


@pytest.fixture
def case(ws: Workspace) -> str:
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima", "stage": "interviewed"},
        [{"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Rosa"}],
    )
    return CASE


def state(ws: Workspace) -> tuple[Any, ...]:
    doc = show_case(ws, CASE)
    return doc["stage"], doc["security_check_status"], doc["medical_status"], list_results(ws, CASE)


def test_each_kind_of_result_moves_the_case_and_is_listed_newest_first(ws: Workspace, case: str) -> None:
    record_result(ws, case, kind="interview", outcome="approve", officer="Officer Synthetic A", date="2026-12-08",
                  today=TODAY)  # fmt: skip
    record_result(
        ws, case, kind="fingerprints", outcome="hit", reason="a match to review", date="2026-12-09", today=TODAY
    )
    record_result(ws, case, kind="medical", outcome="cleared", today=TODAY)
    stage, security, medical, results = state(ws)
    assert (stage, security, medical) == ("approved", "hit", "cleared")
    assert [(r.kind, r.outcome, r.date, r.follow_up_needed) for r in results] == [
        ("medical", "cleared", "2026-12-10", False),
        ("fingerprints", "hit", "2026-12-09", True),
        ("interview", "approve", "2026-12-08", False),
    ]
    assert results[2].officer == "Officer Synthetic A" and results[1].officer == "lead"  # default: who records it
    assert results[1].reason == "a match to review"


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"case_number": "LIM-999999"}, NotFound, "No case LIM-999999"),
        ({"kind": "blood"}, InvalidInput, "kind"),
        ({"outcome": "cleared"}, InvalidInput, "not one of: approve, deny, hold, request_for_evidence"),
        ({"kind": "medical", "outcome": "approve"}, InvalidInput, "not one of: cleared, deferred"),
        ({"date": "2026-12-11"}, InvalidInput, "in the future"),
        ({"date": "10/12/2026"}, InvalidInput, "not a date"),
        ({"outcome": "deny"}, InvalidInput, "A denial needs its reason"),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(
    ws: Workspace, case: str, kwargs: dict[str, Any], error: type[Exception], words: str
) -> None:
    args: dict[str, Any] = {"case_number": case, "kind": "interview", "outcome": "approve"} | kwargs
    before = state(ws)
    with pytest.raises(error, match=words):
        record_result(ws, args.pop("case_number"), **args, today=TODAY)
    assert state(ws) == before


def test_interviewers_cannot_record_results(ws: Workspace, case: str) -> None:
    add_staff(ws, "inez", "interviewer")
    interviewer = reopen_as(ws, "inez")
    try:
        before = state(interviewer)
        with pytest.raises(PermissionDenied, match="record adjudication"):
            record_result(interviewer, case, kind="interview", outcome="approve", today=TODAY)
        assert state(interviewer) == before
    finally:
        interviewer.lock()


def test_a_denial_is_appealed_by_a_team_lead_with_a_reason_only(ws: Workspace, case: str) -> None:
    record_result(ws, case, kind="interview", outcome="deny", reason="not credible", today=TODAY)
    add_staff(ws, "ada", "adjudication_support")
    support = reopen_as(ws, "ada")
    try:
        before = state(support)
        with pytest.raises(PermissionDenied, match="appeal"):
            record_result(support, case, kind="interview", outcome="approve", reason="new evidence", today=TODAY)
        assert state(support) == before
    finally:
        support.lock()
    lead = reopen_as(support, "lead", "correct horse battery staple")
    try:
        with pytest.raises(InvalidInput, match="appeal: give its reason"):
            record_result(lead, case, kind="interview", outcome="approve", today=TODAY)
        record_result(lead, case, kind="interview", outcome="approve", reason="appeal granted", today=TODAY)
        assert state(lead)[0] == "approved"
    finally:
        lead.lock()


def test_a_result_that_would_move_the_stage_back_needs_a_team_lead_and_a_reason(ws: Workspace, case: str) -> None:
    set_case_fields(ws, case, {"stage": "ready-for-departure"})
    add_staff(ws, "ada", "adjudication_support")
    support = reopen_as(ws, "ada")
    try:
        before = state(support)
        with pytest.raises(PermissionDenied, match="stage backwards"):
            record_result(support, case, kind="interview", outcome="hold", reason="new information", today=TODAY)
        assert state(support) == before
    finally:
        support.lock()
    lead = reopen_as(support, "lead", "correct horse battery staple")
    try:
        with pytest.raises(PermissionDenied, match="needs a reason"):
            record_result(lead, case, kind="interview", outcome="hold", today=TODAY)
        record_result(lead, case, kind="interview", outcome="hold", reason="security check to repeat", today=TODAY)
        assert state(lead)[0] == "on-hold"
    finally:
        lead.lock()


def test_each_result_is_told_in_the_case_history(ws: Workspace, case: str) -> None:
    record_result(ws, case, kind="interview", outcome="request_for_evidence", reason="no birth certificate",
                  officer="Officer Synthetic C", date="2026-12-09", today=TODAY)  # fmt: skip
    record_result(ws, case, kind="fingerprints", outcome="hit", date="2026-12-10", today=TODAY)
    told = [row.text for row in case_history(ws, case)]
    assert "recorded that Officer Synthetic C requested further evidence (2026-12-09)" in told
    assert "recorded a hit in the fingerprint check (2026-12-10)" in told


def test_the_command_line_records_and_lists_results(ws: Workspace, case: str, cli: Any) -> None:
    ws.lock()
    recorded = cli("result", "record", case, "--kind", "interview", "--outcome", "request-for-evidence",
                   "--reason", "birth certificate missing", "--officer", "Officer Synthetic B", "--json")  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    doc = json.loads(recorded.stdout)
    assert (doc["kind"], doc["outcome"], doc["officer"], doc["follow_up_needed"]) == (
        "interview",
        "request_for_evidence",
        "Officer Synthetic B",
        True,
    )
    listed = json.loads(cli("result", "list", case, "--json").stdout)
    assert [r["id"] for r in listed] == [doc["id"]] and listed[0] == doc
    human = cli("result", "list", case)
    assert "request for evidence" in human.stdout and "[follow-up needed]" in human.stdout
    bad = cli("result", "record", case, "--kind", "medical", "--outcome", "approve")
    assert bad.returncode == 1 and "not one of: cleared, deferred" in bad.stderr and "Traceback" not in bad.stderr
    shown = json.loads(cli("case", "show", case, "--json").stdout)
    assert shown["stage"] == "on-hold"
    assert shown["results"] == [
        {
            "id": doc["id"],
            "kind": "interview",
            "outcome": "request_for_evidence",
            "date": doc["date"],
            "officer": "Officer Synthetic B",
            "reason": "birth certificate missing",
        }
    ]
    assert (
        "result " + doc["date"] + "  interview: request for evidence  Officer Synthetic B"
        in cli("case", "show", case).stdout
    )
