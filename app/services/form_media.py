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
  removed;
* Ogg recordings (Vorbis, Opus, Speex, Theora video, FLAC in Ogg) keep each comment header's
  vendor string and lose every user comment (a picture included), in place: the packet keeps its
  length, zeros after the empty list, and the checksum of each page touched is computed again;
  FLAC-in-Ogg comment and picture blocks become padding;
* FLAC keeps only its STREAMINFO, SEEKTABLE and CUESHEET blocks (comments, pictures, application
  data and padding are dropped; the last kept block is marked last); the audio frames are copied;
* WAV keeps only its fmt, fact and data chunks (LIST/INFO, bext, iXML, XMP, ID3 ... dropped);
* WebM and Matroska have the segment's title and date, the tags, the attachments (cover art, any
  file), each track's name and the seek entries pointing at tags or attachments turned into Void
  elements of the same length, so every offset stays right. Kept there: the muxing and writing
  application names (the format requires them), chapters, and whatever a codec carries inside its
  own frames;
* other audio and video (AMR, AAC, AVI, 3GPP without boxes) is stored as it came (the sizes are
  checked, the type sniffed); so is an Ogg file whose pages do not parse from start to end, or a
  FLAC file whose block chain is damaged (a player would not read them either);
* programs are refused; a `file` question also takes office documents, archives and plain text;
* an `osm` question's OpenStreetMap file (the tag editor's, or OpenMapKit's or JOSM's) is parsed
  safely, must hold a tagged feature, and is written again without the mapper's account names
  (app/forms/osm.py).
"""

from __future__ import annotations

import logging
import struct
import threading
import time
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput, UnsupportedFile
from app.forms import osm
from app.services.attachments import MAX_ATTACHMENT_BYTES, check_size, display_name, prepare_pdf
from app.store.images import ingest_image, sniff_mime
from app.store.workspace import Workspace

log = logging.getLogger(__name__)

MAX_FORM_FILE_BYTES = MAX_ATTACHMENT_BYTES  # one answer's file: a few minutes of phone video
SOURCES = ("file", "camera", "microphone", "drawing", "signature", "annotation", "tags")
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
    osm.OSM_MIME: "osm",
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
    """image | audio | video | osm | file, from an upload control's mediatype ("image/*", "" ...)."""
    major = mediatype.strip().split("/", 1)[0].lower()
    return major if major in ("image", "audio", "video", "osm") else "file"


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
    if kind == "osm":
        payload = osm.clean_osm(data)
        blob = ws.vault.put(payload)
        log.info("form OSM answer file stored (%d bytes, from %s)", blob.size, source)
        return AnswerFile(answer_file_name(osm.OSM_MIME), blob.sha256_hex, osm.OSM_MIME, blob.size, None, None)
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
    "osm": "tag a single feature in OpenMapKit or JOSM and save it again.",
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
    if mime in ("audio/ogg", "video/ogg"):
        return _blank_ogg_comments(data)
    if mime == "audio/flac":
        return _strip_flac_metadata(data)
    if mime == "audio/wav":
        return _strip_wav_chunks(data)
    if mime in ("video/webm", "audio/webm", "video/x-matroska"):
        out = bytearray(data)
        _void_matroska(out, 0, len(out), 0)
        return bytes(out)
    return data


# ----- Ogg (Vorbis, Opus, Theora, Speex, FLAC in Ogg) ------------------------------------------------
def _ogg_crc_table() -> list[int]:
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else (r << 1)
        table.append(r & 0xFFFFFFFF)
    return table


_OGG_CRC = _ogg_crc_table()


def _ogg_crc(page: bytes | bytearray) -> int:
    """An Ogg page's checksum (CRC-32, polynomial 0x04C11DB7, no reflection, over the page with its
    checksum field as zeros)."""
    crc = 0
    table = _OGG_CRC
    for i, byte in enumerate(page):
        if 22 <= i < 26:
            byte = 0
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[((crc >> 24) ^ byte) & 0xFF]
    return crc


@dataclass(slots=True)
class _OggPage:
    start: int  # offset of "OggS"
    end: int
    body: int  # offset of the first data byte
    flags: int
    serial: int
    lacing: bytes


def _ogg_pages(data: bytes | bytearray) -> list[_OggPage] | None:
    """The pages of an Ogg file in order, or None when it is not one from start to end."""
    pages: list[_OggPage] = []
    pos = 0
    while pos < len(data):
        if data[pos : pos + 4] != b"OggS" or pos + 27 > len(data):
            return None
        flags, serial, count = data[pos + 5], struct.unpack_from("<I", data, pos + 14)[0], data[pos + 26]
        lacing = bytes(data[pos + 27 : pos + 27 + count])
        body = pos + 27 + count
        end = body + sum(lacing)
        if len(lacing) != count or end > len(data):
            return None
        pages.append(_OggPage(pos, end, body, flags, serial, lacing))
        pos = end
    return pages


# The packet that carries a codec's comments (tags), by the magic of a stream's first packet: the
# second packet, with its magic and whether a Vorbis framing bit follows the comment list.
_OGG_COMMENTS = {
    b"\x01vorbis": (b"\x03vorbis", True),
    b"OpusHead": (b"OpusTags", False),
    b"\x80theora": (b"\x81theora", False),
    b"Speex   ": (b"", False),
}
_OGG_HEADER_PACKETS = 64  # no codec has more header packets than this (FLAC in Ogg: its metadata blocks)


def _blank_ogg_comments(data: bytes) -> bytes:
    """Every logical stream's comment header with no user comments (the vendor string stays), and
    FLAC-in-Ogg comment and picture blocks turned to padding, in place: each packet keeps its length
    (the freed bytes are zeros after the list, which decoders skip), so pages, granule positions and
    sequence numbers stay; the checksum of every page touched is computed again. A file that is not
    Ogg from start to end is stored as it came."""
    pages = _ogg_pages(data)
    if not pages:
        return data
    out = bytearray(data)
    touched: set[int] = set()
    # Each stream's first packets, as spans of the file: [(page index, start, length), ...].
    packets: dict[int, list[list[tuple[int, int, int]]]] = {}
    open_packet: dict[int, list[tuple[int, int, int]]] = {}
    for index, page in enumerate(pages):
        done = packets.setdefault(page.serial, [])
        if len(done) >= _OGG_HEADER_PACKETS:
            continue
        current = open_packet.setdefault(page.serial, [])
        if not page.flags & 0x01:
            current.clear()  # a page that does not continue a packet starts a new one
        at = page.body
        for size in page.lacing:
            if size:
                current.append((index, at, size))
            at += size
            if size < 255:
                done.append(list(current))
                current.clear()
    for spans in packets.values():
        if not spans:
            continue
        first = _gather(out, spans[0])
        for i, packet_spans in enumerate(spans[1:], start=1):
            packet = _gather(out, packet_spans)
            cleaned, more = _clean_ogg_header(first, i, packet)
            if cleaned != packet:
                _scatter(out, packet_spans, cleaned)
                touched.update(p for p, _, _ in packet_spans)
            if not more:
                break
    for index in touched:
        page = pages[index]
        struct.pack_into("<I", out, page.start + 22, _ogg_crc(out[page.start : page.end]))
    return bytes(out)


def _gather(buf: bytearray, spans: list[tuple[int, int, int]]) -> bytes:
    return b"".join(bytes(buf[start : start + size]) for _, start, size in spans)


def _scatter(buf: bytearray, spans: list[tuple[int, int, int]], packet: bytes) -> None:
    at = 0
    for _, start, size in spans:
        buf[start : start + size] = packet[at : at + size]
        at += size


def _clean_ogg_header(first: bytes, index: int, packet: bytes) -> tuple[bytes, bool]:
    """Header packet `index` of a stream whose first packet is `first`, without user comments,
    and whether more header packets may follow that hold some."""
    if first.startswith(b"\x7fFLAC"):
        # FLAC in Ogg: after the first packet, one metadata block per packet until the last one.
        if not packet or packet[0] & 0x7F == 0x7F:
            return packet, False  # an audio frame (0xFF...), or not a block
        more = not packet[0] & 0x80
        if packet[0] & 0x7F in (4, 6):  # VORBIS_COMMENT, PICTURE: padding of the same length
            return bytes([(packet[0] & 0x80) | 1]) + bytes(len(packet) - 1), more
        return packet, more
    for magic, (comment_magic, framing) in _OGG_COMMENTS.items():
        if first.startswith(magic):
            if index == 1 and packet.startswith(comment_magic):
                return _blank_vorbis_comment(packet, len(comment_magic), framing), False
            return packet, False
    return packet, False


def _blank_vorbis_comment(packet: bytes, at: int, framing: bool) -> bytes:
    """A Vorbis comment list (vendor, count, comments) starting at `at` with no comments and the
    same length; the packet unchanged when it is not one."""
    if at + 8 > len(packet):
        return packet
    vendor = struct.unpack_from("<I", packet, at)[0]
    count_at = at + 4 + vendor
    if count_at + 4 > len(packet):
        return packet
    tail = count_at + 4
    cleaned = bytearray(packet[:tail]) + bytes(len(packet) - tail)
    struct.pack_into("<I", cleaned, count_at, 0)
    if framing and tail < len(cleaned):
        cleaned[tail] = 0x01  # the framing bit right after the (empty) list
    return bytes(cleaned)


# ----- FLAC ----------------------------------------------------------------------------------------
_FLAC_KEPT_BLOCKS = frozenset({0, 3, 5})  # STREAMINFO, SEEKTABLE (offsets from the first frame), CUESHEET


def _strip_flac_metadata(data: bytes) -> bytes:
    """A FLAC file with only its STREAMINFO, SEEKTABLE and CUESHEET blocks: comments (tags),
    pictures, application data and padding dropped, the last kept block marked last. The audio
    frames are copied as they are. A damaged block chain is stored as it came."""
    if data[:4] != b"fLaC":
        return data
    pos = 4
    kept: list[bytes] = []
    while True:
        if pos + 4 > len(data):
            return data
        header = data[pos]
        size = int.from_bytes(data[pos + 1 : pos + 4], "big")
        end = pos + 4 + size
        if end > len(data) or header & 0x7F == 0x7F:
            return data
        if header & 0x7F in _FLAC_KEPT_BLOCKS:
            kept.append(bytes([header & 0x7F]) + data[pos + 1 : end])
        pos = end
        if header & 0x80:
            break
    if not kept or kept[0][0] != 0:
        return data  # STREAMINFO must come first
    kept[-1] = bytes([kept[-1][0] | 0x80]) + kept[-1][1:]
    return b"fLaC" + b"".join(kept) + data[pos:]


# ----- WAV -----------------------------------------------------------------------------------------
_WAV_KEPT_CHUNKS = frozenset({b"fmt ", b"fact", b"data"})


def _strip_wav_chunks(data: bytes) -> bytes:
    """A WAV file with only its format, fact and sample chunks: LIST (INFO: title, artist, date,
    software; adtl labels), bext (originator, date), iXML, XMP, ID3 and any other chunk dropped. A
    data chunk whose size runs past the end (a recorder stopped early) keeps what there is."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return data
    pos = 12
    kept = bytearray()
    found: set[bytes] = set()
    while pos + 8 <= len(data):
        chunk, size = data[pos : pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        end = min(pos + 8 + size, len(data))
        if chunk in _WAV_KEPT_CHUNKS:
            found.add(chunk)
            body = data[pos + 8 : end]
            kept += chunk + struct.pack("<I", len(body)) + body
            if len(body) % 2:
                kept += b"\x00"  # chunks start on even offsets
        pos = end + (size % 2)
    if not {b"data", b"fmt "} <= found:
        return data
    return b"RIFF" + struct.pack("<I", 4 + len(kept)) + b"WAVE" + bytes(kept)


# ----- Matroska and WebM ----------------------------------------------------------------------------
_EBML_SEGMENT = 0x18538067
_EBML_CLUSTER = 0x1F43B675
_EBML_VOID = 0xEC
# Blanked wherever they are found: the file's title and date, its tags, its attachments (cover art,
# any file), a track's name, and the seek entries that point at tags or attachments.
_EBML_DROPPED = frozenset({0x7BA9, 0x4461, 0x1254C367, 0x1941A469, 0x536E})
_EBML_DROPPED_SEEK_IDS = frozenset({bytes.fromhex("1254C367"), bytes.fromhex("1941A469")})
# Walked into: the segment, its info and tracks, each track, the seek head and its entries.
_EBML_MASTERS = frozenset({_EBML_SEGMENT, 0x1549A966, 0x1654AE6B, 0xAE, 0x114D9B74})
_EBML_SEEK = 0x4DBB
_EBML_SEEK_ID = 0x53AB
_EBML_LEVEL1 = frozenset(
    {0x114D9B74, 0x1549A966, 0x1654AE6B, 0x1C53BB6B, _EBML_CLUSTER, 0x1043A770, 0x1254C367, 0x1941A469}
)


def _ebml_vint(buf: bytes | bytearray, pos: int, *, keep_marker: bool) -> tuple[int, int, bool] | None:
    """(value, length, all ones) of the variable-length integer at pos; None when it is not one."""
    if pos >= len(buf) or buf[pos] == 0:
        return None
    first = buf[pos]
    length = 8 - first.bit_length() + 1
    if pos + length > len(buf) or (keep_marker and length > 4):  # an element ID has at most 4 bytes
        return None
    value = first if keep_marker else first & ((1 << (8 - length)) - 1)
    for byte in buf[pos + 1 : pos + length]:
        value = (value << 8) | byte
    unknown = not keep_marker and value == (1 << (7 * length)) - 1
    return value, length, unknown


def _ebml_void(buf: bytearray, start: int, end: int) -> None:
    """Turn [start, end) into one Void element of zeros (the same length: every offset the seek
    head and the cues hold stays right)."""
    total = end - start
    if total < 2:
        return
    n = min(8, total - 1)
    size = total - 1 - n
    buf[start] = _EBML_VOID
    buf[start + 1 : start + 1 + n] = ((1 << (7 * n)) | size).to_bytes(n, "big")
    buf[start + 1 + n : end] = bytes(size)


def _void_matroska(buf: bytearray, start: int, end: int, depth: int) -> None:
    """Blank the metadata elements inside [start, end) in place (see _EBML_DROPPED)."""
    pos = start
    while pos < end and depth < 6:
        ident = _ebml_vint(buf, pos, keep_marker=True)
        if ident is None:
            return
        size = _ebml_vint(buf, pos + ident[1], keep_marker=False)
        if size is None:
            return
        element, data_at = ident[0], pos + ident[1] + size[1]
        if size[2]:  # unknown size: a live recording's segment, or a cluster
            if element == _EBML_SEGMENT:
                _void_matroska(buf, data_at, end, depth + 1)
                return
            if element != _EBML_CLUSTER:
                return
            pos = _skip_unknown_cluster(buf, data_at, end)
            continue
        element_end = data_at + size[0]
        if element_end > end:
            element_end = end  # a truncated file: what there is
        if element in _EBML_DROPPED or (element == _EBML_SEEK and _seek_target(buf, data_at, element_end)):
            _ebml_void(buf, pos, element_end)
        elif element in _EBML_MASTERS:
            _void_matroska(buf, data_at, element_end, depth + 1)
        pos = element_end


def _seek_target(buf: bytearray, start: int, end: int) -> bool:
    """Whether the seek entry in [start, end) points at tags or attachments."""
    pos = start
    while pos < end:
        ident = _ebml_vint(buf, pos, keep_marker=True)
        size = _ebml_vint(buf, pos + ident[1], keep_marker=False) if ident is not None else None
        if ident is None or size is None:
            return False
        data_at = pos + ident[1] + size[1]
        if ident[0] == _EBML_SEEK_ID:
            return bytes(buf[data_at : data_at + size[0]]) in _EBML_DROPPED_SEEK_IDS
        pos = data_at + size[0]
    return False


def _skip_unknown_cluster(buf: bytearray, pos: int, end: int) -> int:
    """The end of a cluster of unknown size: where the next top-level element starts."""
    while pos < end:
        ident = _ebml_vint(buf, pos, keep_marker=True)
        size = _ebml_vint(buf, pos + ident[1], keep_marker=False) if ident is not None else None
        if ident is None or size is None or size[2] or ident[0] in _EBML_LEVEL1:
            return pos if ident is not None and ident[0] in _EBML_LEVEL1 else end
        pos += ident[1] + size[1] + size[0]
    return end


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
