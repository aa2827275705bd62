"""Applicant notices (app/reports/notices.py): the Word documents a family is handed and the text
message they are sent, in their language. Real documents: written, opened again with python-docx,
and for English, Arabic, Dari and Tigrinya laid out by LibreOffice and read back from the PDF
(direction of Arabic-script text, right alignment, page count, pages not blank).
Synthetic names only.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import string
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pypdfium2 as pdfium
import pytest
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.errors import InvalidInput
from app.models import vocab
from app.reports import notices
from app.reports.model import Name, NoticeContent
from app.reports.notices import (
    is_rtl,
    language_name,
    notice_bytes,
    sms_text,
    template_language_for,
    template_languages,
)
from tests.docx_render import render_pdfs, render_pngs, require_tools

CASE = "KKM-2026-00412"
CONTACT = "+254 700 000 111 (Kakuma field office)"
START = dt.datetime(2026, 12, 9, 9, 30)
FAMILIES = {
    "en": [Name("Maria Gonzalez"), Name("Luis Gonzalez")],
    "es": [Name("Maria Gonzalez"), Name("Luis Gonzalez")],
    "uk": [Name("Olena Kovalenko", "Олена Коваленко"), Name("Taras Kovalenko", "Тарас Коваленко")],
    "ru": [Name("Olena Kovalenko", "Олена Коваленко"), Name("Taras Kovalenko", "Тарас Коваленко")],
    "ar": [Name("Ahmad Al-Hassan", "أحمد الحسن"), Name("Fatima Al-Hassan", "فاطمة الحسن"), Name("Omar Al-Hassan")],
    "prs": [Name("Mohammad Karimi", "محمد کریمی"), Name("Zahra Karimi", "زهرا کریمی")],
    "ti": [Name("Fisseha Tesfay", "ፍስሃ ተስፋይ"), Name("Selam Tesfay", "ሰላም ተስፋይ")],
}
TEMPLATES = Path(notices.TEMPLATE_DIR)


def appointment(language: str, **changes: Any) -> NoticeContent:
    family = FAMILIES.get(language, FAMILIES["en"])
    content = NoticeContent(
        kind="appointment",
        language=language,
        case_number=CASE,
        principal=family[0],
        household=family,
        issued_on=dt.date(2026, 12, 6),
        contact=CONTACT,
        issued_by="Officer Example",
        appointment_type="medical",
        start=START,
        minutes=90,
        site="Kakuma Field Office",
        room="3B",
        interpreter_language="ar",
    )
    return replace(content, **changes)


def result(language: str, kind: str, outcome: str) -> NoticeContent:
    return appointment(
        language, kind="result", start=None, result_kind=kind, outcome=outcome, result_date=dt.date(2026, 12, 5)
    )


def opened(data: bytes) -> DocumentObject:
    return docx.Document(io.BytesIO(data))


def body_text(document: DocumentObject) -> str:
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def template(code: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TEMPLATES / f"{code}.json").read_text(encoding="utf-8"))
    return data


def text_paragraphs(document: DocumentObject) -> list[Any]:
    return [paragraph for paragraph in document.paragraphs if paragraph.text.strip()]


# ----- the templates -------------------------------------------------------------------------------


def test_every_language_has_a_template_and_english_is_among_them() -> None:
    assert template_languages() == ("ar", "en", "es", "prs", "ru", "ti", "uk")
    assert [is_rtl(code) for code in ("ar", "prs", "en", "ti", "uk")] == [True, True, False, False, False]
    assert language_name("es") == "Español"
    assert language_name("ar") == "العربية"
    assert language_name("prs") == "دری"
    assert language_name("ti") == "ትግርኛ"


def _leaves(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, path + "[]")
    else:
        yield path, str(value)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", [code for code in template_languages() if code != "en"])
def test_a_template_says_everything_english_says_with_the_same_placeholders(code: str) -> None:
    english, other = template("en"), template(code)
    for section in ("labels", "text", "titles", "appointment_types", "result_kinds", "results", "sms", "bring"):
        assert _key_paths(other[section]) == _key_paths(english[section]), f"{code}: {section}"
    english_fields = {path: _fields(text) for path, text in _leaves(english)}
    for path, text in _leaves(other):
        if path in english_fields and not path.startswith("bring"):
            assert _fields(text) == english_fields[path], f"{code}: {path}"
    assert "native-speaker review" in other["review_note"]
    assert other["direction"] == ("rtl" if code in ("ar", "prs") else "ltr")


def _key_paths(value: Any) -> set[str]:
    return {path for path, _ in _leaves(value)}


def test_templates_cover_every_appointment_type_and_result_outcome() -> None:
    for code in template_languages():
        data = template(code)
        assert set(data["appointment_types"]) == set(vocab.APPOINTMENT_TYPES)
        assert set(data["bring"]) == {"always", *vocab.APPOINTMENT_TYPES}
        assert {kind: tuple(data["results"][kind]) for kind in data["results"]} == vocab.RESULT_OUTCOMES


def test_a_security_hit_reads_to_the_family_exactly_as_a_check_still_pending() -> None:
    for code in template_languages():
        fingerprints = template(code)["results"]["fingerprints"]
        assert fingerprints["hit"] == fingerprints["pending"], code
        hit = body_text(opened(notice_bytes(result(code, "fingerprints", "hit"))))
        pending = body_text(opened(notice_bytes(result(code, "fingerprints", "pending"))))
        assert hit == pending
    assert "hit" not in template("en")["results"]["fingerprints"]["hit"].lower()


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["uk"], "uk"),
        (["so", "ar"], "ar"),
        (["fa-AF"], "prs"),
        (["fa_AF", "en"], "prs"),
        (["prs"], "prs"),
        (["es-MX"], "es"),
        (["AR"], "ar"),
        (["fa"], "en"),
        (["so", "sw"], "en"),
        ([], "en"),
    ],
)
def test_the_notice_language_is_the_first_of_the_familys_languages_with_a_template(
    codes: list[str], expected: str
) -> None:
    assert template_language_for(codes) == expected


# ----- what a notice says ------------------------------------------------------------------------


def test_an_english_appointment_notice_says_who_what_when_where_and_what_to_bring() -> None:
    document = opened(notice_bytes(appointment("en")))
    text = body_text(document)
    for expected in (
        "Appointment notice",
        CASE,
        "Date issued: Sunday, December 6, 2026",
        "Maria Gonzalez (principal applicant)",
        "Luis Gonzalez",
        "Please come to your appointment on Wednesday, December 9, 2026 at 9:30\u202fAM.",
        "Appointment: Medical examination",
        "Expected duration (minutes): 90",
        "Place: Kakuma Field Office",
        "Room: 3B",
        "An interpreter for Arabic will be present.",
        "Identity documents of every family member named above",
        "Medical records, vaccination cards and any prescriptions you have",
        f"If you cannot come, please tell us as soon as possible: {CONTACT}.",
    ):
        assert expected in text, expected
    bring = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert "This notice" in bring
    footer = document.sections[0].footer.paragraphs[0].text
    assert CASE in footer and "Officer Example" in footer


def test_a_notice_is_a4_portrait_with_metadata_naming_no_one() -> None:
    document = opened(notice_bytes(appointment("en")))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    core = document.core_properties
    assert core.title == f"Notice {CASE}"
    assert core.author == core.last_modified_by == "Circuit Ride"
    assert core.language == "en-US"
    assert "Officer Example" not in " ".join(str(v) for v in (core.subject, core.comments, core.keywords))


def test_an_english_notice_is_left_to_right() -> None:
    document = opened(notice_bytes(appointment("en")))
    assert not any(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in document.paragraphs)
    assert not document.element.body.findall(".//" + qn("w:rtl"))


@pytest.mark.parametrize(("code", "tag", "date"), [("ar", "ar", "9 ديسمبر 2026"), ("prs", "prs-AF", "9 دسمبر 2026")])
def test_an_arabic_script_notice_is_right_to_left_with_both_scripts_of_each_name(
    code: str, tag: str, date: str
) -> None:
    document = opened(notice_bytes(appointment(code)))
    text = body_text(document)
    for name in FAMILIES[code]:
        assert name.latin in text
        if name.native:
            assert f"{name.native} — \u200e{name.latin}\u200e" in text  # the reader's script first
    assert date in text and CASE in text and "3B" in text
    for paragraph in text_paragraphs(document):
        ppr = paragraph._p.pPr
        assert ppr is not None and ppr.find(qn("w:bidi")) is not None, paragraph.text
        jc = ppr.find(qn("w:jc"))
        assert jc is None or jc.get(qn("w:val")) not in ("right", "left")  # Word reads these as start/end
    arabic_runs = [run for p in document.paragraphs for run in p.runs if re.search("[\u0600-\u06ff]", run.text)]
    assert arabic_runs and all(run.font.rtl and run.font.complex_script for run in arabic_runs)
    fonts = arabic_runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Noto Naskh Arabic"
    latin_runs = [run for p in document.paragraphs for run in p.runs if "Al-Hassan" in run.text or "Karimi" in run.text]
    assert latin_runs and not any(run.font.rtl for run in latin_runs)
    defaults = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert defaults.get(qn("w:bidi")) == tag
    assert document.core_properties.language == tag


def test_a_tigrinya_notice_names_the_ethiopic_font_in_every_slot() -> None:
    document = opened(notice_bytes(appointment("ti")))
    text = body_text(document)
    assert "ፍስሃ ተስፋይ — Fisseha Tesfay" in text and "ታሕሳስ" in text
    ethiopic = [run for p in document.paragraphs for run in p.runs if re.search("[\u1200-\u137f]", run.text)]
    assert ethiopic
    for run in ethiopic:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        slots = {fonts.get(qn("w:" + slot)) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}
        assert slots == {"Noto Sans Ethiopic"}
    assert document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang")).get(qn("w:val")) == "ti-ET"


def test_a_member_without_a_native_name_is_shown_in_latin_only() -> None:
    text = body_text(opened(notice_bytes(appointment("ar"))))
    omar = [line for line in text.splitlines() if "Omar Al-Hassan" in line]
    assert omar == ["\u200eOmar Al-Hassan\u200e"]


def test_a_principal_missing_from_the_household_is_listed_first() -> None:
    content = appointment("en", household=[Name("Luis Gonzalez")])
    lines = body_text(opened(notice_bytes(content))).splitlines()
    first = lines.index("Maria Gonzalez (principal applicant)")
    assert lines[first + 1] == "Luis Gonzalez"


def test_a_briefing_notice_and_an_appointment_without_room_or_interpreter() -> None:
    content = appointment("es", kind="briefing", appointment_type="", room="", interpreter_language="", minutes=0)
    text = body_text(opened(notice_bytes(content)))
    assert "Aviso de sesión informativa" in text
    assert "Cita: Sesión informativa" in text
    assert "Sala:" not in text and "intérprete" not in text and "Duración" not in text
    assert "el miércoles, 9 de diciembre de 2026 a las 9:30" in text


@pytest.mark.parametrize("code", ["en", "ar", "ti", "uk"])
def test_every_result_has_its_sentence(code: str) -> None:
    for kind, outcomes in vocab.RESULT_OUTCOMES.items():
        for outcome in outcomes:
            text = body_text(opened(notice_bytes(result(code, kind, outcome))))
            sentence = template(code)["results"][kind][outcome].split("{")[0].strip()
            assert sentence in text, (kind, outcome)
            assert template(code)["result_kinds"][kind] in text
            assert CONTACT in text


def test_a_refusal_points_to_the_decision_letter_and_to_whom_to_ask() -> None:
    text = body_text(opened(notice_bytes(result("en", "interview", "deny"))))
    assert "formal decision letter" in text
    assert f"If you have questions, you can contact us: {CONTACT}." in text
    assert text.count(CONTACT) == 1
    assert "Date of the result: Saturday, December 5, 2026" in text


# ----- text messages -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", template_languages())
def test_a_text_message_is_one_short_line_with_case_when_and_where(code: str) -> None:
    message = sms_text(appointment(code))
    assert "\n" not in message and len(message) <= 300
    assert CASE in message and "Kakuma Field Office" in message and "3B" in message
    assert " ".join(notices._long_date(START.date(), template(code)).split()) in message  # plain spaces


def test_a_result_message_says_there_is_news_not_what_it_is() -> None:
    message = sms_text(result("en", "interview", "deny"))
    assert (
        message
        == f"Case {CASE}: there is news about your case (Interview). Please read your notice or contact us: {CONTACT}"
    )


def test_a_message_without_a_site_leaves_no_empty_item() -> None:
    message = sms_text(appointment("en", site="", room=""))
    assert "9:30 AM. Bring" in message and ", ," not in message


# ----- what is refused -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (appointment("xx"), "No notice template for language 'xx': use one of ar, en, es, prs, ru, ti, uk."),
        (
            appointment("en", kind="reminder"),
            "Unknown notice kind 'reminder': use one of appointment, result, briefing.",
        ),
        (appointment("en", start=None), "An appointment or briefing notice needs the appointment's start"),
        (appointment("en", appointment_type="picnic"), "Unknown appointment type 'picnic'"),
        (result("en", "", ""), "A result notice needs a result kind and its outcome"),
        (result("en", "medical", "approve"), "(got kind 'medical', outcome 'approve')"),
    ],
)
def test_what_a_notice_cannot_say_is_refused_with_a_clear_message(content: NoticeContent, message: str) -> None:
    for write in (notice_bytes, sms_text):
        with pytest.raises(InvalidInput) as refused:
            write(content)
        assert message in str(refused.value)
    with pytest.raises(InvalidInput, match="No notice template"):
        is_rtl("xx")


# ----- any name at all -----------------------------------------------------------------------------

_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
NAMES = st.one_of(
    st.text(max_size=60),
    st.text(st.characters(categories=["Cc", "Cf", "Mn", "Zs"]), max_size=20),
    st.text(st.sampled_from("أحمدکریمیፍስሃተስፋይ\u064e\u0301 -"), max_size=40),
    st.text(min_size=300, max_size=1500),
)


def _printed(name: str) -> str:
    return re.sub("[\t\n\r]+", " ", _DROPPED.sub("", name)).strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    language=st.sampled_from(template_languages()),
    names=st.lists(st.tuples(NAMES, NAMES), min_size=1, max_size=4),
)
def test_any_names_make_a_document_that_opens_and_holds_them(language: str, names: list[tuple[str, str]]) -> None:
    household = [Name(latin, native) for latin, native in names]
    content = appointment(language, principal=household[0], household=household, site=names[0][0])
    text = body_text(opened(notice_bytes(content)))
    for latin, native in names:
        assert _printed(latin) in text
        assert _printed(native) in text
    assert "\n" not in sms_text(content)


# ----- as pages ---------------------------------------------------------------------------------------

RENDERED = ("en", "ar", "prs", "ti")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The English, Arabic, Dari and Tigrinya notices laid out by LibreOffice (one soffice run)."""
    require_tools()
    folder = tmp_path_factory.mktemp("notices")
    paths = []
    for code in RENDERED:
        path = folder / f"notice_{code}.docx"
        path.write_bytes(notice_bytes(appointment(code)))
        paths.append(path)
    return dict(zip(RENDERED, render_pdfs(paths, folder / "pdf"), strict=True))


@pytest.mark.parametrize("code", RENDERED)
def test_a_notice_is_one_page_that_is_not_blank(code: str, pdfs: dict[str, Path], tmp_path: Path) -> None:
    pages = render_pngs(pdfs[code], tmp_path)
    assert len(pages) == 1
    with Image.open(pages[0]) as image:
        lightest, darkest = image.convert("L").getextrema()
        ink = sum(1 for value in image.convert("L").get_flattened_data() if value < 128)
    assert darkest == 255 and lightest < 64 and ink > 2000


@pytest.mark.parametrize(("code", "sentence"), [("ar", "إشعار بموعد"), ("prs", "فامیل محترم،")])
def test_arabic_script_reads_right_to_left_from_the_right_margin(
    code: str, sentence: str, pdfs: dict[str, Path]
) -> None:
    page = pdfium.PdfDocument(pdfs[code])[0]
    text_page = page.get_textpage()
    start = text_page.get_text_range().find(sentence)
    assert start >= 0, text_page.get_text_range()[:300]
    boxes = [text_page.get_charbox(index) for index in range(start, start + len(sentence))]
    first, last = boxes[0], boxes[-1]
    assert first[0] > last[2]  # the first letter lies right of the last
    right_margin = page.get_size()[0] - 20 * 72 / 25.4
    assert abs(max(box[2] for box in boxes) - right_margin) < 4


def test_tigrinya_is_drawn_in_the_ethiopic_font(pdfs: dict[str, Path]) -> None:
    page = pdfium.PdfDocument(pdfs["ti"])[0]
    text = page.get_textpage().get_text_range()
    assert "መፍለጢ ቆጸራ" in text
    assert any("NotoSansEthiopic" in name for name in font_names(pdfs["ti"]))


def font_names(pdf: Path) -> list[str]:
    """The font names a PDF embeds (its /BaseFont entries)."""
    return re.findall(r"/BaseFont\s*/([A-Za-z0-9+\-]+)", pdf.read_bytes().decode("latin-1"))
