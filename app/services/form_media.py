"""The files of media questions (image, audio, video, file; signature, draw, annotate) while a form
is filled: validated, cleaned and written straight into the encrypted vault.

A photo, recording or drawing never touches the disk in plaintext: the bytes arrive in memory (a
chosen file read with `read_attachment_file`, a camera frame, a drawing as PNG), are cleaned in
memory and go to the vault (encrypted, atomic). The form's answer is only a file name, as ODK
Collect writes it (``1733558000123.jpg``); `FormInstance.files` maps that name to the blob, the
draft holds those references, and on submit each becomes an Attachment row of kind ``form_file``
(app/services/forms.py) that syncs to HQ like a scan.

Cleaning, by what the file is (sniffed from its bytes, never from its name):
* images go through the same ingest as case photos (app/store/images.py): orientation applied,
  every metadata block dropped, re-encoded, scaled so the longer side is at most the question's
  `max-pixels`;
* PDF documents (a `file` question) are rewritten as case scans are (app/services/attachments.py);
* MP4/MOV/3GP/M4A recordings have their user-data and metadata boxes (where phones write the
  place, the device and the owner) blanked in place, so the file still plays; MP3 ID3 tags are
  removed; other audio and video is stored as it came (the sizes are checked, the type sniffed);
* programs are refused; a `file` question also takes office documents, archives and plain text.
"""

from __future__ import annotations

import logging
import struct
import threading
import time
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput, UnsupportedFile
from app.services.attachments import MAX_ATTACHMENT_BYTES, check_size, display_name, prepare_pdf
from app.store.images import ingest_image, sniff_mime
from app.store.workspace import Workspace

log = logging.getLogger(__name__)

MAX_FORM_FILE_BYTES = MAX_ATTACHMENT_BYTES  # one answer's file: a few minutes of phone video
SOURCES = ("file", "camera", "microphone", "drawing", "signature", "annotation")
LINE_ART = frozenset({"drawing", "signature"})

_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "audio/mp4": "m4a",
    "audio/mpeg": "mp3",
    "audio/ogg": "ogg",
    "audio/wav": "wav",
    "audio/amr": "amr",
    "audio/flac": "flac",
    "audio/aac": "aac",
    "audio/webm": "weba",
    "audio/3gpp": "3gpp",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/3gpp": "3gp",
    "video/webm": "webm",
    "video/x-matroska": "mkv",
    "video/x-msvideo": "avi",
    "video/ogg": "ogv",
    "application/pdf": "pdf",
    "application/zip": "zip",
    "application/msword": "doc",
    "text/plain": "txt",
    "text/csv": "csv",
}
_OFFICE_BY_EXTENSION = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "xls": "application/vnd.ms-excel",
    "doc": "application/msword",
}
# MP4/QuickTime boxes that hold a recording's metadata (place, device, owner, title): blanked.
_METADATA_BOXES = frozenset({b"udta", b"meta", b"uuid", b"XMP_"})
_CONTAINER_BOXES = frozenset({b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"dinf"})


@dataclass(frozen=True, slots=True)
class AnswerFile:
    """One stored answer file: the answer's value (`name`) and where its bytes are."""

    name: str
    hash: str
    mime: str
    size: int
    width: int | None
    height: int | None

    def meta(self) -> dict[str, Any]:
        """What `FormInstance.add_file` records and the draft keeps."""
        return {"hash": self.hash, "mime": self.mime, "size": self.size, "width": self.width, "height": self.height}


def media_kind(mediatype: str) -> str:
    """image | audio | video | file, from an upload control's mediatype ("image/*", "" ...)."""
    major = mediatype.strip().split("/", 1)[0].lower()
    return major if major in ("image", "audio", "video") else "file"


def store_answer_file(
    ws: Workspace,
    data: bytes,
    filename: str,
    *,
    mediatype: str,
    max_pixels: int | None = None,
    source: str = "file",
) -> AnswerFile:
    """Check and clean one media answer's file, store it in the vault, and name it as the answer.
    Raises UnsupportedFile or InvalidInput with a message for the interviewer; never anything else
    for a bad file. Slow for a large photo (decode, re-encode): call it off the GUI thread."""
    if source not in SOURCES:
        raise InvalidInput(f"Unknown file source '{source}'. Use one of: {', '.join(SOURCES)}.")
    label = display_name(filename)
    kind = media_kind(mediatype)
    check_size(data, label, MAX_FORM_FILE_BYTES, _ADVICE[kind])
    # Line art (a signature, a drawing) stays lossless; an annotated photo is a photo.
    lossless = source in LINE_ART
    payload, mime, width, height = _clean(data, filename, label, kind, max_pixels, lossless=lossless)
    blob = ws.vault.put(payload)
    name = answer_file_name(mime)
    log.info("form answer file stored (%s, %d bytes, from %s)", mime, blob.size, source)
    return AnswerFile(name, blob.sha256_hex, mime, blob.size, width, height)


def read_answer_file(ws: Workspace, meta: dict[str, Any]) -> bytes:
    """The stored bytes of an answer file (for a preview, playback or an export)."""
    sha = meta.get("hash") if isinstance(meta, dict) else None
    if not isinstance(sha, str) or not sha or not ws.vault.exists(sha):
        raise UnsupportedFile(
            "This answer's file is not stored on this laptop (it may not have been synced yet); attach it again."
        )
    return ws.vault.get(sha)


_ADVICE = {
    "image": "take the photo at a lower resolution.",
    "audio": "record a shorter clip, or split the recording.",
    "video": "record a shorter clip or at a lower resolution.",
    "file": "attach a smaller file, or split it.",
}
_lock = threading.Lock()
_last_ms = 0


def answer_file_name(mime: str) -> str:
    """A new answer's file name as ODK Collect makes one (milliseconds since 1970 and the type's
    extension), never the same twice in this process (two files within one millisecond)."""
    global _last_ms  # noqa: PLW0603 - one counter for the process, behind a lock
    with _lock:
        ms = max(int(time.time() * 1000), _last_ms + 1)
        _last_ms = ms
    return f"{ms}.{_EXTENSIONS.get(mime) or _extension_of(mime)}"


def _extension_of(mime: str) -> str:
    for extension, known in _OFFICE_BY_EXTENSION.items():
        if known == mime:
            return extension
    return "bin"


def _clean(
    data: bytes, filename: str, label: str, kind: str, max_pixels: int | None, *, lossless: bool = False
) -> tuple[bytes, str, int | None, int | None]:
    mime = sniff_mime(data)
    if kind in ("audio", "video") and mime is not None and mime.startswith("image/"):
        raise UnsupportedFile(f"{label} is a photo, not {_WANTED[kind]}; choose {_WANTED[kind]}.")
    if kind == "image" or (mime is not None and mime.startswith("image/")):
        image = ingest_image(data, filename=label, max_pixels=max_pixels, lossless=lossless)
        return image.data, image.mime, image.width, image.height
    if mime == "application/pdf":
        if kind != "file":
            raise UnsupportedFile(f"{label} is a PDF document, not {_WANTED[kind]}; choose {_WANTED[kind]}.")
        return prepare_pdf(data, filename), mime, None, None
    media = sniff_media(data)
    if media is None:
        return _other_file(data, filename, label, kind)
    family = media.split("/", 1)[0]
    if kind == "audio" and family == "video" and media in ("video/mp4", "video/3gpp", "video/webm", "video/ogg"):
        media = {"video/mp4": "audio/mp4", "video/3gpp": "audio/3gpp", "video/webm": "audio/webm"}.get(
            media, "audio/ogg"
        )  # the same containers hold recordings alone; phones name them so
        family = "audio"
    if kind in ("audio", "video") and family != kind:
        raise UnsupportedFile(f"{label} is {_WANTED[family]}, not {_WANTED[kind]}; choose {_WANTED[kind]}.")
    return _strip_media_metadata(data, media), media, None, None


_WANTED = {"image": "a photo", "audio": "a sound recording", "video": "a video", "file": "a document"}


def _other_file(data: bytes, filename: str, label: str, kind: str) -> tuple[bytes, str, int | None, int | None]:
    """A `file` question's document that is neither an image, a PDF nor a recording."""
    if data[:2] == b"MZ" or data[:4] in (b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe") or data[:2] == b"#!":
        raise UnsupportedFile(f"{label} is a program; programs cannot be attached to a form.")
    if kind != "file":
        raise UnsupportedFile(
            f"{label} is not {_WANTED[kind]} this laptop can read ({_FORMATS[kind]}); choose another file."
        )
    extension = label.rsplit(".", 1)[-1].lower() if "." in label else ""
    if data[:4] == b"PK\x03\x04":
        return data, _OFFICE_BY_EXTENSION.get(extension, "application/zip"), None, None
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # the old Office format (.doc, .xls)
        return data, _OFFICE_BY_EXTENSION.get(extension, "application/msword"), None, None
    if b"\x00" not in data[:8192]:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return data, "text/csv" if extension == "csv" else "text/plain", None, None
    raise UnsupportedFile(
        f"{label} is not a kind of file a form can hold ({_FORMATS['file']}); save it as one of those and attach it."
    )


_FORMATS = {
    "audio": "M4A, MP3, OGG, WAV, AMR, FLAC, AAC, WebM",
    "video": "MP4, MOV, 3GP, WebM, MKV, AVI",
    "file": "a PDF, photo, recording, office document, ZIP archive or text",
}


def sniff_media(data: bytes) -> str | None:
    """The audio or video type of `data` from its first bytes, or None."""
    head = data[:64]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"M4A ", b"M4B ", b"M4P "):
            return "audio/mp4"
        if brand.startswith(b"3g"):
            return "video/3gpp"
        if brand == b"qt  ":
            return "video/quicktime"
        return "video/mp4"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video/x-msvideo"
    if head[:4] == b"OggS":
        return "video/ogg" if b"theora" in data[:256] else "audio/ogg"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] in (0xFB, 0xF3, 0xF2, 0xFA)):
        return "audio/mpeg"
    if len(head) > 1 and head[0] == 0xFF and head[1] in (0xF1, 0xF9):
        return "audio/aac"
    if head.startswith(b"#!AMR"):
        return "audio/amr"
    if head[:4] == b"fLaC":
        return "audio/flac"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "video/webm" if b"webm" in data[:64] else "video/x-matroska"
    return None


def _strip_media_metadata(data: bytes, mime: str) -> bytes:
    if mime in ("audio/mp4", "video/mp4", "video/quicktime", "video/3gpp", "audio/3gpp"):
        out = bytearray(data)
        _blank_boxes(out, 0, len(out), 0)
        return bytes(out)
    if mime == "audio/mpeg":
        return _strip_id3(data)
    return data


def _blank_boxes(buf: bytearray, start: int, end: int, depth: int) -> None:
    """Turn every metadata box inside [start, end) into a `free` box of zeros, in place: the file
    keeps its size and every offset the player reads (the sample tables point into `mdat`)."""
    pos = start
    while pos + 8 <= end and depth < 8:
        size, box = struct.unpack_from(">I4s", buf, pos)
        header = 8
        if size == 1 and pos + 16 <= end:
            size = struct.unpack_from(">Q", buf, pos + 8)[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            return  # damaged: leave the rest as it is (a player would not read it either)
        if bytes(box) in _METADATA_BOXES:
            buf[pos + 4 : pos + 8] = b"free"
            buf[pos + header : pos + size] = bytes(size - header)
        elif bytes(box) in _CONTAINER_BOXES:
            _blank_boxes(buf, pos + header, pos + size, depth + 1)
        pos += size


def _strip_id3(data: bytes) -> bytes:
    """An MP3 without its ID3 tags (title, artist, comments, pictures: whatever the device wrote)."""
    body = data
    if body[:3] == b"ID3" and len(body) >= 10:
        size = 0
        for byte in body[6:10]:
            size = (size << 7) | (byte & 0x7F)
        footer = 10 if body[5] & 0x10 else 0
        body = body[10 + size + footer :]
    if len(body) >= 128 and body[-128:-125] == b"TAG":
        body = body[:-128]
    return body or data


def store_audit_log(ws: Workspace, data: bytes) -> AnswerFile:
    """A form audit log's CSV (app/forms/audit_log.py) into the vault, named `audit.csv` as ODK
    Collect names it. Not cleaned like an answer's file: this program wrote it. Its size is held
    to the same limit as any form file."""
    from app.forms.audit_log import AUDIT_FILE_NAME

    check_size(data, AUDIT_FILE_NAME, MAX_FORM_FILE_BYTES, _ADVICE["file"])
    blob = ws.vault.put(data)
    log.info("form audit log stored (%d bytes)", blob.size)
    return AnswerFile(AUDIT_FILE_NAME, blob.sha256_hex, "text/csv", blob.size, None, None)
