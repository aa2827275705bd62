"""Hybrid logical clock: orders changes across devices without trusting wall clocks.

A stamp is (wall milliseconds, counter, device id), encoded as a fixed-width string that sorts
lexicographically in stamp order: "0001764000000000-0000-<device>". `tick()` for a local change;
`observe()` when a remote stamp arrives, so the next local stamp is after everything seen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

WALL_DIGITS = 16
COUNTER_DIGITS = 4
MAX_COUNTER = 10**COUNTER_DIGITS - 1


@dataclass(frozen=True, slots=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


class HybridClock:
    def __init__(self, device: str, last: str | None = None) -> None:
        self.device = device
        self.last = Stamp.decode(last) if last else Stamp(0, 0, device)

    @staticmethod
    def _now_ms() -> int:
        return time.time_ns() // 1_000_000

    def tick(self) -> str:
        now = self._now_ms()
        if now > self.last.wall_ms:
            stamp = Stamp(now, 0, self.device)
        elif self.last.counter < MAX_COUNTER:
            stamp = Stamp(self.last.wall_ms, self.last.counter + 1, self.device)
        else:  # counter exhausted in one millisecond: step logical time forward
            stamp = Stamp(self.last.wall_ms + 1, 0, self.device)
        self.last = stamp
        return stamp.encode()

    def tick_many(self, n: int) -> list[str]:
        """`n` stamps for `n` local changes made at once: what `n` calls of `tick` give when the
        wall clock does not move meanwhile (the clock is read once; a batch of tens of thousands of
        rows spent more on reading it and making Stamp objects than on the rows)."""
        now = self._now_ms()
        wall, counter, device = self.last.wall_ms, self.last.counter, self.device
        out: list[str] = []
        for _ in range(n):
            if now > wall:
                wall, counter = now, 0
            elif counter < MAX_COUNTER:
                counter += 1
            else:
                wall, counter = wall + 1, 0
            out.append(f"{wall:0{WALL_DIGITS}d}-{counter:0{COUNTER_DIGITS}d}-{device}")
        self.last = Stamp(wall, counter, device)
        return out

    def observe(self, remote: str) -> None:
        other = Stamp.decode(remote)
        if (other.wall_ms, other.counter) > (self.last.wall_ms, self.last.counter):
            self.last = Stamp(other.wall_ms, other.counter, self.device)
