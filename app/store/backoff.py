"""Wrong-password back-off that survives restarts and `kill -9`.

The attempt is counted *before* the password is tried and the counter is cleared only after a
success, so killing the process mid-attempt cannot reset it. After FREE_ATTEMPTS failures each new
attempt must wait BASE_DELAY_SECONDS doubling per failure, capped at MAX_DELAY_SECONDS.

This slows down someone at the keyboard. It cannot slow an attacker who copies the key slots and
attacks them offline: that is what Argon2id and the password length rule are for.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from app.errors import LockedOut
from app.util.files import atomic_write

FREE_ATTEMPTS = 5
BASE_DELAY_SECONDS = 30.0
MAX_DELAY_SECONDS = 3600.0


@dataclass(frozen=True, slots=True)
class BackoffState:
    failures: int
    last_failure_at: float

    def delay_seconds(self) -> float:
        if self.failures < FREE_ATTEMPTS:
            return 0.0
        return min(BASE_DELAY_SECONDS * 2 ** (self.failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)

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

    def check(self, now: float | None = None) -> None:
        remaining = self.state().wait_remaining(time.time() if now is None else now)
        if remaining > 0:
            raise LockedOut(
                f"Too many wrong passwords. Wait {int(remaining) + 1} seconds, then try again. "
                "If the password is lost, your team lead can recover the workspace with HQ's recovery key.",
                retry_after_seconds=remaining,
            )

    def begin_attempt(self) -> None:
        """Count this attempt as failed until it succeeds (durably, before trying the password)."""
        state = self.state()
        self._write(BackoffState(state.failures + 1, time.time()))

    def succeeded(self) -> None:
        if self.state().failures:
            self._write(BackoffState(0, 0.0))

    def _write(self, state: BackoffState) -> None:
        payload = {"failures": state.failures, "last_failure_at": state.last_failure_at}
        atomic_write(self.path, json.dumps(payload).encode("utf-8"))
