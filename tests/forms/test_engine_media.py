"""Media questions (image, audio, video, file; signature, draw, annotate) in the form model and the
engine: accepted from real pyxform output, the answer is a file name, the draft carries the files'
vault references (only those some answer still uses) and the submission lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.forms.engine import FormInstance
from app.forms.errors import AnswerError
from app.forms.model import FormError
from app.forms.xlsform import load_form
from tests.forms.builders import FIXED_NOW, open_form, write_xlsform

SURVEY = [
    ["type", "name", "label", "parameters", "appearance", "relevant"],
    ["image", "photo", "Photo of the shelter", "max-pixels=1024", "", ""],
    ["audio", "voice", "Recording", "", "", ""],
    ["video", "clip", "Video", "", "", ""],
    ["file", "doc", "Document", "", "", ""],
    ["image", "sig", "Signature", "", "signature", ""],
    ["image", "sketch", "Sketch", "", "draw", ""],
    ["image", "marked", "Marked up", "", "annotate", ""],
    ["select_one yn", "more", "More?", "", "", ""],
    ["image", "extra", "Extra photo", "", "", "${more} = 'yes'"],
]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
META = {"hash": "ab" * 32, "mime": "image/jpeg", "size": 1234, "width": 1024, "height": 768}


def _form(tmp_path: Path) -> FormInstance:
    return open_form(tmp_path, SURVEY, CHOICES)


def test_every_media_question_is_an_upload_control_with_its_mediatype_and_max_pixels(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    by_name = {ref.rsplit("/", 1)[-1]: c for ref, c in inst.form.by_ref.items()}
    assert by_name["photo"].kind == "upload"
    assert by_name["photo"].mediatype == "image/*"
    assert by_name["photo"].max_pixels == 1024
    assert by_name["voice"].mediatype == "audio/*"
    assert by_name["clip"].mediatype == "video/*"
    assert by_name["doc"].kind == "upload"
    assert by_name["doc"].mediatype in ("", "application/*")
    assert by_name["sig"].appearance == "signature"
    assert by_name["sketch"].appearance == "draw"
    assert by_name["marked"].appearance == "annotate"
    assert by_name["sig"].max_pixels is None
    assert inst.form.binds["/data/photo"].type == "binary"
    kinds = {s.ref.rsplit("/", 1)[-1]: s.kind for s in inst.states()}
    assert kinds["photo"] == kinds["doc"] == "upload"


def test_the_answer_is_the_file_name_and_submission_lists_its_file(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    inst.add_file("1733558000123.jpg", META)
    inst.set_value("/data/photo", "1733558000123.jpg")
    assert "<photo>1733558000123.jpg</photo>" in inst.to_xml()
    assert inst.submission_files() == [("/data/photo", "1733558000123.jpg", META)]


def test_a_non_relevant_media_answer_is_not_submitted(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    inst.add_file("extra.jpg", META)
    inst.set_value("/data/more", "yes")
    inst.set_value("/data/extra", "extra.jpg")
    assert [name for _, name, _ in inst.submission_files()] == ["extra.jpg"]
    inst.set_value("/data/more", "no")
    assert inst.submission_files() == []
    assert "extra.jpg" in inst.snapshot()["files"]  # the draft keeps it: it comes back if relevant again


def test_a_path_is_not_a_file_name(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    for bad in ("../../etc/passwd", "a/b.jpg", "c:\\x.jpg", "x" * 300):
        with pytest.raises(AnswerError):
            inst.set_value("/data/photo", bad)
    with pytest.raises(AnswerError):
        inst.add_file("a/b.jpg", META)


def test_an_answer_without_its_file_is_refused_on_submit_naming_the_question(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    inst.set_value("/data/voice", "typed.m4a")
    with pytest.raises(AnswerError, match="voice"):
        inst.submission_files()


def test_the_draft_keeps_only_files_an_answer_still_names_and_comes_back(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    inst.add_file("first.jpg", META)
    inst.set_value("/data/photo", "first.jpg")
    second = dict(META, hash="cd" * 32)
    inst.add_file("second.jpg", second)
    inst.set_value("/data/photo", "second.jpg")  # replaced: the first file is no longer needed
    inst.add_file("sig.png", dict(META, mime="image/png"))
    inst.set_value("/data/sig", "sig.png")
    saved = inst.snapshot()
    assert set(saved["files"]) == {"second.jpg", "sig.png"}
    back = FormInstance.from_snapshot(inst.form, saved, now=lambda: FIXED_NOW)
    assert back.node_at("/data/photo").value == "second.jpg"
    assert back.files["second.jpg"]["hash"] == "cd" * 32
    assert {n for _, n, _ in back.submission_files()} == {"second.jpg", "sig.png"}


def test_a_draft_with_malformed_file_references_still_opens(tmp_path: Path) -> None:
    inst = _form(tmp_path)
    saved = inst.snapshot()
    saved["files"] = {"x.jpg": "not a dict", 3: {"hash": "a"}}
    back = FormInstance.from_snapshot(inst.form, saved)
    assert back.files == {}


def test_max_pixels_must_be_a_positive_number(tmp_path: Path) -> None:
    survey = [["type", "name", "label", "parameters"], ["image", "p", "Photo", "max-pixels=1024"]]
    form = load_form(write_xlsform(tmp_path / "f.xlsx", survey))
    broken = form.xml.replace('orx:max-pixels="1024"', 'orx:max-pixels="big"')
    assert broken != form.xml
    from app.forms.model import parse_xform

    with pytest.raises(FormError, match="max-pixels"):
        parse_xform(broken)


def test_a_binary_node_no_question_shows_is_refused(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["image", "p", "Photo"]]
    form = load_form(write_xlsform(tmp_path / "f.xlsx", survey))
    start = form.xml.index("<upload")
    end = form.xml.index("</upload>") + len("</upload>")
    from app.forms.model import parse_xform

    with pytest.raises(FormError, match="nothing could fill it in"):
        parse_xform(form.xml[:start] + form.xml[end:])
