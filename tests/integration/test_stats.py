"""Pipeline and statistics (issue 22): every stage change is dated, whatever the path (creation,
`case set`, the app's case dialog, a result, a change pulled from another laptop, which arrives with
its own record); days in stage and time between stages with fixed clocks; the statistics by each
grouping on a small known dataset; totals that add up to `export`; the workbook; bad input."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select, update

from app.errors import InvalidInput
from app.models import Appointment, Case, CircuitRide, Interview, OutboxEntry, QcFinding, StageChange
from app.models.roles import STAGE_RANK
from app.models.vocab import STAGES
from app.services.case_view import show_case
from app.services.cases import create_case, set_case_fields
from app.services.history import case_history, format_line
from app.services.manifest import export_manifest
from app.services.results import record_result
from app.services.stats import TABLES, dashboard, pipeline, statistics
from app.services.uow import unit_of_work
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.support.hq import HQServer, enrolled, running_hq

T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)  # a Monday, ISO week 2026-W45
NOW = T0 + dt.timedelta(days=20)
PEOPLE = [{"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Rosa"}]


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, days: float) -> None:
        self.now = T0 + dt.timedelta(days=days)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr("app.services.uow.utcnow", c)
    return c


def moves(ws: Workspace, number: str) -> list[tuple[str | None, str, dt.datetime, str]]:
    with ws.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_number == number))
        rows = s.scalars(select(StageChange).where(StageChange.case_id == case_id).order_by(StageChange.changed_at))
        return [(r.from_stage, r.to_stage, r.changed_at, r.changed_by) for r in rows]


def since(ws: Workspace, number: str) -> dt.datetime | None:
    with ws.session() as s:
        return s.scalar(select(Case.stage_since).where(Case.case_number == number))


def test_creation_and_each_path_of_a_stage_change_write_one_dated_record(ws: Workspace, clock: Clock, cli: Any) -> None:
    create_case(ws, {"case_number": "LIM-000001", "site": "Lima"}, PEOPLE)
    assert moves(ws, "LIM-000001") == [(None, "pre-screening", T0, "lead")]
    assert since(ws, "LIM-000001") == T0
    clock.at(2)
    set_case_fields(ws, "LIM-000001", {"stage": "interview-scheduled"})  # what the app's case dialog calls
    set_case_fields(ws, "LIM-000001", {"site": "Lima"})  # no stage change, no record
    assert moves(ws, "LIM-000001")[1:] == [("pre-screening", "interview-scheduled", T0 + dt.timedelta(days=2), "lead")]
    assert since(ws, "LIM-000001") == T0 + dt.timedelta(days=2)
    clock.at(3)
    set_case_fields(ws, "LIM-000001", {"stage": "interviewed"})
    record_result(ws, "LIM-000001", kind="interview", outcome="approve", date="2026-11-05", today=dt.date(2026, 11, 5))
    assert [m[:2] for m in moves(ws, "LIM-000001")] == [
        (None, "pre-screening"),
        ("pre-screening", "interview-scheduled"),
        ("interview-scheduled", "interviewed"),
        ("interviewed", "approved"),
    ]
    assert since(ws, "LIM-000001") == T0 + dt.timedelta(days=3)
    # The command line (a real process, its own clock): one more record, stage_since with it.
    done = cli("case", "set", "LIM-000001", "stage=medical")
    assert done.returncode == 0, done.stderr
    last = moves(ws, "LIM-000001")
    assert len(last) == 5 and last[-1][:2] == ("approved", "medical") and since(ws, "LIM-000001") == last[-1][2]
    shown = show_case(ws, "LIM-000001")  # the case shows its dates; its history tells each move once
    assert shown["stage_since"] == last[-1][2].isoformat()
    assert [(m["from"], m["to"]) for m in shown["stage_changes"]] == [m[:2] for m in last]
    lines = [format_line(row) for row in case_history(ws, "LIM-000001")]
    assert not [line for line in lines if "stage since" in line or "stage change" in line], lines
    assert len([line for line in lines if "changed stage from" in line]) == 4, lines
    with ws.session() as s:  # each record goes to HQ like every write
        sent = s.scalars(select(OutboxEntry.row_id).where(OutboxEntry.table_name == "stage_changes")).all()
        assert len(set(sent)) == 5


def test_days_in_stage_and_time_between_stages_with_fixed_clocks(ws: Workspace, clock: Clock) -> None:
    create_case(ws, {"case_number": "LIM-000001", "site": "Lima"}, PEOPLE)
    clock.at(3)
    set_case_fields(ws, "LIM-000001", {"stage": "interview-scheduled"})
    clock.at(5)
    set_case_fields(ws, "LIM-000001", {"stage": "interviewed"})
    create_case(ws, {"case_number": "LIM-000002", "site": "Lima"}, PEOPLE)
    # A case from before stage dates: no stage_since, no records; read as "since its last update".
    with ws.session() as s, s.begin():
        case_id = s.scalar(select(Case.id).where(Case.case_number == "LIM-000002"))
        s.execute(update(Case).where(Case.id == case_id).values(stage_since=None))
        s.execute(StageChange.__table__.delete().where(StageChange.case_id == case_id))
    [a, b] = pipeline(ws, now=NOW)
    assert (a.stage, a.days_in_stage, a.since) == ("interviewed", 15.0, T0 + dt.timedelta(days=5))
    assert a.stages == [("pre-screening", 3.0), ("interview-scheduled", 2.0), ("interviewed", 15.0)]
    assert (b.stage, b.days_in_stage, b.stages) == ("pre-screening", 15.0, [("pre-screening", 15.0)])
    assert since(ws, "LIM-000002") is None  # derived, not written back


@pytest.fixture
def dataset(ws: Workspace, clock: Clock) -> Workspace:
    """Three cases, their interviews, no-shows and findings, on fixed days (see the expected tables)."""
    with unit_of_work(ws) as uow:
        uow.create(CircuitRide(name="North", sites=["Lima", "Quito"]), case_id=None)
    create_case(ws, {"case_number": "LIM-000001", "site": "Lima", "ride": "North"}, PEOPLE)
    expedited = {"expedited": "true", "expedite_reason": "medical urgency (synthetic)"}
    create_case(ws, {"case_number": "LIM-000002", "site": "Lima", **expedited}, PEOPLE)
    clock.at(3)
    set_case_fields(ws, "LIM-000001", {"stage": "interview-scheduled"})
    clock.at(5)
    set_case_fields(ws, "LIM-000001", {"stage": "interviewed"})
    clock.at(7)
    create_case(ws, {"case_number": "QUI-000003", "site": "Quito", "ride": "North", "stage": "interviewed"}, PEOPLE)
    with ws.session() as s:
        ids = dict(s.execute(select(Case.case_number, Case.id)).all())
    a, b, c = ids["LIM-000001"], ids["LIM-000002"], ids["QUI-000003"]
    with unit_of_work(ws) as uow:
        for case_id, who, day in [(a, "alice", "2026-11-05"), (a, "alice", "2026-11-05"), (c, "bob", "2026-11-10")]:
            uow.create(Interview(case_id=case_id, type="resettlement", date=day, interviewer=who), case_id=case_id)
        for case_id, start, status in [
            (a, "2026-11-04T09:00", "no_show"),
            (c, "2026-11-12T10:00", "no_show"),
            (c, "2026-11-13T10:00", "booked"),
        ]:
            row = Appointment(case_id=case_id, type="interview", start=start, status=status, assignee="carol")
            uow.create(row, case_id=case_id)
        for case_id, status, found in [(a, "open", 1), (c, "fixed", 8), (b, "dismissed", 8)]:
            finding = QcFinding(
                case_id=case_id, rule="dob_missing", status=status, found_at=T0 + dt.timedelta(days=found)
            )
            uow.create(finding, case_id=case_id)
    return ws


def tables(ws: Workspace, by: str, start: dt.date | None = None, end: dt.date | None = None) -> dict[str, Any]:
    return {k: v.rows for k, v in statistics(ws, start, end, by, now=NOW).tables.items()}


def test_statistics_by_site_on_a_known_dataset(dataset: Workspace) -> None:
    assert tables(dataset, "site") == {
        "stages": [["Lima", "pre-screening", 1], ["Lima", "interviewed", 1], ["Quito", "interviewed", 1]],
        "interviews": [["Lima", "alice", "2026-11-05", 2], ["Quito", "bob", "2026-11-10", 1]],
        "stage_times": [
            ["Lima", "pre-screening", 2, 11.5],
            ["Lima", "interview-scheduled", 1, 2.0],
            ["Lima", "interviewed", 1, 15.0],
            ["Quito", "interviewed", 1, 13.0],
        ],
        "expedited": [["Lima", "LIM-000002", "pre-screening", 20.0]],
        "no_shows": [["Lima", 1], ["Quito", 1]],
        "qc": [["Lima", 1, 0], ["Quito", 0, 1]],
    }
    # A period counts what happened in it; the cases per stage are always today's.
    assert tables(dataset, "site", dt.date(2026, 11, 6), dt.date(2026, 11, 30)) == {
        "stages": [["Lima", "pre-screening", 1], ["Lima", "interviewed", 1], ["Quito", "interviewed", 1]],
        "interviews": [["Quito", "bob", "2026-11-10", 1]],
        "stage_times": [["Lima", "interviewed", 1, 15.0], ["Quito", "interviewed", 1, 13.0]],
        "expedited": [["Lima", "LIM-000002", "pre-screening", 20.0]],
        "no_shows": [["Quito", 1]],
        "qc": [["Quito", 0, 1]],
    }


def test_statistics_by_ride_stage_user_and_week(dataset: Workspace) -> None:
    ride = tables(dataset, "ride")
    assert ride["stages"] == [["North", "interviewed", 2], ["(none)", "pre-screening", 1]]
    assert ride["stage_times"] == [
        ["North", "pre-screening", 1, 3.0],
        ["North", "interview-scheduled", 1, 2.0],
        ["North", "interviewed", 2, 14.0],
        ["(none)", "pre-screening", 1, 20.0],
    ]
    assert ride["no_shows"] == [["North", 2]] and ride["qc"] == [["North", 1, 1]]
    assert ride["expedited"] == [["(none)", "LIM-000002", "pre-screening", 20.0]]
    stage = tables(dataset, "stage")
    assert stage["stages"] == [["pre-screening", "pre-screening", 1], ["interviewed", "interviewed", 2]]
    assert stage["interviews"] == [["interviewed", "alice", "2026-11-05", 2], ["interviewed", "bob", "2026-11-10", 1]]
    user = tables(dataset, "user")
    assert user["stages"] == [["(none)", "pre-screening", 1], ["(none)", "interviewed", 2]]  # nobody assigned
    assert user["interviews"] == [["alice", "alice", "2026-11-05", 2], ["bob", "bob", "2026-11-10", 1]]
    assert user["stage_times"][0] == ["lead", "pre-screening", 2, 11.5]  # who moved the case into the stage
    assert user["no_shows"] == [["carol", 2]]
    week = tables(dataset, "week")
    assert week["stages"] == [
        ["2026-W45", "pre-screening", 1],
        ["2026-W45", "interviewed", 1],
        ["2026-W46", "interviewed", 1],
    ]
    assert week["interviews"] == [["2026-W45", "alice", "2026-11-05", 2], ["2026-W46", "bob", "2026-11-10", 1]]
    assert week["no_shows"] == [["2026-W45", 1], ["2026-W46", 1]]
    assert week["qc"] == [["2026-W45", 1, 0], ["2026-W46", 0, 1]]


def test_the_cases_per_stage_add_up_to_what_export_holds(dataset: Workspace) -> None:
    exported = Counter(c["stage"] for c in export_manifest(dataset)["cases"])
    for by in ("site", "ride", "stage", "user", "week"):
        result = statistics(dataset, by=by, now=NOW)
        counted: Counter[str] = Counter()
        for _group, stage, n in result.tables["stages"].rows:
            counted[stage] += n
        assert counted == exported and result.total_cases == sum(exported.values()) == 3, by


def test_bad_periods_and_groupings_are_refused(dataset: Workspace) -> None:
    with pytest.raises(InvalidInput, match="before it starts"):
        statistics(dataset, dt.date(2026, 12, 2), dt.date(2026, 12, 1))
    with pytest.raises(InvalidInput, match="Unknown grouping 'galaxy'"):
        statistics(dataset, by="galaxy")


def test_the_command_line_prints_tables_json_and_a_workbook(dataset: Workspace, cli: Any, tmp_path: Path) -> None:
    human = cli("stats", "--by", "site")
    assert human.returncode == 0, human.stderr
    assert "Cases per stage" in human.stdout and "3 cases" in human.stdout
    assert any(line.split() == ["Quito", "interviewed", "1"] for line in human.stdout.splitlines())
    doc = json.loads(cli("stats", "--by", "week", "--json").stdout)
    assert doc["total_cases"] == 3 and list(doc["tables"]) == list(TABLES)
    out = tmp_path / "stats.xlsx"
    wrote = cli("stats", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "ride", "--out", str(out))
    assert wrote.returncode == 0 and "Wrote" in wrote.stderr, wrote.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(TABLES)
    sheet = book["stages"]
    assert [c.value for c in sheet[1]] == ["ride", "stage", "cases"] and sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2" and sheet.max_row == 3
    for args, code, words in [
        (("stats", "--from", "2026-13-01"), 2, "--from '2026-13-01' is not a date"),
        (("stats", "--to", "soon"), 2, "--to 'soon' is not a date"),
        (("stats", "--from", "2026-12-10", "--to", "2026-12-01"), 1, "before it starts"),
        (("stats", "--by", "galaxy"), 2, "invalid choice: 'galaxy'"),
        (("stats", "--out", str(tmp_path / "x.txt")), 1, ".xlsx"),
    ]:
        bad = cli(*args)
        assert bad.returncode == code and words in bad.stderr and "Traceback" not in bad.stderr, (args, bad.stderr)
    assert not list(tmp_path.glob("x.*"))


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def test_a_stage_change_on_another_laptop_arrives_with_its_record_once(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    create_case(lead, {"case_number": "LIM-000001", "site": "Lima"}, PEOPLE)
    sync(lead)
    field = enrolled(hq, tmp_path / "field", "field-laptop")
    sync(field)
    assert len(moves(field, "LIM-000001")) == 1
    set_case_fields(field, "LIM-000001", {"stage": "interview-scheduled"})
    sync(field)
    sync(lead)
    sync(field)
    for laptop in (lead, field):
        got = moves(laptop, "LIM-000001")
        assert [m[:2] for m in got] == [(None, "pre-screening"), ("pre-screening", "interview-scheduled")]
        assert since(laptop, "LIM-000001") == got[-1][2]
    with lead.session() as s:
        assert s.scalar(select(Case.stage).where(Case.case_number == "LIM-000001")) == "interview-scheduled"


def test_dashboard_figures_on_the_known_dataset(dataset: Workspace) -> None:
    """The charts' figures: the funnel is every stage (empty ones too) and adds up to the live
    cases; a week counts interviews recorded and interview appointments marked done (one per case
    and day), and moves on to a later stage (a case's first stage is not a move); aging puts each
    case in its bucket of days in its stage."""
    with unit_of_work(dataset) as uow:
        ids = dict(uow.session.execute(select(Case.case_number, Case.id)).all())
        for number, start, status in [
            ("LIM-000002", "2026-11-06T09:00", "done"),  # no record that day: counts
            ("LIM-000001", "2026-11-05T09:00", "attended"),  # the recorded interview's own appointment
            ("QUI-000003", "2026-11-17T09:00", "cancelled"),  # not done
        ]:
            row = Appointment(case_id=ids[number], type="interview", start=start, status=status, staff="dana")
            uow.create(row, case_id=ids[number])
    board = dashboard(dataset, dt.date(2026, 11, 2), dt.date(2026, 11, 22), now=NOW)
    funnel = dict(board.funnel)
    assert list(funnel) == sorted(funnel, key=lambda st: (STAGE_RANK[st], STAGES.index(st)))
    assert set(funnel) == set(STAGES)
    assert {st: n for st, n in funnel.items() if n} == {"pre-screening": 1, "interviewed": 2}
    assert board.total_cases == statistics(dataset, by="site", now=NOW).total_cases == 3
    assert board.weekly == [("2026-W45", 3, 2), ("2026-W46", 1, 0), ("2026-W47", 0, 0)]
    assert board.aging == [("pre-screening", [0, 1, 0, 0]), ("interviewed", [0, 2, 0, 0])]
    # the statistics' interviews table counts the same interviews
    rows = statistics(dataset, dt.date(2026, 11, 2), dt.date(2026, 11, 22), "site", now=NOW).tables["interviews"].rows
    assert sum(r[-1] for r in rows) == 4 and ["Lima", "dana", "2026-11-06", 1] in rows


def test_dashboard_refuses_a_period_that_ends_before_it_starts(ws: Workspace) -> None:
    with pytest.raises(InvalidInput):
        dashboard(ws, dt.date(2026, 11, 10), dt.date(2026, 11, 1))
    board = dashboard(ws, now=NOW)  # an empty workspace: twelve empty weeks, no aging, an empty funnel
    assert len(board.weekly) == 12 and board.weekly[-1][0] == "2026-W47" and not board.aging
    assert board.total_cases == 0
