"""Offline map layers for the location questions: install an MBTiles file into the workspace, list
and remove the installed maps, and read their tiles (app/store/maps.py keeps them encrypted).

Installing and removing a map is reference data, like installing a form: team leads and
administrators (field IT sets a laptop up as its administrator). Every user who can read cases can
see the maps. `TileReader` serves tiles to one reader thread of the desktop; it keeps the map files
open and closes them as soon as the workspace is locked.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from app.errors import CircuitRideError, InvalidInput, WorkspaceLocked
from app.services.uow import require_permission
from app.store import maps as store
from app.store.db import is_disk_full
from app.store.maps import MapFile, MapInfo, Progress, lonlat_to_world, world_to_lonlat
from app.store.workspace import Workspace, storage_full

__all__ = [
    "MapInfo",
    "TileReader",
    "add_map",
    "covering",
    "list_maps",
    "lonlat_to_world",
    "remove_map",
    "world_to_lonlat",
]

log = logging.getLogger(__name__)


def _root(ws: Workspace) -> Path:
    return store.maps_dir(ws.path)


def add_map(ws: Workspace, path: Path | str, *, name: str | None = None, progress: Progress | None = None) -> MapInfo:
    """Check and install an MBTiles file; returns the installed map. All or nothing."""
    require_permission(ws, "manage_reference_data")
    source = Path(path)
    try:
        return store.install_map(_root(ws), ws.subkey, source, name=name, progress=progress)
    except CircuitRideError:
        raise
    except Exception as exc:
        if is_disk_full(exc):
            raise storage_full(_root(ws)) from exc
        if isinstance(exc, OSError):
            raise InvalidInput(
                "Cannot read or write the map ({reason}): check the file {file} and the disk, then try again.",
                reason=exc.strerror or type(exc).__name__,
                file=source.name,
            ) from exc
        raise


def list_maps(ws: Workspace) -> list[MapInfo]:
    require_permission(ws, "read_cases")
    return store.list_maps(_root(ws), ws.subkey)


def remove_map(ws: Workspace, name_or_id: str) -> MapInfo:
    require_permission(ws, "manage_reference_data")
    found = store.find_map(_root(ws), ws.subkey, name_or_id)
    store.remove_map(_root(ws), found)
    return found


def covering(maps: list[MapInfo], points: list[tuple[float, float]]) -> MapInfo | None:
    """The map to draw `points` (lon, lat) on: among those that hold every point, the most detailed
    (highest zoom), then the smallest; None when no map holds them all."""
    fits = [m for m in maps if not m.problem and points and all(m.covers(lon, lat) for lon, lat in points)]
    if not fits:
        return None

    def area(m: MapInfo) -> float:
        west, south, east, north = m.bounds
        return (east - west) * (north - south)

    return sorted(fits, key=lambda m: (-m.max_zoom, area(m)))[0]


class TileReader:
    """The tiles of a workspace's installed maps, read on a thread other than the GUI's.

    Calls may come from any one thread at a time (a lock keeps the open files to one caller); the
    files stay open between reads, and are closed by `close()` or by the first read after the
    workspace was locked, so no key outlives the unlocked workspace in an open connection."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._files: dict[str, MapFile] = {}
        self._lock = threading.Lock()

    def maps(self) -> list[MapInfo]:
        """The installed maps that can be read (empty when the workspace is locked)."""
        if not self._ws.is_unlocked:
            self.close()
            return []
        return [m for m in list_maps(self._ws) if not m.problem]

    def tile(self, map_id: str, z: int, x: int, y: int) -> bytes | None:
        with self._lock:
            if not self._ws.is_unlocked:
                self._close_locked()
                raise WorkspaceLocked("The workspace is locked. Unlock it first.")
            f = self._files.get(map_id)
            if f is None:
                path = _root(self._ws) / f"{map_id}{store.MAP_SUFFIX}"
                if not path.is_file():
                    return None
                f = MapFile(path, self._ws.subkey)
                self._files[map_id] = f
            return f.tile(z, x, y)

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        for f in self._files.values():
            f.close()
        self._files.clear()
