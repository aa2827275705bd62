"""Sealed bundles round-trip, stay confidential, refuse every kind of tampering and stream in bounded memory.

The file layout is parsed here independently of the module (from its documented format), so these
tests pin the format as well as the behaviour.
"""

from __future__ import annotations

import gc
import io
import json
import os
import struct
import tracemalloc
from collections.abc import Callable, Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import CircuitRideError, IntegrityProblem
from app.wire import envelope
from app.wire.crypto import generate_recovery_keypair, load_recovery_private_key, load_recovery_public_key
from app.wire.envelope import (
    BAD_SIGNATURE,
    DAMAGED,
    NOT_A_BUNDLE,
    TOO_LARGE,
    TRUNCATED,
    UNKNOWN_SIGNER,
    UNSUPPORTED_VERSION,
    WRONG_KIND,
    WRONG_RECIPIENT,
    BundleRejected,
    peek_header,
    read_sealed,
    read_sealed_all,
    write_sealed,
)

MIB = 1024 * 1024
MARKER = b"CANARY-Amina-case-HQ-2231-do-not-leak"
SMALL_RECORD = 4096
SIGNER_ID = "device-7f3a"

# Module-level keys: hypothesis forbids function-scoped fixtures, and generating keys is not under test.
HQ_BOX = X25519PrivateKey.generate()
DEVICE_SIGN = Ed25519PrivateKey.generate()
OTHER_BOX = X25519PrivateKey.generate()
OTHER_SIGN = Ed25519PrivateKey.generate()


def known_signers(mapping: dict[str, Ed25519PublicKey] | None = None) -> Callable[[str], Ed25519PublicKey | None]:
    keys = {SIGNER_ID: DEVICE_SIGN.public_key()} if mapping is None else mapping
    return keys.get


def seal(chunks: list[bytes] | Iterator[bytes], *, kind: str = "push", record_bytes: int | None = None) -> bytes:
    out = io.BytesIO()
    extra = {} if record_bytes is None else {"record_bytes": record_bytes}
    n = write_sealed(
        out,
        chunks,
        recipient_public=HQ_BOX.public_key(),
        signer=DEVICE_SIGN,
        signer_id=SIGNER_ID,
        kind=kind,
        **extra,
    )
    assert n == len(out.getvalue())
    return out.getvalue()


def open_bundle(
    blob: bytes,
    *,
    recipient: X25519PrivateKey = HQ_BOX,
    signers: Callable[[str], Ed25519PublicKey | None] | None = None,
    expected_kind: str | None = "push",
) -> list[bytes]:
    return list(
        read_sealed(
            io.BytesIO(blob),
            recipient_private=recipient,
            signer_key_for=signers or known_signers(),
            expected_kind=expected_kind,
        )
    )


def layout(blob: bytes) -> tuple[int, list[tuple[int, int, int]], int]:
    """(header end, [(record start, record end, type)], trailer start) from the documented format."""
    assert blob[:8] == b"CRBUNDLE"
    version, json_len = struct.unpack(">HI", blob[8:14])
    assert version == 1
    pos = header_end = 14 + json_len
    records = []
    while True:
        rtype, length = struct.unpack(">BI", blob[pos : pos + 5])
        records.append((pos, pos + 5 + length, rtype))
        pos += 5 + length
        if rtype == 1:
            break
    assert len(blob) - pos == 64
    return header_end, records, pos


def flip(blob: bytes, offset: int) -> bytes:
    return blob[:offset] + bytes([blob[offset] ^ 0x01]) + blob[offset + 1 :]


def rejected(blob: bytes, reason: str, **kwargs: object) -> BundleRejected:
    with pytest.raises(BundleRejected) as info:
        open_bundle(blob, **kwargs)  # type: ignore[arg-type]
    error = info.value
    assert isinstance(error, IntegrityProblem) and isinstance(error, CircuitRideError)
    assert error.reason == reason, str(error)
    assert len(str(error)) > 40 and str(error)[0].isupper()  # a sentence a person can act on
    return error


def random_payload(size: int) -> bytes:
    return os.urandom(size)


@pytest.fixture(scope="module")
def tamper_payload() -> bytes:
    # Incompressible, so compressed bytes ≈ plaintext and "records read" bounds "plaintext yielded".
    return random_payload(20 * SMALL_RECORD + 123)


@pytest.fixture(scope="module")
def tamper_blob(tamper_payload: bytes) -> bytes:
    step = 3001
    return seal([tamper_payload[i : i + step] for i in range(0, len(tamper_payload), step)], record_bytes=SMALL_RECORD)


# -- round trips ------------------------------------------------------------------------------------


def test_multi_record_round_trip_compresses_and_hides_plaintext() -> None:
    text = b"".join(b"%s line %06d: visit scheduled, interpreter booked\n" % (MARKER, i) for i in range(60_000))
    payload = random_payload(3 * MIB + 17) + text + random_payload(1000)
    sizes = [1, 7, 4093, 65_537, 1_000_003, 13, 2 * MIB + 1]
    chunks: list[bytes] = []
    pos = i = 0
    while pos < len(payload):
        n = sizes[i % len(sizes)]
        chunks.append(payload[pos : pos + n])
        pos += n
        i += 1
    chunks.insert(3, b"")  # empty pieces are harmless
    blob = seal(chunks)

    assert len(blob) < len(payload)  # the text part compresses
    assert MARKER not in blob and b"interpreter" not in blob
    _, records, _ = layout(blob)
    assert len(records) >= 3  # several 1 MiB data records plus the end record
    pieces = open_bundle(blob)
    assert b"".join(pieces) == payload
    assert max(len(p) for p in pieces) <= MIB  # bounded output pieces
    assert read_sealed_all(io.BytesIO(blob), recipient_private=HQ_BOX, signer_key_for=known_signers()) == payload


def test_bytes_like_chunks_and_empty_payload() -> None:
    assert b"".join(open_bundle(seal([]))) == b""
    blob = seal([bytearray(b"abc"), memoryview(b"defg")[1:], b"h"], record_bytes=5)  # type: ignore[list-item]
    assert b"".join(open_bundle(blob)) == b"abcefgh"


def test_hq_keygen_keys_seal_push_bundles() -> None:
    private_pem, public_pem = generate_recovery_keypair()
    hq_public, hq_private = load_recovery_public_key(public_pem), load_recovery_private_key(private_pem)
    out = io.BytesIO()
    write_sealed(out, [MARKER], recipient_public=hq_public, signer=DEVICE_SIGN, signer_id=SIGNER_ID, kind="push")
    assert b"".join(open_bundle(out.getvalue(), recipient=hq_private)) == MARKER


def test_peek_header_is_readable_without_keys_and_keeps_position(tamper_blob: bytes) -> None:
    stream = io.BytesIO(tamper_blob)
    header = peek_header(stream)
    assert header["kind"] == "push" and header["signer_id"] == SIGNER_ID
    assert header["created"][:2] == "20" and header["format_version"] == 1
    assert stream.tell() == 0
    with pytest.raises(BundleRejected) as info:
        peek_header(io.BytesIO(b"PK\x03\x04 a zip file, not a bundle"))
    assert info.value.reason == NOT_A_BUNDLE


@settings(max_examples=60, deadline=None)
@given(chunks=st.lists(st.binary(max_size=3000), max_size=12), record_bytes=st.integers(1, 700))
def test_any_chunk_list_round_trips(chunks: list[bytes], record_bytes: int) -> None:
    blob = seal(chunks, record_bytes=record_bytes)
    assert b"".join(open_bundle(blob)) == b"".join(chunks)


# -- refusals -----------------------------------------------------------------------------------------


def test_wrong_recipient(tamper_blob: bytes) -> None:
    error = rejected(tamper_blob, WRONG_RECIPIENT, recipient=OTHER_BOX)
    assert "different key" in str(error)


def test_reply_bundle_given_to_hq_import_is_wrong_kind(tamper_blob: bytes) -> None:
    error = rejected(tamper_blob, WRONG_KIND, expected_kind="reply")
    assert "'push'" in str(error) and "'reply'" in str(error)


def test_unknown_signer_is_refused_before_anything_is_decrypted(tamper_blob: bytes) -> None:
    error = rejected(tamper_blob, UNKNOWN_SIGNER, signers=known_signers({}))
    assert SIGNER_ID in str(error)
    # Eager: refused at the call, before a single record is read.
    stream = io.BytesIO(tamper_blob)
    with pytest.raises(BundleRejected):
        read_sealed(stream, recipient_private=HQ_BOX, signer_key_for=known_signers({}))
    assert stream.tell() == layout(tamper_blob)[0]


def test_signature_by_another_key(tamper_blob: bytes, tamper_payload: bytes) -> None:
    signers = known_signers({SIGNER_ID: OTHER_SIGN.public_key()})
    error = rejected(tamper_blob, BAD_SIGNATURE, signers=signers)
    assert "signature" in str(error) and SIGNER_ID in str(error)
    # A forger holding only HQ's public key can seal records, but cannot sign as the device.
    out = io.BytesIO()
    write_sealed(
        out, [b"forged"], recipient_public=HQ_BOX.public_key(), signer=OTHER_SIGN, signer_id=SIGNER_ID, kind="push"
    )
    rejected(out.getvalue(), BAD_SIGNATURE)


def test_not_a_bundle_and_unsupported_version(tamper_blob: bytes) -> None:
    rejected(b"\x89PNG\r\n\x1a\n" + tamper_blob[8:], NOT_A_BUNDLE)
    rejected(tamper_blob[:8] + struct.pack(">H", 2) + tamper_blob[10:], UNSUPPORTED_VERSION)
    assert "Update Circuit Ride" in str(rejected(tamper_blob[:8] + b"\x00\x07" + tamper_blob[10:], UNSUPPORTED_VERSION))


def test_flipped_byte_in_each_record_fails_at_or_before_that_record(tamper_blob: bytes, tamper_payload: bytes) -> None:
    _, records, _ = layout(tamper_blob)
    assert len(records) > 10
    for k, (start, end, _rtype) in enumerate(records):
        for offset in (start, start + 3, start + 5, (start + end) // 2, end - 1):  # frame, body, tag
            stream = io.BytesIO(flip(tamper_blob, offset))
            yielded: list[bytes] = []
            with pytest.raises(BundleRejected) as info:
                for piece in read_sealed(stream, recipient_private=HQ_BOX, signer_key_for=known_signers()):
                    yielded.append(piece)
            assert info.value.reason in (DAMAGED, TRUNCATED), (k, offset, str(info.value))
            got = b"".join(yielded)
            assert tamper_payload.startswith(got)  # only genuine data, in order
            assert len(got) <= k * SMALL_RECORD  # nothing from record k or later
            if info.value.reason == DAMAGED:
                assert f"record {k}" in str(info.value)
            # Not past the damaged record, except that an altered length field may make the reader
            # take up to one full record's worth before the authentication failure.
            assert stream.tell() <= max(end, start + 5 + SMALL_RECORD + 16)


def test_flipped_byte_in_header(tamper_blob: bytes) -> None:
    header_end = layout(tamper_blob)[0]
    body = tamper_blob[14:header_end]
    fields = json.loads(body)
    for name in ("created", "salt", "ephemeral_public"):
        at = 14 + body.index(fields[name].encode()) + 2
        error = rejected(flip(tamper_blob, at), DAMAGED)
        assert "altered" in str(error)
    rejected(flip(tamper_blob, 14 + body.index(b'"kind"') + 9), WRONG_KIND)  # push -> pqsh
    rejected(flip(tamper_blob, header_end - 1), DAMAGED)  # closing brace: unreadable JSON
    rejected(flip(tamper_blob, 13), DAMAGED)  # header length off by one: unreadable JSON
    rejected(tamper_blob[:10] + struct.pack(">I", 1 << 30) + tamper_blob[14:], DAMAGED)  # absurd length


def test_flipped_byte_in_trailer(tamper_blob: bytes, tamper_payload: bytes) -> None:
    trailer = layout(tamper_blob)[2]
    for offset in (trailer, trailer + 31, len(tamper_blob) - 1):
        rejected(flip(tamper_blob, offset), BAD_SIGNATURE)
    rejected(tamper_blob + b"\x00", DAMAGED)


@pytest.mark.parametrize(
    "where",
    [
        "empty",
        "magic",
        "prefix",
        "header",
        "after_header",
        "mid_record",
        "boundary",
        "before_end",
        "mid_end",
        "before_trailer",
        "mid_trailer",
        "last_byte",
    ],
)
def test_truncation(tamper_blob: bytes, where: str) -> None:
    header_end, records, trailer = layout(tamper_blob)
    cut = {
        "empty": 0,
        "magic": 5,
        "prefix": 11,
        "header": header_end - 10,
        "after_header": header_end,
        "mid_record": (records[4][0] + records[4][1]) // 2,
        "boundary": records[6][0],
        "before_end": records[-1][0],
        "mid_end": records[-1][0] + 20,
        "before_trailer": trailer,
        "mid_trailer": trailer + 30,
        "last_byte": len(tamper_blob) - 1,
    }[where]
    error = rejected(tamper_blob[:cut], TRUNCATED)
    assert "cut short" in str(error)


def test_swapped_and_dropped_records(tamper_blob: bytes, tamper_payload: bytes) -> None:
    _, records, _ = layout(tamper_blob)
    (a0, a1, _), (b0, b1, _) = records[2], records[3]
    assert a1 - a0 == b1 - b0  # two full records: a swap keeps every length plausible
    swapped = tamper_blob[:a0] + tamper_blob[b0:b1] + tamper_blob[a0:a1] + tamper_blob[b1:]
    dropped = tamper_blob[:a0] + tamper_blob[a1:]
    for blob in (swapped, dropped):
        yielded: list[bytes] = []
        with pytest.raises(BundleRejected) as info:
            for piece in read_sealed(io.BytesIO(blob), recipient_private=HQ_BOX, signer_key_for=known_signers()):
                yielded.append(piece)
        assert info.value.reason == DAMAGED and "record 2" in str(info.value)
        assert len(b"".join(yielded)) <= 2 * SMALL_RECORD
    # Records from another bundle to the same recipient do not fit either (key and AAD differ).
    other = seal([tamper_payload], record_bytes=SMALL_RECORD)
    o0, o1, _ = layout(other)[1][2]
    rejected(tamper_blob[:a0] + other[o0:o1] + tamper_blob[a1:], DAMAGED)


def test_signed_bundle_with_cut_compressed_stream_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """zstd ends quietly on a cut-off frame; the size and hash in the end record must catch it."""
    real = envelope.zstandard.ZstdCompressor

    class CuttingCompressor:
        def __init__(self, **kwargs: object) -> None:
            self._inner = real(**kwargs)

        def compressobj(self) -> object:
            inner = self._inner.compressobj()

            class Obj:
                compress = staticmethod(inner.compress)

                @staticmethod
                def flush() -> bytes:
                    return inner.flush()[:-6]

            return Obj()

    payload = random_payload(50_000)
    monkeypatch.setattr(envelope.zstandard, "ZstdCompressor", CuttingCompressor)
    blob = seal([payload], record_bytes=SMALL_RECORD)
    monkeypatch.undo()
    error = rejected(blob, DAMAGED)
    assert "size and hash" in str(error)


def test_read_sealed_all_refuses_oversized_payload() -> None:
    blob = seal([bytes(5 * MIB)])  # zeros: a tiny file that expands a lot
    assert len(blob) < 64 * 1024
    with pytest.raises(BundleRejected) as info:
        read_sealed_all(io.BytesIO(blob), recipient_private=HQ_BOX, signer_key_for=known_signers(), max_bytes=MIB)
    assert info.value.reason == TOO_LARGE


def test_writer_rejects_bad_arguments() -> None:
    for kwargs in ({"kind": "Push!"}, {"signer_id": "has space"}, {"record_bytes": 0}):
        args = {"kind": "push", "signer_id": SIGNER_ID, **kwargs}
        with pytest.raises(ValueError):
            write_sealed(io.BytesIO(), [b"x"], recipient_public=HQ_BOX.public_key(), signer=DEVICE_SIGN, **args)  # type: ignore[arg-type]


# -- memory -------------------------------------------------------------------------------------------


class CountingSink:
    """A write-only sink that keeps nothing, so traced memory is the writer's own."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)


def generated_stream(total: int) -> Iterator[bytes]:
    """``total`` bytes in 1 MiB chunks, half random and half text: the sealed output is still ~total/2,
    so a writer that kept its output or input around would blow the memory bound."""
    text = (b"visit scheduled, interpreter booked, photos attached\n" * 10_000)[: MIB // 2]
    for _ in range(total // MIB):
        yield os.urandom(MIB // 2) + text


def test_sealing_and_opening_50_mib_stays_in_bounded_memory() -> None:
    total = 50 * MIB
    gc.collect()
    tracemalloc.start()
    try:
        sink = CountingSink()
        written = write_sealed(
            sink,  # type: ignore[arg-type]
            generated_stream(total),
            recipient_public=HQ_BOX.public_key(),
            signer=DEVICE_SIGN,
            signer_id=SIGNER_ID,
            kind="push",
        )
        _, write_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == sink.size
    assert write_peak < 20 * MIB, write_peak

    # Reading back streams too (the ~25 MiB bundle is allocated before tracing starts).
    blob = seal(generated_stream(total))
    assert 20 * MIB < len(blob) < 30 * MIB
    gc.collect()
    tracemalloc.start()
    try:
        seen = 0
        for piece in read_sealed(io.BytesIO(blob), recipient_private=HQ_BOX, signer_key_for=known_signers()):
            seen += len(piece)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == total
    assert read_peak < 20 * MIB, read_peak
