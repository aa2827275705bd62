"""HQ's attachment store: content-addressed files with resumable uploads.

An upload lands in `partial/<hash>` chunk by chunk; each chunk must start exactly where the partial
file ends (so a re-sent chunk after a cut is refused with the offset to resume from, never
appended twice). The final chunk triggers a SHA-256 check of the whole file; only a file whose
content matches its name is moved into place. Nothing half-written is ever served.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterable
from pathlib import Path

from app.errors import CircuitRideError
from app.sync.protocol import CHUNK_BYTES, SHA_RE, BlobStatus
from app.util.files import fsync_dir


class BlobRefused(CircuitRideError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.partial = root / "partial"
        self.partial.mkdir(parents=True, exist_ok=True)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _lock(self, sha: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(sha, threading.Lock())

    @staticmethod
    def check(sha: str) -> str:
        if not SHA_RE.match(sha):
            raise BlobRefused(422, "not a SHA-256 content hash")
        return sha

    def path(self, sha: str) -> Path:
        return self.root / sha[:2] / sha

    def has(self, sha: str) -> bool:
        return self.path(self.check(sha)).is_file()

    def missing(self, hashes: Iterable[str]) -> list[str]:
        return [h for h in dict.fromkeys(hashes) if not self.has(h)]

    def partial_offsets(self, hashes: Iterable[str]) -> dict[str, int]:
        """For files being uploaded, how many bytes HQ holds (so the device resumes without asking)."""
        out = {}
        for sha in hashes:
            part = self.partial / self.check(sha)
            if part.exists():
                out[sha] = part.stat().st_size
        return out

    def status(self, sha: str) -> BlobStatus:
        self.check(sha)
        if self.has(sha):
            return BlobStatus(hash=sha, offset=self.path(sha).stat().st_size, complete=True)
        part = self.partial / sha
        return BlobStatus(hash=sha, offset=part.stat().st_size if part.exists() else 0, complete=False)

    def write_chunk(self, sha: str, offset: int, data: bytes, final: bool) -> BlobStatus:
        self.check(sha)
        if len(data) > CHUNK_BYTES:
            raise BlobRefused(413, f"chunks are at most {CHUNK_BYTES} bytes")
        with self._lock(sha):
            if self.has(sha):
                return self.status(sha)
            part = self.partial / sha
            have = part.stat().st_size if part.exists() else 0
            if offset != have:
                raise BlobRefused(409, f"HQ holds {have} bytes of this file; resume from there")
            with open(part, "ab") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if not final:
                return BlobStatus(hash=sha, offset=have + len(data), complete=False)
            digest = hashlib.sha256()
            with open(part, "rb") as fh:
                for block in iter(lambda: fh.read(CHUNK_BYTES), b""):
                    digest.update(block)
            if digest.hexdigest() != sha:
                part.unlink(missing_ok=True)
                raise BlobRefused(422, "the uploaded file does not match its hash; it was discarded, send it again")
            target = self.path(sha)
            target.parent.mkdir(exist_ok=True)
            os.replace(part, target)
            fsync_dir(target.parent)
            return self.status(sha)

    def read(self, sha: str, offset: int, length: int) -> bytes:
        if not self.has(sha):
            raise BlobRefused(404, "HQ does not hold this file")
        length = max(0, min(length, CHUNK_BYTES))
        with open(self.path(sha), "rb") as fh:
            fh.seek(offset)
            return fh.read(length)

    def size(self, sha: str) -> int:
        if not self.has(sha):
            raise BlobRefused(404, "HQ does not hold this file")
        return self.path(sha).stat().st_size
