"""Attaching photos and scans to a case or a person.

Order of work, chosen so a crash at any point loses nothing and references nothing partial:
1. decode and clean the file in memory (images: orientation applied, every metadata stripped);
2. write the encrypted blob and its thumbnail to the vault (atomic rename, fsync);
3. record the Attachment row, the audit event and the outbox entry in one transaction.
A crash between 2 and 3 leaves an unreferenced blob, which `circuitride check` reports and can
remove; it never leaves a row pointing at a missing or half-written blob.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput, UnsupportedFile
from app.models import Attachment, vocab
from app.services.cases import find_case, find_person
from app.services.uow import unit_of_work
from app.store.images import ingest_image, sniff_mime
from app.store.workspace import Workspace

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True, slots=True)
class AttachResult:
    attachment_id: str
    content_hash: str
    mime: str
    size: int
    thumbnail_hash: str | None


def read_attachment_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise UnsupportedFile(
                f"{path.name} is {size // (1024 * 1024)} MiB; attachments are limited to "
                f"{MAX_ATTACHMENT_BYTES // (1024 * 1024)} MiB. Scan at a lower resolution."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a file.") from None
    except PermissionError:
        raise InvalidInput(f"{path} cannot be read (permission denied).") from None


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
    if kind not in vocab.ATTACHMENT_KINDS:
        raise InvalidInput(f"Unknown attachment kind '{kind}'. Use one of: {', '.join(vocab.ATTACHMENT_KINDS)}.")
    if document_type is not None and document_type not in vocab.DOCUMENT_TYPES:
        raise InvalidInput(f"Unknown document type '{document_type}'. Use one of: {', '.join(vocab.DOCUMENT_TYPES)}.")
    # Check the case and person before the (slow) image work, so a typo fails fast.
    with unit_of_work(ws, "attach_files") as uow:
        case = find_case(uow.session, case_number)
        if person_id:
            find_person(uow.session, case, person_id)

    name = Path(filename).name
    mime = sniff_mime(data)
    width = height = None
    thumb: bytes | None = None
    if kind == "photo" or (mime is not None and mime.startswith("image/")):
        image = ingest_image(data, filename=name)
        payload, mime, width, height, thumb = (
            image.data,
            image.mime,
            image.width,
            image.height,
            image.thumbnail,
        )
    elif mime == "application/pdf":
        if not data.startswith(PDF_MAGIC):
            raise UnsupportedFile(f"{name} is not a valid PDF document.")
        payload = data
    else:
        raise UnsupportedFile(
            f"{name} is neither an image (JPEG, PNG, WebP, TIFF) nor a PDF document; it was not attached."
        )
    if name.lower().endswith((".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff")) and mime == "application/pdf":
        raise UnsupportedFile(f"{name} is a PDF document with an image's file name; rename it to .pdf.")

    blob = ws.vault.put(payload)
    thumb_hash = ws.vault.put(thumb).sha256_hex if thumb else None
    with unit_of_work(ws, "attach_files") as uow:
        case = find_case(uow.session, case_number)
        page = 0
        row = Attachment(
            case_id=case.id,
            person_id=person_id,
            kind=kind,
            document_type=document_type,
            language=language,
            page_order=page,
            content_hash=blob.sha256_hex,
            size=blob.size,
            mime=mime or "application/octet-stream",
            width=width,
            height=height,
            source=source,
            thumbnail_hash=thumb_hash,
            title=title,
        )
        uow.create(row, case_id=case.id)
        if kind == "photo" and person_id:
            person = find_person(uow.session, case, person_id)
            if not person.profile_photo_id:
                uow.update(person, {"profile_photo_id": row.id}, case_id=case.id)
    log.info("attachment %s stored (%s, %d bytes)", row.id, row.mime, row.size)
    return AttachResult(row.id, blob.sha256_hex, row.mime, blob.size, thumb_hash)


def attach_file(ws: Workspace, case_number: str, path: Path, **kwargs: object) -> AttachResult:
    return attach(ws, case_number, read_attachment_file(Path(path)), filename=Path(path).name, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class StoredFile:
    attachment_id: str
    mime: str
    data: bytes


def _load(ws: Workspace, attachment_id: str, *, thumbnail: bool) -> StoredFile | None:
    from app.models import Attachment as Row
    from app.services.uow import reading

    with reading(ws) as session:
        row = session.get(Row, attachment_id)
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
    """The decrypted file, for viewing in memory (never written to disk in the clear)."""
    return _load(ws, attachment_id, thumbnail=False)
