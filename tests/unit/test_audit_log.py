"""The form audit log against ODK's documented client audit log format."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.forms import audit_log as A
from app.forms.model import AuditSettings


def _clock(start: int = 1_700_000_000_000, step: int = 1000) -> Callable[[], int]:
    t = [start - step]

    def tick() -> int:
        t[0] += step
        return t[0]

    return tick


def test_header_follows_the_settings_in_odks_column_order() -> None:
    plain = A.AuditLog(AuditSettings("/data/meta/audit"))
    assert plain.header() == ["event", "node", "start", "end"]
    full = A.AuditLog(
        AuditSettings(
            "/data/meta/audit",
            location_priority="balanced",
            location_min_interval="10",
            location_max_age="60",
            track_changes=True,
            track_changes_reasons="on-form-edit",
            identify_user=True,
        )
    )
    assert full.header() == [
        "event", "node", "start", "end", "latitude", "longitude", "accuracy",
        "old-value", "new-value", "user", "change-reason",
    ]  # fmt: skip


def test_events_in_epoch_ms_with_old_and_new_values() -> None:
    log = A.AuditLog(AuditSettings("/data/meta/audit", track_changes=True), clock=_clock())
    log.log(A.FORM_START)
    log.enter(A.QUESTION, "/data/name", "")
    log.leave("/data/name", "Amina")
    log.enter(A.QUESTION, "/data/age", "7")
    log.leave("/data/age", "7")  # visited, not changed: no values
    log.log(A.FORM_SAVE)
    lines = log.to_csv().decode().split("\n")
    assert lines == [
        "event,node,start,end,old-value,new-value",
        "form start,,1700000000000,,,",
        "question,/data/name,1700000001000,1700000002000,,Amina",
        "question,/data/age,1700000003000,1700000004000,,",
        "form save,,1700000005000,,,",
        "",
    ]


def test_quoting_is_collects_rule() -> None:
    log = A.AuditLog(AuditSettings("/data/meta/audit", track_changes=True), clock=_clock())
    log.enter(A.QUESTION, "/data/note", 'say "hi"')
    log.leave("/data/note", 'one, "two"\nthree')
    row = log.to_csv().decode().split("\n", 1)[1]
    # A plain value keeps its quotes as they are; one with a comma or line break is wrapped and its quotes doubled.
    assert row.startswith('question,/data/note,1700000000000,1700000001000,say "hi","one, ""two""\nthree"')
    back = A.read_csv(log.to_csv())
    assert back[0].old_value == 'say "hi"' and back[0].new_value == 'one, "two"\nthree'


def test_user_reason_and_location_columns() -> None:
    settings = AuditSettings(
        "/data/meta/audit",
        location_priority="high-accuracy",
        location_min_interval="5",
        location_max_age="30",
        identify_user=True,
        track_changes_reasons="on-form-edit",
    )
    log = A.AuditLog(settings, user="maria.field", clock=_clock(), location=lambda: (-1.2921, 36.8219, 12.5))
    log.log(A.FORM_RESUME)
    log.log(A.CHANGE_REASON, change_reason="family corrected the date, after the call")
    text = log.to_csv().decode()
    assert text.split("\n")[1] == "form resume,,1700000000000,,-1.2921,36.8219,12.5,maria.field,"
    assert text.split("\n")[2] == (
        'change reason,,1700000001000,,-1.2921,36.8219,12.5,maria.field,"family corrected the date, after the call"'
    )
    rows = A.read_csv(text.encode())
    assert rows[1].change_reason == "family corrected the date, after the call" and rows[0].user == "maria.field"


def test_no_fix_leaves_the_location_blank() -> None:
    log = A.AuditLog(AuditSettings("/data/meta/audit", location_priority="balanced"), clock=_clock(), location=None)
    log.log(A.LOCATION_PROVIDERS_DISABLED)
    assert log.to_csv().decode().split("\n")[1] == "location providers disabled,,1700000000000,,,,"


def test_draft_round_trip_and_summary() -> None:
    settings = AuditSettings("/data/meta/audit", track_changes=True)
    log = A.AuditLog(settings, clock=_clock(step=500))
    log.log(A.FORM_START)
    log.enter(A.QUESTION, "/data/a", "")
    log.leave("/data/a", "x")
    log.enter(A.QUESTION, "/data/b", "")
    log.close_all(lambda _n: "y")
    again = A.AuditLog.from_dict(settings, log.to_dict(), clock=_clock(start=1_800_000_000_000))
    assert again.to_csv() == log.to_csv()
    again.log(A.FORM_RESUME)
    s = A.summarize(A.read_csv(again.to_csv()))
    assert s.sessions == 2 and [q.node for q in s.questions] == ["/data/a", "/data/b"]
    assert s.total_ms == 1000 and [c.new_value for c in s.changes] == ["x", "y"]


def test_reading_something_else_is_refused() -> None:
    with pytest.raises(ValueError, match="audit log"):
        A.read_csv(b"name,age\nx,1\n")
