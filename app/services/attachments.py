"""Attaching, arranging and removing the photos and scans of a case.

Order of work, chosen so a crash at any point loses nothing and references nothing partial:
1. decode and clean the file in memory (images: orientation applied, every metadata stripped);
2. write the encrypted blob and its thumbnail to the vault (atomic rename, fsync);
3. record the Attachment row, the audit event and the outbox entry in one transaction.
A crash between 2 and 3 leaves an unreferenced blob, which `circuitride check` reports and can
remove; it never leaves a row pointing at a missing or half-written blob.

**Documents and pages.** A *document group* is the set of live attachments of one case that are
pages (any kind but ``photo`` and ``translation``) and share ``document_type``, ``person_id`` and
``title`` (a blank title counts as none): "the passport of person X" or "the UNHCR registration of
the case". Within a group ``page_order`` runs 0..n-1; new pages are appended, removing or moving a
page renumbers the rest. A translation (``kind="translation"``) belongs to one page through
``translation_of`` and takes that page's person and document type; it is never a page itself.

**Removing** tombstones the row through the unit of work (audited, queued for sync). The encrypted
blob stays in the vault until sync has told HQ and every device has acknowledged the tombstone:
the bytes may still have to be uploaded, or be shared by another row with the same content.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any, Final, TypedDict, Unpack

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, UnsupportedFile
from app.models import Attachment, Case, Person, vocab
from app.services.cases import find_case, find_person
from app.services.uow import UnitOfWork, plain, reading, unit_of_work
from app.store.images import ingest_image, sniff_mime
from app.store.pdfs import looks_like_pdf, sanitise_pdf
from app.store.workspace import Workspace
from app.util.files import read_limited

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
# Passport photo frame: 35 mm wide, 45 mm high. Crops are a whole multiple of 7x9 pixels, so the
# ratio is exact, and at least 10 units (70x90 px): anything smaller is no use as an ID photo.
PASSPORT_RATIO_W, PASSPORT_RATIO_H = 7, 9
MIN_CROP_UNITS = 10
# form_file: a form answer's photo, recording or file (app/services/forms.py makes them on submit);
# it belongs to its submission, never to the case's photos and documents.
FORM_FILE = "form_file"
NOT_PAGE_KINDS = frozenset({"photo", "translation", FORM_FILE})
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class _Keep:
    """Marks an argument that was not given (None means "clear this field")."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()

ProgressFn = Callable[[int, int, str], None]
CheckFn = Callable[[], None]


@dataclass(frozen=True, slots=True)
class AttachResult:
    attachment_id: str
    content_hash: str
    mime: str
    size: int
    thumbnail_hash: str | None


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """One live attachment as the UI shows it (no ORM object, no bytes)."""

    id: str
    person_id: str | None
    kind: str
    document_type: str | None
    language: str | None
    page_order: int
    translation_of: str | None
    title: str | None
    mime: str
    size: int
    width: int | None
    height: int | None
    captured_at: str  # ISO 8601, UTC
    source: str
    has_thumbnail: bool
    is_profile_photo: bool  # some person of the case shows it as their photo

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")

    @property
    def is_pdf(self) -> bool:
        return self.mime == "application/pdf"

    @property
    def is_page(self) -> bool:
        return self.kind not in NOT_PAGE_KINDS

    @property
    def group_key(self) -> tuple[str | None, str | None, str | None]:
        return (self.document_type, self.person_id, self.title or None)


@dataclass(frozen=True, slots=True)
class DocumentGroup:
    """The pages of one document, in page order, with the translations of each page."""

    document_type: str | None
    person_id: str | None
    title: str | None
    pages: tuple[AttachmentInfo, ...]
    translations: dict[str, tuple[AttachmentInfo, ...]] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.language for p in self.pages if p.language))


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: str
    role: str
    name: str
    native_name: str
    profile_photo_id: str | None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Prepared:
    name: str
    payload: bytes
    mime: str
    width: int | None
    height: int | None
    thumbnail: bytes | None


# ----- reading files --------------------------------------------------------------------------
def display_name(filename: str) -> str:
    """A file's name as messages and logs may show it (also app/services/form_media.py): the base
    name only, as a full path can name the person or the caseworker's home directory."""
    name = PureWindowsPath(filename).name
    return "".join(ch for ch in name if ch.isprintable()) or "The file"


def read_attachment_file(path: Path) -> bytes:
    name = display_name(str(path))
    try:
        # Measured before reading, and read only up to the limit: a device or pipe (/dev/zero) has
        # no size to measure and would otherwise be read until memory runs out.
        return read_limited(
            path,
            MAX_ATTACHMENT_BYTES,
            name,
            "attachments are limited to that size; scan at a lower resolution or split the document.",
            error=UnsupportedFile,
        )
    except FileNotFoundError:
        raise InvalidInput(f"{name} does not exist (was it moved or the USB stick removed?).") from None
    except IsADirectoryError:
        raise InvalidInput(f"{name} is a folder, not a file.") from None
    except PermissionError:
        raise InvalidInput(f"{name} cannot be read (permission denied).") from None
    except OSError as exc:  # a stick pulled out mid-read, a damaged sector
        raise InvalidInput(f"{name} cannot be read ({exc.strerror or type(exc).__name__}).") from None


def check_size(data: bytes, name: str, limit: int, advice: str) -> None:
    """A file within `limit` bytes and not empty, or a message naming it and saying what to do
    (shared with app/services/form_media.py)."""
    if not data:
        raise UnsupportedFile(f"{name} is empty (0 bytes); choose the file again.")
    if len(data) > limit:
        raise UnsupportedFile(f"{name} is larger than {limit // (1024 * 1024)} MiB; {advice}")


def prepare_pdf(data: bytes, filename: str) -> bytes:
    """A PDF rewritten clean (shared with form file questions): only the rewritten PDF is stored
    (and hashed), so scripts, actions, embedded files, metadata and anything glued around the
    document never reach the vault."""
    name = display_name(filename)
    if name.lower().endswith((".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff")):
        raise UnsupportedFile(f"{name} is a PDF document with an image's file name; rename it to .pdf.")
    return sanitise_pdf(data, filename=filename).data


def _prepare(data: bytes, filename: str, kind: str) -> _Prepared:
    name = display_name(filename)
    check_size(data, name, MAX_ATTACHMENT_BYTES, "scan at a lower resolution.")
    mime = sniff_mime(data)
    if kind != "photo" and mime != "application/pdf" and looks_like_pdf(data) and name.lower().endswith(".pdf"):
        # Both an image and a PDF (a polyglot: an image in front of the PDF's header, which readers
        # accept). Named .pdf, it is the PDF that the caseworker saw when they opened the file, so
        # it is stored as that; the rewrite leaves the image (and anything after %%EOF) behind.
        mime = "application/pdf"
    if kind == "photo" or (mime is not None and mime.startswith("image/")):
        image = ingest_image(data, filename=name)
        return _Prepared(name, image.data, image.mime, image.width, image.height, image.thumbnail)
    if mime == "application/pdf":
        return _Prepared(name, prepare_pdf(data, filename), mime, None, None, None)
    raise UnsupportedFile(
        f"{name} is neither an image (JPEG, PNG, WebP, TIFF) nor a PDF document; it was not attached."
    )


# ----- validation helpers ---------------------------------------------------------------------
def _check_kind(kind: str) -> None:
    kinds = [k for k in vocab.ATTACHMENT_KINDS if k != FORM_FILE]
    if kind == FORM_FILE:
        raise InvalidInput("A form's files are attached by answering its question; choose another kind.")
    if kind not in kinds:
        raise InvalidInput(f"Unknown attachment kind '{kind}'. Use one of: {', '.join(kinds)}.")


def _check_document_type(document_type: str | None) -> None:
    if document_type is not None and document_type not in vocab.DOCUMENT_TYPES:
        raise InvalidInput(f"Unknown document type '{document_type}'. Use one of: {', '.join(vocab.DOCUMENT_TYPES)}.")


def _check_language(language: str | None) -> str | None:
    if language is None or not language.strip():
        return None
    code = language.strip()
    if not _LANGUAGE.match(code):
        raise InvalidInput(f"'{code}' is not a language code: use ISO 639, for example 'ar', 'uk' or 'prs'.")
    return code


def _clean_title(title: str | None) -> str | None:
    if title is None or not title.strip():
        return None
    title = " ".join(title.split())
    if len(title) > 200:
        raise InvalidInput("The title is longer than 200 characters; shorten it.")
    return title


def _eq(column: Any, value: object) -> Any:
    return column.is_(None) if value is None else column == value


def _live(session: Session, attachment_id: str, case: Case | None = None) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None or row.deleted or (case is not None and row.case_id != case.id):
        raise NotFound(f"No attachment {attachment_id} in this case (it may have been removed on another device).")
    return row


def _key(row: Attachment) -> tuple[str | None, str | None, str | None]:
    return (row.document_type, row.person_id, row.title or None)


def _group_rows(session: Session, case_id: str, key: tuple[str | None, str | None, str | None]) -> list[Attachment]:
    document_type, person_id, title = key
    query = select(Attachment).where(
        Attachment.case_id == case_id,
        Attachment.deleted.is_(False),
        Attachment.kind.not_in(NOT_PAGE_KINDS),
        _eq(Attachment.document_type, document_type),
        _eq(Attachment.person_id, person_id),
    )
    rows = [r for r in session.scalars(query) if (r.title or None) == title]
    return sorted(rows, key=lambda r: (r.page_order, r.captured_at, r.id))


def _renumber(uow: UnitOfWork, rows: Sequence[Attachment], case_id: str, start: int = 0) -> None:
    for index, row in enumerate(rows, start):
        uow.update(row, {"page_order": index}, case_id=case_id)


# ----- attaching ------------------------------------------------------------------------------
def _store(
    ws: Workspace,
    case_number: str,
    prepared: Sequence[_Prepared],
    *,
    kind: str,
    person_id: str | None,
    document_type: str | None,
    language: str | None,
    source: str,
    title: str | None,
    translation_of: str | None = None,
    summary: str | None = None,
    after: Callable[[UnitOfWork, Case, list[Attachment]], None] | None = None,
) -> list[AttachResult]:
    """Steps 2 and 3: blobs into the vault, then every row in one transaction."""
    blobs = [(ws.vault.put(p.payload), ws.vault.put(p.thumbnail).sha256_hex if p.thumbnail else None) for p in prepared]
    rows: list[Attachment] = []
    with unit_of_work(ws, "attach_files") as uow:
        case = find_case(uow.session, case_number)
        person = find_person(uow.session, case, person_id) if person_id else None
        next_page = 0
        if kind not in NOT_PAGE_KINDS:
            group = _group_rows(uow.session, case.id, (document_type, person_id, title))
            next_page = max((r.page_order for r in group), default=-1) + 1
        for index, (p, (blob, thumb_hash)) in enumerate(zip(prepared, blobs, strict=True)):
            row = Attachment(
                case_id=case.id,
                person_id=person_id,
                kind=kind,
                document_type=document_type,
                language=language,
                page_order=next_page + index if kind not in NOT_PAGE_KINDS else 0,
                translation_of=translation_of,
                content_hash=blob.sha256_hex,
                size=blob.size,
                mime=p.mime or "application/octet-stream",
                width=p.width,
                height=p.height,
                source=source,
                thumbnail_hash=thumb_hash,
                title=title,
            )
            uow.create(row, case_id=case.id, summary=summary)
            rows.append(row)
        if kind == "photo" and person is not None and not person.profile_photo_id:
            uow.update(person, {"profile_photo_id": rows[0].id}, case_id=case.id)
        if after is not None:
            after(uow, case, rows)
    for row in rows:
        log.info("attachment %s stored (%s, %d bytes)", row.id, row.mime, row.size)
    return [
        AttachResult(row.id, blob.sha256_hex, row.mime, blob.size, thumb_hash)
        for row, (blob, thumb_hash) in zip(rows, blobs, strict=True)
    ]


def _check_target(ws: Workspace, case_number: str, person_id: str | None) -> None:
    # Check the case, person and role before the (slow) image work, so a typo fails fast.
    with unit_of_work(ws, "attach_files") as uow:
        case = find_case(uow.session, case_number)
        if person_id:
            find_person(uow.session, case, person_id)


def attach(
    ws: Workspace,
    case_number: str,
    data: bytes,
    *,
    filename: str,
    kind: str = "scan",
    person_id: str | None = None,
    document_type: str | None = None,
    language: str | None = None,
    source: str = "file",
    title: str | None = None,
) -> AttachResult:
    """Attach one file. A page (scan, other, signature) is appended to its document group."""
    _check_kind(kind)
    _check_document_type(document_type)
    language = _check_language(language)
    title = _clean_title(title)
    _check_target(ws, case_number, person_id)
    prepared = _prepare(data, filename, kind)
    [result] = _store(
        ws,
        case_number,
        [prepared],
        kind=kind,
        person_id=person_id or None,
        document_type=document_type,
        language=language,
        source=source,
        title=title,
    )
    return result


class AttachOptions(TypedDict, total=False):
    """attach's keyword arguments after the file name (attach_file passes them on)."""

    kind: str
    person_id: str | None
    document_type: str | None
    language: str | None
    source: str
    title: str | None


def attach_file(ws: Workspace, case_number: str, path: Path, **kwargs: Unpack[AttachOptions]) -> AttachResult:
    return attach(ws, case_number, read_attachment_file(Path(path)), filename=Path(path).name, **kwargs)


def attach_document(
    ws: Workspace,
    case_number: str,
    files: Sequence[tuple[str, bytes]],
    *,
    document_type: str | None,
    person_id: str | None = None,
    language: str | None = None,
    title: str | None = None,
    kind: str = "scan",
    source: str = "file",
    progress: ProgressFn | None = None,
    check: CheckFn | None = None,
) -> list[AttachResult]:
    """Attach several files (``(file name, bytes)``) as the next pages of one document, in order.

    All or nothing: every file is read and cleaned before anything is stored, so one damaged page
    refuses the whole document. ``progress(done, total, file name)`` is called between files and
    ``check()`` may raise to cancel (the UI's cancel flag); nothing is stored after a cancel.
    """
    if kind in NOT_PAGE_KINDS:
        raise InvalidInput("Photos and translations are not pages of a document; attach them on their own.")
    if not files:
        raise InvalidInput("Choose at least one file for the document.")
    _check_kind(kind)
    _check_document_type(document_type)
    language = _check_language(language)
    title = _clean_title(title)
    _check_target(ws, case_number, person_id)
    prepared: list[_Prepared] = []
    for done, (filename, data) in enumerate(files):
        if check is not None:
            check()
        if progress is not None:
            progress(done, len(files), display_name(filename))
        prepared.append(_prepare(data, filename, kind))
    if check is not None:
        check()
    if progress is not None:
        progress(len(files), len(files), "")
    return _store(
        ws,
        case_number,
        prepared,
        kind=kind,
        person_id=person_id or None,
        document_type=document_type,
        language=language,
        source=source,
        title=title,
    )


def attach_translation(ws: Workspace, of_attachment_id: str, data: bytes, filename: str, language: str) -> AttachResult:
    """Attach a translation of one page; it takes the page's person and document type."""
    code = _check_language(language)
    if code is None:
        raise InvalidInput("Say which language the translation is in (for example 'en').")
    with reading(ws) as session:
        original = _live(session, of_attachment_id)
        if original.kind == "translation":
            raise InvalidInput("That file is itself a translation: attach the new translation to the original page.")
        if original.kind == "photo":
            raise InvalidInput("A photo has no text to translate: attach translations to scanned documents.")
        case = session.get_one(Case, original.case_id)
        case_number, person_id, document_type = case.case_number, original.person_id, original.document_type
    _check_target(ws, case_number, None)
    prepared = _prepare(data, filename, "translation")
    [result] = _store(
        ws,
        case_number,
        [prepared],
        kind="translation",
        person_id=person_id,
        document_type=document_type,
        language=code,
        source="file",
        title=None,
        translation_of=of_attachment_id,
    )
    return result


# ----- reading --------------------------------------------------------------------------------
def _info(row: Attachment, profile_ids: set[str]) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        person_id=row.person_id,
        kind=row.kind,
        document_type=row.document_type,
        language=row.language,
        page_order=row.page_order,
        translation_of=row.translation_of,
        title=row.title,
        mime=row.mime,
        size=row.size,
        width=row.width,
        height=row.height,
        captured_at=str(plain(row.captured_at)),
        source=row.source,
        has_thumbnail=bool(row.thumbnail_hash),
        is_profile_photo=row.id in profile_ids,
    )


def list_attachments(ws: Workspace, case_number: str) -> list[AttachmentInfo]:
    """Every live attachment of the case: photos, then pages by group and page order, then
    translations. A form's files are its submission's (forms.submission_files), not listed here."""
    with reading(ws) as session:
        case = find_case(session, case_number)
        profile_ids = {
            pid
            for pid in session.scalars(
                select(Person.profile_photo_id).where(Person.case_id == case.id, Person.deleted.is_(False))
            )
            if pid
        }
        rows = session.scalars(
            select(Attachment).where(
                Attachment.case_id == case.id, Attachment.deleted.is_(False), Attachment.kind != FORM_FILE
            )
        ).all()
        infos = [_info(r, profile_ids) for r in rows]
    rank = {"photo": 0, "translation": 2}
    return sorted(
        infos,
        key=lambda a: (
            rank.get(a.kind, 1),
            a.captured_at if a.kind == "photo" else "",
            a.page_order,
            a.captured_at,
            a.id,
        ),
    )


def group_documents(infos: Sequence[AttachmentInfo]) -> list[DocumentGroup]:
    """The document groups among ``infos`` (photos left out), oldest document first.

    A translation whose page is gone (removed on another device) is shown as a page of its own.
    """
    page_ids = {a.id for a in infos if a.is_page}
    pages: dict[tuple[str | None, str | None, str | None], list[AttachmentInfo]] = {}
    translations: dict[str, list[AttachmentInfo]] = {}
    for a in infos:
        if a.kind == "photo":
            continue
        if a.kind == "translation" and a.translation_of in page_ids:
            translations.setdefault(a.translation_of or "", []).append(a)
        else:
            pages.setdefault(a.group_key, []).append(a)
    groups = []
    for (document_type, person_id, title), members in pages.items():
        ordered = tuple(sorted(members, key=lambda a: (a.page_order, a.captured_at, a.id)))
        groups.append(
            DocumentGroup(
                document_type,
                person_id,
                title,
                ordered,
                {
                    p.id: tuple(sorted(translations[p.id], key=lambda t: t.captured_at))
                    for p in ordered
                    if p.id in translations
                },
            )
        )
    return sorted(groups, key=lambda g: min(p.captured_at for p in g.pages))


def case_persons(ws: Workspace, case_number: str) -> list[PersonRef]:
    """The persons of the case in household order, with a display name (Latin, then native script)."""
    from app.services.case_view import persons_of

    with reading(ws) as session:
        case = find_case(session, case_number)
        return [
            PersonRef(
                p.id,
                p.role,
                " ".join(x for x in (p.given_names, p.family_name) if x),
                " ".join(x for x in (p.native_given_names, p.native_family_name) if x),
                p.profile_photo_id,
                tuple(str(code) for code in (p.languages or ())),
            )
            for p in persons_of(session, case.id)
        ]


@dataclass(frozen=True, slots=True)
class StoredFile:
    attachment_id: str
    mime: str
    data: bytes


def _load(ws: Workspace, attachment_id: str, *, thumbnail: bool) -> StoredFile | None:
    with reading(ws) as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted:
            return None
        sha = row.thumbnail_hash if thumbnail else row.content_hash
        if not sha:
            return None
        mime = ("image/png" if row.mime == "image/png" else "image/jpeg") if thumbnail else row.mime
    return StoredFile(attachment_id, mime, ws.vault.get(sha))


def thumbnail(ws: Workspace, attachment_id: str) -> StoredFile | None:
    """The decrypted thumbnail of an image attachment (None for PDFs or unknown ids)."""
    return _load(ws, attachment_id, thumbnail=True)


def content(ws: Workspace, attachment_id: str) -> StoredFile | None:
    """The decrypted file, for viewing in memory (never written to disk in the clear).

    A PDF is rewritten (in memory) before it is returned: PDFs attached before they were
    sanitised on import were stored byte for byte, with whatever scripts, actions and embedded
    files they carried. The rewrite is idempotent (a PDF sanitised on import comes back byte for
    byte) and costs tens of milliseconds for a ten-page scan: this runs on the UI's worker.
    ``UnsupportedFile`` if a stored PDF cannot be made safe to show.
    """
    stored = _load(ws, attachment_id, thumbnail=False)
    if stored is None or stored.mime != "application/pdf":
        return stored
    return StoredFile(stored.attachment_id, stored.mime, sanitise_pdf(stored.data).data)


# ----- changing -------------------------------------------------------------------------------
def set_profile_photo(ws: Workspace, case_number: str, person_id: str, attachment_id: str) -> None:
    """Show this photo as the person's photo. A photo of the whole case becomes the person's."""
    with unit_of_work(ws, "attach_files") as uow:
        case = find_case(uow.session, case_number)
        person = find_person(uow.session, case, person_id)
        row = _live(uow.session, attachment_id, case)
        if row.kind != "photo" or not row.mime.startswith("image/"):
            raise InvalidInput("Only a photo can be a profile photo; this attachment is a document.")
        if row.person_id not in (None, person.id):
            raise InvalidInput("This photo belongs to another person of the case: move it to this person first.")
        if row.person_id is None:
            uow.update(row, {"person_id": person.id}, case_id=case.id)
        uow.update(person, {"profile_photo_id": row.id}, case_id=case.id)


def set_document_details(
    ws: Workspace,
    attachment_id: str,
    *,
    document_type: str | None | _Keep = KEEP,
    language: str | None | _Keep = KEEP,
    title: str | None | _Keep = KEEP,
    person_id: str | None | _Keep = KEEP,
    whole_document: bool = True,
) -> None:
    """Change type, language, title or person. Arguments left out are kept; ``None`` clears.

    With ``whole_document`` (the default) a page's change applies to every page of its document, so
    the document stays one group; otherwise the page moves alone (to the end of the group it joins,
    and the pages left behind are renumbered). Translations follow their page's person and type, so
    on a translation only language and title can change. Moving a photo to another person takes it
    off the previous person's profile.
    """
    if not isinstance(document_type, _Keep):
        _check_document_type(document_type)
    if not isinstance(language, _Keep):
        language = _check_language(language)
    if not isinstance(title, _Keep):
        title = _clean_title(title)
    with unit_of_work(ws, "attach_files") as uow:
        session = uow.session
        row = _live(session, attachment_id)
        case = session.get_one(Case, row.case_id)
        changes: dict[str, Any] = {}
        for name, value in (
            ("document_type", document_type),
            ("language", language),
            ("title", title),
            ("person_id", person_id),
        ):
            if not isinstance(value, _Keep):
                changes[name] = value or None
        if changes.get("person_id"):
            find_person(session, case, changes["person_id"])
        if row.kind == "translation":
            if any(k in changes and changes[k] != getattr(row, k) for k in ("document_type", "person_id")):
                raise InvalidInput(
                    "A translation takes its person and document type from the page it translates: change the page."
                )
            uow.update(row, changes, case_id=case.id)
            return
        if row.kind == "photo":
            old_person = row.person_id
            uow.update(row, changes, case_id=case.id)
            if old_person and row.person_id != old_person:
                owner = session.get(Person, old_person)
                if owner is not None and owner.profile_photo_id == row.id:
                    uow.update(owner, {"profile_photo_id": None}, case_id=case.id)
            return
        old_key = _key(row)
        group = _group_rows(session, case.id, old_key)
        moving = group if whole_document else [row]
        new_key = (
            changes.get("document_type", old_key[0]),
            changes.get("person_id", old_key[1]),
            changes.get("title", old_key[2]),
        )
        if new_key != old_key:
            joined = [r for r in _group_rows(session, case.id, new_key) if r not in moving]
            for index, page in enumerate(moving, len(joined)):
                uow.update(page, {**changes, "page_order": index}, case_id=case.id)
            _renumber(uow, [r for r in group if r not in moving], case.id)
        else:
            for page in moving:
                uow.update(page, changes, case_id=case.id)
        follow: dict[str, Any] = {k: changes[k] for k in ("document_type", "person_id") if k in changes}
        if follow:
            ids = [p.id for p in moving]
            for translation in session.scalars(
                select(Attachment).where(Attachment.translation_of.in_(ids), Attachment.deleted.is_(False))
            ):
                uow.update(translation, follow, case_id=case.id)


def reorder_pages(ws: Workspace, case_number: str, ordered_ids: Sequence[str]) -> None:
    """Put the pages of one document in this order (page_order 0..n-1). Every page, once each."""
    if len(set(ordered_ids)) != len(ordered_ids) or not ordered_ids:
        raise InvalidInput("List each page of the document exactly once.")
    with unit_of_work(ws, "attach_files") as uow:
        case = find_case(uow.session, case_number)
        rows = [_live(uow.session, i, case) for i in ordered_ids]
        if any(r.kind in NOT_PAGE_KINDS for r in rows):
            raise InvalidInput("Photos and translations have no page order; only the pages of a document do.")
        keys = {_key(r) for r in rows}
        if len(keys) != 1:
            raise InvalidInput("These pages belong to different documents; order one document at a time.")
        group = _group_rows(uow.session, case.id, keys.pop())
        if {r.id for r in group} != set(ordered_ids):
            raise InvalidInput("List each page of the document exactly once (a page is missing from the new order).")
        _renumber(uow, rows, case.id)


def remove_attachment(ws: Workspace, attachment_id: str) -> list[str]:
    """Tombstone an attachment and its translations; returns the ids removed.

    The person who showed it as profile photo shows none afterwards; the pages after it move up.
    The encrypted blob is kept in the vault until sync has acknowledged the tombstone (see the
    module docstring); nothing is erased here.
    """
    with unit_of_work(ws, "attach_files") as uow:
        session = uow.session
        row = _live(session, attachment_id)
        case_id = row.case_id
        removed = [
            row,
            *session.scalars(
                select(Attachment).where(Attachment.translation_of == row.id, Attachment.deleted.is_(False))
            ),
        ]
        for r in removed:
            uow.delete(r, case_id=case_id)
        for person in session.scalars(
            select(Person).where(Person.case_id == case_id, Person.profile_photo_id == row.id)
        ):
            uow.update(person, {"profile_photo_id": None}, case_id=case_id)
        if row.kind not in NOT_PAGE_KINDS:
            _renumber(uow, [r for r in _group_rows(session, case_id, _key(row)) if r.id != row.id], case_id)
        return [r.id for r in removed]


# ----- passport-style crop --------------------------------------------------------------------
def passport_frame(width: int, height: int, box: Sequence[int]) -> tuple[int, int, int, int]:
    """The 35:45 frame (left, top, right, bottom) that fits inside ``box``, centred on it.

    ``box`` is in pixels of the stored (already upright) image. It is clamped to the image, then
    the frame is the largest whole multiple of 7x9 pixels inside it, so the ratio is exact.
    """
    if len(box) != 4:
        raise InvalidInput("A crop frame is four numbers: left, top, right, bottom.")
    left, top, right, bottom = (
        max(0, min(int(v), limit)) for v, limit in zip(box, (width, height, width, height), strict=True)
    )
    units = min((right - left) // PASSPORT_RATIO_W, (bottom - top) // PASSPORT_RATIO_H)
    if units < MIN_CROP_UNITS:
        raise InvalidInput(
            "The frame is too small for an ID photo: make it larger (at least 70 by 90 pixels of the photo)."
        )
    w, h = units * PASSPORT_RATIO_W, units * PASSPORT_RATIO_H
    x = min(max(0, round((left + right - w) / 2)), width - w)
    y = min(max(0, round((top + bottom - h) / 2)), height - h)
    return (x, y, x + w, y + h)


def _crop_bytes(data: bytes, box: Sequence[int]) -> bytes:
    try:
        with Image.open(io.BytesIO(data)) as image:
            frame = passport_frame(image.width, image.height, box)
            cropped = image.crop(frame)
            cropped.load()
    except (OSError, ValueError) as exc:
        raise UnsupportedFile("The stored photo could not be read for cropping; run `circuitride check`.") from exc
    out = io.BytesIO()
    # Lossless in between: the one lossy encode is ingest's, exactly as for an imported photo.
    cropped.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def crop_photo(ws: Workspace, attachment_id: str, box: Sequence[int]) -> AttachResult:
    """A new photo cut from a stored one in the passport 35:45 frame; the original is kept.

    The crop is made in memory and goes through the same ingest as an imported photo (re-encoded,
    no metadata). If the original was a person's profile photo, the crop takes its place.
    """
    with reading(ws, "attach_files") as session:
        row = _live(session, attachment_id)
        if row.kind != "photo" or not row.mime.startswith("image/"):
            raise InvalidInput("Only photos can be cropped to a passport frame.")
        case = session.get_one(Case, row.case_id)
        case_number, person_id, sha, source = case.case_number, row.person_id, row.content_hash, row.source
    prepared = _prepare(_crop_bytes(ws.vault.get(sha), box), "crop.png", "photo")

    def take_profile(uow: UnitOfWork, case: Case, rows: list[Attachment]) -> None:
        for person in uow.session.scalars(
            select(Person).where(Person.case_id == case.id, Person.profile_photo_id == attachment_id)
        ):
            uow.update(person, {"profile_photo_id": rows[0].id}, case_id=case.id)

    [result] = _store(
        ws,
        case_number,
        [prepared],
        kind="photo",
        person_id=person_id,
        document_type=None,
        language=None,
        source=source,
        title=None,
        summary=f"passport-style crop of attachment {attachment_id}",
        after=take_profile,
    )
    return result
