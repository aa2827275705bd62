"""`circuitride notice ...` and `circuitride docket ...`: notices to families in their language
and the officers' daily docket, as Word documents (architecture §9)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, emit_json, say, unlocked
from app.errors import UsageError
from app.models import vocab

Add = Callable[..., argparse.ArgumentParser]
SMS = "sms"  # `notice sms --date D --out FILE.csv`: the day's SMS and call list, not a case


def cmd_notice(args: argparse.Namespace) -> int:
    return _sms(args) if args.case_number == SMS else _document(args)


def _document(args: argparse.Namespace) -> int:
    from app.services.notices import issue_notice

    if not args.kind:
        raise UsageError("Say which notice: --kind appointment, result or briefing.")
    if args.date or args.site:
        raise UsageError("--date and --site are for the SMS list (`notice sms`); a notice is for one case.")
    with unlocked(args) as ws:
        info = issue_notice(
            ws,
            args.case_number,
            kind=args.kind,
            out=args.out,
            appointment_id=args.appointment,
            result_id=args.result,
            language=args.lang,
            contact=args.contact,
        )
    if args.json:
        emit_json(info.as_json())
    else:
        say(f"Wrote the {info.kind} notice in {info.language} for case {info.case_number} to {info.path}.")
    return EXIT_OK


def _sms(args: argparse.Namespace) -> int:
    from app.services.notices import sms_list

    if not args.date:
        raise UsageError("Say which day's appointments: notice sms --date YYYY-MM-DD --out FILE.csv.")
    if args.kind or args.appointment or args.result or args.lang:
        raise UsageError("The SMS list takes --date, --site, --contact and --out; each family gets its own language.")
    with unlocked(args) as ws:
        count = sms_list(ws, args.date, args.out, site=args.site, contact=args.contact)
    if args.json:
        emit_json({"date": args.date, "families": count, "path": args.out})
    elif count:
        say(f"Wrote {count} {'family' if count == 1 else 'families'} to {args.out}.")
    else:
        say(f"No appointment on {args.date}: wrote only the header row to {args.out}.")
    return EXIT_OK


def cmd_docket(args: argparse.Namespace) -> int:
    from app.services.docket import write_docket

    with unlocked(args) as ws:
        count = write_docket(ws, args.date, args.out, officer=args.officer, site=args.site)
    if args.json:
        emit_json({"date": args.date, "appointments": count, "path": args.out})
    else:
        say(f"Wrote the docket of {args.date} ({count} appointment{'s' if count != 1 else ''}) to {args.out}.")
    return EXIT_OK


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    sp = add(
        "notice",
        cmd_notice,
        "a notice for a family in their language (.docx), or `notice sms` for the day's SMS and call list (.csv)",
        sub,
    )
    sp.add_argument("case_number", metavar="CASE|sms")
    sp.add_argument("--kind", choices=vocab.NOTICE_KINDS)
    sp.add_argument("--appointment", metavar="ID", help="the appointment (default: the family's next one)")
    sp.add_argument("--result", metavar="ID", help="the result (default: the latest)")
    sp.add_argument("--lang", metavar="CODE", help="the notice's language (default: the family's, else English)")
    sp.add_argument("--contact", metavar="TEXT", help="who the family calls (default: you, at the case's site)")
    sp.add_argument("--date", metavar="YYYY-MM-DD", help="sms: the day of the appointments")
    sp.add_argument("--site", metavar="NAME", help="sms: only this site")
    sp.add_argument("--out", required=True, metavar="FILE", help="FILE.docx for a notice, FILE.csv for sms")
    sp.add_argument("--json", action="store_true")
    sp = add("docket", cmd_docket, "the officers' docket of a day as a Word document, one section per officer", sub)
    sp.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    sp.add_argument("--officer", metavar="NAME", help="only this officer's appointments")
    sp.add_argument("--site", metavar="NAME", help="only this site")
    sp.add_argument("--out", required=True, metavar="FILE.docx")
    sp.add_argument("--json", action="store_true")
