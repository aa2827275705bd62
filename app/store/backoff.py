"""Wrong-password back-off that survives restarts, `kill -9` and a full disk.

The attempt is counted *before* the password is tried and the counter is cleared only after a
success, so killing the process mid-attempt cannot reset it. After FREE_ATTEMPTS failures each new
attempt must wait BASE_DELAY_SECONDS doubling per failure, capped at MAX_DELAY_SECONDS.

A full disk must neither lock the user out nor become a way to guess without delay. The counter
is a record of fixed size (RECORD_BYTES) kept in a file that exists from the workspace's creation
and is re-created by every successful unlock (`ensure()`). It is normally replaced atomically
(temp file, fsync, rename); when that fails because the disk is full it is overwritten in place,
which needs no free block. A write torn by a power cut reads back as damaged, and a damaged
counter counts as the threshold reached, so the fallback errs on the safe side. If even the
in-place write is impossible (no counter file yet, a copy-on-write file system with no room), the
password is not tried at all: an attempt that cannot be counted is an attempt without delay, and
repeated it would be unlimited guessing; the user is told to free some space.

This slows down someone at the keyboard. It cannot slow an attacker who copies the key slots and
attacks them offline: that is what Argon2id and the password length rule are for.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from app.errors import CircuitRideError, LockedOut, StorageFull
from app.util.files import atomic_write

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 5
BASE_DELAY_SECONDS = 30.0
MAX_DELAY_SECONDS = 3600.0
# JSON padded with spaces: every record has the same size, so an in-place overwrite never needs a
# block the file does not already own (json.loads ignores the padding).
RECORD_BYTES = 128
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


@dataclass(frozen=True, slots=True)
class BackoffState:
    failures: int
    last_failure_at: float

    def delay_seconds(self) -> float:
        if self.failures < FREE_ATTEMPTS:
            return 0.0
        doubled: float = BASE_DELAY_SECONDS * 2 ** (self.failures - FREE_ATTEMPTS)  # 2 ** int >= 0: an int
        return min(doubled, MAX_DELAY_SECONDS)

    def wait_remaining(self, now: float) -> float:
        return max(0.0, self.last_failure_at + self.delay_seconds() - now)


class Backoff:
    def __init__(self, path: Path) -> None:
        self.path = path

    def state(self) -> BackoffState:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return BackoffState(int(data["failures"]), float(data["last_failure_at"]))
        except FileNotFoundError:
            return BackoffState(0, 0.0)
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged counter must not become a free reset: treat it as the threshold reached.
            return BackoffState(FREE_ATTEMPTS, time.time())

    def check(self, now: float | None = None, *, recoverable: bool = False) -> None:
        """Refuse an attempt during the delay. `recoverable`: the workspace has HQ's recovery slot, so
        a lost password can be replaced (promised only then: without it, nobody can recover it)."""
        remaining = self.state().wait_remaining(time.time() if now is None else now)
        if remaining > 0:
            advice = (
                "If the password is lost, your team lead can recover the workspace with HQ's recovery key."
                if recoverable
                else "If the password is lost, another user of this workspace can still open it; without one, "
                "the data cannot be recovered."
            )
            raise LockedOut(
                f"Too many wrong passwords. Wait {int(remaining) + 1} seconds, then try again. {advice}",
                retry_after_seconds=remaining,
            )

    def begin_attempt(self) -> None:
        """Count this attempt as failed until it succeeds (durably, before trying the password).

        Raises StorageFull, without trying the password, when the attempt cannot be counted."""
        state = self.state()
        problem = self._record(BackoffState(state.failures + 1, time.time()))
        if problem is not None:
            where = self.path.parent.parent
            if problem in DISK_FULL_ERRNOS:
                raise StorageFull(
                    "The disk is full, so this unlock attempt cannot be counted and the password was not "
                    f"tried. Free some space on the drive that holds {where} and try again; nothing was changed."
                )
            raise CircuitRideError(
                f"The workspace at {where} cannot be written to, so this unlock attempt cannot be counted "
                "and the password was not tried. Check that the drive is connected and writable, then try again."
            )

    def succeeded(self) -> None:
        """Clear the counter after a right password. Never fails: the session must open even when
        nothing can be written (the attempt then stays counted, which only errs on the safe side)."""
        if self.state().failures or not self._has_full_record():
            if self._record(BackoffState(0, 0.0)) is not None:
                log.warning("unlock counter could not be reset (disk full or not writable)")

    def ensure(self) -> None:
        """Make sure the counter file exists at full size, so a later full disk can still count."""
        if not self._has_full_record():
            self._record(self.state())

    def _has_full_record(self) -> bool:
        try:
            return self.path.stat().st_size >= RECORD_BYTES
        except OSError:
            return False

    def _write(self, state: BackoffState) -> None:
        atomic_write(self.path, _encode(state))

    def _record(self, state: BackoffState) -> int | None:
        """Write the state: atomically if there is room, else in place. None when written, else
        the errno that stopped it."""
        try:
            self._write(state)
            return None
        except OSError as exc:
            problem = exc.errno or errno.EIO
            if problem not in DISK_FULL_ERRNOS:
                return problem
        try:
            # "r+b": no create, no truncate; the bytes land in blocks the file already owns.
            with open(self.path, "r+b") as fh:
                fh.write(_encode(state))
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            return problem  # no counter file yet, or not even its own blocks can be rewritten
        log.info("unlock counter overwritten in place (disk full)")
        return None


def _encode(state: BackoffState) -> bytes:
    payload = json.dumps({"failures": state.failures, "last_failure_at": state.last_failure_at}).encode("utf-8")
    return payload.ljust(RECORD_BYTES - 1) + b"\n"
