"""Sealed sneakernet bundles: a streaming, encrypted and signed file for carrying sync data on a USB stick.

With no network at all, a laptop writes its push as a bundle file, someone carries it to HQ, and HQ's
reply comes back the same way (architecture §5, "Sneakernet"). A bundle may hold gigabytes of photos,
so both directions stream: memory stays at about one record (1 MiB) plus the zstd window, whatever
the payload size.

Keys (separate key pairs, never converted between Ed25519 and X25519):

* A **push** bundle is sealed to HQ's bundle X25519 key (``keys/hq-box.key`` in HQ's home, made by
  ``app.hq.hub``; the enrollment answer hands its public half to the laptop as ``hq_box_key``) and
  signed with the laptop's Ed25519 device key. It is not HQ's recovery key (``hq keygen``), which
  only opens key slots.
* A **reply** bundle is sealed to the laptop's own X25519 key (``box_key`` at enrollment) and signed
  with HQ's Ed25519 key.
* Every use of an X25519 key derives its own key with its own HKDF ``info`` string
  (``CONTENT_KEY_INFO`` here, key slots' ``RECOVERY_INFO``).

File layout (integers big-endian)::

    header   magic "CRBUNDLE" | version u16 (=1) | json_len u32 | JSON (canonical, UTF-8)
             JSON: kind, signer_id, created, recipient_public, ephemeral_public, salt, record_bytes,
                   compression "zstd", cipher, signature (keys as base64 of raw bytes)
    records  type u8 (0 = data, 1 = end) | ct_len u32 | AES-256-GCM ciphertext (+16-byte tag)
             data records: the zstd-compressed payload cut into record_bytes pieces (last one shorter)
             end record: plaintext size u64 | SHA-256 of the plaintext (so truncation is always caught)
    trailer  Ed25519 signature (64 bytes) over
             SIGN_CONTEXT || SHA-256(header bytes) || SHA-256(all record frames), then end of file

Content key = HKDF-SHA256(X25519(ephemeral, recipient), salt, info = CONTENT_KEY_INFO || SHA-256(header)),
so any header change yields a different key. Record nonces are ``index u64 || final u32`` (the blob
vault's convention, ``app.wire.crypto.chunk_nonce``) and the associated data is SHA-256(header): records
cannot be re-ordered, dropped, duplicated, cut off or moved between bundles undetected. The key is
fresh per bundle (random ephemeral key and salt), so the counter nonces never repeat under a key.

**Read this before consuming a bundle.** AES-GCM proves only that a record was made by *someone*
holding the content key, and anyone holding the recipient's *public* key can make one. Who wrote the
bundle is proved by the signature, and the signature can only be checked after the last record.
``read_sealed`` therefore yields data that is UNTRUSTED until the generator has finished without
raising: stage what it yields (temp files, an uncommitted transaction) and apply nothing until
iteration ends cleanly; on ``BundleRejected`` throw the staged data away. Stopping early (``break``)
means nothing was verified.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

import zstandard
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import IntegrityProblem
from app.wire.crypto import KEY_BYTES, MAX_CHUNK_BYTES, SALT_BYTES, TAG_BYTES, b64, chunk_nonce, raw_public, unb64

MAGIC = b"CRBUNDLE"
FORMAT_VERSION = 1
RECORD_BYTES = 1024 * 1024
OUTPUT_BYTES = 1024 * 1024  # largest plaintext piece read_sealed yields: bounds a decompression bomb
MAX_HEADER_BYTES = 64 * 1024  # refuse absurd header lengths before allocating anything
MAX_WINDOW_BYTES = 16 * 1024 * 1024  # zstd window a reader accepts (level 3 writes 2 MiB windows)
COMPRESSION_LEVEL = 3
SIGNATURE_BYTES = 64
READ_ALL_LIMIT = 256 * 1024 * 1024
CONTENT_KEY_INFO = b"circuitride bundle v1 content key "
SIGN_CONTEXT = b"circuitride bundle v1 signature\x00"
CIPHER = "X25519-HKDF-SHA256-AES-256-GCM"
SIGNATURE_ALG = "Ed25519"

PREFIX = struct.Struct(">8sHI")  # magic, version, json length
FRAME = struct.Struct(">BI")  # record type, ciphertext length
SUMMARY = struct.Struct(">Q32s")  # plaintext size, plaintext SHA-256
DATA_RECORD = 0
END_RECORD = 1

# Same shape as device ids in request signing: printable ASCII without spaces, so it is safe in messages.
_SIGNER_ID = re.compile(r"[\x21-\x7e]{1,128}")
_KIND = re.compile(r"[a-z][a-z0-9_-]{0,31}")

# Reasons carried by BundleRejected, for code that answers differently (e.g. HQ's import report).
NOT_A_BUNDLE = "not_a_bundle"
UNSUPPORTED_VERSION = "unsupported_version"
WRONG_RECIPIENT = "wrong_recipient"
UNKNOWN_SIGNER = "unknown_signer"
BAD_SIGNATURE = "bad_signature"
TRUNCATED = "truncated"
DAMAGED = "damaged"
WRONG_KIND = "wrong_kind"
TOO_LARGE = "too_large"


class BundleRejected(IntegrityProblem):
    """A bundle that must not be used: damaged, tampered with, cut short, or simply not for us.

    A subclass of IntegrityProblem so every front end shows its message and exits non-zero as for any
    other tampering; ``reason`` (one of the module's reason constants) lets callers tell cases apart
    without parsing the message.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _truncated() -> BundleRejected:
    return BundleRejected(
        TRUNCATED,
        "The bundle file is cut short, probably an incomplete copy. Copy it from the USB stick again "
        "(eject the stick safely before unplugging it); do not use the partial file.",
    )


def _damaged(detail: str) -> BundleRejected:
    return BundleRejected(
        DAMAGED,
        f"The bundle is damaged or has been altered ({detail}). Do not use any data from it; "
        "copy it again or ask for a new bundle.",
    )


def _unsupported(detail: str) -> BundleRejected:
    return BundleRejected(
        UNSUPPORTED_VERSION,
        f"This bundle uses {detail}, which this version of Circuit Ride cannot read. "
        "Update Circuit Ride, then import the bundle again.",
    )


def _canonical_json(fields: dict[str, Any]) -> bytes:
    # The keyslots convention: sorted keys, no spaces. The reader digests the raw bytes, so canonical
    # form matters only for reproducibility, never for verification.
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _content_key(shared: bytes, salt: bytes, header_digest: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=CONTENT_KEY_INFO + header_digest)
    return hkdf.derive(shared)


def _signed_message(header_digest: bytes, records_digest: bytes) -> bytes:
    return SIGN_CONTEXT + header_digest + records_digest


# -- writing ---------------------------------------------------------------------------------------


class _RecordWriter:
    """Encrypts and frames records in order, keeping the running digest the signature covers."""

    def __init__(self, out: BinaryIO, aead: AESGCM, header_digest: bytes) -> None:
        self._out = out
        self._aead = aead
        self._aad = header_digest
        self._index = 0
        self.digest = hashlib.sha256()
        self.written = 0

    def write(self, record_type: int, plaintext: bytes | bytearray | memoryview) -> None:
        final = record_type == END_RECORD
        sealed = self._aead.encrypt(chunk_nonce(self._index, final), plaintext, self._aad)
        frame = FRAME.pack(record_type, len(sealed))
        self.digest.update(frame)
        self.digest.update(sealed)
        self._out.write(frame)
        self._out.write(sealed)
        self.written += len(frame) + len(sealed)
        self._index += 1


def write_sealed(
    out: BinaryIO,
    chunks: Iterable[bytes],
    *,
    recipient_public: X25519PublicKey,
    signer: Ed25519PrivateKey,
    signer_id: str,
    kind: str,
    record_bytes: int = RECORD_BYTES,
) -> int:
    """Compress, encrypt and sign ``chunks`` into ``out``; returns the number of bytes written.

    ``chunks`` may be any iterable of bytes-like pieces of any size (a generator reading photos from
    the vault, say); only about one record of compressed data is held at a time. ``out`` is written
    sequentially and never seeked, closed or fsynced: write to a temp file and rename it into place
    when this returns, so a yanked USB stick never leaves a file that looks complete.
    ``recipient_public`` is HQ's X25519 key for push bundles and the laptop's X25519 key for replies.
    """
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        raise ValueError("kind must be a short lowercase word such as 'push' or 'reply'")
    if not isinstance(signer_id, str) or not _SIGNER_ID.fullmatch(signer_id):
        raise ValueError("signer_id must be 1-128 printable ASCII characters without spaces")
    if not 0 < record_bytes <= MAX_CHUNK_BYTES:
        raise ValueError("record_bytes out of range")

    ephemeral = X25519PrivateKey.generate()
    salt = os.urandom(SALT_BYTES)
    fields = {
        "kind": kind,
        "signer_id": signer_id,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "recipient_public": b64(raw_public(recipient_public)),
        "ephemeral_public": b64(raw_public(ephemeral.public_key())),
        "salt": b64(salt),
        "record_bytes": record_bytes,
        "compression": "zstd",
        "cipher": CIPHER,
        "signature": SIGNATURE_ALG,
    }
    body = _canonical_json(fields)
    header = PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body
    header_digest = hashlib.sha256(header).digest()
    aead = AESGCM(_content_key(ephemeral.exchange(recipient_public), salt, header_digest))
    out.write(header)

    records = _RecordWriter(out, aead, header_digest)
    plain_hash = hashlib.sha256()
    plain_size = 0
    compressor = zstandard.ZstdCompressor(level=COMPRESSION_LEVEL).compressobj()
    pending = bytearray()

    def emit_full_records() -> None:
        # Data records are never final (the end record is), so a full record can go out at once.
        taken = 0
        with memoryview(pending) as view:
            while len(view) - taken >= record_bytes:
                records.write(DATA_RECORD, view[taken : taken + record_bytes])
                taken += record_bytes
        del pending[:taken]

    for piece in chunks:
        with memoryview(piece) as raw_view, raw_view.cast("B") as data:
            plain_hash.update(data)
            plain_size += len(data)
            pending += compressor.compress(data)
        if len(pending) >= record_bytes:
            emit_full_records()
    pending += compressor.flush()
    emit_full_records()
    if pending:
        records.write(DATA_RECORD, pending)
    records.write(END_RECORD, SUMMARY.pack(plain_size, plain_hash.digest()))

    signature = signer.sign(_signed_message(header_digest, records.digest.digest()))
    out.write(signature)
    return len(header) + records.written + len(signature)


# -- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Header:
    raw: bytes
    fields: dict[str, Any]
    kind: str
    signer_id: str
    recipient_public: bytes
    ephemeral_public: bytes
    salt: bytes
    record_bytes: int

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.raw).digest()


def _read_exact(inp: BinaryIO, n: int) -> bytes:
    """Exactly ``n`` bytes, or fewer only at end of file (short reads from pipes are retried)."""
    parts: list[bytes] = []
    remaining = n
    while remaining > 0:
        part = inp.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def _read_header(inp: BinaryIO) -> _Header:
    prefix = _read_exact(inp, PREFIX.size)
    if prefix[: len(MAGIC)] != MAGIC[: len(prefix)]:
        raise BundleRejected(
            NOT_A_BUNDLE,
            "This file is not a Circuit Ride sync bundle. Check that you picked the bundle file "
            "(it ends in .crbundle) and not another file from the USB stick.",
        )
    if len(prefix) < PREFIX.size:
        raise _truncated()
    _magic, version, body_len = PREFIX.unpack(prefix)
    if version != FORMAT_VERSION:
        raise _unsupported(f"bundle format {version}")
    if body_len > MAX_HEADER_BYTES:
        raise _damaged("the header length is impossible")
    body = _read_exact(inp, body_len)
    if len(body) < body_len:
        raise _truncated()
    try:
        fields = json.loads(body.decode("utf-8"))
    except ValueError:
        raise _damaged("the header is unreadable") from None
    if not isinstance(fields, dict):
        raise _damaged("the header is unreadable")
    return _parse_fields(prefix + body, fields)


def _parse_fields(raw: bytes, fields: dict[str, Any]) -> _Header:
    for name, expected in (("compression", "zstd"), ("cipher", CIPHER), ("signature", SIGNATURE_ALG)):
        if fields.get(name) != expected:
            raise _unsupported(f"{name} {str(fields.get(name))[:40]!r}")
    try:
        kind, signer_id, record_bytes = fields["kind"], fields["signer_id"], fields["record_bytes"]
        recipient_public = unb64(fields["recipient_public"])
        ephemeral_public = unb64(fields["ephemeral_public"])
        salt = unb64(fields["salt"])
        created = fields["created"]
    except (KeyError, ValueError, TypeError, AttributeError):
        raise _damaged("a header field is missing or malformed") from None
    if not (
        isinstance(kind, str)
        and _KIND.fullmatch(kind)
        and isinstance(signer_id, str)
        and _SIGNER_ID.fullmatch(signer_id)
        and isinstance(created, str)
        and type(record_bytes) is int
        and 0 < record_bytes <= MAX_CHUNK_BYTES
        and len(recipient_public) == 32
        and len(ephemeral_public) == 32
        and len(salt) >= SALT_BYTES
    ):
        raise _damaged("a header field is missing or malformed")
    return _Header(raw, fields, kind, signer_id, recipient_public, ephemeral_public, salt, record_bytes)


def peek_header(inp: BinaryIO) -> dict[str, Any]:
    """The bundle's header fields (``kind``, ``signer_id``, ``created``, ...) without any key.

    UNAUTHENTICATED: anyone can write any header. Use it only to choose which keys to try or to show
    "push bundle from device X, written on ..." before importing; never to decide trust. The same
    fields are authenticated later by ``read_sealed``. On a seekable stream the position is restored.
    """
    start = inp.tell() if inp.seekable() else None
    try:
        header = _read_header(inp)
    finally:
        if start is not None:
            inp.seek(start)
    return {"format_version": FORMAT_VERSION, **header.fields}


class _RecordSource:
    """File-like ``read`` over the decrypted data records, for zstd's bounded stream reader.

    Every record is authenticated before a byte of it is handed on. The end record triggers the
    trailer check: end of file after exactly one signature, and the signature itself.
    """

    def __init__(self, inp: BinaryIO, header: _Header, aead: AESGCM, signer_public: Ed25519PublicKey) -> None:
        self._inp = inp
        self._header = header
        self._header_digest = header.digest
        self._aead = aead
        self._signer_public = signer_public
        self._digest = hashlib.sha256()
        self._index = 0
        self._pending = b""
        self._pos = 0
        self.ended = False
        self.plain_size = 0
        self.plain_sha256 = b""

    @property
    def record_bytes(self) -> int:
        return self._header.record_bytes

    def read(self, size: int = -1) -> bytes:
        while self._pos >= len(self._pending):
            if self.ended:
                return b""
            self._next_record()
        if size < 0 or size >= len(self._pending) - self._pos:
            piece = self._pending[self._pos :] if self._pos else self._pending
        else:
            piece = self._pending[self._pos : self._pos + size]
        self._pos += len(piece)
        return piece

    def finish(self) -> None:
        """After the decompressor stopped: nothing but the end record (and signature) may follow."""
        while not self.ended:
            if self._pos < len(self._pending):
                raise _damaged("data follows the end of the compressed payload")
            self._next_record()
        if self._pos < len(self._pending):
            raise _damaged("data follows the end of the compressed payload")

    def _next_record(self) -> None:
        frame = _read_exact(self._inp, FRAME.size)
        if len(frame) < FRAME.size:
            raise _truncated()
        record_type, length = FRAME.unpack(frame)
        if record_type == DATA_RECORD:
            valid = TAG_BYTES < length <= self._header.record_bytes + TAG_BYTES
        elif record_type == END_RECORD:
            valid = length == SUMMARY.size + TAG_BYTES
        else:
            valid = False
        if not valid:
            raise _damaged(f"record {self._index} has an impossible type or length")
        sealed = _read_exact(self._inp, length)
        if len(sealed) < length:
            raise _truncated()
        self._digest.update(frame)
        self._digest.update(sealed)
        final = record_type == END_RECORD
        try:
            plain = self._aead.decrypt(chunk_nonce(self._index, final), sealed, self._header_digest)
        except InvalidTag:
            raise _damaged(f"record {self._index} fails authentication") from None
        self._index += 1
        if final:
            self.plain_size, self.plain_sha256 = SUMMARY.unpack(plain)
            self._check_trailer()
            self.ended = True
            self._pending, self._pos = b"", 0
        else:
            self._pending, self._pos = plain, 0

    def _check_trailer(self) -> None:
        signature = _read_exact(self._inp, SIGNATURE_BYTES)
        if len(signature) < SIGNATURE_BYTES:
            raise _truncated()
        if self._inp.read(1):
            raise _damaged("unexpected data after the signature")
        try:
            self._signer_public.verify(signature, _signed_message(self._header_digest, self._digest.digest()))
        except InvalidSignature:
            raise BundleRejected(
                BAD_SIGNATURE,
                f"The bundle's signature does not match the key of {self._header.signer_id}: it was altered "
                "after it was written, or it was not written by that device. Do not use any data from it; "
                "ask for a new bundle.",
            ) from None


def read_sealed(
    inp: BinaryIO,
    *,
    recipient_private: X25519PrivateKey,
    signer_key_for: Callable[[str], Ed25519PublicKey | None],
    expected_kind: str | None = None,
) -> Iterator[bytes]:
    """Open a bundle and return an iterator over its plaintext, in order, in pieces of at most 1 MiB.

    THE DATA IS UNTRUSTED UNTIL THE ITERATOR IS EXHAUSTED WITHOUT AN ERROR. The signature and the
    plaintext size and hash are checked only after the last record: stage what is yielded and apply
    it only once iteration has finished cleanly; if ``BundleRejected`` is raised at any point, discard
    everything staged. Each yielded piece comes from authenticated records, but a forger holding the
    recipient's public key can make records too, so nothing proves who wrote them before the end.

    The header is checked when this is called, before anything is decrypted, so a wrong file, wrong
    kind, wrong recipient or unknown signer is refused at once. ``signer_key_for`` maps the header's
    ``signer_id`` to that signer's Ed25519 key, or None if it is unknown (or revoked: it may also raise
    its own CircuitRideError). All of this module's refusals raise ``BundleRejected``.
    """
    header = _read_header(inp)
    if expected_kind is not None and header.kind != expected_kind:
        raise BundleRejected(
            WRONG_KIND,
            f"This is a {header.kind!r} bundle, but a {expected_kind!r} bundle was expected here. "
            "Check that you picked the right file (a laptop's push goes to HQ, HQ's reply to the laptop).",
        )
    if not hmac.compare_digest(header.recipient_public, raw_public(recipient_private.public_key())):
        raise BundleRejected(
            WRONG_RECIPIENT,
            "This bundle was sealed for a different key, so it cannot be opened here. A push bundle opens "
            "only at the HQ the laptop is enrolled with; a reply bundle only on the laptop it was made for.",
        )
    signer_public = signer_key_for(header.signer_id)
    if signer_public is None:
        raise BundleRejected(
            UNKNOWN_SIGNER,
            f"This bundle is signed by {header.signer_id}, which is not a known enrolled device or HQ "
            "(or has been revoked). It cannot be trusted; enroll the device first or ask for a new bundle.",
        )
    try:
        shared = recipient_private.exchange(X25519PublicKey.from_public_bytes(header.ephemeral_public))
    except ValueError:  # low-order point: only a forged header has one
        raise _damaged("the header's key is invalid") from None
    aead = AESGCM(_content_key(shared, header.salt, header.digest))
    return _plaintext(_RecordSource(inp, header, aead, signer_public))


def _plaintext(source: _RecordSource) -> Iterator[bytes]:
    # zstd's stream reader returns at most OUTPUT_BYTES per read however well the data compressed, so
    # a small hostile bundle cannot make us allocate gigabytes before its signature is checked.
    decompressor = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW_BYTES)
    # zstandard's stubs ask for a whole IO[bytes]; the stream reader calls only read().
    reader = decompressor.stream_reader(source, read_size=source.record_bytes, closefd=False)  # type: ignore[arg-type]
    plain_hash = hashlib.sha256()
    size = 0
    while True:
        try:
            piece = reader.read(OUTPUT_BYTES)
        except zstandard.ZstdError:
            raise _damaged("the compressed payload is corrupt") from None
        if not piece:
            break
        plain_hash.update(piece)
        size += len(piece)
        yield piece
    source.finish()
    # zstd ends quietly on a cut-off frame; the signed size and hash make that (and any other
    # decompressor surprise) an error instead of a silently shorter payload.
    if size != source.plain_size or not hmac.compare_digest(plain_hash.digest(), source.plain_sha256):
        raise _damaged("the content does not match its recorded size and hash")


def read_sealed_all(
    inp: BinaryIO,
    *,
    recipient_private: X25519PrivateKey,
    signer_key_for: Callable[[str], Ed25519PublicKey | None],
    expected_kind: str | None = None,
    max_bytes: int = READ_ALL_LIMIT,
) -> bytes:
    """The whole verified plaintext of a small bundle; returns only once the signature has been checked.

    Refuses (``TOO_LARGE``) once the plaintext exceeds ``max_bytes``, so a small file that decompresses
    to gigabytes cannot exhaust memory; stream large bundles with ``read_sealed`` instead.
    """
    parts: list[bytes] = []
    total = 0
    for piece in read_sealed(
        inp, recipient_private=recipient_private, signer_key_for=signer_key_for, expected_kind=expected_kind
    ):
        total += len(piece)
        if total > max_bytes:
            raise BundleRejected(
                TOO_LARGE,
                f"The bundle holds more than {max_bytes:,} bytes, too much to open in one piece.",
            )
        parts.append(piece)
    return b"".join(parts)
