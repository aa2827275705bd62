"""The form audit log in the real form window over a real workspace (issue 23): a form with an
`audit` question (track-changes, identify-user, reasons on edit, locations) is opened, answered,
an answer changed, saved as a draft, reopened (form resume), changed again with a reason and
submitted; the submission carries `audit.csv` with ODK's events in order, and the team lead's
"Form audit…" window shows it. The laptop's location goes through QtPositioning's real API.
Screenshots go to /tmp/form_audit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtPositioning import QGeoCoordinate, QGeoPositionInfo, QGeoPositionInfoSource
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from app.forms import audit_log as A
from app.services import forms as F
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.forms import session as S
from app.ui.forms.audit_view import AuditDialog
from app.ui.forms.questions import TextQuestion
from app.ui.forms.session import FormDialog, LaptopLocation, StartInterviewDialog
from app.ui.tasks import TaskRunner
from tests.forms.builders import write_xlsform
from tests.ui.waiting import settle

CASE = "LIM-000779"
SHOTS = Path("/tmp/form_audit")
PARAMS = (
    "track-changes=true identify-user=true track-changes-reasons=on-form-edit "
    "location-priority=balanced location-min-interval=10 location-max-age=60"
)


@pytest.fixture
def ctx(qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[UiContext]:  # noqa: ANN001
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Synthaud", "given_names": "Rosa", "dob": "1990-02-03"}],
    )
    form = write_xlsform(
        tmp_path / "shelter.xlsx",
        [
            ["type", "name", "label", "constraint", "parameters"],
            ["start-geopoint", "here", "", "", ""],
            ["text", "shelter", "Shelter type", "", ""],
            ["integer", "rooms", "Rooms", ". > 0", ""],
            ["audit", "audit", "", "", PARAMS],
        ],
        settings={"form_id": "aud_ui", "version": "1", "form_title": "Shelter audit"},
    )
    F.install_form(ws, form)
    # No location service in this test machine's session: what a laptop without one does.
    monkeypatch.setattr(S, "_laptop", LaptopLocation(None))
    tasks = TaskRunner()
    yield UiContext(ws, tasks, settings(), Events())
    tasks.wait()


def _start(qtbot, view: CaseView, monkeypatch: pytest.MonkeyPatch) -> FormDialog:  # noqa: ANN001
    def accept(dialog: StartInterviewDialog) -> int:
        dialog.form.setCurrentIndex(dialog.form.findData("aud_ui"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartInterviewDialog, "exec", accept)
    view.forms.start_button.click()
    settle(view.ctx.tasks)
    dialog = view.forms.current_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _type(dialog: FormDialog, ref: str, text: str) -> None:
    widget = dialog.view.question_widget(ref)
    assert isinstance(widget, TextQuestion) and isinstance(widget.edit, QLineEdit)
    widget.focus_editor()
    widget.edit.selectAll()
    QTest.keyClicks(widget.edit, text)
    QTest.keyClick(widget.edit, Qt.Key.Key_Tab)  # focus moves on: the answer is committed


def _open_first(view: CaseView) -> FormDialog:
    view.show_case(CASE)
    settle(view.ctx.tasks)
    view.forms.table.selectRow(0)
    view.forms.open_selected()
    settle(view.ctx.tasks)
    dialog = view.forms.current_dialog
    assert isinstance(dialog, FormDialog)
    dialog.activateWindow()
    return dialog


def test_audit_log_filled_saved_resumed_and_submitted(
    qtbot,  # noqa: ANN001
    ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)
    dialog = _start(qtbot, view, monkeypatch)
    assert dialog.audit is not None
    assert dialog.instance().node_at("/data/here").value == ""  # no location service: blank, no error

    _type(dialog, "/data/shelter", "tent")
    _type(dialog, "/data/rooms", "0")  # breaks the constraint
    _type(dialog, "/data/rooms", "2")
    _type(dialog, "/data/shelter", "container")  # an answer changed
    with qtbot.waitSignal(dialog.finished_with, timeout=10_000) as outcome:
        dialog.reject()  # "Save draft and close"
    assert outcome.args == ["saved"]
    settle(ctx.tasks)
    (draft,) = F.form_drafts(ctx.ws, dialog.case_id)
    assert draft.audit is not None and [e[0] for e in draft.audit["events"]][-2:] == ["form save", "form exit"]

    again = _open_first(view)
    assert again.audit is not None and "form resume" in [e.event for e in again.audit.events[-5:]]
    _type(again, "/data/rooms", "3")
    asked: list[str] = []

    def reason(_parent: object, _title: str, label: str, *_a: object, **_k: object) -> tuple[str, bool]:
        asked.append(label)
        return "the family counted the kitchen, as a room", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(reason))
    with qtbot.waitSignal(again.finished_with, timeout=10_000) as outcome:
        again.submit()
    assert outcome.args == ["submitted"] and len(asked) == 1
    settle(ctx.tasks)

    [info] = F.submissions(ctx.ws, CASE)
    data = F.submission_audit_log(ctx.ws, info.id)
    assert data is not None
    assert data.split(b"\n", 1)[0] == (
        b"event,node,start,end,latitude,longitude,accuracy,old-value,new-value,user,change-reason"
    )
    rows = A.read_csv(data)
    events = [(r.event, r.node) for r in rows if r.event != "group questions"]
    assert events == [
        ("form start", ""),
        ("location tracking enabled", ""),
        ("location providers disabled", ""),
        ("question", "/data/shelter"),
        ("question", "/data/rooms"),
        ("constraint error", "/data/rooms"),
        ("question", "/data/shelter"),
        ("question", "/data/rooms"),  # Tab took the keyboard there; visited, not changed
        ("form save", ""),
        ("form exit", ""),
        ("form resume", ""),
        ("location tracking enabled", ""),
        ("location providers disabled", ""),
        ("question", "/data/shelter"),  # the reopened form's first question has the keyboard
        ("question", "/data/rooms"),
        ("change reason", ""),
        ("form save", ""),
        ("form finalize", ""),
        ("form exit", ""),
    ]
    q = [r for r in rows if r.event == "question"]
    changed = [(r.old_value, r.new_value) for r in q if r.old_value or r.new_value]
    assert changed == [("", "tent"), ("", "2"), ("tent", "container"), ("2", "3")]
    assert all(r.end is not None and r.start is not None and r.end >= r.start for r in q)
    assert {r.user for r in rows} == {ctx.ws.username}
    assert [r.change_reason for r in rows if r.event == "change reason"] == [
        "the family counted the kitchen, as a room"
    ]
    assert "<audit>audit.csv</audit>" in F.open_submission(ctx.ws, info.id).to_xml()

    # The team lead opens the submission and its audit.
    readonly = _open_first(view)
    assert readonly.mode == "view" and readonly.audit is None
    readonly.audit_button.click()
    settle(ctx.tasks)
    shown = readonly.audit_dialog
    assert isinstance(shown, AuditDialog)
    qtbot.waitExposed(shown)
    assert shown.changes.rowCount() == 5  # four answers changed, one reason
    assert "Shelter type  (/data/shelter)" in [shown.times.item(i, 0).text() for i in range(shown.times.rowCount())]
    assert "in 2 sitting" in shown.summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(("times", "changes", "events")):
        shown.tabs.setCurrentIndex(i)
        assert shown.grab().save(str(SHOTS / f"audit_{name}.png"))
    shown.reject()
    readonly.reject()


def test_laptop_location_over_qtpositioning(qtbot) -> None:  # noqa: ANN001
    # The system's real default source: on this machine there is a service but no fix yet.
    real = LaptopLocation(QGeoPositionInfoSource.createDefaultSource(None))
    assert real.point() is None and real.audit_point() is None
    # A position as QtPositioning delivers one (no GPS here: the update is handed over directly).
    where = LaptopLocation(None)
    assert not where.available
    info = QGeoPositionInfo(QGeoCoordinate(-12.0464, -77.0428, 154.0), QDateTime.currentDateTime())
    info.setAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy, 18.0)
    with qtbot.waitSignal(where.changed):
        where.update_position(info)
    point = where.point()
    assert point is not None and (point.lat, point.lon, point.alt, point.acc) == (-12.0464, -77.0428, 154.0, 18.0)
    assert where.audit_point() == (-12.0464, -77.0428, 18.0)
