"""UUIDv7 identifiers: time-ordered, generated on the device, never colliding across devices.

Python 3.11 has no uuid.uuid7, so we build it per RFC 9562 §5.7: 48 bits of Unix milliseconds,
then 74 random bits. Within one process ids are also strictly increasing (a counter in rand_a),
which keeps B-tree inserts append-only during a large import.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_seq = 0


def uuid7() -> str:
    global _last_ms, _seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            _seq += 1
            if _seq > 0xFFF:  # counter exhausted within one millisecond: borrow the next one
                _last_ms += 1
                _seq = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _seq = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave head-room for the counter
        seq = _seq
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | seq << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))
