"""`circuitride report case-summary` and `report interview` (issue 22) on a real encrypted
workspace, through the command line as an interviewer and as a team lead: what each may read ends
up on paper, photos come from the vault, a submitted form's answers by their labels in the form's
language and its amendment with the reason; bad input gets a clear message and no file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image

from app.errors import InvalidInput, NotFound
from app.reports.frame import MARKING
from app.services.attachments import attach, set_profile_photo
from app.services.case_report import write_case_summary, write_interview_record
from app.services.case_view import show_case
from app.services.cases import create_case, mark_verified
from app.services.forms import (
    amend_submission,
    draft_key,
    install_form,
    new_form,
    open_submission,
    save_form_draft,
    submit_form,
)
from app.services.records import add_note
from app.services.results import record_result
from app.store.workspace import Workspace
from tests.conftest import PASSWORD
from tests.docx_render import render_pdf, render_pngs, require_tools
from tests.forms.builders import write_xlsform
from tests.support.staff import add_staff

CASE = "SYN-000007"
RESTRICTED = "Protection concern: see the sealed file"
NORMAL = "Family arrived on time"
LANG = "Español (es)"


def png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (140, 180), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _form(tmp_path: Path) -> Path:
    survey = [
        ["type", "name", "label::English (en)", "label::Español (es)", "bind::cr:prefill", "required", "relevant"],
        ["text", "case_no", "Case", "Caso", "case.case_number", "", ""],
        ["select_one yes_no", "consent", "Consent given?", "¿Dio su consentimiento?", "", "yes", ""],
        ["begin_repeat", "member", "Member", "Miembro", "household", "", ""],
        ["text", "family", "Family name", "Apellido", "person.family_name", "", ""],
        ["text", "native_family", "Family name in native script", "Apellido en su escritura", "person.native_family_name", "", ""],
        ["integer", "weight", "Weight (kg)", "Peso (kg)", "", "", ""],
        ["end_repeat", "", "", "", "", "", ""],
        ["text", "notes", "Interviewer's notes", "Notas", "", "", ""],
        ["text", "skipped", "Why no consent?", "¿Por qué no?", "", "", "${consent} = 'no'"],
    ]  # fmt: skip
    choices = [
        ["list_name", "name", "label::English (en)", "label::Español (es)"],
        ["yes_no", "yes", "Yes", "Sí"],
        ["yes_no", "no", "No", "No"],
    ]
    settings = {"form_id": "synth_pre", "version": "1", "namespaces": 'cr="https://circuitride.org/xforms"'}
    return write_xlsform(tmp_path / "synth_pre.xlsx", survey, choices, settings)


@pytest.fixture
def filled(ws: Workspace, tmp_path: Path) -> dict[str, str]:
    """A case with a photographed, verified household, a passport scan, notes of both kinds, a
    result and a submitted, amended form; an interviewer besides the team lead."""
    create_case(
        ws,
        {"case_number": CASE, "site": "Shire", "priority": "P-2", "stage": "interview-scheduled"},
        [
            {"role": "principal_applicant", "family_name": "Synthal", "given_names": "Nadia", "native_family_name": "سنثال", "native_given_names": "نادية", "dob": "1984-02-11", "sex": "F", "nationality": "SD", "languages": ["ar"]},
            {"role": "child", "family_name": "Synthal", "given_names": "Omar", "dob": "2015", "dob_precision": "year", "sex": "M"},
        ],
    )  # fmt: skip
    persons = show_case(ws, CASE)["persons"]
    nadia = persons[0]["id"]
    mark_verified(ws, CASE, nadia, "dob", "passport P0000001", document_type="passport")
    for person, colour in zip(persons, ((150, 40, 40), (40, 40, 150)), strict=True):
        photo = attach(ws, CASE, png(colour), filename="photo.png", kind="photo", person_id=person["id"])
        set_profile_photo(ws, CASE, person["id"], photo.attachment_id)
    attach(ws, CASE, png((200, 200, 200)), filename="p1.png", kind="scan", person_id=nadia, document_type="passport", language="ar", title="Passport")  # fmt: skip
    add_note(ws, CASE, RESTRICTED, confidentiality="restricted")
    add_note(ws, CASE, NORMAL)
    record_result(ws, CASE, kind="fingerprints", outcome="cleared", reason="Synthetic check", officer="Officer C")

    install_form(ws, _form(tmp_path))
    inst = new_form(ws, CASE, "synth_pre", lang=LANG)
    inst.set_value("/data/consent", "yes")
    inst.set_value("/data/member[1]/weight", "60")
    submitted = submit_form(ws, CASE, inst)
    amended = open_submission(ws, submitted, lang=LANG)
    amended.set_value("/data/member[1]/weight", "62")
    amend_submission(ws, submitted, amended, "Scale was miscalibrated")

    draft = new_form(ws, CASE, "synth_pre", lang=LANG)
    case_id = show_case(ws, CASE)["id"]
    save_form_draft(ws, draft_key(case_id, "d-unsent"), draft.snapshot(), title="Synth", interview_id=None)
    add_staff(ws, "ines", "interviewer", PASSWORD)
    ws.lock()
    return {"submission": submitted, "draft": "d-unsent"}


def run_as(cli, user: str, *args: str):  # noqa: ANN001, ANN201 - the cli fixture's runner
    return cli("--user", user, *args)


def body_text(document: docx.document.Document) -> str:
    return "\n".join(t.text or "" for t in document.element.body.iter(qn("w:t")))


def assert_frame(document: docx.document.Document) -> None:
    for section in document.sections:
        header = "".join(p.text for p in section.header.paragraphs)
        assert CASE in header and MARKING in header
        fields = [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))]
        assert "PAGE" in fields and "NUMPAGES" in fields
    core = document.core_properties
    props = " ".join(str(x or "") for x in (core.title, core.subject, core.author, core.keywords, core.comments))
    for name in ("Nadia", "Synthal", "سنثال", "Omar"):
        assert name.casefold() not in props.casefold(), name


def test_case_summary_as_lead_and_as_interviewer(filled: dict[str, str], cli, tmp_path: Path) -> None:  # noqa: ANN001
    lead_out, ines_out = tmp_path / "lead.docx", tmp_path / "ines.docx"
    r = run_as(cli, "lead", "report", "case-summary", CASE, "--out", str(lead_out), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"kind": "case-summary", "subject": CASE, "path": str(lead_out), "pages": None}
    r = run_as(cli, "ines", "report", "case-summary", CASE.lower(), "--out", str(ines_out))
    assert r.returncode == 0 and "case-summary report of " + CASE in r.stdout + r.stderr, r.stderr
    lead, ines = docx.Document(str(lead_out)), docx.Document(str(ines_out))
    for document in (lead, ines):
        assert_frame(document)
        text = body_text(document)
        for expected in ("Nadia SYNTHAL", "Omar SYNTHAL", "Verified: passport P0000001", "Not verified",
                         "2015 (year only)", "Passport", "Arabic (ar)", NORMAL, "Fingerprints", "Cleared",
                         "Synthetic check", "Officer C", "Interview scheduled"):  # fmt: skip
            assert expected in text, expected
        assert len(document.inline_shapes) == 2  # both members' photos
        rtl = {
            run.findtext(qn("w:t"))
            for run in document.element.body.iter(qn("w:r"))
            if run.find(qn("w:rPr")) is not None and run.find(qn("w:rPr")).find(qn("w:rtl")) is not None
        }
        assert "نادية سنثال" in rtl
    assert RESTRICTED in body_text(lead) and "restricted note" not in body_text(lead)
    assert RESTRICTED not in body_text(ines) and "1 restricted note not shown" in body_text(ines)
    assert oct(lead_out.stat().st_mode & 0o777) == "0o600"

    require_tools()
    pages = render_pngs(render_pdf(lead_out, tmp_path / "pdf"), tmp_path / "png")
    assert 1 <= len(pages) <= 3


def test_interview_record_gives_every_answer_by_its_label_and_the_amendment(
    filled: dict[str, str],
    cli,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    out = tmp_path / "interview.docx"
    r = run_as(cli, "ines", "report", "interview", filled["submission"], "--out", str(out))
    assert r.returncode == 0, r.stderr
    document = docx.Document(str(out))
    assert_frame(document)
    text = body_text(document)
    for expected in ("Caso", "¿Dio su consentimiento?", "Sí", "Miembro 1 — Synthal", "Apellido", "Peso (kg)", "62",
                     "Notas", "Not answered", "Submitted, amended 1 time", "Scale was miscalibrated",
                     "Miembro 1 — Synthal: Peso (kg)", "Not reviewed"):  # fmt: skip
        assert expected in text, expected
    assert "¿Por qué no?" not in text  # not relevant: consent was given
    assert "Consent given?" not in text  # the form's language is Spanish
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert ["Miembro 1 — Synthal: Peso (kg)", "60", "62"] in rows
    assert any(
        run.find(qn("w:rPr")) is not None and run.find(qn("w:rPr")).find(qn("w:rtl")) is not None
        for run in document.element.body.iter(qn("w:r"))
        if run.findtext(qn("w:t")) == "سنثال"
    )
    require_tools()
    pages = render_pngs(render_pdf(out, tmp_path / "pdf"), tmp_path / "png")
    assert 1 <= len(pages) <= 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("case-summary", "NOP-999999", "--out", "{out}.docx"), "NOP-999999"),
        (("case-summary", CASE, "--out", "{out}.pdf"), "ending in .docx"),
        (("interview", "no-such-submission", "--out", "{out}.docx"), "No submitted form no-such-submission"),
        (("interview", "{draft}", "--out", "{out}.docx"), "draft that has not been submitted"),
        (("interview", "{submission}", "--out", "{out}.txt"), "ending in .docx"),
    ],
)
def test_bad_input_is_said_and_writes_nothing(
    filled: dict[str, str],
    cli,  # noqa: ANN001
    tmp_path: Path,
    args: tuple[str, ...],
    words: str,
) -> None:
    base = tmp_path / "out"
    filled_args = [a.format(out=base, **filled) for a in args]
    bad = run_as(cli, "lead", "report", *filled_args)
    assert bad.returncode in (1, 2) and words in bad.stderr and "Traceback" not in bad.stderr, bad.stderr
    assert not list(tmp_path.glob("out.*"))


def test_services_refuse_unknown_ids(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        write_case_summary(ws, "NOP-000001", str(tmp_path / "x.docx"))
    with pytest.raises(NotFound):
        write_interview_record(ws, "", str(tmp_path / "x.docx"))
    with pytest.raises(InvalidInput):
        write_interview_record(ws, "whatever", str(tmp_path / "x.doc"))
