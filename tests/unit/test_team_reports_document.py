"""The ride briefing pack and the team statistics as Word documents, from plain values (issue 22):
header with the subject and the confidentiality marking, Page X of Y fields, properties without
names, the landscape parts of the briefing, empty parts that say so, the three charts as real PNG
pictures with captions, the tables' figures and the stage totals line; both laid out by LibreOffice
and looked at as pages."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from PIL import Image

from app.reports.briefing import (
    BriefingCase,
    BriefingInterpreter,
    BriefingSite,
    RideBriefing,
    ScheduleEntry,
    briefing_bytes,
)
from app.reports.frame import MARKING
from app.reports.model import Dashboard, Name
from app.reports.team_stats import StatsTable, TeamStats, team_stats_bytes
from tests.docx_render import render_pdf, render_pngs, require_tools

WHEN = dt.datetime(2026, 12, 1, 9, 30)
NAMES = ("Amal", "SYNTHARA", "أمل", "Yonas", "SYNTHEGN", "ዮናስ", "Synthetic Quechua Speaker")


def case(number: str, site: str, latin: str, native: str, **flags: bool) -> BriefingCase:
    return BriefingCase(
        case_number=number,
        site=site,
        principal=Name(latin=latin, native=native),
        household_size=4,
        languages=["ar", "ti"],
        stage="interview-scheduled",
        priority="P-1",
        file_location="Lima field office, cabinet 2",
        **flags,
    )


def briefing(*, empty_quito: bool = True) -> RideBriefing:
    lima_cases = [
        case("LIM-000001", "Lima", "Amal SYNTHARA", "أمل سينثارا", expedited=True),
        case("LIM-000002", "Lima", "Yonas SYNTHEGN", "ዮናስ ሲንተግን", security=True),
    ]
    schedule = [
        ScheduleEntry(dt.datetime(2026, 12, 14, 9, 0), 90, "LIM-000001", "interview", "Synthetic Quechua Speaker",
                      "ar", "1", "Officer Synthetic A", "booked"),
        ScheduleEntry(dt.datetime(2026, 12, 15, 13, 0), 30, "LIM-000002", "fingerprints", "", "", "Biometrics desk",
                      "", "booked"),
    ]  # fmt: skip
    lima = BriefingSite(
        name="Lima",
        hours="09:00-16:00",
        days=[dt.date(2026, 12, 14), dt.date(2026, 12, 15)],
        cases=lima_cases,
        interpreters=[
            BriefingInterpreter(
                "Synthetic Quechua Speaker",
                [("qu", "native"), ("es", "fluent")],
                [(dt.date(2026, 12, 16), dt.date(2026, 12, 17))],
            )
        ],
        schedule=schedule,
    )
    quito = BriefingSite(name="Quito", hours="08:00-17:00", days=[], cases=[], interpreters=[], schedule=[])
    return RideBriefing(
        ride="North 2026-12",
        start=dt.date(2026, 12, 14),
        end=dt.date(2026, 12, 18),
        team=["Team Lead Synthetic"],
        sites=[lima, quito] if empty_quito else [lima],
        generated_at=WHEN,
        generated_by="Team Lead Synthetic",
        cases=lima_cases,
    )


def stats() -> TeamStats:
    dashboard = Dashboard(
        generated_at=WHEN,
        start=dt.date(2026, 11, 2),
        end=dt.date(2026, 11, 29),
        funnel=[("pre-screening", 2), ("interview-scheduled", 1), ("interviewed", 3)],
        weekly=[("2026-W45", 2, 1), ("2026-W46", 0, 3), ("2026-W47", 4, 0), ("2026-W48", 1, 1)],
        aging=[("pre-screening", [1, 1, 0, 0]), ("interview-scheduled", [0, 0, 1, 0]), ("interviewed", [0, 2, 0, 1])],
    )
    tables = [
        StatsTable("stages", ["site", "stage", "cases"],
                   [["Lima", "pre-screening", 2], ["Lima", "interviewed", 3], ["Quito", "interview-scheduled", 1]]),
        StatsTable("interviews", ["site", "interviewer", "date", "interviews"], [["Lima", "alice", "2026-11-05", 2]]),
        StatsTable("stage_times", ["site", "stage", "stays", "average_days"], [["Lima", "pre-screening", 2, 11.5]]),
        StatsTable("expedited", ["site", "case_number", "stage", "days_in_stage"],
                   [["Lima", "LIM-000002", "pre-screening", 20.0]]),
        StatsTable("no_shows", ["site", "no_shows"], []),
        StatsTable("qc", ["site", "open", "fixed"], [["Quito", 0, 1]]),
    ]  # fmt: skip
    return TeamStats(
        period="2026-11-01 to 2026-11-30",
        by="site",
        tables=tables,
        dashboard=dashboard,
        live_cases=6,
        expedited_days=14,
        generated_at=WHEN,
        generated_by="Team Lead Synthetic",
    )


def opened(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def body_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for grid in document.tables:
        parts.extend(cell.text for row in grid.rows for cell in row.cells)
    return "\n".join(parts)


def cells(grid: docx.table.Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in grid.rows]


def assert_frame(document: docx.document.Document, subject: str, title: str) -> None:
    """Every section's header says the subject and the marking; the footer holds Page X of Y; the
    properties name no one."""
    for section in document.sections:
        header = section.header.paragraphs[0].text
        assert subject in header and MARKING in header
    footer = document.sections[0].footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer
    core = document.core_properties
    assert core.title == title and core.author == "Circuit Ride"
    properties = " ".join(str(v) for v in (core.title, core.subject, core.keywords, core.comments, core.author))
    assert not [name for name in NAMES if name in properties]


def test_the_briefing_has_its_frame_a_landscape_part_per_site_and_says_what_is_empty() -> None:
    document = opened(briefing_bytes(briefing()))
    assert_frame(document, "North 2026-12", "Ride briefing North 2026-12")
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.LANDSCAPE]
    assert all(s.page_width > s.page_height for s in document.sections[1:])
    text = body_text(document)
    for words in ("Ride briefing: North 2026-12", "Sites: Lima, Quito", "Team: Team Lead Synthetic",
                  "Site: Lima", "Site: Quito", "Working hours: 09:00-16:00", "14–15 Dec 2026",
                  "Monday 14 December 2026: 1 appointment", "Tuesday 15 December 2026: 1 appointment",
                  "Quechua (qu), native", "Spanish (es), fluent", "Away 16–17 Dec 2026", "Officer Synthetic A", "Room 1", "None booked",
                  "No officer yet", "Expedited", "Security",
                  "No case of this ride is at this site.", "No interpreter is listed for this site",
                  "No appointment is booked at this site."):  # fmt: skip
        assert words in text, words
    # Names in both scripts, the Arabic one right to left in its own paragraph.
    assert "Amal SYNTHARA" in text and "أمل سينثارا" in text and "ዮናስ ሲንተግን" in text
    rtl = [p for g in document.tables for r in g.rows for c in r.cells for p in c.paragraphs
           if p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None]  # fmt: skip
    assert {p.text for p in rtl} == {"أمل سينثارا"}
    # The cover's case list: by site then case number, a box to tick per case.
    case_list = next(cells(g) for g in document.tables if cells(g)[0][:2] == ["Site", "Case"])
    assert [row[1] for row in case_list[1:]] == ["LIM-000001", "LIM-000002"]
    assert all(row[-1] == "\u2610" for row in case_list[1:])
    sites = next(cells(g) for g in document.tables if cells(g)[0][:2] == ["Site", "Dates at the site"])
    assert sites[1:] == [["Lima", "14–15 Dec 2026", "09:00-16:00", "2", "8", "2", "1"],
                         ["Quito", "No appointment booked", "08:00-17:00", "0", "0", "0", "0"]]  # fmt: skip


def test_a_ride_without_sites_or_cases_still_makes_a_document_that_says_so() -> None:
    empty = RideBriefing(ride="Empty ride", start=None, end=None, team=[], sites=[], generated_at=WHEN)
    document = opened(briefing_bytes(empty))
    text = body_text(document)
    assert "Dates: no dates set" in text and "Team: nobody listed" in text
    assert "The ride lists no site" in text and "The ride has no case." in text
    assert len(document.sections) == 1


def test_the_team_statistics_embed_three_png_charts_with_captions_and_the_tables() -> None:
    document = opened(team_stats_bytes(stats()))
    assert_frame(document, "Team statistics, 2026-11-01 to 2026-11-30", "Team statistics 2026-11-01 to 2026-11-30")
    assert len(document.inline_shapes) == 3
    text_mm = document.sections[0].page_width - document.sections[0].left_margin - document.sections[0].right_margin
    for shape in document.inline_shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        part = document.part.related_parts[blip.embed]
        assert part.content_type == "image/png" and part.blob[:8] == b"\x89PNG\r\n\x1a\n"
        image = Image.open(io.BytesIO(part.blob))
        assert 1000 <= image.width <= 2000 and 500 <= image.height <= 1200, image.size
        assert abs(shape.width - text_mm) < 10000  # the text's width (EMU)
        assert len(set(image.convert("L").get_flattened_data())) > 10  # drawn, not a blank
    text = body_text(document)
    for number in (1, 2, 3):
        assert f"Figure {number}. " in text
    assert "The 6 live cases by the stage they are in now" in text
    assert "2026-W45 to 2026-W48" in text
    assert "The cases per stage add up to 6, the number of live cases in the workspace." in text
    assert "Nothing in this period." in text  # the empty no-shows table
    stages = next(cells(g) for g in document.tables if cells(g)[0] == ["Site", "Stage", "Cases"])
    assert stages[1:] == [["Lima", "Pre-screening", "2"], ["Lima", "Interviewed", "3"],
                          ["Quito", "Interview scheduled", "1"]]  # fmt: skip
    expedited = next(cells(g) for g in document.tables if cells(g)[0][1:2] == ["Case"])
    assert expedited == [["Site", "Case", "Stage", "Days in stage"], ["Lima", "LIM-000002", "Pre-screening", "20.0"]]
    times = next(g for g in document.tables if cells(g)[0][-1] == "Average days")
    assert times.rows[1].cells[-1].paragraphs[0].alignment == 2  # numbers right-aligned
    assert "Expedited cases past 14 days in their stage" in text


def test_a_stage_total_that_does_not_match_the_live_cases_is_said() -> None:
    wrong = stats()
    wrong = TeamStats(**{**wrong.__dict__, "live_cases": 7})
    text = body_text(opened(team_stats_bytes(wrong)))
    assert "add up to 6, but the workspace holds 7 live cases" in text


def test_both_documents_lay_out_on_pages_a_reader_can_use(tmp_path: Path) -> None:
    """LibreOffice lays both out: the briefing's cover portrait and its site parts landscape, the
    statistics' charts on the first pages; no page is blank."""
    require_tools()
    pages: dict[str, list[Image.Image]] = {}
    for name, data in (("briefing", briefing_bytes(briefing())), ("stats", team_stats_bytes(stats()))):
        path = tmp_path / f"{name}.docx"
        path.write_bytes(data)
        pdf = render_pdf(path, tmp_path)
        pages[name] = [Image.open(p).convert("L") for p in render_pngs(pdf, tmp_path / name)]
    shapes = [("portrait" if p.height > p.width else "landscape") for p in pages["briefing"]]
    assert shapes[0] == "portrait" and shapes[1:] and set(shapes[1:]) == {"landscape"}, shapes
    assert len(pages["stats"]) >= 2
    for page in pages["briefing"] + pages["stats"]:
        dark = sum(1 for v in page.get_flattened_data() if v < 128)
        assert dark > 500, "a blank page"
    # The charts are pictures: the first statistics page holds many coloured pixels, not just text.
    first = Image.open(sorted((tmp_path / "stats").glob("*.png"))[0]).convert("RGB")
    blue = sum(1 for r, g, b in first.get_flattened_data() if b > 150 and r < 60)
    assert blue > 300, blue


@pytest.mark.parametrize("text", ["Line\nbreak\tand\x07bell", "\u202eReversed"])
def test_unsafe_characters_in_a_ride_name_do_not_break_the_document(text: str) -> None:
    ride = RideBriefing(ride=text, start=None, end=None, team=[], sites=[], generated_at=WHEN)
    document = opened(briefing_bytes(ride))
    assert "\x07" not in document.sections[0].header.paragraphs[0].text
    assert "\u202e" not in body_text(document)
