"""Finding people spelt otherwise, in the app (issue 19): the case list says which member a search
found and why, lists spelling variants after exact matches, and the Add person dialog shows a
likely match before saving and saves when asked again. Invented names only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.models import AuditEvent, Person
from app.services import search as search_service
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.case.dialogs import AddPersonDialog
from app.ui.cases.model import COL_MATCH, COL_PRINCIPAL
from app.ui.cases.view import CasesView
from app.ui.context import Events, UiContext
from app.ui.tasks import TaskRunner

LEFT = Qt.MouseButton.LeftButton


def _p(role: str, given: str, family: str, dob: str | None = "1980-01-02", **extra: Any) -> dict[str, Any]:
    return {"role": role, "given_names": given, "family_name": family, "dob": dob, **extra}


def _seed(ws: Workspace) -> None:
    create_case(
        ws,
        {"case_number": "ADD-000301", "site": "Addis Ababa"},
        [
            _p("principal_applicant", "Tesfaye", "Bekele", "1979-05-01"),
            _p("spouse", "Fisseha", "Tesfaye", "1985-03-04", native_given_names="ፍስሃ", native_family_name="ተስፋይ"),
        ],
    )
    # Romaniuk has the lower case number: an exact Romanyuk must still come first
    create_case(ws, {"case_number": "KIV-000302", "site": "Kyiv"}, [_p("principal_applicant", "Olha", "Romaniuk")])
    create_case(ws, {"case_number": "KIV-000303", "site": "Kyiv"}, [_p("principal_applicant", "Petro", "Romanyuk")])
    for i in range(4):
        create_case(
            ws, {"case_number": f"KHK-00031{i}", "site": "Kharkiv"}, [_p("principal_applicant", "Ivan", "Kovalenko")]
        )


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def ctx(ws: Workspace, tmp_path: Path, tasks: TaskRunner) -> UiContext:
    _seed(ws)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(ws, tasks, settings, Events(), open_case=lambda _number: None)


@pytest.fixture
def view(qtbot, ctx: UiContext) -> CasesView:
    v = CasesView(ctx)
    qtbot.addWidget(v)
    v.resize(1366, 700)
    v.show()
    qtbot.waitExposed(v)
    v.reload()
    return v


def shown(v: CasesView) -> list[str]:
    return [v.model.row_at(r).case_number for r in range(v.model.rowCount())]


def cell(v: CasesView, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
    return str(v.model.index(row, column).data(role) or "")


def type_search(qtbot, v: CasesView, text: str) -> None:
    v.search.clear()
    v.search.setFocus()
    qtbot.keyClicks(v.search, text)


def test_the_case_list_shows_the_member_a_spelling_variant_found_and_why(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "Fiseha")
    qtbot.waitUntil(lambda: shown(view) == ["ADD-000301"], timeout=3000)
    assert cell(view, 0, COL_PRINCIPAL) == "Tesfaye Bekele"  # the principal applicant stays
    assert cell(view, 0, COL_MATCH) == "≈ Fisseha Tesfaye (Spouse)"
    tip = cell(view, 0, COL_MATCH, Qt.ItemDataRole.ToolTipRole)
    assert "Spouse: Fisseha Tesfaye ፍስሃ ተስፋይ" in tip
    assert "“Fisseha” is a spelling variant of “fiseha” (as typed)" in tip
    assert not view.table.grab().isNull()  # the painted table draws the column


def test_an_exact_match_says_the_name_was_found_as_typed(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "Fisseha")
    qtbot.waitUntil(lambda: shown(view) == ["ADD-000301"], timeout=3000)
    assert cell(view, 0, COL_MATCH) == "Fisseha Tesfaye (Spouse)"
    assert "(the name as typed)" in cell(view, 0, COL_MATCH, Qt.ItemDataRole.ToolTipRole)


def test_exact_matches_are_listed_before_spelling_variants_in_either_sort_order(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "Romanyuk")
    qtbot.waitUntil(lambda: shown(view) == ["KIV-000303", "KIV-000302"], timeout=3000)
    assert cell(view, 0, COL_MATCH) == "Petro Romanyuk"
    assert cell(view, 1, COL_MATCH) == "≈ Olha Romaniuk"
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(view) == ["KIV-000303", "KIV-000302"]
    type_search(qtbot, view, "")
    qtbot.waitUntil(lambda: len(shown(view)) == 7, timeout=3000)
    assert cell(view, 0, COL_MATCH) == ""  # no search, no match to show


def test_members_not_read_with_the_search_are_read_when_their_rows_are_shown(
    qtbot, view: CasesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_service, "MEMBERS_AT_ONCE", 2)
    type_search(qtbot, view, "Kovalenko")
    qtbot.waitUntil(lambda: len(shown(view)) == 4, timeout=3000)
    view.table.viewport().repaint()  # paints rows whose member is not read yet: they are read
    qtbot.waitUntil(lambda: all(cell(view, r, COL_MATCH) == "Ivan Kovalenko" for r in range(4)), timeout=3000)
    assert view.model.pending_members == {}


@pytest.fixture
def dialog(qtbot, ctx: UiContext) -> AddPersonDialog:
    d = AddPersonDialog(ctx, "KIV-000303")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _added(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return list(s.scalars(select(Person.given_names).where(Person.given_names == "Fiseha")))


def test_add_person_shows_the_likely_match_before_saving_and_adds_when_asked_again(
    qtbot, dialog: AddPersonDialog, ctx: UiContext
) -> None:
    qtbot.keyClicks(dialog.given_names, "Fiseha")
    qtbot.keyClicks(dialog.family_name, "Tesfay")
    qtbot.keyClicks(dialog.dob.date, "1985-03-04")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(dialog.likely.isVisible, timeout=3000)
    text = dialog.likely.text()
    assert "Fisseha Tesfaye (ፍስሃ ተስፋይ), spouse in case ADD-000301, born 1985-03-04" in text
    assert "spelling variant of the name (fiseha / Fisseha, tesfay / Tesfaye), same date of birth" in text
    assert ok.text() == "Add &anyway"
    assert dialog.isVisible() and _added(ctx.ws) == []  # nothing saved yet
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.mouseClick(ok, LEFT)
    assert _added(ctx.ws) == ["Fiseha"]
    assert isinstance(dialog.result_value, str)
    with ctx.ws.session() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "likely_match_warning"))
    assert event is not None and event.entity_id == dialog.result_value


def test_add_person_with_no_likely_match_saves_at_once(qtbot, dialog: AddPersonDialog, ctx: UiContext) -> None:
    qtbot.keyClicks(dialog.given_names, "Fiseha")
    qtbot.keyClicks(dialog.family_name, "Tesfay")
    qtbot.keyClicks(dialog.dob.date, "2001-07-07")  # another date of birth: someone else
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert not dialog.likely.isVisible()
    assert _added(ctx.ws) == ["Fiseha"]
