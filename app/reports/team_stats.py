"""The team statistics report (issue 22): what a team lead takes to a meeting with headquarters.
The period and the grouping first, then the three charts of the desktop's dashboard as pictures
(the stage funnel, the weekly throughput, the aging of the cases in their stage; drawn by
app/reports/charts.py, embedded as PNGs made in memory), each with a line saying what it shows,
then the statistics tables (app/services/stats.py says what each counts) and a check that the cases
per stage add up to the live cases of the workspace.

The expedited table names cases by number only: a statistics report travels further than a case
file. The header carries the period and the confidentiality marking on every page
(app/reports/frame.py); the properties hold no personal data.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from matplotlib.figure import Figure

from app.reports.charts import aging_chart, funnel_chart, png_bytes, throughput_chart
from app.reports.docx_common import add_paragraph, add_text, clean_text, document_bytes, space_after, words
from app.reports.frame import GREY, heading, new_report, note, table, text_width_mm, title_block
from app.reports.model import Dashboard

CHART_DPI = 200  # sharp on paper at the text's width, and a few hundred kB per chart
GROUP_WORDS = {"site": "Site", "ride": "Circuit ride", "stage": "Stage", "user": "Team member", "week": "Week"}
COLUMN_WORDS = {
    "stage": "Stage",
    "cases": "Cases",
    "interviewer": "Interviewer",
    "date": "Date",
    "interviews": "Interviews",
    "stays": "Stays begun",
    "average_days": "Average days",
    "case_number": "Case",
    "days_in_stage": "Days in stage",
    "no_shows": "No-shows",
    "open": "Open",
    "fixed": "Fixed",
}
NUMERIC = frozenset({"cases", "interviews", "stays", "average_days", "days_in_stage", "no_shows", "open", "fixed"})
TITLES = {
    "stages": ("Cases per stage", "Every live case once, in the stage it is in now."),
    "interviews": ("Interviews done per person per day", "Interviews recorded or interview appointments done."),
    "stage_times": (
        "Average days in each stage",
        "Stays in a stage that began in the period; a stay still going counts up to today.",
    ),
    "expedited": ("Expedited cases past {days} days in their stage", "By case number, the longest waiting first."),
    "no_shows": ("No-shows", "Appointments the family did not come to, by the appointment's day."),
    "qc": ("Quality findings open and fixed", "Findings open or assigned, and fixed, by the day they were found."),
}


@dataclass(frozen=True)
class StatsTable:
    """One statistics table as `stats.statistics` gives it: its name (stages, interviews,
    stage_times, expedited, no_shows, qc), column codes and rows (the group first)."""

    name: str
    columns: list[str]
    rows: list[list[Any]]


@dataclass(frozen=True)
class TeamStats:
    period: str  # "2026-09-01 to 2026-11-30", "all time"
    by: str  # the grouping of every table's first column (site, ride, stage, user, week)
    tables: list[StatsTable]
    dashboard: Dashboard  # the charts' figures
    live_cases: int  # the workspace's cases, which the cases per stage must add up to
    expedited_days: int
    generated_at: dt.datetime
    generated_by: str = ""


def _column(code: str, by: str, first: bool) -> str:
    if first:
        return GROUP_WORDS.get(by, words(code))
    return COLUMN_WORDS.get(code, words(code))


def _value(value: Any, stage_like: bool) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    text = clean_text(str(value))
    return words(text) if stage_like and text != "(none)" else text


def _stats_table(document: DocumentObject, report: TeamStats, data: StatsTable) -> None:
    title, meaning = TITLES.get(data.name, (words(data.name), ""))
    heading(document, title.replace("{days}", str(report.expedited_days)), level=2)
    if meaning:
        note(document, meaning)
    if not data.rows:
        note(document, "Nothing in this period.")
        return
    columns = [_column(code, report.by, index == 0) for index, code in enumerate(data.columns)]
    stage_like = [code == "stage" or (index == 0 and report.by == "stage") for index, code in enumerate(data.columns)]
    numeric = [code in NUMERIC for code in data.columns]
    rows = [[_value(value, stage_like[n]) for n, value in enumerate(row)] for row in data.rows]
    width = text_width_mm(document)
    number_mm = 26.0
    text_columns = numeric.count(False)
    text_mm = min(60.0, (width - number_mm * numeric.count(True)) / max(text_columns, 1))
    widths = [number_mm if is_number else text_mm for is_number in numeric]
    table(document, columns, rows, widths_mm=widths, numeric=numeric)


def _totals_line(document: DocumentObject, report: TeamStats) -> None:
    """Whether the cases per stage add up to the live cases (what `export` holds)."""
    stages = next((t for t in report.tables if t.name == "stages"), None)
    total = sum(int(row[-1]) for row in stages.rows) if stages else 0
    paragraph = add_paragraph(document)
    space_after(paragraph, 8)
    if total == report.live_cases:
        text = f"The cases per stage add up to {total:,}, the number of live cases in the workspace."
    else:
        text = (
            f"The cases per stage add up to {total:,}, but the workspace holds {report.live_cases:,} live cases: "
            "run `circuitride check` and report it."
        )
    add_text(paragraph, text, bold=True, size=9.5)


def _chart(document: DocumentObject, number: int, figure: Figure, caption: str) -> None:
    """A chart as a picture the text's width, its caption kept on the same page."""
    picture = add_paragraph(document)
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    space_after(picture, 2)
    picture.add_run().add_picture(io.BytesIO(png_bytes(figure, CHART_DPI)), width=Mm(text_width_mm(document)))
    line = add_paragraph(document)
    line.paragraph_format.space_after = Pt(10)
    add_text(line, f"Figure {number}. ", bold=True, size=9, color=GREY)
    add_text(line, caption, italic=True, size=9, color=GREY)


def _weeks(data: Dashboard) -> str:
    if not data.weekly:
        return "no week"
    first, last = data.weekly[0][0], data.weekly[-1][0]
    return first if first == last else f"{first} to {last}"


def _charts(document: DocumentObject, report: TeamStats) -> None:
    data = report.dashboard
    charts: list[tuple[Callable[[Dashboard], Figure], str]] = [
        (funnel_chart, f"The {data.total_cases:,} live cases by the stage they are in now, in pipeline order."),
        (
            throughput_chart,
            f"Interviews done and cases moved to a later stage each week, {_weeks(data)} "
            f"({data.start.isoformat()} to {data.end.isoformat()}).",
        ),
        (aging_chart, "The cases in each stage by how long they have been in it: 0–7, 8–30, 31–90, over 90 days."),
    ]
    heading(document, "Charts")
    for number, (draw, caption) in enumerate(charts, start=1):
        _chart(document, number, draw(data), caption)


def team_stats_bytes(report: TeamStats) -> bytes:
    """The team statistics as a .docx: title, the three charts, the tables, the totals check."""
    title = "Team statistics"
    document = new_report(
        f"{title} {clean_text(report.period)}",
        f"Team statistics, {clean_text(report.period)}",
        generated_at=report.generated_at,
        generated_by=report.generated_by,
    )
    title_block(
        document,
        title,
        [
            f"Period: {clean_text(report.period)}",
            f"Tables grouped by {GROUP_WORDS.get(report.by, report.by).lower()}",
            f"{report.live_cases:,} live cases",
        ],
    )
    _charts(document, report)
    heading(document, "Tables")
    for data in report.tables:
        _stats_table(document, report, data)
        if data.name == "stages":
            _totals_line(document, report)
    return document_bytes(document)
