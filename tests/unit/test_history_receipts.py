"""How a case's history tells what a sync brought from HQ (app/services/history.py `_received`):
one receipt per case and page, in the shape app/sync/apply.py writes, and the one-event-per-record
shape older versions wrote, which workspaces keep in their audit chain."""

from __future__ import annotations

from typing import Any

from app.services.history import MAX_RECEIVED_LINES, describe_case

CASE_ID = "0c1d2e3f-0000-4000-8000-000000000001"
PA = "0c1d2e3f-0000-4000-8000-0000000000a1"
CHILD = "0c1d2e3f-0000-4000-8000-0000000000a2"
PERSONS = [
    {"id": PA, "given_names": "Ana", "family_name": "Synthetica", "role": "principal_applicant"},
    {"id": CHILD, "given_names": "Luz", "family_name": "Synthetica", "role": "child"},
]


def _event(seq: int, details: dict[str, Any], entity: str = "cases", entity_id: str = CASE_ID) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": "2026-12-01T09:00:00+00:00",
        "actor": "lead",
        "action": "sync_receive",
        "entity": entity,
        "entity_id": entity_id,
        "details": details,
    }


def _texts(*events: dict[str, Any]) -> list[str]:
    return [row.text for row in describe_case({"persons": PERSONS, "history": list(events)})]


def test_a_case_received_whole_is_one_line() -> None:
    records = {"cases": {CASE_ID: "new"}, "persons": {PA: "new", CHILD: "new"}, "notes": {"n1": "new"}}
    assert _texts(_event(1, {"records": records})) == ["received the case from HQ"]


def test_changes_received_are_told_record_by_record_case_first() -> None:
    records = {
        "notes": {"n1": "new"},
        "persons": {PA: ["marital_status", "deleted"], CHILD: "new"},
        "cases": {CASE_ID: ["stage", "stage_since"]},
        "appointments": {"a1": ["start"]},
    }
    assert _texts(_event(1, {"records": records})) == [
        "received changes to stage from HQ",
        "received changes to marital status of Ana SYNTHETICA from HQ",
        "received Luz SYNTHETICA from HQ",
        "received a change to an appointment from HQ",
        "received a note from HQ",
    ]


def test_a_change_of_bookkeeping_alone_names_the_record() -> None:
    records = {"persons": {CHILD: ["deleted"]}, "cases": {CASE_ID: ["stage_since"]}}
    assert _texts(_event(1, {"records": records})) == [
        "received a change to the case from HQ",
        "received a change to Luz SYNTHETICA from HQ",
    ]


def test_a_long_receipt_is_cut_and_counted() -> None:
    notes = {f"n{i:02d}": "new" for i in range(12)}
    lines = _texts(_event(1, {"records": {"notes": notes}}))
    assert len(lines) == MAX_RECEIVED_LINES
    assert lines[:-1] == ["received a note from HQ"] * (MAX_RECEIVED_LINES - 1)
    assert lines[-1] == f"received more changes from HQ (records: {12 - (MAX_RECEIVED_LINES - 1)})"


def test_an_older_receipt_per_record_is_told_as_received_not_as_an_edit() -> None:
    older = [
        _event(1, {"fields": ["marital_status"]}, entity="persons", entity_id=PA),
        _event(2, {"fields": ["start", "room"]}, entity="appointments", entity_id="a1"),
    ]
    assert _texts(*older) == [
        "received changes to marital status of Ana SYNTHETICA from HQ",
        "received a change to an appointment from HQ",
    ]
