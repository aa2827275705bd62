"""Media answers' files in a real encrypted workspace (issue 23): a photo goes into the vault with
its metadata stripped and scaled to the question's max-pixels; recordings and documents are
sniffed, cleaned where we can and size-checked; bad files get a message that says what to do."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image

from app.errors import UnsupportedFile
from app.services import form_media
from app.services.form_media import read_answer_file, sniff_media, store_answer_file
from app.store.workspace import Workspace
from tests.integration.conftest import jpeg_bytes


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def _mp4(location: bytes = b"+12.0344-077.0283/") -> bytes:
    """A synthetic MP4: ftyp, moov (with mvhd and a udta holding a place, as phones write it), mdat."""
    udta = _box(b"udta", _box(b"\xa9xyz", location) + _box(b"\xa9mak", b"CanaryPhone"))
    moov = _box(b"moov", _box(b"mvhd", bytes(100)) + udta)
    return _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + moov + _box(b"mdat", b"\x01" * 400)


def test_a_photo_is_stored_encrypted_without_exif_and_scaled_to_max_pixels(ws: Workspace) -> None:
    raw = jpeg_bytes(3000, 2000, exif_gps=True, artist="Canary Artist")
    stored = store_answer_file(ws, raw, "/home/someone/DCIM/IMG_0001.jpg", mediatype="image/*", max_pixels=1024)
    assert stored.name.endswith(".jpg") and "/" not in stored.name and "IMG" not in stored.name
    assert (stored.width, stored.height) == (1024, 683)
    assert stored.meta() == {
        "hash": stored.hash,
        "mime": "image/jpeg",
        "size": stored.size,
        "width": 1024,
        "height": 683,
    }
    back = read_answer_file(ws, stored.meta())
    assert len(back) == stored.size
    with Image.open(io.BytesIO(back)) as image:
        assert image.size == (1024, 683)
        assert not image.getexif()
    assert b"Canary Artist" not in back and b"CanaryCam" not in back
    on_disk = ws.vault.path_for_address(ws.vault.address(stored.hash)).read_bytes()
    assert back[:64] not in on_disk and b"Canary Artist" not in on_disk  # encrypted at rest


def test_a_signature_arrives_as_png_and_stays_lossless(ws: Workspace) -> None:
    image = Image.new("RGBA", (400, 150), (0, 0, 0, 0))
    for x in range(20, 380):
        image.putpixel((x, 75 + (x % 20) - 10), (0, 0, 0, 255))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    stored = store_answer_file(ws, buf.getvalue(), "signature.png", mediatype="image/*", source="signature")
    assert stored.mime == "image/png" and stored.name.endswith(".png")
    assert (stored.width, stored.height) == (400, 150)


def test_an_opaque_drawing_stays_png_while_a_photo_of_the_same_pixels_becomes_jpeg(ws: Workspace) -> None:
    # The drawing window hands over white paper with ink (RGB, no alpha): JPEG would blur the lines.
    image = Image.new("RGB", (300, 120), "white")
    for x in range(10, 290):
        image.putpixel((x, 60), (0, 0, 0))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    drawn = store_answer_file(ws, buf.getvalue(), "drawing.png", mediatype="image/*", source="drawing")
    assert drawn.mime == "image/png"
    with Image.open(io.BytesIO(read_answer_file(ws, drawn.meta()))) as back:
        assert back.getpixel((150, 60)) == (0, 0, 0) and back.getpixel((150, 20)) == (255, 255, 255)
    chosen = store_answer_file(ws, buf.getvalue(), "paper.png", mediatype="image/*", source="file")
    assert chosen.mime == "image/jpeg"


def test_two_files_never_get_the_same_name(ws: Workspace) -> None:
    names = {form_media.answer_file_name("image/jpeg") for _ in range(50)}
    assert len(names) == 50


def test_a_recording_keeps_playing_but_loses_the_place_and_device(ws: Workspace) -> None:
    raw = _mp4()
    assert sniff_media(raw) == "video/mp4"
    stored = store_answer_file(ws, raw, "clip.mp4", mediatype="video/*", source="camera")
    back = read_answer_file(ws, stored.meta())
    assert stored.mime == "video/mp4" and stored.name.endswith(".mp4")
    assert len(back) == len(raw)  # offsets into mdat unchanged
    assert b"+12.0344" not in back and b"CanaryPhone" not in back
    assert back[-400:] == b"\x01" * 400 and b"free" in back and b"mvhd" in back
    audio = store_answer_file(ws, raw, "voice.m4a", mediatype="audio/*", source="microphone")
    assert audio.mime == "audio/mp4" and audio.name.endswith(".m4a")


def test_mp3_tags_are_removed(ws: Workspace) -> None:
    tag = b"TIT2" + struct.pack(">I", 12) + b"\x00\x00" + b"\x00CanaryTitle"
    header = b"ID3\x03\x00\x00" + bytes([0, 0, 0, len(tag)])
    frames = b"\xff\xfb\x90\x00" + bytes(413)
    stored = store_answer_file(ws, header + tag + frames, "a.mp3", mediatype="audio/*")
    back = read_answer_file(ws, stored.meta())
    assert stored.mime == "audio/mpeg" and back == frames


def test_a_file_question_takes_pdfs_office_documents_and_text(ws: Workspace) -> None:
    text = store_answer_file(ws, b"name,count\nwater,3\n", "list.csv", mediatype="")
    assert text.mime == "text/csv" and text.name.endswith(".csv")
    docx = store_answer_file(ws, b"PK\x03\x04" + bytes(200), "report.docx", mediatype="application/*")
    assert docx.name.endswith(".docx")
    photo = store_answer_file(ws, jpeg_bytes(200, 100, exif_gps=True), "x.jpg", mediatype="")
    assert photo.mime == "image/jpeg" and photo.width == 200


@pytest.mark.parametrize(
    ("data", "filename", "mediatype", "words"),
    [
        (b"", "empty.jpg", "image/*", "empty"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 50, "broken.jpg", "image/*", "damaged"),
        (b"hello, not a picture", "note.jpg", "image/*", "not a supported image"),
        (b"MZ\x90\x00" + bytes(100), "setup.exe", "", "program"),
        (b"\x00\x01\x02\x03" * 40, "blob.bin", "", "not a kind of file"),
        (jpeg_bytes(100, 100), "photo.jpg", "audio/*", "not a sound recording"),
        (b"just text", "voice.m4a", "audio/*", "not a sound recording this laptop can read"),
        (_mp4(), "clip.mp4", "image/*", "not a supported image"),
    ],
)
def test_bad_files_are_refused_with_a_message_that_says_what_to_do(
    ws: Workspace, data: bytes, filename: str, mediatype: str, words: str
) -> None:
    with pytest.raises(UnsupportedFile, match=words) as err:
        store_answer_file(ws, data, filename, mediatype=mediatype)
    assert "/" not in str(err.value).split(" is ")[0]


def test_a_file_too_large_is_refused_before_anything_is_stored(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(form_media, "MAX_FORM_FILE_BYTES", 1000)
    before = sum(1 for _ in ws.vault.all_addresses())
    with pytest.raises(UnsupportedFile, match="larger than .* shorter clip"):
        store_answer_file(ws, _mp4() + bytes(2000), "long.mp4", mediatype="video/*")
    assert sum(1 for _ in ws.vault.all_addresses()) == before


def test_a_missing_blob_is_a_message_not_a_traceback(ws: Workspace) -> None:
    with pytest.raises(UnsupportedFile, match="attach it again"):
        read_answer_file(ws, {"hash": "ab" * 32})
