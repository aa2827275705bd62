"""A lost laptop reveals nothing: no name, date of birth or plaintext database anywhere on disk.

A canary person (names in Latin and Cyrillic script that occur nowhere else) goes through the real
CLI — import, search, case edit, note, photo attach — and every file under the workspace
(db.sqlite, -wal, -shm, state/, keyslots/, blobs/) and under the TMPDIR the processes used is
searched for the canary in UTF-8 and UTF-16 (both byte orders), in its typed, upper, lower and
search-normalised forms, and for the header of an unencrypted SQLite file.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.services.cases import create_case, set_person_fields
from app.services.records import add_note
from app.store.workspace import Workspace
from tests.integration.conftest import (
    CANARY_CASE,
    CANARY_DOB,
    CANARY_FAMILY,
    CANARY_GIVEN,
    CANARY_NAMES,
    CANARY_NATIVE_FAMILY,
    CANARY_NATIVE_GIVEN,
    SQLITE_PLAIN_HEADER,
    canary_manifest,
    find_leaks,
    jpeg_bytes,
    needles,
    write_json,
)

FORBIDDEN = {**needles((*CANARY_NAMES, CANARY_DOB)), SQLITE_PLAIN_HEADER: "an unencrypted SQLite header"}


def _fill_with_canary_through_cli(cli, tmp_path: Path) -> None:  # noqa: ANN001 - the conftest runner
    manifest = write_json(tmp_path / "input" / "canary.json", canary_manifest())
    r = cli("import", str(manifest))
    assert r.returncode == 0, r.stderr
    r = cli("case", "show", CANARY_CASE, "--json")
    assert r.returncode == 0, r.stderr
    person_id = json.loads(r.stdout)["persons"][0]["id"]
    # The photo carries the canary in EXIF, JPEG comment and XMP, and in its file name.
    photo = tmp_path / "input" / f"{CANARY_FAMILY}_{CANARY_GIVEN}.jpg"
    photo.write_bytes(
        jpeg_bytes(
            800,
            600,
            exif_gps=True,
            artist=CANARY_FAMILY,
            comment=f"{CANARY_GIVEN} {CANARY_NATIVE_FAMILY}".encode(),
            xmp=f'<x:xmpmeta xmlns:x="adobe:ns:meta/">{CANARY_NATIVE_GIVEN}</x:xmpmeta>'.encode(),
        )
    )
    r = cli("attach", CANARY_CASE, str(photo), "--kind", "photo", "--person", person_id)
    assert r.returncode == 0, r.stderr
    r = cli("note", CANARY_CASE, f"{CANARY_GIVEN} {CANARY_FAMILY} ({CANARY_NATIVE_FAMILY}) came with her documents.")
    assert r.returncode == 0, r.stderr
    r = cli("case", "set", CANARY_CASE, "--person", person_id, "place_of_birth=" + CANARY_NATIVE_GIVEN)
    assert r.returncode == 0, r.stderr
    for query in (CANARY_FAMILY, CANARY_NATIVE_FAMILY, CANARY_DOB):
        r = cli("search", query)
        assert r.returncode == 0, r.stderr
        assert CANARY_CASE in r.stdout  # the data is really there, so finding no trace of it means something


def test_workspace_and_tmpdir_hold_no_plaintext_after_import_attach_and_lock(
    ws: Workspace, ws_path: Path, cli, tmp_path: Path
) -> None:
    ws.lock()  # only the CLI processes touch the workspace; each locks it when it exits
    _fill_with_canary_through_cli(cli, tmp_path)
    # The scanner itself finds the canary where it is in the clear: the input files.
    assert find_leaks([tmp_path / "input"], FORBIDDEN)
    wal = ws_path / "db.sqlite-wal"
    assert not wal.exists() or wal.stat().st_size == 0, "locking should have checkpointed the WAL"
    assert find_leaks([ws_path, tmp_path / "tmp"], FORBIDDEN) == []
    assert list((tmp_path / "tmp").rglob("*")) == [], "the CLI left files in its TMPDIR"


def test_demo_workspace_holds_no_plaintext_after_lock(ws: Workspace, ws_path: Path, cli, tmp_path: Path) -> None:
    ws.lock()
    r = cli("demo", "--cases", "30", "--seed", "3", timeout=300)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    r = cli("import", str(write_json(tmp_path / "input" / "canary.json", canary_manifest())))
    assert r.returncode == 0, r.stderr
    # The demo's own synthetic people must not be readable either: take names from its export.
    r = cli("export", "-")
    assert r.returncode == 0, r.stderr
    demo_names = {
        p[key]
        for case in json.loads(r.stdout)["cases"]
        for p in case["persons"]
        for key in ("family_name", "native_family_name")
        if p.get(key) and len(p[key]) >= 6
    }
    assert len(demo_names) >= 10
    forbidden = {**FORBIDDEN, **needles(sorted(demo_names)[:40])}
    assert find_leaks([ws_path, tmp_path / "tmp"], forbidden) == []
    assert list((tmp_path / "tmp").rglob("*")) == [], "the CLI left files in its TMPDIR"


def test_wal_and_shm_hold_no_plaintext_while_the_workspace_is_open(ws: Workspace, ws_path: Path) -> None:
    case_id = create_case(
        ws,
        {"case_number": CANARY_CASE, "site": "Lima"},
        [
            {
                "role": "principal_applicant",
                "family_name": CANARY_FAMILY,
                "given_names": CANARY_GIVEN,
                "native_family_name": CANARY_NATIVE_FAMILY,
                "native_given_names": CANARY_NATIVE_GIVEN,
                "dob": CANARY_DOB,
            }
        ],
    )
    assert case_id
    add_note(ws, CANARY_CASE, f"{CANARY_GIVEN} / {CANARY_NATIVE_FAMILY}")
    from app.services.case_view import show_case

    person_id = show_case(ws, CANARY_CASE)["persons"][0]["id"]
    set_person_fields(ws, CANARY_CASE, person_id, {"aliases": [CANARY_NATIVE_GIVEN + "а"]})
    # A connection stays open in the pool: the -wal holds the new pages and -shm its index.
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM persons").scalar()
        wal, shm = ws_path / "db.sqlite-wal", ws_path / "db.sqlite-shm"
        assert wal.exists() and wal.stat().st_size > 0, "expected the writes to sit in the WAL"
        assert shm.exists(), "expected a -shm index while the database is open in WAL mode"
        leaks = find_leaks([ws_path], FORBIDDEN)
    assert leaks == []
