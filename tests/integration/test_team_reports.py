"""The ride briefing pack and the team statistics through the services and the command line, on a
real encrypted workspace (issue 22): a ride with two sites, its cases, interpreters and schedule,
nothing from another ride; the statistics' tables equal `statistics()` and the three charts are
PNG pictures; bad input gets a clear message, the exit code of other commands and no file."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import docx
import pytest
from PIL import Image
from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import Appointment, Case, CircuitRide, Interview, QcFinding
from app.reports.frame import MARKING
from app.services.cases import create_case, set_case_fields
from app.services.manifest import import_manifest
from app.services.schedule import book
from app.services.stats import statistics
from app.services.team_report import ride_briefing, write_ride_briefing, write_team_stats
from app.services.uow import unit_of_work
from app.store.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.staff import add_staff

NOW = dt.datetime(2026, 12, 1, 12, 0)
NORTH, SOUTH = "North 2026-12", "South 2026-12"
NORTH_NAMES = ("Amal SYNTHARA", "سينثارا", "Rosa SINTÉTICO", "Wayra SYNTHKICHWA")
SOUTH_NAMES = ("SYNTHSOUTH", "Synthetic Tigrinya Voice")


def person(family: str, given: str, languages: list[str], native: tuple[str, str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"role": "principal_applicant", "family_name": family, "given_names": given}
    out["languages"] = languages
    if native:
        out["native_family_name"], out["native_given_names"] = native
    return out


def manifest() -> dict[str, Any]:
    dates = {"start": "2026-12-14", "end": "2026-12-18"}
    return {
        "sites": [
            {"name": "Lima", "country": "PE", "prefix": "LIM", "hours": "09:00-16:00"},
            {"name": "Quito", "country": "EC", "prefix": "UIO"},
            {"name": "Shire", "country": "ET", "prefix": "SHI"},
        ],
        "rides": [
            {"name": NORTH, "sites": ["Lima", "Quito"], "team": ["lead"], **dates},
            {"name": SOUTH, "sites": ["Shire"], **dates},
        ],
        "interpreters": [
            {"name": "Synthetic Quechua Voice", "languages": [{"code": "qu", "proficiency": "native"},
             {"code": "es", "proficiency": "fluent"}], "sites": ["Lima"],
             "away": [{"from": "2026-12-17", "to": "2026-12-19", "reason": ""}]},
            {"name": "Synthetic Kichwa Voice", "languages": [{"code": "es", "proficiency": "native"}],
             "sites": ["Quito"], "away": [{"from": "2026-11-01", "to": "2026-11-05", "reason": ""}]},
            {"name": "Synthetic Tigrinya Voice", "languages": [{"code": "ti", "proficiency": "native"}],
             "sites": ["Shire"]},
        ],  # fmt: skip
        "cases": [
            {"case_number": "LIM-000001", "site": "Lima", "ride": NORTH, "expedited": True, "priority": "P-1",
             "persons": [person("Synthara", "Amal", ["ar", "es"], ("سينثارا", "أمل")),
                         {**person("Synthara", "Omar", ["ar"]), "role": "child"}]},
            {"case_number": "LIM-000002", "site": "Lima", "ride": NORTH, "security_check_status": "hit",
             "persons": [person("Sintético", "Rosa", ["qu", "es"])]},
            {"case_number": "UIO-000003", "site": "Quito", "ride": NORTH,
             "persons": [person("Synthkichwa", "Wayra", ["es"])]},
            {"case_number": "SHI-000004", "site": "Shire", "ride": SOUTH,
             "persons": [person("Synthsouth", "Abeba", ["ti"])]},
        ],
    }  # fmt: skip


@pytest.fixture
def rides(ws: Workspace) -> Workspace:
    import_manifest(ws, manifest())
    book(
        ws,
        "LIM-000001",
        type="interview",
        start="2026-12-14T09:00",
        minutes=90,
        room="1",
        interpreter="Synthetic Quechua Voice",
        officer="Officer Synthetic A",
        language="es",
        now=NOW,
    )
    book(ws, "LIM-000002", type="fingerprints", start="2026-12-15T10:00", minutes=30, room="Biometrics desk", now=NOW)
    book(
        ws,
        "UIO-000003",
        type="interview",
        start="2026-12-16T11:00",
        room="2",
        interpreter="Synthetic Kichwa Voice",
        officer="Officer Synthetic B",
        now=NOW,
    )
    # The other ride, on the same first day: never in North's pack.
    book(
        ws,
        "SHI-000004",
        type="interview",
        start="2026-12-14T09:00",
        room="1",
        interpreter="Synthetic Tigrinya Voice",
        officer="Officer Synthetic C",
        now=NOW,
    )
    cancelled = book(ws, "UIO-000003", type="medical", start="2026-12-17T09:00", room="Clinic", now=NOW)
    with unit_of_work(ws) as uow:  # a cancelled appointment takes nobody's time: not on the schedule
        row = uow.session.get(Appointment, cancelled)
        assert row is not None
        uow.update(row, {"status": "cancelled", "cancel_reason": "family moved (synthetic)"}, case_id=row.case_id)
    return ws  # fmt: skip


def text_of(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for grid in document.tables:
        parts.extend(cell.text for row in grid.rows for cell in row.cells)
    return "\n".join(parts)


def grids(document: Any) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in grid.rows] for grid in document.tables]


def assert_frame(document: Any, subject: str, names: tuple[str, ...]) -> None:
    for section in document.sections:
        header = section.header.paragraphs[0].text
        assert subject in header and MARKING in header
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    core = document.core_properties
    properties = " ".join(str(v) for v in (core.title, core.subject, core.keywords, core.comments, core.author,
                                           core.last_modified_by, core.category))  # fmt: skip
    assert not [n for n in names if n.casefold() in properties.casefold()], properties


def test_the_briefing_holds_the_rides_sites_cases_interpreters_and_schedule_and_nothing_else(
    rides: Workspace, tmp_path: Path
) -> None:
    written = write_ride_briefing(rides, NORTH, tmp_path / "north.docx")
    assert (written.kind, written.subject, written.path) == ("ride-briefing", NORTH, tmp_path / "north.docx")
    document = docx.Document(str(written.path))
    assert_frame(document, NORTH, NORTH_NAMES)
    text = text_of(document)
    for words in ("Site: Lima", "Site: Quito", "Working hours: 09:00-16:00", "Working hours: 08:00-17:00",
                  "Dates at the site: 14–15 Dec 2026", "Dates at the site: 16 Dec 2026", "Team: lead",
                  *NORTH_NAMES, "أمل", "LIM-000001", "LIM-000002", "UIO-000003",
                  "Synthetic Quechua Voice", "Quechua (qu), native", "Away 17–19 Dec 2026",
                  "Synthetic Kichwa Voice", "Officer Synthetic A", "Officer Synthetic B", "Room 1", "Biometrics desk",
                  "Monday 14 December 2026: 1 appointment", "Tuesday 15 December 2026: 1 appointment",
                  "Wednesday 16 December 2026: 1 appointment", "Expedited", "Security"):  # fmt: skip
        assert words in text, words
    # Nothing of the other ride: its case, family, interpreter, officer; nor the cancelled booking;
    # nor a period away that is over before the ride.
    for words in ("SHI-000004", *SOUTH_NAMES, "Officer Synthetic C", "Clinic", "Thursday 17 December", "Nov 2026"):
        assert words not in text, words
    tables = grids(document)
    case_list = next(t for t in tables if t[0][:2] == ["Site", "Case"])
    assert [(r[0], r[1], r[3]) for r in case_list[1:]] == [
        ("Lima", "LIM-000001", "2"),
        ("Lima", "LIM-000002", "1"),
        ("Quito", "UIO-000003", "1"),
    ]
    sites = next(t for t in tables if t[0][:2] == ["Site", "Dates at the site"])
    assert [(r[0], r[3], r[4], r[5], r[6]) for r in sites[1:]] == [
        ("Lima", "2", "3", "2", "1"),
        ("Quito", "1", "1", "1", "1"),
    ]
    schedules = [t for t in tables if t[0][:2] == ["Time", "Case"]]
    assert [[r[:2] for r in t[1:]] for t in schedules] == [
        [["09:00–10:30", "LIM-000001"]],
        [["10:00–10:30", "LIM-000002"]],
        [["11:00–12:00", "UIO-000003"]],
    ]
    assert [s.orientation for s in document.sections][1:] == [1, 1]  # a landscape part per site


def test_the_ride_is_found_by_name_or_id_and_an_unknown_one_is_refused(rides: Workspace, tmp_path: Path) -> None:
    with rides.session() as s:
        ride_id = s.scalar(select(CircuitRide.id).where(CircuitRide.name == SOUTH))
    assert ride_id is not None
    south = ride_briefing(rides, ride_id)
    assert south.ride == SOUTH and [c.case_number for c in south.cases] == ["SHI-000004"]
    with pytest.raises(NotFound, match="No circuit ride named 'Nowhere'"):
        write_ride_briefing(rides, "Nowhere", tmp_path / "x.docx")
    with pytest.raises(InvalidInput, match="ending in .docx"):
        write_ride_briefing(rides, NORTH, tmp_path / "x.pdf")
    assert not list(tmp_path.glob("x.*"))


def test_an_interviewer_may_read_the_briefing_too(rides: Workspace, tmp_path: Path) -> None:
    """Reading cases is every staff member's: the briefing is read like the docket."""
    add_staff(rides, "omar", "interviewer", PASSWORD)
    rides.lock()
    rides.unlock(PASSWORD, "omar")
    assert write_ride_briefing(rides, NORTH, tmp_path / "b.docx").path.exists()


@pytest.fixture
def dataset(ws: Workspace) -> Workspace:
    """A small known dataset: three cases at two sites, one expedited, interviews, a no-show and
    findings (like tests/integration/test_stats.py)."""
    people = [{"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Rosa"}]
    with unit_of_work(ws) as uow:
        uow.create(CircuitRide(name="North", sites=["Lima", "Quito"]), case_id=None)
    create_case(ws, {"case_number": "LIM-000001", "site": "Lima", "ride": "North"}, people)
    create_case(ws, {"case_number": "LIM-000002", "site": "Lima", "expedited": "true",
                     "expedite_reason": "medical urgency (synthetic)"}, people)  # fmt: skip
    set_case_fields(ws, "LIM-000001", {"stage": "interview-scheduled"})
    set_case_fields(ws, "LIM-000001", {"stage": "interviewed"})
    create_case(ws, {"case_number": "QUI-000003", "site": "Quito", "ride": "North", "stage": "interviewed"}, people)
    with ws.session() as s:
        ids = dict(s.execute(select(Case.case_number, Case.id)).all())
    today = dt.date.today()
    with unit_of_work(ws) as uow:
        for number, who in [("LIM-000001", "alice"), ("LIM-000001", "alice"), ("QUI-000003", "bob")]:
            row = Interview(case_id=ids[number], type="resettlement", date=today.isoformat(), interviewer=who)
            uow.create(row, case_id=ids[number])
        no_show = Appointment(case_id=ids["QUI-000003"], type="interview", start=f"{today}T09:00", status="no_show")
        uow.create(no_show, case_id=ids["QUI-000003"])
        uow.create(QcFinding(case_id=ids["LIM-000001"], rule="dob_missing", status="open"), case_id=ids["LIM-000001"])
    return ws


def numbers(row: list[str]) -> list[float]:
    return [float(v.replace(",", "")) for v in row if v.replace(",", "").replace(".", "").isdigit()]


def test_the_team_statistics_equal_statistics_and_embed_the_three_charts(dataset: Workspace, tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)  # the expedited case is late by then
    written = write_team_stats(dataset, tmp_path / "stats.docx", start=None, end=None, now=now)
    assert (written.kind, written.subject) == ("team-stats", "all time")
    document = docx.Document(str(written.path))
    assert_frame(document, "all time", ("Synthfam", "Rosa", "alice", "bob"))
    assert len(document.inline_shapes) == 3
    for shape in document.inline_shapes:
        part = document.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed]
        image = Image.open(io.BytesIO(part.blob))
        assert image.format == "PNG" and image.width >= 1000 and image.height >= 500
    expected = statistics(dataset, None, None, "site", now=now).tables
    tables = grids(document)[:]
    shown = [t for t in tables if t[0][0] == "Site"]
    non_empty = [name for name, t in expected.items() if t.rows]
    assert len(shown) == len(non_empty) == 6
    for name, grid in zip(non_empty, shown, strict=True):
        rows = expected[name].rows
        assert [r[0] for r in grid[1:]] == [r[0] for r in rows], name
        assert [numbers(r) for r in grid[1:]] == [[float(v) for v in r if isinstance(v, int | float)] for r in rows], (
            name
        )
    expedited = shown[non_empty.index("expedited")]
    assert [r[1] for r in expedited[1:]] == ["LIM-000002"] and "Synthfam" not in str(expedited)
    text = text_of(document)
    assert "The cases per stage add up to 3, the number of live cases in the workspace." in text
    assert "Tables grouped by site" in text and "Period: all time" in text


def test_a_period_names_the_report_and_a_period_backwards_is_refused(dataset: Workspace, tmp_path: Path) -> None:
    written = write_team_stats(dataset, tmp_path / "p.docx", start=dt.date(2026, 9, 1), end=dt.date(2026, 11, 30))
    assert written.subject == "2026-09-01 to 2026-11-30"
    header = docx.Document(str(written.path)).sections[0].header.paragraphs[0].text
    assert "2026-09-01 to 2026-11-30" in header
    with pytest.raises(InvalidInput, match="before it starts"):
        write_team_stats(dataset, tmp_path / "x.docx", start=dt.date(2026, 12, 2), end=dt.date(2026, 12, 1))
    assert not (tmp_path / "x.docx").exists()


def test_the_command_line_writes_both_and_refuses_bad_input(rides: Workspace, cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "north.docx"
    done = cli("report", "ride-briefing", NORTH, "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"kind": "ride-briefing", "subject": NORTH, "path": str(out), "pages": None}
    assert "UIO-000003" in text_of(docx.Document(str(out)))
    stats = cli("report", "team-stats", "--from", "2026-12-01", "--to", "2026-12-31", "--out", str(tmp_path / "s.docx"))
    assert stats.returncode == 0 and "team-stats report of 2026-12-01 to 2026-12-31" in stats.stderr, stats.stderr
    assert len(docx.Document(str(tmp_path / "s.docx")).inline_shapes) == 3
    for args, code, words in [
        (("report", "ride-briefing", "Nowhere", "--out", str(tmp_path / "x.docx")), 1, "No circuit ride named"),
        (("report", "ride-briefing", NORTH, "--out", str(tmp_path / "x.pdf")), 1, "ending in .docx"),
        (("report", "team-stats", "--out", str(tmp_path / "x.txt")), 1, "ending in .docx"),
        (("report", "team-stats", "--from", "2026-12-10", "--to", "2026-12-01", "--out", str(tmp_path / "x.docx")),
         1, "before it starts"),
        (("report", "team-stats", "--from", "soon", "--out", str(tmp_path / "x.docx")), 2, "is not a date"),
    ]:  # fmt: skip
        bad = cli(*args)
        assert bad.returncode == code and words in bad.stderr and "Traceback" not in bad.stderr, (args, bad.stderr)
    assert not list(tmp_path.glob("x.*"))
