"""`circuitride interpreters ...`: the maintained list of interpreters (architecture §9)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, assignments, emit_json, say, unlocked
from app.services.interpreters import InterpreterInfo

Add = Callable[..., argparse.ArgumentParser]


def _doc(info: InterpreterInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "name": info.name,
        "languages": info.languages,
        "sites": info.sites,
        "contact": info.contact,
        "availability": info.availability,
        "away": info.away,
        "active": info.active,
    }


def _languages_text(info: InterpreterInfo) -> str:
    return ", ".join(f"{e['code']} ({e['proficiency']})" if e["proficiency"] else e["code"] for e in info.languages)


def _print(info: InterpreterInfo) -> None:
    print(f"{info.id}  {info.name}{'' if info.active else '  [inactive]'}")
    print(f"    languages: {_languages_text(info) or '-'}")
    print(f"    sites: {', '.join(info.sites) or 'any'}")
    if info.contact:
        print(f"    contact: {info.contact}")
    if info.availability:
        print(f"    availability: {info.availability}")
    for period in info.away:
        reason = f" ({period['reason']})" if period.get("reason") else ""
        print(f"    away: {period['from']} to {period['to']}{reason}")


def cmd_list(args: argparse.Namespace) -> int:
    from app.services.interpreters import list_interpreters

    with unlocked(args) as ws:
        rows = list_interpreters(ws, include_inactive=args.all, site=args.site, language=args.language)
    if args.json:
        emit_json([_doc(r) for r in rows])
        return EXIT_OK
    if not rows:
        say("No interpreters match." if (args.site or args.language) else "No interpreters yet.")
    for info in rows:
        _print(info)
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from app.services.interpreters import add_interpreter, show_interpreter

    with unlocked(args) as ws:
        new_id = add_interpreter(
            ws,
            args.name,
            args.languages,
            sites=args.sites,
            contact=args.contact,
            availability=args.availability,
        )
        info = show_interpreter(ws, new_id)
    if args.json:
        emit_json(_doc(info))
    else:
        say(f"Interpreter added: {info.name} ({new_id}).")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from app.services.interpreters import set_interpreter_fields

    changes = assignments(args.assignments)
    with unlocked(args) as ws:
        changed = set_interpreter_fields(ws, args.interpreter, changes)
    if not changed:
        say("Nothing changed: the interpreter already has those values.")
    for field, (_old, new) in changed.items():
        say(f"{field}: {'(empty)' if new in (None, '', []) else new}")
    return EXIT_OK


def cmd_away(args: argparse.Namespace) -> int:
    from app.services.interpreters import clear_away, mark_away

    with unlocked(args) as ws:
        if args.clear:
            periods = clear_away(ws, args.interpreter, args.start, args.end)
        else:
            periods = mark_away(ws, args.interpreter, args.start, args.end, reason=args.reason)
    if args.json:
        emit_json(periods)
        return EXIT_OK
    say("Away: " + ("; ".join(f"{p['from']} to {p['to']}" for p in periods) if periods else "never"))
    return EXIT_OK


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    interpreters = sub.add_parser("interpreters", help="the interpreters: list, add, change, mark away")
    interpreters.set_defaults(func=cmd_list, all=False, site=None, language=None, json=False)
    i_sub = interpreters.add_subparsers(dest="interpreters_command", parser_class=parser_class, metavar="ACTION")
    sp = add("list", cmd_list, "interpreters by name (active ones unless --all)", i_sub)
    sp.add_argument("--all", action="store_true", help="include deactivated interpreters")
    sp.add_argument("--site", help="only those who work at this site")
    sp.add_argument("--language", metavar="CODE", help="only those who speak this language (ISO 639 code)")
    sp.add_argument("--json", action="store_true")
    sp = add("add", cmd_add, "add an interpreter (team leads and administrators)", i_sub)
    sp.add_argument("name")
    sp.add_argument(
        "--languages",
        required=True,
        metavar="CODES",
        help="ISO 639 codes, each with an optional level: ti:native,am:working,ar (levels: native, fluent, "
        "working, basic; fluent if none)",
    )
    sp.add_argument("--sites", metavar="SITES", help="the sites they work at, comma-separated (none: any site)")
    sp.add_argument("--contact", help="phone or e-mail")
    sp.add_argument("--availability", metavar="TEXT", help="when they usually work, in words")
    sp.add_argument("--json", action="store_true")
    sp = add(
        "set", cmd_set, "change an interpreter's fields: name, languages, sites, contact, availability, active", i_sub
    )
    sp.add_argument("interpreter", metavar="ID", help="the interpreter's id (or exact name)")
    sp.add_argument("assignments", nargs="+", metavar="FIELD=VALUE", help="e.g. languages=ti:native,am  active=no")
    sp = add("away", cmd_away, "record when an interpreter is away (both days included)", i_sub)
    sp.add_argument("interpreter", metavar="ID", help="the interpreter's id (or exact name)")
    sp.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    sp.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    sp.add_argument("--reason", help="why (leave, another assignment)")
    sp.add_argument("--clear", action="store_true", help="take these days out of the periods away instead")
    sp.add_argument("--json", action="store_true")
