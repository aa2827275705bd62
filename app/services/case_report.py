"""The case summary and the interview record as Word documents (issue 22): the values gathered
here, as the reader may see them, and laid out by app/reports/case_report.py and
app/reports/interview_report.py.

Need-to-know holds on paper as on screen: the case is read as `case show` reads it
(app/services/case_view.py), so a note the reader's role may not read is left out and only counted.
Photos are decrypted from the vault into memory and go straight into the document; no image is
written anywhere in the clear.

An amendment keeps who, when and why on the submission; what it changed is found from the case's
audit trail on this laptop (the submission's answers before and after), compared answer by answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.forms.engine import Field, FormInstance, Node
from app.models import AuditEvent, Case, FormSubmission, Interpreter, Interview, Setting
from app.reports.case_model import (
    Amendment,
    Answer,
    AppointmentEntry,
    CaseSummary,
    Change,
    DocumentEntry,
    InterviewRecord,
    Member,
    NoteEntry,
    Photo,
    ResultEntry,
)
from app.reports.case_report import case_summary_bytes
from app.reports.interview_report import interview_record_bytes
from app.reports.model import Name
from app.services import attachments
from app.services.case_view import persons_of, show_case, verification_of
from app.services.documents import Written, display_name_of, name_of, output_path, save
from app.services.forms import FORM_DRAFT_PREFIX, load_installed
from app.services.uow import reading
from app.store.workspace import Workspace

SUBMITTED = frozenset({"complete", "amended"})
PICTURE_MIMES = frozenset({"image/jpeg", "image/png"})  # what Word shows; others come as their thumbnail


# ----- the case summary ----------------------------------------------------------------------------
def _photo(ws: Workspace, attachment_id: str | None) -> Photo | None:
    """The person's photo, decrypted in memory: its thumbnail (small, JPEG or PNG), else the image
    itself when Word can show it."""
    if not attachment_id:
        return None
    stored = attachments.thumbnail(ws, attachment_id)
    if stored is None:
        stored = attachments.content(ws, attachment_id)
    if stored is None or stored.mime not in PICTURE_MIMES:
        return None
    return Photo(stored.data, stored.mime)


def _documents(ws: Workspace, case_number: str, names: dict[str, Name]) -> list[DocumentEntry]:
    groups = attachments.group_documents(attachments.list_attachments(ws, case_number))
    return [
        DocumentEntry(
            document_type=g.document_type or "",
            title=g.title or "",
            person=names[g.person_id].latin if g.person_id in names else "",
            languages=list(g.languages),
            pages=len(g.pages),
            translations=[t.language or "?" for page in g.translations.values() for t in page],
        )
        for g in groups
    ]


def case_summary(ws: Workspace, case_number: str) -> CaseSummary:
    """The case as the workspace's user may see it, as the summary's values."""
    doc = show_case(ws, case_number)  # NotFound for an unknown case; restricted notes already left out
    with reading(ws) as session:
        case = session.get_one(Case, doc["id"])
        names = {p.id: name_of(p) for p in persons_of(session, case.id)}
        users: dict[str, str] = {}

        def user(username: str | None) -> str:
            if not username:
                return ""
            if username not in users:
                users[username] = display_name_of(session, username)
            return users[username]

        notes = [
            NoteEntry(
                at=str(n["at"] or ""),
                author=user(n["author"]),
                confidentiality=n["confidentiality"] or "normal",
                text=n["text"] or "",
                about=names[n["person_id"]].latin if n["person_id"] in names else "",
            )
            for n in doc["notes"]
        ]
        assignee = user(doc["assignee"])
        generated_by = user(ws.username)
    members = []
    for p in doc["persons"]:
        check = verification_of(p)
        dob_check = (p.get("verified") or {}).get("dob") or {}
        members.append(
            Member(
                name=names.get(p["id"], Name("")),
                role=p["role"] or "",
                relationship=p["relationship_to_pa"] or "",
                sex=p["sex"] or "",
                dob=p["dob"] or "",
                dob_precision=p["dob_precision"] or "exact",
                dob_verified_against=str(dob_check.get("document") or "") if isinstance(dob_check, dict) else "",
                nationality=p["nationality"] or "",
                languages=[str(code) for code in p["languages"] or []],
                verified_fields=check.verified,
                filled_fields=check.total,
                photo=_photo(ws, p["profile_photo_id"]),
            )
        )
    return CaseSummary(
        case_number=doc["case_number"],
        stage=doc["stage"] or "",
        stage_since=str(doc.get("stage_since") or ""),
        priority=doc["priority"] or "",
        expedited=bool(doc["expedited"]),
        expedite_reason=doc["expedite_reason"] or "",
        site=doc["site"] or "",
        unhcr_id=doc["unhcr_id"] or "",
        ride=doc["ride"] or "",
        assignee=assignee,
        file_location=doc["file_location"] or "",
        file_holder=doc["file_holder"] or "",
        file_due=doc["file_due"] or "",
        security_check=doc["security_check_status"] or "",
        medical=doc["medical_status"] or "",
        flags=doc["flags"] or "",
        members=members,
        documents=_documents(ws, case_number, names),
        notes=notes,
        notes_withheld=int(doc["notes_withheld"]),
        appointments=[
            AppointmentEntry(
                start=a["start"] or "",
                end=a["end"] or "",
                type=a["type"] or "",
                site=a["site"] or "",
                room=a["room"] or "",
                interpreter=a["interpreter"] or "",
                language=a["language"] or "",
                status=a["status"] or "",
                officer=a["officer"] or "",
            )
            for a in doc["appointments"]
        ],
        results=[
            ResultEntry(r["kind"] or "", r["outcome"] or "", r["date"] or "", r["officer"] or "", r["reason"] or "")
            for r in doc["results"]
        ],
        generated_at=dt.datetime.now().replace(microsecond=0),
        generated_by=generated_by,
    )


def write_case_summary(ws: Workspace, case_number: str, out: str) -> Written:
    """Write the case summary of `case_number` to `out` (.docx)."""
    path = output_path(out, ".docx")
    summary = case_summary(ws, case_number)
    save(path, case_summary_bytes(summary))
    return Written("case-summary", summary.case_number, path)


# ----- the interview record ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Line:
    """An answer of the record with what identifies it across versions (its instance reference)
    and the repeat entry it belongs to (to say which member's answer an amendment changed)."""

    ref: str
    entry: str
    answer: Answer
    raw: str = ""  # the answer as stored (a choice's code): versions filled in two languages compare alike


def _is_note(node: Node) -> bool:
    """A form's note: read-only text with nothing to answer (instructions to the interviewer)."""
    bind = node.bind
    return (
        bind is not None
        and bind.calculate is None
        and not bind.prefill
        and bind.readonly is not None
        and bind.readonly.source.strip() == "true()"
        and not node.value
    )


def _shown(inst: FormInstance, field: Field, node: Node) -> str:
    """An answer as the family heard it: a choice by its label, a time without its seconds."""
    value = node.value.strip()
    if not value:
        return ""
    if field.kind in ("select1", "select"):
        labels = dict(inst.choices(node))
        return ", ".join(labels.get(v) or v for v in value.split())
    if node.bind is not None and node.bind.type == "dateTime":
        return value[:16].replace("T", " ")
    if node.bind is not None and node.bind.type == "time":
        return value[:5]
    return value


def _entry_title(inst: FormInstance, repeat: Field, entry: Field, fallback: str) -> str:
    """ "Household member 2 — Synthal": the repeat's label, the entry's number and its first
    written answer (what the renderer's entry frame says)."""
    assert entry.node is not None
    label = inst.render(repeat.control.label, entry.node).strip() if repeat.control.label else ""
    label = label or fallback or "Entry"
    parent = entry.node.parent
    siblings = [c for c in parent.children if c.repeat and c.path == entry.node.path] if parent else [entry.node]
    title = f"{label} {siblings.index(entry.node) + 1}"
    for child in entry.children:
        node = child.node
        if child.kind == "input" and node is not None and node.relevant and node.value.strip() and not _is_note(node):
            if node.bind is None or node.bind.type == "string":
                return f"{title} — {node.value.strip()}"
    return title


def _lines(inst: FormInstance) -> list[_Line]:
    """Every question the form's logic asked, in order, under its groups and entries."""
    top = inst.doc.children[0]

    def walk(fields: list[Field], depth: int, entry: str, group_label: str) -> Iterator[_Line]:
        for f in fields:
            if f.kind == "repeat":
                for item in f.children:
                    if item.node is None or not item.node.relevant:
                        continue
                    title = _entry_title(inst, f, item, group_label)
                    inner = list(walk(item.children, depth + 1, title, ""))
                    yield _Line(item.ref, entry, Answer("heading", title, depth=depth))
                    yield from inner
            elif f.kind == "group":
                if f.node is not None and not f.node.relevant:
                    continue
                label = inst.render(f.control.label, f.node or top).strip() if f.control.label else ""
                if len(f.children) == 1 and f.children[0].kind == "repeat":
                    # pyxform wraps each repeat in a group of the same label: its entries say it
                    yield from walk(f.children, depth, entry, label)
                    continue
                inner = list(walk(f.children, depth + (1 if label else 0), entry, label))
                if not any(line.answer.kind == "question" for line in inner):
                    continue
                if label:
                    yield _Line(f.ref, entry, Answer("heading", label, depth=depth))
                yield from inner
            else:
                node = f.node
                if node is None or not node.relevant or _is_note(node):
                    continue
                if node.bind is not None and node.bind.calculate is not None and f.control.label is None:
                    continue
                label = inst.label(node) or inst.ref(node)
                yield _Line(f.ref, entry, Answer("question", label, _shown(inst, f, node), depth), node.value.strip())

    return list(walk(inst.layout(), 0, "", ""))


def _changes(before: list[_Line], after: list[_Line]) -> list[Change]:
    """The questions whose answers differ between two versions, in the form's order (a question
    asked only before, or only after, counts as an answer removed or given)."""
    old = {line.ref: line for line in before if line.answer.kind == "question"}
    new = {line.ref: line for line in after if line.answer.kind == "question"}
    out = []
    for ref in [*new, *(r for r in old if r not in new)]:
        was, now = old.get(ref), new.get(ref)
        if (was.raw if was else "") == (now.raw if now else ""):
            continue
        line = now or was
        assert line is not None
        label = f"{line.entry}: {line.answer.label}" if line.entry else line.answer.label
        out.append(Change(label, was.answer.value if was else "", now.answer.value if now else ""))
    return out


def _instance(form: Any, answers: dict[str, Any], lang: str | None = None) -> FormInstance:
    saved = {
        "form_id": form.form_id,
        "version": form.version,
        "xml": answers.get("draft_xml") or answers.get("xml", ""),
        "persons": answers.get("persons", []),
        "lang": answers.get("lang"),
    }
    return FormInstance.from_snapshot(form, saved, lang=lang or answers.get("lang"))


def interview_record(ws: Workspace, submission_id: str) -> InterviewRecord:
    """One submitted form as the record's values: its answers and its amendments."""
    wanted = (submission_id or "").strip()
    with reading(ws) as session:
        row = session.get(FormSubmission, wanted) if wanted else None
        if row is None or row.deleted:
            draft = session.scalar(
                select(Setting.key).where(Setting.key.like(f"{FORM_DRAFT_PREFIX}%:{wanted}")).limit(1)
            )
            if wanted and draft is not None:
                raise InvalidInput(
                    "{id} is a draft that has not been submitted: submit the form first, then write its record.",
                    id=wanted,
                )
            raise NotFound(
                "No submitted form {id} on this laptop: check the id (`circuitride forms submit --json` and "
                "`circuitride forms export --format json` give it).",
                id=wanted,
            )
        if row.status not in SUBMITTED:
            raise InvalidInput(
                "The form {id} is a draft that has not been submitted: submit it first, then write its record.",
                id=wanted,
            )
        case = session.get_one(Case, row.case_id)
        persons = persons_of(session, case.id)
        principal = name_of(persons[0]) if persons else Name("")
        answers: dict[str, Any] = dict(row.answers or {})
        interview = session.get(Interview, row.interview_id) if row.interview_id else None
        interpreter = (
            session.get(Interpreter, interview.interpreter_id) if interview and interview.interpreter_id else None
        )
        versions = [
            event.details["changes"]["answers"]
            for event in session.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.entity == "form_submissions",
                    AuditEvent.entity_id == row.id,
                    AuditEvent.action == "update",
                )
                .order_by(AuditEvent.seq)
            )
            if isinstance(event.details, dict) and "answers" in (event.details.get("changes") or {})
        ]
        submitted_by = str(answers.get("submitted_by") or "")
        interviewer = (interview.interviewer if interview else None) or submitted_by
        people = {
            u: display_name_of(session, u)
            for u in {submitted_by, interviewer, row.reviewed_by or "", ws.username or ""}
            if u
        }
        history = [a for a in answers.get("amendments", []) if isinstance(a, dict)]
        for a in history:
            by = str(a.get("by") or "")
            if by and by not in people:
                people[by] = display_name_of(session, by)
        facts = {
            "case_number": case.case_number,
            "form_id": row.form_id,
            "version": row.form_version,
            "status": row.status,
            "review_status": row.review_status or "",
            "review_note": row.review_note or "",
            "reviewed_by": people.get(row.reviewed_by or "", row.reviewed_by or ""),
            "reviewed_at": row.reviewed_at.isoformat(timespec="minutes") if row.reviewed_at else "",
            "interview_type": interview.type if interview else "",
            "interview_date": (interview.date or "") if interview else "",
            "interpreter": interpreter.name if interpreter else "",
        }
    form = load_installed(ws, facts["form_id"], facts["version"])
    current = _instance(form, answers)
    lines = _lines(current)
    # What each amendment changed: the audit trail's before and after of the submission's answers,
    # matched to the amendment by how many amendments the "after" holds.
    diffs: dict[int, list[Change]] = {}
    for old, new in (v for v in versions if isinstance(v, list) and len(v) == 2):
        if not isinstance(old, dict) or not isinstance(new, dict):
            continue
        count = len(new.get("amendments") or [])
        if count and count not in diffs and (old.get("xml") or old.get("draft_xml")):
            after = lines if count == len(history) else _lines(_instance(form, new, current.lang))
            diffs[count] = _changes(_lines(_instance(form, old, current.lang)), after)
    amendments = [
        Amendment(
            at=str(a.get("at") or ""),
            by=people.get(str(a.get("by") or ""), str(a.get("by") or "")),
            reason=str(a.get("reason") or ""),
            changes=diffs.get(number, []),
            changes_known=number in diffs,
        )
        for number, a in enumerate(history, start=1)
    ]
    return InterviewRecord(
        submission_id=wanted,
        case_number=facts["case_number"],
        form_title=form.title,
        form_id=facts["form_id"],
        form_version=facts["version"],
        language=current.lang or "",
        principal=principal,
        interviewer=people.get(interviewer, interviewer),
        submitted_at=str(answers.get("submitted_at") or ""),
        submitted_by=people.get(submitted_by, submitted_by),
        status=facts["status"],
        interview_type=facts["interview_type"],
        interview_date=facts["interview_date"],
        interpreter=facts["interpreter"],
        review_status=facts["review_status"],
        review_note=facts["review_note"],
        reviewed_by=facts["reviewed_by"],
        reviewed_at=facts["reviewed_at"],
        answers=[line.answer for line in lines],
        amendments=amendments,
        generated_at=dt.datetime.now().replace(microsecond=0),
        generated_by=people.get(ws.username or "", ""),
    )


def write_interview_record(ws: Workspace, submission_id: str, out: str) -> Written:
    """Write the record of the submitted form `submission_id` to `out` (.docx)."""
    path = output_path(out, ".docx")
    record = interview_record(ws, submission_id)
    save(path, interview_record_bytes(record))
    return Written("interview", record.submission_id, path)
