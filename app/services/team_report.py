"""The team lead's two Word reports about the team rather than one case (issue 22): a ride's
briefing pack and the team's statistics with their charts. The values are gathered here, with the
reader's permission to read cases (as the docket and `stats` read them), and laid out by
app/reports/briefing.py and app/reports/team_stats.py.

The briefing's schedule is the docket's rows (app/services/docket.py `docket_for`, one day at a
time), kept to the appointments of the ride's own cases: two rides at one site on one day never mix.
The statistics are `stats.statistics` and `stats.dashboard`, computed at one moment so the tables
and the charts agree.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Appointment, Case, Person, Site
from app.models.base import utcnow
from app.reports.briefing import (
    BriefingCase,
    BriefingInterpreter,
    BriefingSite,
    RideBriefing,
    ScheduleEntry,
    briefing_bytes,
)
from app.reports.model import Name
from app.reports.team_stats import StatsTable, TeamStats, team_stats_bytes
from app.services.cases import find_ride
from app.services.docket import MEDICAL_FLAGGED, OFF_DOCKET, SECURITY_FLAGGED, docket_for
from app.services.documents import Written, display_name_of, household, name_of, output_path, save
from app.services.interpreters import InterpreterInfo, list_interpreters
from app.services.schedule import DEFAULT_HOURS
from app.services.stats import EXPEDITED_DAYS, check_period, dashboard, statistics
from app.services.uow import reading
from app.store.workspace import Workspace


# ----- the ride briefing pack ----------------------------------------------------------------------
def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _languages(members: list[Person]) -> list[str]:
    """The family's languages, the principal applicant's first, each once."""
    out: list[str] = []
    for person in members:
        for code in person.languages or []:
            if isinstance(code, str) and code and code not in out:
                out.append(code)
    return out


def _within(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _away(info: InterpreterInfo, start: dt.date | None, end: dt.date | None) -> list[tuple[dt.date, dt.date]]:
    """The interpreter's periods away that overlap the ride (every period ahead when the ride has no
    dates: the briefing is read before travelling)."""
    low = start or dt.date.today()
    out = []
    for period in info.away:
        first, last = _date(period.get("from")), _date(period.get("to"))
        if first is None or last is None:
            continue
        if last >= low and (end is None or first <= end):
            out.append((first, last))
    return sorted(out)


def ride_briefing(ws: Workspace, ride: str) -> RideBriefing:
    """Everything the briefing pack prints about `ride` (a name or an id)."""
    with reading(ws) as session:
        row = find_ride(session, ride)
        name, start, end = row.name, _date(row.start_date), _date(row.end_date)
        listed_sites = [str(s) for s in row.sites or [] if str(s).strip()]
        team = [display_name_of(session, str(user)) for user in row.team or [] if str(user).strip()]
        cases = list(
            session.scalars(
                select(Case).where(Case.ride_id == row.id, Case.deleted.is_(False)).order_by(Case.case_number)
            )
        )
        families = household(session, [c.id for c in cases])
        briefing_cases = []
        for case in cases:
            members = families.get(case.id, [])
            file_at = f"Out with {case.file_holder}" if case.file_holder else case.file_location or ""
            briefing_cases.append(
                BriefingCase(
                    case_number=case.case_number,
                    site=case.site or "",
                    principal=name_of(members[0]) if members else Name(latin=""),
                    household_size=len(members),
                    languages=_languages(members),
                    stage=case.stage,
                    priority=case.priority,
                    expedited=bool(case.expedited),
                    medical=case.medical_status in MEDICAL_FLAGGED,
                    security=case.security_check_status in SECURITY_FLAGGED,
                    file_location=file_at,
                )
            )
        site_of_case = {c.id: c.site or "" for c in cases}
        appointments = session.execute(
            select(Appointment.id, Appointment.start, Appointment.site, Appointment.case_id).where(
                Appointment.case_id.in_(list(site_of_case)),
                Appointment.deleted.is_(False),
                Appointment.status.not_in(OFF_DOCKET),
            )
        ).all()
        hours = _site_hours(session)
        generated_by = display_name_of(session, ws.username or "")
    where = {a_id: (site or site_of_case.get(case_id, "")) for a_id, _start, site, case_id in appointments}
    schedule: dict[str, list[ScheduleEntry]] = {}
    for day in sorted({str(a_start)[:10] for _id, a_start, _site, _case in appointments}):
        for section in docket_for(ws, day).sections:
            for r in section.rows:
                if r.appointment_id in where:
                    schedule.setdefault(where[r.appointment_id], []).append(
                        ScheduleEntry(
                            start=r.start,
                            minutes=r.minutes,
                            case_number=r.case_number,
                            appointment_type=r.appointment_type,
                            interpreter=r.interpreter,
                            language=r.language,
                            room=r.room,
                            officer=section.officer,
                            status=r.status,
                        )
                    )
    others = ({c.site for c in briefing_cases} | set(schedule)) - set(listed_sites)
    sites = []
    for site in [*listed_sites, *sorted(others, key=lambda s: (s == "", s))]:
        entries = sorted(schedule.get(site, []), key=lambda e: (e.start, e.case_number))
        interpreters = list_interpreters(ws, site=site) if site else []
        sites.append(
            BriefingSite(
                name=site,
                hours=hours.get(site) or DEFAULT_HOURS,
                days=sorted({e.start.date() for e in entries if _within(e.start.date(), start, end)}),
                cases=[c for c in briefing_cases if c.site == site],
                interpreters=[
                    BriefingInterpreter(
                        name=i.name,
                        languages=[(lang["code"], lang["proficiency"]) for lang in i.languages],
                        away=_away(i, start, end),
                    )
                    for i in interpreters
                ],
                schedule=entries,
            )
        )
    order = {site.name: n for n, site in enumerate(sites)}
    return RideBriefing(
        ride=name,
        start=start,
        end=end,
        team=team,
        sites=sites,
        cases=sorted(briefing_cases, key=lambda c: (order.get(c.site, len(order)), c.case_number)),
        generated_at=dt.datetime.now().replace(microsecond=0),
        generated_by=generated_by,
    )


def _site_hours(session: Session) -> dict[str, str]:
    return {
        site: hours
        for site, hours in session.execute(select(Site.name, Site.hours).where(Site.deleted.is_(False)))
        if hours
    }


def write_ride_briefing(ws: Workspace, ride: str, out: Path | str) -> Written:
    """Write the briefing pack of `ride` (a name or an id) to `out` (.docx)."""
    path = output_path(out, ".docx")
    briefing = ride_briefing(ws, ride)
    save(path, briefing_bytes(briefing))
    return Written("ride-briefing", briefing.ride, path)


# ----- the team statistics -------------------------------------------------------------------------
def period_words(start: dt.date | None, end: dt.date | None) -> str:
    """The period as the report's header says it: "2026-09-01 to 2026-11-30", "all time"."""
    if start and end:
        return f"{start.isoformat()} to {end.isoformat()}"
    if start:
        return f"from {start.isoformat()}"
    if end:
        return f"until {end.isoformat()}"
    return "all time"


def team_stats(
    ws: Workspace,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    by: str = "site",
    now: dt.datetime | None = None,
) -> TeamStats:
    """The figures of the team statistics report: the tables of `statistics`, the charts'
    `dashboard` and the number of live cases the stage totals must add up to."""
    check_period(start, end, by)
    now = now or utcnow()
    figures = statistics(ws, start, end, by, now=now)
    charts = dashboard(ws, start, end, now=now)
    with reading(ws) as session:
        live = session.scalar(select(func.count()).select_from(Case).where(Case.deleted.is_(False))) or 0
        generated_by = display_name_of(session, ws.username or "")
    return TeamStats(
        period=period_words(start, end),
        by=by,
        tables=[StatsTable(name, list(t.columns), [list(r) for r in t.rows]) for name, t in figures.tables.items()],
        dashboard=charts,
        live_cases=int(live),
        expedited_days=EXPEDITED_DAYS,
        generated_at=dt.datetime.now().replace(microsecond=0),
        generated_by=generated_by,
    )


def write_team_stats(
    ws: Workspace,
    out: Path | str,
    *,
    start: dt.date | None,
    end: dt.date | None,
    by: str = "site",
    now: dt.datetime | None = None,
) -> Written:
    """Write the team statistics of the period (every day when neither end is given) to `out`
    (.docx); `now` is the moment the figures are for (the current time unless given)."""
    path = output_path(out, ".docx")
    check_period(start, end, by)
    report = team_stats(ws, start=start, end=end, by=by, now=now)
    save(path, team_stats_bytes(report))
    return Written("team-stats", report.period, path)
