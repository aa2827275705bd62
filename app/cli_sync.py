"""Command-line verbs for sync (device side), conflicts and HQ administration (architecture §9)."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The CLI's own output helpers: app.cli imports this module only inside build_parser, so no cycle.
from app.cli import _emit_json as _emit
from app.cli import _say
from app.errors import UsageError
from app.util.words import count

Add = Callable[..., argparse.ArgumentParser]


# ----- device side --------------------------------------------------------------------------------
def cmd_sync(args: argparse.Namespace) -> int:
    from app.cli import unlocked
    from app.sync.engine import sync

    def progress(stage: str, done: int, total: int) -> None:
        _say(f"sync: {stage} {done}/{total}")

    with unlocked(args) as ws:
        report = sync(ws, progress)
    _say(
        f"Synced: {report.pushed} changes sent, {report.pulled} received ({report.changed} applied), "
        f"{report.uploaded_files} files up, {report.downloaded_files} down, {report.conflicts} new conflicts."
    )
    if report.files_waiting:
        _say(
            f"{count(report.files_waiting, 'file')} wait: HQ had no room for them just now; they go with a later sync."
        )
    if report.requeued:
        _say(f"{count(report.requeued, 'corrected change')} that could not be sent before sent now.")
    if report.rejected:
        _say(f"HQ refused {count(len(report.rejected), 'change')}; they stay on this laptop only:")
        for line in report.refused:
            _say(f"  - {line}")
    if report.unsent:
        _say("Some changes could not be sent; the others were. Correct these records, then sync again:")
        for line in report.unsent:
            _say(f"  - {line}")
    if report.unappliable:
        _say("Note: some records from HQ could not be stored on this laptop (HQ keeps them; tell HQ support):")
        for line in report.unappliable:
            _say(f"  - {line}")
    if report.held:
        from app.sync.engine import held_line

        _say(f"Note: {held_line(report.held)}.")
    if getattr(args, "json", False):
        _emit(report.__dict__)
    # Waiting records are not a failure: they are applied when their parent arrives.
    return 0 if not report.rejected and not report.unsent else 1


def cmd_sync_enroll(args: argparse.Namespace) -> int:
    from app.cli import unlocked
    from app.sync.engine import enroll

    with unlocked(args) as ws:
        info = enroll(ws, args.code)
    ride = f" for ride {info.ride_id}" if info.ride_id else " (all cases)"
    _say(f"Enrolled as {info.device_name}{ride} with HQ at {info.url}. Run `circuitride sync` to sync.")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from app.cli import unlocked
    from app.sync.engine import sync_state

    with unlocked(args) as ws:
        state = sync_state(ws)
    if args.json:
        from app.sync.problems import as_json

        _emit({**state.__dict__, "details": as_json(state.details)})
    else:
        _say(
            f"Enrolled: {'yes, ' + (state.server or '') if state.enrolled else 'no'}; changes waiting: "
            f"{state.pending_changes}; open conflicts: {state.open_conflicts}; last sync: {state.last_success or 'never'}"
        )
        if state.user_enrolled is False:
            _say(
                "Your signing key is not enrolled at HQ: HQ gives your changes an interviewer's rights. Ask HQ for a "
                "user code, then run `circuitride user enroll --code CODE`."
            )
        if state.last_error:
            _say(f"Last error: {state.last_error}")
        if state.problems:
            _say("Not synced:")
            if state.refused:
                _say(f"  {count(state.refused, 'change')} refused by HQ (kept on this laptop only)")
            for line in state.problems:
                _say(f"  - {line}")
    return 0


def cmd_sync_export(args: argparse.Namespace) -> int:
    from app.cli import unlocked
    from app.sync.bundles import export_bundle

    with unlocked(args) as ws:
        summary = export_bundle(ws, Path(args.file))
    _say(
        f"Wrote {summary.changes} changes in {summary.batches} batch(es) and "
        f"{count(summary.files, 'file')} to {summary.path} ({summary.bytes:,} bytes). Take it to HQ; "
        "then import HQ's reply with `circuitride sync import FILE`."
    )
    if getattr(args, "json", False):
        _emit(summary.__dict__)
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from app.cli import unlocked
    from app.sync.bundles import import_bundle

    with unlocked(args) as ws:
        summary = import_bundle(ws, Path(args.file))
    _say(
        f"Imported HQ's reply: {summary.pulled} rows received ({summary.changed} applied), {count(summary.files, 'file')}; "
        f"HQ holds this laptop's changes through #{summary.acknowledged_through}."
    )
    if summary.rejected:
        _say(f"HQ refused {count(len(summary.rejected), 'change')}; they stay on this laptop only:")
        for reason, times in Counter(summary.rejected).most_common(10):
            _say(f"  - {times} × {reason}")
        _say("`circuitride sync status` names each refused record with its case.")
    if getattr(args, "json", False):
        _emit(summary.__dict__)
    return 0 if not summary.rejected else 1


def cmd_conflicts(args: argparse.Namespace) -> int:
    from app.cli import unlocked
    from app.services.conflicts import list_conflicts

    with unlocked(args) as ws:
        items = list_conflicts(ws, include_resolved=args.all)
    if args.json:
        _emit([c.as_json() for c in items])
        return 0
    if not items:
        _say("No open conflicts.")
    for c in items:
        print(f"{c.id[:13]}  case {c.case_number or '-'}  {c.describe()}")
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from app.cli import unlocked
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
    _say(f"Conflict {info.id[:13]} resolved; the choice reaches HQ and the other laptops with the next sync.")
    return 0


# ----- HQ administration --------------------------------------------------------------------------
def _hub(args: argparse.Namespace) -> Any:
    from app.hq.hub import Hub, hq_home

    blobs = Path(args.blobs) if args.blobs else None
    return Hub(hq_home(args.home), args.db, blobs)


def cmd_hq_serve(args: argparse.Namespace) -> int:
    from app.hq.serve import serve

    hub = _hub(args)
    serve(hub, args.host, args.port, args.hostname or (), Path(args.port_file) if args.port_file else None)
    return 0


def cmd_hq_enroll_device(args: argparse.Namespace) -> int:
    from app.hq.serve import tls_hostnames
    from app.hq.tls import ca_fingerprint, ensure_tls
    from app.sync.engine import make_code

    hub = _hub(args)
    files = ensure_tls(hub.tls_dir, tls_hostnames("localhost"))
    _, token = hub.enroll_device(args.name, args.ride, args.reference_data)
    code = make_code(args.url, ca_fingerprint(files.ca_cert.read_bytes()), token)
    _say(f"Device {args.name} may enroll within 7 days with this code (one use):")
    print(code)
    return 0


def cmd_hq_revoke_device(args: argparse.Namespace) -> int:
    name = _hub(args).revoke_device(args.device)
    _say(f"Device {name} is revoked: HQ refuses its requests from now on.")
    return 0


def _print_user_code(username: str, token: str) -> None:
    from app.sync.engine import make_user_code

    _say(
        f"{username} binds their laptop's key with this code within 7 days (one use), unlocked as themselves "
        "on an enrolled laptop: circuitride user enroll --code CODE"
    )
    print(make_user_code(username, token))


def cmd_hq_user_add(args: argparse.Namespace) -> int:
    token = _hub(args).add_user(args.username, args.role, args.display_name or "")
    if token is None:
        _say(
            f"HQ user {args.username} exists already ({args.role.replace('_', ' ')}); nothing changed. "
            f"For a code for another laptop: circuitride hq user code {args.username}"
        )
        return 0
    _say(f"HQ user {args.username} added ({args.role.replace('_', ' ')}).")
    _print_user_code(args.username, token)
    return 0


def cmd_hq_user_code(args: argparse.Namespace) -> int:
    _print_user_code(args.username, _hub(args).user_code(args.username))
    return 0


def cmd_hq_user_list(args: argparse.Namespace) -> int:
    users = _hub(args).users()
    if args.json:
        _emit({"users": users})
        return 0
    if not users:
        _say("No HQ users yet: circuitride hq user add NAME --role ROLE")
    for u in users:
        keys = ", ".join(k["device"] for k in u["keys"]) if u["keys"] else "no key bound (interviewer's rights)"
        print(f"{u['username']:<24} {u['role'].replace('_', ' '):<22} {keys}")
    return 0


def cmd_hq_user_set_role(args: argparse.Namespace) -> int:
    changed = _hub(args).set_user_role(args.username, args.role)
    role = args.role.replace("_", " ")
    _say(
        f"{args.username} is now {role} at HQ; their laptops take it when they next enroll."
        if changed
        else f"{args.username} was already {role} at HQ."
    )
    return 0


def cmd_hq_user_revoke_key(args: argparse.Namespace) -> int:
    removed = _hub(args).revoke_user_keys(args.username, args.device)
    _say(
        f"Unbound {count(removed, 'key')} of {args.username}: HQ gives the changes they sign an interviewer's "
        f"rights until they enroll again (`circuitride hq user code {args.username}`)."
    )
    return 0


# ----- users on the laptop ------------------------------------------------------------------------
def cmd_user_enroll(args: argparse.Namespace) -> int:
    from app.cli import unlocked
    from app.sync.engine import enroll_user

    with unlocked(args) as ws:
        done = enroll_user(ws, args.code)
    role = done.role.replace("_", " ")
    _say(f"{done.username}'s key is enrolled at HQ, which knows them as {role}: HQ now judges their changes so.")
    if done.role_changed:
        _say(f"This laptop now gives {done.username} that role too.")
    elif done.note:
        _say(f"Note: {done.note}.")
    return 0


def cmd_hq_devices(args: argparse.Namespace) -> int:
    from app.hq.merge import ride_status

    hub = _hub(args)
    with hub.store.session() as session:
        status = ride_status(session, args.ride)
    if args.json:
        _emit(status.model_dump())
        return 0
    for d in status.devices:
        state = "fully synced" if d.fully_synced else "NOT fully synced"
        _say(
            f"{d.name:24} ride {d.ride_id or 'all':38} {state}; last push {d.last_push_at or 'never'}, "
            f"last pull {d.last_pull_at or 'never'}{' (revoked)' if d.revoked else ''}"
        )
    return 0


def cmd_hq_import_bundle(args: argparse.Namespace) -> int:
    from app.hq.bundles import import_bundle

    summary = import_bundle(_hub(args), Path(args.file), Path(args.reply) if args.reply else None)
    _say(
        f"Imported {count(summary.changes, 'change')} and {count(summary.files_received, 'file')} from {summary.device_name}; "
        f"{count(summary.conflicts, 'new conflict')}."
    )
    if summary.rejected:
        _say(f"Refused {count(len(summary.rejected), 'change')}:")
        for reason, times in Counter(summary.rejected).most_common(10):
            _say(f"  - {times} × {reason}")
    if summary.reply is not None:
        _say(
            f"Reply for the laptop written to {summary.reply.path} ({summary.reply.rows} rows, {summary.reply.files} files)."
        )
    if getattr(args, "json", False):
        _emit({**summary.__dict__, "reply": summary.reply.__dict__ if summary.reply else None})
    return 0


def cmd_hq_export_bundle(args: argparse.Namespace) -> int:
    from app.hq.bundles import export_bundle

    summary = export_bundle(_hub(args), args.device, args.since, Path(args.file))
    _say(
        f"Wrote a bundle for the device with {summary.rows} rows and {count(summary.files, 'file')} to {summary.path}; "
        "import it on the laptop with `circuitride sync import FILE`."
    )
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


def register_hq(hq_sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--home", metavar="DIR", help="HQ's directory (default: $CIRCUITRIDE_HQ_HOME or your data folder)"
        )
        sp.add_argument(
            "--db", metavar="URL", help="database URL (default: sqlite in --home; or postgresql+psycopg://...)"
        )
        sp.add_argument("--blobs", metavar="DIR", help="attachment store (default: blobs/ in --home)")

    sp = add("serve", cmd_hq_serve, "run the HQ sync server (HTTPS)", hq_sub)
    common(sp)
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8443)
    sp.add_argument("--hostname", action="append", help="extra name laptops use to reach HQ (for its certificate)")
    sp.add_argument("--port-file", metavar="FILE", help="write the port actually bound (useful with --port 0)")
    sp = add("enroll-device", cmd_hq_enroll_device, "prepare a laptop's enrollment; prints its one-time code", hq_sub)
    common(sp)
    sp.add_argument("--name", required=True)
    sp.add_argument("--ride", metavar="RIDE_ID", help="limit the device to this circuit ride's cases")
    sp.add_argument(
        "--reference-data",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="whether it may add and change sites, rides, interpreters and forms "
        "(default: yes without --ride, no with it)",
    )
    sp.add_argument("--url", default="https://127.0.0.1:8443", help="HQ's address as the laptop will reach it")
    sp = add("revoke-device", cmd_hq_revoke_device, "refuse a device from now on (lost or retired laptop)", hq_sub)
    common(sp)
    sp.add_argument("device", help="device name or id")
    sp = add("devices", cmd_hq_devices, "devices and whether each has fully synced", hq_sub)
    common(sp)
    sp.add_argument("--ride", metavar="RIDE_ID")
    sp.add_argument("--json", action="store_true")
    sp = add("import-bundle", cmd_hq_import_bundle, "import a laptop's sneakernet bundle; write its reply", hq_sub)
    common(sp)
    sp.add_argument("file", help="the laptop's bundle")
    sp.add_argument("--reply", metavar="OUT", help="write the reply bundle for the laptop here")
    sp.add_argument("--json", action="store_true")
    sp = add("export-bundle", cmd_hq_export_bundle, "write a bundle of HQ's changes for one device", hq_sub)
    common(sp)
    sp.add_argument("--device", required=True, help="device name or id")
    sp.add_argument("--since", type=int, help="server sequence the device holds (default: its last recorded pull)")
    sp.add_argument("file", help="bundle file to write")
    user = hq_sub.add_parser("user", help="HQ users")
    user_sub = user.add_subparsers(dest="hq_user_command", parser_class=parser_class, metavar="ACTION", required=True)
    from app.models import vocab  # app.hq.hub.ROLES, without importing HQ's server code to build the parser

    roles = (*vocab.ROLES, "hq_staff")
    sp = add("add", cmd_hq_user_add, "add a user with their role; prints their one-time user code", user_sub)
    common(sp)
    sp.add_argument("username")
    sp.add_argument("--role", required=True, choices=roles)
    sp.add_argument("--display-name")
    sp = add("code", cmd_hq_user_code, "a new one-time user code (another laptop, a key made anew)", user_sub)
    common(sp)
    sp.add_argument("username")
    sp = add("list", cmd_hq_user_list, "users, their roles and the laptops their keys are bound from", user_sub)
    common(sp)
    sp.add_argument("--json", action="store_true")
    sp = add("set-role", cmd_hq_user_set_role, "give a user another role at HQ", user_sub)
    common(sp)
    sp.add_argument("username")
    sp.add_argument("role", choices=roles)
    sp = add("revoke-key", cmd_hq_user_revoke_key, "unbind a user's keys (all, or one laptop's)", user_sub)
    common(sp)
    sp.add_argument("username")
    sp.add_argument("--device", help="only the key bound from this device (name or id)")
