"""A form being filled in the desktop app survives kill -9: the autosave (a few seconds after an
answer) is in the encrypted database, and the draft reopens with the answers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.services.cases import create_case
from app.services.forms import form_drafts, install_form, open_draft
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, ROOT
from tests.forms.builders import write_xlsform

pytestmark = pytest.mark.slow

CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])
    from app.services import forms as F
    from app.store.workspace import Workspace
    from app.ui.context import Events, UiContext, settings
    from app.ui.forms.session import FormDialog
    from app.ui.tasks import TaskRunner

    ws = Workspace(sys.argv[1])
    ws.unlock(sys.argv[2], "lead")
    ctx = UiContext(ws, TaskRunner(), settings(), Events())
    case_id, _ = F.case_prefill(ws, "LIM-000501")
    dialog = FormDialog(ctx, "LIM-000501", case_id, F.new_form(ws, "LIM-000501", "visit"))
    dialog.show()
    app.processEvents()
    edit = dialog.view.question_widget("/data/place").findChild(QLineEdit)
    edit.setFocus()
    edit.setText("Синтетичне місто")
    edit.editingFinished.emit()
    deadline = time.monotonic() + 30
    while not dialog.status.text() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("SAVED" if dialog.status.text() else "NOT SAVED", flush=True)
    time.sleep(600)  # the test kills us here, as a power cut would
    """
)


def test_a_form_draft_survives_kill_9_and_reopens(tmp_path: Path) -> None:
    ws_path = tmp_path / "ws"
    ws = create_workspace(ws_path, "lead", PASSWORD, kdf=TEST_KDF)
    create_case(ws, {"case_number": "LIM-000501", "site": "Lima"}, [{"role": "principal_applicant"}])
    form = write_xlsform(
        tmp_path / "visit.xlsx",
        [["type", "name", "label", "required"], ["text", "place", "Place", "yes"], ["integer", "n", "Count", ""]],
        settings={"form_id": "visit", "version": "1"},
    )
    install_form(ws, form)
    ws.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ws_path), PASSWORD],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line == "SAVED", line
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    (ws_path / "state" / "unlock-attempts.json").unlink(missing_ok=True)
    ws = Workspace(ws_path)
    ws.unlock(PASSWORD, "lead")
    try:
        with ws.session() as s:
            from sqlalchemy import select

            from app.models import Case

            case_id = s.scalar(select(Case.id).where(Case.case_number == "LIM-000501"))
        [draft] = form_drafts(ws, case_id)
        inst = open_draft(ws, "LIM-000501", draft)
        assert inst.node_at("/data/place").value == "Синтетичне місто"
        assert inst.node_at("/data/n").value == ""
    finally:
        ws.lock()
