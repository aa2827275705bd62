"""The team lead's charts (issue 22), drawn once with matplotlib for both the desktop's dashboard
(which shows the figure on a Qt canvas) and the team statistics report (which embeds it as a PNG):
the stage funnel, weekly throughput and the aging of the cases in each stage.

Figures are made with `matplotlib.figure.Figure`, never pyplot: pyplot keeps global state and a
window manager, which a worker thread or a server must not touch. The words on a chart (titles,
axes, stage names) are given by the caller in the reader's language (`ChartWords`); the figures
come from `app.reports.model.Dashboard`.

The colours are Okabe and Ito's palette, told apart by readers with any common colour-vision
deficiency, and every bar carries its number: a chart projected in a meeting room or printed in
grey still reads.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from app.reports.docx_common import words
from app.reports.model import AGE_BUCKETS, Dashboard

FONTS = ["Noto Sans", "DejaVu Sans"]  # Latin and Cyrillic; DejaVu where Noto is not installed
BLUE, ORANGE, GREEN, VERMILION = "#0072B2", "#E69F00", "#009E73", "#D55E00"
AGE_COLOURS = ("#9ecae1", BLUE, ORANGE, VERMILION)  # fresh to stale
GRID = "#d9d9d9"
TEXT = "#222222"


@dataclass(frozen=True)
class ChartWords:
    """The words on the charts, in the reader's language (English by default)."""

    funnel_title: str = "Cases in each stage now"
    funnel_axis: str = "Cases"
    throughput_title: str = "Weekly throughput"
    interviews: str = "Interviews done"
    moved_on: str = "Cases moved to a later stage"
    week_axis: str = "Week"
    aging_title: str = "How long cases have been in their stage"
    age_buckets: tuple[str, ...] = ("0–7 days", "8–30 days", "31–90 days", "over 90 days")
    no_data: str = "Nothing to show yet."
    stage: Callable[[str], str] = field(default=words)


ENGLISH = ChartWords()


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), layout="constrained")
    figure.set_facecolor("white")
    return figure


def _style(axes: Axes, *, counts_on: str) -> None:
    """Light axes, and whole numbers on the axis that counts cases (no "2.5 cases")."""
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(colors=TEXT, labelsize=9)
    (axes.xaxis if counts_on == "x" else axes.yaxis).set_major_locator(MaxNLocator(integer=True))


def _title(figure: Figure, text: str) -> None:
    figure.suptitle(text, fontsize=12, fontweight="bold", color=TEXT, fontfamily=FONTS, x=0.02, ha="left")


def _empty(figure: Figure, words: ChartWords) -> Figure:
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.text(0.5, 0.5, words.no_data, ha="center", va="center", fontsize=11, color="#666666", fontfamily=FONTS)
    return figure


def funnel_chart(data: Dashboard, words: ChartWords = ENGLISH, *, size: tuple[float, float] = (7.0, 4.2)) -> Figure:
    """Cases in each stage now, as horizontal bars in pipeline order, the first stage on top."""
    figure = _figure(*size)
    _title(figure, words.funnel_title)
    if not data.total_cases:
        return _empty(figure, words)
    axes = figure.add_subplot()
    labels = [words.stage(stage) for stage, _ in data.funnel]
    counts = [n for _, n in data.funnel]
    positions = list(range(len(labels)))[::-1]
    bars = axes.barh(positions, counts, color=BLUE, height=0.7)
    axes.bar_label(bars, labels=[str(n) if n else "" for n in counts], padding=3, fontsize=8, color=TEXT)
    axes.set_yticks(positions, labels, fontfamily=FONTS)
    axes.set_xlabel(words.funnel_axis, fontfamily=FONTS, fontsize=9)
    axes.xaxis.grid(True, color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.set_xlim(0, max(counts) * 1.12 + 1)
    _style(axes, counts_on="x")
    return figure


def throughput_chart(data: Dashboard, words: ChartWords = ENGLISH, *, size: tuple[float, float] = (7.0, 3.6)) -> Figure:
    """Per week: interviews done and cases moved to a later stage, side by side."""
    figure = _figure(*size)
    _title(figure, words.throughput_title)
    if not data.weekly:
        return _empty(figure, words)
    axes = figure.add_subplot()
    weeks = [week.split("-")[1] if "-" in week else week for week, _, _ in data.weekly]
    done = [d for _, d, _ in data.weekly]
    moved = [m for _, _, m in data.weekly]
    positions = range(len(weeks))
    width = 0.4
    first = axes.bar([p - width / 2 for p in positions], done, width, color=BLUE, label=words.interviews)
    second = axes.bar([p + width / 2 for p in positions], moved, width, color=ORANGE, label=words.moved_on)
    for bars, values in ((first, done), (second, moved)):
        axes.bar_label(bars, labels=[str(v) if v else "" for v in values], padding=2, fontsize=7, color=TEXT)
    axes.set_xticks(list(positions), weeks, fontfamily=FONTS)
    axes.set_xlabel(words.week_axis, fontfamily=FONTS, fontsize=9)
    axes.yaxis.grid(True, color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.set_ylim(0, max([*done, *moved, 1]) * 1.18)
    axes.legend(
        frameon=False, ncols=2, loc="lower center", bbox_to_anchor=(0.5, 1.0), prop={"family": FONTS, "size": 8}
    )
    _style(axes, counts_on="y")
    return figure


def aging_chart(data: Dashboard, words: ChartWords = ENGLISH, *, size: tuple[float, float] = (7.0, 4.2)) -> Figure:
    """The cases of each stage by how long they have been there: stacked bars, fresh to stale."""
    figure = _figure(*size)
    _title(figure, words.aging_title)
    if not data.aging:
        return _empty(figure, words)
    axes = figure.add_subplot()
    labels = [words.stage(stage) for stage, _ in data.aging]
    positions = list(range(len(labels)))[::-1]
    left = [0] * len(labels)
    for index in range(len(AGE_BUCKETS)):
        values = [buckets[index] for _, buckets in data.aging]
        bars = axes.barh(
            positions, values, left=left, height=0.7, color=AGE_COLOURS[index], label=words.age_buckets[index]
        )
        axes.bar_label(bars, labels=[str(v) if v else "" for v in values], label_type="center", fontsize=7, color=TEXT)
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(positions, labels, fontfamily=FONTS)
    axes.set_xlabel(words.funnel_axis, fontfamily=FONTS, fontsize=9)
    axes.xaxis.grid(True, color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.legend(
        frameon=False,
        ncols=len(AGE_BUCKETS),
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        prop={"family": FONTS, "size": 8},
    )
    _style(axes, counts_on="x")
    return figure


def png_bytes(figure: Figure, dpi: int = 150) -> bytes:
    """The figure as a PNG (for a Word report), drawn with the Agg renderer in memory."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
