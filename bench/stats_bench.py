"""Statistics figures: `stats` (every table, grouped by site) and the pipeline over 50,000 cases on
an encrypted workspace (target: under 10 s). Run: `python -m bench.stats_bench`.

The rows are synthetic and inserted in bulk in one transaction (no photos, no audit events: the
benchmark measures reading): cases spread over sites, rides and stages, each with the stage
changes that brought it there, an interview for half of them, a no-show for one in ten and a
quality finding for one in twenty.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

CASES = 50_000
TARGET_S = 10.0
PASSWORD = "benchmark passphrase only"
SITES = ("Shire", "Lima", "Quito", "Kakuma", "Amman")
STAGES = ("pre-screening", "interview-scheduled", "interviewed", "approved", "medical", "cultural-orientation")


def fill(ws: Any, cases: int) -> None:
    from sqlalchemy import insert

    from app.models import Appointment, Case, CircuitRide, Interview, QcFinding, StageChange
    from app.util.ids import uuid7

    t0 = dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC)
    meta = {"rev": 1, "hlc": "", "origin_device": "", "updated_by": "bench", "updated_at": t0, "deleted": False}
    rides = [{"id": uuid7(), "name": f"Bench ride {n + 1}", "sites": list(SITES), "team": [], **meta} for n in range(4)]
    case_rows: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    interviews: list[dict[str, Any]] = []
    appointments: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for n in range(cases):
        cid = uuid7()
        depth = n % len(STAGES)
        at = t0 + dt.timedelta(hours=n % 2000)
        for k in range(depth + 1):
            moves.append(
                {
                    "id": uuid7(),
                    "case_id": cid,
                    "from_stage": STAGES[k - 1] if k else None,
                    "to_stage": STAGES[k],
                    "changed_at": at + dt.timedelta(days=4 * k),
                    "changed_by": "bench",
                    **meta,
                }
            )
        case_rows.append(
            {
                "id": cid,
                "case_number": f"BEN-{n + 1:06d}",
                "site": SITES[n % len(SITES)],
                "ride_id": rides[n % len(rides)]["id"],
                "stage": STAGES[depth],
                "stage_since": at + dt.timedelta(days=4 * depth),
                "expedited": n % 13 == 0,
                "priority": "P-2",
                "assignee": f"user{n % 7}",
                **meta,
            }
        )
        if n % 2 == 0:
            day = (at + dt.timedelta(days=5)).date().isoformat()
            interviews.append({"id": uuid7(), "case_id": cid, "type": "resettlement", "date": day,
                               "interviewer": f"user{n % 7}", **meta})  # fmt: skip
        if n % 10 == 0:
            start = (at + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
            appointments.append({"id": uuid7(), "case_id": cid, "type": "interview", "start": start,
                                 "status": "no_show", "notifications": [], **meta})  # fmt: skip
        if n % 20 == 0:
            findings.append({"id": uuid7(), "case_id": cid, "rule": "dob_missing", "severity": "medium",
                             "status": ("open", "fixed")[n % 40 == 0], "detail": "", "found_at": at, **meta})  # fmt: skip
    with ws.session() as s:
        for model, rows in [
            (CircuitRide, rides),
            (Case, case_rows),
            (StageChange, moves),
            (Interview, interviews),
            (Appointment, appointments),
            (QcFinding, findings),
        ]:
            s.execute(insert(model), rows)


def main() -> int:
    from app.services.stats import pipeline, statistics
    from app.services.workspaces import create_workspace
    from app.store.keyslots import TEST_KDF

    with tempfile.TemporaryDirectory() as tmp:
        ws = create_workspace(Path(tmp) / "ws", "bench", PASSWORD, kdf=TEST_KDF, role="team_lead")
        try:
            t = time.perf_counter()
            fill(ws, CASES)
            filled_s = time.perf_counter() - t
            t = time.perf_counter()
            result = statistics(ws, by="site")
            stats_s = time.perf_counter() - t
            t = time.perf_counter()
            weekly = statistics(ws, dt.date(2026, 6, 1), dt.date(2026, 8, 31), by="week")
            week_s = time.perf_counter() - t
            t = time.perf_counter()
            rows = pipeline(ws)
            pipeline_s = time.perf_counter() - t
        finally:
            ws.lock()
    assert result.total_cases == CASES == len(rows) == weekly.total_cases
    print(f"Statistics ({CASES:,} cases, synthetic rows inserted in {filled_s:.1f} s)")
    for label, seconds in [
        ("stats --by site", stats_s),
        ("stats --from --to --by week", week_s),
        ("pipeline (every case's stays)", pipeline_s),
    ]:
        print(f"  {label:<44} {seconds:>14.2f} s   target < {TARGET_S:.0f} s ({seconds / TARGET_S:.2f} of it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
