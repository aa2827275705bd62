"""`circuitride qc run | list | assign | resolve | dismiss`: quality control over the whole
workspace (issue 22, app/services/qc.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, emit_json, say, unlocked
from app.models import vocab

Add = Callable[..., argparse.ArgumentParser]


def _line(f: Any) -> str:
    who = f" [{f.assignee}]" if f.assignee else ""
    other = f" ~ {f.other_case_number}" if f.other_case_number else ""
    return f"{f.id}  {f.status:<9} {f.severity:<6} {f.rule:<20} {f.case_number}{other}{who}  {f.detail}"


def cmd_run(args: argparse.Namespace) -> int:
    from app.services.qc import run_qc

    with unlocked(args) as ws:
        summary = run_qc(ws, idle_days=args.idle_days) if args.idle_days is not None else run_qc(ws)
    if args.json:
        emit_json(summary.as_json())
        return EXIT_OK
    say(
        f"Quality checks: {summary.found} findings ({summary.new} new, {summary.closed} closed, "
        f"{summary.reopened} opened again)."
    )
    for rule, n in sorted(summary.by_rule.items()):
        say(f"  {rule:<22} {n}")
    if summary.forms_skipped:
        say(f"  {summary.forms_skipped} submitted forms could not be checked (their form is not installed).")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from app.services.qc import list_findings

    with unlocked(args) as ws:
        rows = list_findings(ws, status=args.status, rule=args.rule)
    if args.json:
        emit_json([f.as_json() for f in rows])
        return EXIT_OK
    if not rows:
        say("No quality findings.")
    for f in rows:
        print(_line(f))
    return EXIT_OK


def _done(args: argparse.Namespace, info: Any) -> int:
    if args.json:
        emit_json(info.as_json() | {"assignee": info.assignee, "note": info.note})
    else:
        say(_line(info))
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    from app.services.qc import assign_finding

    with unlocked(args) as ws:
        return _done(args, assign_finding(ws, args.finding_id, args.to))


def cmd_resolve(args: argparse.Namespace) -> int:
    from app.services.qc import resolve_finding

    with unlocked(args) as ws:
        return _done(args, resolve_finding(ws, args.finding_id, args.note))


def cmd_dismiss(args: argparse.Namespace) -> int:
    from app.services.qc import dismiss_finding

    with unlocked(args) as ws:
        return _done(args, dismiss_finding(ws, args.finding_id, args.reason))


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    from app.services.qc import RULES

    qc = sub.add_parser("qc", help="quality control: run the checks, list and work the findings")
    q_sub = qc.add_subparsers(dest="qc_command", parser_class=parser_class, metavar="ACTION", required=True)
    sp = add("run", cmd_run, "run every quality check over the workspace; findings no longer found are closed", q_sub)
    sp.add_argument("--idle-days", type=int, metavar="DAYS", help="an expedited case idle this long is a finding")
    sp.add_argument("--json", action="store_true")
    sp = add("list", cmd_list, "the quality findings, open first", q_sub)
    sp.add_argument("--status", choices=vocab.QC_STATUSES)
    sp.add_argument("--rule", choices=RULES)
    sp.add_argument("--json", action="store_true")
    sp = add("assign", cmd_assign, "give a finding to a team member (team lead)", q_sub)
    sp.add_argument("finding_id")
    sp.add_argument("--to", required=True, metavar="USER")
    sp.add_argument("--json", action="store_true")
    sp = add("resolve", cmd_resolve, "mark a finding fixed, saying how (its assignee or a team lead)", q_sub)
    sp.add_argument("finding_id")
    sp.add_argument("--note", required=True, metavar="TEXT")
    sp.add_argument("--json", action="store_true")
    sp = add("dismiss", cmd_dismiss, "dismiss a finding, with the reason (team lead)", q_sub)
    sp.add_argument("finding_id")
    sp.add_argument("--reason", required=True, metavar="TEXT")
    sp.add_argument("--json", action="store_true")
