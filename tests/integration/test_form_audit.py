"""The form audit log through the services, in a real encrypted workspace (issue 23): kept with
the draft (through a kill -9 of a real process), carried by the submission as `audit.csv` (a
form_file attachment named in the audit node), replaced by an amendment, exported as ODK Central
does, and synced through a real HQ to a second laptop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.forms import audit_log as A
from app.models import Attachment, Case
from app.services.cases import create_case
from app.services.forms import (
    amend_submission,
    draft_key,
    export_submissions,
    form_drafts,
    install_form,
    new_form,
    open_draft,
    open_submission,
    save_form_draft,
    submission_audit_log,
    submission_files,
    submit_form,
)
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.conftest import PASSWORD, ROOT
from tests.forms.builders import write_xlsform
from tests.support.hq import HQServer, enrolled, running_hq

CASE = "LIM-000231"
SURVEY = [
    ["type", "name", "label", "parameters"],
    ["text", "shelter", "Shelter type", ""],
    ["integer", "rooms", "Rooms", ""],
    ["audit", "audit", "", "track-changes=true, identify-user=true"],
]


def _setup(ws: Workspace, tmp_path: Path) -> str:
    install_form(ws, write_xlsform(tmp_path / "aud.xlsx", SURVEY, settings={"form_id": "aud", "version": "1"}))
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Synthaudit", "given_names": "Ana", "dob": "1980-01-02"}],
    )
    with ws.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_number == CASE))
    assert case_id
    return case_id


def test_audit_log_travels_with_draft_submission_and_export(ws: Workspace, tmp_path: Path) -> None:
    case_id = _setup(ws, tmp_path)
    inst = new_form(ws, CASE, "aud")
    settings = inst.form.audit
    assert settings is not None and settings.track_changes and settings.identify_user
    t = iter(range(1_700_000_000_000, 1_700_000_100_000, 1000))
    log = A.AuditLog(settings, user="field.one", clock=lambda: next(t))
    log.log(A.FORM_START)
    log.enter(A.QUESTION, "/data/shelter", "")
    inst.set_value("/data/shelter", "tent")
    log.leave("/data/shelter", "tent")
    log.log(A.FORM_SAVE)
    key = draft_key(case_id, "d1")
    save_form_draft(ws, key, inst.snapshot(), title="Aud", interview_id=None, audit=log.to_dict())

    (draft,) = form_drafts(ws, case_id)
    assert draft.audit is not None
    inst = open_draft(ws, CASE, draft)
    log = A.AuditLog.from_dict(settings, draft.audit, user="field.one", clock=lambda: next(t))
    log.log(A.FORM_RESUME)
    log.enter(A.QUESTION, "/data/shelter", "tent")
    inst.set_value("/data/shelter", "container")
    log.leave("/data/shelter", "container")
    inst.set_value("/data/rooms", "2")
    log.log(A.FORM_FINALIZE)
    sid = submit_form(ws, CASE, inst, draft=key, audit=log.to_csv())

    with ws.session() as s:
        rows = s.scalars(select(Attachment).where(Attachment.submission_id == sid)).all()
    assert [(a.title, a.kind, a.mime) for a in rows] == [("audit.csv", "form_file", "text/csv")]
    stored = submission_audit_log(ws, sid)
    assert stored == log.to_csv()
    events = A.read_csv(stored)
    assert [e.event for e in events] == ["form start", "question", "form save", "form resume", "question",
                                         "form finalize"]  # fmt: skip
    assert (events[4].old_value, events[4].new_value, events[4].user) == ("tent", "container", "field.one")
    assert "<audit>audit.csv</audit>" in open_submission(ws, sid).to_xml()

    # An amendment's log replaces the file (same name, new content), never adds a second one.
    again = open_submission(ws, sid)
    log.log(A.FORM_RESUME)
    again.set_value("/data/rooms", "3")
    amend_submission(ws, sid, again, "recount of rooms", audit=log.to_csv())
    with ws.session() as s:
        live = s.scalars(select(Attachment).where(Attachment.submission_id == sid, Attachment.deleted.is_(False))).all()
    assert [a.title for a in live] == ["audit.csv"]
    assert A.read_csv(submission_audit_log(ws, sid) or b"")[-1].event == "form resume"

    paths = export_submissions(ws, "aud", tmp_path / "out")
    merged = next(p for p in paths if p.name == "aud - audit.csv")
    lines = merged.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "_id,event,node,start,end,latitude,longitude,accuracy,old-value,new-value,user,change-reason"
    assert lines[5].startswith(f"{sid},question,/data/shelter,") and lines[5].endswith(",tent,container,field.one,")
    assert not (tmp_path / "out" / "media" / "audit.csv").exists()


def test_a_form_without_audit_question_carries_no_log(ws: Workspace, tmp_path: Path) -> None:
    _setup(ws, tmp_path)
    install_form(ws, write_xlsform(tmp_path / "plain.xlsx", SURVEY[:3], settings={"form_id": "plain", "version": "1"}))
    inst = new_form(ws, CASE, "plain")
    inst.set_value("/data/shelter", "tent")
    sid = submit_form(ws, CASE, inst, audit=b"event,node,start,end\n")
    assert submission_audit_log(ws, sid) is None


CHILD = textwrap.dedent(
    """
    import sys, time
    from app.forms import audit_log as A
    from app.services import forms as F
    from app.store.workspace import Workspace

    ws = Workspace(sys.argv[1])
    ws.unlock(sys.argv[2], "lead")
    case_id, _ = F.case_prefill(ws, "LIM-000231")
    inst = F.new_form(ws, "LIM-000231", "aud")
    log = A.AuditLog(inst.form.audit, user="lead")
    log.log(A.FORM_START)
    log.enter(A.QUESTION, "/data/shelter", "")
    inst.set_value("/data/shelter", "tent")
    log.leave("/data/shelter", "tent")
    log.enter(A.QUESTION, "/data/rooms", "")  # still on this question when the power goes
    F.save_form_draft(ws, F.draft_key(case_id, "k1"), inst.snapshot(), title="Aud", interview_id=None,
                      audit=log.to_dict())
    print("SAVED", flush=True)
    time.sleep(600)  # the test kills us here
    """
)


def test_the_log_survives_kill_9_with_the_draft(tmp_path: Path) -> None:
    ws_path = tmp_path / "ws"
    ws = create_workspace(ws_path, "lead", PASSWORD, kdf=TEST_KDF)
    _setup(ws, tmp_path)
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
        assert proc.stdout.readline().strip() == "SAVED"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    (ws_path / "state" / "unlock-attempts.json").unlink(missing_ok=True)
    ws = Workspace(ws_path)
    ws.unlock(PASSWORD, "lead")
    try:
        with ws.session() as s:
            case_id = s.scalar(select(Case.id).where(Case.case_number == CASE))
        [draft] = form_drafts(ws, case_id)
        inst = open_draft(ws, CASE, draft)
        assert inst.node_at("/data/shelter").value == "tent"
        assert inst.form.audit is not None
        log = A.AuditLog.from_dict(inst.form.audit, draft.audit, user="lead")
        assert [(e.event, e.node, e.new_value) for e in log.events] == [
            ("form start", "", None),
            ("question", "/data/shelter", "tent"),
            ("question", "/data/rooms", None),
        ]
        assert log.events[2].end is None  # left open by the power cut: no invented end time
        log.log(A.FORM_RESUME)
        sid = submit_form(ws, CASE, inst, draft=draft.key, audit=log.to_csv())
        assert [r.event for r in A.read_csv(submission_audit_log(ws, sid) or b"")][-1] == "form resume"
    finally:
        ws.lock()


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def test_the_log_reaches_hq_and_a_second_laptop(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    _setup(lead, tmp_path)
    inst = new_form(lead, CASE, "aud")
    assert inst.form.audit is not None
    log = A.AuditLog(inst.form.audit, user="lead")
    log.log(A.FORM_START)
    inst.set_value("/data/shelter", "tent")
    log.log(A.FORM_FINALIZE)
    sid = submit_form(lead, CASE, inst, audit=log.to_csv())
    sync(lead)
    [mine] = submission_files(lead, sid)
    assert hq.hub.blobs.has(mine.content_hash)

    other = enrolled(hq, tmp_path / "other", "other-laptop")
    sync(other)
    assert [f.name for f in submission_files(other, sid)] == ["audit.csv"]
    assert submission_audit_log(other, sid) == log.to_csv()
