"""Notices to a family, as Word documents and as one-line text messages, in the family's language.

The words live in resources/notices/<code>.json, one file per language (its own name, direction, the
Babel locale its dates are written in, every sentence); a language is added by adding a file. The
sentences carry str.format fields ({date}, {time}, {site}, {room}, {contact}, ...), never grammar
around a value: an appointment type or a language name stands alone (after a label, in
parentheses) so that no language has to decline it.

What a family reads is worded for them: a security-check hit reads exactly as a check still pending
(the family is told it needs more time, never why), a refusal tells them the formal decision letter
follows and whom to ask. A text message says only that there is news, never the outcome: a phone
is often shared.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from app.errors import InvalidInput
from app.reports.docx_common import (
    Language,
    add_paragraph,
    add_text,
    clean_text,
    document_bytes,
    dominant_script,
    language_name_in,
    left_to_right,
    make_rtl,
    set_core_properties,
    set_document_defaults,
    set_page,
    space_after,
)
from app.reports.model import NOTICE_KINDS, Name, NoticeContent

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "resources" / "notices"
FALLBACK = "en"
# Codes that name a template's language another way (BCP 47 region variants CLDR files elsewhere).
ALIASES = {"fa-af": "prs"}
APPOINTMENT_KINDS = ("appointment", "briefing")
DEFAULT_TYPE = {"appointment": "other", "briefing": "briefing"}
GREY = RGBColor(0x55, 0x55, 0x55)
_EMPTY_ITEM = "\x00"
_SEPARATOR_BEFORE_EMPTY = re.compile(r"[,،፣]\s*\x00|\x00\s*[,،፣]?\s*")

Template = dict[str, Any]


@functools.cache
def _templates() -> dict[str, Template]:
    """Every template file, by its code (the file's name)."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(TEMPLATE_DIR.glob("*.json"))}


def template_languages() -> tuple[str, ...]:
    """The codes a notice can be written in, sorted."""
    return tuple(sorted(_templates()))


def _template(language: str) -> Template:
    template = _templates().get(language)
    if template is None:
        raise InvalidInput(
            "No notice template for language '{language}': use one of {languages}.",
            language=language,
            languages=", ".join(template_languages()),
        )
    return template


def is_rtl(language: str) -> bool:
    return bool(_template(language)["direction"] == "rtl")


def language_name(code: str) -> str:
    """The template's own name for its language ("Español", "دری")."""
    return str(_template(code)["name"])


def template_language_for(codes: list[str]) -> str:
    """The first of `codes` (the family's languages, in their order) a notice can be written in:
    each code as written, then as a known alias (fa-AF is Dari), then its base code (es-MX is es);
    English when none fits."""
    available = set(_templates())
    for code in codes:
        tag = code.strip().replace("_", "-").lower()
        for candidate in (tag, ALIASES.get(tag, ""), tag.split("-")[0]):
            if candidate in available:
                return candidate
    return FALLBACK


def _locale(template: Template) -> Locale:
    try:
        return Locale.parse(template["locale"])
    except (UnknownLocaleError, ValueError):
        return Locale.parse(FALLBACK)


def _long_date(day: dt.date, template: Template) -> str:
    return format_date(day, format="full", locale=_locale(template))


def _short_time(moment: dt.datetime, template: Template) -> str:
    return format_time(moment, format="short", locale=_locale(template))


def _spoken_language(code: str, template: Template) -> str:
    """The interpreter's language named in the notice's language: CLDR's name, else the template's
    own name for it, else the code."""
    base = code.strip().replace("_", "-").split("-")[0].lower()
    named = language_name_in(code, _locale(template))
    return named or (language_name(base) if base in _templates() else code)


def _validated(content: NoticeContent) -> Template:
    """The notice's template, once the content is one a notice can say."""
    template = _template(content.language)
    if content.kind not in NOTICE_KINDS:
        raise InvalidInput(
            "Unknown notice kind '{kind}': use one of {kinds}.", kind=content.kind, kinds=", ".join(NOTICE_KINDS)
        )
    if content.kind in APPOINTMENT_KINDS:
        if content.start is None:
            raise InvalidInput("An appointment or briefing notice needs the appointment's start (its date and time).")
        if _appointment_type(content) not in template["appointment_types"]:
            raise InvalidInput(
                "Unknown appointment type '{type}': use one of {types}.",
                type=content.appointment_type,
                types=", ".join(template["appointment_types"]),
            )
    elif content.outcome not in template["results"].get(content.result_kind, {}):
        raise InvalidInput(
            "A result notice needs a result kind and its outcome (got kind '{result_kind}', outcome '{outcome}').",
            result_kind=content.result_kind,
            outcome=content.outcome,
        )
    return template


def _appointment_type(content: NoticeContent) -> str:
    return content.appointment_type or DEFAULT_TYPE.get(content.kind, "other")


def _name_text(name: Name, reader_script: str, rtl: bool) -> str:
    """A name in both scripts, the one the notice is written in first; Latin alone when no other
    is known."""
    native = clean_text(name.native)
    latin = clean_text(name.latin)
    if not native or native == latin:
        return left_to_right(latin, rtl)
    if not latin:
        return native
    latin = left_to_right(latin, rtl)
    first_native = dominant_script(native) == reader_script and reader_script != "latin"
    return f"{native} — {latin}" if first_native else f"{latin} — {native}"


def _household(content: NoticeContent) -> list[Name]:
    """Everyone the notice is for, the principal applicant first."""
    others = [member for member in content.household if member != content.principal]
    return [content.principal, *others]


class _Writer:
    """Lays out one notice: every paragraph in the template's direction."""

    def __init__(self, content: NoticeContent, template: Template) -> None:
        self.content = content
        self.template = template
        self.rtl = template["direction"] == "rtl"
        self.script = dominant_script(template["name"])
        self.language = Language(template["lang_tag"], self.rtl)
        self.document: DocumentObject = Document()
        self.last: Paragraph | None = None

    def text(self, key: str, **values: str) -> str:
        return str(self.template["text"][key]).format(**values)

    def value(self, text: str) -> str:
        """A value given (case number, place, contact) as printed in this notice's direction."""
        return left_to_right(clean_text(text), self.rtl)

    def label(self, key: str) -> str:
        return str(self.template["labels"][key])

    def paragraph(self, text: str, *, bold: bool = False, size: float | None = None, after: float = 6) -> None:
        paragraph = add_paragraph(self.document, text, rtl=self.rtl, bold=bold, size=size)
        space_after(paragraph, after)
        self.last = paragraph

    def gap(self, points: float = 14) -> None:
        """More room after the paragraph just written: blocks are set apart by spacing, not by
        empty paragraphs (each of which costs a full line of the tallest script's height)."""
        if self.last is not None:
            self.last.paragraph_format.space_after = Pt(points)

    def field(self, label: str, value: str) -> None:
        """A line "Label: value", the label bold."""
        paragraph = add_paragraph(self.document, rtl=self.rtl)
        space_after(paragraph, 2)
        add_text(paragraph, f"{label}: ", bold=True)
        add_text(paragraph, value)
        self.last = paragraph

    def bullets(self, items: list[str]) -> None:
        for item in items:
            paragraph = add_paragraph(self.document, item, rtl=self.rtl, style="List Bullet")
            space_after(paragraph, 2)
            self.last = paragraph

    def build(self) -> bytes:
        content = self.content
        set_page(self.document.sections[0], landscape=False, margin_mm=20)
        set_document_defaults(self.document, self.language, points=11)
        issued = dt.datetime.combine(content.issued_on, dt.time(12), tzinfo=dt.UTC)
        set_core_properties(self.document, f"Notice {clean_text(content.case_number)}", self.language, issued)
        self.heading()
        self.people()
        self.paragraph(self.text("greeting"), after=6)
        if content.kind in APPOINTMENT_KINDS:
            self.appointment()
        else:
            self.result()
        self.footer()
        return document_bytes(self.document)

    def footer(self) -> None:
        """The case number, and who issued the notice, at the foot of every page: a page that
        comes loose still says whose it is."""
        parts = [f"{self.label('case_number')}: {self.value(self.content.case_number)}"]
        if self.content.issued_by.strip():
            parts.append(f"{self.label('issued_by')}: {self.value(self.content.issued_by)}")
        paragraph = self.document.sections[0].footer.paragraphs[0]
        if self.rtl:
            make_rtl(paragraph)
        add_text(paragraph, "  ·  ".join(parts), size=9, color=GREY)

    def heading(self) -> None:
        paragraph = add_paragraph(self.document, rtl=self.rtl)
        add_text(paragraph, str(self.template["office"]), size=10, color=GREY)
        space_after(paragraph, 2)
        self.paragraph(str(self.template["titles"][self.content.kind]), bold=True, size=18, after=10)
        self.field(self.label("issued"), _long_date(self.content.issued_on, self.template))
        self.field(self.label("case_number"), self.value(self.content.case_number))
        self.gap()

    def people(self) -> None:
        self.paragraph(self.label("for") + ":", bold=True, after=2)
        principal_note = f" ({self.label('principal')})"
        names = [_name_text(member, self.script, self.rtl) for member in _household(self.content)]
        self.bullets([names[0] + principal_note, *names[1:]])
        self.gap()

    def appointment(self) -> None:
        content, template = self.content, self.template
        start = content.start
        if start is None:  # _validated refused it
            raise ValueError("an appointment notice without a start")
        kind = _appointment_type(content)
        date, time = _long_date(start.date(), template), _short_time(start, template)
        self.paragraph(self.text(content.kind, date=date, time=time), after=8)
        self.field(self.label("what"), str(template["appointment_types"][kind]))
        self.field(self.label("date"), date)
        self.field(self.label("time"), time)
        if content.minutes > 0:
            self.field(self.label("duration"), str(content.minutes))
        if content.site.strip():
            self.field(self.label("place"), self.value(content.site))
        if content.room.strip():
            self.field(self.label("room"), self.value(content.room))
        self.gap()
        if content.interpreter_language.strip():
            spoken = _spoken_language(content.interpreter_language, template)
            self.paragraph(self.text("interpreter", language=spoken))
        self.paragraph(self.text("everyone"))
        self.paragraph(self.text("arrive_early"), after=8)
        self.paragraph(self.label("bring") + ":", bold=True, after=2)
        self.bullets([*template["bring"]["always"], *template["bring"][kind]])
        self.gap()
        self.paragraph(self.text("cannot_come", contact=self.value(content.contact)), bold=True)

    def result(self) -> None:
        content, template = self.content, self.template
        self.paragraph(self.text("result_intro"), after=8)
        self.field(self.label("result_of"), str(template["result_kinds"][content.result_kind]))
        if content.result_date is not None:
            self.field(self.label("result_date"), _long_date(content.result_date, template))
        self.gap()
        outcome = str(template["results"][content.result_kind][content.outcome])
        self.paragraph(outcome.format(contact=self.value(content.contact)), size=12, after=8)
        if "{contact}" not in outcome:
            self.paragraph(self.text("questions", contact=self.value(content.contact)))


def notice_bytes(content: NoticeContent) -> bytes:
    """The notice as a .docx (A4 portrait), in the language of `content.language`."""
    return _Writer(content, _validated(content)).build()


def sms_text(content: NoticeContent) -> str:
    """The notice as one line of text for a phone: case number, what, when, where, whom to call.
    A result's message says there is news, not what it is. Every space is a plain one (CLDR puts
    narrow no-break spaces in times and dates, which would make an English message Unicode and
    cut its length per part from 160 characters to 70)."""
    template = _validated(content)
    rtl = template["direction"] == "rtl"

    def value(text: str) -> str:
        return left_to_right(clean_text(text), rtl)

    values = {"case": value(content.case_number), "contact": value(content.contact)}
    if content.kind in APPOINTMENT_KINDS and content.start is not None:
        site, room = value(content.site), value(content.room)
        place = str(template["text"]["site_room"]).format(site=site, room=room) if site and room else site or room
        values |= {
            "type": str(template["appointment_types"][_appointment_type(content)]),
            "date": _long_date(content.start.date(), template),
            "time": _short_time(content.start, template),
            "place": place or _EMPTY_ITEM,
        }
    else:
        values["kind"] = str(template["result_kinds"][content.result_kind])
    text = str(template["sms"][content.kind]).format(**values)
    return " ".join(_SEPARATOR_BEFORE_EMPTY.sub("", text).split())
