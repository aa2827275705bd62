"""`circuitride`: the command line (architecture §9). With no command it opens the GUI.

Exit codes: 0 ok, 1 problem found, 2 usage error, 3 wrong password or locked out. `--json` prints
one JSON document on stdout; human messages go to stderr. No traceback ever reaches the user.

Everything printed for a person passes `terminal_safe` at one boundary (stdout and stderr are
wrapped while a command runs): a file name, case number or value can come from anyone, and a
terminal obeys the control characters in it (an escape sequence can recolour, retitle or clear
the screen, or hide the line before it). JSON output is escaped instead, so it keeps its values.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import app_version, logsetup
from app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    Parser,
    assignments,
    data_dir,
    emit_json,
    new_password,
    open_workspace,
    password,
    read_bytes,
    read_secret_file,
    say,
    terminal_safe,
    terminal_safe_output,
    unlocked,
    unwrapped,
)
from app.errors import CircuitRideError, InvalidManifest, UsageError
from app.models import vocab
from app.util.words import count

log = logging.getLogger("app.cli")

CASE_LIST_FIELDS = ("languages", "aliases", "resettlement_preferences")  # `case set` reads them as a,b,c


# ----- commands ---------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from app.services.workspaces import create_workspace

    pub = read_bytes(args.recovery_public_key) if args.recovery_public_key else None
    user = args.user or _default_user()
    ws = create_workspace(
        data_dir(args),
        user,
        password(args, "Choose a password: "),
        role=args.role,
        name=args.name or "",
        recovery_public_key=pub,
    )
    say(f"Workspace created at {ws.path} for user {user} ({args.role.replace('_', ' ')}).")
    if args.role == "admin":
        say(
            "An administrator manages users and enrollment but takes no case decisions: add the team "
            "lead and the interviewers with `circuitride user add NAME --role ROLE`."
        )
    if not pub:
        say("No HQ recovery key was given: if every password is lost, this workspace cannot be opened.")
    ws.lock()
    return EXIT_OK


def _default_user() -> str:
    name = (getpass.getuser() or "user").lower()
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "." for ch in name).strip("._-")
    return cleaned or "user"


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo_load import load_demo
    from app.services.workspaces import create_workspace
    from app.store.workspace import META_FILE

    path = data_dir(args)
    if (path / META_FILE).exists():
        ws = open_workspace(args)
    else:
        ws = create_workspace(path, args.user or "team.lead", password(args), role="team_lead", name="Demo workspace")
    try:
        summary = load_demo(ws, cases=args.cases, seed=args.seed, photos=not args.no_photos, progress=say)
    finally:
        ws.lock()
    say(f"Demo data loaded: {summary}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DatabaseError

    from app.store.check import check_workspace

    with unlocked(args) as ws:
        if args.repair:
            try:
                _repair_records(ws)
            except DatabaseError:  # a damaged file cannot be repaired record by record: check says why
                pass
        report = check_workspace(ws, repair=args.repair)
        _check_records(ws, report)
    if args.json:
        emit_json(
            {
                "ok": report.ok,
                "problems": report.problems,
                "notices": report.notices,
                "audit_events": report.audit_events,
                "blobs_checked": report.blobs_checked,
            }
        )
    for line in report.problems:
        say(f"PROBLEM  {line}")
    for line in report.notices:
        say(f"note     {line}")
    if report.ok:
        say(f"Workspace is sound: database, {report.audit_events} audit events, {report.blobs_checked} blobs checked.")
        return EXIT_OK
    say(f"{count(len(report.problems), 'problem')} found. Restore from a backup or contact HQ support.")
    return EXIT_PROBLEM


def _check_records(ws: Any, report: Any) -> None:
    """Checks that need the services' knowledge (the store checks files, pages and the chain)."""
    from sqlalchemy.exc import DatabaseError

    from app.services.search_index import name_keys_out_of_step

    try:
        with ws.session() as session:
            astray = name_keys_out_of_step(session)
    except DatabaseError:  # a damaged file: the store's own check has said so already
        return
    if astray:
        report.problems.append(
            f"database: the spelling-variant search index is out of step with {count(astray, 'person record')}, so "
            "search can miss them; restore the workspace from a backup or contact HQ support"
        )


def _repair_records(ws: Any) -> None:
    """What `check --repair` can set right in records without inventing anything (audited, synced),
    and what it leaves to a person, by case number."""
    from app.services.repairs import repair_dates_of_birth

    dates = repair_dates_of_birth(ws)
    if dates.repaired:
        say(
            f"repaired  {count(len(dates.repaired), 'date of birth', 'dates of birth')} shorter than their precision: the precision now "
            f"says what the date holds (cases {', '.join(sorted(set(dates.repaired))[:10])})"
        )
    if dates.not_repaired:
        say(
            f"not repaired  {count(len(dates.not_repaired), 'date of birth', 'dates of birth')} longer than their precision (cases "
            f"{', '.join(sorted(set(dates.not_repaired))[:10])}): check each against a document and set the date "
            "and its precision on the person"
        )


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.manifest import MAX_MANIFEST_BYTES, import_manifest, parse_json

    raw = read_bytes(
        args.file,
        MAX_MANIFEST_BYTES,
        "split it into several manifests (by ride or by site) and import each; nothing was imported.",
        what=f"The manifest {Path(args.file).name}",
        error=InvalidManifest,
    )
    if args.file.lower().endswith(".csv"):
        from app.services.manifest_csv import from_csv

        doc = from_csv(raw, Path(args.file).name)
    else:
        doc = parse_json(raw, Path(args.file).name)

    def progress(done: int, total: int) -> None:
        say(f"import: {done}/{total} cases")

    with unlocked(args) as ws:
        report = import_manifest(ws, doc, progress=progress)
    summary = {
        "cases_created": report.cases_created,
        "cases_updated": report.cases_updated,
        "cases_unchanged": report.cases_unchanged,
        "persons_created": report.persons_created,
        "persons_updated": report.persons_updated,
        "records_added": report.records_added,
        "reference_records": report.reference_records,
    }
    if args.json:
        emit_json({**summary, "likely_matches": report.likely_matches, "likely_unchecked": report.likely_unchecked})
    say("Imported: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in summary.items()))
    for line in report.likely_matches[:20]:  # warnings, never refusals: the persons were imported
        say(f"Warning: {line}")
    if len(report.likely_matches) > 20:
        say(f"… and {len(report.likely_matches) - 20} more persons who may be recorded already (see --json).")
    if report.likely_unchecked:
        say(
            f"{count(report.likely_unchecked, 'new person', 'new persons')} not compared with those recorded (too many at once)."
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.manifest import export_manifest
    from app.util.files import atomic_write

    with unlocked(args) as ws:
        doc = export_manifest(ws)
    if args.file.lower().endswith(".csv"):
        from app.services.manifest_csv import to_csv

        data = to_csv(doc).encode("utf-8-sig")  # the BOM makes spreadsheets read UTF-8 correctly
    else:
        data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    if args.file == "-":  # the data itself, for a pipe: written as it is
        unwrapped(sys.stdout).write(data.decode("utf-8") + "\n")
    else:
        try:
            atomic_write(Path(args.file), data, 0o600)
        except OSError as exc:
            raise UsageError(f"Cannot write {args.file}: {exc.strerror}.") from None
        say(
            f"Exported {len(doc['cases'])} cases to {args.file}. The file is NOT encrypted: keep it on an encrypted drive."
        )
    return EXIT_OK


def cmd_attach(args: argparse.Namespace) -> int:
    from app.services.attachments import attach_file

    with unlocked(args) as ws:
        result = attach_file(
            ws,
            args.case_number,
            Path(args.file),
            kind=args.kind,
            person_id=args.person,
            document_type=args.document_type,
            language=args.language,
        )
    if args.json:
        emit_json(
            {
                "attachment_id": result.attachment_id,
                "content_hash": result.content_hash,
                "mime": result.mime,
                "size": result.size,
                "thumbnail_hash": result.thumbnail_hash,
            }
        )
    say(f"Attached {Path(args.file).name} to case {args.case_number.upper()} ({result.mime}, {result.size} bytes).")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.services.search import search

    with unlocked(args) as ws:
        hits = search(ws, args.query, limit=args.limit)
    if args.json:
        emit_json({"query": args.query, "count": len(hits), "results": [asdict(h) for h in hits]})
        return EXIT_OK
    if not hits:
        say("No case matches.")
    for h in hits:
        print(f"{h.case_number:<14} {h.priority:<4} {h.stage:<22} {h.site}")
        for p in h.persons:
            native = f"  ({p.native_name})" if p.native_name else ""
            print(f"    {p.role:<20} {p.name}{native}  {p.dob or ''}")
            for typed, recorded in getattr(p, "variants", ()) or ():
                print(f"        spelling variant: {typed} -> {recorded}")
    return EXIT_OK


def cmd_case_show(args: argparse.Namespace) -> int:
    from app.services.case_view import show_case

    with unlocked(args) as ws:
        doc = show_case(ws, args.case_number)
    if args.json:
        emit_json(doc)
        return EXIT_OK
    print(
        f"Case {doc['case_number']}  {doc['priority']}  {doc['stage']}  site {doc['site']}  ride {doc['ride'] or '-'}"
    )
    print(f"UNHCR id {doc['unhcr_id'] or '-'}   file at {doc['file_location'] or 'unknown'}")
    for p in doc["persons"]:
        native = " ".join(x for x in (p["native_given_names"], p["native_family_name"]) if x)
        print(
            f"  {p['id']}  {p['role']:<20} {p['given_names']} {p['family_name']}"
            f"{'  (' + native + ')' if native else ''}  {p['dob'] or '?'} [{p['dob_precision']}]"
        )
    for a in doc["appointments"]:
        state = a["status"].replace("_", "-") + (", family notified" if a["notified"] else "")
        print(
            f"  appointment {a['start'].replace('T', ' ')}  {a['type'].replace('_', ' ')}  {a['site'] or ''}  ({state})"
        )
    for r in doc["results"]:
        reason = f"  ({r['reason']})" if r["reason"] else ""
        print(f"  result {r['date']}  {r['kind']}: {r['outcome'].replace('_', ' ')}  {r['officer']}{reason}")
    for n in doc["notices"]:
        print(f"  notice {n['at'][:16].replace('T', ' ')}  {n['kind']} ({n['channel']}, {n['language']})  by {n['by']}")
    print(
        f"{count(len(doc['attachments']), 'attachment')}, {count(len(doc['notes']), 'note')}, {count(len(doc['history']), 'history event')}"
    )
    return EXIT_OK


def cmd_case_set(args: argparse.Namespace) -> int:
    from app.services.cases import set_case_fields, set_person_fields

    changes = assignments(args.assignments, lists=CASE_LIST_FIELDS)
    if not args.person:
        from app.models import fields as F

        personal = sorted(k for k in changes if k in F.PERSON_FIELDS or k in F.PERSON_DATE_FIELDS)
        if personal:
            raise UsageError(
                f"{', '.join(personal)}: a person's field, not the case's. Add --person ID "
                f"(`circuitride case show {args.case_number}` lists the persons and their ids)."
            )
    with unlocked(args) as ws:
        if args.person:
            changed = set_person_fields(ws, args.case_number, args.person, changes)
        else:
            changed = set_case_fields(ws, args.case_number, changes, reason=args.reason)
    if args.json:
        emit_json({"changed": {k: {"old": o, "new": n} for k, (o, n) in changed.items()}})
    say(f"{count(len(changed), 'field')} changed." if changed else "Nothing changed: the values were already set.")
    return EXIT_OK


def cmd_case_add_person(args: argparse.Namespace) -> int:
    from app.services.cases import add_person_checked

    with unlocked(args) as ws:
        added = add_person_checked(ws, args.case_number, assignments(args.assignments, lists=CASE_LIST_FIELDS))
    for m in added.likely:  # a warning, never a refusal: the person was added (and the warning audited)
        say(
            f"Warning: this person may be recorded already: {m.name or m.native_name}, "
            f"{m.role.replace('_', ' ')} in case {m.case_number}, born {m.dob or 'unknown'} ({m.reason})."
        )
    print(added.person_id)
    return EXIT_OK


def cmd_case_verify(args: argparse.Namespace) -> int:
    from app.services.cases import mark_verified

    with unlocked(args) as ws:
        for field in args.fields:
            mark_verified(ws, args.case_number, args.person, field, args.document)
    say(f"Marked {', '.join(args.fields)} as verified against: {args.document}")
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    from app.services.records import add_note

    with unlocked(args) as ws:
        add_note(ws, args.case_number, args.text, person_id=args.person, confidentiality=args.confidentiality)
    say("Note added.")
    return EXIT_OK


def cmd_files_move(args: argparse.Namespace) -> int:
    from app.services.records import move_file

    with unlocked(args) as ws:
        move_file(ws, args.case_number, args.to, reason=args.reason)
    say(f"File of case {args.case_number.upper()} is now at: {args.to}")
    return EXIT_OK


def cmd_files_where(args: argparse.Namespace) -> int:
    from app.services.case_view import show_case

    with unlocked(args) as ws:
        doc = show_case(ws, args.case_number)
    if args.json:
        emit_json(
            {
                "case_number": doc["case_number"],
                "file_location": doc["file_location"],
                "holder": doc["file_holder"],
                "since": doc["file_held_since"],
                "due": doc["file_due"],
                "home": doc["file_home"],
                "movements": doc["file_movements"],
            }
        )
        return EXIT_OK
    print(doc["file_location"] or "unknown")
    if doc["file_holder"]:
        due = f", due {doc['file_due']}" if doc["file_due"] else ""
        print(
            f"checked out to {doc['file_holder']} since {doc['file_held_since']}{due}; home {doc['file_home'] or '?'}"
        )
    for m in doc["file_movements"]:
        kind = "" if m["kind"] == "move" else f"{m['kind']}  "
        print(f"  {m['at']}  {kind}{m['from'] or '?'} -> {m['to']}  by {m['by']}  {m['reason'] or ''}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with unlocked(args) as ws:
        dest = ws.backup(Path(args.path))
    say(f"Encrypted backup written to {dest}. It opens with the same passwords or HQ's recovery key.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.workspaces import restore_backup, restore_note

    ws = restore_backup(
        Path(args.backup_path), data_dir(args), args.user or "", password(args, "Password in the backup: ")
    )
    try:
        if ws.upgraded is not None:  # a backup from an older version was migrated as it was restored
            say(f"circuitride: {ws.upgraded.sentence()}")
        note = restore_note(ws)
        say(f"Backup restored to {ws.path} for user {ws.username}.")
        if note is not None:
            say(note.sentence())
        if args.json:
            emit_json({"path": str(ws.path), "device_id": ws.meta.device_id, "others": note.others if note else []})
    finally:
        ws.lock()
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.store.workspace import Workspace

    ws = Workspace(data_dir(args))
    user = ws.resolve_user(args.user)
    ws.change_password(user, password(args, "Current password: "), new_password(args))
    say(f"Password changed for {user}. The database was not rewritten; other users' passwords are unchanged.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from app.store.workspace import Workspace

    ws = Workspace(data_dir(args))
    passphrase = read_secret_file(args.key_passphrase_file) if args.key_passphrase_file else None
    ws.unlock_with_recovery(read_bytes(args.recovery_key), passphrase)
    try:
        user = args.user or ws.resolve_user(None)
        new_key = ws.set_password(user, new_password(args))
    finally:
        ws.lock()
    say(f"Workspace recovered with HQ's key: {user} has a new password.")
    if new_key:
        say(
            f"{user} also has a new signing key: until it is enrolled at HQ again (ask HQ for a user code, then "
            "`circuitride user enroll --code CODE` as that user), HQ gives their changes an interviewer's rights."
        )
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace) -> int:
    from app.services.users import add_user

    with unlocked(args) as ws:
        add_user(
            ws,
            args.username,
            new_password(args, f"Password for {args.username}"),
            role=args.role,
            display_name=args.display_name or "",
        )
    say(f"User {args.username} added ({args.role.replace('_', ' ')}).")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    from app.services.users import list_users

    with unlocked(args) as ws:
        users = list_users(ws)
    if args.json:
        emit_json(
            {
                "users": [
                    {
                        "username": u.username,
                        "display_name": u.display_name,
                        "role": u.role,
                        "active": u.active,
                        "can_unlock": u.can_unlock,
                    }
                    for u in users
                ]
            }
        )
        return EXIT_OK
    width = max((len(u.username) for u in users), default=4)
    for u in users:
        state = "" if u.active else "  (deactivated)"
        name = f"  {u.display_name}" if u.display_name else ""
        print(
            f"{terminal_safe(u.username):<{width}}  {u.role.replace('_', ' '):<20}{terminal_safe(name)}{state}".rstrip()
        )
    return EXIT_OK


def cmd_user_set_role(args: argparse.Namespace) -> int:
    from app.services.users import set_role

    with unlocked(args) as ws:
        changed = set_role(ws, args.username, args.role)
    role = args.role.replace("_", " ")
    say(f"{args.username} is now {role}." if changed else f"{args.username} was already {role}.")
    return EXIT_OK


def cmd_user_deactivate(args: argparse.Namespace) -> int:
    from app.services.users import deactivate_user

    with unlocked(args) as ws:
        changed = deactivate_user(ws, args.username)
    say(
        f"{args.username} is deactivated: their password no longer opens this workspace."
        if changed
        else f"{args.username} was already deactivated."
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui import preflight  # no Qt: it says what is wrong before Qt can abort the process

    too_old = preflight.os_problem()
    if too_old is not None:
        raise UsageError(too_old)
    try:
        from app.ui.main import run_gui
    except ImportError as exc:
        log.debug("GUI import failed: %s", type(exc).__name__)
        raise CircuitRideError(
            "The desktop interface cannot start: Qt is not installed or a system library is missing. "
            "Run `make install` (or installers/sysdeps.sh) and try again."
        ) from None
    return run_gui(args)


# ----- parser -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="circuitride", description="Circuit Ride: offline case work for resettlement circuit rides.")
    p.add_argument("--version", action="version", version=f"circuitride {app_version()}")
    p.add_argument(
        "--data-dir", metavar="DIR", help="workspace directory (default: $CIRCUITRIDE_DATA_DIR or your data folder)"
    )
    p.add_argument(
        "--user",
        metavar="NAME",
        default=os.environ.get("CIRCUITRIDE_USER") or None,
        help="user name when the workspace has several users (else $CIRCUITRIDE_USER)",
    )
    p.add_argument(
        "--password-file", metavar="FILE", help="read the password from FILE (else $CIRCUITRIDE_PASSWORD or a prompt)"
    )
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr (-vv for debug)")
    p.add_argument("--screenshot", metavar="PATH", help="GUI: save a screenshot of --view to PATH and exit")
    p.add_argument(
        "--view",
        default="cases",
        help="GUI view for --screenshot: unlock, cases, schedule[:DATE], adjudication[:DATE], files, work, reports, sync or case:NUMBER",
    )
    p.add_argument("--lang", default=None, help="GUI language (en, es, uk, ru)")
    p.add_argument(
        "--size",
        default=None,
        metavar="WxH",
        help="GUI: window size for --screenshot (default 1440x900; e.g. 1366x768)",
    )
    sub = p.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str, parent: Any = sub
    ) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(name, help=help_, description=help_)
        sp.set_defaults(func=func)
        return sp

    sp = add("init", cmd_init, "create a new encrypted workspace")
    sp.add_argument(
        "--role",
        default="admin",
        choices=vocab.ROLES,
        help="the first user's role (default admin: whoever sets up a laptop adds its users and enrolls it)",
    )
    sp.add_argument("--name", help="a name for the workspace shown on the unlock screen")
    sp.add_argument("--recovery-public-key", metavar="FILE", help="HQ's recovery public key (from `hq keygen`)")

    sp = add("demo", cmd_demo, "create (or fill) a workspace with synthetic demo data")
    sp.add_argument("--cases", type=int, default=200)
    sp.add_argument("--seed", type=int, default=1)
    sp.add_argument("--no-photos", action="store_true", help="skip generated photos and scans")

    sp = add("check", cmd_check, "verify database, blobs and audit chain; exit 1 on any problem")
    sp.add_argument(
        "--repair",
        action="store_true",
        help="remove unreferenced blobs and partial files; fix what records can be fixed without guessing",
    )
    sp.add_argument("--json", action="store_true")

    sp = add("import", cmd_import, "import a case manifest (JSON, or CSV by extension); all or nothing")
    sp.add_argument("file")
    sp.add_argument("--json", action="store_true")

    sp = add("export", cmd_export, "export all cases as a manifest (JSON, or CSV by extension) that import reads back")
    sp.add_argument("file", help="output file, or - for stdout")

    sp = add("attach", cmd_attach, "attach a photo or scan to a case")
    sp.add_argument("case_number")
    sp.add_argument("file")
    sp.add_argument("--person", metavar="ID")
    sp.add_argument("--kind", default="scan", choices=vocab.ATTACHMENT_KINDS)
    sp.add_argument("--document-type", choices=vocab.DOCUMENT_TYPES)
    sp.add_argument("--language", metavar="CODE")
    sp.add_argument("--json", action="store_true")

    sp = add("search", cmd_search, "find cases by number, UNHCR id, name (any script) or date of birth")
    sp.add_argument("query")
    sp.add_argument("--limit", type=int, default=50)
    sp.add_argument("--json", action="store_true")

    case = sub.add_parser("case", help="show or edit one case")
    case_sub = case.add_subparsers(dest="case_command", parser_class=Parser, metavar="ACTION", required=True)
    sp = add("show", cmd_case_show, "one case with persons, attachments and history", case_sub)
    sp.add_argument("case_number")
    sp.add_argument("--json", action="store_true")
    sp = add("set", cmd_case_set, "edit case fields, or a person's with --person ID", case_sub)
    sp.add_argument("case_number")
    sp.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    sp.add_argument("--person", metavar="ID")
    sp.add_argument(
        "--reason", metavar="TEXT", help="why (needed to move a stage backwards; kept in the case's history)"
    )
    sp.add_argument("--json", action="store_true")
    sp = add("add-person", cmd_case_add_person, "add a person to a case (prints the new id)", case_sub)
    sp.add_argument("case_number")
    sp.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")

    sp = add("verify", cmd_case_verify, "mark a person's fields as verified against a document", case_sub)
    sp.add_argument("case_number")
    sp.add_argument("fields", nargs="+", metavar="FIELD")
    sp.add_argument("--person", metavar="ID", required=True)
    sp.add_argument("--document", required=True, help="which document, e.g. 'passport P1234567'")
    from app.cli.work import register_case_assign

    register_case_assign(case_sub, add)

    sp = add("note", cmd_note, "add a note to a case")
    sp.add_argument("case_number")
    sp.add_argument("text")
    sp.add_argument("--person", metavar="ID")
    sp.add_argument("--confidentiality", default="normal", choices=vocab.CONFIDENTIALITY)

    files = sub.add_parser("files", help="case files on paper: where they are, who holds them, labels")
    files_sub = files.add_subparsers(dest="files_command", parser_class=Parser, metavar="ACTION", required=True)
    sp = add("where", cmd_files_where, "current location and chain of custody", files_sub)
    sp.add_argument("case_number")
    sp.add_argument("--json", action="store_true")
    sp = add("move", cmd_files_move, "record that the file moved", files_sub)
    sp.add_argument("case_number")
    sp.add_argument("to")
    sp.add_argument("--reason")
    from app.cli.files import register as register_files

    register_files(files_sub, add)

    sp = add("backup", cmd_backup, "write an encrypted, consistent copy of the workspace")
    sp.add_argument("path")

    sp = add(
        "restore",
        cmd_restore,
        "make the workspace (in the data directory, which must be empty) from a backup, as a new device",
    )
    sp.add_argument("backup_path", metavar="BACKUP", help="the folder `circuitride backup` wrote")
    sp.add_argument("--json", action="store_true")

    sp = add("passwd", cmd_passwd, "change your password (rewrites only your key slot)")
    sp.add_argument("--new-password-file", metavar="FILE")

    sp = add("recover", cmd_recover, "set a new password using HQ's recovery key")
    sp.add_argument("--recovery-key", metavar="FILE", required=True)
    sp.add_argument("--key-passphrase-file", metavar="FILE")
    sp.add_argument("--new-password-file", metavar="FILE")

    user = sub.add_parser("user", help="workspace users")
    user_sub = user.add_subparsers(dest="user_command", parser_class=Parser, metavar="ACTION", required=True)
    sp = add("add", cmd_user_add, "add a user with their own password", user_sub)
    sp.add_argument("username")
    sp.add_argument("--role", required=True, choices=vocab.ROLES)
    sp.add_argument("--display-name")
    sp.add_argument("--new-password-file", metavar="FILE")
    sp = add("list", cmd_user_list, "the workspace's users and their roles", user_sub)
    sp.add_argument("--json", action="store_true")
    sp = add("set-role", cmd_user_set_role, "give a user another role (administrators)", user_sub)
    sp.add_argument("username")
    sp.add_argument("role", choices=vocab.ROLES)
    sp = add("deactivate", cmd_user_deactivate, "take a user's access away; their past work keeps their name", user_sub)
    sp.add_argument("username")

    hq = sub.add_parser("hq", help="HQ server administration")
    hq_sub = hq.add_subparsers(dest="hq_command", parser_class=Parser, metavar="ACTION", required=True)

    from app.cli.forms import register as register_forms
    from app.cli.hq import register_hq
    from app.cli.interpreters import register as register_interpreters
    from app.cli.notices import register as register_notices
    from app.cli.qc import register as register_qc
    from app.cli.results import register as register_results
    from app.cli.schedule import register as register_schedule
    from app.cli.stats import register as register_stats
    from app.cli.sync import register

    register(sub, add, Parser)
    register_hq(hq_sub, add, Parser)
    register_forms(sub, add, Parser)
    register_interpreters(sub, add, Parser)
    register_schedule(sub, add, Parser)
    register_results(sub, add, Parser)
    register_notices(sub, add, Parser)
    from app.cli.work import register as register_work

    register_work(sub, add, Parser)
    register_qc(sub, add, Parser)
    register_stats(sub, add, Parser)
    from app.cli.packet import register as register_packet
    from app.cli.report import register as register_report

    register_report(sub, add, Parser)
    register_packet(sub, add, Parser)
    from app.cli.maps import register as register_maps

    register_maps(sub, add, Parser)
    _global_options_after_commands(p)
    return p


def _global_options_after_commands(parser: argparse.ArgumentParser) -> None:
    """`circuitride init --user NAME` as well as `circuitride --user NAME init`: every command also
    takes the options that concern the workspace. Their default is to leave the value given
    before the command (or the top-level default) alone."""
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its subparsers nowhere else
        if not isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            continue
        for sub in dict.fromkeys(action.choices.values()):
            sub.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            if "--user" not in sub._option_string_actions:  # noqa: SLF001 - `work --user U`: whose work
                sub.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            sub.add_argument("--password-file", metavar="FILE", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            sub.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            _global_options_after_commands(sub)


# Arguments that name files may hold any bytes the file system allows (Python round-trips them);
# every other argument is text that is stored, searched or compared, and must be valid UTF-8.
_PATH_ARGUMENT_SUFFIXES = ("file", "path", "dir", "key", "out", "steps", "reply", "blobs", "home", "screenshot")


def _check_text_arguments(args: argparse.Namespace) -> None:
    for name, value in vars(args).items():
        if name.endswith(_PATH_ARGUMENT_SUFFIXES):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and re.search(r"[\ud800-\udfff]", item):
                raise UsageError(
                    f"The argument '{item}' is not UTF-8 text (the terminal may use another encoding): "
                    "set it to UTF-8, or type the value again, and try again."
                )


def main(argv: list[str] | None = None) -> int:
    try:
        with terminal_safe_output():
            code = _main(argv)
            sys.stdout.flush()
            return code
    except BrokenPipeError:
        return _reader_went_away()


def _reader_went_away() -> int:
    """The reader of our output stopped reading (`case show … | head`): not a problem of ours, and
    nothing to say. Whatever is still buffered goes nowhere, so the flush at exit stays quiet."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        say(f"circuitride: {exc.message}")
        return EXIT_USAGE
    logsetup.configure({0: logging.WARNING, 1: logging.INFO}.get(args.verbose, logging.DEBUG))
    func = getattr(args, "func", None) or cmd_gui
    try:
        _check_text_arguments(args)
        return func(args)
    except CircuitRideError as exc:
        say(f"circuitride: {exc.message}")
        return exc.exit_code
    except KeyboardInterrupt:
        say("circuitride: interrupted; nothing half-done was kept.")
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback in front of a user
        from app.store.db import is_disk_full

        if is_disk_full(exc):  # a write outside a workspace session (a temp file, a report): say what it is
            log.warning("command stopped by a full disk:\n%s", logsetup.safe_traceback(exc))
            say(
                "circuitride: The disk is full: free some space (on the drive the command was writing to) "
                "and try again; nothing was changed."
            )
            return EXIT_PROBLEM
        log.error("unexpected failure:\n%s", logsetup.safe_traceback(exc))
        say(
            "circuitride: an unexpected problem stopped the command; no partial change was saved. "
            "Run again with -v and report the log lines (they contain no personal data) to HQ support."
        )
        return EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())
