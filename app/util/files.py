"""Files: atomic, durable writes, and bounded reads of files a user names.

Writes go to a temp file in the same directory, fsync, os.replace, fsync dir: a crash or power
cut leaves either the old file or the new one, never a torn mix. Every file the command line or
the app reads on a user's word (a manifest, a password file, an attachment, a form, a bundle) is
read through `read_limited` or `open_regular`, which refuse it, naming the limit, instead of
reading until memory runs out (`import /dev/zero`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from app.errors import CircuitRideError, InvalidInput

READ_PIECE_BYTES = 1024 * 1024  # a stream of unknown size is read in pieces, never all at once


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals the rename
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


# ----- reading what a user names ------------------------------------------------------------------
def size_text(size_bytes: int) -> str:
    """A byte count as people read it (binary units, as file managers show them)."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size_bytes >= scale:
            amount = size_bytes / scale
            return f"{amount:,.0f} {unit}" if amount >= 10 or amount == int(amount) else f"{amount:,.1f} {unit}"
    return f"{size_bytes:,} bytes"


def _too_large(what: str, max_bytes: int, advice: str, error: type[CircuitRideError]) -> CircuitRideError:
    return error(f"{what} is larger than {size_text(max_bytes)}" + (f": {advice}" if advice else "."))


def read_limited(
    path: str | os.PathLike[str],
    max_bytes: int,
    what: str,
    advice: str = "",
    *,
    error: type[CircuitRideError] = InvalidInput,
) -> bytes:
    """The bytes of `path`, at most `max_bytes` of them, or `error` saying `what` is too large.

    A regular file is measured before anything is read, so a huge one costs nothing; anything else
    (a device such as /dev/zero, a pipe, /dev/stdin) is read only up to the limit, because its size
    is unknown until it ends, if it ever does. Pipes are allowed on purpose: `--password-file
    <(pass show hq)` is how people keep a password out of files. Failing to open or read raises
    OSError as before, for the caller's own message.
    """
    with open(path, "rb") as fh:  # builtin open: a folder raises IsADirectoryError here
        info = os.fstat(fh.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise _too_large(what, max_bytes, advice, error)
        return read_stream_limited(fh, max_bytes, what, advice, error=error)


def read_stream_limited(
    stream: BinaryIO,
    max_bytes: int,
    what: str,
    advice: str = "",
    *,
    error: type[CircuitRideError] = InvalidInput,
) -> bytes:
    """What is left in `stream` (standard input, an open file), at most `max_bytes` of it."""
    data = bytearray()
    while len(data) <= max_bytes:
        piece = stream.read(min(READ_PIECE_BYTES, max_bytes + 1 - len(data)))
        if not piece:
            return bytes(data)
        data += piece
    raise _too_large(what, max_bytes, advice, error)


def open_regular(
    path: str | os.PathLike[str],
    max_bytes: int,
    what: str,
    advice: str = "",
    *,
    error: type[CircuitRideError] = InvalidInput,
) -> BinaryIO:
    """`path` opened for streaming, if it is a regular file of at most `max_bytes`.

    For files read piece by piece (bundles): memory stays bounded whatever the size, but an endless
    source (a device, a pipe fed forever) would never end, so only a regular file is taken. It is
    opened without blocking so that a FIFO put in its place is refused rather than waited on.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    fh = os.fdopen(fd, "rb")
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{what} is not a regular file (it is a device or a pipe): name the file itself.")
        if info.st_size > max_bytes:
            raise _too_large(what, max_bytes, advice, error)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        fh.close()
        raise
    return fh
