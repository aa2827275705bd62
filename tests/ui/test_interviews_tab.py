"""The case's Interviews and forms tab: start an interview, fill, lock mid-form, continue the
draft, submit, view read-only and amend with a reason — on a real encrypted workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from app.services import forms as F
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.forms.session import FormDialog, StartInterviewDialog
from app.ui.tasks import TaskRunner
from tests.forms.builders import write_xlsform

CASE = "LIM-000777"


@pytest.fixture
def ctx(qtbot, ws: Workspace, tmp_path: Path) -> Iterator[UiContext]:  # noqa: ANN001
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Olena", "dob": "1990-02-03"}],
    )
    form = write_xlsform(
        tmp_path / "visit.xlsx",
        [
            ["type", "name", "label", "required", "constraint", "constraint_message"],
            ["text", "place", "Place", "yes", "", ""],
            ["integer", "people", "People present", "yes", ". >= 1", "At least the applicant"],
        ],
        settings={"form_id": "visit", "version": "1", "form_title": "Home visit"},
    )
    F.install_form(ws, form)
    F.install_bundled_forms(ws)
    tasks = TaskRunner()
    yield UiContext(ws, tasks, settings(), Events())
    tasks.wait()


def _answer(qtbot, dialog: FormDialog, ref: str, text: str) -> None:  # noqa: ANN001
    edit = dialog.view.question_widget(ref).findChild(QLineEdit)
    edit.setFocus()
    edit.setText(text)
    edit.editingFinished.emit()


def _start(qtbot, view: CaseView, monkeypatch: pytest.MonkeyPatch, form_id: str) -> FormDialog:  # noqa: ANN001
    def accept(dialog: StartInterviewDialog) -> int:
        dialog.form.setCurrentIndex(dialog.form.findData(form_id))
        dialog.location.setText("Lima office, room 2")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartInterviewDialog, "exec", accept)
    view.forms.start_button.click()
    dialog = view.forms.current_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_start_fill_lock_continue_submit_view_and_amend(qtbot, ctx: UiContext, monkeypatch) -> None:  # noqa: ANN001
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    view.tabs.setCurrentIndex(view.FORMS)
    assert view.forms.empty.isVisible()

    dialog = _start(qtbot, view, monkeypatch, "visit")
    _answer(qtbot, dialog, "/data/people", "0")
    assert dialog.instance().node_at("/data/people").violation == "constraint"
    dialog.submit()
    assert dialog.isVisible() and dialog.error.text()  # refused: the problems are marked
    _answer(qtbot, dialog, "/data/people", "3")
    ctx.events.locked.emit()  # the shell saves drafts like this, then rejects open dialogs
    dialog.reject()
    assert not dialog.isVisible()
    view.show_case(CASE)  # after unlocking, the interviewer opens the case again
    assert view.forms.table.rowCount() == 1
    assert "Draft" in view.forms.table.item(0, 1).text()

    view.forms.table.selectRow(0)
    view.forms.open_selected()
    again = view.forms.current_dialog
    assert again.instance().node_at("/data/people").value == "3"
    _answer(qtbot, again, "/data/place", "Synthetic village")
    with qtbot.waitSignal(again.finished_with, timeout=10_000) as outcome:
        again.submit()
    assert outcome.args == ["submitted"]
    qtbot.waitUntil(lambda: view.forms.table.rowCount() == 1 and "Submitted" in view.forms.table.item(0, 1).text())
    assert F.form_drafts(ctx.ws, view.case_id) == []

    # Read-only view of the submission, then an amendment with its reason.
    view.forms.table.selectRow(0)
    view.forms.open_selected()
    readonly = view.forms.current_dialog
    assert readonly.mode == "view" and not hasattr(readonly, "submit_button")
    readonly.reject()
    view.forms.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("counted the interpreter twice", True))
    view.forms.amend_selected()
    amend = view.forms.current_dialog
    _answer(qtbot, amend, "/data/people", "2")
    with qtbot.waitSignal(amend.finished_with, timeout=10_000) as outcome:
        amend.submit()
    assert outcome.args == ["amended"]
    [info] = F.submissions(ctx.ws, CASE)
    assert info.status == "amended" and info.amendments[0]["reason"] == "counted the interpreter twice"
    assert F.open_submission(ctx.ws, info.id).node_at("/data/people").value == "2"


def test_prescreening_prefilled_in_the_chosen_form_language(qtbot, ctx: UiContext, monkeypatch) -> None:  # noqa: ANN001
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    dialog = _start(qtbot, view, monkeypatch, "cr_pre_screening")
    inst = dialog.instance()
    assert inst.node_at("/data/interview/case_number").value == CASE
    family = [s.value for s in inst.states() if s.path.endswith("/family_name") and "[" in s.ref]
    assert family == ["Synthfam"]  # one household entry per person of the case, prefilled
    english = inst.label(inst.node_at("/data/interview/case_number"))
    dialog.view.set_language("es")
    assert inst.lang.endswith("(es)")
    assert inst.label(inst.node_at("/data/interview/case_number")) != english
    _answer(qtbot, dialog, "/data/interview/interpreter_name", "Synthetic Interpreter")
    dialog.reject()  # closing keeps a draft
    [draft] = F.form_drafts(ctx.ws, view.case_id)
    assert draft.form_id == "cr_pre_screening" and draft.snapshot["lang"].endswith("(es)")


def test_starting_an_interview_offers_the_form_of_its_type_in_the_familys_language(qtbot, ctx: UiContext) -> None:  # noqa: ANN001
    from app.services.case_view import show_case
    from app.services.cases import set_person_fields

    person = show_case(ctx.ws, CASE)["persons"][0]
    set_person_fields(ctx.ws, CASE, person["id"], {"languages": ["uk", "ru"]})
    forms = F.list_forms(ctx.ws)
    dialog = StartInterviewDialog(ctx, forms, [], family_languages=F.family_languages(ctx.ws, CASE))
    qtbot.addWidget(dialog)
    dialog.type.setCurrentIndex(dialog.type.findData("pre-screening"))
    assert dialog.form.currentData() == "cr_pre_screening"
    assert dialog.language.currentData() == "Українська (uk)"  # the family's, which the form has
    dialog.type.setCurrentIndex(dialog.type.findData("medical"))
    assert dialog.form.currentData() == "cr_medical_history"
    dialog.type.setCurrentIndex(dialog.type.findData("resettlement"))
    assert dialog.form.currentData() == "cr_resettlement_preferences"


def test_the_interpreter_chosen_at_the_start_prefills_the_form(ctx: UiContext) -> None:
    from app.models import Interpreter
    from app.services.uow import unit_of_work

    with unit_of_work(ctx.ws) as uow:
        uow.create(Interpreter(name="Interpreter Synthetic", languages=[{"code": "uk"}]), case_id=None)
    [it] = F.interpreters(ctx.ws)
    interview = F.start_interview(ctx.ws, CASE, type="pre-screening", interpreter_id=it["id"], language="uk")
    inst = F.new_form(ctx.ws, CASE, "cr_pre_screening", lang="Українська (uk)", interview_id=interview)
    assert inst.node_at("/data/interview/interpreter_used").value == "yes"
    assert inst.node_at("/data/interview/interpreter_name").value == "Interpreter Synthetic"
    assert inst.node_at("/data/interview/interview_language").value == "uk"
