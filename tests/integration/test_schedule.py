"""The schedule (issue 21): booking, moving, confirming and cancelling appointments, every conflict
rule checked at every write (and nothing changed by a refused one), the team lead's override with a
reason, the role rules and the command line."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import CircuitRide
from app.services.interpreters import add_interpreter, mark_away, set_interpreter_fields
from app.services.manifest import import_manifest
from app.services.schedule import (
    KEEP,
    AppointmentInfo,
    ScheduleConflict,
    apply_proposal,
    book,
    cancel,
    double_bookings,
    family_languages,
    list_appointments,
    move,
    propose,
    set_status,
    show_appointment,
    site_hours,
)
from app.services.uow import unit_of_work
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.support.hq import HQServer, enrolled, running_hq
from tests.support.staff import add_staff, reopen_as

NOW = dt.datetime(2026, 12, 1, 12, 0)  # "now" for every booking here: the days below are to come
DAY = "2026-12-10"


def at(clock: str, day: str = DAY) -> str:
    return f"{day}T{clock}"


def manifest() -> dict[str, Any]:
    def case(number: str, language: str, ride: str = "North") -> dict[str, Any]:
        return {
            "case_number": number,
            "site": "Shire",
            "ride": ride,
            "persons": [
                {
                    "role": "principal_applicant",
                    "family_name": "Synthfam",
                    "given_names": "Abeba",
                    "languages": [language],
                }
            ],
        }

    return {
        "sites": [{"name": "Shire", "country": "ET", "prefix": "SHI", "hours": "08:30-16:00"}],
        "rides": [{"name": "North", "sites": ["Shire"]}, {"name": "South", "sites": ["Shire"]}],
        "interpreters": [],
        "cases": [case("SHI-000001", "ti"), case("SHI-000002", "ti"), case("SHI-000003", "ar", ride="South")],
    }


@pytest.fixture
def sched(ws: Workspace) -> dict[str, str]:
    import_manifest(ws, manifest())
    return {
        "tigrinya": add_interpreter(ws, "Synthetic Tigrinya", "ti:native,am"),
        "arabic": add_interpreter(ws, "Synthetic Arabic", "ar:native"),
    }


def snapshot(ws: Workspace) -> list[AppointmentInfo]:
    return list_appointments(ws)


def test_a_booking_is_listed_with_the_fields_the_command_line_promises(ws: Workspace, sched: dict[str, str]) -> None:
    first = book(ws, "SHI-000001", type="interview", start=at("09:00"), minutes=90, room="Room 1",
                 interpreter="Synthetic Tigrinya", officer="Officer Synthetic A", now=NOW)  # fmt: skip
    book(ws, "SHI-000003", type="medical", start=at("10:00", "2026-12-11"), interpreter=sched["arabic"], now=NOW)
    [info] = list_appointments(ws, day=DAY)
    assert info.as_json() | {"id": "-"} == {
        "id": "-",
        "case_number": "SHI-000001",
        "type": "interview",
        "start": "2026-12-10T09:00:00",
        "minutes": 90,
        "site": "Shire",  # the case's site
        "room": "Room 1",
        "interpreter_id": sched["tigrinya"],
        "interpreter": "Synthetic Tigrinya",
        "officer": "Officer Synthetic A",
        "language": "",
        "status": "booked",
        "cancel_reason": "",
        "override_reason": "",
        "notified": False,
    }
    assert info.id == first
    assert [a.case_number for a in list_appointments(ws, ride="South")] == ["SHI-000003"]
    assert [a.case_number for a in list_appointments(ws, site="Shire")] == ["SHI-000001", "SHI-000003"]
    assert [a.case_number for a in list_appointments(ws, case_number="shi-000003")] == ["SHI-000003"]


CLASHES = [
    # (what the second booking changes from a booking of SHI-000001 at 09:00-10:00, the rule)
    ({"case": "SHI-000002", "interpreter": "Synthetic Tigrinya", "start": at("09:30")}, "interpreter_busy"),
    ({"case": "SHI-000002", "officer": "officer synthetic a", "start": at("09:59")}, "officer_busy"),
    ({"case": "SHI-000002", "room": "Room 1", "start": at("08:30")}, "room_busy"),
    ({"case": "SHI-000001", "start": at("09:15"), "type": "medical"}, "family_busy"),
    ({"case": "SHI-000003", "interpreter": "Synthetic Tigrinya", "start": at("11:00")}, "language"),
    ({"case": "SHI-000002", "interpreter": "Synthetic Tigrinya", "start": at("11:00"), "language": "ar"}, "language"),
    ({"case": "SHI-000002", "start": at("15:30")}, "hours"),  # 15:30-16:30 and Shire closes at 16:00
    ({"case": "SHI-000002", "start": at("08:00")}, "hours"),  # Shire opens at 08:30
]


@pytest.mark.parametrize(("second", "rule"), CLASHES, ids=[f"{r}-{i}" for i, (_, r) in enumerate(CLASHES)])
def test_each_conflict_rule_refuses_the_booking_with_its_reason_and_changes_nothing(
    ws: Workspace, sched: dict[str, str], second: dict[str, Any], rule: str
) -> None:
    book(ws, "SHI-000001", type="interview", start=at("09:00"), room="Room 1", interpreter="Synthetic Tigrinya",
         officer="Officer Synthetic A", now=NOW)  # fmt: skip
    before = snapshot(ws)
    with pytest.raises(ScheduleConflict) as refused:
        book(
            ws,
            second["case"],
            type=second.get("type", "interview"),
            start=second["start"],
            room=second.get("room"),
            interpreter=second.get("interpreter"),
            officer=second.get("officer"),
            language=second.get("language"),
            now=NOW,
        )
    assert [c.rule for c in refused.value.clashes] == [rule]
    assert "a team lead may book it anyway" in str(refused.value)
    assert snapshot(ws) == before


def test_an_interpreter_away_or_no_longer_working_is_not_booked(ws: Workspace, sched: dict[str, str]) -> None:
    mark_away(ws, sched["tigrinya"], "2026-12-09", "2026-12-11", reason="leave")
    with pytest.raises(ScheduleConflict, match="away from 2026-12-09 to 2026-12-11"):
        book(ws, "SHI-000001", type="interview", start=at("09:00"), interpreter=sched["tigrinya"], now=NOW)
    set_interpreter_fields(ws, sched["arabic"], {"active": "no"})
    with pytest.raises(ScheduleConflict, match="no longer works with the team"):
        book(ws, "SHI-000003", type="interview", start=at("09:00"), interpreter=sched["arabic"], now=NOW)
    assert snapshot(ws) == []


def test_every_reason_is_given_at_once(ws: Workspace, sched: dict[str, str]) -> None:
    book(
        ws, "SHI-000001", type="interview", start=at("09:00"), room="Room 1", interpreter="Synthetic Tigrinya", now=NOW
    )
    with pytest.raises(ScheduleConflict) as refused:
        book(ws, "SHI-000003", type="interview", start=at("09:00"), room="Room 1", interpreter="Synthetic Tigrinya",
             now=NOW)  # fmt: skip
    assert {c.rule for c in refused.value.clashes} == {"interpreter_busy", "room_busy", "language"}
    text = str(refused.value)
    assert "the interpreter is booked at 2026-12-10 09:00 (SHI-000001)" in text and "room Room 1" in text


def test_cancelled_done_and_missed_appointments_free_their_slot(ws: Workspace, sched: dict[str, str]) -> None:
    first = book(ws, "SHI-000001", type="interview", start=at("09:00"), room="Room 1", now=NOW)
    cancel(ws, first, "the family asked for another day")
    second = book(ws, "SHI-000002", type="interview", start=at("09:00"), room="Room 1", now=NOW)
    set_status(ws, second, "no-show")
    book(ws, "SHI-000003", type="interview", start=at("09:00"), room="Room 1", now=NOW)
    assert [a.status for a in list_appointments(ws)] == ["cancelled", "no_show", "booked"]
    assert show_appointment(ws, first).cancel_reason == "the family asked for another day"


def test_a_team_lead_may_book_despite_a_conflict_with_a_reason_and_the_booking_is_flagged(
    ws: Workspace, sched: dict[str, str]
) -> None:
    book(ws, "SHI-000001", type="interview", start=at("09:00"), room="Room 1", now=NOW)
    forced = book(ws, "SHI-000002", type="interview", start=at("09:00"), room="Room 1",
                  force_reason="the officer sees both families together", now=NOW)  # fmt: skip
    assert show_appointment(ws, forced).override_reason == "the officer sees both families together"
    calm = book(ws, "SHI-000003", type="medical", start=at("14:00"), force_reason="not needed", now=NOW)
    assert show_appointment(ws, calm).override_reason == ""  # nothing to override: not flagged
    with pytest.raises(InvalidInput, match="is in the past: give a time still to come"):
        book(ws, "SHI-000003", type="medical", start=at("09:00", "2026-11-30"), force_reason="late entry", now=NOW)


def test_interviewers_book_but_only_a_team_lead_overrides_and_administrators_do_not_schedule(
    ws: Workspace, sched: dict[str, str]
) -> None:
    book(ws, "SHI-000001", type="interview", start=at("09:00"), room="Room 1", now=NOW)
    add_staff(ws, "inez", "interviewer")
    add_staff(ws, "it.admin", "admin")
    interviewer = reopen_as(ws, "inez")
    try:
        book(interviewer, "SHI-000002", type="interview", start=at("11:00"), room="Room 1", now=NOW)
        before = snapshot(interviewer)
        with pytest.raises(PermissionDenied, match="book an appointment despite a schedule conflict"):
            book(interviewer, "SHI-000002", type="medical", start=at("09:00"), room="Room 1", force_reason="x", now=NOW)
        assert snapshot(interviewer) == before
    finally:
        interviewer.lock()
    admin = Workspace(ws.path)
    admin.unlock("a long enough passphrase", "it.admin")
    try:
        with pytest.raises(PermissionDenied):
            book(admin, "SHI-000003", type="interview", start=at("13:00"), now=NOW)
    finally:
        admin.lock()


def test_moving_checks_the_new_slot_keeps_the_length_and_asks_the_family_again(
    ws: Workspace, sched: dict[str, str]
) -> None:
    first = book(ws, "SHI-000001", type="interview", start=at("09:00"), minutes=90, room="Room 1", now=NOW)
    second = book(ws, "SHI-000002", type="interview", start=at("11:00"), room="Room 1", now=NOW)
    set_status(ws, second, "confirmed")
    move(ws, first, start=at("09:30"), now=NOW)  # overlapping only itself
    assert (show_appointment(ws, first).start, show_appointment(ws, first).minutes) == ("2026-12-10T09:30:00", 90)
    before = snapshot(ws)
    with pytest.raises(ScheduleConflict, match="room Room 1 is booked at 2026-12-10 09:30"):
        move(ws, second, start=at("10:00"), now=NOW)
    assert snapshot(ws) == before
    move(ws, second, start=at("10:00"), room="Room 2", now=NOW)
    moved = show_appointment(ws, second)
    assert (moved.start, moved.room, moved.status) == ("2026-12-10T10:00:00", "Room 2", "booked")
    move(ws, second, start=None, minutes=30, room=KEEP, now=NOW)
    assert show_appointment(ws, second).minutes == 30
    cancel(ws, second, "replaced")
    with pytest.raises(InvalidInput, match="cancelled; book a new one"):
        move(ws, second, start=at("12:00"), now=NOW)
    with pytest.raises(InvalidInput, match="cancelled"):
        set_status(ws, second, "confirmed")


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda ws: book(ws, "SHI-999999", type="interview", start=at("09:00"), now=NOW), NotFound, "No case SHI-999999"),
        (lambda ws: book(ws, "SHI-000001", type="party", start=at("09:00"), now=NOW), InvalidInput, "type"),
        (lambda ws: book(ws, "SHI-000001", type="interview", start="10/12/2026 9am", now=NOW), InvalidInput, "not a date and time"),
        (lambda ws: book(ws, "SHI-000001", type="interview", start="2026-02-30T09:00", now=NOW), InvalidInput, "not a real date"),
        (lambda ws: book(ws, "SHI-000001", type="interview", start=at("09:00"), minutes=0, now=NOW), InvalidInput, "5 to 600 minutes"),
        (lambda ws: book(ws, "SHI-000001", type="interview", start=at("09:00"), interpreter="nobody", now=NOW), NotFound, "No interpreter 'nobody'"),
        (lambda ws: book(ws, "SHI-000001", type="interview", start=at("09:00", "2026-11-02"), now=NOW), InvalidInput, "in the past"),
        (lambda ws: set_status(ws, "no-such-id", "done"), NotFound, "No appointment no-such-id"),
        (lambda ws: set_status(ws, list_appointments(ws)[0].id, "maybe"), InvalidInput, "status"),
        (lambda ws: cancel(ws, list_appointments(ws)[0].id, "  "), InvalidInput, "Say why"),
        (lambda ws: list_appointments(ws, day="tomorrow"), InvalidInput, "not a date"),
        (lambda ws: list_appointments(ws, ride="Nowhere"), NotFound, "No circuit ride named 'Nowhere'"),
    ],
)  # fmt: skip
def test_bad_input_gets_a_clear_message_and_changes_nothing(
    ws: Workspace, sched: dict[str, str], call: Any, error: type[Exception], words: str
) -> None:
    book(ws, "SHI-000002", type="interview", start=at("13:00"), now=NOW)
    before = snapshot(ws)
    with pytest.raises(error, match=words):
        call(ws)
    assert snapshot(ws) == before


def test_the_command_line_books_lists_moves_confirms_and_cancels(
    ws: Workspace, sched: dict[str, str], cli: Any
) -> None:
    ws.lock()
    day = (dt.date.today() + dt.timedelta(days=30)).isoformat()  # the command line's clock is the real one
    added = cli("schedule", "add", "SHI-000001", "--type", "interview", "--at", f"{day}T09:00", "--minutes", "90",
                "--room", "Room 1", "--interpreter", "Synthetic Tigrinya", "--officer", "Officer Synthetic A", "--json")  # fmt: skip
    assert added.returncode == 0, added.stderr
    key = json.loads(added.stdout)["id"]
    clash = cli("schedule", "add", "SHI-000002", "--type", "interview", "--at", f"{day}T09:30", "--room", "Room 1")
    assert clash.returncode == 1 and "room Room 1 is booked" in clash.stderr and "Traceback" not in clash.stderr
    assert (
        cli("schedule", "add", "SHI-000002", "--type", "interview", "--at", f"{day}T09:30", "--force").returncode == 2
    )
    forced = cli("schedule", "add", "SHI-000002", "--type", "interview", "--at", f"{day}T09:30", "--room", "Room 1",
                 "--force", "--reason", "joint interview", "--json")  # fmt: skip
    assert forced.returncode == 0 and json.loads(forced.stdout)["override_reason"] == "joint interview"
    listed = json.loads(cli("schedule", "list", "--date", day, "--json").stdout)
    assert [(a["case_number"], a["start"][11:16]) for a in listed] == [("SHI-000001", "09:00"), ("SHI-000002", "09:30")]
    assert {
        "id",
        "case_number",
        "type",
        "start",
        "minutes",
        "site",
        "room",
        "interpreter_id",
        "officer",
        "status",
    } <= set(listed[0])
    assert cli("schedule", "move", key, "--at", f"{day}T13:00").returncode == 0
    assert cli("schedule", "status", key, "confirmed").returncode == 0
    human = cli("schedule", "list", "--ride", "North")
    assert "13:00   90 min  SHI-000001  interview  Shire, room Room 1" in human.stdout and "confirmed" in human.stdout
    assert "[booked despite a conflict: joint interview]" in human.stdout
    assert cli("schedule", "cancel", key, "--reason", "officer's visit moved").returncode == 0
    assert json.loads(cli("schedule", "list", "--case", "SHI-000001", "--json").stdout)[0]["status"] == "cancelled"
    missing = cli("schedule", "status", "no-such-id", "done")
    assert missing.returncode == 1 and "No appointment no-such-id" in missing.stderr


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def test_bookings_made_offline_on_two_laptops_become_a_double_booking_a_team_lead_sees_after_sync(
    hq: HQServer, tmp_path: Path
) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    interpreter = add_interpreter(lead, "Synthetic Tigrinya", "ti:native")
    sync(lead)
    with lead.session() as s:
        north = s.scalar(select(CircuitRide.id).where(CircuitRide.name == "North"))
    field = enrolled(hq, tmp_path / "field", "field-laptop", ride_id=north)
    sync(field)
    day = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    # Offline, each laptop books the same interpreter for another family; each check passes on its own.
    mine = book(lead, "SHI-000001", type="interview", start=at("09:00", day), interpreter=interpreter)
    theirs = book(field, "SHI-000002", type="interview", start=at("09:30", day), interpreter=interpreter)
    assert sync(field).double_bookings == 0  # HQ did not have the lead's booking yet
    report = sync(lead)
    assert report.double_bookings == 1
    [double] = double_bookings(lead)
    assert (double.rule, double.first.id, double.second.id) == ("interpreter_busy", mine, theirs)
    assert sync(field).double_bookings == 1  # the field laptop sees it too
    # The team lead settles it: the field laptop's booking moves an hour later.
    move(lead, theirs, start=at("10:30", day))
    assert double_bookings(lead) == []
    sync(lead)
    assert sync(field).double_bookings == 0
    assert show_appointment(field, theirs).start == f"{day}T10:30:00"


def test_schedule_clashes_on_the_command_line_exits_1_while_someone_is_booked_twice(
    ws: Workspace, sched: dict[str, str], cli: Any
) -> None:
    day = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    book(ws, "SHI-000001", type="interview", start=at("09:00", day), room="Room 1")
    with ws.session() as s:  # a booking as another laptop's sync would store it: without this laptop's check
        from app.models import Appointment, Case

        case_id = s.scalar(select(Case.id).where(Case.case_number == "SHI-000002"))
    with unit_of_work(ws) as uow:
        uow.create(
            Appointment(case_id=case_id, type="medical", start=f"{day}T09:30:00", end=f"{day}T10:00:00",
                        site="Shire", room="Room 1", status="booked"),
            case_id=case_id,
        )  # fmt: skip
    ws.lock()
    found = cli("schedule", "clashes", "--json")
    assert found.returncode == 1
    [double] = json.loads(found.stdout)
    assert double["rule"] == "room_busy" and double["second"]["case_number"] == "SHI-000002"
    human = cli("schedule", "clashes")
    assert human.returncode == 1 and "room busy:" in human.stdout
    assert cli("schedule", "cancel", double["second"]["id"], "--reason", "room taken").returncode == 0
    settled = cli("schedule", "clashes")
    assert settled.returncode == 0 and "No one is booked twice." in settled.stderr


def ride_manifest(cases: int, *, languages: tuple[str, ...] = ("ti", "ar", "en")) -> dict[str, Any]:
    out = []
    for n in range(cases):
        out.append(
            {
                "case_number": f"SHI-{n + 100:06d}",
                "site": "Shire",
                "ride": "North",
                "priority": ("P-3", "P-2", "P-1")[n % 3],
                "expedited": n % 7 == 6,
                "persons": [
                    {
                        "role": "principal_applicant",
                        "family_name": "Synthfam",
                        "given_names": "Abeba",
                        "languages": [languages[n % len(languages)]],
                    }
                ],
            }
        )
    doc = manifest()
    doc["cases"] = out
    return doc


def test_a_ride_proposal_places_every_case_in_order_with_a_matching_interpreter_and_no_double_booking(
    ws: Workspace,
) -> None:
    import_manifest(ws, ride_manifest(30))
    tigrinya = add_interpreter(ws, "Synthetic Tigrinya", "ti:native")
    add_interpreter(ws, "Synthetic Arabic", "ar:native", sites="Shire")
    add_interpreter(ws, "Synthetic Elsewhere", "ti:native", sites="Lima")  # works at another site
    mark_away(ws, tigrinya, "2026-12-08", "2026-12-08")
    proposal = propose(
        ws, "North", type="interview", first_day="2026-12-07", last_day="2026-12-11", minutes=90, now=NOW
    )
    assert proposal.unplaced == [] and len(proposal.slots) == 30
    assert list_appointments(ws) == []  # a proposal books nothing
    by_case = {s.case_number: s for s in proposal.slots}
    numbers = [s.case_number for s in proposal.slots]
    expedited = [f"SHI-{n + 100:06d}" for n in range(30) if n % 7 == 6]
    assert numbers[: len(expedited)] == sorted(
        expedited, key=lambda c: (("P-3", "P-2", "P-1")[(int(c[4:]) - 100) % 3], c)
    )
    for n in range(30):
        slot = by_case[f"SHI-{n + 100:06d}"]
        begin = dt.datetime.fromisoformat(slot.start)
        assert (
            begin.weekday() < 5
            and dt.time(8, 30) <= begin.time()
            and (begin + dt.timedelta(minutes=90)).time() <= dt.time(16, 0)
        )
        language = ("ti", "ar", "en")[n % 3]
        expected = {"ti": "Synthetic Tigrinya", "ar": "Synthetic Arabic", "en": ""}[language]
        assert slot.interpreter == expected and slot.status == "proposed" and slot.minutes == 90
        if expected == "Synthetic Tigrinya":
            assert not slot.start.startswith("2026-12-08")  # away that day
    for name in ("Synthetic Tigrinya", "Synthetic Arabic"):
        spans = sorted(_span_of(s) for s in proposal.slots if s.interpreter == name)
        assert all(a_end <= b_begin for (_, a_end), (b_begin, _) in zip(spans, spans[1:], strict=False))

    booked = apply_proposal(ws, proposal, now=NOW)
    assert all(s.id for s in booked.slots)
    assert sorted(a.id for a in list_appointments(ws)) == sorted(s.id for s in booked.slots)
    assert double_bookings(ws, since="2026-12-07") == []
    again = propose(ws, "North", type="interview", first_day="2026-12-07", last_day="2026-12-11", now=NOW)
    assert again.slots == [] and again.unplaced == []  # every case has its interview now


def _span_of(slot: AppointmentInfo) -> tuple[dt.datetime, dt.datetime]:
    begin = dt.datetime.fromisoformat(slot.start)
    return begin, begin + dt.timedelta(minutes=slot.minutes)


def test_a_proposal_keeps_a_family_to_its_day_and_says_which_cases_it_cannot_place(ws: Workspace) -> None:
    import_manifest(ws, ride_manifest(3, languages=("ti", "ps", "en")))
    add_interpreter(ws, "Synthetic Tigrinya", "ti:native")
    book(ws, "SHI-000100", type="medical", start=at("14:00", "2026-12-09"), now=NOW)
    proposal = propose(ws, "North", type="interview", first_day="2026-12-07", last_day="2026-12-11", now=NOW)
    by_case = {s.case_number: s for s in proposal.slots}
    assert by_case["SHI-000100"].start.startswith("2026-12-09")  # the day the family comes anyway
    [(number, why)] = proposal.unplaced
    assert number == "SHI-000101" and "no interpreter at Shire speaks ps" in str(why)
    assert "SHI-000102" in by_case and by_case["SHI-000102"].interpreter == ""


def test_applying_a_proposal_is_all_or_nothing(ws: Workspace) -> None:
    import_manifest(ws, ride_manifest(6))
    add_interpreter(ws, "Synthetic Tigrinya", "ti:native")
    add_interpreter(ws, "Synthetic Arabic", "ar:native")
    proposal = propose(ws, "North", type="interview", first_day="2026-12-07", last_day="2026-12-07", now=NOW)
    assert len(proposal.slots) == 6
    taken = proposal.slots[-1]  # meanwhile someone books that family at that time
    book(ws, taken.case_number, type="medical", start=taken.start, now=NOW)
    before = snapshot(ws)
    with pytest.raises(ScheduleConflict, match="the family is booked"):
        apply_proposal(ws, proposal, now=NOW)
    assert snapshot(ws) == before  # not one of the other five was kept


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"ride": "Nowhere"}, NotFound, "No circuit ride named 'Nowhere'"),
        ({"first_day": "2026-12-11", "last_day": "2026-12-07"}, InvalidInput, "before its first"),
        ({"last_day": "2027-06-30"}, InvalidInput, "three months"),
        ({"type": "party"}, InvalidInput, "type"),
        ({"minutes": 2}, InvalidInput, "5 to 600 minutes"),
    ],
)
def test_a_proposal_refuses_bad_input(
    ws: Workspace, kwargs: dict[str, Any], error: type[Exception], words: str
) -> None:
    import_manifest(ws, ride_manifest(2))
    args: dict[str, Any] = {"ride": "North", "type": "interview", "first_day": "2026-12-07", "last_day": "2026-12-11"}
    args |= kwargs
    ride = args.pop("ride")
    with pytest.raises(error, match=words):
        propose(ws, ride, **args, now=NOW)


def test_propose_on_the_command_line_shows_then_books(ws: Workspace, cli: Any) -> None:
    import_manifest(ws, ride_manifest(4))
    add_interpreter(ws, "Synthetic Tigrinya", "ti:native")
    add_interpreter(ws, "Synthetic Arabic", "ar:native")
    ws.lock()
    start = dt.date.today() + dt.timedelta(days=30)
    first, last = start.isoformat(), (start + dt.timedelta(days=6)).isoformat()
    shown = cli(
        "schedule", "propose", "--ride", "North", "--type", "interview", "--from", first, "--to", last, "--json"
    )
    assert shown.returncode == 0, shown.stderr
    slots = json.loads(shown.stdout)
    assert len(slots) == 4 and all(s["id"] is None and s["status"] == "proposed" for s in slots)
    assert {
        "id",
        "case_number",
        "type",
        "start",
        "minutes",
        "site",
        "room",
        "interpreter_id",
        "officer",
        "status",
    } <= set(slots[0])
    assert json.loads(cli("schedule", "list", "--json").stdout) == []
    booked = cli("schedule", "propose", "--ride", "North", "--type", "interview", "--from", first, "--to", last,
                 "--apply", "--json")  # fmt: skip
    assert booked.returncode == 0 and all(s["id"] for s in json.loads(booked.stdout))
    assert len(json.loads(cli("schedule", "list", "--ride", "North", "--json").stdout)) == 4


def test_the_schedule_page_reads_a_sites_hours_and_each_familys_first_language(
    ws: Workspace, sched: dict[str, str]
) -> None:
    assert site_hours(ws, "Shire") == "08:30-16:00"  # the manifest's
    assert site_hours(ws, "Nowhere") == site_hours(ws, None) == "08:00-17:00"
    assert family_languages(ws, ["shi-000001", "SHI-000003", "SHI-999999"]) == {"SHI-000001": "ti", "SHI-000003": "ar"}
