"""Offline map layers: the raster tiles of an MBTiles file, kept encrypted in the workspace.

A basemap of a region tells whoever finds a lost laptop where the team travels, so an installed map
is never kept as the plaintext MBTiles it came from. Each map is its own SQLCipher file,
``maps/<id>.db``, keyed with ``HKDF(DEK, info=… + id)``: the workspace's ``subkey`` (passed in as
`Keys`, so the data key itself never comes here) derives it as the vault key is derived. A file
opens only under the workspace's key *and* its own name, so two map files cannot be swapped, and no
map needs a key slot of its own. The map's name, bounds and attribution live
inside the encrypted file; the file name is a random id.

Installing copies the tiles into ``maps/tmp/<id>.part`` (the rollback journal off: the file is
thrown away whole on any failure), then fsyncs and renames it into ``maps/`` only when complete. A
killed import therefore leaves at most a ``.part`` file, which is never listed and is removed by the
next install once it has not been written to for STALE_PART_SECONDS.

Tiles are stored as MBTiles stores them (TMS rows, y counted from the south); `MapFile.tile` takes
the XYZ coordinates every web map uses and flips the row. Only raster tiles (PNG, JPEG, WebP) are
accepted: vector tiles (``pbf``) need a style and a renderer this program does not have.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import math
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import CircuitRideError, InvalidInput, NotFound, UnsupportedFile
from app.store.images import sniff_mime
from app.util.files import fsync_dir
from app.util.ids import uuid7

log = logging.getLogger(__name__)

MAPS_DIR = "maps"
TMP_DIR = "tmp"
MAP_SUFFIX = ".db"
PART_SUFFIX = ".part"
STALE_PART_SECONDS = 600  # an import writes its part file continuously; one this old was killed
COPY_BATCH_TILES = 500
MAX_ZOOM = 24
MAX_TILE_BYTES = 4 * 1024 * 1024  # a 256- or 512-pixel tile is tens of KB; more is not a tile
MAX_NAME_CHARS = 80
MERCATOR_MAX_LAT = 85.0511287798  # where Web Mercator's square world ends
FORMAT_VERSION = 1
_KEY_INFO = b"circuitride offline map v1/"
_ID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_TAG_RE = re.compile(r"<[^>]*>")
RASTER_FORMATS = ("png", "jpg", "webp")
VECTOR_FORMATS = ("pbf", "mvt")

Progress = Callable[[int, int], None]
# The workspace's `subkey(info)`: a key of its own for each use of the data key.
Keys = Callable[[bytes], bytes]


# ----- Web Mercator --------------------------------------------------------------------------------
def lonlat_to_world(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """Pixel coordinates of a place in the 256-pixel-tile Web Mercator world at `zoom` (XYZ: y grows
    southwards). Latitudes beyond Mercator's edge are held at the edge."""
    lat = max(-MERCATOR_MAX_LAT, min(MERCATOR_MAX_LAT, lat))
    size = 256.0 * 2.0**zoom
    x = (lon + 180.0) / 360.0 * size
    s = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * size
    return x, y


def world_to_lonlat(x: float, y: float, zoom: float) -> tuple[float, float]:
    size = 256.0 * 2.0**zoom
    lon = x / size * 360.0 - 180.0
    n = math.pi - 2.0 * math.pi * y / size
    lat = math.degrees(math.atan(math.sinh(n)))
    return lon, lat


# ----- what a map is ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MapInfo:
    id: str
    name: str
    format: str
    bounds: tuple[float, float, float, float]  # west, south, east, north (degrees)
    min_zoom: int
    max_zoom: int
    attribution: str
    tile_count: int
    size_bytes: int
    installed_at: str
    problem: str = ""  # set when the file cannot be read (it is then listed by id only)

    def covers(self, lon: float, lat: float) -> bool:
        west, south, east, north = self.bounds
        return west <= lon <= east and south <= lat <= north

    def as_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "format": self.format,
            "bounds": list(self.bounds),
            "min_zoom": self.min_zoom,
            "max_zoom": self.max_zoom,
            "attribution": self.attribution,
            "tiles": self.tile_count,
            "size_bytes": self.size_bytes,
            "installed_at": self.installed_at,
        }
        if self.problem:
            doc["problem"] = self.problem
        return doc


@dataclass(frozen=True, slots=True)
class SourceMap:
    """What an MBTiles file says about itself, checked."""

    name: str
    format: str
    bounds: tuple[float, float, float, float]
    min_zoom: int
    max_zoom: int
    attribution: str
    tile_count: int


def map_key(keys: Keys, map_id: str) -> bytes:
    """The key of the map file `map_id`, from the workspace's `subkey` (`Workspace.subkey`)."""
    return keys(_KEY_INFO + map_id.encode("ascii"))


def maps_dir(workspace_path: Path) -> Path:
    return Path(workspace_path) / MAPS_DIR


# ----- reading an MBTiles file -------------------------------------------------------------------
def _not_mbtiles(path: Path, why: str) -> UnsupportedFile:
    return UnsupportedFile(
        "{file} is not an MBTiles map ({why}). Export the map as raster MBTiles (PNG or JPEG tiles), "
        "for example from QGIS or the tool that made it, and install that file.",
        file=path.name,
        why=why,
    )


def _open_source(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise InvalidInput("{file}: no such file. Check the path and try again.", file=str(path))
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise _not_mbtiles(path, "it is not an SQLite database")
    # Read-only and immutable: the source is never changed, and no journal is made next to it.
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


_TILE_FORMATS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}


def _sniff(data: bytes) -> str | None:
    """A tile's format by its first bytes: a raster format the case photos' own sniffing names
    (images.sniff_mime), or a vector tile."""
    raster = _TILE_FORMATS.get(sniff_mime(data) or "")
    if raster is not None:
        return raster
    if data.startswith(b"\x1f\x8b") or data[:1] in (b"\x1a", b"\x12", b"\x0a"):
        return "pbf"  # gzip-compressed, or a raw protobuf layer: vector tiles
    return None


def _vector(path: Path) -> UnsupportedFile:
    return UnsupportedFile(
        "{file} holds vector tiles (pbf), which this program cannot draw: export the map as raster "
        "MBTiles (PNG or JPEG tiles) and install that file.",
        file=path.name,
    )


def _parse_bounds(text: str | None) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        return None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        return None
    return west, south, east, north


def _tile_bounds(z: int, x_min: int, x_max: int, y_min_tms: int, y_max_tms: int) -> tuple[float, float, float, float]:
    n = 2**z
    west, north = world_to_lonlat(x_min * 256.0, (n - 1 - y_max_tms) * 256.0, z)
    east, south = world_to_lonlat((x_max + 1) * 256.0, (n - y_min_tms) * 256.0, z)
    return west, south, east, north


def inspect_mbtiles(path: Path) -> SourceMap:
    """Check that `path` is a raster MBTiles file and read its name, bounds, zooms and attribution.
    The zoom range is read from the tiles themselves (metadata is often out of date)."""
    path = Path(path)
    conn = _open_source(path)
    try:
        try:
            kinds = dict(conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"))
        except sqlite3.DatabaseError:
            raise _not_mbtiles(path, "the database cannot be read") from None
        missing = [t for t in ("metadata", "tiles") if t not in kinds]
        if missing:
            raise _not_mbtiles(path, "it has no " + " and no ".join(f"'{t}' table" for t in missing))
        try:
            meta = {str(k): str(v) for k, v in conn.execute("SELECT name, value FROM metadata") if k is not None}
            count, z_min, z_max = conn.execute(
                "SELECT count(*), min(zoom_level), max(zoom_level) FROM tiles"
            ).fetchone()
            first = conn.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        except sqlite3.DatabaseError:
            raise _not_mbtiles(path, "its tables are not laid out as MBTiles") from None
        declared = meta.get("format", "").strip().lower()
        if declared in VECTOR_FORMATS:
            raise _vector(path)
        if not count:
            raise _not_mbtiles(path, "it holds no tiles")
        sniffed = _sniff(bytes(first[0] or b"")) if first else None
        if sniffed == "pbf" and declared not in ("png", "jpg", "jpeg", "webp"):
            raise _vector(path)
        fmt = {"jpeg": "jpg"}.get(declared, declared) or (sniffed or "")
        if fmt not in RASTER_FORMATS:
            raise UnsupportedFile(
                "{file} declares its tiles as '{format}'; only PNG, JPEG and WebP tiles can be drawn. "
                "Export the map as raster MBTiles and install that file.",
                file=path.name,
                format=declared or "unknown",
            )
        if not (isinstance(z_min, int) and isinstance(z_max, int) and 0 <= z_min <= z_max <= MAX_ZOOM):
            raise _not_mbtiles(path, f"its zoom levels are not between 0 and {MAX_ZOOM}")
        bounds = _parse_bounds(meta.get("bounds"))
        if bounds is None:
            x0, x1, y0, y1 = conn.execute(
                "SELECT min(tile_column), max(tile_column), min(tile_row), max(tile_row) FROM tiles WHERE zoom_level = ?",
                (z_min,),
            ).fetchone()
            bounds = _tile_bounds(z_min, int(x0), int(x1), int(y0), int(y1))
        name = clean_text(meta.get("name", "")) or path.stem
        attribution = clean_text(_TAG_RE.sub("", meta.get("attribution", "")))
        return SourceMap(name[:MAX_NAME_CHARS], fmt, bounds, z_min, z_max, attribution, int(count))
    finally:
        conn.close()


def clean_text(text: str) -> str:
    """Metadata text as one line of plain text (it is shown on the map and in a terminal)."""
    return " ".join(_CONTROL_RE.sub(" ", text).split())


# ----- the encrypted copy --------------------------------------------------------------------------
def open_map_db(path: Path, key: bytes) -> Any:
    """An installed map file opened read-only under `key` (`map_key`); raises sqlcipher3's
    DatabaseError when the key is wrong or the file is not a database."""
    return _connect(path, key, read_only=True)


def _connect(path: Path, key: bytes, *, read_only: bool) -> Any:
    # A URI (percent-encoded by pathlib, so any file name works) to open read-only where asked.
    target = Path(path).resolve().as_uri() + ("?mode=ro" if read_only else "")
    conn = sqlcipher3.connect(target, uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # raises when the key is wrong
    except BaseException:
        conn.close()
        raise
    return conn


def _meta(conn: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT name, value FROM metadata")}


class MapFile:
    """One installed map, open for reading. Not shared between threads at the same moment."""

    def __init__(self, path: Path, keys: Keys) -> None:
        self.path = Path(path)
        map_id = self.path.name[: -len(MAP_SUFFIX)]
        try:
            self._conn = open_map_db(self.path, map_key(keys, map_id))
            meta = _meta(self._conn)
        except sqlcipher3.DatabaseError as exc:
            raise CircuitRideError(
                "The installed map {id} cannot be read: it is damaged. Remove it with "
                "`circuitride maps remove {id}` and install it again.",
                id=map_id,
            ) from exc
        bounds = _parse_bounds(meta.get("bounds")) or (-180.0, -MERCATOR_MAX_LAT, 180.0, MERCATOR_MAX_LAT)
        self.info = MapInfo(
            id=map_id,
            name=meta.get("name", map_id),
            format=meta.get("format", "png"),
            bounds=bounds,
            min_zoom=int(meta.get("minzoom", "0")),
            max_zoom=int(meta.get("maxzoom", "0")),
            attribution=meta.get("attribution", ""),
            tile_count=int(meta.get("tile_count", "0")),
            size_bytes=self.path.stat().st_size,
            installed_at=meta.get("installed_at", ""),
        )

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ coordinates (y from the north), or None where the map has none."""
        if not 0 <= z <= MAX_ZOOM:
            return None
        n = 1 << z
        if not (0 <= x < n and 0 <= y < n):
            return None
        row = self._conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, n - 1 - y),
        ).fetchone()
        return bytes(row[0]) if row is not None else None

    def close(self) -> None:
        self._conn.close()


def _map_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.suffix == MAP_SUFFIX and _ID_RE.match(p.stem) and p.is_file())


def list_maps(root: Path, keys: Keys) -> list[MapInfo]:
    """Every installed map, by name; a file that cannot be read is listed by id with its problem."""
    out: list[MapInfo] = []
    for path in _map_files(root):
        try:
            f = MapFile(path, keys)
        except CircuitRideError as exc:
            log.warning("installed map %s cannot be read", path.stem)
            out.append(MapInfo(path.stem, path.stem, "", (0.0, 0.0, 0.0, 0.0), 0, 0, "", 0, 0, "", exc.message))
            continue
        out.append(f.info)
        f.close()
    return sorted(out, key=lambda m: (m.name.casefold(), m.id))


def find_map(root: Path, keys: Keys, name_or_id: str) -> MapInfo:
    wanted = name_or_id.strip()
    for m in list_maps(root, keys):
        if m.id == wanted or m.name.casefold() == wanted.casefold():
            return m
    raise NotFound("No map named '{name}' is installed. `circuitride maps list` shows the installed maps.", name=wanted)


def remove_map(root: Path, info: MapInfo) -> None:
    path = root / f"{info.id}{MAP_SUFFIX}"
    path.unlink(missing_ok=True)
    fsync_dir(root)
    log.info("offline map %s removed", info.id)


def _clean_stale_parts(tmp: Path) -> None:
    if not tmp.is_dir():
        return
    now = time.time()
    for part in tmp.iterdir():
        with contextlib.suppress(OSError):
            if part.name.endswith(PART_SUFFIX) and now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()
                log.info("an unfinished map import was removed")


def install_map(
    root: Path,
    keys: Keys,
    source_path: Path,
    *,
    name: str | None = None,
    progress: Progress | None = None,
) -> MapInfo:
    """Copy the tiles of a checked MBTiles file into a new encrypted map file; all or nothing.
    `progress(done, total)` is called after each batch of tiles; an exception it raises (a cancel)
    stops the import and removes what was copied."""
    source_path = Path(source_path)
    src = inspect_mbtiles(source_path)
    shown = clean_text(name) if name is not None else src.name
    if not shown:
        raise InvalidInput("A map needs a name: give one with --name.")
    if len(shown) > MAX_NAME_CHARS:
        raise InvalidInput("A map name has at most {n} characters.", n=MAX_NAME_CHARS)
    for m in list_maps(root, keys):
        if m.name.casefold() == shown.casefold():
            raise InvalidInput(
                "A map named '{name}' is already installed: remove it first (`circuitride maps remove`) "
                "or give this one another name with --name.",
                name=shown,
            )
    tmp = root / TMP_DIR
    tmp.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(root, 0o700)
    _clean_stale_parts(tmp)
    map_id = uuid7()
    part = tmp / f"{map_id}{PART_SUFFIX}"
    final = root / f"{map_id}{MAP_SUFFIX}"
    try:
        dest = _connect(part, map_key(keys, map_id), read_only=False)
        try:
            _copy(source_path, dest, src, progress)
            meta = {
                "id": map_id,
                "name": shown,
                "format": src.format,
                "bounds": ",".join(f"{v:.6f}" for v in src.bounds),
                "minzoom": str(src.min_zoom),
                "maxzoom": str(src.max_zoom),
                "attribution": src.attribution,
                "tile_count": str(src.tile_count),
                "installed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
            dest.executemany("INSERT INTO metadata (name, value) VALUES (?, ?)", sorted(meta.items()))
            dest.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
            dest.commit()
        finally:
            dest.close()
        fd = os.open(part, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(part, final)
        fsync_dir(root)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    log.info("offline map %s installed (%d tiles)", map_id, src.tile_count)
    with contextlib.closing(MapFile(final, keys)) as installed:
        return installed.info


def _copy(source_path: Path, dest: Any, src: SourceMap, progress: Progress | None) -> None:
    # The part file is thrown away whole on any failure: no rollback journal is needed.
    dest.execute("PRAGMA journal_mode = OFF")
    dest.execute("PRAGMA synchronous = OFF")
    dest.execute("CREATE TABLE metadata (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    dest.execute(
        "CREATE TABLE tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, "
        "tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL, "
        "PRIMARY KEY (zoom_level, tile_column, tile_row)) WITHOUT ROWID"
    )
    dest.execute("BEGIN")
    conn = _open_source(source_path)
    done = 0
    try:
        rows = conn.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")
        while True:
            batch = rows.fetchmany(COPY_BATCH_TILES)
            if not batch:
                break
            checked = [_checked_tile(source_path, src, row) for row in batch]
            dest.executemany(
                "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)",
                checked,
            )
            done += len(batch)
            if progress is not None:
                progress(done, src.tile_count)
    finally:
        conn.close()


def _checked_tile(path: Path, src: SourceMap, row: tuple[Any, ...]) -> tuple[int, int, int, bytes]:
    z, x, y, data = row
    if not (isinstance(z, int) and isinstance(x, int) and isinstance(y, int)) or not 0 <= z <= MAX_ZOOM:
        raise _not_mbtiles(path, "a tile has no valid zoom, column and row")
    if not (0 <= x < (1 << z) and 0 <= y < (1 << z)):
        raise _not_mbtiles(path, f"tile {z}/{x}/{y} lies outside the world")
    blob = bytes(data or b"")
    kind = _sniff(blob)
    if kind == "pbf":
        raise _vector(path)
    if kind is None or len(blob) > MAX_TILE_BYTES:
        raise _not_mbtiles(path, f"tile {z}/{x}/{y} is not a PNG, JPEG or WebP image")
    return z, x, y, blob
