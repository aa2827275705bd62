"""Cyclic garbage collection held off while a bounded batch builds many objects.

Applying a pull page or a push batch creates tens of thousands of short-lived ORM objects, none
in a reference cycle that outlives the batch; each time the allocation count passes gc's
threshold a collection walks every tracked object of the process and finds nothing to free: a
large share of a pull's time (docs/benchmarks.md). Reference counting still frees everything as
usual; the cycle collector resumes afterwards (if it was enabled) and finds whatever cycles were left.

The collector is one per process: when sections on several threads overlap, a section that found
it on turns it back on as it ends, and any other still running goes on with it on. So nothing is
left switched off, and a busy HQ whose sections overlap without a gap still collects.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
