"""The blob vault: attachments (photos, scans, thumbnails) stored encrypted and content-addressed.

Each blob is the SHA-256 of its plaintext to the rest of the app, but on disk it lives at
``root/ab/cdef…`` where the address is ``HMAC-SHA256(vault_key, b"addr" + sha)``: naming files by
the plaintext hash would let anyone holding a known photo confirm it is on a stolen laptop.

Format choice (so that ``put_stream`` keeps memory bounded to one chunk): the plaintext is
encrypted with a fresh random 256-bit *data key* per blob, in AES-256-GCM chunks of
``CHUNK_BYTES`` plaintext. Only when the stream has ended, and the content hash is known, is the
data key wrapped (AES-256-GCM) under a key-encryption key ``HKDF(vault_key, info=… + sha)`` and
written into the header slot reserved at the start of the temp file. A file therefore only opens
under the content hash it is stored for: swapping two blob files, or reading with the wrong vault
key, fails at the unwrap. Chunk nonces are ``index || final-flag`` (unique under a key used for
one blob only) and every chunk's associated data is the header preamble (magic, version, chunk
size, random blob id), so chunks cannot be reordered, dropped, cut at a chunk boundary or moved
between blobs. The plaintext size sits in the wrap's associated data, so the reader knows exactly
how many chunks to expect; the whole-content SHA-256 is checked again at the end.

On-disk layout (big-endian)::

    preamble  magic "CRVB" | version u8 (=1) | 3 zero bytes | chunk_bytes u32 | blob_id 16B  (28 B)
    size      plaintext length u64                                                          ( 8 B)
    wrap      nonce 12B | AESGCM(kek, nonce, data_key, aad=preamble||size) 48B              (60 B)
    chunks    AESGCM(data_key, nonce=index u64||final u32, chunk, aad=preamble), each +16 B tag

Writes go to ``root/tmp/`` then ``os.replace`` into place after fsync, so a crash never leaves
a file at a final address; no plaintext ever touches disk. ``delete`` overwrites the file with
zeros before unlinking; on SSDs and copy-on-write file systems that is best effort only, the
real protection is that every byte on disk is ciphertext under the workspace key.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import secrets
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import IntegrityProblem, StorageFull
from app.util.files import fsync_dir
from app.wire.crypto import KEY_BYTES, MAX_CHUNK_BYTES, TAG_BYTES, chunk_nonce

CHUNK_BYTES = 1024 * 1024
FORMAT_VERSION = 1
MAGIC = b"CRVB"
BLOB_ID_BYTES = 16
PREAMBLE = struct.Struct(">4sB3xI16s")
SIZE = struct.Struct(">Q")
WRAP_NONCE_BYTES = 12
HEADER_BYTES = PREAMBLE.size + SIZE.size + WRAP_NONCE_BYTES + KEY_BYTES + TAG_BYTES  # 96
ERASE_BLOCK_BYTES = 1024 * 1024
TMP_DIR = "tmp"
TMP_SUFFIX = ".part"
_KEK_INFO = b"circuitride/vault/v1/blob-kek/"
_HEX = frozenset("0123456789abcdef")
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


@dataclass(frozen=True, slots=True)
class BlobInfo:
    sha256_hex: str
    size: int  # plaintext bytes
    stored_size: int  # bytes on disk


def _normalise_sha(sha256_hex: str) -> str:
    sha = sha256_hex.lower()
    if len(sha) != 64 or not set(sha) <= _HEX:
        raise ValueError("a blob is named by the 64-hex-digit SHA-256 of its content")
    return sha


def _stored_size(size: int, chunk_bytes: int) -> int:
    chunks = max(1, -(-size // chunk_bytes))
    return HEADER_BYTES + size + chunks * TAG_BYTES


def _damaged(sha: str, reason: str) -> IntegrityProblem:
    return IntegrityProblem(
        f"Attachment {sha[:8]} is damaged or has been tampered with ({reason}). "
        "Run `circuitride check`, then restore the workspace from a backup if it reports problems."
    )


def _storage_full() -> StorageFull:
    return StorageFull("The disk is full: free some space, then save the attachment again.")


class BlobVault:
    def __init__(self, root: Path, vault_key: bytes, *, chunk_bytes: int = CHUNK_BYTES) -> None:
        if len(vault_key) != KEY_BYTES:
            raise ValueError("the vault key must be 32 bytes")
        if not 0 < chunk_bytes <= MAX_CHUNK_BYTES:
            raise ValueError("chunk_bytes out of range")
        self._root = Path(root)
        self._key = bytes(vault_key)
        self._chunk_bytes = chunk_bytes
        self._writing: set[Path] = set()  # temp files of puts in progress, spared by cleanup

    # -- naming ------------------------------------------------------------------------------

    def address(self, sha256_hex: str) -> str:
        sha = bytes.fromhex(_normalise_sha(sha256_hex))
        return hmac.new(self._key, b"addr" + sha, hashlib.sha256).hexdigest()

    def _path(self, address: str) -> Path:
        return self._root / address[:2] / address[2:]

    def _kek(self, sha: str) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_KEK_INFO + bytes.fromhex(sha))
        return hkdf.derive(self._key)

    # -- writing -----------------------------------------------------------------------------

    def put(self, data: bytes) -> BlobInfo:
        sha = hashlib.sha256(data).hexdigest()
        path = self._path(self.address(sha))
        if path.exists():
            return BlobInfo(sha, len(data), path.stat().st_size)
        view = memoryview(data)
        step = self._chunk_bytes
        return self.put_stream(view[i : i + step] for i in range(0, len(view), step))

    def put_stream(self, chunks: Iterable[bytes | bytearray | memoryview]) -> BlobInfo:
        tmp_dir = self._root / TMP_DIR
        tmp = tmp_dir / f"{secrets.token_hex(16)}{TMP_SUFFIX}"
        self._writing.add(tmp)
        try:
            try:
                tmp_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
                sha, size = self._write_temp(tmp, chunks)
                path = self._path(self.address(sha))
                if path.exists():  # same content already stored: keep the durable copy, no rewrite
                    tmp.unlink()
                    return BlobInfo(sha, size, path.stat().st_size)
                fan_out = path.parent
                if not fan_out.is_dir():
                    fan_out.mkdir(mode=0o700, exist_ok=True)
                    fsync_dir(self._root)
                os.replace(tmp, path)
                fsync_dir(fan_out)
            except OSError as exc:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                if exc.errno in _DISK_FULL_ERRNOS:
                    raise _storage_full() from exc
                raise
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                raise
        finally:
            self._writing.discard(tmp)
        return BlobInfo(sha, size, _stored_size(size, self._chunk_bytes))

    def _write_temp(self, tmp: Path, chunks: Iterable[bytes | bytearray | memoryview]) -> tuple[str, int]:
        """Encrypt the stream into ``tmp``; returns (sha256 hex, plaintext size). Memory: ~1 chunk."""
        step = self._chunk_bytes
        preamble = PREAMBLE.pack(MAGIC, FORMAT_VERSION, step, secrets.token_bytes(BLOB_ID_BYTES))
        data_key = AESGCM.generate_key(bit_length=256)
        aead = AESGCM(data_key)
        hasher = hashlib.sha256()
        size = 0
        index = 0
        buf = bytearray(step)  # the only plaintext held: one chunk
        view = memoryview(buf)
        filled = 0
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(bytes(HEADER_BYTES))  # slot for the header, filled once the hash is known
            for piece in chunks:
                data = memoryview(piece).cast("B")
                hasher.update(data)
                size += len(data)
                pos = 0
                while pos < len(data):
                    # A full chunk is sealed only when more data arrives: then it is known not final.
                    if filled == step:
                        fh.write(aead.encrypt(chunk_nonce(index, False), view, preamble))
                        index += 1
                        filled = 0
                    n = min(step - filled, len(data) - pos)
                    view[filled : filled + n] = data[pos : pos + n]
                    filled += n
                    pos += n
            fh.write(aead.encrypt(chunk_nonce(index, True), view[:filled], preamble))
            sha = hasher.hexdigest()
            size_bytes = SIZE.pack(size)
            wrap_nonce = secrets.token_bytes(WRAP_NONCE_BYTES)
            wrapped = AESGCM(self._kek(sha)).encrypt(wrap_nonce, data_key, preamble + size_bytes)
            fh.seek(0)
            fh.write(preamble + size_bytes + wrap_nonce + wrapped)
            fh.flush()
            os.fsync(fh.fileno())
        return sha, size

    # -- reading -----------------------------------------------------------------------------

    def exists(self, sha256_hex: str) -> bool:
        return self._path(self.address(sha256_hex)).is_file()

    def get(self, sha256_hex: str) -> bytes:
        return b"".join(self.iter_chunks(sha256_hex))

    def verify(self, sha256_hex: str) -> None:
        for _ in self.iter_chunks(sha256_hex):
            pass

    def iter_chunks(self, sha256_hex: str) -> Iterator[bytes]:
        """Yield the plaintext chunk by chunk; each is authenticated before it is yielded.

        The whole-content hash is only known at the end: a caller that streams elsewhere must
        discard what it wrote if the iterator raises ``IntegrityProblem``.
        """
        sha = _normalise_sha(sha256_hex)
        path = self._path(self.address(sha))
        try:
            fh = open(path, "rb")  # closed by the `with fh` below
        except FileNotFoundError:
            raise _damaged(sha, "the file is missing") from None
        with fh:
            header = fh.read(HEADER_BYTES)
            if len(header) != HEADER_BYTES:
                raise _damaged(sha, "the header is cut short")
            preamble = header[: PREAMBLE.size]
            magic, version, step, _blob_id = PREAMBLE.unpack(preamble)
            if magic != MAGIC:
                raise _damaged(sha, "not a vault file")
            if version != FORMAT_VERSION:
                raise _damaged(sha, f"unknown format version {version}")
            if not 0 < step <= MAX_CHUNK_BYTES:
                raise _damaged(sha, "bad chunk size")
            size_bytes = header[PREAMBLE.size : PREAMBLE.size + SIZE.size]
            (size,) = SIZE.unpack(size_bytes)
            wrap_at = PREAMBLE.size + SIZE.size
            wrap_nonce = header[wrap_at : wrap_at + WRAP_NONCE_BYTES]
            wrapped = header[wrap_at + WRAP_NONCE_BYTES :]
            try:
                data_key = AESGCM(self._kek(sha)).decrypt(wrap_nonce, wrapped, preamble + size_bytes)
            except InvalidTag:
                raise _damaged(sha, "the key does not open this file") from None
            aead = AESGCM(data_key)
            hasher = hashlib.sha256()
            count = max(1, -(-size // step))
            for index in range(count):
                final = index == count - 1
                plain_len = size - index * step if final else step
                sealed = fh.read(plain_len + TAG_BYTES)
                if len(sealed) != plain_len + TAG_BYTES:
                    raise _damaged(sha, "the file is cut short")
                try:
                    plain = aead.decrypt(chunk_nonce(index, final), sealed, preamble)
                except InvalidTag:
                    raise _damaged(sha, f"chunk {index} fails authentication") from None
                hasher.update(plain)
                yield plain
            if fh.read(1):
                raise _damaged(sha, "unexpected data after the last chunk")
        if not hmac.compare_digest(hasher.hexdigest(), sha):
            raise _damaged(sha, "the content hash does not match")

    # -- housekeeping ------------------------------------------------------------------------

    def delete(self, sha256_hex: str) -> None:
        self.delete_address(self.address(sha256_hex))

    def delete_address(self, address: str) -> None:
        """Erase the blob stored at ``address`` (for orphans, whose hash is unknown); silent if absent."""
        path = self.path_for_address(address)
        try:
            fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            return
        with os.fdopen(fd, "wb") as fh:
            # Zeros from the start: the header holds the wrapped data key, so even a partial
            # overwrite leaves the rest undecryptable.
            remaining = os.fstat(fh.fileno()).st_size
            zeros = bytes(min(remaining, ERASE_BLOCK_BYTES))
            while remaining > 0:
                n = min(remaining, len(zeros))
                fh.write(zeros[:n])
                remaining -= n
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        fsync_dir(path.parent)

    def path_for_address(self, address: str) -> Path:
        """The file of a blob (for backups, which copy ciphertext as is)."""
        if len(address) != 64 or not set(address) <= _HEX:
            raise ValueError("a blob address is 64 lowercase hex digits")
        return self._path(address)

    def all_addresses(self) -> Iterator[str]:
        """Addresses of the blobs on disk; map database hashes through ``address`` to find orphans."""
        if not self._root.is_dir():
            return
        for fan_out in sorted(self._root.iterdir()):
            name = fan_out.name
            if len(name) != 2 or not set(name) <= _HEX or not fan_out.is_dir():
                continue
            for entry in sorted(fan_out.iterdir()):
                if len(entry.name) == 62 and set(entry.name) <= _HEX and entry.is_file():
                    yield name + entry.name

    def cleanup_partials(self) -> int:
        """Remove temp files left by a crash (call when unlocking, before any put); returns how many."""
        tmp_dir = self._root / TMP_DIR
        if not tmp_dir.is_dir():
            return 0
        removed = 0
        for entry in tmp_dir.iterdir():
            if entry.suffix == TMP_SUFFIX and entry not in self._writing:
                with contextlib.suppress(FileNotFoundError):
                    entry.unlink()
                    removed += 1
        if removed:
            fsync_dir(tmp_dir)
        return removed
