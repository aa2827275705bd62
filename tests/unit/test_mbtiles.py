"""Offline maps from MBTiles files: a raster map is checked, copied into an encrypted file that opens
only under the workspace's key and its own name, and read back by XYZ tile; a vector map, a file
that is not MBTiles and a killed import are refused or leave nothing listed.

`make_mbtiles` draws a small synthetic map with Pillow (no downloaded data); the integration and UI
tests use it too."""

from __future__ import annotations

import functools
import io
import math
import os
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

import pytest
import sqlcipher3
from PIL import Image, ImageDraw

from app.errors import InvalidInput, NotFound, UnsupportedFile
from app.services.maps import covering
from app.store import keyslots
from app.store import maps as M
from app.store.maps import lonlat_to_world, world_to_lonlat

# A synthetic region (a few kilometres of semi-arid plain with a seasonal river and a camp grid).
REGION = (34.80, 3.70, 34.90, 3.80)  # west, south, east, north
ATTRIBUTION = "Synthetic test map © Circuit Ride tests"
LAND, WATER, ROAD, BLOCK, TRACK = "#efe9dc", "#a9cbe6", "#ffffff", "#e2d8c3", "#c9b99a"


def _tile_range(bounds: tuple[float, float, float, float], z: int) -> tuple[range, range]:
    west, south, east, north = bounds
    x0, y0 = lonlat_to_world(west, north, z)
    x1, y1 = lonlat_to_world(east, south, z)
    return range(int(x0 // 256), int(x1 // 256) + 1), range(int(y0 // 256), int(y1 // 256) + 1)


def draw_tile(z: int, x: int, y: int, fmt: str = "png") -> bytes:
    """A 256-pixel tile of the synthetic map: features are placed in degrees, so they join across
    tiles and zoom levels."""
    img = Image.new("RGB", (256, 256), LAND)
    d = ImageDraw.Draw(img)
    ox, oy = x * 256.0, y * 256.0

    def px(lon: float, lat: float) -> tuple[float, float]:
        wx, wy = lonlat_to_world(lon, lat, z)
        return wx - ox, wy - oy

    width = max(1, int(2 ** (z - 12)))
    # the seasonal river: a sine line across the region
    river = [px(34.78 + i * 0.0025, 3.745 + 0.012 * math.sin(i / 6.0)) for i in range(70)]
    d.line(river, fill=WATER, width=max(2, width * 3))
    # camp blocks on a grid, with roads between them
    for i in range(8):
        for j in range(6):
            lon, lat = 34.83 + i * 0.006, 3.76 + j * 0.005
            a, b = px(lon, lat + 0.004), px(lon + 0.005, lat)
            d.rectangle([a, b], fill=BLOCK)
    for i in range(9):
        lon = 34.8295 + i * 0.006
        d.line([px(lon, 3.759), px(lon, 3.79)], fill=ROAD, width=width)
    for j in range(7):
        lat = 3.7595 + j * 0.005
        d.line([px(34.829, lat), px(34.878, lat)], fill=ROAD, width=width)
    d.line([px(34.79, 3.71), px(34.86, 3.795)], fill=TRACK, width=max(1, width * 2))
    out = io.BytesIO()
    img.save(out, {"png": "PNG", "jpg": "JPEG", "webp": "WEBP"}[fmt])
    return out.getvalue()


def make_mbtiles(
    path: Path,
    *,
    zooms: Iterable[int] = range(10, 14),
    bounds: tuple[float, float, float, float] = REGION,
    name: str | None = "Kakuma test map",
    fmt: str = "png",
    declared: str | None = None,
    attribution: str = ATTRIBUTION,
    metadata_bounds: bool = True,
    tile: bytes | None = None,
) -> Path:
    """A raster MBTiles file (TMS rows, as the specification stores them) of the synthetic map."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    zooms = list(zooms)
    meta = {
        "format": declared if declared is not None else fmt,
        "minzoom": str(min(zooms)),
        "maxzoom": str(max(zooms)),
        "attribution": f"<a href='https://example.org'>{attribution}</a>",
        "type": "baselayer",
    }
    if name is not None:
        meta["name"] = name
    if metadata_bounds:
        meta["bounds"] = ",".join(str(v) for v in bounds)
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    for z in zooms:
        xs, ys = _tile_range(bounds, z)
        for x in xs:
            for y in ys:
                data = tile if tile is not None else draw_tile(z, x, y, fmt)
                conn.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, data))
    conn.commit()
    conn.close()
    return path


def keys_of(keys: M.Keys) -> M.Keys:
    """What `Workspace.subkey` is for a workspace whose data key is `dek`."""
    return functools.partial(keyslots.subkey, keys)


@pytest.fixture
def keys() -> M.Keys:
    return keys_of(os.urandom(32))


@pytest.fixture
def mbtiles(tmp_path: Path) -> Path:
    return make_mbtiles(tmp_path / "kakuma.mbtiles", zooms=range(11, 14))


def test_web_mercator_round_trip_and_known_tile() -> None:
    x, y = lonlat_to_world(34.85, 3.75, 13)
    lon, lat = world_to_lonlat(x, y, 13)
    assert (round(lon, 9), round(lat, 9)) == (34.85, 3.75)
    # the tile every slippy map puts Greenwich and the equator at: the centre of the world
    assert lonlat_to_world(0.0, 0.0, 1) == (256.0, 256.0)
    assert lonlat_to_world(0.0, 89.9, 0)[1] == pytest.approx(0.0, abs=1e-6)  # held at Mercator's edge


def test_a_raster_mbtiles_is_read_for_its_name_bounds_zooms_and_attribution(mbtiles: Path) -> None:
    src = M.inspect_mbtiles(mbtiles)
    assert src.name == "Kakuma test map"
    assert src.format == "png"
    assert src.bounds == REGION
    assert (src.min_zoom, src.max_zoom) == (11, 13)
    assert src.attribution == ATTRIBUTION  # the HTML link is taken off: it is shown as text
    assert src.tile_count == sum(len(a) * len(b) for a, b in (_tile_range(REGION, z) for z in range(11, 14)))


def test_bounds_missing_from_the_metadata_are_read_from_the_tiles(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "m.mbtiles", zooms=[12, 13], metadata_bounds=False, name=None)
    src = M.inspect_mbtiles(path)
    west, south, east, north = src.bounds
    assert west <= REGION[0] and south <= REGION[1] and east >= REGION[2] and north >= REGION[3]
    assert east - west < 0.5  # the tiles of zoom 12, not the world
    assert src.name == "m"  # no name in the metadata: the file's


def test_vector_tiles_are_refused_with_a_sentence_that_says_what_to_do(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "v.mbtiles", zooms=[5], declared="pbf", tile=b"\x1f\x8b\x08\x00fake")
    with pytest.raises(UnsupportedFile) as exc:
        M.inspect_mbtiles(path)
    assert "vector tiles (pbf)" in str(exc.value)
    assert "raster" in str(exc.value)
    # a vector file that does not say so in its metadata is found out by its tiles
    path2 = make_mbtiles(tmp_path / "v2.mbtiles", zooms=[5], declared="", tile=b"\x1f\x8b\x08\x00fake")
    with pytest.raises(UnsupportedFile, match="vector tiles"):
        M.inspect_mbtiles(path2)


def test_files_that_are_not_mbtiles_are_refused(tmp_path: Path, keys: M.Keys) -> None:
    text = tmp_path / "notes.mbtiles"
    text.write_text("hello")
    with pytest.raises(UnsupportedFile, match="not an SQLite database"):
        M.inspect_mbtiles(text)
    other = tmp_path / "other.mbtiles"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(UnsupportedFile, match="no 'tiles' table"):
        M.inspect_mbtiles(other)
    with pytest.raises(InvalidInput, match="no such file"):
        M.inspect_mbtiles(tmp_path / "missing.mbtiles")
    bad = make_mbtiles(tmp_path / "bad.mbtiles", zooms=[3], tile=b"GIF89a not a tile")
    with pytest.raises(UnsupportedFile, match="is not a PNG, JPEG or WebP image"):
        M.install_map(tmp_path / "maps", keys, bad)
    assert M.list_maps(tmp_path / "maps", keys) == []


def test_installed_tiles_are_read_by_xyz_with_the_tms_row_flipped(tmp_path: Path, mbtiles: Path, keys: M.Keys) -> None:
    root = tmp_path / "maps"
    info = M.install_map(root, keys, mbtiles)
    assert info.name == "Kakuma test map" and info.tile_count > 0
    assert (info.min_zoom, info.max_zoom) == (11, 13)
    f = M.MapFile(root / f"{info.id}.db", keys)
    try:
        xs, ys = _tile_range(REGION, 13)
        x, y = xs[0], ys[-1]  # the south-west tile: its TMS row differs from its XYZ row
        assert f.tile(13, x, y) == draw_tile(13, x, y)
        assert f.tile(13, x, (1 << 13) - 1 - y) is None  # the unflipped row is outside the region
        assert f.tile(13, -1, 0) is None and f.tile(40, 0, 0) is None
        assert f.tile(2, 0, 0) is None  # a zoom the map does not have
    finally:
        f.close()


def test_the_installed_map_is_ciphertext_and_opens_only_under_its_own_key(
    tmp_path: Path, mbtiles: Path, keys: M.Keys
) -> None:
    root = tmp_path / "maps"
    info = M.install_map(root, keys, mbtiles, name="Secret region Kakuma")
    raw = (root / f"{info.id}.db").read_bytes()
    assert b"SQLite format 3" not in raw
    assert b"\x89PNG" not in raw and b"Kakuma" not in raw and b"Circuit Ride tests" not in raw
    assert sorted(p.name for p in root.iterdir()) == [f"{info.id}.db", "tmp"]
    assert list((root / "tmp").iterdir()) == []
    with pytest.raises(Exception, match="damaged"):
        M.MapFile(root / f"{info.id}.db", keys_of(os.urandom(32)))  # another workspace's key
    second = M.install_map(root, keys, mbtiles, name="Another")
    # swapping two map files: each opens only under its own name
    a, b = root / f"{info.id}.db", root / f"{second.id}.db"
    a.rename(tmp_path / "x")
    b.rename(a)
    listed = M.list_maps(root, keys)
    assert [m.problem != "" for m in listed if m.id == info.id] == [True]


def test_names_are_unique_and_a_map_is_removed_by_name(tmp_path: Path, mbtiles: Path, keys: M.Keys) -> None:
    root = tmp_path / "maps"
    M.install_map(root, keys, mbtiles)
    with pytest.raises(InvalidInput, match="already installed"):
        M.install_map(root, keys, mbtiles)
    other = M.install_map(root, keys, mbtiles, name="North ridge")
    assert [m.name for m in M.list_maps(root, keys)] == ["Kakuma test map", "North ridge"]
    found = M.find_map(root, keys, "kakuma TEST map")
    M.remove_map(root, found)
    assert [m.id for m in M.list_maps(root, keys)] == [other.id]
    with pytest.raises(NotFound, match="maps list"):
        M.find_map(root, keys, "Kakuma test map")


def test_an_import_stopped_halfway_leaves_nothing_listed_and_no_part_file(
    tmp_path: Path, keys: M.Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(M, "COPY_BATCH_TILES", 5)
    path = make_mbtiles(tmp_path / "m.mbtiles", zooms=range(11, 14))
    seen: list[int] = []

    def stop(done: int, total: int) -> None:
        seen.append(done)
        if done >= 10:
            raise KeyboardInterrupt  # what Ctrl+C does in the middle of a batch

    with pytest.raises(KeyboardInterrupt):
        M.install_map(tmp_path / "maps", keys, path, progress=stop)
    assert seen == [5, 10]
    assert M.list_maps(tmp_path / "maps", keys) == []
    assert list((tmp_path / "maps" / "tmp").iterdir()) == []


def test_a_stale_part_file_of_a_killed_import_is_removed_by_the_next_install(
    tmp_path: Path, mbtiles: Path, keys: M.Keys
) -> None:
    tmp = tmp_path / "maps" / "tmp"
    tmp.mkdir(parents=True)
    stale = tmp / "0190aaaa-0000-7000-8000-000000000000.part"
    fresh = tmp / "0190aaaa-0000-7000-8000-000000000001.part"
    stale.write_bytes(b"x" * 100)
    fresh.write_bytes(b"x" * 100)
    old = time.time() - M.STALE_PART_SECONDS - 5
    os.utime(stale, (old, old))
    M.install_map(tmp_path / "maps", keys, mbtiles)
    assert not stale.exists()
    assert fresh.exists()  # another import may still be writing it
    assert len(M.list_maps(tmp_path / "maps", keys)) == 1


def test_the_most_detailed_map_holding_every_point_is_chosen(tmp_path: Path, keys: M.Keys) -> None:
    world = M.MapInfo("a", "World", "png", (-180, -85, 180, 85), 0, 6, "", 1, 1, "")
    region = M.MapInfo("b", "Region", "png", REGION, 10, 16, "", 1, 1, "")
    camp = M.MapInfo("c", "Camp", "png", (34.84, 3.74, 34.86, 3.76), 10, 16, "", 1, 1, "")
    maps = [world, region, camp]
    assert covering(maps, [(34.85, 3.75)]) is camp
    assert covering(maps, [(34.85, 3.75), (34.81, 3.71)]) is region
    assert covering(maps, [(10.0, 50.0)]) is world
    assert covering(maps, []) is None
    assert covering([region], [(10.0, 50.0)]) is None


def test_file_and_folder_names_with_uri_characters_work(tmp_path: Path, keys: M.Keys) -> None:
    folder = tmp_path / "maps? #1 100%"
    folder.mkdir()
    path = make_mbtiles(folder / "north #2 ?.mbtiles", zooms=[10, 11])
    info = M.install_map(folder / "installed ?#%", keys, path)
    assert [m.id for m in M.list_maps(folder / "installed ?#%", keys)] == [info.id]


def test_a_map_key_is_asked_of_the_workspace_by_its_use_and_id_and_opens_only_its_file(
    tmp_path: Path, mbtiles: Path, keys: M.Keys
) -> None:
    asked: list[bytes] = []

    def recording(info: bytes) -> bytes:
        asked.append(info)
        return keys(info)

    info = M.install_map(tmp_path / "maps", recording, mbtiles)
    assert asked and set(asked) == {b"circuitride offline map v1/" + info.id.encode("ascii")}
    key = M.map_key(keys, info.id)
    assert key != M.map_key(keys, "0190c0de-0000-7000-8000-000000000000") and len(key) == 32
    conn = M.open_map_db(tmp_path / "maps" / f"{info.id}.db", key)
    try:
        assert conn.execute("SELECT count(*) FROM tiles").fetchone()[0] == info.tile_count
        with pytest.raises(sqlcipher3.OperationalError):
            conn.execute("DELETE FROM tiles")  # opened read-only
    finally:
        conn.close()
    with pytest.raises(sqlcipher3.DatabaseError):
        M.open_map_db(tmp_path / "maps" / f"{info.id}.db", bytes(32))
