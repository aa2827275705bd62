"""Attachment services on a real encrypted workspace: list, profile photo, document pages and their
order, translations, removal (tombstone, blob kept) and the passport-style crop."""

from __future__ import annotations

import io

import pytest
from PIL import ExifTags, Image
from sqlalchemy import func, select

from app.errors import InvalidInput, UnsupportedFile
from app.models import Attachment, AuditEvent, OutboxEntry, Person
from app.services.attachments import (
    attach,
    attach_document,
    attach_translation,
    case_persons,
    content,
    crop_photo,
    group_documents,
    list_attachments,
    passport_frame,
    remove_attachment,
    reorder_pages,
    set_document_details,
    set_profile_photo,
    thumbnail,
)
from app.services.cases import create_case
from app.store.workspace import Workspace

CASE = "NBO-000101"


def jpeg(
    width: int = 640, height: int = 480, *, gps: bool = False, colour: tuple[int, int, int] = (90, 120, 150)
) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    exif = Image.Exif()
    if gps:
        exif[ExifTags.Base.Make] = "CanaryCam"
        exif[ExifTags.Base.GPSInfo] = {
            ExifTags.GPS.GPSLatitudeRef: "S",
            ExifTags.GPS.GPSLatitude: (1.0, 17.0, 30.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (36.0, 49.0, 5.0),
        }
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def pdf(pages: int = 1) -> bytes:
    out = io.BytesIO()
    first, *rest = [Image.new("RGB", (200, 280), "white") for _ in range(pages)]
    first.save(out, format="PDF", save_all=True, append_images=rest)
    return out.getvalue()


@pytest.fixture
def family(ws: Workspace) -> tuple[str, str]:
    create_case(
        ws,
        {"case_number": CASE, "site": "Nairobi"},
        [
            {"role": "principal_applicant", "family_name": "Okello", "given_names": "Grace", "dob": "1985-05-01"},
            {"role": "child", "family_name": "Okello", "given_names": "Sam", "dob": "2015"},
        ],
    )
    [mother, child] = case_persons(ws, CASE)
    return mother.id, child.id


def _row(ws: Workspace, attachment_id: str) -> Attachment:
    with ws.session() as session:
        row = session.get(Attachment, attachment_id)
        assert row is not None
        return row


def _person(ws: Workspace, person_id: str) -> Person:
    with ws.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person


def _pages(ws: Workspace) -> list[list[str]]:
    return [[p.id for p in g.pages] for g in group_documents(list_attachments(ws, CASE))]


def test_list_attachments_returns_plain_values_with_profile_badge(ws: Workspace, family: tuple[str, str]) -> None:
    mother, child = family
    first = attach(ws, CASE, jpeg(), filename="a.jpg", kind="photo", person_id=mother)
    second = attach(ws, CASE, jpeg(), filename="b.jpg", kind="photo", person_id=mother)
    scan = attach(ws, CASE, pdf(), filename="passport.pdf", kind="scan", person_id=child, document_type="passport")
    infos = list_attachments(ws, CASE)
    by_id = {a.id: a for a in infos}
    assert [a.kind for a in infos] == ["photo", "photo", "scan"]
    assert by_id[first.attachment_id].is_profile_photo  # a person's first photo becomes their photo
    assert not by_id[second.attachment_id].is_profile_photo
    assert by_id[scan.attachment_id].is_pdf and not by_id[scan.attachment_id].has_thumbnail
    assert by_id[first.attachment_id].has_thumbnail and by_id[first.attachment_id].is_image
    with pytest.raises(AttributeError):
        by_id[first.attachment_id].kind = "scan"  # type: ignore[misc]


def test_set_profile_photo_switches_and_adopts_a_case_photo(ws: Workspace, family: tuple[str, str]) -> None:
    mother, child = family
    first = attach(ws, CASE, jpeg(), filename="a.jpg", kind="photo", person_id=mother).attachment_id
    second = attach(ws, CASE, jpeg(), filename="b.jpg", kind="photo", person_id=mother).attachment_id
    loose = attach(ws, CASE, jpeg(), filename="c.jpg", kind="photo").attachment_id
    set_profile_photo(ws, CASE, mother, second)
    assert _person(ws, mother).profile_photo_id == second
    set_profile_photo(ws, CASE, child, loose)  # a photo of the whole case becomes the child's
    assert _person(ws, child).profile_photo_id == loose
    assert _row(ws, loose).person_id == child
    with pytest.raises(InvalidInput, match="another person"):
        set_profile_photo(ws, CASE, child, first)
    scan = attach(ws, CASE, pdf(), filename="p.pdf", document_type="passport", person_id=child).attachment_id
    with pytest.raises(InvalidInput, match="Only a photo"):
        set_profile_photo(ws, CASE, child, scan)
    with ws.session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "persons", AuditEvent.action == "update")
        )
        assert any("profile_photo_id" in (e.details or {}).get("changes", {}) for e in events)


def test_pages_of_one_document_are_numbered_and_reordered(ws: Workspace, family: tuple[str, str]) -> None:
    mother, _child = family
    results = attach_document(
        ws,
        CASE,
        [("p1.jpg", jpeg()), ("p2.pdf", pdf()), ("p3.jpg", jpeg())],
        document_type="birth_certificate",
        person_id=mother,
        language="sw",
    )
    ids = [r.attachment_id for r in results]
    assert [_row(ws, i).page_order for i in ids] == [0, 1, 2]
    extra = attach(ws, CASE, jpeg(), filename="p4.jpg", document_type="birth_certificate", person_id=mother)
    assert _row(ws, extra.attachment_id).page_order == 3  # appended to the same document
    other = attach(ws, CASE, jpeg(), filename="id.jpg", document_type="national_id", person_id=mother)
    assert _row(ws, other.attachment_id).page_order == 0  # another document starts at 0

    new_order = [ids[2], extra.attachment_id, ids[0], ids[1]]
    reorder_pages(ws, CASE, new_order)
    assert [_row(ws, i).page_order for i in new_order] == [0, 1, 2, 3]
    assert _pages(ws) == [new_order, [other.attachment_id]]
    with pytest.raises(InvalidInput, match="missing"):
        reorder_pages(ws, CASE, new_order[:2])
    with pytest.raises(InvalidInput, match="different documents"):
        reorder_pages(ws, CASE, [*new_order, other.attachment_id])
    with ws.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.row_id == ids[2])) >= 2


def test_a_damaged_page_refuses_the_whole_document(ws: Workspace, family: tuple[str, str]) -> None:
    good = jpeg()
    with pytest.raises(UnsupportedFile, match="damaged or incomplete"):
        attach_document(ws, CASE, [("ok.jpg", good), ("cut.jpg", good[: len(good) // 2])], document_type="passport")
    with pytest.raises(UnsupportedFile, match="incomplete PDF"):
        attach_document(ws, CASE, [("cut.pdf", pdf()[:-40])], document_type="passport")
    assert list_attachments(ws, CASE) == []


def test_editing_a_document_moves_all_its_pages_and_its_translations(ws: Workspace, family: tuple[str, str]) -> None:
    mother, child = family
    pages = [
        r.attachment_id
        for r in attach_document(ws, CASE, [("1.jpg", jpeg()), ("2.jpg", jpeg())], document_type="other")
    ]
    existing = attach(
        ws, CASE, jpeg(), filename="bc.jpg", document_type="birth_certificate", person_id=child
    ).attachment_id
    translation = attach_translation(ws, pages[0], pdf(), "en.pdf", "en").attachment_id
    set_document_details(ws, pages[1], document_type="birth_certificate", person_id=child, language="so")
    assert _pages(ws) == [[existing, *pages]]  # joined the child's birth certificate, after its page
    assert [_row(ws, p).language for p in pages] == ["so", "so"]
    assert (_row(ws, translation).person_id, _row(ws, translation).document_type) == (child, "birth_certificate")
    # One page alone moves out; the pages left behind are renumbered.
    set_document_details(ws, existing, person_id=mother, whole_document=False)
    assert sorted(_pages(ws)) == sorted([[existing], pages])
    assert [_row(ws, p).page_order for p in pages] == [0, 1]
    with pytest.raises(InvalidInput, match="translation takes"):
        set_document_details(ws, translation, person_id=mother)
    set_document_details(ws, translation, language="fr")
    assert _row(ws, translation).language == "fr"
    with pytest.raises(InvalidInput, match="not a language code"):
        set_document_details(ws, pages[0], language="English")


def test_translation_is_linked_to_its_page(ws: Workspace, family: tuple[str, str]) -> None:
    mother, _child = family
    page = attach(
        ws, CASE, jpeg(), filename="cert.jpg", document_type="marriage_certificate", person_id=mother, language="ar"
    )
    result = attach_translation(ws, page.attachment_id, pdf(), "translation.pdf", "en")
    row = _row(ws, result.attachment_id)
    assert (row.kind, row.translation_of, row.language, row.person_id) == (
        "translation",
        page.attachment_id,
        "en",
        mother,
    )
    [group] = group_documents(list_attachments(ws, CASE))
    assert [p.id for p in group.pages] == [page.attachment_id]
    assert [t.id for t in group.translations[page.attachment_id]] == [result.attachment_id]
    with pytest.raises(InvalidInput, match="itself a translation"):
        attach_translation(ws, result.attachment_id, pdf(), "again.pdf", "fr")
    with pytest.raises(InvalidInput, match="which language"):
        attach_translation(ws, page.attachment_id, pdf(), "t.pdf", "")


def test_remove_tombstones_clears_profile_renumbers_and_keeps_the_blob(ws: Workspace, family: tuple[str, str]) -> None:
    mother, _child = family
    photo = attach(ws, CASE, jpeg(), filename="a.jpg", kind="photo", person_id=mother)
    assert _person(ws, mother).profile_photo_id == photo.attachment_id
    pages = [
        r.attachment_id
        for r in attach_document(
            ws, CASE, [("1.jpg", jpeg()), ("2.jpg", jpeg()), ("3.jpg", jpeg())], document_type="passport"
        )
    ]
    translation = attach_translation(ws, pages[0], pdf(), "t.pdf", "en").attachment_id

    assert remove_attachment(ws, photo.attachment_id) == [photo.attachment_id]
    assert _person(ws, mother).profile_photo_id is None
    assert _row(ws, photo.attachment_id).deleted
    assert ws.vault.get(photo.content_hash)  # kept until sync acknowledges the tombstone
    assert content(ws, photo.attachment_id) is None and thumbnail(ws, photo.attachment_id) is None

    assert set(remove_attachment(ws, pages[0])) == {pages[0], translation}
    assert [_row(ws, p).page_order for p in pages[1:]] == [0, 1]
    assert [a.id for a in list_attachments(ws, CASE)] == pages[1:]
    with ws.session() as session:
        deletes = session.scalars(select(AuditEvent).where(AuditEvent.action == "delete")).all()
        assert {e.entity_id for e in deletes} == {photo.attachment_id, pages[0], translation}
        outbox = session.scalars(select(OutboxEntry).where(OutboxEntry.row_id == photo.attachment_id)).all()
        assert any(e.fields == {"deleted": True} for e in outbox)


def test_passport_frame_is_exactly_35_by_45_inside_the_box() -> None:
    left, top, right, bottom = passport_frame(1000, 800, (100, 50, 600, 790))
    width, height = right - left, bottom - top
    assert width * 45 == height * 35
    assert left >= 100 and top >= 50 and right <= 600 and bottom <= 790
    assert passport_frame(1000, 800, (-50, -50, 5000, 5000))[3] <= 800  # clamped to the photo
    with pytest.raises(InvalidInput, match="too small"):
        passport_frame(1000, 800, (0, 0, 60, 60))


def test_crop_makes_a_new_35_45_photo_without_exif_and_keeps_the_original(
    ws: Workspace, family: tuple[str, str]
) -> None:
    mother, _child = family
    original = attach(ws, CASE, jpeg(1200, 900, gps=True), filename="IMG_1.jpg", kind="photo", person_id=mother)
    result = crop_photo(ws, original.attachment_id, (300, 100, 900, 880))
    stored = content(ws, result.attachment_id)
    assert stored is not None and stored.mime == "image/jpeg"
    image = Image.open(io.BytesIO(stored.data))
    image.load()
    assert image.width * 45 == image.height * 35
    assert len(image.getexif()) == 0 and "exif" not in image.info
    assert b"CanaryCam" not in stored.data
    row = _row(ws, result.attachment_id)
    assert (row.kind, row.person_id, (row.width, row.height)) == ("photo", mother, image.size)
    assert not _row(ws, original.attachment_id).deleted
    # The crop of the profile photo becomes the profile photo.
    assert _person(ws, mother).profile_photo_id == result.attachment_id
    assert thumbnail(ws, result.attachment_id) is not None
    with ws.session() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == result.attachment_id, AuditEvent.action == "create")
        ).one()
        assert original.attachment_id in event.details["summary"]
    scan = attach(ws, CASE, pdf(), filename="p.pdf", document_type="passport").attachment_id
    with pytest.raises(InvalidInput, match="Only photos"):
        crop_photo(ws, scan, (0, 0, 100, 100))


def test_interviewer_may_attach_and_arrange(ws: Workspace, family: tuple[str, str]) -> None:
    from tests.support.staff import add_staff

    add_staff(ws, "ines", "interviewer")
    ws.lock()
    other = Workspace(ws.path)
    other.unlock("a long enough passphrase", "ines")
    try:
        mother, _child = family
        photo = attach(other, CASE, jpeg(), filename="a.jpg", kind="photo", person_id=mother).attachment_id
        set_profile_photo(other, CASE, mother, photo)
        remove_attachment(other, photo)
    finally:
        other.lock()
