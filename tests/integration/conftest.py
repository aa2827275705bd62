"""Helpers shared by the integration and fault tests: a canary person, manifests, photos, counts.

The canary is a person whose names (Latin and Cyrillic) and date of birth appear nowhere else, so
finding any of them in a file, a log line or a temp directory is proof of a leak. Plain functions
live here (tests/faults imports them); fixtures are defined where they are used.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image
from sqlalchemy import text

from app.store.workspace import Workspace
from app.util.text import normalise
from tests.conftest import PASSWORD
from tests.support.hq import HQServer, Raw

CANARY_CASE = "CAN-000001"
CANARY_FAMILY = "Zyxqvorlek"
CANARY_GIVEN = "Kanaryjka"
CANARY_NATIVE_FAMILY = "Зыкворлек"
CANARY_NATIVE_GIVEN = "Канарийка"
CANARY_DOB = "1987-03-19"
CANARY_NAMES = (CANARY_FAMILY, CANARY_GIVEN, CANARY_NATIVE_FAMILY, CANARY_NATIVE_GIVEN)
SQLITE_PLAIN_HEADER = b"SQLite format 3"


def canary_manifest() -> dict[str, Any]:
    return {
        "cases": [
            {
                "case_number": CANARY_CASE,
                "unhcr_id": "987-65Z43210",
                "priority": "P-1",
                "site": "Lima",
                "stage": "pre-screening",
                "persons": [
                    {
                        "role": "principal_applicant",
                        "family_name": CANARY_FAMILY,
                        "given_names": CANARY_GIVEN,
                        "native_family_name": CANARY_NATIVE_FAMILY,
                        "native_given_names": CANARY_NATIVE_GIVEN,
                        "dob": CANARY_DOB,
                        "dob_precision": "exact",
                        "sex": "F",
                        "nationality": "RU",
                        "languages": ["ru"],
                    }
                ],
            }
        ]
    }


def write_json(path: Path, doc: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


# ----- leak scanning ----------------------------------------------------------------------------
def needles(words: Iterable[str]) -> dict[bytes, str]:
    """Every byte form a word could take on disk: as typed, lower, upper, search-normalised;
    UTF-8, UTF-16-LE and UTF-16-BE. Maps bytes -> a readable description for failure messages."""
    out: dict[bytes, str] = {}
    for word in words:
        for variant in {word, word.lower(), word.upper(), normalise(word)}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                out[variant.encode(encoding)] = f"{variant!r} in {encoding}"
    return out


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def find_leaks(roots: Iterable[Path], patterns: dict[bytes, str]) -> list[str]:
    """'path: what' for every file under roots that contains one of the patterns."""
    found = []
    for root in roots:
        for path in files_under(root):
            try:
                data = path.read_bytes()
            except FileNotFoundError:  # a -wal/-shm removed while we walked
                continue
            for pattern, what in patterns.items():
                if pattern in data:
                    found.append(f"{path}: {what}")
    return found


# ----- images -----------------------------------------------------------------------------------
def jpeg_bytes(
    width: int = 640,
    height: int = 480,
    *,
    noise: bool = False,
    exif_gps: bool = False,
    comment: bytes | None = None,
    xmp: bytes | None = None,
    artist: str | None = None,
    orientation: int | None = None,
    quality: int = 90,
) -> bytes:
    if noise:
        image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    exif = Image.Exif()
    if artist:
        exif[ExifTags.Base.Artist] = artist
        exif[ExifTags.Base.Make] = "CanaryCam"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if exif_gps:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps[ExifTags.GPS.GPSLatitudeRef] = "S"
        gps[ExifTags.GPS.GPSLatitude] = (12.0, 2.0, 44.0)
        gps[ExifTags.GPS.GPSLongitudeRef] = "W"
        gps[ExifTags.GPS.GPSLongitude] = (77.0, 1.0, 42.0)
    kwargs: dict[str, Any] = {"quality": quality}
    if len(exif):
        kwargs["exif"] = exif
    if comment:
        kwargs["comment"] = comment
    if xmp:
        kwargs["xmp"] = xmp
    buf = io.BytesIO()
    image.save(buf, "JPEG", **kwargs)
    return buf.getvalue()


# ----- workspaces -------------------------------------------------------------------------------
@contextmanager
def unlocked(path: Path, password: str = PASSWORD, user: str | None = None) -> Iterator[Workspace]:
    ws = Workspace(path)
    ws.unlock(password, user)
    try:
        yield ws
    finally:
        ws.lock()


def scalar(ws: Workspace, sql: str, **params: Any) -> Any:
    with ws.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def live_cases(ws: Workspace) -> int:
    return int(scalar(ws, "SELECT count(*) FROM cases WHERE deleted = 0"))


def audit_events(ws: Workspace) -> int:
    return int(scalar(ws, "SELECT count(*) FROM audit_events"))


def blob_files(ws_path: Path) -> list[Path]:
    """Stored blobs and any partial file left in the vault's temp folder."""
    return files_under(ws_path / "blobs")


def backoff_state(ws_path: Path) -> dict[str, Any]:
    path = ws_path / "state" / "unlock-attempts.json"
    if not path.exists():
        return {"failures": 0, "last_failure_at": 0.0}
    return json.loads(path.read_text("utf-8"))


def set_backoff_state(ws_path: Path, failures: int, last_failure_at: float) -> None:
    path = ws_path / "state" / "unlock-attempts.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"failures": failures, "last_failure_at": last_failure_at}), "utf-8")


@pytest.fixture
def raw_for(hq: HQServer) -> Iterator[Any]:
    """raw_for(ws) -> Raw; clients are closed before the server stops (an open keep-alive slows its shutdown)."""
    made: list[Raw] = []

    def make(ws: Workspace) -> Raw:
        made.append(Raw(hq, ws))
        return made[-1]

    yield make
    for raw in made:
        raw.client.close()
