"""The case screen driven like an interviewer would: edit a person, hit a validation error, tick a
verification, lock with unsaved changes, write notes, read the history, in several scripts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.services.case_view import show_case
from app.services.cases import create_case, mark_verified, set_case_fields, set_person_fields
from app.services.drafts import load_draft, person_draft_key
from app.services.history import case_history
from app.store.workspace import Workspace
from app.ui.case.dialogs import AddPersonDialog, CaseDetailsDialog
from app.ui.case.household import HouseholdModel
from app.ui.case.verify import VerifyDialog
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.shell import MainWindow
from app.ui.tasks import TaskRunner
from tests.conftest import PASSWORD
from tests.ui.waiting import settle

CASE = "KBL-000042"
LEFT = Qt.MouseButton.LeftButton


def _seed(ws: Workspace) -> None:
    create_case(
        ws,
        {"case_number": CASE, "site": "Islamabad"},
        [
            {
                "role": "principal_applicant",
                "family_name": "Ahmadi",
                "given_names": "Farid",
                "dob": "1975-03-02",
                "native_family_name": "احمدی",
                "native_given_names": "فرید",
                "relationship_to_pa": "self",
                "nationality": "AF",
                "languages": ["prs", "ps"],
            },
            {
                "role": "spouse",
                "family_name": "Natnael",
                "given_names": "Ruta",
                "dob": "1982",
                "native_family_name": "ናትናኤል",
                "native_given_names": "ሩታ",
                "relationship_to_pa": "spouse",
            },
            {
                "role": "child",
                "family_name": "Ahmadi",
                "given_names": "Olena",
                "dob": "2012-06",
                "native_family_name": "Ахмаді",
                "native_given_names": "Олена",
                "relationship_to_pa": "daughter",
            },
        ],
    )


def _persons(ws: Workspace) -> dict[str, dict]:
    return {p["given_names"]: p for p in show_case(ws, CASE)["persons"]}


@pytest.fixture
def ctx(qtbot, ws: Workspace) -> Iterator[UiContext]:
    _seed(ws)
    tasks = TaskRunner()
    context = UiContext(ws, tasks, settings(), Events())
    yield context
    tasks.wait()


@pytest.fixture
def view(qtbot, ctx: UiContext) -> CaseView:
    widget = CaseView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_case(CASE)
    settle(ctx.tasks)
    return widget


def _edit(qtbot, view: CaseView) -> None:
    qtbot.mouseClick(view.panel.edit_button, LEFT)
    assert view.panel.editing


def _type(qtbot, editor, text: str) -> None:
    editor.clear()
    qtbot.keyClicks(editor, text)


def _no_message_boxes() -> bool:
    return not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_editing_dob_in_the_panel_stores_it_audits_it_and_announces_the_change(qtbot, view: CaseView) -> None:
    panel, ws = view.panel, view.ctx.ws
    assert panel.person is not None and panel.person["given_names"] == "Farid"
    _edit(qtbot, view)
    _type(qtbot, panel.dob_editor.date, "1975-03-03")
    with qtbot.waitSignal(view.ctx.events.case_changed, timeout=5000) as changed:
        qtbot.mouseClick(panel.save_button, LEFT)
    assert changed.args == [CASE]
    settle(view.ctx.tasks)  # the case is read again on the worker
    assert _persons(ws)["Farid"]["dob"] == "1975-03-03"
    line = "changed date of birth of Farid AHMADI from 1975-03-02 to 1975-03-03"
    assert case_history(ws, CASE)[-1].text == line
    assert case_history(ws, CASE)[-1].actor == "lead"
    # What the user sees: read mode again, the new date, and the History tab telling it.
    assert not panel.editing
    assert panel.rows["dob"].value.text().startswith("1975-03-03")
    assert any(text.endswith("lead " + line) for text in view.history.model.lines())


def test_invalid_dob_is_shown_next_to_the_dob_field_and_nothing_is_stored(qtbot, view: CaseView) -> None:
    panel, ws = view.panel, view.ctx.ws
    before = case_history(ws, CASE)
    _edit(qtbot, view)
    _type(qtbot, panel.dob_editor.date, "1975-13-01")
    qtbot.mouseClick(panel.save_button, LEFT)
    dob_error = panel.rows["dob"].error
    qtbot.waitUntil(dob_error.isVisible, timeout=5000)
    assert dob_error.text() == "'1975-13-01' is not a real calendar date"
    assert not panel.error.isVisible()  # not a generic message above the form
    assert not any(row.error.isVisible() for key, row in panel.rows.items() if key != "dob")
    assert _no_message_boxes()
    assert panel.editing and panel.dob_editor.date.text() == "1975-13-01"  # the input is kept to fix
    assert _persons(ws)["Farid"]["dob"] == "1975-03-02"
    assert len(case_history(ws, CASE)) == len(before)


def test_every_invalid_field_is_marked_at_once(qtbot, view: CaseView) -> None:
    panel = view.panel
    _edit(qtbot, view)
    _type(qtbot, panel.dob_editor.date, "1975-02-30")
    _type(qtbot, panel.editors["languages"], "prs, Dari")
    qtbot.mouseClick(panel.save_button, LEFT)
    qtbot.waitUntil(panel.rows["languages"].error.isVisible, timeout=5000)
    assert panel.rows["dob"].error.text() == "'1975-02-30' is not a real calendar date"
    assert "ISO 639" in panel.rows["languages"].error.text()
    assert panel.dob_editor.date.hasFocus()  # the first problem in the panel's order
    assert _persons(view.ctx.ws)["Farid"]["languages"] == ["prs", "ps"]


def test_the_dob_entry_adapts_to_the_precision(qtbot, view: CaseView) -> None:
    panel = view.panel
    _edit(qtbot, view)
    assert panel.dob_editor.date.placeholderText() == "YYYY-MM-DD"
    panel.dob_editor.precision.set_code("year")
    assert panel.dob_editor.date.text() == "1975"
    assert panel.dob_editor.date.placeholderText() == "YYYY"
    assert panel.rows["dob"].hint.text() == "Format: YYYY"


def test_verification_tick_asks_for_the_document_and_records_it(qtbot, view: CaseView) -> None:
    panel, ws = view.panel, view.ctx.ws
    tick = panel.rows["dob"].tick
    assert tick.text() == "○"
    qtbot.mouseClick(tick, LEFT)
    dialog = panel.findChild(VerifyDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.document_type.set_code("passport")
    qtbot.keyClicks(dialog.reference, "P0123456")
    with qtbot.waitSignal(view.ctx.events.case_changed, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)
    mark = _persons(ws)["Farid"]["verified"]["dob"]
    assert (mark["by"], mark["document_type"], mark["reference"]) == ("lead", "passport", "P0123456")
    assert mark["at"]
    tick = panel.rows["dob"].tick
    assert tick.text() == "✔"
    assert "Passport P0123456" in tick.toolTip() and "lead" in tick.toolTip()
    assert "1/" in panel.facts.text()


def test_editing_a_verified_field_in_the_panel_clears_its_tick(qtbot, view: CaseView) -> None:
    panel, ws = view.panel, view.ctx.ws
    mark_verified(ws, CASE, panel.person_id, "family_name", "passport P1")  # type: ignore[arg-type]
    view.refresh()
    settle(view.ctx.tasks)
    assert panel.rows["family_name"].tick.text() == "✔"
    _edit(qtbot, view)
    _type(qtbot, panel.editors["family_name"], "Ahmadzai")
    with qtbot.waitSignal(view.ctx.events.case_changed, timeout=5000):
        qtbot.mouseClick(panel.save_button, LEFT)
    settle(view.ctx.tasks)
    assert "family_name" not in _persons(ws)["Farid"]["verified"]
    assert panel.rows["family_name"].tick.text() == "○"


def test_unsaved_edit_survives_the_lock_as_a_draft_and_comes_back(qtbot, ws: Workspace) -> None:
    _seed(ws)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.unlocked()
    window.open_case(CASE)
    settle(window.tasks)
    view = window.case
    ruta = _persons(ws)["Ruta"]
    view.select_person(ruta["id"])
    _edit(qtbot, view)
    _type(qtbot, view.panel.editors["given_names"], "Rutha")
    view.panel.editors["native_given_names"].setText("ሩጣ")  # non-Latin text arrives as an input-method commit
    case_id = show_case(ws, CASE)["id"]

    window.lock()
    assert not ws.is_unlocked
    assert view.case_number is None and not view.panel.editing

    ws.unlock(PASSWORD)
    assert load_draft(ws, person_draft_key(case_id, ruta["id"])) is not None
    window.unlocked()
    window.open_case(CASE)
    settle(window.tasks)
    panel = view.panel
    assert panel.person_id == ruta["id"]  # the person with a draft is the one shown
    assert panel.editing
    assert panel.editors["given_names"].text() == "Rutha"
    assert panel.editors["native_given_names"].text() == "ሩጣ"
    assert panel.notice.isVisible()
    assert panel.notice.text() == "Unsaved changes from before the lock were restored."
    assert _persons(ws)["Ruta"]["given_names"] == "Ruta"  # a draft is not a save

    with qtbot.waitSignal(window.events.case_changed, timeout=5000):
        qtbot.mouseClick(panel.save_button, LEFT)
    settle(window.tasks)
    stored = {p["id"]: p for p in show_case(ws, CASE)["persons"]}[ruta["id"]]
    assert (stored["given_names"], stored["native_given_names"]) == ("Rutha", "ሩጣ")
    assert load_draft(ws, person_draft_key(case_id, ruta["id"])) is None
    assert not panel.notice.isVisible()


def test_cancelling_a_restored_draft_discards_it(qtbot, view: CaseView) -> None:
    panel, ws = view.panel, view.ctx.ws
    _edit(qtbot, view)
    _type(qtbot, panel.editors["place_of_birth"], "Herat")
    view.ctx.events.locked.emit()  # fires before the keys go: the view queues the draft
    view.ctx.tasks.wait()  # as the shell does before it drops the keys
    key = person_draft_key(show_case(ws, CASE)["id"], _persons(ws)["Farid"]["id"])
    assert load_draft(ws, key) is not None
    view.show_case(CASE)
    settle(view.ctx.tasks)
    assert panel.editing and panel.editors["place_of_birth"].text() == "Herat"
    assert panel.cancel_edit(confirm=False)
    settle(view.ctx.tasks)
    assert load_draft(ws, key) is None


def test_a_restored_draft_does_not_revert_fields_changed_meanwhile(qtbot, view: CaseView) -> None:
    panel, ws = view.panel, view.ctx.ws
    farid = _persons(ws)["Farid"]
    _edit(qtbot, view)
    _type(qtbot, panel.editors["place_of_birth"], "Herat")
    view.ctx.events.locked.emit()
    view.ctx.tasks.wait()
    set_person_fields(ws, CASE, farid["id"], {"family_name": "Ahmadzai"})  # e.g. arrived by sync
    view.show_case(CASE)
    settle(view.ctx.tasks)
    assert panel.editing
    assert panel.editors["place_of_birth"].text() == "Herat"
    assert panel.editors["family_name"].text() == "Ahmadzai"
    assert panel.changes() == {"place_of_birth": "Herat"}


def test_notes_are_listed_and_added_with_their_confidentiality(qtbot, view: CaseView) -> None:
    notes, ws = view.notes, view.ctx.ws
    view.tabs.setCurrentIndex(view.NOTES)
    assert notes.model.rowCount() == 0 and notes.empty.isVisible()
    qtbot.mouseClick(notes.add_button, LEFT)
    assert notes.error.isVisible()  # an empty note is refused in the form
    notes.text.setPlainText("Family asked about the medical appointment.")
    notes.level.set_code("restricted")
    with qtbot.waitSignal(view.ctx.events.case_changed, timeout=5000):
        qtbot.mouseClick(notes.add_button, LEFT)
    settle(view.ctx.tasks)
    stored = show_case(ws, CASE)["notes"]
    assert [(n["text"], n["confidentiality"], n["author"]) for n in stored] == [
        ("Family asked about the medical appointment.", "restricted", "lead")
    ]
    model = notes.model
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[1:] == ["lead", "Restricted", "Family asked about the medical appointment."]
    assert notes.text.toPlainText() == ""
    assert view.tabs.tabText(view.NOTES) == "&Notes (1)"
    assert any(t.endswith("lead added a restricted note") for t in view.history.model.lines())


def test_arabic_ethiopic_and_cyrillic_names_render_in_the_household(qtbot, view: CaseView) -> None:
    model = view.household.model
    native = {
        model.data(model.index(r, HouseholdModel.NAME)): model.data(model.index(r, HouseholdModel.NATIVE))
        for r in range(model.rowCount())
    }
    assert native == {"Farid AHMADI": "فرید احمدی", "Ruta NATNAEL": "ሩታ ናትናኤል", "Olena AHMADI": "Олена Ахмаді"}
    arabic = model.index(0, HouseholdModel.NATIVE)
    assert int(model.data(arabic, Qt.ItemDataRole.TextAlignmentRole)) & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(1, HouseholdModel.NATIVE), Qt.ItemDataRole.TextAlignmentRole) is None
    assert [model.data(model.index(r, HouseholdModel.AGE)) for r in range(3)][1].startswith("≈ ")
    assert model.data(model.index(0, HouseholdModel.VERIFIED)) == "0/8"
    # The panel shows the native name right-to-left, and its editor follows the text's direction.
    panel = view.panel
    assert panel.native.text() == "فرید احمدی"
    assert panel.native.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _edit(qtbot, view)
    assert panel.editors["native_family_name"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.editors["family_name"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not view.grab().isNull()
    panel.cancel_edit(confirm=False)
    view.select_person(_persons(view.ctx.ws)["Ruta"]["id"])
    assert panel.native.text() == "ሩታ ናትናኤል"
    assert panel.native.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not view.grab().isNull()


def test_add_person_validates_in_the_dialog_and_selects_the_new_person(qtbot, view: CaseView) -> None:
    qtbot.mouseClick(view.household.add_button, LEFT)
    dialog = view.findChild(AddPersonDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.given_names, "Omid")
    qtbot.keyClicks(dialog.family_name, "Ahmadi")
    qtbot.keyClicks(dialog.dob.date, "2019-02-30")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(dialog.rows["dob"].error.isVisible, timeout=5000)
    assert "not a real calendar date" in dialog.rows["dob"].error.text()
    _type(qtbot, dialog.dob.date, "2019-02-28")
    with qtbot.waitSignal(view.ctx.events.case_changed, timeout=5000):
        qtbot.mouseClick(ok, LEFT)
    settle(view.ctx.tasks)
    assert "Omid" in _persons(view.ctx.ws)
    assert view.household.model.rowCount() == 4
    assert view.panel.person is not None and view.panel.person["given_names"] == "Omid"


def test_case_details_dialog_changes_the_stage_through_the_service(qtbot, view: CaseView) -> None:
    qtbot.mouseClick(view.header.details, LEFT)
    dialog = view.findChild(CaseDetailsDialog)
    assert dialog is not None
    dialog.stage.set_code("interviewed")
    with qtbot.waitSignal(view.ctx.events.case_changed, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)
    assert show_case(view.ctx.ws, CASE)["stage"] == "interviewed"
    assert "Interviewed" in view.header.title.text()
    assert any(t.endswith("changed stage from pre-screening to interviewed") for t in view.history.model.lines())


def test_keyboard_edit_save_escape_back_and_tabs(qtbot, view: CaseView) -> None:
    view.activateWindow()
    qtbot.waitActive(view)
    view.household.table.setFocus()
    panel = view.panel
    qtbot.keyClick(view.household.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert panel.editing
    qtbot.keyClick(panel.editors["family_name"], Qt.Key.Key_Escape)  # nothing typed: just leaves edit mode
    assert not panel.editing
    qtbot.keyClick(view.household.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, panel.editors["place_of_birth"], "Herat")
    with qtbot.waitSignal(view.ctx.events.case_changed, timeout=5000):
        qtbot.keyClick(panel.editors["place_of_birth"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(view.ctx.tasks)
    assert _persons(view.ctx.ws)["Farid"]["place_of_birth"] == "Herat"
    qtbot.keyClick(view.household.table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == view.HISTORY
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        qtbot.keyClick(view.tabs, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        qtbot.keyClick(view.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def test_lock_forgets_the_case_on_screen(qtbot, view: CaseView) -> None:
    view.ctx.events.locked.emit()
    assert view.case_number is None and view.last_case_number == CASE
    assert view.household.model.rowCount() == 0
    assert view.history.model.rowCount() == 0 and view.notes.model.rowCount() == 0
    assert view.panel.person is None


def test_fields_in_conflict_are_marked_with_a_link_to_decide_them(qtbot, ctx: UiContext) -> None:
    import uuid

    from sqlalchemy import select

    from app.models import Case, Conflict, Person
    from app.models.base import utcnow

    ws = ctx.ws
    with ws.session() as s:
        case = s.scalar(select(Case).where(Case.case_number == CASE))
        farid = s.scalar(select(Person).where(Person.given_names == "Farid"))
        assert case is not None and farid is not None
        ids = {"dob": str(uuid.uuid4()), "stage": str(uuid.uuid4())}
        for key, table, row_id, field in (("dob", "persons", farid.id, "dob"), ("stage", "cases", case.id, "stage")):
            s.add(
                Conflict(
                    id=ids[key],
                    table_name=table,
                    row_id=row_id,
                    case_id=case.id,
                    field=field,
                    candidates=[{"value": "x", "device": "a", "hlc": "1"}, {"value": "y", "device": "b", "hlc": "2"}],
                    created_at=utcnow().isoformat(),
                    resolved=False,
                )
            )
    opened: list[str] = []
    ctx.open_conflict = opened.append
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.show_case(CASE)
    panel = view.panel
    qtbot.waitUntil(lambda: panel.person is not None and panel.rows["dob"].conflict.isVisible(), timeout=10_000)
    assert not panel.rows["family_name"].conflict.isVisible()
    assert "Decide" in panel.rows["dob"].conflict.text()
    panel.rows["dob"].conflict.linkActivated.emit("#")
    assert opened == [ids["dob"]]
    header = view.header.conflicts
    assert header.isVisible() and "Stage" in header.text()
    header.linkActivated.emit(ids["stage"])
    assert opened == [ids["dob"], ids["stage"]]


def test_a_note_and_an_edit_being_written_survive_a_language_change(qtbot, ws: Workspace) -> None:
    from app.ui import i18n
    from app.ui.main import switch_language

    _seed(ws)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.unlocked()
    window.open_case(CASE)
    settle(window.tasks)
    view = window.case
    ruta = _persons(ws)["Ruta"]
    view.select_person(ruta["id"])
    _edit(qtbot, view)
    _type(qtbot, view.panel.editors["given_names"], "Rutha")
    view.notes.text.setPlainText("Half-written note about the interpreter booking")
    try:
        replacement = switch_language(window, "es")
        qtbot.addWidget(replacement)
        settle(replacement.tasks)
        again = replacement.case
        assert again.case_number == CASE
        assert again.notes.text.toPlainText() == "Half-written note about the interpreter booking"
        assert again.panel.person_id == ruta["id"] and again.panel.editing
        assert again.panel.editors["given_names"].text() == "Rutha"
        assert _persons(ws)["Ruta"]["given_names"] == "Ruta"  # kept as a draft, not saved
    finally:
        i18n.install("en")


def _open_as(qtbot, ws: Workspace, user: str, role: str) -> CaseView:
    """The case view of the seeded case, opened by a colleague in `role` on the same laptop."""
    from tests.support.staff import add_staff, reopen_as

    add_staff(ws, user, role)
    other = reopen_as(ws, user)
    tasks = TaskRunner()
    widget = CaseView(UiContext(other, tasks, settings(), Events()))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_case(CASE)
    settle(tasks)
    return widget


def test_the_case_details_offer_an_interviewer_only_what_their_role_may_do(qtbot, ws: Workspace) -> None:
    _seed(ws)
    view = _open_as(qtbot, ws, "ines", "interviewer")
    qtbot.mouseClick(view.header.details, LEFT)
    dialog = view.findChild(CaseDetailsDialog)
    assert dialog is not None
    model = dialog.stage.model()
    enabled = {dialog.stage.itemData(i): model.item(i).isEnabled() for i in range(dialog.stage.count())}
    assert not any(enabled[s] for s in ("adjudicated", "approved", "denied", "on-hold"))
    assert enabled["interviewed"] and enabled["medical"]
    assert not dialog.security.isEnabled() and "team lead" in dialog.security.toolTip()
    assert not dialog.rows["reason"].isVisible()  # nothing moves back from pre-screening
    view.ctx.tasks.wait()
    view.ctx.ws.lock()


def test_moving_the_stage_back_asks_a_team_lead_for_the_reason_and_keeps_it(qtbot, view: CaseView) -> None:
    ws = view.ctx.ws
    set_case_fields(ws, CASE, {"stage": "interviewed"})
    view.show_case(CASE)
    settle(view.ctx.tasks)
    qtbot.mouseClick(view.header.details, LEFT)
    dialog = view.findChild(CaseDetailsDialog)
    assert dialog is not None and not dialog.rows["reason"].isVisible()
    dialog.stage.set_code("pre-screening")
    assert dialog.rows["reason"].isVisible()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert "Say why the stage moves back" in dialog.rows["reason"].error.text()
    assert show_case(ws, CASE)["stage"] == "interviewed"  # nothing was sent
    dialog.stage_reason.setText("interview recorded on the wrong case")
    with qtbot.waitSignal(view.ctx.events.case_changed, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    doc = show_case(ws, CASE)
    assert doc["stage"] == "pre-screening"
    assert doc["history"][-1]["details"]["reason"] == "interview recorded on the wrong case"


def test_notes_an_interviewer_may_not_read_are_counted_not_shown(qtbot, ws: Workspace) -> None:
    from app.services.records import add_note

    _seed(ws)
    add_note(ws, CASE, "Security interview outcome: see file", confidentiality="restricted")
    add_note(ws, CASE, "Family arrived on time")
    view = _open_as(qtbot, ws, "ines", "interviewer")
    view.tabs.setCurrentIndex(view.NOTES)
    notes = view.notes
    assert notes.model.rowCount() == 1
    assert notes.model.data(notes.model.index(0, 3)) == "Family arrived on time"
    assert notes.withheld.isVisible()
    assert notes.withheld.text().startswith("1 restricted or medical note not shown")
    view.ctx.tasks.wait()
    view.ctx.ws.lock()


def _png(width: int = 48, height: int = 64) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _noting_threads(monkeypatch: pytest.MonkeyPatch, module: object, names: list[str]) -> dict[str, list[bool]]:
    """Wrap module.<name> for each name: every call notes whether it ran on the GUI thread."""
    import threading

    calls: dict[str, list[bool]] = {name: [] for name in names}
    for name in names:
        real = getattr(module, name)

        def noted(*args: object, _real=real, _name: str = name, **kwargs: object) -> object:  # noqa: ANN001
            calls[_name].append(threading.current_thread() is threading.main_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, noted)
    return calls


def test_opening_a_case_reads_it_and_decrypts_its_photos_on_the_worker(qtbot, ctx: UiContext, monkeypatch) -> None:
    from app.services.attachments import attach, set_profile_photo
    from app.ui.case import view as case_view

    farid = _persons(ctx.ws)["Farid"]
    photo = attach(ctx.ws, CASE, _png(), filename="farid.png", kind="photo", person_id=farid["id"]).attachment_id
    set_profile_photo(ctx.ws, CASE, farid["id"], photo)
    calls = _noting_threads(monkeypatch, case_view, ["show_case", "drafts_with_prefix", "thumbnail"])
    widget = CaseView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.case_shown, timeout=5000):
        widget.show_case(CASE)
    assert calls == {"show_case": [False], "drafts_with_prefix": [False], "thumbnail": [False]}
    shown = widget.household.model.photo_of(farid["id"])
    assert shown is not None and (shown.width(), shown.height()) != (0, 0)
    assert widget.panel.photo.pixmap() is not None and not widget.panel.photo.pixmap().isNull()
    # Read again after a change: the photo already decoded is not decrypted a second time.
    set_case_fields(ctx.ws, CASE, {"priority": "P-1"})
    with qtbot.waitSignal(widget.case_shown, timeout=5000):
        ctx.events.case_changed.emit(CASE)
    assert calls["thumbnail"] == [False] and calls["show_case"] == [False, False]


def test_drafts_kept_on_lock_are_written_and_restored_on_the_worker(qtbot, view: CaseView, monkeypatch) -> None:
    from app.ui.case import person_panel
    from app.ui.case import view as case_view

    written = _noting_threads(monkeypatch, person_panel, ["save_draft", "discard_draft"])
    notes = _noting_threads(monkeypatch, case_view, ["save_draft", "discard_draft"])
    _edit(qtbot, view)
    _type(qtbot, view.panel.editors["place_of_birth"], "Herat")
    view.notes.text.setPlainText("Interpreter booked for Tuesday")
    view.ctx.events.locked.emit()
    view.ctx.tasks.wait()  # as the shell does before it drops the keys
    assert written["save_draft"] == [False] and notes["save_draft"] == [False]
    view.show_case(CASE)
    settle(view.ctx.tasks)
    assert view.panel.editing and view.panel.editors["place_of_birth"].text() == "Herat"
    assert view.notes.text.toPlainText() == "Interpreter booked for Tuesday"
    assert notes["discard_draft"] == [False]  # the note's draft has done its job once restored
    view.panel.cancel_edit(confirm=False)
    settle(view.ctx.tasks)
    assert written["discard_draft"] == [False]


def test_an_administrator_opens_a_case_to_look_without_a_refusal(qtbot, ws: Workspace) -> None:
    _seed(ws)
    view = _open_as(qtbot, ws, "ada.admin", "admin")
    try:
        assert view.doc is not None and view.doc["case_number"] == CASE
        assert _no_message_boxes()
    finally:
        view.ctx.tasks.wait()
        view.ctx.ws.lock()


def test_the_header_says_who_the_case_is_assigned_to(qtbot, view: CaseView) -> None:
    from app.services.work import assign_cases

    assert view.header.facts["assignee"].text() == "nobody"
    assign_cases(view.ctx.ws, [CASE], view.ctx.ws.username)
    view.show_case(CASE)
    qtbot.waitUntil(lambda: view.header.facts["assignee"].text() == view.ctx.ws.username, timeout=5000)
