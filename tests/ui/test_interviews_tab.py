"""The case's Interviews and forms tab: start an interview, fill, lock mid-form, continue the
draft, submit, view read-only and amend with a reason — on a real encrypted workspace. Every read
and write of the tab and of the form window runs on the task runner's worker, never the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from app.services import forms as F
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.forms.session import FormDialog, StartInterviewDialog
from app.ui.tasks import TaskRunner
from tests.forms.builders import write_xlsform
from tests.ui.waiting import settle

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
    settle(view.ctx.tasks)  # the choices are read, then the interview recorded, on the worker
    dialog = view.forms.current_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_start_fill_lock_continue_submit_view_and_amend(qtbot, ctx: UiContext, monkeypatch) -> None:  # noqa: ANN001
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)
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
    settle(ctx.tasks)
    assert view.forms.table.rowCount() == 1
    assert "Draft" in view.forms.table.item(0, 1).text()

    view.forms.table.selectRow(0)
    view.forms.open_selected()
    settle(ctx.tasks)
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
    settle(ctx.tasks)
    readonly = view.forms.current_dialog
    assert readonly.mode == "view" and not hasattr(readonly, "submit_button")
    readonly.reject()
    view.forms.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("counted the interpreter twice", True))
    view.forms.amend_selected()
    settle(ctx.tasks)
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
    settle(ctx.tasks)
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
    with qtbot.waitSignal(dialog.finished_with, timeout=10_000) as outcome:
        dialog.reject()  # closing keeps a draft (written on the worker, then announced)
    assert outcome.args == ["saved"]
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


def _on_gui_thread(monkeypatch: pytest.MonkeyPatch, names: list[str]) -> dict[str, list[bool]]:
    """Wrap these functions of app.services.forms: each call notes whether it ran on the GUI thread."""
    calls: dict[str, list[bool]] = {name: [] for name in names}
    for name in names:
        real = getattr(F, name)

        def noted(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            calls[_name].append(threading.current_thread() is threading.main_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(F, name, noted)
    return calls


def test_the_tab_and_the_form_read_and_write_on_the_worker_thread(qtbot, ctx: UiContext, monkeypatch) -> None:  # noqa: ANN001
    calls = _on_gui_thread(
        monkeypatch,
        ["form_drafts", "submissions", "list_forms", "interpreters", "family_languages", "start_interview", "new_form"]
        + ["save_form_draft", "open_draft"],
    )
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)
    dialog = _start(qtbot, view, monkeypatch, "visit")
    dialog._timer.setInterval(10)  # the autosave a few seconds after an answer, without the wait
    _answer(qtbot, dialog, "/data/place", "Synthetic village")
    qtbot.waitUntil(lambda: dialog.status.text() == "Draft saved on this laptop.", timeout=10_000)
    _answer(qtbot, dialog, "/data/people", "2")
    with qtbot.waitSignal(dialog.finished_with, timeout=10_000) as outcome:
        dialog.reject()  # "Save draft and close"
    assert outcome.args == ["saved"]
    settle(ctx.tasks)
    view.forms.table.selectRow(0)
    view.forms.open_selected()
    settle(ctx.tasks)
    assert view.forms.current_dialog.instance().node_at("/data/people").value == "2"
    view.forms.current_dialog.reject()
    assert {name: len(seen) > 0 for name, seen in calls.items()} == dict.fromkeys(calls, True)
    assert {name: any(seen) for name, seen in calls.items()} == dict.fromkeys(calls, False)


def test_closing_a_form_while_a_sync_holds_the_worker_does_not_freeze_the_window(
    qtbot,  # noqa: ANN001
    ctx: UiContext,
    monkeypatch,  # noqa: ANN001
) -> None:
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)
    dialog = _start(qtbot, view, monkeypatch, "visit")
    _answer(qtbot, dialog, "/data/place", "Synthetic village")
    sync_running = threading.Event()
    release = threading.Event()
    ctx.tasks.run(lambda _task: (sync_running.set(), release.wait(10)))  # a sync holding the worker
    assert sync_running.wait(5)
    outcomes: list[str] = []
    dialog.finished_with.connect(outcomes.append)
    started = time.monotonic()
    dialog.save_button.click()  # "Save draft and close"
    assert time.monotonic() - started < 1.0  # the window did not wait for the sync
    assert not dialog.isVisible() and outcomes == []  # gone; its draft is queued behind the sync
    release.set()
    settle(ctx.tasks)
    assert outcomes == ["saved"]
    [draft] = F.form_drafts(ctx.ws, view.case_id)
    assert draft.form_id == "visit"


def test_answers_cannot_change_while_the_worker_submits_the_form(qtbot, ctx: UiContext, monkeypatch) -> None:  # noqa: ANN001
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)
    dialog = _start(qtbot, view, monkeypatch, "visit")
    _answer(qtbot, dialog, "/data/place", "Synthetic village")
    _answer(qtbot, dialog, "/data/people", "2")
    settle(ctx.tasks)
    sync_running, release = threading.Event(), threading.Event()
    ctx.tasks.run(lambda _task: (sync_running.set(), release.wait(10)))  # a sync holding the worker
    assert sync_running.wait(5)
    outcomes: list[str] = []
    dialog.finished_with.connect(outcomes.append)
    dialog.submit()
    # The worker will read this instance: the questions take no input until it has.
    assert not dialog.view.isEnabled() and not dialog.submit_button.isEnabled()
    release.set()
    settle(ctx.tasks)
    assert outcomes == ["submitted"]
    [submission] = F.submissions(ctx.ws, CASE)
    assert (submission.form_id, submission.status) == ("visit", "complete")
    assert F.form_drafts(ctx.ws, view.case_id) == []


def test_a_form_started_from_the_tab_takes_the_laptops_position_for_start_geopoint(
    qtbot,  # noqa: ANN001
    ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPositioning import QGeoCoordinate, QGeoPositionInfo

    from app.ui.forms import session

    form = write_xlsform(
        tmp_path / "where.xlsx",
        [["type", "name", "label"], ["start-geopoint", "where", ""], ["text", "place", "Place"]],
        settings={"form_id": "where", "version": "1", "form_title": "Where the visit took place"},
    )
    F.install_form(ctx.ws, form)
    # The machine has no location service: the service object is real, its fix is handed to it as
    # QtPositioning would (hardware we do not have).
    laptop = session.LaptopLocation(None)
    laptop.update_position(QGeoPositionInfo(QGeoCoordinate(-12.0464, -77.0428, 154.0), QDateTime.currentDateTime()))
    monkeypatch.setattr(session, "_laptop", laptop)

    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)
    view.tabs.setCurrentIndex(view.FORMS)
    dialog = _start(qtbot, view, monkeypatch, "where")
    lat, lon, alt, _acc = dialog.instance().node_at("/data/where").value.split()
    assert (float(lat), float(lon), float(alt)) == (-12.0464, -77.0428, 154.0)
    dialog.reject()
