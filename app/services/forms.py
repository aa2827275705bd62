"""Forms in a workspace: installing versions, interviews, drafts, submissions, amendments, exports.

A form version is reference data (`forms` table, synced from HQ to every device). A form being
filled lives as a draft in the encrypted database (drafts.py; autosaved by the UI every few
seconds and on lock) until it is submitted; a submission is a `form_submissions` row holding the
instance XML, which household member each repeat entry is, the form language and the version it
was filled against. Submitted forms are locked: a change after that is an amendment with a reason,
kept in the row's history.
"""

from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import hashlib
import io
import json
import logging
import uuid
import weakref
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml.ElementTree import fromstring as safe_fromstring
from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.forms import geo
from app.forms.audit_log import AUDIT_FILE_NAME
from app.forms.engine import FormInstance, Prefill
from app.forms.errors import AnswerError, FormTooComplex
from app.forms.model import FormDef, FormError
from app.forms.xlsform import MAX_FORM_FILE_BYTES, attachment_name_problem, load_form_bytes, shown_name
from app.models import Attachment, Case, Form, FormSubmission, Interpreter, Interview, Person
from app.models import fields as F
from app.services import drafts
from app.services.cases import find_case, update_person
from app.services.uow import reading, unit_of_work
from app.store.workspace import Workspace
from app.util.files import read_limited
from app.util.ids import uuid7

BUNDLED_DIR = Path(__file__).resolve().parents[2] / "resources" / "forms"
FORM_DRAFT_PREFIX = "draft:form:"
INTERVIEW_TYPES = ("pre-screening", "biographic", "medical", "resettlement", "follow-up", "other")
CASE_PREFILL = ("case_number", "unhcr_id", "priority", "stage", "site", "us_ties", "expedited")
PERSON_PREFILL = (
    "id", "role", "family_name", "given_names", "native_family_name", "native_given_names", "dob", "dob_precision",
    "sex", "nationality", "country_of_birth", "place_of_birth", "languages", "marital_status", "relationship_to_pa",
)  # fmt: skip
# What `interview.*` prefills may name: how the interview was started (interview_prefill below).
INTERVIEW_PREFILL = (
    "type",
    "interpreter",
    "interpreter_id",
    "interpreter_used",
    "language",
    "location",
    "date",
    "interviewer",
)
WRITEBACK_FIELDS = frozenset(
    {
        "family_name",
        "given_names",
        "native_family_name",
        "native_given_names",
        "dob",
        "dob_precision",
        "sex",
        "languages",
        "marital_status",
        "place_of_birth",
    }  # fmt: skip
)
LIST_FIELDS = frozenset({"languages", "aliases"})
# A form travels to every device as one synced row (the sync protocol caps one change at 512 KB).
MAX_FORM_BYTES = 400 * 1024
ROLE_ORDER = {"principal_applicant": 0, "spouse": 1, "child": 2, "other_dependent": 3}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FormInfo:
    id: str
    form_id: str
    version: str
    title: str
    languages: list[str]
    active: bool


def _info(row: Form) -> FormInfo:
    return FormInfo(row.id, row.form_id, row.version, row.title, list(row.languages or []), row.active)


# ----- installing -------------------------------------------------------------------------------
def install_form(ws: Workspace, path: Path) -> tuple[FormInfo, bool]:
    """Install an XLSForm (lists it names are read beside it). Returns the form and whether it was
    new (the same form id and version installed twice is one form)."""
    data = read_limited(path, MAX_FORM_FILE_BYTES, f"The form file {path.name}", "is it the right file?")
    return install_form_bytes(ws, data, path.name, search_dir=path.parent)


def install_form_bytes(
    ws: Workspace,
    data: bytes,
    filename: str,
    attachments: dict[str, bytes] | None = None,
    *,
    search_dir: Path | None = None,
) -> tuple[FormInfo, bool]:
    try:
        form = load_form_bytes(data, filename, attachments, search_dir=search_dir)
    except FormError as exc:
        raise InvalidInput(
            f"{filename} cannot be installed: " + "; ".join(p.describe() for p in exc.problems)
        ) from None
    if not form.version:
        raise InvalidInput(f"{filename} has no version (settings sheet, `version` column): add one and try again.")
    try:
        FormInstance(form)  # loads, but can it be opened within the engine's limits?
    except FormTooComplex as exc:
        raise InvalidInput(f"{filename} cannot be installed: {exc.message}") from None
    size = len(form.xml.encode("utf-8")) + sum(len(v) * 4 // 3 for v in form.attachments.values())
    if size > MAX_FORM_BYTES:
        raise InvalidInput(
            f"{filename} is too large to send to every laptop ({size // 1024} KB with its lists; at most "
            f"{MAX_FORM_BYTES // 1024} KB). Shorten its choice lists or split the form."
        )
    with unit_of_work(ws, "manage_reference_data") as uow:
        existing = uow.session.scalar(
            select(Form).where(Form.form_id == form.form_id, Form.version == form.version, Form.deleted.is_(False))
        )
        if existing is not None:
            return _info(existing), False
        row = Form(
            form_id=form.form_id,
            version=form.version,
            title=form.title[:300],
            languages=form.languages,
            xform=form.xml,
            attachments={k: base64.b64encode(v).decode("ascii") for k, v in form.attachments.items()},
            source_name=filename[:200],
            active=True,
        )
        # The same form version installed on several laptops (the bundled forms, a file passed
        # around) is one row everywhere: its id comes from its content, so sync sees one record.
        row.id = form_row_id(form.form_id, form.version, form.xml)
        uow.create(row, case_id=None, summary=f"form {form.form_id} version {form.version} installed")
        return _info(row), True


def form_row_id(form_id: str, version: str, xform: str) -> str:
    digest = hashlib.sha256(f"{form_id}\x00{version}\x00{xform}".encode()).digest()
    raw = bytearray(digest[:16])
    raw[6] = (raw[6] & 0x0F) | 0x80  # UUID version 8 (custom: SHA-256 of the content), RFC 9562
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC variant
    return str(uuid.UUID(bytes=bytes(raw)))


def bundled_form_files() -> list[Path]:
    return sorted(BUNDLED_DIR.glob("*.xlsx")) if BUNDLED_DIR.is_dir() else []


def install_bundled_forms(ws: Workspace) -> list[FormInfo]:
    """The forms shipped with the application (pre-screening, medical history, preferences)."""
    return [info for info, _new in install_bundled_forms_saying(ws)]


def install_bundled_forms_saying(ws: Workspace) -> list[tuple[FormInfo, bool]]:
    """The same, with whether each was new (False: that version was installed already)."""
    return [install_form(ws, path) for path in bundled_form_files()]


def list_forms(ws: Workspace, *, all_versions: bool = False) -> list[FormInfo]:
    """Installed forms, newest version of each first (or every version)."""
    with reading(ws) as s:
        rows = s.scalars(select(Form).where(Form.deleted.is_(False))).all()
    infos = sorted((_info(r) for r in rows), key=lambda f: (f.form_id, _version_key(f.version)), reverse=True)
    if all_versions:
        return sorted(infos, key=lambda f: f.form_id)
    newest: dict[str, FormInfo] = {}
    for info in infos:
        if info.active:
            newest.setdefault(info.form_id, info)
    return sorted(newest.values(), key=lambda f: f.title.casefold())


def _version_key(version: str) -> tuple[int, ...] | tuple[str]:
    parts = version.replace("-", ".").split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else (version,)


_COMPILED: dict[tuple[str, str], FormDef] = {}


def load_installed(ws: Workspace, form_id: str, version: str | None = None) -> FormDef:
    """The compiled form (cached per row and revision); the newest version when none is named."""
    with reading(ws) as s:
        q = select(Form).where(Form.form_id == form_id, Form.deleted.is_(False))
        if version is not None:
            q = q.where(Form.version == version)
        rows = s.scalars(q).all()
        if not rows:
            what = f"{form_id} version {version}" if version else form_id
            raise NotFound(f"The form {what} is not installed on this laptop; sync with HQ or install it.")
        row = max(rows, key=lambda r: _version_key(r.version))
        key = (row.id, row.hlc)
        cached = _COMPILED.get(key)
        if cached is not None:
            return cached
        xform, attachments = row.xform, _installed_attachments(row)
    from app.forms.model import parse_xform

    try:
        form = parse_xform(xform, attachments)
    except FormError as exc:
        raise InvalidInput(f"The installed form {form_id} cannot be opened: {exc}") from None
    _COMPILED[key] = form
    return form


def _installed_attachments(row: Form) -> dict[str, bytes]:
    """The form row's files by name. The row may have come by sync from any laptop, so its names
    get the same rules as a form file's (no path out of the form's folder) before anything uses
    them: a form that breaks them is refused whole rather than partly trusted."""
    raw = row.attachments if row.attachments is not None else {}
    what = f"The installed form {row.form_id} version {row.version}"
    fix = "Ask HQ to withdraw it and send a corrected version; until then it cannot be opened."
    if not isinstance(raw, dict):
        log.warning("form row %s: attachments are not a mapping", row.id)
        raise InvalidInput(f"{what} has damaged attachments. {fix}")
    out: dict[str, bytes] = {}
    for name, encoded in raw.items():
        reason = attachment_name_problem(name) if isinstance(name, str) else "it is not text"
        if reason:
            log.warning("form row %s: an attachment name was refused (%s)", row.id, reason)
            raise InvalidInput(f"{what} has an attachment named `{shown_name(str(name))}`: {reason}. {fix}")
        try:
            if not isinstance(encoded, str):
                raise ValueError("not text")
            out[name] = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            log.warning("form row %s: an attachment is not base64", row.id)
            raise InvalidInput(f"{what} has a damaged attachment `{shown_name(name)}`. {fix}") from None
    return out


# ----- prefill and instances ----------------------------------------------------------------------
def case_prefill(ws: Workspace, case_number: str) -> tuple[str, Prefill]:
    """(case id, what the case record says) for `cr:prefill` binds and the household repeat."""
    with reading(ws) as s:
        case = find_case(s, case_number)
        persons = s.scalars(select(Person).where(Person.case_id == case.id, Person.deleted.is_(False))).all()
        people = sorted(persons, key=lambda p: (ROLE_ORDER.get(p.role, 9), p.dob or "9999", p.id))
        return case.id, Prefill(
            case={k: getattr(case, k) for k in CASE_PREFILL},
            persons=[{k: getattr(p, k) for k in PERSON_PREFILL} for p in people],
        )


LocationProvider = Callable[[], geo.GeoPoint | None]


def new_form(
    ws: Workspace,
    case_number: str,
    form_id: str,
    *,
    lang: str | None = None,
    interview_id: str | None = None,
    location: LocationProvider | None = None,
) -> FormInstance:
    """`location`: the laptop's position when the operating system gives one (start-geopoint,
    odk:setgeopoint); None leaves those questions blank."""
    form = load_installed(ws, form_id)
    if form.last_saved_id is not None:
        form = form.with_last_saved(last_saved_xml(ws, form_id))
    _case_id, prefill = case_prefill(ws, case_number)
    if interview_id:
        prefill.interview = interview_prefill(ws, interview_id)
    return FormInstance(
        form, prefill=prefill, lang=lang, device_id=ws.meta.device_id, username=ws.username or "", location=location
    )


def last_saved_xml(ws: Workspace, form_id: str) -> str | None:
    """The last submission of `form_id` made on this laptop (what `jr://instance/last-saved` reads,
    as ODK Collect reads the device's last saved instance), or None before the first."""
    with reading(ws) as s:
        row = s.scalars(
            select(FormSubmission)
            .where(
                FormSubmission.form_id == form_id,
                FormSubmission.deleted.is_(False),
                FormSubmission.status != "draft",
                FormSubmission.origin_device == ws.meta.device_id,
            )
            .order_by(FormSubmission.id.desc())  # uuid7: the newest first
            .limit(1)
        ).first()
        xml = (row.answers or {}).get("xml") if row is not None else None
    return xml if isinstance(xml, str) else None


def interview_prefill(ws: Workspace, interview_id: str) -> dict[str, Any]:
    """What the start of an interview said, for `interview.*` prefills: the type, the interpreter
    (name and id; `interpreter_used` is yes or no), the language, the place, the date, who asks."""
    with reading(ws) as s:
        row = s.get(Interview, interview_id)
        if row is None:
            return {}
        interpreter = s.get(Interpreter, row.interpreter_id) if row.interpreter_id else None
        values = {
            "type": row.type,
            "interpreter": interpreter.name if interpreter else None,
            "interpreter_id": row.interpreter_id,
            "interpreter_used": "yes" if interpreter else "no",
            "language": row.language,
            "location": row.location,
            "date": row.date,
            "interviewer": row.interviewer,
        }
        return values


# Which installed form an interview type starts with: a form whose id or title names the type.
TYPE_WORDS = {
    "pre-screening": ("pre_screening", "pre-screening", "prescreening"),
    "biographic": ("biographic",),
    "medical": ("medical",),
    "resettlement": ("resettlement",),
    "follow-up": ("follow_up", "follow-up", "followup"),
}


def suggested_form(forms: list[FormInfo], interview_type: str | None) -> int:
    """The index in `forms` of the form an interview of this type is usually filled with (0 if none)."""
    words = TYPE_WORDS.get(interview_type or "", ())
    for index, info in enumerate(forms):
        text = f"{info.form_id} {info.title}".lower()
        if any(w in text for w in words):
            return index
    return 0


def family_languages(ws: Workspace, case_number: str) -> list[str]:
    """The languages of a case's people, the principal applicant's first (ISO codes)."""
    _case_id, prefill = case_prefill(ws, case_number)
    out: list[str] = []
    for person in prefill.persons:
        for code in person.get("languages") or []:
            if isinstance(code, str) and code not in out:
                out.append(code)
    return out


def suggested_language(form_languages: list[str], family_languages: list[str], interface: str | None) -> int:
    """The index of the form language to read the questions in: the family's first language the
    form has (`Español (es)` has `es`), else the interface language, else the form's first."""
    codes = [
        lang.rsplit("(", 1)[1].rstrip(")").strip().lower() if "(" in lang else lang.lower() for lang in form_languages
    ]
    for wanted in [*family_languages, interface or ""]:
        wanted = (wanted or "").lower()
        for index, code in enumerate(codes):
            if wanted and (code == wanted or code.split("-")[0] == wanted.split("-")[0]):
                return index
    return 0


def start_interview(
    ws: Workspace,
    case_number: str,
    *,
    type: str,  # noqa: A002 - the interview's type, as the data model names it
    interpreter_id: str | None = None,
    language: str | None = None,
    location: str | None = None,
    date: str | None = None,
) -> str:
    if type not in INTERVIEW_TYPES:
        raise InvalidInput(f"interview.type: one of {', '.join(INTERVIEW_TYPES)}.")
    with unit_of_work(ws, "edit_cases") as uow:
        case = find_case(uow.session, case_number)
        if interpreter_id and uow.session.get(Interpreter, interpreter_id) is None:
            raise NotFound("That interpreter is not on this laptop.")
        row = Interview(
            case_id=case.id,
            type=type,
            date=date or dt.date.today().isoformat(),
            interviewer=uow.actor,
            interpreter_id=interpreter_id,
            language=(language or None),
            location=(location or None),
        )
        row.id = uuid7()
        uow.create(row, case_id=case.id)
        return row.id


def interpreters(ws: Workspace) -> list[dict[str, Any]]:
    """Active interpreters on this laptop, for choosing one when an interview starts."""
    with reading(ws) as s:
        rows = s.scalars(select(Interpreter).where(Interpreter.deleted.is_(False), Interpreter.active.is_(True))).all()
        return sorted(
            ({"id": r.id, "name": r.name, "languages": list(r.languages or [])} for r in rows),
            key=lambda i: i["name"].casefold(),
        )


# ----- drafts ------------------------------------------------------------------------------------
def draft_key(case_id: str, draft_id: str) -> str:
    return f"{FORM_DRAFT_PREFIX}{case_id}:{draft_id}"


def save_form_draft(
    ws: Workspace,
    key: str,
    snapshot: dict[str, Any],
    *,
    title: str,
    interview_id: str | None,
    amends: str | None = None,
    audit: dict[str, Any] | None = None,
) -> None:
    """Autosave: a form's answers as `FormInstance.snapshot()` took them (hidden answers included),
    inside the encrypted database. The snapshot, not the live instance: the desktop takes it on the
    GUI thread and writes it on its worker while the interviewer goes on answering. `audit`: the
    form audit log so far (`AuditLog.to_dict()`), kept beside the answers so it survives a crash
    with them."""
    if not key.startswith(FORM_DRAFT_PREFIX):
        raise InvalidInput("A form draft key starts with 'draft:form:'.")
    drafts.save_draft(
        ws,
        key,
        {"snapshot": snapshot, "interview_id": interview_id, "amends": amends, "title": title, "audit": audit},
        reason="autosave",
    )


@dataclass(frozen=True)
class FormDraft:
    key: str
    form_id: str
    version: str
    title: str
    interview_id: str | None
    amends: str | None
    saved_at: dt.datetime
    snapshot: dict[str, Any]
    audit: dict[str, Any] | None = None  # the form audit log so far (AuditLog.to_dict())


def form_drafts(ws: Workspace, case_id: str) -> list[FormDraft]:
    out = []
    for d in drafts.drafts_with_prefix(ws, f"{FORM_DRAFT_PREFIX}{case_id}:"):
        snap = d.values.get("snapshot") or {}
        out.append(
            FormDraft(
                d.key,
                str(snap.get("form_id", "")),
                str(snap.get("version", "")),
                str(d.values.get("title", "")),
                d.values.get("interview_id"),
                d.values.get("amends"),
                d.at,
                snap,
                d.values.get("audit") if isinstance(d.values.get("audit"), dict) else None,
            )
        )
    return sorted(out, key=lambda d: d.saved_at, reverse=True)


def open_draft(
    ws: Workspace,
    case_number: str,
    draft: FormDraft,
    *,
    lang: str | None = None,
    location: LocationProvider | None = None,
) -> FormInstance:
    form = load_installed(ws, draft.form_id, draft.version)
    _case_id, prefill = case_prefill(ws, case_number)
    inst = FormInstance.from_snapshot(
        form, draft.snapshot, prefill=prefill, device_id=ws.meta.device_id, lang=lang, location=location
    )
    if form.audit is not None:
        _saved_audits[inst] = dict(draft.audit or {"events": []})
    return inst


# The audit log a reopened draft or submission already had, by the instance it was opened as: the
# form window carries it on (read on the worker with the answers, never on the GUI thread).
_saved_audits: weakref.WeakKeyDictionary[FormInstance, dict[str, Any]] = weakref.WeakKeyDictionary()


def saved_audit_log(inst: FormInstance) -> dict[str, Any] | None:
    """The audit log (`AuditLog.to_dict()` form) the draft or submission `inst` was opened from
    had; None for a new form (or a form without an `audit` question)."""
    return _saved_audits.get(inst)


# ----- submitting ----------------------------------------------------------------------------------
class FormIncomplete(InvalidInput):
    """Submit refused: some relevant answers are missing or not allowed."""


def submit_form(
    ws: Workspace,
    case_number: str,
    inst: FormInstance,
    *,
    interview_id: str | None = None,
    draft: str | None = None,
    audit: bytes | None = None,
) -> str:
    """Submit: every relevant answer valid, then in one transaction the submission row, the
    verified answers written back to the persons (audited), and the draft removed. `audit`: the
    form audit log's CSV (app/forms/audit_log.py), carried as the submission's `audit.csv`."""
    inst.finish()
    bad = inst.violations()
    if bad:
        first = bad[0]
        raise FormIncomplete(
            "Answers that need attention before this form can be submitted: {n:,}. The first: {question}: {problem}",
            n=len(bad),
            question=inst.label(first) or inst.ref(first),
            problem=inst.message(first),
        )
    files = _files_to_submit(ws, inst) + _audit_file(ws, inst, audit)
    with unit_of_work(ws, "edit_cases") as uow:
        case = find_case(uow.session, case_number)
        kept = _writeback(uow, case, inst)
        answers = _answers(inst, uow.actor)
        if kept:
            answers["writeback_kept"] = kept
        row = FormSubmission(
            interview_id=interview_id,
            case_id=case.id,
            form_id=inst.form.form_id,
            form_version=inst.form.version,
            status="complete",
            answers=answers,
        )
        row.id = uuid7()
        uow.create(row, case_id=case.id, summary=f"form {inst.form.form_id} submitted")
        _attach_submission_files(uow, case.id, row.id, files)
        if draft:
            from app.models import Setting

            stale = uow.session.get(Setting, draft)
            if stale is not None:
                uow.session.delete(stale)
        return row.id


def amend_submission(
    ws: Workspace,
    submission_id: str,
    inst: FormInstance,
    reason: str,
    *,
    draft: str | None = None,
    audit: bytes | None = None,
) -> None:
    """Change a submitted form: the reason is required and kept with who and when. `audit`: the
    audit log with this amendment's events added (it replaces the submission's `audit.csv`)."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("amendment.reason: say why a submitted form is being changed.")
    inst.finish()
    bad = inst.violations()
    if bad:
        raise FormIncomplete(
            "Answers that need attention: {n:,}. The first: {question}.",
            n=len(bad),
            question=inst.label(bad[0]) or inst.ref(bad[0]),
        )
    files = _files_to_submit(ws, inst) + _audit_file(ws, inst, audit)
    with unit_of_work(ws, "edit_cases") as uow:
        row = uow.session.get(FormSubmission, submission_id)
        if row is None or row.deleted:
            raise NotFound("That form submission is not on this laptop.")
        if (row.form_id, row.form_version) != (inst.form.form_id, inst.form.version):
            raise InvalidInput("An amendment must use the form version the submission was filled with.")
        case = uow.session.get_one(Case, row.case_id)
        kept = _writeback(uow, case, inst)
        answers = _answers(inst, uow.actor)
        if kept:
            answers["writeback_kept"] = kept
        history = list((row.answers or {}).get("amendments", []))
        history.append({"at": answers["submitted_at"], "by": uow.actor, "reason": reason[:2000]})
        answers["amendments"] = history
        answers["submitted_at"] = (row.answers or {}).get("submitted_at", answers["submitted_at"])
        answers["submitted_by"] = (row.answers or {}).get("submitted_by", answers["submitted_by"])
        uow.update(row, {"answers": answers, "status": "amended"}, case_id=row.case_id)
        _attach_submission_files(uow, row.case_id, row.id, files)
        if draft:
            from app.models import Setting

            stale = uow.session.get(Setting, draft)
            if stale is not None:
                uow.session.delete(stale)


def _files_to_submit(ws: Workspace, inst: FormInstance) -> list[tuple[str, str, dict[str, Any]]]:
    """The media answers' files a submission carries, each checked to be in the vault: a submission
    is never recorded pointing at a file this laptop does not have."""
    try:
        files = inst.submission_files()
    except AnswerError as exc:
        raise FormIncomplete("This form cannot be submitted yet: {problem}.", problem=str(exc)) from None
    for ref, name, meta in files:
        if not ws.vault.exists(str(meta.get("hash", ""))):
            raise FormIncomplete(
                "The file of the question {question} ({name}) is missing from this laptop's vault; attach it again.",
                question=ref,
                name=name,
            )
    return files


def _audit_file(ws: Workspace, inst: FormInstance, audit: bytes | None) -> list[tuple[str, str, dict[str, Any]]]:
    """The form audit log as one more file of the submission: stored in the vault, named in the
    audit node as Collect names it. The audit node is a meta node, not a media question, so
    `submission_files()` does not list it. Nothing for a form without an `audit` question."""
    settings = inst.form.audit
    if settings is None or audit is None:
        return []
    from app.services import form_media

    stored = form_media.store_audit_log(ws, audit)
    try:
        node = inst.set_value(settings.path, stored.name)
    except AnswerError as exc:
        raise FormIncomplete("This form's audit log could not be recorded: {problem}.", problem=str(exc)) from None
    return [(inst.ref(node), stored.name, stored.meta())]


def submission_audit_log(ws: Workspace, submission_id: str) -> bytes | None:
    """The submission's form audit log (its `audit.csv`), or None when it has none or the file is
    not on this laptop yet (not synced down)."""
    for f in submission_files(ws, submission_id):
        if f.name == AUDIT_FILE_NAME and ws.vault.exists(f.content_hash):
            return ws.vault.get(f.content_hash)
    return None


def _attach_submission_files(
    uow: Any, case_id: str, submission_id: str, files: list[tuple[str, str, dict[str, Any]]]
) -> None:
    """One `form_file` attachment per answered media question, synced to HQ like a scan (the rows
    and then their blobs). An amendment keeps the rows whose file is unchanged, adds the new ones
    and removes those no answer names any more (their blobs stay until sync has told HQ)."""
    existing = {
        (a.title, a.content_hash): a
        for a in uow.session.scalars(
            select(Attachment).where(Attachment.submission_id == submission_id, Attachment.deleted.is_(False))
        )
    }
    wanted = {(name, str(meta["hash"])) for _ref, name, meta in files}
    for key, old in existing.items():
        if key not in wanted:
            uow.delete(old, case_id=case_id)
    for _ref, name, meta in files:
        if (name, str(meta["hash"])) in existing:
            continue
        row = Attachment(
            case_id=case_id,
            person_id=None,
            kind="form_file",
            document_type=None,
            language=None,
            page_order=0,
            translation_of=None,
            content_hash=str(meta["hash"]),
            size=int(meta.get("size") or 0),
            mime=str(meta.get("mime") or "application/octet-stream")[:64],
            width=meta.get("width"),
            height=meta.get("height"),
            source="form",
            thumbnail_hash=None,
            title=name,
            submission_id=submission_id,
        )
        uow.create(row, case_id=case_id)


@dataclass(frozen=True)
class SubmissionFile:
    """One file of a submission as the UI and exports read it (no bytes)."""

    attachment_id: str
    name: str  # the answer's file name
    content_hash: str
    mime: str
    size: int
    width: int | None
    height: int | None


def submission_files(ws: Workspace, submission_id: str) -> list[SubmissionFile]:
    """The live files of a submission, by answer file name."""
    with reading(ws) as s:
        rows = s.scalars(
            select(Attachment).where(Attachment.submission_id == submission_id, Attachment.deleted.is_(False))
        ).all()
        return sorted(
            (SubmissionFile(r.id, r.title or "", r.content_hash, r.mime, r.size, r.width, r.height) for r in rows),
            key=lambda f: f.name,
        )


def _writeback(uow: Any, case: Case, inst: FormInstance) -> list[str]:
    """Write the form's confirmed answers to the persons; returns what was kept back, in words
    (also audited): a date of birth is never replaced by a less certain one, nor given a precision
    the answers do not state."""
    by_person: dict[str, dict[str, Any]] = {}
    for person_id, field, value in inst.writebacks():
        if field not in WRITEBACK_FIELDS:
            continue
        changes = by_person.setdefault(person_id, {})
        changes[field] = value.split() if field in LIST_FIELDS else value
    kept: list[str] = []
    for person_id, changes in by_person.items():
        person = uow.session.get(Person, person_id)
        if person is None or person.case_id != case.id or person.deleted:
            continue
        if "dob" in changes or "dob_precision" in changes:
            reason = _date_of_birth(person, changes)
            if reason:
                kept.append(reason)
                uow.note("form_writeback_kept", "persons", person.id, case.id, {"field": "dob", "reason": reason})
        if not changes:
            continue
        try:
            update_person(uow, case, person, changes)
        except InvalidInput as exc:
            raise InvalidInput(f"An answer cannot be written to the case record: {exc}") from None
    return kept


# How certain a date of birth is: a form may replace a date only with one at least as certain.
# An estimated date is a guessed full date, so it says less than a known year.
DOB_CERTAINTY = {"exact": 4, "month": 3, "year": 2, "estimated": 1}


def _date_of_birth(person: Person, changes: dict[str, Any]) -> str | None:
    """Settle the date of birth a form writes back (in `changes`, in place) and return why any of
    it was kept back, or None. The form's own precision answer says how much it knows; without one
    the record's precision stands and a longer date is cut to it (a date question always gives a
    day, often "1 January" for an unknown one: that day is not knowledge)."""
    old_dob, old_precision = person.dob, person.dob_precision or "exact"
    precision = str(changes.get("dob_precision") or old_precision)
    dob = str(changes.get("dob") or old_dob or "")
    changes.pop("dob", None)
    changes.pop("dob_precision", None)
    if not dob:
        return None
    parts = dob.split("-")
    needed = F.DOB_PARTS.get(precision, 3)
    if len(parts) < needed:
        return "the form gives less of the date of birth than its precision says; the record was kept"
    dob = "-".join(parts[:needed])
    if old_dob and DOB_CERTAINTY.get(precision, 0) < DOB_CERTAINTY.get(old_precision, 0):
        return (
            f"the form's date of birth ({precision}) is less certain than the record's ({old_precision}); "
            "the record was kept: change it on the person if it really was wrong"
        )
    if (dob, precision) != (old_dob, old_precision):
        changes["dob"], changes["dob_precision"] = dob, precision
    return None


def _answers(inst: FormInstance, actor: str) -> dict[str, Any]:
    snap = inst.snapshot()
    return {
        "xml": inst.to_xml(submission=True),
        "draft_xml": snap["xml"],
        "persons": snap["persons"],
        "lang": inst.lang,
        "files": snap["files"],
        "submitted_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "submitted_by": actor,
    }


@dataclass(frozen=True)
class SubmissionInfo:
    id: str
    case_id: str
    interview_id: str | None
    form_id: str
    version: str
    status: str
    submitted_at: str
    submitted_by: str
    amendments: list[dict[str, Any]]


def submissions(ws: Workspace, case_number: str) -> list[SubmissionInfo]:
    with reading(ws) as s:
        case = find_case(s, case_number)
        rows = s.scalars(
            select(FormSubmission).where(FormSubmission.case_id == case.id, FormSubmission.deleted.is_(False))
        ).all()
        return sorted(
            (
                SubmissionInfo(
                    r.id,
                    r.case_id,
                    r.interview_id,
                    r.form_id,
                    r.form_version,
                    r.status,
                    str((r.answers or {}).get("submitted_at", "")),
                    str((r.answers or {}).get("submitted_by", "")),
                    list((r.answers or {}).get("amendments", [])),
                )
                for r in rows
            ),
            key=lambda i: i.submitted_at,
            reverse=True,
        )


def open_submission(ws: Workspace, submission_id: str, *, lang: str | None = None) -> FormInstance:
    """A submitted form against its own version (read-only in the UI; the basis of an amendment)."""
    with reading(ws) as s:
        row = s.get(FormSubmission, submission_id)
        if row is None or row.deleted:
            raise NotFound("That form submission is not on this laptop.")
        form_id, version, answers = row.form_id, row.form_version, dict(row.answers or {})
    form = load_installed(ws, form_id, version)
    saved = {"form_id": form_id, "version": version, "xml": answers.get("draft_xml") or answers.get("xml", ""),
             "persons": answers.get("persons", []), "lang": answers.get("lang"),
             "files": answers.get("files") or {}}  # fmt: skip
    inst = FormInstance.from_snapshot(form, saved, lang=lang)
    if form.audit is not None:
        from app.forms.audit_log import saved_from_csv

        data = submission_audit_log(ws, submission_id)
        try:
            _saved_audits[inst] = saved_from_csv(data) if data is not None else {"events": []}
        except ValueError:
            _saved_audits[inst] = {"events": []}
    return inst


# ----- exports -----------------------------------------------------------------------------------
def export_submissions(ws: Workspace, form_id: str, out_dir: Path, *, fmt: str = "csv") -> list[Path]:
    """Every submission of `form_id` (all versions) as JSON (one document) or CSV, one file per
    repeat level linked by _index / _parent_index as ODK Central and Kobo export them. The media
    answers' files go into `media/` beside them, named as the answers name them (ODK Central's
    layout); a file this laptop does not hold (not downloaded yet) is listed in media/missing.txt."""
    with reading(ws, "export_data") as s:
        rows = s.execute(
            select(FormSubmission, Case.case_number)
            .join(Case, Case.id == FormSubmission.case_id)
            .where(FormSubmission.form_id == form_id, FormSubmission.deleted.is_(False))
        ).all()
        docs = [(r.FormSubmission, r.case_number) for r in rows]
        records = [
            {
                "_id": sub.id,
                "_case_number": number,
                "_version": sub.form_version,
                "_status": sub.status,
                "_submitted_at": (sub.answers or {}).get("submitted_at", ""),
                "_submitted_by": (sub.answers or {}).get("submitted_by", ""),
                "xml": (sub.answers or {}).get("xml", ""),
            }
            for sub, number in docs
        ]
        media: list[tuple[str, str]] = []
        audits: list[tuple[str, str]] = []  # (submission id, audit.csv's hash)
        for a in s.scalars(
            select(Attachment).where(
                Attachment.submission_id.in_([sub.id for sub, _ in docs]), Attachment.deleted.is_(False)
            )
        ):
            if a.title == AUDIT_FILE_NAME and a.submission_id:
                audits.append((a.submission_id, a.content_hash))
            else:
                media.append((a.title or "", a.content_hash))
    repeats: set[str] = set()
    for version in {sub.form_version for sub, _ in docs}:
        try:
            form = load_installed(ws, form_id, version)
        except (NotFound, InvalidInput):
            continue  # a version no longer installed: its repeats are recognised by shape only
        repeats |= {c.ref for c in form.by_ref.values() if c.kind == "repeat"}
    if not records:
        raise NotFound(f"No submissions of {form_id} on this laptop.")
    out_dir.mkdir(parents=True, exist_ok=True)
    from app.util.files import atomic_write

    if fmt not in ("json", "csv"):
        raise InvalidInput("export format: json or csv.")
    media_paths = _export_media(ws, media, out_dir / "media") + _export_audits(ws, form_id, audits, out_dir)
    trees = [(meta, _xml_to_tree(meta.pop("xml"), repeats)) for meta in records]
    if fmt == "json":
        path = out_dir / f"{form_id}.json"
        doc = [{**meta, "data": tree} for meta, tree in trees]
        atomic_write(path, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))
        return [path, *media_paths]
    tables: dict[str, list[dict[str, Any]]] = {}
    for meta, tree in trees:
        _flatten(tree, form_id, meta, None, tables, "")
    paths = []
    for name, table in tables.items():
        columns: list[str] = []
        for rec in table:
            for k in rec:
                if k not in columns:
                    columns.append(k)
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(table)
        path = out_dir / f"{name}.csv"
        atomic_write(path, buf.getvalue().encode("utf-8-sig"))
        paths.append(path)
    return paths + media_paths


def _export_audits(ws: Workspace, form_id: str, audits: list[tuple[str, str]], out_dir: Path) -> list[Path]:
    """Every submission's audit log in one `<form> - audit.csv`, the submission's `_id` first (as in
    the answers' CSV), as ODK Central exports them: every log is called audit.csv, so as separate
    files in media/ they would overwrite each other."""
    from app.forms.audit_log import read_csv
    from app.util.files import atomic_write

    if not audits:
        return []
    columns = ["_id", "event", "node", "start", "end", "latitude", "longitude", "accuracy"]
    columns += ["old-value", "new-value", "user", "change-reason"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for submission_id, content_hash in sorted(audits):
        if not ws.vault.exists(content_hash):
            continue
        try:
            rows = read_csv(ws.vault.get(content_hash))
        except ValueError:
            continue
        for r in rows:
            writer.writerow(
                [submission_id, r.event, r.node, "" if r.start is None else r.start,
                 "" if r.end is None else r.end, r.latitude, r.longitude, r.accuracy,
                 r.old_value, r.new_value, r.user, r.change_reason]
            )  # fmt: skip
    path = out_dir / f"{form_id} - audit.csv"
    atomic_write(path, buf.getvalue().encode("utf-8"))
    return [path]


def _export_media(ws: Workspace, media: list[tuple[str, str]], folder: Path) -> list[Path]:
    """The submissions' files, decrypted into `folder` (an export is plaintext by the user's
    choice, like the CSV beside it). Names are the answers' own; one already written is skipped."""
    from app.util.files import atomic_write

    written: list[Path] = []
    missing: list[str] = []
    seen: set[str] = set()
    for name, content_hash in sorted(media):
        safe = shown_name(name)
        if not name or name in seen or safe != name or "/" in name or "\\" in name or name in (".", ".."):
            continue
        seen.add(name)
        if not ws.vault.exists(content_hash):
            missing.append(name)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        atomic_write(path, ws.vault.get(content_hash))
        written.append(path)
    if missing:
        folder.mkdir(parents=True, exist_ok=True)
        note = folder / "missing.txt"
        atomic_write(note, ("\n".join(missing) + "\n").encode("utf-8"))
        written.append(note)
    return written


def _xml_to_tree(xml: str, repeats: set[str]) -> dict[str, Any]:
    """Instance XML as nested dicts; repeats (the form's, or same-named siblings) as lists."""
    try:
        root = safe_fromstring(xml)
    except (ET.ParseError, ValueError):
        return {}
    tree = _element(root, "/" + root.tag.rsplit("}", 1)[-1], repeats)
    return tree if isinstance(tree, dict) else {}


def _element(el: ET.Element, path: str, repeats: set[str]) -> Any:
    if len(el) == 0:
        return el.text or ""
    out: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for child in el:
        name = child.tag.rsplit("}", 1)[-1]
        counts[name] = counts.get(name, 0) + 1
    for child in el:
        name = child.tag.rsplit("}", 1)[-1]
        value = _element(child, f"{path}/{name}", repeats)
        if counts[name] > 1 or name in out or f"{path}/{name}" in repeats:
            existing = out.get(name)
            if not isinstance(existing, list):
                out[name] = [] if existing is None else [existing]
            out[name].append(value)
        else:
            out[name] = value
    return out


def _flatten(
    tree: Any,
    table: str,
    meta: dict[str, Any],
    parent_index: int | None,
    tables: dict[str, list[dict[str, Any]]],
    prefix: str,
    record: dict[str, Any] | None = None,
) -> None:
    if record is None:
        record = dict(meta) if parent_index is None else {}
        rows = tables.setdefault(table, [])
        record["_index"] = len(rows) + 1
        if parent_index is not None:
            record["_parent_index"] = parent_index
        rows.append(record)
    if not isinstance(tree, dict):
        return
    for name, value in tree.items():
        key = f"{prefix}{name}"
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for entry in value:
                _flatten(entry, f"{table}-{name}", {}, record["_index"], tables, "")
        elif isinstance(value, dict):
            _flatten(value, table, meta, parent_index, tables, key + "/", record)
        elif isinstance(value, list):
            record[key] = " ".join(str(v) for v in value)
        else:
            record[key] = value
