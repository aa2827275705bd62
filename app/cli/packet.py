"""`circuitride packet ...`: a case's travel packet as one PDF (issue 22): a cover sheet (case,
household with photos, the documents the stage requires with the missing ones flagged), then every
scanned page, each translation after its original. `packet CASE --out FILE.pdf` for one case,
`packet --ride R --out DIR` for one file per case of a ride."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, emit_json, say, unlocked
from app.errors import UsageError

Add = Callable[..., argparse.ArgumentParser]


def cmd_packet(args: argparse.Namespace) -> int:
    from app.services.packets import write_packet, write_ride_packets

    if args.case_number and args.ride:
        raise UsageError(
            "Give a case number or --ride, not both: packet CASE --out FILE.pdf, packet --ride R --out DIR."
        )
    if not args.case_number and not args.ride:
        raise UsageError("Say which case (packet CASE --out FILE.pdf) or which ride (packet --ride R --out DIR).")
    with unlocked(args) as ws:
        written = (
            write_ride_packets(ws, args.ride, args.out) if args.ride else [write_packet(ws, args.case_number, args.out)]
        )
    if args.json:
        if args.ride:
            emit_json({"ride": args.ride, "packets": [w.as_json() for w in written]})
        else:
            emit_json(written[0].as_json())
        return EXIT_OK
    for w in written:
        say(f"Wrote the travel packet of {w.subject} ({w.pages} pages) to {w.path}.")
    if args.ride:
        say(f"{len(written)} packets for the ride {args.ride}.")
    return EXIT_OK


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    sp = add(
        "packet",
        cmd_packet,
        "a case's travel packet (PDF): cover sheet, then every scan, translations after originals",
        sub,
    )
    sp.add_argument("case_number", metavar="CASE", nargs="?")
    sp.add_argument("--ride", metavar="RIDE", help="one packet per case of this ride, into the folder --out")
    sp.add_argument("--out", required=True, metavar="FILE.pdf|DIR")
    sp.add_argument("--json", action="store_true")
