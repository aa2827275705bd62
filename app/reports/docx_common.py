"""What the notices and the docket share in Word: scripts and their fonts, right-to-left paragraphs,
page-number fields, repeated table header rows, and the saved bytes.

A run of text is written in one script at a time (`add_text` splits it): Word and LibreOffice pick
a font slot per character class (Latin, East Asian, complex script), and a slot left to a default
font falls back to one that may lack the glyphs (boxes instead of Ethiopic letters); so each run
names its script's font in every slot. Arabic-script runs are marked right-to-left
(`w:rtl`), so digits and punctuation inside them follow the Arabic text; Latin names inside a
right-to-left paragraph stay left-to-right runs and read as written.

Text is cleaned before it reaches the XML: characters XML 1.0 forbids (most C0 controls) would make
the document unreadable, tabs and line breaks inside a name would turn into layout, and explicit
bidi overrides pasted into a name would reverse the rest of the line.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from babel import Locale
from babel.core import get_global
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

LATIN_FONT = "Noto Sans"  # Latin, Cyrillic and Greek
ARABIC_FONT = "Noto Naskh Arabic"  # Arabic, Dari, Pashto, Urdu letters
ETHIOPIC_FONT = "Noto Sans Ethiopic"  # Tigrinya, Amharic
SCRIPT_FONTS = {"latin": LATIN_FONT, "arabic": ARABIC_FONT, "ethiopic": ETHIOPIC_FONT}
RTL_SCRIPTS = frozenset({"arabic"})
PRODUCER = "Circuit Ride"

_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ETHIOPIC = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))
# Not allowed in XML 1.0 (C0 controls but tab, LF, CR; surrogates; U+FFFE, U+FFFF) and bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile("[\t\n\r]+")

# Element order inside w:rPr and w:pPr (ECMA-376 CT_RPr, CT_PPrBase): Word refuses a document whose
# property elements are out of order, so those added here are inserted at their place.
_RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
    "lang", "eastAsianLayout", "specVanish", "oMath",
)  # fmt: skip
_PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
    "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
    "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
_TRPR_ORDER = ("cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
               "tblHeader", "tblCellSpacing", "jc", "hidden")  # fmt: skip
_TCPR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
               "textDirection", "tcFitText", "vAlign", "hideMark")  # fmt: skip


@dataclass(frozen=True)
class Language:
    """How a document's language is tagged: its BCP 47 tag (w:lang) and whether it is written
    right to left."""

    tag: str
    rtl: bool = False


def safe_text(text: str) -> str:
    """`text` as it may stand in the document: forbidden characters dropped, tabs and line breaks
    as spaces."""
    return _BREAKS.sub(" ", _FORBIDDEN.sub("", text))


def clean_text(text: str) -> str:
    """A value (a name, a place) as printed: safe, without leading or trailing space."""
    return safe_text(text).strip()


def words(code: str) -> str:
    """A vocabulary code as English words: "principal_applicant" -> "Principal applicant",
    "interview-scheduled" -> "Interview scheduled"; "pre-screening" keeps its hyphen (a prefix)."""
    text = clean_text(code).replace("pre-", "pre\u2011", 1).replace("_", " ").replace("-", " ").replace("\u2011", "-")
    return text[:1].upper() + text[1:]


def left_to_right(value: str, rtl_context: bool) -> str:
    """`value` kept left to right inside right-to-left text when it is not itself in a
    right-to-left script: between left-to-right marks (U+200E), a phone number "+254 700 000 111"
    or a case number is not reordered group by group by the bidi algorithm. Marks every reader
    (Word, LibreOffice, a phone) has long understood, unlike isolates."""
    if not rtl_context or not value or dominant_script(value) in RTL_SCRIPTS:
        return value
    return f"\u200e{value}\u200e"


def script_of(char: str) -> str | None:
    """The script whose font `char` needs ("latin", "arabic", "ethiopic"); None for characters
    every script shares (spaces, digits, punctuation, combining marks), which join their
    neighbours' run."""
    point = ord(char)
    if any(lo <= point <= hi for lo, hi in _ARABIC):
        return "arabic"
    if any(lo <= point <= hi for lo, hi in _ETHIOPIC):
        return "ethiopic"
    return "latin" if char.isalpha() else None


def script_runs(text: str) -> Iterator[tuple[str, str]]:
    """`text` cut into (script, piece): shared characters belong to the run before them (to the
    first run when they lead)."""
    pieces: list[list[str]] = []  # [script, text]
    pending = ""
    for char in text:
        script = script_of(char)
        if script is None or (pieces and pieces[-1][0] == script):
            if pieces:
                pieces[-1][1] += char
            else:
                pending += char
            continue
        pieces.append([script, pending + char])
        pending = ""
    if pending:
        pieces.append(["latin", pending])
    for script, piece in pieces:
        yield script, piece


def dominant_script(text: str) -> str:
    """The script most letters of `text` are written in ("latin" when it has no letters)."""
    counts: dict[str, int] = {}
    for char in text:
        script = script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else "latin"


def _insert(parent: BaseOxmlElement, child: BaseOxmlElement, order: tuple[str, ...]) -> BaseOxmlElement:
    """`child` placed among `parent`'s children where the schema's `order` wants it, replacing one
    of the same tag."""
    name = child.tag.split("}")[1]
    existing = parent.find(qn("w:" + name))
    if existing is not None:
        parent.replace(existing, child)
        return child
    later = order[order.index(name) + 1 :]
    for sibling in parent:
        if sibling.tag.split("}")[-1] in later:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


def _element(tag: str, **attrs: str) -> BaseOxmlElement:
    element: BaseOxmlElement = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn("w:" + key), value)
    return element


def set_fonts(rpr: BaseOxmlElement, font: str) -> None:
    """Every font slot of `rpr` set to `font`, theme fonts removed (a theme font wins over a named
    one in the same element)."""
    fonts = _element("w:rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font)
    _insert(rpr, fonts, _RPR_ORDER)


def set_language(rpr: BaseOxmlElement, language: Language) -> None:
    """w:lang: the language of Latin-slot text and, right to left, of complex-script text."""
    attrs = {"val": language.tag, "eastAsia": language.tag}
    if language.rtl:
        attrs["bidi"] = language.tag
    _insert(rpr, _element("w:lang", **attrs), _RPR_ORDER)


def set_size(rpr: BaseOxmlElement, points: float) -> None:
    """Size for both Latin (w:sz) and complex-script (w:szCs) text, in points."""
    half_points = str(round(points * 2))
    _insert(rpr, _element("w:sz", val=half_points), _RPR_ORDER)
    _insert(rpr, _element("w:szCs", val=half_points), _RPR_ORDER)


def set_document_defaults(document: DocumentObject, language: Language, points: float = 11) -> None:
    """The styles' default font, size and language; theme fonts taken off every style so that the
    fonts named here (which exist on the machines that render) are the ones used."""
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn("w:" + attr), None)
    rpr_default = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr_default is None:  # python-docx's template always has one
        raise ValueError("the document template has no default run properties")
    set_fonts(rpr_default, LATIN_FONT)
    set_size(rpr_default, points)
    set_language(rpr_default, language)
    for style in document.styles:
        element = style.element
        rpr = element.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:color")) is not None:
            rpr.remove(rpr.find(qn("w:color")))  # the template's blue headings print grey


def set_core_properties(document: DocumentObject, title: str, language: Language, when: dt.datetime) -> None:
    """Metadata holding no personal data: the title given, the language, the program as author."""
    core = document.core_properties
    core.title = title
    core.language = language.tag
    core.author = PRODUCER
    core.last_modified_by = PRODUCER
    core.comments = ""
    core.keywords = ""
    core.subject = ""
    core.category = ""
    core.revision = 1
    core.created = when
    core.modified = when
    core.last_printed = when


def make_rtl(paragraph: Paragraph) -> None:
    """The paragraph reads right to left (w:bidi) and starts at the right margin.

    Word reads w:jc left/right in a bidi paragraph as its start/end, so a right-to-left paragraph is
    right-aligned by having no explicit alignment (its start); one set to "right" would land left."""
    ppr = paragraph._p.get_or_add_pPr()
    _insert(ppr, _element("w:bidi"), _PPR_ORDER)
    jc = ppr.find(qn("w:jc"))
    if jc is not None and jc.get(qn("w:val")) in ("left", "right"):
        ppr.remove(jc)


class _Container(Protocol):
    """Where paragraphs go: a document, a table cell, a header or a footer."""

    def add_paragraph(self, text: str = "", style: str | ParagraphStyle | None = None) -> Paragraph: ...


def add_paragraph(
    container: _Container,
    text: str = "",
    *,
    rtl: bool = False,
    style: str | None = None,
    bold: bool = False,
    size: float | None = None,
) -> Paragraph:
    """A new paragraph in `container` holding `text`, right to left when `rtl`."""
    paragraph = container.add_paragraph(style=style)
    if rtl:
        make_rtl(paragraph)
    if text:
        add_text(paragraph, text, bold=bold, size=size)
    return paragraph


def add_text(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    color: RGBColor | None = None,
) -> list[Run]:
    """`text`, made safe, appended to `paragraph` as one run per script."""
    runs = []
    for script, piece in script_runs(safe_text(text)):
        run = paragraph.add_run(piece)
        rpr = run._r.get_or_add_rPr()
        set_fonts(rpr, SCRIPT_FONTS[script])
        if bold:
            run.font.bold = True
            run.font.cs_bold = True
        if italic:
            run.font.italic = True
            run.font.cs_italic = True
        if size is not None:
            set_size(rpr, size)
        if color is not None:
            run.font.color.rgb = color
        if script in RTL_SCRIPTS:
            run.font.rtl = True
            run.font.complex_script = True
        runs.append(run)
    return runs


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1", size: float | None = None) -> None:
    """A field (PAGE, NUMPAGES) Word and LibreOffice compute when the page is laid out; the
    placeholder is what a reader that computes no fields shows."""

    def run_with(child: BaseOxmlElement) -> None:
        run = paragraph.add_run()
        if size is not None:
            set_size(run._r.get_or_add_rPr(), size)
        run._r.append(child)

    run_with(_element("w:fldChar", fldCharType="begin"))
    instr = _element("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    run_with(_element("w:fldChar", fldCharType="separate"))
    text = _element("w:t")
    text.text = placeholder
    run_with(text)
    run_with(_element("w:fldChar", fldCharType="end"))


def border_below(paragraph: Paragraph, color: str = "999999") -> None:
    """A thin line under the paragraph (a page header set off from the page)."""
    borders = _element("w:pBdr")
    borders.append(_element("w:bottom", val="single", sz="4", space="1", color=color))
    _insert(paragraph._p.get_or_add_pPr(), borders, _PPR_ORDER)


def repeat_as_header(row: _Row) -> None:
    """The row is printed again at the top of every page the table continues on."""
    _insert(row._tr.get_or_add_trPr(), _element("w:tblHeader"), _TRPR_ORDER)


def keep_row_together(row: _Row) -> None:
    """The row is never split between two pages."""
    _insert(row._tr.get_or_add_trPr(), _element("w:cantSplit"), _TRPR_ORDER)


def shade(cell: _Cell, fill: str) -> None:
    """A cell's background colour (hex RGB)."""
    _insert(cell._tc.get_or_add_tcPr(), _element("w:shd", val="clear", color="auto", fill=fill), _TCPR_ORDER)


def set_page(section: Section, *, landscape: bool, margin_mm: float = 18) -> None:
    """A4 in the orientation asked, with even margins."""
    width, height = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin_mm))
    section.header_distance = section.footer_distance = Mm(8)


def space_after(paragraph: Paragraph, points: float) -> None:
    paragraph.paragraph_format.space_after = Pt(points)
    paragraph.paragraph_format.space_before = Pt(0)


def language_name_in(code: str, locale: Locale) -> str:
    """A language's name in `locale`'s language, from CLDR: looked up by the code as written, its
    base code, then CLDR's alias for it (prs is fa_AF, "Dari"); "" when CLDR has none."""
    tag = code.strip().replace("-", "_")
    base = tag.split("_")[0].lower()
    alias = get_global("language_aliases").get(base)
    for candidate in (tag, base, alias):
        if candidate and candidate in locale.languages:
            return str(locale.languages[candidate])
    return ""


def document_bytes(document: DocumentObject) -> bytes:
    """The saved .docx."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
