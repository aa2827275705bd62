"""`circuitride schedule ...`: appointments of a ride's families (architecture §9)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, EXIT_PROBLEM, emit_json, say, unlocked
from app.models import vocab
from app.services.schedule import SETTABLE_STATUSES, AppointmentInfo
from app.util.words import count

Add = Callable[..., argparse.ArgumentParser]


def _line(a: AppointmentInfo) -> str:
    parts = [
        a.start.replace("T", " ")[:16],
        f"{a.minutes:>3} min",
        a.case_number,
        a.type.replace("_", " "),
        a.site + (f", room {a.room}" if a.room else ""),
    ]
    if a.interpreter:
        parts.append(f"interpreter {a.interpreter}")
    if a.officer:
        parts.append(f"officer {a.officer}")
    status = a.status.replace("_", "-")
    if a.status == "cancelled" and a.cancel_reason:
        status += f" ({a.cancel_reason})"
    parts.append(status)
    if a.override_reason:
        parts.append(f"[booked despite a conflict: {a.override_reason}]")
    return f"{a.id or '(not booked)'}  " + "  ".join(parts)


def cmd_list(args: argparse.Namespace) -> int:
    from app.services.schedule import list_appointments

    with unlocked(args) as ws:
        rows = list_appointments(ws, day=args.date, site=args.site, ride=args.ride, case_number=args.case)
    if args.json:
        emit_json([a.as_json() for a in rows])
        return EXIT_OK
    if not rows:
        say("No appointments match.")
    for a in rows:
        print(_line(a))
    return EXIT_OK


def _report(args: argparse.Namespace, appointment_id: str, said: str) -> int:
    from app.services.schedule import show_appointment

    with unlocked(args) as ws:
        info = show_appointment(ws, appointment_id)
    if getattr(args, "json", False):
        emit_json(info.as_json())
    else:
        say(said)
        print(_line(info))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from app.services.schedule import book

    _force_needs_reason(args)
    with unlocked(args) as ws:
        new_id = book(
            ws,
            args.case_number,
            type=args.type,
            start=args.at,
            minutes=args.minutes,
            site=args.site,
            room=args.room,
            interpreter=args.interpreter,
            officer=args.officer,
            language=args.language,
            force_reason=args.reason if args.force else None,
        )
    return _report(args, new_id, "Booked.")


def cmd_move(args: argparse.Namespace) -> int:
    from app.services.schedule import KEEP, move

    _force_needs_reason(args)
    with unlocked(args) as ws:
        move(
            ws,
            args.appointment,
            start=args.at,
            minutes=args.minutes,
            room=KEEP if args.room is None else args.room,
            interpreter=KEEP if args.interpreter is None else args.interpreter,
            officer=KEEP if args.officer is None else args.officer,
            force_reason=args.reason if args.force else None,
        )
    return _report(args, args.appointment, "Moved.")


def cmd_status(args: argparse.Namespace) -> int:
    from app.services.schedule import set_status

    with unlocked(args) as ws:
        set_status(ws, args.appointment, args.status)
    return _report(args, args.appointment, "Status recorded.")


def cmd_cancel(args: argparse.Namespace) -> int:
    from app.services.schedule import cancel

    with unlocked(args) as ws:
        cancel(ws, args.appointment, args.reason)
    return _report(args, args.appointment, "Cancelled.")


def cmd_clashes(args: argparse.Namespace) -> int:
    from app.services.schedule import double_bookings

    with unlocked(args) as ws:
        found = double_bookings(ws, since=args.since)
    if args.json:
        emit_json([d.as_json() for d in found])
    elif not found:
        say("No one is booked twice.")
    for d in [] if args.json else found:
        print(f"{d.rule.replace('_', ' ')}:")
        print(f"  {_line(d.first)}")
        print(f"  {_line(d.second)}")
    return EXIT_PROBLEM if found else EXIT_OK


def cmd_propose(args: argparse.Namespace) -> int:
    from app.services.schedule import propose

    with unlocked(args) as ws:
        proposal = propose(
            ws,
            args.ride,
            type=args.type,
            first_day=args.start,
            last_day=args.end,
            minutes=args.minutes,
            apply=args.apply,
        )
    if args.json:
        emit_json([slot.as_json() | {"id": slot.id or None} for slot in proposal.slots])
    else:
        for slot in proposal.slots:
            print(_line(slot))
    for number, why in proposal.unplaced:
        say(f"{number}: not placed: {why}")
    placed = count(len(proposal.slots), "appointment")
    if args.apply:
        say(f"Booked as proposed: {placed}.")
    else:
        say(f"Proposed: {placed} (nothing booked yet; run again with --apply to book them all).")
    return EXIT_OK


def _force_needs_reason(args: argparse.Namespace) -> None:
    from app.errors import UsageError

    if args.force and not args.reason:
        raise UsageError("--force needs --reason TEXT: why the booking goes ahead despite the conflict.")
    if args.reason and not args.force:
        raise UsageError("--reason goes with --force (a booking made despite a schedule conflict).")


def _booking_options(sp: argparse.ArgumentParser, *, new: bool) -> None:
    sp.add_argument("--at", required=new, metavar="YYYY-MM-DDTHH:MM", help="the start, in the site's local time")
    sp.add_argument("--minutes", type=int, default=60 if new else None, help="how long (default: 60)" if new else "")
    sp.add_argument("--room")
    sp.add_argument("--interpreter", metavar="ID", help="the interpreter's id or exact name")
    sp.add_argument("--officer", metavar="NAME", help="the officer the family sees")
    sp.add_argument("--force", action="store_true", help="team leads: book despite a conflict (with --reason)")
    sp.add_argument("--reason", metavar="TEXT", help="why the booking goes ahead despite the conflict")
    sp.add_argument("--json", action="store_true")


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    schedule = sub.add_parser("schedule", help="appointments: list, book, move, confirm, cancel")
    s_sub = schedule.add_subparsers(dest="schedule_command", parser_class=parser_class, metavar="ACTION", required=True)
    sp = add("list", cmd_list, "appointments in time order", s_sub)
    sp.add_argument("--date", metavar="YYYY-MM-DD")
    sp.add_argument("--site")
    sp.add_argument("--ride", metavar="RIDE", help="the circuit ride's name")
    sp.add_argument("--case", metavar="NUMBER")
    sp.add_argument("--json", action="store_true")
    sp = add("add", cmd_add, "book an appointment; refused with every reason when it clashes", s_sub)
    sp.add_argument("case_number")
    sp.add_argument("--type", required=True, choices=vocab.APPOINTMENT_TYPES)
    sp.add_argument("--site", help="default: the case's site")
    sp.add_argument("--language", metavar="CODE", help="the language of the appointment (ISO 639)")
    _booking_options(sp, new=True)
    sp = add("move", cmd_move, "another time, room, interpreter or officer; checked like a new booking", s_sub)
    sp.add_argument("appointment", metavar="ID")
    _booking_options(sp, new=False)
    sp = add("status", cmd_status, "record that the family confirmed, came, or did not come", s_sub)
    sp.add_argument("appointment", metavar="ID")
    sp.add_argument("status", choices=[s.replace("_", "-") for s in SETTABLE_STATUSES])
    sp.add_argument("--json", action="store_true")
    sp = add("propose", cmd_propose, "a slot for every case of a ride that needs one; --apply books them all", s_sub)
    sp.add_argument("--ride", required=True, metavar="RIDE", help="the circuit ride's name")
    sp.add_argument("--type", required=True, choices=vocab.APPOINTMENT_TYPES)
    sp.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    sp.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    sp.add_argument("--minutes", type=int, default=60, help="each appointment's length (default: 60)")
    sp.add_argument("--apply", action="store_true", help="book the whole proposal (all or nothing)")
    sp.add_argument("--json", action="store_true")
    sp = add(
        "clashes",
        cmd_clashes,
        "appointments to come that book one interpreter, officer, room or family twice; exit 1 if any",
        s_sub,
    )
    sp.add_argument("--since", metavar="YYYY-MM-DD", help="from this day (default: today)")
    sp.add_argument("--json", action="store_true")
    sp = add("cancel", cmd_cancel, "cancel an appointment, saying why", s_sub)
    sp.add_argument("appointment", metavar="ID")
    sp.add_argument("--reason", required=True, metavar="TEXT")
    sp.add_argument("--json", action="store_true")
