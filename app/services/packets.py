"""Travel packets (issue 22): one PDF per case with a cover sheet and every scanned page, for the
paper journey of a case (to an officer, to a medical panel, back to the office). This module
gathers the values (the case, its household and their photos, the documents the case's stage
requires, the scans themselves) and checks who may take them; app/reports/packet.py lays out the
PDF.

The scans and photos are decrypted from the vault into memory and never written anywhere in the
clear: the only file written is the packet the user asked for (atomic, readable by its owner).

Who may make one: the case staff (interviewer, adjudication support, team lead), who handle the
family's documents anyway. An administrator's account is for the laptop's IT (users, keys,
backups) and does not print a family's passports. A packet carries no note, so the need-to-know
rules on restricted and medical notes have nothing to filter here.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.errors import CircuitRideError, IntegrityProblem, InvalidInput, PermissionDenied, UnsupportedFile
from app.models import Case, CircuitRide, Person
from app.models import fields as F
from app.models.roles import CASE_STAFF
from app.reports.docx_common import words as code_words
from app.reports.model import Name
from app.reports.packet import CheckItem, Member, Packet, Source, packet_pdf
from app.services.attachments import AttachmentInfo, content, group_documents, list_attachments, thumbnail
from app.services.cases import find_case, find_ride
from app.services.documents import Written, household, name_of, output_path, save
from app.services.uow import reading, viewer_of
from app.store.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Requirement:
    """Documents a stage requires: one of `types` (vocab.DOCUMENT_TYPES), held by `who`:
    "case" (any document of the case), "each_adult" (every member who is not a child, their own),
    "each_child" (every child, their own) or "couple" (when the household has a spouse: one for
    the principal applicant and spouse, or for the case)."""

    types: tuple[str, ...]
    who: str


# Before the interview the team needs only to know who the family is; from the interview on, the
# officer and the medical panel see every identity and civil-status document of the household.
BEFORE_INTERVIEW: tuple[Requirement, ...] = (
    Requirement(("unhcr_registration",), "case"),
    Requirement(("passport", "national_id"), "principal"),
)
FROM_INTERVIEW: tuple[Requirement, ...] = (
    Requirement(("unhcr_registration",), "case"),
    Requirement(("passport", "national_id"), "each_adult"),
    Requirement(("birth_certificate",), "each_child"),
    Requirement(("marriage_certificate",), "couple"),
)
REQUIRED_DOCUMENTS: dict[str, tuple[Requirement, ...]] = {
    "pre-screening": BEFORE_INTERVIEW,
    "interview-scheduled": BEFORE_INTERVIEW,
    **{
        stage: FROM_INTERVIEW
        for stage in (
            "interviewed",
            "adjudicated",
            "approved",
            "denied",
            "on-hold",
            "medical",
            "cultural-orientation",
            "ready-for-departure",
            "departed",
            "closed",
        )
    },
}
DOCUMENT_WORDS = {
    "passport": "Passport",
    "unhcr_registration": "UNHCR registration",
    "birth_certificate": "Birth certificate",
    "marriage_certificate": "Marriage certificate",
    "national_id": "National ID",
    "other": "Other document",
}
ROLE_WORDS = {
    "principal_applicant": "principal applicant",
    "spouse": "spouse",
    "child": "child",
    "other_dependent": "other dependent",
}
_UNSAFE_FILE_CHARS = re.compile(r"[^A-Za-z0-9._-]")


def write_packet(ws: Workspace, case_number: str, out: Path | str, *, today: dt.date | None = None) -> Written:
    """The travel packet of one case, written to `out` (.pdf)."""
    path = output_path(out, ".pdf")
    packet = gather_packet(ws, case_number, today=today)
    data, pages = packet_pdf(packet)
    save(path, data)
    return Written(kind="packet", subject=packet.case_number, path=path, pages=pages)


def write_ride_packets(ws: Workspace, ride: str, out_dir: Path | str, *, today: dt.date | None = None) -> list[Written]:
    """One packet per case of the ride `ride` (by name), as CASE-NUMBER.pdf in `out_dir` (made
    if missing). File names carry the case number only: a folder listing names no one."""
    name = F.checked(F.REFERENCE_NAME, ride, "ride")
    folder = Path(out_dir).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InvalidInput("{path} is a file: give a folder for the ride's packets.", path=str(folder))
    with reading(ws) as session:
        _may_export(viewer_of(session)[0])
        ride_id = find_ride(session, name).id
        numbers = list(
            session.scalars(
                select(Case.case_number)
                .where(Case.ride_id == ride_id, Case.deleted.is_(False))
                .order_by(Case.case_number)
            )
        )
    if not numbers:
        raise InvalidInput("The ride '{ride}' has no case: there is no packet to make.", ride=name)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise CircuitRideError(
            "Could not make the folder {path} ({reason}). Choose a folder you can write to.",
            path=str(folder),
            reason=exc.strerror or exc.__class__.__name__,
        ) from None
    return [
        write_packet(ws, number, folder / f"{_UNSAFE_FILE_CHARS.sub('_', number)}.pdf", today=today)
        for number in numbers
    ]


def gather_packet(ws: Workspace, case_number: str, *, today: dt.date | None = None) -> Packet:
    """Everything the packet shows, as plain values; the scans' and photos' bytes in memory."""
    with reading(ws) as session:
        _may_export(viewer_of(session)[0])
        case = find_case(session, case_number)
        members = household(session, [case.id])[case.id]
        ride = session.get(CircuitRide, case.ride_id) if case.ride_id else None
        number, stage = case.case_number, case.stage
        facts = [
            ("Stage", code_words(stage)),
            ("Priority", case.priority + (" (expedited)" if case.expedited else "")),
            ("Site", case.site or "-"),
            ("Circuit ride", ride.name if ride is not None and not ride.deleted else "-"),
            ("UNHCR registration", case.unhcr_id or "-"),
            ("Made on", (today or dt.date.today()).isoformat()),
        ]
        people = [_PersonValues.of(p) for p in members]
    problems: list[str] = []
    attachments = list_attachments(ws, number)
    names = {p.id: p.name.latin for p in people}
    groups = group_documents(attachments)
    sources: list[Source] = []
    for group in groups:
        what = _document_words(group.document_type, group.title, names.get(group.person_id or ""))
        for index, page in enumerate(group.pages, 1):
            label = f"{what}, page {index} of {len(group.pages)}" if len(group.pages) > 1 else what
            sources.extend(_source(ws, page, label, problems))
            for translation in group.translations.get(page.id, ()):
                words = f"Translation ({translation.language or 'language not given'}) of {label}"
                sources.extend(_source(ws, translation, words, problems, translation=True))
    return Packet(
        case_number=number,
        made_on=today or dt.date.today(),
        facts=facts,
        stage=stage,
        members=[p.member(_photo(ws, p.photo_id, p.name.latin, problems)) for p in people],
        checklist=checklist(stage, people, attachments),
        sources=sources,
        problems=problems,
    )


@dataclass(frozen=True)
class _PersonValues:
    """What the packet needs of a person, read while the session is open."""

    id: str
    role: str
    name: Name
    born: str
    sex: str
    photo_id: str | None

    @classmethod
    def of(cls, person: Person) -> _PersonValues:
        return cls(person.id, person.role, name_of(person), person.dob or "", person.sex or "", person.profile_photo_id)

    def member(self, photo: bytes | None) -> Member:
        return Member(self.name, ROLE_WORDS.get(self.role, self.role), self.born, self.sex, photo)


def checklist(stage: str, people: Sequence[_PersonValues], attachments: Sequence[AttachmentInfo]) -> list[CheckItem]:
    """The stage's required documents, each marked present or missing (app/services/attachments.py:
    a page of any kind but photo and translation is a document's page)."""
    held = {(a.document_type, a.person_id) for a in attachments if a.is_page}
    types_held = {t for t, _ in held}
    items: list[CheckItem] = []
    principal = next((p for p in people if p.role == "principal_applicant"), people[0] if people else None)
    for need in REQUIRED_DOCUMENTS.get(stage, FROM_INTERVIEW):
        words = " or ".join(DOCUMENT_WORDS[t] for t in need.types)
        if need.who == "case":
            items.append(CheckItem(f"{words} (the case)", any(t in types_held for t in need.types)))
        elif need.who == "couple":
            if any(p.role == "spouse" for p in people):
                couple = {None, *(p.id for p in people if p.role in ("principal_applicant", "spouse"))}
                present = any((t, pid) in held for t in need.types for pid in couple)
                items.append(CheckItem(f"{words} (principal applicant and spouse)", present))
        else:
            if need.who == "principal":
                whom = [principal] if principal is not None else []
            elif need.who == "each_child":
                whom = [p for p in people if p.role == "child"]
            else:
                whom = [p for p in people if p.role != "child"]
            for person in whom:
                present = any((t, person.id) in held for t in need.types)
                items.append(CheckItem(f"{words}: {person.name.latin}", present))
    return items


def _may_export(role: object) -> None:
    if role not in CASE_STAFF:
        raise PermissionDenied(
            "Your role ({role}) may not make travel packets: a member of the case team (interviewer, "
            "adjudication support or team lead) makes them.",
            role=str(role),
        )


def _document_words(document_type: str | None, title: str | None, person: str | None) -> str:
    words = DOCUMENT_WORDS.get(document_type or "other", "Document")
    if title:
        words = f"{words} ({title})"
    return f"{words}, {person}" if person else words


def _source(
    ws: Workspace, page: AttachmentInfo, label: str, problems: list[str], *, translation: bool = False
) -> list[Source]:
    """The page's bytes from the vault, or a line saying why it is left out (a damaged blob or a PDF
    that cannot be made safe must not stop the rest of the packet)."""
    try:
        stored = content(ws, page.id)
    except (IntegrityProblem, UnsupportedFile):
        log.warning("packet: attachment %s left out (cannot be read)", page.id)
        problems.append(f"Not included: {label} (the stored file is damaged; run `circuitride check`).")
        return []
    if stored is None:
        return []
    return [Source(label, stored.mime, stored.data, translation)]


def _photo(ws: Workspace, attachment_id: str | None, name: str, problems: list[str]) -> bytes | None:
    """The person's photo: its thumbnail (small enough for the cover), else the photo itself."""
    if not attachment_id:
        return None
    try:
        stored = thumbnail(ws, attachment_id) or content(ws, attachment_id)
    except (IntegrityProblem, UnsupportedFile):
        log.warning("packet: photo %s left out (cannot be read)", attachment_id)
        problems.append(f"Not included: the photo of {name} (the stored file is damaged; run `circuitride check`).")
        return None
    return stored.data if stored is not None else None
