"""The pipeline and its statistics (issue 22): how long each case has been in its stage, how long
it spent in the stages before, and the figures a team lead reads per site, ride, stage, user or
week.

Every move of a stage is a dated `StageChange` (written by the unit of work, app/services/uow.py,
or pulled from HQ with the change it belongs to) and `Case.stage_since` is when the case entered
its current stage. A case from before those records (an older workspace) is read as having been in
its stage since its last update; nothing is written back.

What `statistics` counts:
- `stages`: the cases in each stage now (every live case once: the totals are the cases `export`
  holds);
- `interviews`: interviews done per interviewer per day (by the interview's date): those recorded
  on a case and the interview appointments marked done on a day without such a record;
- `stage_times`: the stays in each stage that began in the period and their average length in days
  (a stay still going counts up to now);
- `expedited`: expedited cases in their stage for more than `EXPEDITED_DAYS` days now;
- `no_shows`: appointments marked no-show (by the appointment's day);
- `qc`: quality-control findings open (open or assigned) and fixed (by the day they were found).

`dashboard` gives the team lead's charts their figures (app/reports/charts.py draws them).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import Appointment, Case, CircuitRide, Interview, QcFinding, StageChange, vocab
from app.models.base import utcnow
from app.models.roles import STAGE_RANK
from app.reports.model import AGE_BUCKETS, Dashboard
from app.services.uow import reading
from app.store.workspace import Workspace

EXPEDITED_DAYS = 14  # an expedited case longer than this in one stage is late
GROUPINGS = ("site", "ride", "stage", "user", "week")
NONE = "(none)"  # the group of a case without a site, ride or assignee
TABLES = ("stages", "interviews", "stage_times", "expedited", "no_shows", "qc")


def _days(start: dt.datetime, end: dt.datetime) -> float:
    return round(max((end - start).total_seconds(), 0.0) / 86400, 1)


def _week(day: dt.date | None) -> str:
    if day is None:
        return NONE
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Stay:
    """A case's time in one stage: from `start` to `end` (None: still there)."""

    stage: str
    start: dt.datetime
    end: dt.datetime | None
    by: str | None


@dataclass
class CaseRow:
    id: str
    case_number: str
    stage: str
    site: str
    ride: str
    assignee: str
    expedited: bool
    since: dt.datetime  # stage_since, or the last update for a case from before stage dates
    stays: list[Stay] = field(default_factory=list)


@dataclass(frozen=True)
class CasePipeline:
    case_number: str
    stage: str
    since: dt.datetime
    days_in_stage: float
    stages: list[tuple[str, float]]  # every stay in order, the current one last: (stage, days)

    def as_json(self) -> dict[str, Any]:
        return {
            "case_number": self.case_number,
            "stage": self.stage,
            "since": self.since.isoformat(),
            "days_in_stage": self.days_in_stage,
            "stages": [[stage, days] for stage, days in self.stages],
        }


def _load_cases(s: Session) -> list[CaseRow]:
    rides = dict(s.execute(select(CircuitRide.id, CircuitRide.name)).all())
    cases: dict[str, CaseRow] = {}
    query = select(
        Case.id, Case.case_number, Case.stage, Case.site, Case.ride_id, Case.assignee, Case.expedited,
        Case.stage_since, Case.updated_at,
    ).where(Case.deleted.is_(False))  # fmt: skip
    for cid, number, stage, site, ride_id, assignee, expedited, since, updated in s.execute(query):
        cases[cid] = CaseRow(
            id=cid,
            case_number=number,
            stage=stage,
            site=site or NONE,
            ride=rides.get(ride_id, NONE) if ride_id else NONE,
            assignee=assignee or NONE,
            expedited=bool(expedited),
            since=since or updated or utcnow(),
        )
    moves: dict[str, list[tuple[dt.datetime, str, str]]] = defaultdict(list)
    query2 = (
        select(StageChange.case_id, StageChange.changed_at, StageChange.to_stage, StageChange.changed_by)
        .where(StageChange.deleted.is_(False))
        .order_by(StageChange.case_id, StageChange.changed_at, StageChange.id)
    )
    for cid, at, to_stage, by in s.execute(query2):
        if cid in cases:
            moves[cid].append((at, to_stage, by))
    for case in cases.values():
        case.stays = _stays(case, moves.get(case.id, []))
    return sorted(cases.values(), key=lambda c: c.case_number)


def _stays(case: CaseRow, moves: list[tuple[dt.datetime, str, str]]) -> list[Stay]:
    stays: list[Stay] = []
    for n, (at, to_stage, by) in enumerate(moves):
        end = moves[n + 1][0] if n + 1 < len(moves) else None
        stays.append(Stay(to_stage, at, end, by))
    if not stays or stays[-1].stage != case.stage:
        # no record of the move to the current stage (a case from before stage dates): since stage_since
        if stays:
            last = stays[-1]
            stays[-1] = Stay(last.stage, last.start, max(case.since, last.start), last.by)
        stays.append(Stay(case.stage, case.since, None, None))
    return stays


def pipeline(ws: Workspace, *, now: dt.datetime | None = None) -> list[CasePipeline]:
    """Every live case by case number: its stage, the days it has been there, and every stay."""
    now = now or utcnow()
    with reading(ws) as s:
        cases = _load_cases(s)
    return [
        CasePipeline(
            case_number=c.case_number,
            stage=c.stage,
            since=c.since,
            days_in_stage=_days(c.since, now),
            stages=[(st.stage, _days(st.start, st.end or now)) for st in c.stays],
        )
        for c in cases
    ]


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]

    def as_json(self) -> dict[str, Any]:
        return {"columns": self.columns, "rows": self.rows}


@dataclass
class Statistics:
    by: str
    start: dt.date | None
    end: dt.date | None
    tables: dict[str, Table]

    @property
    def total_cases(self) -> int:
        return sum(int(row[-1]) for row in self.tables["stages"].rows)

    def as_json(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "expedited_days": EXPEDITED_DAYS,
            "total_cases": self.total_cases,
            "tables": {name: t.as_json() for name, t in self.tables.items()},
        }


def _day(value: Any) -> dt.date | None:
    """The calendar day of a stored date, local time or UTC timestamp (None when unreadable)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _interviews_done(s: Session) -> list[tuple[str, str | None, dt.date | None]]:
    """(case id, interviewer, day) of every interview done: each interview recorded on a case, and
    each interview appointment marked done (attended, in older workspaces) on a day the case has no
    interview recorded (the record and its appointment are one interview). An appointment's
    interviewer is its officer, else the staff member, else the team member who takes care of it."""
    done = [
        (cid, who, _day(date))
        for cid, who, date in s.execute(
            select(Interview.case_id, Interview.interviewer, Interview.date).where(Interview.deleted.is_(False))
        )
    ]
    recorded = {(cid, day) for cid, _who, day in done}
    for cid, start, officer, staff, assignee in s.execute(
        select(
            Appointment.case_id, Appointment.start, Appointment.officer, Appointment.staff, Appointment.assignee
        ).where(
            Appointment.deleted.is_(False),
            Appointment.type == "interview",
            Appointment.status.in_(("done", "attended")),
        )
    ):
        if (cid, _day(start)) not in recorded:
            done.append((cid, officer or staff or assignee, _day(start)))
    return done


def check_period(start: dt.date | None, end: dt.date | None, by: str) -> None:
    if by not in GROUPINGS:
        raise InvalidInput("Unknown grouping '{by}': use one of {choices}.", by=by, choices=", ".join(GROUPINGS))
    if start and end and end < start:
        raise InvalidInput(
            "The period ends ({end}) before it starts ({start}): give --to on or after --from.",
            start=start.isoformat(),
            end=end.isoformat(),
        )


def statistics(
    ws: Workspace,
    start: dt.date | None = None,
    end: dt.date | None = None,
    by: str = "site",
    *,
    now: dt.datetime | None = None,
) -> Statistics:
    """The team lead's figures (module docstring), each table's first column the group `by`."""
    check_period(start, end, by)
    now = now or utcnow()

    def in_period(day: dt.date | None) -> bool:
        if day is None:
            return start is None and end is None
        return (start is None or day >= start) and (end is None or day <= end)

    with reading(ws) as s:
        cases = _load_cases(s)
        by_id = {c.id: c for c in cases}
        interviews = _interviews_done(s)
        no_shows = s.execute(
            select(Appointment.case_id, Appointment.start, Appointment.assignee, Appointment.staff).where(
                Appointment.deleted.is_(False), Appointment.status == "no_show"
            )
        ).all()
        findings = s.execute(
            select(QcFinding.case_id, QcFinding.status, QcFinding.found_at, QcFinding.assignee).where(
                QcFinding.deleted.is_(False)
            )
        ).all()

    def group(case: CaseRow | None, day: dt.date | None, user: str | None) -> str:
        if by == "week":
            return _week(day)
        if by == "user":
            return user or NONE
        if case is None:
            return NONE
        return {"site": case.site, "ride": case.ride, "stage": case.stage}[by]

    def key(g: str) -> tuple[bool, int, str]:  # groups in order, stages as a case moves, "(none)" last
        return (g == NONE, STAGE_RANK.get(g, 0) if by == "stage" else 0, g)

    stage_key: Callable[[str], int] = lambda st: STAGE_RANK.get(st, 99)  # noqa: E731

    stages: Counter[tuple[str, str]] = Counter()
    late: list[list[Any]] = []
    for c in cases:
        stages[(group(c, c.since.date(), c.assignee), c.stage)] += 1
        days = _days(c.since, now)
        if c.expedited and days > EXPEDITED_DAYS:
            late.append([group(c, c.since.date(), c.assignee), c.case_number, c.stage, days])

    done: Counter[tuple[str, str, str]] = Counter()
    for cid, interviewer, day in interviews:
        if day is None or not in_period(day):
            continue
        done[(group(by_id.get(cid), day, interviewer), interviewer or NONE, day.isoformat())] += 1

    stays: dict[tuple[str, str], list[float]] = defaultdict(list)
    for c in cases:
        for st in c.stays:
            if in_period(st.start.date()):
                stays[(group(c, st.start.date(), st.by), st.stage)].append(_days(st.start, st.end or now))

    missed: Counter[str] = Counter()
    for cid, when, assignee, staff in no_shows:
        day = _day(when)
        if in_period(day):
            missed[group(by_id.get(cid), day, assignee or staff)] += 1

    qc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cid, status, found, assignee in findings:
        day = _day(found)
        if not in_period(day) or status not in ("open", "assigned", "fixed"):
            continue
        qc[group(by_id.get(cid), day, assignee)][0 if status != "fixed" else 1] += 1

    tables = {
        "stages": Table(
            [by, "stage", "cases"],
            [[g, st, n] for (g, st), n in sorted(stages.items(), key=lambda i: (key(i[0][0]), stage_key(i[0][1])))],
        ),
        "interviews": Table(
            [by, "interviewer", "date", "interviews"],
            [[g, who, day, n] for (g, who, day), n in sorted(done.items(), key=lambda i: (key(i[0][0]), i[0][1:]))],
        ),
        "stage_times": Table(
            [by, "stage", "stays", "average_days"],
            [
                [g, st, len(v), round(sum(v) / len(v), 1)]
                for (g, st), v in sorted(stays.items(), key=lambda i: (key(i[0][0]), stage_key(i[0][1])))
            ],
        ),
        "expedited": Table(
            [by, "case_number", "stage", "days_in_stage"], sorted(late, key=lambda r: (key(r[0]), -r[3], r[1]))
        ),
        "no_shows": Table([by, "no_shows"], [[g, n] for g, n in sorted(missed.items(), key=lambda i: key(i[0]))]),
        "qc": Table([by, "open", "fixed"], [[g, o, f] for g, (o, f) in sorted(qc.items(), key=lambda i: key(i[0]))]),
    }
    return Statistics(by=by, start=start, end=end, tables=tables)


def workbook(stats: Statistics) -> bytes:
    """The tables as an .xlsx: a sheet per table, the header bold and frozen, columns sized."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    for sheet in list(book.worksheets):  # the empty default sheet
        book.remove(sheet)
    bold = Font(bold=True)
    for name, table in stats.tables.items():
        sheet = book.create_sheet(title=name)
        sheet.append(table.columns)
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
        for n, column in enumerate(table.columns, start=1):
            width = max([len(str(column)), *(len(str(r[n - 1])) for r in table.rows)])
            sheet.column_dimensions[get_column_letter(n)].width = min(width + 2, 60)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _stage_order(stage: str) -> tuple[int, int]:
    """Pipeline order: by rank, stages of one rank (approved, denied, on hold) as the vocabulary lists them."""
    return (STAGE_RANK.get(stage, 99), vocab.STAGES.index(stage) if stage in vocab.STAGES else 99)


DASHBOARD_WEEKS = 12  # the weeks a dashboard shows when no period is given


def dashboard(
    ws: Workspace, start: dt.date | None = None, end: dt.date | None = None, *, now: dt.datetime | None = None
) -> Dashboard:
    """The figures of the team lead's charts: cases per stage now (the funnel), interviews done and
    cases moved on per week from `start` to `end` (default: the last twelve weeks, to today), and
    how long the cases in each stage have been there (aging)."""
    now = now or utcnow()
    end = end or now.date()
    start = start or end - dt.timedelta(weeks=DASHBOARD_WEEKS - 1, days=end.weekday())
    check_period(start, end, "week")
    with reading(ws) as s:
        cases = _load_cases(s)
        interviews = _interviews_done(s)
        moves = s.execute(
            select(StageChange.from_stage, StageChange.to_stage, StageChange.changed_at).where(
                StageChange.deleted.is_(False)
            )
        ).all()

    weeks: dict[str, list[int]] = {}
    day = start - dt.timedelta(days=start.weekday())
    while day <= end:
        weeks[_week(day)] = [0, 0]
        day += dt.timedelta(weeks=1)

    def count(day: dt.date | None, column: int) -> None:
        if day is not None and start <= day <= end:
            weeks[_week(day)][column] += 1

    for _case, _who, date in interviews:
        count(date, 0)
    for old, new, at in moves:  # a case's first stage (old None) is where it began, not a move on
        if old is not None and STAGE_RANK.get(new, 0) > STAGE_RANK.get(old, 0):
            count(_day(at), 1)

    in_stage: Counter[str] = Counter(c.stage for c in cases)
    aging: dict[str, list[int]] = {}
    for c in cases:
        days = _days(c.since, now)
        buckets = aging.setdefault(c.stage, [0] * len(AGE_BUCKETS))
        for index, (_, high) in enumerate(AGE_BUCKETS):
            if high is None or days < high + 1:
                buckets[index] += 1
                break
    order = sorted(set(vocab.STAGES) | set(in_stage), key=_stage_order)
    return Dashboard(
        generated_at=now,
        start=start,
        end=end,
        funnel=[(st, in_stage.get(st, 0)) for st in order],
        weekly=[(week, done, moved) for week, (done, moved) in weeks.items()],
        aging=[(st, aging[st]) for st in order if st in aging],
    )
