"""`circuitride result ...`: the officers' results on a case (architecture §9)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, emit_json, say, unlocked
from app.models import vocab

Add = Callable[..., argparse.ArgumentParser]


def cmd_record(args: argparse.Namespace) -> int:
    from app.services.results import list_results, record_result

    with unlocked(args) as ws:
        new_id = record_result(
            ws,
            args.case_number,
            kind=args.kind,
            outcome=args.outcome,
            reason=args.reason,
            date=args.date,
            officer=args.officer,
        )
        [info] = [r for r in list_results(ws, args.case_number) if r.id == new_id]
    if args.json:
        emit_json(info.as_json())
    else:
        say(f"Recorded: {info.kind} {info.outcome.replace('_', ' ')} on {info.date} ({info.officer}).")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from app.services.results import list_results

    with unlocked(args) as ws:
        rows = list_results(ws, args.case_number)
    if args.json:
        emit_json([r.as_json() for r in rows])
        return EXIT_OK
    if not rows:
        say("No results recorded for this case.")
    for r in rows:
        follow = "  [follow-up needed]" if r.follow_up_needed else ""
        reason = f"  ({r.reason})" if r.reason else ""
        print(f"{r.date}  {r.kind:<12} {r.outcome.replace('_', ' '):<22} {r.officer}{reason}{follow}")
    return EXIT_OK


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    result = sub.add_parser("result", help="officers' results: record one, list a case's")
    r_sub = result.add_subparsers(dest="result_command", parser_class=parser_class, metavar="ACTION", required=True)
    sp = add("record", cmd_record, "record a result; the case's stage or status follows it", r_sub)
    sp.add_argument("case_number")
    sp.add_argument("--kind", required=True, choices=tuple(vocab.RESULT_OUTCOMES))
    sp.add_argument(
        "--outcome",
        required=True,
        metavar="OUTCOME",
        help="interview: " + ", ".join(vocab.RESULT_OUTCOMES["interview"])
        + "; fingerprints: " + ", ".join(vocab.RESULT_OUTCOMES["fingerprints"])
        + "; medical: " + ", ".join(vocab.RESULT_OUTCOMES["medical"]),
    )  # fmt: skip
    sp.add_argument("--reason", metavar="TEXT", help="why (needed to appeal a denial or move a stage back)")
    sp.add_argument("--date", metavar="YYYY-MM-DD", help="the day the result was given (default: today)")
    sp.add_argument("--officer", metavar="NAME", help="the officer who gave it (default: you)")
    sp.add_argument("--json", action="store_true")
    sp = add("list", cmd_list, "a case's results, newest first", r_sub)
    sp.add_argument("case_number")
    sp.add_argument("--json", action="store_true")
