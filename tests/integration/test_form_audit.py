"""The form audit log through the services, in a real encrypted workspace (issue 23): kept with
the draft, carried by the submission as `audit.csv` (a form_file attachment named in the audit
node), replaced by an amendment, and exported as ODK Central does."""

from __future__ import annotations

from pathlib import Path

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
    submit_form,
)
from app.store.workspace import Workspace
from tests.forms.builders import write_xlsform

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
