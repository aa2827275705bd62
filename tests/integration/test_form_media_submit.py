"""A form with media questions, end to end in real encrypted workspaces (issue 23): a photo and a
signature answered, the draft autosaved and reopened with its files, `check` keeping the draft's
blobs, submit making `form_file` attachments, an amendment replacing one, the export's media/
folder, and sync carrying the files to a real HQ and on to a second laptop."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from app.models import Attachment, Case, FormSubmission
from app.services.attachments import list_attachments
from app.services.cases import create_case
from app.services.form_media import read_answer_file, store_answer_file
from app.services.forms import (
    FormIncomplete,
    amend_submission,
    draft_key,
    export_submissions,
    form_drafts,
    install_form,
    new_form,
    open_draft,
    open_submission,
    save_form_draft,
    submission_files,
    submit_form,
)
from app.store.check import check_workspace
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.forms.builders import write_xlsform
from tests.integration.conftest import jpeg_bytes
from tests.support.hq import HQServer, enrolled, running_hq

CASE = "LIM-000201"
SURVEY = [
    ["type", "name", "label", "parameters", "appearance", "required"],
    ["image", "shelter", "Photo of the shelter", "max-pixels=800", "", "yes"],
    ["image", "sig", "Signature of the head of household", "", "signature", ""],
    ["audio", "voice", "Recording", "", "", ""],
]


def _install(ws: Workspace, tmp_path: Path) -> None:
    install_form(ws, write_xlsform(tmp_path / "shelter.xlsx", SURVEY, settings={"form_id": "shelter", "version": "1"}))


def _case(ws: Workspace) -> str:
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Synthmedia", "given_names": "Ana", "dob": "1980-01-02"}],
    )
    with ws.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_number == CASE))
    assert case_id
    return case_id


def _signature_png() -> bytes:
    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    for x in range(10, 290):
        image.putpixel((x, 50 + (x % 30) - 15), (0, 0, 0, 255))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _answer(ws: Workspace, inst, ref: str, data: bytes, filename: str, source: str = "file") -> str:  # noqa: ANN001
    ctl = inst.form.by_ref[ref]
    stored = store_answer_file(ws, data, filename, mediatype=ctl.mediatype, max_pixels=ctl.max_pixels, source=source)
    inst.add_file(stored.name, stored.meta())
    inst.set_value(ref, stored.name)
    return stored.name


def _orphans(ws: Workspace) -> str:
    return " ".join(n for n in check_workspace(ws).notices if "no record refers to" in n)


def test_draft_check_submit_amend_and_export(ws: Workspace, tmp_path: Path) -> None:
    _install(ws, tmp_path)
    case_id = _case(ws)
    inst = new_form(ws, CASE, "shelter")
    photo = _answer(ws, inst, "/data/shelter", jpeg_bytes(1600, 1200, exif_gps=True), "IMG_1.jpg", "camera")
    sig = _answer(ws, inst, "/data/sig", _signature_png(), "signature.png", "signature")
    key = draft_key(case_id, "d1")
    assert "2 stored blobs" in _orphans(ws)  # stored, not yet named by any record
    save_form_draft(ws, key, inst.snapshot(), title="Shelter", interview_id=None)

    # The draft alone keeps its files: check neither calls them orphans nor removes them.
    assert _orphans(ws) == ""
    check_workspace(ws, repair=True)
    [draft] = form_drafts(ws, case_id)
    again = open_draft(ws, CASE, draft)
    assert again.node_at("/data/shelter").value == photo
    assert again.files[photo]["width"] == 800 and again.files[photo]["height"] == 600
    with Image.open(io.BytesIO(read_answer_file(ws, again.files[photo]))) as image:
        assert image.size == (800, 600) and not image.getexif()

    sub_id = submit_form(ws, CASE, again, draft=key)
    assert form_drafts(ws, case_id) == []
    files = submission_files(ws, sub_id)
    assert sorted(f.name for f in files) == sorted([photo, sig])
    with ws.session() as s:
        rows = s.scalars(select(Attachment).where(Attachment.submission_id == sub_id)).all()
        assert {r.kind for r in rows} == {"form_file"} and all(r.case_id == case_id for r in rows)
        assert s.get(FormSubmission, sub_id).answers["files"].keys() == {photo, sig}
    assert list_attachments(ws, CASE) == []  # not among the case's own photos and documents
    assert _orphans(ws) == ""

    # An amendment replaces the photo: the old file's row goes, the signature's stays.
    amended = open_submission(ws, sub_id)
    assert amended.files.keys() == {photo, sig}
    new_photo = _answer(ws, amended, "/data/shelter", jpeg_bytes(640, 480), "IMG_2.jpg")
    amend_submission(ws, sub_id, amended, "the first photo showed the wrong shelter")
    assert sorted(f.name for f in submission_files(ws, sub_id)) == sorted([new_photo, sig])

    out = tmp_path / "export"
    paths = export_submissions(ws, "shelter", out)
    assert (out / "media" / new_photo).read_bytes() == read_answer_file(ws, amended.files[new_photo])
    assert (out / "media" / sig).exists() and not (out / "media" / photo).exists()
    assert out / "media" / new_photo in paths
    assert new_photo in (out / "shelter.csv").read_text(encoding="utf-8-sig")


def test_an_answer_whose_file_is_gone_is_refused_with_a_message(ws: Workspace, tmp_path: Path) -> None:
    _install(ws, tmp_path)
    _case(ws)
    inst = new_form(ws, CASE, "shelter")
    inst.set_value("/data/shelter", "typed-by-hand.jpg")  # no file behind it
    with pytest.raises(FormIncomplete, match="attach it again"):
        submit_form(ws, CASE, inst)
    name = _answer(ws, inst, "/data/shelter", jpeg_bytes(100, 80), "x.jpg")
    ws.vault.delete(inst.files[name]["hash"])
    with pytest.raises(FormIncomplete, match="missing from this laptop"):
        submit_form(ws, CASE, inst)
    with ws.session() as s:
        assert s.scalars(select(FormSubmission)).all() == []


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def test_a_submissions_files_reach_hq_and_a_second_laptop(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    _install(lead, tmp_path)
    _case(lead)
    inst = new_form(lead, CASE, "shelter")
    photo = _answer(lead, inst, "/data/shelter", jpeg_bytes(1200, 900), "IMG.jpg", "camera")
    sig = _answer(lead, inst, "/data/sig", _signature_png(), "sig.png", "signature")
    sub_id = submit_form(lead, CASE, inst)
    sync(lead)
    for name in (photo, sig):
        assert hq.hub.blobs.has(inst.files[name]["hash"]), name

    other = enrolled(hq, tmp_path / "other", "other-laptop")
    sync(other)
    got = {f.name: f for f in submission_files(other, sub_id)}
    assert got.keys() == {photo, sig}
    assert other.vault.get(got[photo].content_hash) == lead.vault.get(inst.files[photo]["hash"])
    reopened = open_submission(other, sub_id)
    assert reopened.node_at("/data/sig").value == sig
    assert read_answer_file(other, reopened.files[sig]) == lead.vault.get(inst.files[sig]["hash"])


def test_cli_check_submit_with_a_file_step_and_export(cli, ws: Workspace, tmp_path: Path) -> None:  # noqa: ANN001
    import json

    form = write_xlsform(tmp_path / "shelter.xlsx", SURVEY, settings={"form_id": "shelter", "version": "1"})
    _case(ws)
    ws.lock()
    r = cli("forms", "check", str(form), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["media"] == 3
    assert cli("forms", "install", str(form)).returncode == 0
    (tmp_path / "IMG_7.jpg").write_bytes(jpeg_bytes(1000, 500, exif_gps=True))
    (tmp_path / "empty.jpg").write_bytes(b"")
    steps = tmp_path / "steps.json"
    steps.write_text(json.dumps([{"ref": "/data/shelter", "file": str(tmp_path / "empty.jpg")}]))
    r = cli("forms", "submit", CASE, "shelter", "--steps", str(steps))
    assert r.returncode == 1 and "step 0" in r.stderr and "empty" in r.stderr and "Traceback" not in r.stderr
    steps.write_text(json.dumps([{"ref": "/data/shelter", "file": str(tmp_path / "IMG_7.jpg")}]))
    r = cli("forms", "submit", CASE, "shelter", "--steps", str(steps), "--json")
    assert r.returncode == 0, r.stderr
    r = cli("forms", "export", "shelter", "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    [photo] = (tmp_path / "out" / "media").iterdir()
    with Image.open(photo) as image:
        assert image.size == (800, 400) and not image.getexif()
    assert photo.name in (tmp_path / "out" / "shelter.csv").read_text(encoding="utf-8-sig")
