"""The demo's pipeline history: dated moves from stage to stage for each synthetic case, so that
the team lead's dashboard (aging, weekly throughput) and `stats` show a pipeline that has been
running for months rather than one where every case entered its stage the moment the demo was made.

A case walks the usual path up to its stage (an on-hold or denied case from adjudicated; a closed
one from wherever the path ends), each move some days after the one before, the last one within
the four months before the demo's "today". Seeded: the same seed gives the same history.
"""

from __future__ import annotations

import datetime as dt
from random import Random

PATH = (
    "pre-screening",
    "interview-scheduled",
    "interviewed",
    "adjudicated",
    "approved",
    "medical",
    "cultural-orientation",
    "ready-for-departure",
    "departed",
)
BRANCHES = {"denied": "adjudicated", "on-hold": "adjudicated", "closed": "departed"}


def stage_path(stage: str) -> list[str]:
    """The stages a case passed through to reach `stage`, `stage` last."""
    if stage in PATH:
        return list(PATH[: PATH.index(stage) + 1])
    if stage in BRANCHES:
        return [*stage_path(BRANCHES[stage]), stage]
    return [stage]


def stage_moves(case_number: str, stage: str, today: dt.date, seed: int) -> list[tuple[str | None, str, dt.datetime]]:
    """(from, to, when) for each move of the case, oldest first; the last is the move to `stage`."""
    rng = Random(f"{seed}:{case_number}:history")
    path = stage_path(stage)
    when = dt.datetime.combine(today, dt.time(9), tzinfo=dt.UTC) - dt.timedelta(
        days=rng.choice((1, 3, 6, 10, 15, 24, 38, 55, 80, 110)), hours=rng.randrange(0, 8)
    )
    moves: list[tuple[str | None, str, dt.datetime]] = []
    for index in range(len(path) - 1, -1, -1):
        moves.append((path[index - 1] if index else None, path[index], when))
        when -= dt.timedelta(days=rng.randrange(4, 28), hours=rng.randrange(0, 8))
    return moves[::-1]
