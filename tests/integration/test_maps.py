"""`circuitride maps add | list | remove` as a field IT person uses them, through the real command
line as a process: human text on stderr, JSON on stdout, the contract's exit codes, no traceback;
an installed map leaves no plaintext in the workspace; a kill -9 in the middle of an import leaves
nothing listed; only team leads and administrators install maps."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import PermissionDenied
from app.services.maps import TileReader, add_map, list_maps
from app.services.workspaces import create_workspace
from app.store import maps as M
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, ROOT, Result, cli_env
from tests.unit.test_mbtiles import REGION, draw_tile, make_mbtiles

# Until app/cli/__init__.py registers the `maps` group, the tests add it to the real parser the same
# way (`register(sub, add, Parser)`); once registered this changes nothing.
BOOT = """
import argparse, sys
import app.cli as cli
from app.cli.common import Parser
from app.cli.maps import register

build = cli.build_parser

def build_parser():
    parser = build()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "maps" not in sub.choices:
        def add(name, func, help_, parent=sub):
            sp = parent.add_parser(name, help=help_, description=help_)
            sp.set_defaults(func=func)
            return sp
        register(sub, add, Parser)
    return parser

cli.build_parser = build_parser
sys.exit(cli.main(sys.argv[1:]))
"""


def run(tmp_path: Path, ws_path: Path, *args: str) -> Result:
    cmd = [sys.executable, "-c", BOOT, "--data-dir", str(ws_path), *args]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=120, env=cli_env(tmp_path), cwd=ROOT, stdin=subprocess.DEVNULL
    )
    assert "Traceback" not in proc.stderr
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def mbtiles(tmp_path: Path) -> Path:
    return make_mbtiles(tmp_path / "kakuma.mbtiles", zooms=range(11, 14))


def test_field_it_adds_lists_and_removes_a_map_on_the_command_line(
    ws: Workspace, tmp_path: Path, mbtiles: Path
) -> None:
    ws.lock()
    added = run(tmp_path, ws.path, "maps", "add", str(mbtiles), "--name", "Kakuma camp", "--json")
    assert added.returncode == 0, added.stderr
    doc = json.loads(added.stdout)
    assert doc["name"] == "Kakuma camp" and doc["min_zoom"] == 11 and doc["max_zoom"] == 13
    assert doc["bounds"] == list(REGION)
    assert "tiles copied (100%)" in added.stderr
    assert "Installed the map 'Kakuma camp'" in added.stderr

    listed = run(tmp_path, ws.path, "maps", "list", "--json")
    assert listed.returncode == 0
    assert [m["name"] for m in json.loads(listed.stdout)["maps"]] == ["Kakuma camp"]
    human = run(tmp_path, ws.path, "maps", "list")
    assert human.stdout.startswith("Kakuma camp") and "zoom 11-13" in human.stdout

    again = run(tmp_path, ws.path, "maps", "add", str(mbtiles), "--name", "kakuma CAMP")
    assert again.returncode == 1
    assert "already installed" in again.stderr and again.stdout == ""

    removed = run(tmp_path, ws.path, "maps", "remove", "Kakuma camp")
    assert removed.returncode == 0 and "Removed the map 'Kakuma camp'." in removed.stderr
    empty = run(tmp_path, ws.path, "maps", "list")
    assert empty.stdout == "" and "No map is installed" in empty.stderr
    unknown = run(tmp_path, ws.path, "maps", "remove", "Kakuma camp")
    assert unknown.returncode == 1 and "No map named 'Kakuma camp' is installed" in unknown.stderr


def test_a_vector_map_or_a_wrong_file_is_refused_in_a_sentence(ws: Workspace, tmp_path: Path) -> None:
    ws.lock()
    vector = make_mbtiles(tmp_path / "osm.mbtiles", zooms=[4], declared="pbf", tile=b"\x1f\x8b\x08\x00x")
    result = run(tmp_path, ws.path, "maps", "add", str(vector))
    assert result.returncode == 1
    assert "holds vector tiles (pbf), which this program cannot draw" in result.stderr
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a map")
    result = run(tmp_path, ws.path, "maps", "add", str(photo))
    assert result.returncode == 1 and "photo.jpg is not an MBTiles map" in result.stderr
    result = run(tmp_path, ws.path, "maps", "add")
    assert result.returncode == 2  # a usage error
    assert json.loads(run(tmp_path, ws.path, "maps", "list", "--json").stdout)["count"] == 0


def test_an_installed_map_leaves_no_plaintext_anywhere_in_the_workspace(
    ws: Workspace, tmp_path: Path, mbtiles: Path
) -> None:
    add_map(ws, mbtiles, name="Zyxqvor ridge")
    for path in ws.path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Zyxqvor" not in data and b"\x89PNG" not in data and b"Circuit Ride tests" not in data, path
    reader = TileReader(ws)
    (info,) = reader.maps()
    x, y = (int(v // 256) for v in M.lonlat_to_world(34.85, 3.75, 13))
    assert reader.tile(info.id, 13, x, y) == draw_tile(13, x, y)
    ws.lock()
    assert reader.maps() == []  # a locked workspace closes the files and shows no map


def test_only_team_leads_and_administrators_install_maps(tmp_path: Path, mbtiles: Path) -> None:
    interviewer = create_workspace(tmp_path / "iv", "ivan", PASSWORD, kdf=TEST_KDF, role="interviewer")
    try:
        with pytest.raises(PermissionDenied):
            add_map(interviewer, mbtiles)
        assert list_maps(interviewer) == []  # every user sees what is installed
    finally:
        interviewer.lock()


KILLED_IMPORT = """
import sys, time
from pathlib import Path
from app.store import maps as M
from app.store.workspace import Workspace
M.COPY_BATCH_TILES = 2
ws = Workspace(Path(sys.argv[1]))
ws.unlock(sys.argv[3])
def progress(done, total):
    if done == 4:
        print("copying", flush=True)
    time.sleep(0.5)
from app.services.maps import add_map
add_map(ws, sys.argv[2], progress=progress)
"""


def test_a_killed_import_leaves_nothing_listed_and_the_next_install_cleans_up(
    ws: Workspace, tmp_path: Path, mbtiles: Path
) -> None:
    ws.lock()
    env = cli_env(tmp_path)
    cmd = [sys.executable, "-c", KILLED_IMPORT, str(ws.path), str(mbtiles), PASSWORD]
    with subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"copying"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    parts = list((ws.path / "maps" / "tmp").iterdir())
    assert len(parts) == 1 and parts[0].name.endswith(".part")  # what the kill left
    assert json.loads(run(tmp_path, ws.path, "maps", "list", "--json").stdout)["count"] == 0
    old = time.time() - M.STALE_PART_SECONDS - 1
    os.utime(parts[0], (old, old))
    assert run(tmp_path, ws.path, "maps", "add", str(mbtiles)).returncode == 0
    assert list((ws.path / "maps" / "tmp").iterdir()) == []
    assert json.loads(run(tmp_path, ws.path, "maps", "list", "--json").stdout)["count"] == 1


# ----- maps in backups, restores and check -------------------------------------------------------
def test_a_backup_holds_the_installed_maps_and_a_restore_brings_them_back(
    ws: Workspace, tmp_path: Path, mbtiles: Path
) -> None:
    from app.services.workspaces import restore_backup

    info = add_map(ws, mbtiles, name="Kakuma camp")
    (ws.path / "maps" / "tmp").mkdir(exist_ok=True)
    (ws.path / "maps" / "tmp" / "0190c0de-0000-7000-8000-000000000001.part").write_bytes(b"an unfinished install")
    ws.backup(tmp_path / "backup")
    assert sorted(p.relative_to(tmp_path / "backup").as_posix() for p in (tmp_path / "backup" / "maps").rglob("*")) == [
        f"maps/{info.id}.db"
    ]
    ws.lock()
    restored = restore_backup(tmp_path / "backup", tmp_path / "restored", "lead", PASSWORD)
    try:
        assert restored.meta.device_id != ws.meta.device_id  # a new device, with the same data key
        (again,) = list_maps(restored)
        assert (again.id, again.name, again.problem) == (info.id, "Kakuma camp", "")
        reader = TileReader(restored)
        x, y = (int(v // 256) for v in M.lonlat_to_world(34.85, 3.75, 13))
        assert reader.tile(info.id, 13, x, y) == draw_tile(13, x, y)
        reader.close()
    finally:
        restored.lock()
    r = run(tmp_path, tmp_path / "restored", "check")
    assert r.returncode == 0, r.stderr


def test_the_pre_upgrade_copy_holds_the_installed_maps(ws: Workspace, tmp_path: Path, mbtiles: Path) -> None:
    info = add_map(ws, mbtiles, name="Kakuma camp")
    (ws.path / "maps" / "tmp").mkdir(exist_ok=True)
    (ws.path / "maps" / "tmp" / "x.part").write_bytes(b"an unfinished install")
    (tmp_path / "kept").mkdir()
    ws._snapshot(tmp_path / "kept")  # noqa: SLF001 - what migrate.py's kept backup calls beside its database copy
    assert [p.name for p in (tmp_path / "kept" / "maps").iterdir()] == [f"{info.id}.db"]
    assert (tmp_path / "kept" / "maps" / f"{info.id}.db").read_bytes() == (
        ws.path / "maps" / f"{info.id}.db"
    ).read_bytes()


def test_check_names_a_map_file_that_cannot_be_read(ws: Workspace, tmp_path: Path, mbtiles: Path) -> None:
    sound = add_map(ws, mbtiles, name="Kakuma camp")
    damaged = add_map(ws, make_mbtiles(tmp_path / "lodwar.mbtiles", zooms=range(11, 13)), name="Lodwar town")
    ws.lock()
    ok = run(tmp_path, ws.path, "check", "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["problems"] == []

    path = ws.path / "maps" / f"{damaged.id}.db"
    data = bytearray(path.read_bytes())
    data[-100] ^= 0x01  # one bit in the last page (tiles): the page's HMAC fails
    path.write_bytes(bytes(data))
    r = run(tmp_path, ws.path, "check", "--json")
    assert r.returncode == 1
    (problem,) = json.loads(r.stdout)["problems"]
    assert problem.startswith(f"map {damaged.id} (Lodwar town): the file is damaged")
    assert f"circuitride maps remove {damaged.id}" in problem
    assert sound.id not in r.stderr

    path.write_bytes(os.urandom(len(data)))  # nothing of it readable: named by its id alone
    r = run(tmp_path, ws.path, "check")
    assert r.returncode == 1
    assert f"PROBLEM  map {damaged.id}: the file is damaged or was altered" in r.stderr


def _map_file_as_installed_before(path: Path, key: bytes, name: str) -> None:
    """An installed map file written as the store wrote it before map keys came through
    `Workspace.subkey`: SQLCipher keyed with the raw key, the MBTiles tables, the format version."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("CREATE TABLE metadata (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, "
        "tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL, "
        "PRIMARY KEY (zoom_level, tile_column, tile_row)) WITHOUT ROWID"
    )
    x, y = (int(v // 256) for v in M.lonlat_to_world(34.85, 3.75, 13))
    conn.execute("INSERT INTO tiles VALUES (13, ?, ?, ?)", (x, (1 << 13) - 1 - y, draw_tile(13, x, y)))
    meta = {"id": path.stem, "name": name, "format": "png", "bounds": "34.800000,3.700000,34.900000,3.800000"}
    meta |= {
        "minzoom": "13",
        "maxzoom": "13",
        "attribution": "",
        "tile_count": "1",
        "installed_at": "2026-01-05T08:00:00+00:00",
    }
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", sorted(meta.items()))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_a_map_installed_with_the_key_derived_from_the_data_key_still_opens(ws: Workspace, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from app.store.check import check_workspace

    # The key as the store derived it from the data key itself: HKDF-SHA256, no salt, 32 bytes,
    # info "circuitride offline map v1/" + the map's id.
    dek = ws._require_dek()  # noqa: SLF001 - to write a map file as the code before Workspace.subkey did
    map_id = "0190c0de-0000-7000-8000-00000000abcd"
    old_key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"circuitride offline map v1/" + map_id.encode()
    ).derive(dek)
    assert M.map_key(ws.subkey, map_id) == old_key
    root = ws.path / "maps"
    root.mkdir()
    _map_file_as_installed_before(root / f"{map_id}.db", old_key, "Kakuma before")

    (info,) = list_maps(ws)
    assert (info.id, info.name, info.problem, info.tile_count) == (map_id, "Kakuma before", "", 1)
    reader = TileReader(ws)
    x, y = (int(v // 256) for v in M.lonlat_to_world(34.85, 3.75, 13))
    assert reader.tile(map_id, 13, x, y) == draw_tile(13, x, y)
    reader.close()
    report = check_workspace(ws)
    assert report.problems == [] and report.maps_checked == 1

    # the same file under a key one byte off is named as damaged, by the same public door
    (root / f"{map_id}.db").unlink()
    _map_file_as_installed_before(root / f"{map_id}.db", bytes([old_key[0] ^ 1]) + old_key[1:], "Kakuma before")
    (broken,) = list_maps(ws)
    assert broken.problem and "cannot be read" in broken.problem
    report = check_workspace(ws)
    assert report.maps_checked == 0
    assert [p.split(":")[0] for p in report.problems] == [f"map {map_id}"]
