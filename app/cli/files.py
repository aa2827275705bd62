"""`circuitride files checkout | checkin | overdue | labels | find`: the custody of paper case
files (architecture §9); `files where` and `files move` are in app/cli/__init__.py."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, EXIT_PROBLEM, emit_json, say, unlocked
from app.errors import CircuitRideError

Add = Callable[..., argparse.ArgumentParser]


def _refused(args: argparse.Namespace, exc: CircuitRideError) -> int:
    """A refused batch: every reason, one a line (and as JSON with --json); exit 1."""
    reasons = [str(r) for r in getattr(exc, "reasons", [])] or [exc.message]
    if args.json:
        emit_json({"ok": False, "reasons": reasons})
    say("circuitride: nothing was changed:")
    for reason in reasons:
        say(f"  {reason}")
    return EXIT_PROBLEM


def _held(custody: Any) -> str:
    due = f", due {custody.due}" if custody.due else ""
    return f"{custody.holder} since {(custody.since or '')[:16].replace('T', ' ')}{due}"


def cmd_checkout(args: argparse.Namespace) -> int:
    from app.services.files import CustodyRefused, checkout

    with unlocked(args) as ws:
        try:
            batch = checkout(ws, args.case_numbers, args.to, due=args.due, reason=args.reason)
        except CustodyRefused as exc:
            return _refused(args, exc)
    if args.json:
        emit_json(
            {
                "ok": True,
                "checked_out": [c.as_json() for c in batch.changed],
                "unchanged": [c.as_json() for c in batch.unchanged],
            }
        )
    for c in batch.changed:
        say(f"{c.case_number}: checked out to {_held(c)} (home: {c.home or 'unknown'})")
    for c in batch.unchanged:
        say(f"{c.case_number}: already checked out to {_held(c)}; nothing changed")
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    from app.services.files import CustodyRefused, checkin

    with unlocked(args) as ws:
        try:
            batch = checkin(ws, args.case_numbers, to=args.to)
        except CustodyRefused as exc:
            return _refused(args, exc)
    if args.json:
        emit_json({"ok": True, "checked_in": [c.as_json() for c in batch.changed]})
    for c in batch.changed:
        say(f"{c.case_number}: checked in to {c.location}")
    return EXIT_OK


def cmd_overdue(args: argparse.Namespace) -> int:
    from app.services.files import overdue

    with unlocked(args) as ws:
        files = overdue(ws)
    if args.json:
        emit_json({"count": len(files), "overdue": [f.as_json() for f in files]})
        return EXIT_OK
    if not files:
        say("No file is overdue.")
    for f in files:
        c = f.custody
        since = (c.since or "")[:10]
        print(f"{c.case_number:<14} {c.holder:<24} since {since}  due {c.due}  {f.days_overdue} days overdue")
    return EXIT_OK


def cmd_labels(args: argparse.Namespace) -> int:
    from app.services.files import pages_for, write_labels

    with unlocked(args) as ws:
        count = write_labels(ws, args.ride, args.out)
    pages = pages_for(count)
    if args.json:
        emit_json({"ride": args.ride, "labels": count, "pages": pages, "path": args.out})
    else:
        say(
            f"Wrote {count} label{'s' if count != 1 else ''} ({pages} A4 page{'s' if pages != 1 else ''}) to {args.out}."
        )
    return EXIT_OK


def cmd_find(args: argparse.Namespace) -> int:
    from app.services.files import find_scanned

    with unlocked(args) as ws:
        c = find_scanned(ws, args.scanned)
    if args.json:
        emit_json(c.as_json())
        return EXIT_OK
    if c.holder:
        print(f"{c.case_number}  checked out to {_held(c)}  (home: {c.home or 'unknown'})")
    else:
        print(f"{c.case_number}  at {c.location or 'unknown'}")
    return EXIT_OK


def register(files_sub: Any, add: Add) -> None:
    sp = add("checkout", cmd_checkout, "check files out to a person; a batch is all or nothing", files_sub)
    sp.add_argument("case_numbers", nargs="+", metavar="CASE")
    sp.add_argument("--to", required=True, metavar="NAME", help="who takes the files")
    sp.add_argument("--due", metavar="YYYY-MM-DD", help="the day they are due back")
    sp.add_argument("--reason", metavar="TEXT")
    sp.add_argument("--json", action="store_true")
    sp = add("checkin", cmd_checkin, "check files back in: to their home, or --to a location", files_sub)
    sp.add_argument("case_numbers", nargs="+", metavar="CASE")
    sp.add_argument("--to", metavar="LOCATION", help="where they go (default: where each was checked out from)")
    sp.add_argument("--json", action="store_true")
    sp = add("overdue", cmd_overdue, "checked-out files past their due date, most overdue first", files_sub)
    sp.add_argument("--json", action="store_true")
    sp = add("labels", cmd_labels, "labels with barcode and QR code for a ride's files (PDF, A4, 3 x 8)", files_sub)
    sp.add_argument("--ride", required=True, metavar="NAME")
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp.add_argument("--json", action="store_true")
    sp = add("find", cmd_find, "the file whose label was scanned (what the scanner typed)", files_sub)
    sp.add_argument("scanned", metavar="SCANNED_TEXT")
    sp.add_argument("--json", action="store_true")
