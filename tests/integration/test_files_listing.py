"""The Files page's list (issue 22): every case's paper file read in one query, with its principal
applicant and ride, overdue files first (the most overdue first), then those checked out (the
soonest due first), then those in their place; on a real encrypted workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services.files import checkin, checkout, file_rows
from app.services.manifest import import_manifest
from app.store.workspace import Workspace

TODAY = dt.date(2026, 12, 6)
EARLIER = dt.date(2026, 11, 1)


def _manifest() -> dict[str, Any]:
    return {
        "sites": [{"name": "Lima", "country": "PE", "prefix": "LIM"}],
        "rides": [{"name": "North", "sites": ["Lima"]}],
        "interpreters": [],
        "cases": [
            {
                "case_number": f"LIM-00000{i}",
                "site": "Lima",
                **({"ride": "North"} if i % 2 else {}),
                "file_location": "Cabinet 2",
                "persons": [{"role": "principal_applicant", "family_name": f"Synthetic{i}", "given_names": "Ana"}],
            }
            for i in range(1, 7)
        ],
    }


def test_every_file_is_listed_overdue_first_then_checked_out_then_in_place(ws: Workspace) -> None:
    import_manifest(ws, _manifest())
    checkout(ws, ["LIM-000005"], "Officer B", due="2026-11-20", today=EARLIER)  # 16 days overdue
    checkout(ws, ["LIM-000002"], "Officer B", due="2026-12-01", today=EARLIER)  # 5 days overdue
    checkout(ws, ["LIM-000004"], "Interviewer A", due="2026-12-20", today=EARLIER)
    checkout(ws, ["LIM-000006"], "Interviewer A", today=EARLIER)  # no due date: after those due
    rows = file_rows(ws, today=TODAY)
    assert [r.custody.case_number for r in rows] == [
        "LIM-000005",
        "LIM-000002",
        "LIM-000004",
        "LIM-000006",
        "LIM-000001",
        "LIM-000003",
    ]
    assert [r.state for r in rows] == ["overdue", "overdue", "out", "out", "in", "in"]
    assert [r.days_overdue for r in rows] == [16, 5, 0, 0, 0, 0]
    first = rows[0]
    assert (first.principal, first.ride, first.custody.holder, first.custody.due) == (
        "Ana Synthetic5",
        "North",
        "Officer B",
        "2026-11-20",
    )
    assert first.custody.location == "Officer B" and first.custody.home == "Cabinet 2"
    assert first.custody.since is not None
    in_place = rows[-1]
    assert (in_place.custody.location, in_place.custody.holder, in_place.ride) == ("Cabinet 2", None, "North")
    assert rows[2].ride == ""  # LIM-000004 is on no ride
    checkin(ws, ["LIM-000005"], to="Cabinet 9")
    back = {r.custody.case_number: r for r in file_rows(ws, today=TODAY)}["LIM-000005"]
    assert (back.state, back.custody.location, back.days_overdue) == ("in", "Cabinet 9", 0)
