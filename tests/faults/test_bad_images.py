"""Hostile and broken photos are refused quickly, clearly and without leaving anything behind;
a good photo is stored with every piece of metadata (EXIF, GPS, comment, XMP) stripped.

Each bad file goes through the real CLI (`attach --kind photo`). Its process time is compared with
a baseline run of the same command that fails before any image work (unknown case): the image
handling itself must take under two seconds of CPU, so a decompression bomb cannot stall a laptop.
"""

from __future__ import annotations

import io
import json
import os
import resource
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, ROOT, cli_env
from tests.faults.conftest import CASE, Attached
from tests.integration.conftest import blob_files, jpeg_bytes

IMAGE_WORK_BUDGET_SECONDS = 2.0


def _png(width: int, height: int, idat: bytes = b"\x00" * 1024) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(idat)) + chunk(b"IEND", b"")


def _truncated_jpeg() -> bytes:
    data = jpeg_bytes(800, 600, noise=True)
    return data[: len(data) // 2]


BAD_FILES: dict[str, tuple[str, bytes | None, str]] = {
    # name: (file name, bytes, what the message must say)
    "decompression bomb": ("bomb.png", _png(100_000, 100_000), "too large"),
    "huge declared size": ("huge.png", _png(0x7FFFFFFF, 0x7FFFFFFF), "too large"),
    "just over the pixel limit": ("wide.png", _png(10_000, 6_001), "too large"),
    "truncated jpeg": ("cut.jpg", None, "damaged or incomplete"),
    "pdf named .jpg": ("passport.jpg", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "PDF"),
    "random bytes": ("noise.jpg", os.urandom(20_000), "not a supported image"),
    "empty file": ("empty.jpg", b"", "empty"),
    "png with a corrupt body": ("body.png", _png(640, 480, idat=b"\xff" * 10), "damaged or incomplete"),
    "jpeg header only": ("header.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "damaged or incomplete"),
}


def _attachments(cli) -> list[dict]:  # noqa: ANN001
    r = cli("case", "show", CASE, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["attachments"]


def _timed(cli, *args: str):  # noqa: ANN001, ANN202
    """Run the CLI; also return the CPU seconds (user + system) the process used, which unlike
    wall time does not depend on what else the machine is doing."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = cli(*args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


@pytest.fixture(scope="module")
def baseline_cpu(tmp_path_factory: pytest.TempPathFactory) -> float:
    """CPU seconds of an attach that fails before any image work: start-up, unlock, case lookup."""
    tmp = tmp_path_factory.mktemp("baseline")
    path = tmp / "workspace"
    create_workspace(path, "lead", PASSWORD, kdf=TEST_KDF).lock()
    photo = tmp / "photo.jpg"
    photo.write_bytes(jpeg_bytes(64, 48))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(path), "attach", "NOPE-000001", str(photo), "--kind", "photo"],
        capture_output=True,
        text=True,
        env=cli_env(tmp),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert proc.returncode == 1 and "No case NOPE-000001" in proc.stderr, proc.stderr
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_photo_is_refused_quickly_with_a_clear_message_and_stores_nothing(
    ws: Workspace, ws_path: Path, attached: Attached, cli, tmp_path: Path, kind: str, baseline_cpu: float
) -> None:
    name, data, says = BAD_FILES[kind]
    path = tmp_path / name
    path.write_bytes(_truncated_jpeg() if data is None else data)
    before_blobs = blob_files(ws_path)
    assert len(before_blobs) == 2  # the fixture's photo and its thumbnail
    ws.lock()

    r, elapsed = _timed(cli, "attach", CASE, str(path), "--kind", "photo", "--person", attached.person_id)

    assert r.returncode == 1, r.stderr
    assert says in r.stderr
    assert name in r.stderr  # the message says which file (base name only)
    assert str(tmp_path) not in r.stderr  # never the full path
    assert "Traceback" not in r.stdout + r.stderr
    assert "unexpected problem" not in r.stderr
    assert elapsed - baseline_cpu < IMAGE_WORK_BUDGET_SECONDS, f"{elapsed:.2f}s CPU vs baseline {baseline_cpu:.2f}s"
    assert [a["id"] for a in _attachments(cli)] == [attached.attachment_id]
    assert blob_files(ws_path) == before_blobs


def test_pdf_named_jpg_attached_as_a_scan_is_refused_too(
    ws: Workspace, ws_path: Path, attached: Attached, cli, tmp_path: Path
) -> None:
    path = tmp_path / "passport.jpg"
    path.write_bytes(BAD_FILES["pdf named .jpg"][1] or b"")
    ws.lock()
    before = blob_files(ws_path)
    r = cli("attach", CASE, str(path), "--kind", "scan")
    assert r.returncode == 1
    assert "PDF" in r.stderr and "rename it to .pdf" in r.stderr
    assert blob_files(ws_path) == before


# ----- a good photo loses its metadata ----------------------------------------------------------
SECRET_COMMENT = b"Rosa Mamani, taken at the safe house"
SECRET_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>Rosa Mamani</rdf:RDF></x:xmpmeta>'


def _assert_no_metadata(data: bytes) -> Image.Image:
    for marker in (b"Exif\x00\x00", SECRET_COMMENT, b"Rosa Mamani", b"CanaryCam", b"xmpmeta", b"ns.adobe.com/xap"):
        assert marker not in data
    image = Image.open(io.BytesIO(data))
    image.load()
    exif = image.getexif()
    assert len(exif) == 0
    assert dict(exif.get_ifd(ExifTags.IFD.GPSInfo)) == {}
    for key in ("exif", "comment", "xmp", "XML:com.adobe.xmp", "icc_profile", "photoshop"):
        assert key not in image.info
    return image


def test_good_photo_is_stored_without_exif_gps_comment_or_xmp(
    ws: Workspace, ws_path: Path, attached: Attached, cli, tmp_path: Path
) -> None:
    photo = jpeg_bytes(
        1200, 900, exif_gps=True, comment=SECRET_COMMENT, xmp=SECRET_XMP, artist="Rosa Mamani", orientation=6
    )
    source = Image.open(io.BytesIO(photo))
    assert dict(source.getexif().get_ifd(ExifTags.IFD.GPSInfo))  # the input really carries GPS
    assert source.info.get("comment") == SECRET_COMMENT
    path = tmp_path / "IMG_0042.jpg"
    path.write_bytes(photo)

    r = cli("attach", CASE, str(path), "--kind", "photo", "--person", attached.person_id, "--json")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["mime"] == "image/jpeg"

    stored = ws.vault.get(result["content_hash"])
    image = _assert_no_metadata(stored)
    assert image.size == (900, 1200)  # EXIF orientation 6 applied to the pixels, then dropped
    thumb = _assert_no_metadata(ws.vault.get(result["thumbnail_hash"]))
    assert max(thumb.size) <= 320
    # The record matches what is stored.
    [row] = [a for a in _attachments(cli) if a["id"] == result["attachment_id"]]
    assert (row["width"], row["height"], row["size"]) == (900, 1200, len(stored))
    assert row["content_hash"] == result["content_hash"]


def test_png_text_chunks_do_not_survive(ws: Workspace, attached: Attached, cli, tmp_path: Path) -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Rosa Mamani")
    info.add_itxt("Comment", "Rosa Mamani at the safe house", zip=True)
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (10, 20, 30)).save(buf, "PNG", pnginfo=info)
    path = tmp_path / "scan.png"
    path.write_bytes(buf.getvalue())
    r = cli("attach", CASE, str(path), "--kind", "photo", "--json")
    assert r.returncode == 0, r.stderr
    stored = ws.vault.get(json.loads(r.stdout)["content_hash"])
    assert b"Rosa" not in stored
    image = Image.open(io.BytesIO(stored))
    image.load()
    assert "Author" not in image.info and "Comment" not in image.info
