"""`circuitride report ...`: the team lead's Word documents (issue 22, architecture §9): a case's
summary, the record of one submitted interview form, a ride's briefing pack and the team's
statistics with their charts."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, emit_json, parse_day, say, unlocked
from app.services.documents import Written

Add = Callable[..., argparse.ArgumentParser]


def _done(args: argparse.Namespace, written: Written) -> int:
    if args.json:
        emit_json(written.as_json())
    else:
        say(f"Wrote the {written.kind} report of {written.subject} to {written.path}.")
    return EXIT_OK


def cmd_case_summary(args: argparse.Namespace) -> int:
    from app.services.case_report import write_case_summary

    with unlocked(args) as ws:
        return _done(args, write_case_summary(ws, args.case_number, args.out))


def cmd_interview(args: argparse.Namespace) -> int:
    from app.services.case_report import write_interview_record

    with unlocked(args) as ws:
        return _done(args, write_interview_record(ws, args.submission_id, args.out))


def cmd_ride_briefing(args: argparse.Namespace) -> int:
    from app.services.team_report import write_ride_briefing

    with unlocked(args) as ws:
        return _done(args, write_ride_briefing(ws, args.ride, args.out))


def cmd_team_stats(args: argparse.Namespace) -> int:
    from app.services.team_report import write_team_stats

    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    with unlocked(args) as ws:
        return _done(args, write_team_stats(ws, args.out, start=start, end=end))


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    report = sub.add_parser(
        "report", help="Word reports: case summary, interview record, ride briefing, team statistics"
    )
    r_sub = report.add_subparsers(dest="report_command", parser_class=parser_class, metavar="REPORT", required=True)
    sp = add(
        "case-summary",
        cmd_case_summary,
        "a case: household, biodata, photos, documents, notes, appointments, results",
        r_sub,
    )
    sp.add_argument("case_number", metavar="CASE")
    sp.add_argument("--out", required=True, metavar="FILE.docx")
    sp.add_argument("--json", action="store_true")
    sp = add(
        "interview", cmd_interview, "a submitted form: every answer with its label, amendments with reasons", r_sub
    )
    sp.add_argument("submission_id", metavar="SUBMISSION_ID")
    sp.add_argument("--out", required=True, metavar="FILE.docx")
    sp.add_argument("--json", action="store_true")
    sp = add(
        "ride-briefing", cmd_ride_briefing, "a ride's briefing pack: sites, dates, cases, interpreters, schedule", r_sub
    )
    sp.add_argument("ride", metavar="RIDE")
    sp.add_argument("--out", required=True, metavar="FILE.docx")
    sp.add_argument("--json", action="store_true")
    sp = add("team-stats", cmd_team_stats, "the team's statistics: tables and charts", r_sub)
    sp.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    sp.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    sp.add_argument("--out", required=True, metavar="FILE.docx")
    sp.add_argument("--json", action="store_true")
