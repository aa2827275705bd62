"""HQ's attachment store: content-addressed files with resumable uploads.

An upload lands in `partial/<hash>.<device>` chunk by chunk; each chunk must start exactly where
the partial file ends (so a re-sent chunk after a cut is refused with the offset to resume from,
never appended twice). The final chunk triggers a SHA-256 check of the whole file; only a file
whose content matches its name is moved into place. Nothing half-written is ever served.

Partial files are an enrolled device's to fill, and a device that never finishes could fill HQ's
disk, so they are bounded (`PartialLimits`): a file may not grow past the largest attachment a
laptop stores; a device keeps a few partial files at a time (starting one more drops its least
recently written one); all partial files together stay under a total; and a partial file that got
no chunk for a week is deleted, at start-up and at most hourly while uploads arrive. Each device
has its own partial file, so two laptops sending the same file do not trip over each other's
offsets, and one device's partial files count against its own allowance only.

Several HQ processes may share one blob folder (behind a load balancer): a chunk is appended under
an exclusive file lock (`locks/<first two hex digits>`, flock), so a laptop's retry reaching another
process while the first is still writing waits for it and then finds the offset moved. The total
of unfinished uploads is counted by each process from the folder at each sweep plus its own
writes, so with N processes it may briefly exceed the total by its share N times over. (On
Windows, where flock does not exist, run one HQ process per blob folder.)
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.errors import CircuitRideError
from app.util.files import fsync_dir, size_text
from app.wire.protocol import CHUNK_BYTES, SHA_RE, BlobStatus

log = logging.getLogger(__name__)

# The largest attachment a laptop stores (app/services/attachments.py MAX_ATTACHMENT_BYTES, which
# HQ does not import: it would pull the laptop's image and PDF stack into the server), plus room
# for what sanitising does to a file at that limit (a rewritten PDF can come out a little larger).
LAPTOP_ATTACHMENT_BYTES = 200 * 1024 * 1024
MAX_FILE_BYTES = LAPTOP_ATTACHMENT_BYTES + 16 * 1024 * 1024
NOT_HELD = "HQ does not hold this file"
_DEVICE_RE = re.compile(r"^[0-9A-Za-z-]{1,64}$")  # device ids are UUIDs; anything else never names a file


@dataclass(frozen=True, slots=True)
class PartialLimits:
    file_bytes: int = MAX_FILE_BYTES  # one upload in progress
    per_device: int = 8  # uploads in progress per device (a laptop sends one file at a time)
    total_bytes: int = 8 * 1024**3  # all uploads in progress together
    expire_seconds: float = 7 * 24 * 3600.0  # an upload that got no chunk for this long is dropped
    sweep_every_seconds: float = 3600.0


class BlobRefused(CircuitRideError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class BlobStore:
    def __init__(self, root: Path, limits: PartialLimits | None = None) -> None:
        self.root = root
        self.partial = root / "partial"
        self.partial.mkdir(parents=True, exist_ok=True)
        self.locks = root / "locks"
        self.locks.mkdir(exist_ok=True)
        self.limits = limits or PartialLimits()
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._partial_bytes = 0  # all partial files, kept up to date between sweeps (which recount)
        self._last_sweep = 0.0
        self.sweep()

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

    def part(self, sha: str, device_id: str) -> Path:
        if not _DEVICE_RE.match(device_id):
            raise BlobRefused(422, "not a device id")
        return self.partial / f"{self.check(sha)}.{device_id}"

    def has(self, sha: str) -> bool:
        return self.path(self.check(sha)).is_file()

    def missing(self, hashes: Iterable[str]) -> list[str]:
        return [h for h in dict.fromkeys(hashes) if not self.has(h)]

    def partial_offsets(self, hashes: Iterable[str], device_id: str) -> dict[str, int]:
        """For files this device is uploading, how many bytes HQ holds (so it resumes without asking)."""
        self.sweep_if_due()
        out = {}
        for sha in hashes:
            size = _size(self.part(sha, device_id))
            if size is not None:
                out[sha] = size
        return out

    def status(self, sha: str, device_id: str | None = None, known: bool = True) -> BlobStatus:
        """Whether HQ holds the file, else how much of it `device_id` has sent (any device: the most).
        `known`: whether the device may know HQ holds it; if not, it is answered as if HQ did not."""
        self.check(sha)
        if known and self.has(sha):
            return BlobStatus(hash=sha, offset=self.path(sha).stat().st_size, complete=True)
        if device_id is not None:
            held = _size(self.part(sha, device_id)) or 0
        else:
            held = max((_size(p) or 0 for p in self.partial.glob(f"{sha}.*")), default=0)
        return BlobStatus(hash=sha, offset=held, complete=False)

    def write_chunk(
        self, sha: str, offset: int, data: bytes, final: bool, device_id: str, known: bool = True
    ) -> BlobStatus:
        """Append a chunk of the device's upload. A file HQ holds is complete at once for a device
        that may know it does (`known`); any other device sends the whole file, whose hash is checked
        as always, and HQ keeps the copy it has (app/hq/blobaccess.py)."""
        part = self.part(sha, device_id)
        if len(data) > CHUNK_BYTES:
            raise BlobRefused(413, f"chunks are at most {CHUNK_BYTES} bytes")
        self.sweep_if_due()
        with self._lock(sha), _process_lock(self.locks / sha[:2]):
            if known and self.has(sha):
                self._drop(part)  # another device finished the same file first
                return self.status(sha)
            held = _size(part)
            have = held or 0
            if offset != have:
                raise BlobRefused(409, f"HQ holds {have} bytes of this file; resume from there")
            if have + len(data) > self.limits.file_bytes:
                self._drop(part)
                raise BlobRefused(
                    413,
                    f"a file sent to HQ may be at most {size_text(self.limits.file_bytes)}; this upload was discarded",
                )
            if held is None:
                self._make_room(device_id)
            self._reserve(len(data))
            try:
                with open(part, "ab") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
            except OSError:
                self._release(len(data))
                raise
            if not final:
                return BlobStatus(hash=sha, offset=have + len(data), complete=False)
            digest = hashlib.sha256()
            with open(part, "rb") as fh:
                for block in iter(lambda: fh.read(CHUNK_BYTES), b""):
                    digest.update(block)
            if digest.hexdigest() != sha:
                self._drop(part)
                raise BlobRefused(422, "the uploaded file does not match its hash; it was discarded, send it again")
            size = part.stat().st_size
            target = self.path(sha)
            if target.is_file():  # the one copy HQ holds already: this upload proved the device has it
                self._drop(part)
                return BlobStatus(hash=sha, offset=size, complete=True)
            target.parent.mkdir(exist_ok=True)
            os.replace(part, target)
            self._release(size)
            fsync_dir(target.parent)
            return self.status(sha)

    def read(self, sha: str, offset: int, length: int) -> bytes:
        if not self.has(sha):
            raise BlobRefused(404, NOT_HELD)
        length = max(0, min(length, CHUNK_BYTES))
        with open(self.path(sha), "rb") as fh:
            fh.seek(offset)
            return fh.read(length)

    def size(self, sha: str) -> int:
        if not self.has(sha):
            raise BlobRefused(404, NOT_HELD)
        return self.path(sha).stat().st_size

    # ----- bounds on partial files ---------------------------------------------------------------
    def _reserve(self, size: int) -> None:
        with self._guard:
            if self._partial_bytes + size > self.limits.total_bytes:
                raise BlobRefused(
                    507, "HQ has no room for more unfinished uploads at the moment; sync again later or tell HQ"
                )
            self._partial_bytes += size

    def _release(self, size: int) -> None:
        with self._guard:
            self._partial_bytes = max(0, self._partial_bytes - size)

    def _drop(self, part: Path) -> None:
        size = _size(part)
        if size is None:
            return
        part.unlink(missing_ok=True)
        self._release(size)

    def _make_room(self, device_id: str) -> None:
        """Before a device starts another upload: drop its least recently written ones past its allowance."""
        mine = []
        for path in self.partial.glob(f"*.{device_id}"):
            try:
                mine.append((path.stat().st_mtime, path))
            except FileNotFoundError:
                continue
        mine.sort()
        for _, path in mine[: max(0, len(mine) - self.limits.per_device + 1)]:
            self._drop(path)

    def sweep_if_due(self) -> None:
        if time.monotonic() - self._last_sweep >= self.limits.sweep_every_seconds:
            self.sweep()

    def sweep(self) -> int:
        """Delete partial files that got no chunk for `expire_seconds` (and files in the partial folder
        that are not a device's upload, such as those of versions that kept one per file); recount
        the rest. Returns how many were deleted."""
        self._last_sweep = time.monotonic()
        cutoff = time.time() - self.limits.expire_seconds
        kept = deleted = 0
        for path in self.partial.iterdir():
            try:
                info = path.stat()
            except FileNotFoundError:
                continue
            sha, _, device = path.name.partition(".")
            ours = path.is_file() and SHA_RE.match(sha) is not None and _DEVICE_RE.match(device) is not None
            if ours and info.st_mtime >= cutoff:
                kept += info.st_size
                continue
            if path.is_file():
                path.unlink(missing_ok=True)
                deleted += 1
        with self._guard:
            self._partial_bytes = kept
        if deleted:
            log.warning("deleted %d unfinished uploads (stale, or left by an older version of HQ)", deleted)
        return deleted


if sys.platform == "win32":

    @contextmanager
    def _process_lock(path: Path) -> Iterator[None]:
        yield  # one HQ process per blob folder on Windows (see the module's notes)

else:
    import fcntl

    @contextmanager
    def _process_lock(path: Path) -> Iterator[None]:
        """Exclusive across processes (and their threads) until the block ends; released by the
        kernel if the process dies holding it, so a killed HQ never leaves an upload locked."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None
