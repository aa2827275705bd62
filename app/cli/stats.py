"""`circuitride stats ...`: the pipeline's figures per site, ride, stage, user or week, on the
terminal, as JSON or as an .xlsx workbook (app/services/stats.py says what each table counts)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, emit_json, parse_day, say, terminal_safe, unlocked

Add = Callable[..., argparse.ArgumentParser]
GROUPINGS = ("site", "ride", "stage", "user", "week")  # app.services.stats.GROUPINGS, without importing it
TITLES = {
    "stages": "Cases per stage",
    "interviews": "Interviews done per person per day",
    "stage_times": "Average days in each stage",
    "expedited": "Expedited cases past {days} days in their stage",
    "no_shows": "No-shows",
    "qc": "Quality findings open and fixed",
}


def _table(columns: list[str], rows: list[list[Any]]) -> list[str]:
    cells = [[str(c) for c in columns], *([terminal_safe(str(v)) for v in row] for row in rows)]
    widths = [max(len(r[n]) for r in cells) for n in range(len(columns))]
    numeric = [all(isinstance(row[n], int | float) for row in rows) and rows for n in range(len(columns))]
    lines = []
    for r in cells:
        parts = [v.rjust(w) if numeric[n] else v.ljust(w) for n, (v, w) in enumerate(zip(r, widths, strict=True))]
        lines.append("  ".join(parts).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def cmd_stats(args: argparse.Namespace) -> int:
    from app.services.documents import output_path, save
    from app.services.stats import EXPEDITED_DAYS, check_period, statistics, workbook

    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    check_period(start, end, args.by)  # before the password is asked
    out = output_path(args.out, ".xlsx") if args.out else None
    with unlocked(args) as ws:
        result = statistics(ws, start, end, args.by)
    if out is not None:
        save(out, workbook(result))
    if args.json:
        emit_json(result.as_json() | ({"out": str(out)} if out else {}))
        return EXIT_OK
    period = f"{start or 'the start'} to {end or 'today'}"
    print(f"Statistics by {args.by}, {period}; {result.total_cases} cases.")
    for name, table in result.tables.items():
        print()
        print(TITLES[name].replace("{days}", str(EXPEDITED_DAYS)))
        if table.rows:
            print("\n".join("  " + line for line in _table(table.columns, table.rows)))
        else:
            print("  (none)")
    if out is not None:
        say(f"Wrote {out}.")
    return EXIT_OK


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    del parser_class  # one verb, no sub-commands
    sp = add("stats", cmd_stats, "pipeline statistics: cases per stage, interviews, days in stage, no-shows", sub)
    sp.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day of the period (default: all)")
    sp.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day of the period (default: today)")
    sp.add_argument(
        "--by", default="site", choices=GROUPINGS, help="group by site (default), ride, stage, user or week"
    )
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--out", metavar="FILE.xlsx", help="also write the tables as a workbook, a sheet per table")
