"""Recordings lose their metadata beyond MP4, MP3 and WAV-as-before (issue 23): Ogg Vorbis, Opus and
Theora comment headers keep the vendor and no user comment, FLAC keeps STREAMINFO, SEEKTABLE and
CUESHEET only, WAV keeps fmt, fact and data only, WebM and Matroska have their title, date, tags,
attachments and track names blanked as Void elements. Every file is synthetic, built here byte by
byte, and the result is checked by parsers written here (Ogg pages and their CRC-32 computed bit by
bit, not with the service's table; the FLAC block chain walked to the audio frames; EBML walked
element by element; WAV read back with the standard library's `wave`). No decoder is installed on
this machine (no ffprobe, no soundfile)."""

from __future__ import annotations

import io
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import form_media
from app.services.form_media import _strip_media_metadata, sniff_media, store_answer_file
from app.store.workspace import Workspace

SECRET = "GPS=-12.0464,-77.0428 phone of Rosa Synthmeta"


# ----- Ogg -------------------------------------------------------------------------------------------
def crc_bitwise(page: bytes) -> int:
    """Ogg's CRC-32 (polynomial 0x04C11DB7, MSB first, init 0, no final xor), bit by bit."""
    crc = 0
    for byte in page:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) & 0xFFFFFFFF if crc & 0x80000000 else (crc << 1) & 0xFFFFFFFF
    return crc


def ogg_page(serial: int, seq: int, granule: int, flags: int, lacing: list[int], body: bytes) -> bytes:
    header = b"OggS" + bytes([0, flags]) + struct.pack("<qIII", granule, serial, seq, 0) + bytes([len(lacing)])
    page = bytearray(header + bytes(lacing) + body)
    struct.pack_into("<I", page, 22, crc_bitwise(bytes(page)))
    return bytes(page)


def ogg_stream(serial: int, header_packets: list[bytes], audio: list[bytes], max_segments: int = 255) -> list[bytes]:
    """Pages as an encoder writes them: the first packet alone on the first page, the other headers
    from the second page on (finishing their last page), then the audio packets."""
    pages: list[bytes] = []
    seq = 0

    def paginate(packets: list[bytes], granule: int, first_flags: int) -> None:
        nonlocal seq
        lacing: list[int] = []
        body = b""
        flags = first_flags
        for packet in packets:
            values = [255] * (len(packet) // 255) + [len(packet) % 255]
            at = 0
            for k, v in enumerate(values):
                if len(lacing) == max_segments:  # the page is full: the packet goes on on the next
                    pages.append(ogg_page(serial, seq, -1, flags, lacing, body))
                    seq, lacing, body = seq + 1, [], b""
                    flags = 0x01 if k > 0 else 0  # continued: this page begins inside a packet
                lacing.append(v)
                body += packet[at : at + v]
                at += v
        pages.append(ogg_page(serial, seq, granule, flags, lacing, body))
        seq += 1

    paginate(header_packets[:1], 0, 0x02)
    paginate(header_packets[1:], 0, 0)
    for i, packet in enumerate(audio):
        paginate([packet], 960 * (i + 1), 0x04 if i == len(audio) - 1 else 0)
    return pages


@dataclass
class Page:
    flags: int
    granule: int
    serial: int
    seq: int
    lacing: bytes
    body: bytes
    crc_ok: bool


def read_pages(data: bytes) -> list[Page]:
    pages, pos = [], 0
    while pos < len(data):
        assert data[pos : pos + 4] == b"OggS", f"no page at {pos}"
        flags = data[pos + 5]
        granule, serial, seq, crc = struct.unpack_from("<qIII", data, pos + 6)
        count = data[pos + 26]
        lacing = data[pos + 27 : pos + 27 + count]
        end = pos + 27 + count + sum(lacing)
        assert end <= len(data)
        raw = bytearray(data[pos:end])
        raw[22:26] = b"\0\0\0\0"
        pages.append(
            Page(flags, granule, serial, seq, lacing, data[pos + 27 + count : end], crc_bitwise(bytes(raw)) == crc)
        )
        pos = end
    return pages


def packets_of(pages: list[Page], serial: int) -> list[bytes]:
    out, current = [], b""
    for page in (p for p in pages if p.serial == serial):
        at = 0
        for v in page.lacing:
            current += page.body[at : at + v]
            at += v
            if v < 255:
                out.append(current)
                current = b""
    return out


def vorbis_comment(vendor: bytes, comments: list[bytes]) -> bytes:
    return (
        struct.pack("<I", len(vendor))
        + vendor
        + struct.pack("<I", len(comments))
        + b"".join(struct.pack("<I", len(c)) + c for c in comments)
    )


def read_comment_list(packet: bytes, at: int) -> tuple[bytes, list[bytes], int]:
    (n,) = struct.unpack_from("<I", packet, at)
    vendor = packet[at + 4 : at + 4 + n]
    at += 4 + n
    (count,) = struct.unpack_from("<I", packet, at)
    at += 4
    comments = []
    for _ in range(count):
        (length,) = struct.unpack_from("<I", packet, at)
        comments.append(packet[at + 4 : at + 4 + length])
        at += 4 + length
    return vendor, comments, at


VORBIS_ID = b"\x01vorbis" + struct.pack("<IBIiii", 0, 1, 16000, 0, 32000, 0) + bytes([0xB8, 0x01])
VORBIS_SETUP = b"\x05vorbis" + bytes(range(256)) * 3 + b"\x01"
OPUS_HEAD = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 48000, 0, 0)
COMMENTS = [
    b"TITLE=Interview with the Synthmeta family",
    f"LOCATION={SECRET}".encode(),
    b"METADATA_BLOCK_PICTURE=" + b"QUJD" * 20000,  # cover art, base64: spans many pages
]


def _audio(n: int) -> list[bytes]:
    return [bytes((i * 7 + j) % 251 for j in range(180 + i * 13)) for i in range(n)]


def _check_ogg(before: bytes, after: bytes, serial: int, comment_magic: bytes, framing: bool) -> None:
    assert len(after) == len(before)
    old, new = read_pages(before), read_pages(after)
    assert all(p.crc_ok for p in new), "a page's CRC was not computed again"
    assert [(p.flags, p.granule, p.serial, p.seq, p.lacing) for p in new] == [
        (p.flags, p.granule, p.serial, p.seq, p.lacing) for p in old
    ]
    old_packets, new_packets = packets_of(old, serial), packets_of(new, serial)
    assert [len(p) for p in new_packets] == [len(p) for p in old_packets]
    assert new_packets[0] == old_packets[0]
    comment = new_packets[1]
    assert comment.startswith(comment_magic)
    vendor, comments, end = read_comment_list(comment, len(comment_magic))
    assert vendor == read_comment_list(old_packets[1], len(comment_magic))[0]  # the vendor string stays
    assert comments == []
    if framing:
        assert comment[end] & 1  # the framing bit a Vorbis decoder checks
    assert new_packets[2:] == old_packets[2:]  # setup and audio untouched
    assert SECRET.encode() not in after and b"Synthmeta" not in after and b"QUJDQUJD" not in after


def test_an_ogg_vorbis_recording_keeps_its_vendor_and_loses_its_comments() -> None:
    comment = b"\x03vorbis" + vorbis_comment(b"Xiph.Org libVorbis I 20200704", COMMENTS) + b"\x01"
    data = b"".join(ogg_stream(0x5EC12E7, [VORBIS_ID, comment, VORBIS_SETUP], _audio(12)))
    assert sniff_media(data) == "audio/ogg"
    assert SECRET.encode() in data
    after = _strip_media_metadata(data, "audio/ogg")
    _check_ogg(data, after, 0x5EC12E7, b"\x03vorbis", framing=True)
    assert _strip_media_metadata(after, "audio/ogg") == after  # nothing more to take


def test_an_opus_recording_keeps_its_vendor_and_loses_its_tags_and_extra_data() -> None:
    tags = b"OpusTags" + vorbis_comment(b"libopus 1.4", COMMENTS) + b"\x01private binary data"
    data = b"".join(ogg_stream(77, [OPUS_HEAD, tags], _audio(20)))
    after = _strip_media_metadata(data, "audio/ogg")
    _check_ogg(data, after, 77, b"OpusTags", framing=False)
    packet = packets_of(read_pages(after), 77)[1]
    end = read_comment_list(packet, 8)[2]
    assert not packet[end] & 1 and b"private" not in after  # what followed is padding now


def test_a_theora_video_with_vorbis_sound_loses_both_streams_comments() -> None:
    theora_id = b"\x80theora" + bytes([3, 2, 1]) + bytes(35)
    theora_comment = b"\x81theora" + vorbis_comment(b"Xiph.Org libtheora 1.1", COMMENTS[:2])
    theora_setup = b"\x82theora" + bytes(range(200))
    video = ogg_stream(1, [theora_id, theora_comment, theora_setup], _audio(4))
    vorbis_comment_packet = b"\x03vorbis" + vorbis_comment(b"Xiph.Org libVorbis", COMMENTS[1:2]) + b"\x01"
    sound = ogg_stream(2, [VORBIS_ID, vorbis_comment_packet, VORBIS_SETUP], _audio(4))
    # both first pages first, as a muxer writes them, then the rest interleaved
    data = video[0] + sound[0] + b"".join(page for pair in zip(video[1:], sound[1:], strict=False) for page in pair)
    assert sniff_media(data) == "video/ogg"
    after = _strip_media_metadata(data, "video/ogg")
    _check_ogg(data, after, 1, b"\x81theora", framing=False)
    _check_ogg(data, after, 2, b"\x03vorbis", framing=True)


def test_a_damaged_ogg_file_is_kept_as_it_came() -> None:
    comment = b"\x03vorbis" + vorbis_comment(b"v", COMMENTS[:2]) + b"\x01"
    data = b"".join(ogg_stream(3, [VORBIS_ID, comment, VORBIS_SETUP], _audio(3)))
    cut = data[: len(data) - 40]  # the last page runs past the end
    assert _strip_media_metadata(cut, "audio/ogg") == cut


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    comments=st.lists(st.binary(min_size=0, max_size=900), max_size=6),
    vendor=st.binary(max_size=40),
    max_segments=st.integers(min_value=1, max_value=255),
    audio=st.integers(min_value=1, max_value=6),
    opus=st.booleans(),
)
def test_property_any_comment_header_on_any_pages_is_blanked_and_stays_well_formed(
    comments: list[bytes], vendor: bytes, max_segments: int, audio: int, opus: bool
) -> None:
    marked = [b"K=" + SECRET.encode() + c for c in comments]
    if opus:
        headers = [OPUS_HEAD, b"OpusTags" + vorbis_comment(vendor, marked)]
        magic = b"OpusTags"
    else:
        headers = [VORBIS_ID, b"\x03vorbis" + vorbis_comment(vendor, marked) + b"\x01", VORBIS_SETUP]
        magic = b"\x03vorbis"
    data = b"".join(ogg_stream(9, headers, _audio(audio), max_segments=max_segments))
    after = _strip_media_metadata(data, "audio/ogg")
    _check_ogg(data, after, 9, magic, framing=not opus)


# ----- FLAC ------------------------------------------------------------------------------------------
def flac_block(kind: int, body: bytes, last: bool = False) -> bytes:
    return bytes([kind | (0x80 if last else 0)]) + len(body).to_bytes(3, "big") + body


STREAMINFO = struct.pack(">HH", 4096, 4096) + bytes(6) + bytes([0x0B, 0xB8, 0x00, 0xF0]) + bytes(4) + bytes(16)
SEEKTABLE = struct.pack(">QQH", 0, 0, 4096)
PICTURE = struct.pack(">II", 3, 10) + b"image/jpeg" + struct.pack(">I", 0) + struct.pack(">IIIII", 1, 1, 24, 0, 5000)
FRAMES = b"".join(bytes([0xFF, 0xF8, 0x69, 0x08, i]) + bytes((i * 31 + j) % 256 for j in range(700)) for i in range(5))


def walk_flac(data: bytes) -> tuple[list[int], int]:
    """The block types in order and where the frames start, walking the chain to its last block."""
    assert data[:4] == b"fLaC"
    pos, kinds = 4, []
    while True:
        header = data[pos]
        kinds.append(header & 0x7F)
        pos += 4 + int.from_bytes(data[pos + 1 : pos + 4], "big")
        assert pos <= len(data)
        if header & 0x80:
            return kinds, pos


def test_flac_keeps_streaminfo_and_seektable_and_drops_comments_pictures_and_padding() -> None:
    comment = vorbis_comment(b"reference libFLAC 1.4.3", COMMENTS[:2])
    data = (
        b"fLaC"
        + flac_block(0, STREAMINFO)
        + flac_block(4, comment)
        + flac_block(6, PICTURE + SECRET.encode() + bytes(5000 - len(SECRET)))
        + flac_block(2, b"riff" + SECRET.encode())  # APPLICATION: anything at all
        + flac_block(3, SEEKTABLE)
        + flac_block(1, bytes(8192), last=True)
        + FRAMES
    )
    assert sniff_media(data) == "audio/flac" and walk_flac(data)[0] == [0, 4, 6, 2, 3, 1]
    after = _strip_media_metadata(data, "audio/flac")
    kinds, frames_at = walk_flac(after)
    assert kinds == [0, 3]  # the last-block flag moved to the seek table
    assert after[frames_at:] == FRAMES and after[frames_at : frames_at + 2] == b"\xff\xf8"
    assert after[8 : 8 + len(STREAMINFO)] == STREAMINFO
    assert SECRET.encode() not in after and b"libFLAC" not in after


def test_flac_whose_last_block_was_a_comment_marks_streaminfo_last() -> None:
    data = b"fLaC" + flac_block(0, STREAMINFO) + flac_block(4, vorbis_comment(b"v", COMMENTS[:2]), last=True) + FRAMES
    after = _strip_media_metadata(data, "audio/flac")
    assert walk_flac(after) == ([0], 4 + 4 + len(STREAMINFO))
    assert after[4] == 0x80 and after.endswith(FRAMES)


def test_a_damaged_flac_chain_is_kept_as_it_came() -> None:
    data = b"fLaC" + flac_block(0, STREAMINFO) + bytes([4]) + (10**6).to_bytes(3, "big") + b"x" * 20
    assert _strip_media_metadata(data, "audio/flac") == data


def test_flac_in_ogg_has_its_comment_and_picture_blocks_turned_to_padding() -> None:
    first = b"\x7fFLAC" + bytes([1, 0]) + struct.pack(">H", 3) + b"fLaC" + flac_block(0, STREAMINFO)
    comment = flac_block(4, vorbis_comment(b"libFLAC", COMMENTS[:2]))
    picture = flac_block(6, PICTURE + SECRET.encode())
    seek = flac_block(3, SEEKTABLE, last=True)
    frames = [bytes([0xFF, 0xF8]) + bytes(300) + SECRET.encode()]  # an audio packet is never touched
    data = b"".join(ogg_stream(4, [first, comment, picture, seek], frames))
    after = _strip_media_metadata(data, "audio/ogg")
    pages = read_pages(after)
    assert all(p.crc_ok for p in pages) and len(after) == len(data)
    packets = packets_of(pages, 4)
    assert [p[0] for p in packets[1:4]] == [1, 1, 0x83]  # padding, padding, the seek table as it was
    assert packets[1][4:] == bytes(len(packets[1]) - 4) and packets[2][4:] == bytes(len(packets[2]) - 4)
    assert packets[4] == frames[0] and after.count(SECRET.encode()) == 1


# ----- WAV -------------------------------------------------------------------------------------------
def riff_chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\0" if len(body) % 2 else b"")


def _wav(samples: bytes, *chunks: bytes) -> bytes:
    fmt = riff_chunk(b"fmt ", struct.pack("<HHIIHH", 1, 1, 8000, 8000, 1, 8))
    body = b"WAVE" + fmt + b"".join(chunks[:2]) + riff_chunk(b"data", samples) + b"".join(chunks[2:])
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_wav_loses_its_list_info_bext_and_id3_chunks_and_still_reads() -> None:
    samples = bytes(range(255)) * 9  # an odd length: the data chunk has a pad byte
    info = b"INFO" + riff_chunk(b"INAM", b"Synthmeta interview") + riff_chunk(b"ICMT", SECRET.encode())
    data = _wav(
        samples,
        riff_chunk(b"LIST", info),
        riff_chunk(b"bext", SECRET.encode() + bytes(600)),
        riff_chunk(b"id3 ", b"ID3\x04\0\0\0\0\0\x10" + SECRET.encode()),
    )
    after = _strip_media_metadata(data, "audio/wav")
    assert SECRET.encode() not in after and b"Synthmeta" not in after
    assert struct.unpack_from("<I", after, 4)[0] == len(after) - 8
    pos, kinds = 12, []
    while pos < len(after):
        kinds.append(after[pos : pos + 4])
        size = struct.unpack_from("<I", after, pos + 4)[0]
        pos += 8 + size + size % 2
    assert kinds == [b"fmt ", b"data"] and pos == len(after)
    with wave.open(io.BytesIO(after)) as reader:
        assert (reader.getnchannels(), reader.getframerate(), reader.getsampwidth()) == (1, 8000, 1)
        assert reader.readframes(reader.getnframes()) == samples


# ----- WebM and Matroska -------------------------------------------------------------------------------
def ebml_size(n: int, width: int = 0) -> bytes:
    width = width or next(w for w in range(1, 9) if n < (1 << (7 * w)) - 1)
    return ((1 << (7 * width)) | n).to_bytes(width, "big")


def el(ident: int, body: bytes, width: int = 0) -> bytes:
    return ident.to_bytes((ident.bit_length() + 7) // 8, "big") + ebml_size(len(body), width) + body


UNKNOWN = b"\x01\xff\xff\xff\xff\xff\xff\xff"


def _webm(unknown_sizes: bool) -> tuple[bytes, bytes]:
    header = el(0x1A45DFA3, el(0x4282, b"webm") + el(0x4287, b"\x04"))
    info = el(
        0x1549A966,
        el(0x2AD7B1, b"\x0f\x42\x40")
        + el(0x4D80, b"Lavf60.3.100")
        + el(0x5741, b"Lavf60.3.100")
        + el(0x7BA9, f"Visit {SECRET}".encode())
        + el(0x4461, struct.pack(">q", 700_000_000_000_000_000)),
    )
    tracks = el(0x1654AE6B, el(0xAE, el(0xD7, b"\x01") + el(0x86, b"A_OPUS") + el(0x536E, b"Rosa Synthmeta mic")))
    tags = el(0x1254C367, el(0x7373, el(0x67C8, el(0x45A3, b"COMMENT") + el(0x4487, SECRET.encode()))))
    attachments = el(0x1941A469, el(0x61A7, el(0x466E, b"cover.jpg") + el(0x465C, b"\xff\xd8" + bytes(500))))
    seek_info = el(0x4DBB, el(0x53AB, bytes.fromhex("1549A966")) + el(0x53AC, b"\x40"))
    seek_tags = el(0x4DBB, el(0x53AB, bytes.fromhex("1254C367")) + el(0x53AC, b"\x10\x00"))
    seekhead = el(0x114D9B74, seek_info + seek_tags)
    blocks = el(0xE7, b"\x00") + el(0xA3, b"\x81\x00\x00\x80" + SECRET.encode() + bytes(400))  # audio bytes
    cluster = b"\x1f\x43\xb6\x75" + UNKNOWN + blocks if unknown_sizes else el(0x1F43B675, blocks)
    body = seekhead + info + tracks + cluster + tags + attachments
    segment = b"\x18\x53\x80\x67" + UNKNOWN + body if unknown_sizes else el(0x18538067, body, width=8)
    return header + segment, cluster


def walk_ebml(data: bytes, start: int, end: int, masters: set[int], out: list[tuple[int, bytes]]) -> None:
    """(element id, body) of every element, descending into `masters`; asserts the sizes add up."""
    pos = start
    while pos < end:
        first = data[pos]
        idlen = 8 - first.bit_length() + 1
        ident = int.from_bytes(data[pos : pos + idlen], "big")
        sfirst = data[pos + idlen]
        slen = 8 - sfirst.bit_length() + 1
        size = int.from_bytes(data[pos + idlen : pos + idlen + slen], "big") & ((1 << (7 * slen)) - 1)
        body_at = pos + idlen + slen
        stop = end if size == (1 << (7 * slen)) - 1 else body_at + size
        assert stop <= end, f"element {ident:x} runs past its parent"
        out.append((ident, data[body_at:stop]))
        if ident in masters:
            walk_ebml(data, body_at, stop, masters, out)
        pos = stop


def test_webm_has_its_title_date_tags_attachments_and_track_names_voided_in_place() -> None:
    data, cluster = _webm(unknown_sizes=False)
    assert sniff_media(data) == "video/webm"
    after = _strip_media_metadata(data, "video/webm")
    assert len(after) == len(data)  # every offset the seek head and the cues hold stays right
    seen: list[tuple[int, bytes]] = []
    walk_ebml(after, 0, len(after), {0x18538067, 0x1549A966, 0x1654AE6B, 0xAE, 0x114D9B74, 0x4DBB}, seen)
    ids = [i for i, _ in seen]
    for gone in (0x7BA9, 0x4461, 0x1254C367, 0x1941A469, 0x536E):
        assert gone not in ids
    assert ids.count(0x4DBB) == 1 and dict(seen)[0x53AB] == bytes.fromhex("1549A966")  # the Info entry kept
    assert dict(seen)[0x4D80] == b"Lavf60.3.100" and dict(seen)[0x86] == b"A_OPUS"
    assert all(body == bytes(len(body)) for i, body in seen if i == 0xEC)  # voids hold zeros
    assert ids.count(0xEC) == 6
    assert cluster in after  # the sound itself untouched (its bytes happen to hold the secret text)
    assert after.count(SECRET.encode()) == 1 and b"Synthmeta mic" not in after and b"cover.jpg" not in after


def test_a_live_recorded_webm_of_unknown_sizes_is_cleaned_past_its_cluster() -> None:
    data, cluster = _webm(unknown_sizes=True)
    after = _strip_media_metadata(data, "audio/webm")
    assert len(after) == len(data) and cluster in after
    assert b"COMMENT" not in after and b"cover.jpg" not in after and b"Visit" not in after
    assert after.count(SECRET.encode()) == 1


def test_a_truncated_webm_is_cleaned_as_far_as_it_goes() -> None:
    data, _ = _webm(unknown_sizes=False)
    cut = data[: data.index(b"Visit") + 10]  # stops inside the title
    after = _strip_media_metadata(cut, "video/x-matroska")
    assert len(after) == len(cut) and b"Visit" not in after


# ----- through the service ----------------------------------------------------------------------------
def test_a_recording_stored_as_an_answer_reaches_the_vault_without_its_comments(ws: Workspace, tmp_path: Path) -> None:
    comment = b"\x03vorbis" + vorbis_comment(b"Xiph.Org libVorbis", COMMENTS[:2]) + b"\x01"
    data = b"".join(ogg_stream(5, [VORBIS_ID, comment, VORBIS_SETUP], _audio(6)))
    stored = store_answer_file(ws, data, "interview.ogg", mediatype="audio/*", source="microphone")
    assert stored.mime == "audio/ogg" and stored.name.endswith(".ogg")
    kept = form_media.read_answer_file(ws, stored.meta())
    assert SECRET.encode() not in kept and len(kept) == len(data)
    assert all(p.crc_ok for p in read_pages(kept))
