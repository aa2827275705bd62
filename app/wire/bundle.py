"""The sneakernet bundle's record format, shared by the laptop (app/sync/bundles.py) and HQ (app/hq/bundles.py).

A bundle's plaintext is JSON lines (one record per line), sealed with ``app.wire.envelope``:

* push bundle (laptop -> HQ), kind "push", signed by the device key, sealed to HQ's box key::

    {"type": "meta", "device_id", "pull_since", "push_acked", "through", "device_head", "have": [hashes]}
    {"type": "push", "request": PushRequest}                       (one per batch, with its signed groups)
    {"type": "blob", "hash"} {"type": "chunk", "data"} ... {"type": "blob_end", "hash"}
    {"type": "end"}

* reply bundle (HQ -> laptop), kind "reply", signed by HQ, sealed to the device's box key::

    {"type": "meta", "device_id", "accepted_through", "acked_through", "rejected", "have_blobs", "since"}
    blob records as above, then {"type": "pull", "page": PullResponse} (one per page), {"type": "end"}

Nothing from a bundle is applied until the whole file has verified (signature checked at the end).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from app.errors import IntegrityProblem
from app.wire import protocol as p
from app.wire.envelope import BundleRejected, write_sealed

KIND_PUSH, KIND_REPLY = "push", "reply"
HQ_SIGNER = "hq"
BLOB_PIECE = 512 * 1024  # raw bytes per "chunk" line (base64 makes it ~700 KB)
MAX_LINE = 4 * 1024 * 1024  # longest JSON line a reader accepts (a pull page may be large)
# A reply is read piece by piece (memory stays bounded), so this bounds only the time and disk a
# wrong file could take: a ride's photos and scans are a few GB; exFAT sticks hold far more.
MAX_BUNDLE_BYTES = 64 * 1024**3


class BundleMismatch(IntegrityProblem):
    """A genuine bundle that is not meant for this place (another device, wrong direction)."""


# ----- JSON-lines framing shared by both sides ---------------------------------------------------
def line(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


def blob_lines(sha: str, chunks: Iterable[bytes]) -> Iterator[bytes]:
    yield line({"type": "blob", "hash": sha})
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= BLOB_PIECE:
            yield line({"type": "chunk", "data": base64.b64encode(bytes(buffer[:BLOB_PIECE])).decode()})
            del buffer[:BLOB_PIECE]
    if buffer:
        yield line({"type": "chunk", "data": base64.b64encode(bytes(buffer)).decode()})
    yield line({"type": "blob_end", "hash": sha})


def records(pieces: Iterable[bytes]) -> Iterator[dict[str, Any]]:
    """Parse JSON lines out of decrypted pieces, one record at a time (memory: one line)."""
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while True:
            end = buffer.find(b"\n")
            if end < 0:
                if len(buffer) > MAX_LINE:
                    raise BundleRejected("damaged", "The bundle holds a record too large to read; it is not usable.")
                break
            raw = bytes(buffer[:end])
            del buffer[: end + 1]
            try:
                doc = json.loads(raw)
            except ValueError:
                raise BundleRejected("damaged", "The bundle holds an unreadable record; it is not usable.") from None
            if not isinstance(doc, dict) or not isinstance(doc.get("type"), str):
                raise BundleRejected("damaged", "The bundle holds an unreadable record; it is not usable.")
            yield doc
    if buffer.strip():
        raise BundleRejected("damaged", "The bundle ends in the middle of a record; it is not usable.")


class BlobReceiver:
    """Consumes blob/chunk/blob_end records, streaming each file into ``sink`` and checking its hash.

    ``sink(sha, chunks)`` stores the chunks and returns the SHA-256 it actually saw.
    """

    def __init__(self, sink: Callable[[str, Iterator[bytes]], str]) -> None:
        self.sink = sink
        self.received: list[str] = []

    def take(self, first: dict[str, Any], stream: Iterator[dict[str, Any]]) -> None:
        sha = first.get("hash")
        if not isinstance(sha, str) or not p.SHA_RE.match(sha):
            raise BundleRejected("damaged", "The bundle names a file with an invalid fingerprint.")
        ended = False

        def chunks() -> Iterator[bytes]:
            nonlocal ended
            for doc in stream:
                if doc["type"] == "chunk" and isinstance(doc.get("data"), str):
                    try:
                        yield base64.b64decode(doc["data"], validate=True)
                    except ValueError:
                        raise BundleRejected("damaged", "The bundle holds an unreadable file piece.") from None
                elif doc["type"] == "blob_end" and doc.get("hash") == sha:
                    ended = True
                    return
                else:
                    raise BundleRejected("damaged", "A file inside the bundle is interrupted by another record.")

        got = self.sink(sha, chunks())
        if not ended:
            raise BundleRejected("damaged", "A file inside the bundle is cut short.")
        if got != sha:
            raise BundleRejected("damaged", "A file inside the bundle does not match its fingerprint.")
        self.received.append(sha)


def write_atomically(path: Path, lines: Iterable[bytes], **seal: Any) -> int:
    """write_sealed into a temp file next to ``path``, fsync, then rename into place."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".crbundle-partial", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as out:
            size = write_sealed(out, lines, **seal)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return size


def box_public_key(text: str) -> X25519PublicKey:
    """An X25519 public key given as base64 of its 32 raw bytes (as exchanged at enrollment)."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise IntegrityProblem("A stored bundle key is damaged; ask HQ to enroll this device again.") from None
