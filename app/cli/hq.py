"""Command-line verbs for HQ administration (`circuitride hq ...`): the server, devices, users,
bundles and the recovery key. The only part of the command line that imports `app.hq`.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, EXIT_PROBLEM, emit_json, read_secret_file, say
from app.errors import UsageError
from app.util.words import count

Add = Callable[..., argparse.ArgumentParser]


def cmd_hq_keygen(args: argparse.Namespace) -> int:
    from app.hq.keys import write_recovery_keypair

    passphrase = read_secret_file(args.passphrase_file) if args.passphrase_file else None
    private, public = write_recovery_keypair(Path(args.out), passphrase)
    say(
        f"HQ recovery key pair written: {private} (keep offline, readable only by HQ admins) and {public} "
        "(give to field laptops: `circuitride init --recovery-public-key FILE`)."
    )
    print(public)
    return EXIT_OK


def _hub(args: argparse.Namespace) -> Any:
    from app.hq.hub import Hub, hq_home

    blobs = Path(args.blobs) if args.blobs else None
    return Hub(hq_home(args.home), args.db, blobs)


def cmd_hq_serve(args: argparse.Namespace) -> int:
    from app.hq.api import Release
    from app.hq.serve import serve
    from app.wire.protocol import MAX_URL_CHARS, is_newer, version_key

    for option, value in (("--current-version", args.current_version), ("--minimum-version", args.minimum_version)):
        if value is not None and version_key(value) is None:
            raise UsageError(f"{option} {value!r} is not a version number like 1.4.0.")
    url = args.download_url or ""
    if url and (len(url) > MAX_URL_CHARS or not url.isascii() or not url.startswith(("https://", "http://"))):
        raise UsageError("--download-url must be an https:// (or http://) address of at most 500 characters.")
    release = Release(download_url=url, minimum=args.minimum_version or "")
    if args.current_version:
        release.current = args.current_version
    if release.minimum and is_newer(release.minimum, release.current):
        raise UsageError("--minimum-version is newer than --current-version: no laptop could sync.")
    hub = _hub(args)
    serve(
        hub,
        args.host,
        args.port,
        args.hostname or (),
        Path(args.port_file) if args.port_file else None,
        release=release,
    )
    return 0


def cmd_hq_enroll_device(args: argparse.Namespace) -> int:
    from app.hq.serve import tls_hostnames
    from app.hq.tls import ensure_tls
    from app.wire.codes import make_code
    from app.wire.tls import ca_fingerprint

    hub = _hub(args)
    files = ensure_tls(hub.tls_dir, tls_hostnames("localhost"))
    _, token = hub.enroll_device(args.name, args.ride, args.reference_data)
    code = make_code(args.url, ca_fingerprint(files.ca_cert.read_bytes()), token)
    say(f"Device {args.name} may enroll within 7 days with this code (one use):")
    print(code)
    return 0


def cmd_hq_revoke_device(args: argparse.Namespace) -> int:
    name = _hub(args).revoke_device(args.device)
    say(f"Device {name} is revoked: HQ refuses its requests from now on.")
    return 0


def _print_user_code(username: str, token: str) -> None:
    from app.wire.codes import make_user_code

    say(
        f"{username} binds their laptop's key with this code within 7 days (one use), unlocked as themselves "
        "on an enrolled laptop: circuitride user enroll --code CODE"
    )
    print(make_user_code(username, token))


def cmd_hq_user_add(args: argparse.Namespace) -> int:
    token = _hub(args).add_user(args.username, args.role, args.display_name or "")
    if token is None:
        say(
            f"HQ user {args.username} exists already ({args.role.replace('_', ' ')}); nothing changed. "
            f"For a code for another laptop: circuitride hq user code {args.username}"
        )
        return 0
    say(f"HQ user {args.username} added ({args.role.replace('_', ' ')}).")
    _print_user_code(args.username, token)
    return 0


def cmd_hq_user_code(args: argparse.Namespace) -> int:
    _print_user_code(args.username, _hub(args).user_code(args.username))
    return 0


def cmd_hq_user_list(args: argparse.Namespace) -> int:
    users = _hub(args).users()
    if args.json:
        emit_json({"users": users})
        return 0
    if not users:
        say("No HQ users yet: circuitride hq user add NAME --role ROLE")
    for u in users:
        keys = ", ".join(k["device"] for k in u["keys"]) if u["keys"] else "no key bound (interviewer's rights)"
        print(f"{u['username']:<24} {u['role'].replace('_', ' '):<22} {keys}")
    return 0


def cmd_hq_user_set_role(args: argparse.Namespace) -> int:
    changed = _hub(args).set_user_role(args.username, args.role)
    role = args.role.replace("_", " ")
    say(
        f"{args.username} is now {role} at HQ; their laptops take it when they next enroll."
        if changed
        else f"{args.username} was already {role} at HQ."
    )
    return 0


def cmd_hq_user_revoke_key(args: argparse.Namespace) -> int:
    removed = _hub(args).revoke_user_keys(args.username, args.device)
    say(
        f"Unbound {count(removed, 'key')} of {args.username}: HQ gives the changes they sign an interviewer's "
        f"rights until they enroll again (`circuitride hq user code {args.username}`)."
    )
    return 0


def cmd_hq_devices(args: argparse.Namespace) -> int:
    from app.hq.merge import ride_status

    hub = _hub(args)
    with hub.store.session() as session:
        status = ride_status(session, args.ride)
    if args.json:
        emit_json(status.model_dump())
        return 0
    for d in status.devices:
        state = "fully synced" if d.fully_synced else "NOT fully synced"
        say(
            f"{d.name:24} ride {d.ride_id or 'all':38} {state}; last push {d.last_push_at or 'never'}, "
            f"last pull {d.last_pull_at or 'never'}{' (revoked)' if d.revoked else ''}"
        )
    return 0


def cmd_hq_import_bundle(args: argparse.Namespace) -> int:
    from app.hq.bundles import import_bundle

    summary = import_bundle(_hub(args), Path(args.file), Path(args.reply) if args.reply else None)
    say(
        f"Imported {count(summary.changes, 'change')} and {count(summary.files_received, 'file')} from {summary.device_name}; "
        f"{count(summary.conflicts, 'new conflict')}."
    )
    if summary.rejected:
        say(f"Refused {count(len(summary.rejected), 'change')}:")
        for reason, times in Counter(summary.rejected).most_common(10):
            say(f"  - {times} × {reason}")
    if summary.reply is not None:
        say(
            f"Reply for the laptop written to {summary.reply.path} ({summary.reply.rows} rows, {summary.reply.files} files)."
        )
    if getattr(args, "json", False):
        emit_json({**summary.__dict__, "reply": summary.reply.__dict__ if summary.reply else None})
    return 0


def cmd_hq_export_bundle(args: argparse.Namespace) -> int:
    from app.hq.bundles import export_bundle

    summary = export_bundle(_hub(args), args.device, args.since, Path(args.file))
    say(
        f"Wrote a bundle for the device with {summary.rows} rows and {count(summary.files, 'file')} to {summary.path}; "
        "import it on the laptop with `circuitride sync import FILE`."
    )
    return 0


def cmd_hq_check(args: argparse.Namespace) -> int:
    from app.hq.check import check_hq
    from app.hq.hub import hq_home

    report = check_hq(hq_home(args.home), args.db, Path(args.blobs) if args.blobs else None)
    if args.json:
        emit_json(report.as_json())
    for line in report.problems:
        say(f"PROBLEM  {line}")
    for line in report.warnings:
        say(f"warning  {line}")
    for line in report.notices:
        say(f"note     {line}")
    if report.ok:
        say(
            f"HQ is sound: database at schema {report.revision} ({count(report.rows, 'row')}, "
            f"{count(report.devices, 'device')}), {count(report.blobs_checked, 'file')} checked, certificates and keys."
        )
        return EXIT_OK
    say(
        f"{count(len(report.problems), 'problem')} found. Restore what is named from the last backup (installers/hq/README.md)."
    )
    return EXIT_PROBLEM


def register_hq(hq_sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--home", metavar="DIR", help="HQ's directory (default: $CIRCUITRIDE_HQ_HOME or your data folder)"
        )
        sp.add_argument(
            "--db", metavar="URL", help="database URL (default: sqlite in --home; or postgresql+psycopg://...)"
        )
        sp.add_argument("--blobs", metavar="DIR", help="attachment store (default: blobs/ in --home)")

    sp = add("keygen", cmd_hq_keygen, "create HQ's recovery key pair", hq_sub)
    sp.add_argument("--out", default=".", metavar="DIR")
    sp.add_argument("--passphrase-file", metavar="FILE", help="encrypt the private key with this passphrase")
    sp = add("serve", cmd_hq_serve, "run the HQ sync server (HTTPS)", hq_sub)
    common(sp)
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8443)
    sp.add_argument("--hostname", action="append", help="extra name laptops use to reach HQ (for its certificate)")
    sp.add_argument("--port-file", metavar="FILE", help="write the port actually bound (useful with --port 0)")
    sp.add_argument(
        "--current-version",
        metavar="X.Y.Z",
        help="the release laptops are told is current when they sync (default: this HQ's own version)",
    )
    sp.add_argument("--download-url", metavar="URL", help="where laptops get the current release (shown with it)")
    sp.add_argument(
        "--minimum-version",
        metavar="X.Y.Z",
        help="refuse to sync laptops older than this, telling them to update (default: serve every version)",
    )
    sp = add("check", cmd_hq_check, "verify HQ's database, files, certificates and keys; exit 1 on any problem", hq_sub)
    common(sp)
    sp.add_argument("--json", action="store_true")
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
