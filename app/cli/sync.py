"""Command-line verbs for sync (device side), conflicts and HQ administration (architecture §9)."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import emit_json, say, unlocked
from app.errors import UsageError
from app.util.words import count

Add = Callable[..., argparse.ArgumentParser]


# ----- device side --------------------------------------------------------------------------------
def cmd_sync(args: argparse.Namespace) -> int:
    from app.sync.engine import sync

    def progress(stage: str, done: int, total: int) -> None:
        say(f"sync: {stage} {done}/{total}")

    with unlocked(args) as ws:
        report = sync(ws, progress)
    say(
        f"Synced: {report.pushed} changes sent, {report.pulled} received ({report.changed} applied), "
        f"{report.uploaded_files} files up, {report.downloaded_files} down, {report.conflicts} new conflicts."
    )
    if report.files_waiting:
        say(f"{count(report.files_waiting, 'file')} wait: HQ had no room for them just now; they go with a later sync.")
    if report.requeued:
        say(f"{count(report.requeued, 'corrected change')} that could not be sent before sent now.")
    if report.rejected:
        say(f"HQ refused {count(len(report.rejected), 'change')}; they stay on this laptop only:")
        for line in report.refused:
            say(f"  - {line}")
    if report.unsent:
        say("Some changes could not be sent; the others were. Correct these records, then sync again:")
        for line in report.unsent:
            say(f"  - {line}")
    if report.unappliable:
        say("Note: some records from HQ could not be stored on this laptop (HQ keeps them; tell HQ support):")
        for line in report.unappliable:
            say(f"  - {line}")
    if report.held:
        from app.sync.engine import held_line

        say(f"Note: {held_line(report.held)}.")
    if report.double_bookings:
        say(
            f"The schedule books someone twice in {count(report.double_bookings, 'place')} (appointments made on "
            "two laptops); a team lead settles them: circuitride schedule clashes"
        )
    if report.update_available:
        say(report.update_available)
    if getattr(args, "json", False):
        emit_json(report.__dict__)
    # Waiting records are not a failure: they are applied when their parent arrives.
    return 0 if not report.rejected and not report.unsent else 1


def cmd_sync_enroll(args: argparse.Namespace) -> int:
    from app.sync.engine import enroll

    with unlocked(args) as ws:
        info = enroll(ws, args.code)
    ride = f" for ride {info.ride_id}" if info.ride_id else " (all cases)"
    say(f"Enrolled as {info.device_name}{ride} with HQ at {info.url}. Run `circuitride sync` to sync.")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from app.sync.engine import sync_state

    with unlocked(args) as ws:
        state = sync_state(ws)
    if args.json:
        from app.sync.problems import as_json

        emit_json({**state.__dict__, "details": as_json(state.details)})
    else:
        say(
            f"Enrolled: {'yes, ' + (state.server or '') if state.enrolled else 'no'}; changes waiting: "
            f"{state.pending_changes}; open conflicts: {state.open_conflicts}; last sync: {state.last_success or 'never'}"
        )
        if state.user_enrolled is False:
            say(
                "Your signing key is not enrolled at HQ: HQ gives your changes an interviewer's rights. Ask HQ for a "
                "user code, then run `circuitride user enroll --code CODE`."
            )
        if state.update_available:
            say(state.update_available)
        if state.last_error:
            say(f"Last error: {state.last_error}")
        if state.problems:
            say("Not synced:")
            if state.refused:
                say(f"  {count(state.refused, 'change')} refused by HQ (kept on this laptop only)")
            for line in state.problems:
                say(f"  - {line}")
    return 0


def cmd_sync_export(args: argparse.Namespace) -> int:
    from app.sync.bundles import export_bundle

    with unlocked(args) as ws:
        summary = export_bundle(ws, Path(args.file))
    say(
        f"Wrote {summary.changes} changes in {summary.batches} batch(es) and "
        f"{count(summary.files, 'file')} to {summary.path} ({summary.bytes:,} bytes). Take it to HQ; "
        "then import HQ's reply with `circuitride sync import FILE`."
    )
    if getattr(args, "json", False):
        emit_json(summary.__dict__)
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from app.sync.bundles import import_bundle

    with unlocked(args) as ws:
        summary = import_bundle(ws, Path(args.file))
    say(
        f"Imported HQ's reply: {summary.pulled} rows received ({summary.changed} applied), {count(summary.files, 'file')}; "
        f"HQ holds this laptop's changes through #{summary.acknowledged_through}."
    )
    if summary.rejected:
        say(f"HQ refused {count(len(summary.rejected), 'change')}; they stay on this laptop only:")
        for reason, times in Counter(summary.rejected).most_common(10):
            say(f"  - {times} × {reason}")
        say("`circuitride sync status` names each refused record with its case.")
    if getattr(args, "json", False):
        emit_json(summary.__dict__)
    return 0 if not summary.rejected else 1


def cmd_conflicts(args: argparse.Namespace) -> int:
    from app.services.conflicts import list_conflicts

    with unlocked(args) as ws:
        items = list_conflicts(ws, include_resolved=args.all)
    if args.json:
        emit_json([c.as_json() for c in items])
        return 0
    if not items:
        say("No open conflicts.")
    for c in items:
        print(f"{c.id[:13]}  case {c.case_number or '-'}  {c.describe()}")
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from app.services.conflicts import resolve_conflict

    if (args.value is None) == (args.take is None):
        raise UsageError("Give exactly one of --value V or --take local|remote.")
    value: Any = args.value
    if value is not None:
        try:
            value = json.loads(value)
        except ValueError:
            pass  # a plain string
    with unlocked(args) as ws:
        info = resolve_conflict(ws, args.conflict_id, value=value, take=args.take)
    say(f"Conflict {info.id[:13]} resolved; the choice reaches HQ and the other laptops with the next sync.")
    return 0


# ----- HQ administration --------------------------------------------------------------------------
# ----- users on the laptop ------------------------------------------------------------------------
def cmd_user_enroll(args: argparse.Namespace) -> int:
    from app.sync.engine import enroll_user

    with unlocked(args) as ws:
        done = enroll_user(ws, args.code)
    role = done.role.replace("_", " ")
    say(f"{done.username}'s key is enrolled at HQ, which knows them as {role}: HQ now judges their changes so.")
    if done.role_changed:
        say(f"This laptop now gives {done.username} that role too.")
    elif done.note:
        say(f"Note: {done.note}.")
    return 0


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    sync = sub.add_parser("sync", help="sync with HQ (push then pull); enroll; bundles")
    sync.set_defaults(func=cmd_sync)
    sync.add_argument("--json", action="store_true")
    sync_sub = sync.add_subparsers(dest="sync_command", parser_class=parser_class, metavar="ACTION")
    sp = add("enroll", cmd_sync_enroll, "enroll this workspace with HQ using the code HQ gave you", sync_sub)
    sp.add_argument("--code", required=True)
    sp = add("status", cmd_sync_status, "enrollment, changes waiting, conflicts, last sync", sync_sub)
    sp.add_argument("--json", action="store_true")
    sp = add("export", cmd_sync_export, "write a sneakernet bundle for HQ (no network needed)", sync_sub)
    sp.add_argument("file", help="bundle file to write (e.g. on a USB stick)")
    sp.add_argument("--json", action="store_true")
    sp = add("import", cmd_sync_import, "import HQ's reply bundle", sync_sub)
    sp.add_argument("file", help="reply bundle from HQ")
    sp.add_argument("--json", action="store_true")

    conflicts = sub.add_parser("conflicts", help="list conflicts between devices; resolve one")
    conflicts.set_defaults(func=cmd_conflicts)
    conflicts.add_argument("--json", action="store_true")
    conflicts.add_argument("--all", action="store_true", help="include resolved ones")
    c_sub = conflicts.add_subparsers(dest="conflicts_command", parser_class=parser_class, metavar="ACTION")
    sp = add("resolve", cmd_conflicts_resolve, "settle a conflict (team leads)", c_sub)
    sp.add_argument("conflict_id")
    sp.add_argument("--value", help="the value to keep (JSON, or plain text)")
    sp.add_argument("--take", choices=("local", "remote"))

    # `user enroll` joins the workspace's `user` command (app/cli.py builds it before calling here).
    user = sub.choices.get("user")
    user_sub = next(
        (a for a in (user._actions if user else []) if isinstance(a, argparse._SubParsersAction)),  # noqa: SLF001
        None,
    )
    if user_sub is not None:
        sp = add("enroll", cmd_user_enroll, "bind your signing key at HQ with the user code HQ gave you", user_sub)
        sp.add_argument("--code", required=True)
