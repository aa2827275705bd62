"""`circuitride maps add | list | remove`: offline map layers (raster MBTiles) that the location
questions of the forms draw their points on. The maps are kept encrypted in the workspace."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, emit_json, say, unlocked
from app.util.files import size_text

Add = Callable[..., argparse.ArgumentParser]
PROGRESS_STEPS = 10  # progress lines an import prints on stderr (every tenth of the tiles)


def _bounds_text(bounds: tuple[float, float, float, float]) -> str:
    west, south, east, north = bounds
    return f"{south:.4f},{west:.4f} to {north:.4f},{east:.4f}"


def cmd_add(args: argparse.Namespace) -> int:
    from app.services.maps import add_map

    shown = [-1]

    def progress(done: int, total: int) -> None:
        step = done * PROGRESS_STEPS // max(total, 1)
        if step != shown[0]:
            shown[0] = step
            say(f"maps: {done:,} of {total:,} tiles copied ({done * 100 // max(total, 1)}%)")

    with unlocked(args) as ws:
        info = add_map(ws, args.file, name=args.name, progress=progress)
    if args.json:
        emit_json(info.as_json())
    say(
        f"Installed the map '{info.name}': {info.tile_count:,} tiles, zoom {info.min_zoom} to {info.max_zoom}, "
        f"{_bounds_text(info.bounds)}, {size_text(info.size_bytes)} encrypted. "
        "Location questions whose points lie on it now draw them on this map."
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from app.services.maps import list_maps

    with unlocked(args) as ws:
        maps = list_maps(ws)
    if args.json:
        emit_json({"count": len(maps), "maps": [m.as_json() for m in maps]})
        return EXIT_OK
    if not maps:
        say("No map is installed. Install one with: circuitride maps add FILE.mbtiles")
        return EXIT_OK
    for m in maps:
        if m.problem:
            print(f"{m.id}  cannot be read: {m.problem}")
            continue
        print(
            f"{m.name:<28} zoom {m.min_zoom:>2}-{m.max_zoom:<2}  {m.tile_count:>9,} tiles  "
            f"{size_text(m.size_bytes):>9}  {_bounds_text(m.bounds)}"
        )
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from app.services.maps import remove_map

    with unlocked(args) as ws:
        info = remove_map(ws, args.name)
    if args.json:
        emit_json({"removed": info.as_json()})
    say(f"Removed the map '{info.name}'.")
    return EXIT_OK


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    maps = sub.add_parser("maps", help="offline maps (MBTiles) for location questions: add, list, remove")
    m_sub = maps.add_subparsers(dest="maps_command", parser_class=parser_class, metavar="ACTION", required=True)
    sp = add(
        "add",
        cmd_add,
        "install a raster MBTiles map (PNG, JPEG or WebP tiles), kept encrypted (team leads, administrators)",
        m_sub,
    )
    sp.add_argument("file", metavar="FILE.mbtiles")
    sp.add_argument("--name", metavar="NAME", help="the name it is listed by (default: the name inside the file)")
    sp.add_argument("--json", action="store_true")
    sp = add("list", cmd_list, "the installed maps: name, zoom levels, tiles, size and area", m_sub)
    sp.add_argument("--json", action="store_true")
    sp = add("remove", cmd_remove, "remove an installed map (by name, or by id as `maps list --json` shows)", m_sub)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--json", action="store_true")
