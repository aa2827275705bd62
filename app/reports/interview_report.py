"""The record of one submitted interview form (issue 22): what was asked and what the family
answered, in the language the form was filled in, then every amendment with its reason.

The questions are the form's own labels in the form language (the interviewer read them out in it),
select answers are the choices' labels rather than their codes, groups and household entries are
headings with their questions indented under them, and a question left empty says "Not answered"
(a blank on paper reads as a photocopy that lost a line). Questions the form's logic skipped are not
among the values given here. The frame around the answers (the form, the case, who interviewed, the
review) is in English, the team's working language.

An answer or a label in Arabic script is its own right-to-left paragraph.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.shared import Mm, RGBColor
from docx.text.paragraph import Paragraph

from app.reports.case_model import Amendment, Answer, InterviewRecord
from app.reports.case_report import when
from app.reports.docx_common import (
    RTL_SCRIPTS,
    add_paragraph,
    add_text,
    clean_text,
    document_bytes,
    dominant_script,
    space_after,
    words,
)
from app.reports.frame import GREY, MISSING, heading, key_values, new_report, note, table, text_width_mm, title_block

NOT_ANSWERED = "Not answered"
INDENT_MM = 6.0
REVIEW_WORDS = {"approved": "Approved", "has_issues": "Has issues", "rejected": "Rejected"}
REVIEW_COLOURS = {"approved": RGBColor(0x1B, 0x5E, 0x20), "has_issues": RGBColor(0x8A, 0x4B, 0x00)}
REJECTED = RGBColor(0x9B, 0x1C, 0x1C)


def _paragraph(document: DocumentObject, text: str, depth: float) -> Paragraph:
    """A paragraph indented `depth` levels from its starting margin, right to left when `text` is
    mostly in a right-to-left script (its indent then counts from the right margin)."""
    rtl = dominant_script(text) in RTL_SCRIPTS
    paragraph = add_paragraph(document, rtl=rtl)
    indent = Mm(INDENT_MM * depth)
    if rtl:
        paragraph.paragraph_format.right_indent = indent
    else:
        paragraph.paragraph_format.left_indent = indent
    return paragraph


def _answer(document: DocumentObject, answer: Answer) -> None:
    label = clean_text(answer.label)
    if answer.kind == "heading":
        paragraph = _paragraph(document, label, answer.depth)
        space_after(paragraph, 3)
        paragraph.paragraph_format.space_before = Mm(2.5 if answer.depth == 0 else 1.5)
        paragraph.paragraph_format.keep_with_next = True
        add_text(paragraph, label, bold=True, size=12 if answer.depth == 0 else 10.5)
        return
    question = _paragraph(document, label, answer.depth)
    space_after(question, 0)
    question.paragraph_format.keep_with_next = True
    add_text(question, label or MISSING, bold=True, size=8.5, color=GREY)
    value = clean_text(answer.value)
    # The answer reads in the direction of its question, under it: an Arabic name given to a
    # question in English stays under its label, its own runs right to left.
    reply = _paragraph(document, label, answer.depth + 0.5)
    space_after(reply, 4)
    if value:
        add_text(reply, value, size=10)
    else:
        add_text(reply, NOT_ANSWERED, italic=True, size=9, color=GREY)


def _review(record: InterviewRecord) -> str:
    if not record.review_status:
        return "Not reviewed"
    text = REVIEW_WORDS.get(record.review_status, words(record.review_status))
    by = " ".join(
        x for x in (f"by {clean_text(record.reviewed_by)}" if record.reviewed_by else "", when(record.reviewed_at)) if x
    )
    if by:
        text += f" ({by})"
    if clean_text(record.review_note):
        text += f": {clean_text(record.review_note)}"
    return text


def _facts(record: InterviewRecord) -> list[tuple[str, str]]:
    status = "Submitted"
    if record.amendments:
        count = len(record.amendments)
        status += f", amended {count} time" + ("" if count == 1 else "s")
    principal = clean_text(record.principal.latin)
    if record.principal.native and record.principal.native != record.principal.latin:
        principal += f" / {clean_text(record.principal.native)}"
    interview = " · ".join(x for x in (words(record.interview_type), record.interview_date) if x)
    pairs = [
        (
            "Form",
            f"{clean_text(record.form_title)} ({clean_text(record.form_id)}, version {clean_text(record.form_version)})",
        ),
        ("Form language", record.language),
        ("Case", record.case_number),
        ("Principal applicant", principal),
        ("Interview", interview),
        ("Interviewer", record.interviewer),
        ("Interpreter", record.interpreter),
        ("Submitted", f"{when(record.submitted_at)} by {clean_text(record.submitted_by)}"),
        ("Status", status),
        ("Review", _review(record)),
    ]
    return [(key, clean_text(value)) for key, value in pairs]


def _amendment(document: DocumentObject, number: int, amendment: Amendment) -> None:
    heading(document, f"Amendment {number}: {when(amendment.at)} by {clean_text(amendment.by)}", level=2)
    reason = add_paragraph(document)
    space_after(reason, 4)
    add_text(reason, "Reason: ", bold=True, size=9.5)
    add_text(reason, clean_text(amendment.reason) or MISSING, size=9.5)
    if not amendment.changes_known:
        note(document, "The answers it changed are not recorded on this laptop (it was made on another one).")
        return
    if not amendment.changes:
        note(document, "No answer changed.")
        return
    width = text_width_mm(document)
    rows = [
        [clean_text(c.label), clean_text(c.old) or NOT_ANSWERED, clean_text(c.new) or NOT_ANSWERED]
        for c in amendment.changes
    ]
    table(document, ["Question", "Before", "After"], rows, widths_mm=[width * 0.4, width * 0.3, width * 0.3])


def interview_record_bytes(record: InterviewRecord) -> bytes:
    """The interview record as a .docx."""
    title = f"Interview record {clean_text(record.case_number)}"
    document = new_report(
        title, clean_text(record.case_number), generated_at=record.generated_at, generated_by=record.generated_by
    )
    title_block(
        document, clean_text(record.form_title) or title, [f"Interview record · case {clean_text(record.case_number)}"]
    )
    key_values(document, _facts(record))
    heading(document, f"Answers ({clean_text(record.language)})" if record.language else "Answers")
    if not record.answers:
        note(document, "The form holds no question.")
    for answer in record.answers:
        _answer(document, answer)
    heading(document, f"Amendments ({len(record.amendments)})")
    if not record.amendments:
        note(document, "The form has not been amended since it was submitted.")
    for number, amendment in enumerate(record.amendments, start=1):
        _amendment(document, number, amendment)
    return document_bytes(document)
