"""The case table paints its own rows (app/ui/cases/table.py): it must look exactly like Qt's own
painting of the same model, in every state a user sees, and lay each text out only once."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from app.services.case_list import CaseRow
from app.ui.cases.model import (
    COL_ASSIGNEE,
    COL_FILE,
    COL_NATIVE,
    COL_PERSONS,
    COL_PRINCIPAL,
    COL_STAGE,
    CaseTableModel,
)
from app.ui.cases.table import _MAX_CACHED, CaseTable, TextCache

_NAMES = [
    ("Amina Test-Yusuf", "آمنه یوسف"),
    ("Olha Probna", "Ольга Пробна"),
    ("Ruta Natnael", "ሩታ ናትናኤል"),
    ("José Núñez", ""),
    ("Karim Sample", "کریم نمونه"),
]


def _rows(n: int = 40) -> list[CaseRow]:
    rows = []
    for i in range(n):
        principal, native = _NAMES[i % len(_NAMES)]
        rows.append(
            CaseRow(
                case_id=f"case-{i}",
                case_number=f"TST-{i:06d}",
                principal=principal,
                native=native,
                persons=i % 9 + 1,
                priority=f"P-{i % 3 + 1}",
                stage=("interviewed", "medical", "approved")[i % 3],
                site="Test site",
                ride="Ride A",
                expedited=i % 4 == 0,
                file_location="" if i % 5 == 0 else "Cabinet 2",
                open_issues=i % 3,
                unhcr_id=f"100-{i:08d}",
                assignee=("", "dana", "zed")[i % 3],
                assignee_name=("", "Dana Testperson", "zed")[i % 3],
            )
        )
    return rows


@pytest.fixture
def table(qtbot) -> Iterator[CaseTable]:
    t = CaseTable()
    qtbot.addWidget(t)
    t.setModel(CaseTableModel(_rows()))
    t.setAlternatingRowColors(True)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 10)
    for column, width in enumerate((110, 150, 130, 62, 58, 100, 90, 70, 90, 80)):
        t.horizontalHeader().resizeSection(column, width)
    t.resize(960, 420)
    t.show()
    qtbot.waitExposed(t)
    yield t


def _pil(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")


def _differing_pixels(table: CaseTable) -> tuple[int, int]:
    """(pixels that differ between our painting and Qt's, pixels in all)."""
    table.paints_rows = True
    ours = _pil(table.viewport().grab().toImage())
    table.paints_rows = False
    qts = _pil(table.viewport().grab().toImage())
    table.paints_rows = True
    diff = ImageChops.difference(ours, qts).convert("L")
    return sum(diff.point(lambda v: 1 if v else 0).histogram()[1:]), ours.width * ours.height


def _assert_same_as_qt(table: CaseTable) -> None:
    differing, total = _differing_pixels(table)
    # Not one text moved by a pixel: a 1-pixel shift of all text differs in about 8 % of pixels.
    assert differing <= total * 0.001, f"{differing} of {total} pixels differ from Qt's own painting"


def test_paints_like_qt_with_a_selected_row_and_keyboard_focus(qtbot, table: CaseTable) -> None:
    table.setFocus()
    table.selectRow(3)
    table.setCurrentIndex(table.model().index(3, COL_STAGE))
    qtbot.waitUntil(table.hasFocus)
    _assert_same_as_qt(table)


def test_paints_like_qt_with_columns_moved_hidden_and_the_list_scrolled(table: CaseTable) -> None:
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(COL_NATIVE), 0)
    header.setSectionHidden(COL_STAGE, True)
    table.resize(600, 300)  # narrower than the columns: a horizontal scroll bar
    table.scrollTo(table.model().index(25, COL_FILE))
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum() // 2)
    assert table.verticalScrollBar().value() > 0
    _assert_same_as_qt(table)


def test_paints_the_assigned_to_column_like_qt(table: CaseTable) -> None:
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(COL_ASSIGNEE), 1)  # in view, beside the case number
    model = table.model()
    assert isinstance(model, CaseTableModel)
    assert [model.cell_text(model.row_at(r), COL_ASSIGNEE, table.locale()) for r in range(3)] == [
        "",
        "Dana Testperson",
        "zed",
    ]
    assert model.index(1, COL_ASSIGNEE).data() == "Dana Testperson"
    _assert_same_as_qt(table)


def test_paints_like_qt_when_disabled(table: CaseTable) -> None:
    table.selectRow(1)
    table.setEnabled(False)
    _assert_same_as_qt(table)


def test_the_comparison_would_see_a_difference(table: CaseTable) -> None:
    """The pixel comparison is not blind: a row selected in only one of the two paintings shows."""
    table.paints_rows = True
    ours = _pil(table.viewport().grab().toImage())
    table.selectRow(2)
    table.paints_rows = False
    qts = _pil(table.viewport().grab().toImage())
    diff = ImageChops.difference(ours, qts).convert("L")
    assert sum(diff.point(lambda v: 1 if v else 0).histogram()[1:]) > ours.width * ours.height * 0.01


def test_a_long_value_is_elided_to_its_cell_and_unknown_file_location_is_italic(table: CaseTable) -> None:
    model = table.model()
    assert isinstance(model, CaseTableModel)
    long_name = "Principal Applicant With An Exceptionally Long Synthetic Name"
    row = model.row_at(0)
    model.update_row(dataclasses.replace(row, principal=long_name))
    room = table.columnWidth(COL_PRINCIPAL) - 1 - 6
    shown = table.texts.shown_text(long_name, room)
    assert shown.endswith("…") and long_name.startswith(shown[:-1])
    assert table.fontMetrics().horizontalAdvance(shown) <= room
    table.viewport().grab()  # paints: the elided text is what was laid out
    assert any(key[0] == long_name for key in table.texts._entries)
    assert model.cell_italic(model.row_at(0), COL_FILE)  # case 0 has no file location
    assert model.cell_text(model.row_at(0), COL_FILE, table.locale()) == model.data(model.index(0, COL_FILE))
    assert model.data(model.index(0, COL_FILE), Qt.ItemDataRole.FontRole).italic()
    assert model.cell_text(model.row_at(0), COL_PERSONS, table.locale()) == "1"


def test_each_text_is_laid_out_once_and_the_cache_stays_bounded(table: CaseTable) -> None:
    table.viewport().grab()
    laid_out = len(table.texts)
    assert laid_out > 0
    table.viewport().grab()
    assert len(table.texts) == laid_out  # the second paint reused every text

    cache = TextCache(QFont())
    for i in range(_MAX_CACHED + 10):
        cache.get(f"Name {i}", 200, False)
    assert len(cache) <= _MAX_CACHED


def test_a_font_change_lays_texts_out_again(table: CaseTable) -> None:
    table.viewport().grab()
    assert len(table.texts)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() + 3)
    table.setFont(font)
    assert len(table.texts) == 0
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    for column in range(table.model().columnCount()):  # room for every text: Qt elides at a word
        table.horizontalHeader().resizeSection(column, table.columnWidth(column) * 2)  # (we need not)
    _assert_same_as_qt(table)


def test_a_line_break_in_a_value_stays_on_its_row(table: CaseTable) -> None:
    shown = table.texts.shown_text("Two\nlines", 500)
    assert "\n" not in shown and shown.startswith("Two")


def test_a_configuration_it_does_not_reproduce_is_left_to_qt(table: CaseTable) -> None:
    table.viewport().grab()
    assert len(table.texts)  # our painting
    for change, undo in (
        (lambda: table.setWordWrap(True), lambda: table.setWordWrap(False)),
        (
            lambda: table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems),
            lambda: table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows),
        ),
        (
            lambda: table.setLayoutDirection(Qt.LayoutDirection.RightToLeft),
            lambda: table.setLayoutDirection(Qt.LayoutDirection.LeftToRight),
        ),
    ):
        change()
        table.texts.set_font(table.font())  # empty
        table.viewport().grab()
        assert len(table.texts) == 0  # Qt painted: nothing was laid out by us
        undo()
