"""`circuitride case assign ...` and `circuitride work`: work assignment and a user's work (issue 22)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, emit_json, say, terminal_safe, unlocked
from app.errors import UsageError
from app.models import vocab
from app.util.words import count

Add = Callable[..., argparse.ArgumentParser]

_FILTERS = ("site", "ride", "stage", "priority")


def cmd_assign(args: argparse.Namespace) -> int:
    from app.services.case_list import UNASSIGNED, CaseFilter
    from app.services.work import NOBODY, assign_cases, assign_filtered

    holder = args.assigned_to
    filters = CaseFilter(
        site=args.site,
        ride=args.ride,
        stage=args.stage,
        priority=args.priority,
        expedited_only=args.expedited,
        open_issues_only=args.open_issues,
        assignee=None if holder is None else UNASSIGNED if holder.strip().lower() == NOBODY else holder.strip(),
    )
    if args.case_numbers and filters.active:
        raise UsageError("Give case numbers or filters, not both.")
    if not args.case_numbers and not filters.active:
        raise UsageError("Say which cases: case numbers, or a filter (--site, --ride, --stage, --priority, ...).")
    with unlocked(args) as ws:
        if args.case_numbers:
            done = assign_cases(ws, args.case_numbers, args.to)
        else:
            done = assign_filtered(ws, filters, args.to)
    if args.json:
        emit_json(done.as_json())
        return EXIT_OK
    cases = count(len(done.changed), "case")
    if done.assignee is None:
        say(f"Took {cases} off their assignee's work." if done.changed else "Nothing changed: no one had them.")
    elif done.changed:
        say(f"Assigned {cases} to {done.assignee}.")
    if done.assignee is not None and done.unchanged:
        say(f"{count(len(done.unchanged), 'case')} already assigned to {done.assignee}: unchanged.")
    return EXIT_OK


def cmd_work(args: argparse.Namespace) -> int:
    from app.services.work import my_work

    with unlocked(args) as ws:
        work = my_work(ws, args.work_user)
    if args.json:
        emit_json(work.as_json())
        return EXIT_OK
    print(f"Work of {terminal_safe(work.user)}")
    if work.empty:
        print("  nothing assigned, held or sent back")
    if work.cases:
        print(f"Cases ({len(work.cases)}):")
        for c in work.cases:
            flag = "  expedited" if c.expedited else ""
            print(f"  {c.case_number:<14} {c.priority:<4} {c.stage:<22} {c.days_in_stage:>4} days  {c.site}{flag}")
    if work.appointments:
        print(f"Appointments today ({len(work.appointments)}):")
        for a in work.appointments:
            print(f"  {a.start[11:16]}  {a.case_number:<14} {a.type.replace('_', ' '):<20} {a.site} {a.room}".rstrip())
    if work.findings:
        print(f"Quality findings ({len(work.findings)}):")
        for f in work.findings:
            print(f"  {f.severity:<6} {f.case_number:<14} {f.rule:<24} {f.detail}".rstrip())
    if work.files:
        print(f"Paper files held ({len(work.files)}):")
        for h in work.files:
            due = f"due {h.due}" if h.due else "no due date"
            print(f"  {h.case_number:<14} since {(h.held_since or '?')[:10]}  {due}")
    if work.reviews:
        print(f"Forms sent back ({len(work.reviews)}):")
        for r in work.reviews:
            note = f"  ({r.review_note})" if r.review_note else ""
            print(f"  {r.case_number:<14} {r.form_id:<24} {r.review_status.replace('_', ' ')}{note}")
    return EXIT_OK


def register_case_assign(case_sub: Any, add: Add) -> None:
    """`case assign` in the `case` group (app/cli/__init__.py)."""
    sp = add(
        "assign",
        cmd_assign,
        "team lead: give cases (numbers, or every case a filter finds) to a team member; --to none takes them off",
        case_sub,
    )
    sp.add_argument("case_numbers", nargs="*", metavar="CASE")
    sp.add_argument("--to", required=True, metavar="USER", help="a user of this laptop, or none")
    sp.add_argument("--site", help="every case of this site")
    sp.add_argument("--ride", metavar="NAME", help="every case of this circuit ride")
    sp.add_argument("--stage", choices=vocab.STAGES)
    sp.add_argument("--priority", choices=vocab.PRIORITIES)
    sp.add_argument("--expedited", action="store_true", help="expedited cases only")
    sp.add_argument("--open-issues", action="store_true", help="cases with open issues only")
    sp.add_argument("--assigned-to", metavar="USER", help="every case this user has (none: every unassigned case)")
    sp.add_argument("--json", action="store_true")


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    sp = add("work", cmd_work, "your work: assigned cases, today's appointments, findings, files held, forms sent back")
    # Whose work: the command's own --user (a team lead's question); who you are is the global
    # --user given before the command, or $CIRCUITRIDE_USER.
    sp.add_argument(
        "--user",
        dest="work_user",
        metavar="USER",
        help="team lead: another user's work (sign in with --user before the command)",
    )
    sp.add_argument("--json", action="store_true")
