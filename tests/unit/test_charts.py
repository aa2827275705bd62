"""The team lead's charts (app/reports/charts.py): real matplotlib figures whose bars are the
dashboard's figures, in the reader's words, drawable to PNG without a display."""

from __future__ import annotations

import datetime as dt
import io

from matplotlib.patches import Rectangle
from PIL import Image

from app.reports.charts import ChartWords, aging_chart, funnel_chart, png_bytes, throughput_chart
from app.reports.model import AGE_BUCKETS, Dashboard

BOARD = Dashboard(
    generated_at=dt.datetime(2026, 11, 22, tzinfo=dt.UTC),
    start=dt.date(2026, 11, 2),
    end=dt.date(2026, 11, 22),
    funnel=[("pre-screening", 4), ("interviewed", 7), ("closed", 0)],
    weekly=[("2026-W45", 3, 2), ("2026-W46", 0, 5), ("2026-W47", 1, 0)],
    aging=[("pre-screening", [1, 2, 1, 0]), ("interviewed", [0, 3, 0, 4])],
)
EMPTY = Dashboard(BOARD.generated_at, BOARD.start, BOARD.end, [("pre-screening", 0)], [], [])


def bars(figure: object) -> list[Rectangle]:
    [axes] = figure.axes  # type: ignore[attr-defined]
    return [p for p in axes.patches if isinstance(p, Rectangle)]


def texts(figure: object) -> list[str]:
    found = [figure._suptitle.get_text()] if figure._suptitle else []  # type: ignore[attr-defined]
    for axes in figure.axes:  # type: ignore[attr-defined]
        found += [t.get_text() for t in axes.texts]
        found += [t.get_text() for t in axes.get_yticklabels() + axes.get_xticklabels()]
        legend = axes.get_legend()
        found += [t.get_text() for t in legend.get_texts()] if legend else []
    return found


def test_funnel_bars_are_the_stage_counts_in_pipeline_order_top_down() -> None:
    figure = funnel_chart(BOARD)
    by_row = sorted(bars(figure), key=lambda b: -b.get_y())  # the first stage is the top bar
    assert [b.get_width() for b in by_row] == [4, 7, 0]
    assert {"Pre-screening", "Interviewed", "Closed", "Cases in each stage now"} <= set(texts(figure))


def test_throughput_has_both_series_per_week() -> None:
    figure = throughput_chart(BOARD)
    heights = sorted((round(b.get_x(), 1), b.get_height()) for b in bars(figure))
    assert [h for _, h in heights] == [3, 2, 0, 5, 1, 0]
    assert {"W45", "W46", "W47", "Interviews done", "Cases moved to a later stage"} <= set(texts(figure))


def test_aging_stacks_each_stage_in_its_buckets() -> None:
    figure = aging_chart(BOARD)
    rows: dict[float, list[float]] = {}
    for b in bars(figure):
        rows.setdefault(round(b.get_y(), 2), []).append(b.get_width())
    assert sorted(sum(v) for v in rows.values()) == [4, 7]
    assert len(bars(figure)) == len(AGE_BUCKETS) * 2


def test_words_come_from_the_caller_and_empty_data_says_so() -> None:
    words = ChartWords(funnel_title="Справи за етапами", no_data="Ще нічого показати.", stage=lambda s: s.upper())
    figure = funnel_chart(EMPTY, words)
    assert not bars(figure) and {"Справи за етапами", "Ще нічого показати."} <= set(texts(figure))
    assert "Ще нічого показати." in texts(aging_chart(EMPTY, words))
    assert "Ще нічого показати." in texts(throughput_chart(EMPTY, words))
    assert "PRE-SCREENING" in texts(funnel_chart(BOARD, words))


def test_png_is_an_image_of_the_figure_size() -> None:
    data = png_bytes(funnel_chart(BOARD, size=(6, 3)), dpi=100)
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.size == (600, 300)
    # not blank: the bars are drawn in the palette's blue
    assert (0x00, 0x72, 0xB2) in {c[:3] for _, c in image.convert("RGB").getcolors(100000)}
