"""Worker-side reads of the Reports and QC page: each function runs on the task runner's worker
(never the GUI thread) and returns plain values the page shows. Services are imported inside the
functions, on the worker, not with the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from app.reports.charts import ChartWords
    from app.reports.model import Dashboard
    from app.services.qc import FindingInfo
    from app.services.workspaces import Workspace


@dataclass(frozen=True, slots=True)
class FindingsRead:
    rows: list[FindingInfo]  # with the day each was found and whom it is about
    me: str  # who unlocked the workspace
    may_run: bool  # run the checks (the service's `edit_cases`)
    may_assign: bool  # give findings to a team member (`assign_work`)
    may_dismiss: bool  # dismiss, and resolve any finding (`quality_control`)
    users: list[tuple[str, str]]  # active users (user name, how it is shown), for "Assign to…"


def read_findings(ws: Workspace) -> FindingsRead:
    """Every finding (open first, then by severity, as the service orders them) and what the
    signed-in role may do with them."""
    from app.models.roles import allowed
    from app.services.qc import list_findings
    from app.services.users import list_users

    findings = list_findings(ws)
    everyone = list_users(ws)
    me = ws.username or ""
    role = next((u.role for u in everyone if u.username == me and u.active), "none")
    users = [(u.username, shown_user(u.username, u.display_name)) for u in everyone if u.active]
    return FindingsRead(
        findings,
        me,
        may_run=allowed(role, "edit_cases"),
        may_assign=allowed(role, "assign_work"),
        may_dismiss=allowed(role, "quality_control"),
        users=users,
    )


def shown_user(username: str, display_name: str | None) -> str:
    name = (display_name or "").strip()
    return f"{name} ({username})" if name and name != username else username


@dataclass(frozen=True)
class Charts:
    """The dashboard's figures for one period, drawn on the worker (matplotlib Figures, no Qt)."""

    data: Dashboard
    funnel: Figure
    throughput: Figure
    aging: Figure


def read_charts(ws: Workspace, start: dt.date, end: dt.date, now: dt.datetime | None, words: ChartWords) -> Charts:
    """The dashboard's figures from `start` to `end` and the three charts drawn from them."""
    from app.reports.charts import aging_chart, funnel_chart, throughput_chart
    from app.services.stats import dashboard

    data = dashboard(ws, start, end, now=now)
    return Charts(data, funnel_chart(data, words), throughput_chart(data, words), aging_chart(data, words))


def write_workbook(ws: Workspace, out: str, start: dt.date, end: dt.date) -> str:
    """The statistics of the period, by site, as an .xlsx at `out` (checked before any work)."""
    from app.services.documents import output_path, save
    from app.services.stats import statistics, workbook

    path = output_path(out, ".xlsx")
    save(path, workbook(statistics(ws, start, end, "site")))
    return str(path)


def write_team_report(ws: Workspace, out: str, start: dt.date, end: dt.date) -> str:
    """The team statistics Word report of the period at `out` (app/services/team_report.py)."""
    from app.services.documents import output_path
    from app.services.team_report import write_team_stats

    written = write_team_stats(ws, output_path(out, ".docx"), start=start, end=end)
    return str(written.path)
