"""A drawn signature survives kill -9 (issue 23): the child process stores it in the vault and
autosaves the draft, then is killed as a power cut would; the reopened draft still answers the
question, its file reads back, `check --repair` keeps it, and the form submits with it.

The desktop's own autosave (app/ui/forms) is tested in tests/faults; this is the storage under it,
in a real process that is really killed."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from app.models import Attachment, Case
from app.services.cases import create_case
from app.services.form_media import read_answer_file
from app.services.forms import form_drafts, install_form, open_draft, submit_form
from app.services.workspaces import create_workspace
from app.store.check import check_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, ROOT
from tests.forms.builders import write_xlsform

CHILD = textwrap.dedent(
    """
    import io, sys, time
    from PIL import Image
    from app.services import forms as F
    from app.services.form_media import store_answer_file
    from app.store.workspace import Workspace

    ws = Workspace(sys.argv[1])
    ws.unlock(sys.argv[2], "lead")
    case_id, _ = F.case_prefill(ws, "LIM-000601")
    inst = F.new_form(ws, "LIM-000601", "consent")
    image = Image.new("RGBA", (360, 120), (0, 0, 0, 0))
    for x in range(20, 340):
        image.putpixel((x, 60 + (x % 24) - 12), (10, 10, 10, 255))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    ctl = inst.form.by_ref["/data/sig"]
    stored = store_answer_file(ws, buf.getvalue(), "signature.png", mediatype=ctl.mediatype, source="signature")
    inst.add_file(stored.name, stored.meta())
    inst.set_value("/data/sig", stored.name)
    F.save_form_draft(ws, F.draft_key(case_id, "k1"), inst.snapshot(), title="Consent", interview_id=None)
    print("SAVED " + stored.name, flush=True)
    time.sleep(600)  # the test kills us here
    """
)


def test_a_signature_draft_survives_kill_9_and_submits(tmp_path: Path) -> None:
    ws_path = tmp_path / "ws"
    ws = create_workspace(ws_path, "lead", PASSWORD, kdf=TEST_KDF)
    create_case(ws, {"case_number": "LIM-000601", "site": "Lima"}, [{"role": "principal_applicant"}])
    form = write_xlsform(
        tmp_path / "consent.xlsx",
        [["type", "name", "label", "appearance", "required"], ["image", "sig", "Signature", "signature", "yes"]],
        settings={"form_id": "consent", "version": "1"},
    )
    install_form(ws, form)
    ws.lock()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ws_path), PASSWORD],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("SAVED "), line
        name = line.split(" ", 1)[1]
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    (ws_path / "state" / "unlock-attempts.json").unlink(missing_ok=True)
    ws = Workspace(ws_path)
    ws.unlock(PASSWORD, "lead")
    try:
        with ws.session() as s:
            case_id = s.scalar(select(Case.id).where(Case.case_number == "LIM-000601"))
        check_workspace(ws, repair=True)  # the draft's file is not an orphan
        [draft] = form_drafts(ws, case_id)
        inst = open_draft(ws, "LIM-000601", draft)
        assert inst.node_at("/data/sig").value == name
        with Image.open(io.BytesIO(read_answer_file(ws, inst.files[name]))) as image:
            assert image.size == (360, 120) and image.getpixel((20, 60 + 20 % 24 - 12))[3] == 255
        sub_id = submit_form(ws, "LIM-000601", inst, draft=draft.key)
        with ws.session() as s:
            [row] = s.scalars(select(Attachment).where(Attachment.submission_id == sub_id)).all()
            assert row.title == name and row.mime == "image/png"
    finally:
        ws.lock()
