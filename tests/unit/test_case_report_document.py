"""The case summary and the interview record as Word documents, from plain values (issue 22):
opened with python-docx and rendered by LibreOffice to check what a reader gets: the marking and
the case number on every page, page numbers, no name in the properties, the household with its
verification states and photos, notes with the hidden ones only counted, answers by their labels."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image

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
from app.reports.frame import MARKING
from app.reports.interview_report import interview_record_bytes
from app.reports.model import Name
from tests.docx_render import render_pdf, render_pngs, require_tools

NOW = dt.datetime(2026, 11, 1, 9, 30)
CASE = "SYN-000042"
NAMES = ("Nadia", "SYNTHAL", "نادية", "سنثال", "Omar")


def png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (70, 90), colour).save(buffer, "PNG")
    return buffer.getvalue()


def summary() -> CaseSummary:
    return CaseSummary(
        case_number=CASE,
        stage="interview-scheduled",
        stage_since="2026-10-20T08:00:00",
        priority="P-2",
        expedited=True,
        expedite_reason="medical",
        site="Shire",
        ride="North",
        assignee="Ines Interviewer",
        file_location="Shire office, cabinet 2",
        generated_at=NOW,
        generated_by="Lea Lead",
        members=[
            Member(
                Name("Nadia SYNTHAL", "نادية سنثال"),
                "principal_applicant",
                "self",
                "F",
                "1984-02-11",
                dob_verified_against="passport P0000001",
                nationality="SD",
                languages=["ar", "ti"],
                verified_fields=3,
                filled_fields=8,
                photo=Photo(png((120, 60, 60)), "image/png"),
            ),
            Member(Name("Omar SYNTHAL", "عمر سنثال"), "child", "son", "M", "2015", "year", nationality="SD"),
        ],
        documents=[DocumentEntry("passport", "Passport of Nadia", "Nadia SYNTHAL", ["ar"], 2, ["en", "en"])],
        notes=[NoteEntry("2026-10-21T10:00:00", "Lea Lead", "normal", "Family arrived on time")],
        notes_withheld=2,
        appointments=[
            AppointmentEntry(
                "2026-11-03T09:00",
                "2026-11-03T10:30",
                "interview",
                "Shire",
                "Room 1",
                "Synthetic A",
                "ar",
                "booked",
                "Officer B",
            )
        ],  # fmt: skip
        results=[ResultEntry("fingerprints", "cleared", "2026-10-15", "Officer C", "")],
    )


def record() -> InterviewRecord:
    return InterviewRecord(
        submission_id="sub-1",
        case_number=CASE,
        form_title="Pre-screening",
        form_id="cr_pre_screening",
        form_version="3",
        language="Español (es)",
        principal=Name("Nadia SYNTHAL", "نادية سنثال"),
        interviewer="Ines Interviewer",
        submitted_at="2026-10-30T11:00:00+00:00",
        submitted_by="Ines Interviewer",
        status="amended",
        generated_at=NOW,
        review_status="has_issues",
        review_note="Member 2's date of birth is not explained",
        reviewed_by="Lea Lead",
        answers=[
            Answer("heading", "Datos de la entrevista"),
            Answer("question", "Tramitación acelerada", "Sí", 1),
            Answer("question", "Nombre del intérprete", "", 1),
            Answer("heading", "Miembro del hogar 1 — Synthal", depth=1),
            Answer("question", "Apellido(s) en la escritura original", "سنثال", 2),
        ],
        amendments=[
            Amendment("2026-10-31T09:00:00+00:00", "Lea Lead", "Scale was miscalibrated", [Change("Peso", "60", "62")]),
            Amendment("2026-10-31T10:00:00+00:00", "Ines Interviewer", "Typo", changes_known=False),
        ],
    )


def opened(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def body_text(document: docx.document.Document) -> str:
    return "\n".join(t.text or "" for t in document.element.body.iter(qn("w:t")))


def assert_frame(document: docx.document.Document) -> None:
    for section in document.sections:
        header = "".join(p.text for p in section.header.paragraphs)
        assert CASE in header and MARKING in header
        fields = " ".join(t.text or "" for t in section.footer._element.iter(qn("w:instrText")))
        assert "PAGE" in fields.split() and "NUMPAGES" in fields.split()
    core = document.core_properties
    props = " ".join(str(x or "") for x in (core.title, core.subject, core.author, core.keywords, core.comments, core.category, core.last_modified_by))  # fmt: skip
    for name in NAMES:
        assert name.casefold() not in props.casefold(), name


def rtl_runs(document: docx.document.Document) -> set[str]:
    return {
        run.findtext(qn("w:t")) or ""
        for run in document.element.body.iter(qn("w:r"))
        if run.find(qn("w:rPr")) is not None and run.find(qn("w:rPr")).find(qn("w:rtl")) is not None
    }


def test_case_summary_holds_the_household_photos_documents_notes_and_results() -> None:
    document = opened(case_summary_bytes(summary()))
    assert_frame(document)
    text = body_text(document)
    for expected in (
        "Nadia SYNTHAL",
        "Omar SYNTHAL",
        "Verified: passport P0000001",
        "Not verified",
        "2015 (year only)",
        "Sudan (SD)",
        "Arabic (ar)",
        "3 of 8 details verified",
        "Passport of Nadia",
        "English (en), English (en)",
        "Family arrived on time",
        "2 restricted notes not shown",
        "09:00–10:30",
        "Synthetic A",
        "Fingerprints",
        "Cleared",
        "Interview scheduled (since 2026-10-20)",
        "Ines Interviewer",
    ):
        assert expected in text, expected
    assert "No photo" in text  # Omar has none
    assert len(document.inline_shapes) == 1
    assert {"نادية سنثال", "عمر سنثال"} <= rtl_runs(document)


def test_interview_record_holds_answers_by_label_unanswered_ones_and_amendments() -> None:
    document = opened(interview_record_bytes(record()))
    assert_frame(document)
    text = body_text(document)
    for expected in (
        "Pre-screening",
        "Tramitación acelerada",
        "Sí",
        "Nombre del intérprete",
        "Not answered",
        "Miembro del hogar 1 — Synthal",
        "Has issues",
        "Member 2's date of birth is not explained",
        "Submitted, amended 2 times",
        "Scale was miscalibrated",
        "Peso",
        "not recorded on this laptop",
    ):
        assert expected in text, expected
    assert "سنثال" in rtl_runs(document)


def test_both_render_to_a_few_pages(tmp_path: Path) -> None:
    require_tools()
    pages = {}
    for name, data in (("summary", case_summary_bytes(summary())), ("interview", interview_record_bytes(record()))):
        path = tmp_path / f"{name}.docx"
        path.write_bytes(data)
        pages[name] = render_pngs(render_pdf(path, tmp_path / "pdf"), tmp_path / "png")
    assert 1 <= len(pages["summary"]) <= 2
    assert 1 <= len(pages["interview"]) <= 2
    with Image.open(pages["summary"][0]) as page:
        assert page.getbbox() is not None


@pytest.mark.parametrize("size", [0, 5])
def test_a_household_of_any_size_and_a_broken_photo_still_make_a_document(size: int) -> None:
    base = summary()
    broken = Member(Name("Test MEMBER"), "child", photo=Photo(b"not an image", "image/png"))
    data = case_summary_bytes(CaseSummary(**{**base.__dict__, "members": [broken] * size}))
    text = body_text(opened(data))
    assert f"Household ({size})" in text
    assert ("Photo cannot be shown" in text) == bool(size)
    assert ("No person is recorded" in text) == (size == 0)
