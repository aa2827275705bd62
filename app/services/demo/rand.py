"""Fast draws from a ``random.Random``: the generator makes tens of millions of them.

``Random.choice``/``randint``/``randrange`` go through ``_randbelow`` in Python; scaling
``random()`` is much cheaper. The tiny bias (2**-53) does not matter for
synthetic data, and the result is just as deterministic.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Iterable, Sequence
from itertools import accumulate
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")


def pick(rng: Random, seq: Sequence[T]) -> T:
    return seq[int(rng.random() * len(seq))]


def randint(rng: Random, a: int, b: int) -> int:
    """Like ``Random.randint``: a <= n <= b."""
    return a + int(rng.random() * (b - a + 1))


def randbelow(rng: Random, n: int) -> int:
    """Like ``Random.randrange(n)``: 0 <= k < n."""
    return int(rng.random() * n)


class Table(Generic[T]):
    """Weighted choice with precomputed cumulative weights (much cheaper than ``rng.choices``)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        pairs = list(pairs)
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: Random) -> T:
        return self.items[bisect(self.cum, rng.random() * self.total)]
