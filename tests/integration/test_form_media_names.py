"""Issue 18, point 2: a form's media and list files come only from the names it declares, and only
from inside its folder. Text that merely looks like a file reference (a comment, a label, a hint)
reads nothing; a declared name that leaves the folder (`..`, an absolute path, a link out) is
refused with the name; a form row whose attachment names leave the folder is never used.

Each test puts a synthetic secret beside the form's folder and checks it never reaches the
installed form (which would travel to HQ and every laptop).
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import Form
from app.services.forms import form_row_id, install_form, load_installed
from app.services.uow import unit_of_work
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.forms.builders import write_xlsform
from tests.integration.conftest import unlocked
from tests.support.hq import enrolled, running_hq

SECRET = b"SYNTHETIC-SECRET-4f1c outside the form folder\n"
SECRET_CSV = b"name,label\nleak,SYNTHETIC-SECRET-4f1c\n"
FLAG_PNG = b"\x89PNG\r\n\x1a\n synthetic image bytes"
CITIES_CSV = b"name,label\nlima,Lima\ncusco,Cusco\n"
ISSUE_TEXT = "jr://file//etc/passwd and jr://file/../../../../../etc/shadow"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The form's folder, with secrets right beside it (one `..` away)."""
    (tmp_path / "secret.txt").write_bytes(SECRET)
    (tmp_path / "secret.png").write_bytes(SECRET)
    (tmp_path / "secret.csv").write_bytes(SECRET_CSV)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "flag.png").write_bytes(SECRET)
    forms = tmp_path / "forms"
    forms.mkdir()
    return forms


def xform(*, comment: str = "", label: str = "Where?", hint: str = "", media: str = "", lists: str = "") -> str:
    hint_el = f"<hint>{hint}</hint>" if hint else ""
    return f"""<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
        xmlns:jr="http://openrosa.org/javarosa">
  <h:head>
    <h:title>Media names</h:title>
    <!-- {comment} -->
    <model>
      <itext><translation lang="English (en)" default="true()">
        <text id="/data/where:label"><value>{label}</value>{media}</text>
      </translation></itext>
      <instance><data id="media_names" version="1"><where/><meta><instanceID/></meta></data></instance>
      {lists}
      <bind nodeset="/data/where" type="string"/>
      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
    </model>
  </h:head>
  <h:body>
    <input ref="/data/where"><label ref="jr:itext('/data/where:label')"/>{hint_el}</input>
  </h:body>
</h:html>
"""


def installed_forms(ws_path: Path) -> list[dict[str, Any]]:
    with unlocked(ws_path) as ws, ws.session() as s:
        return [{"form_id": f.form_id, "attachments": dict(f.attachments or {})} for f in s.scalars(select(Form))]


def decoded(attachments: dict[str, str]) -> dict[str, bytes]:
    return {name: base64.b64decode(value) for name, value in attachments.items()}


def assert_no_secret(ws_path: Path) -> None:
    for form in installed_forms(ws_path):
        for name, data in decoded(form["attachments"]).items():
            assert b"SYNTHETIC-SECRET" not in data and b"root:" not in data, name
            assert ".." not in name and not name.startswith("/"), name


# ----- text that is not a declaration reads nothing -------------------------------------------------
def test_jr_file_text_in_an_xform_comment_label_and_hint_reads_no_file(
    cli,  # noqa: ANN001
    ws: Workspace,
    folder: Path,
    ws_path: Path,
) -> None:
    ws.lock()
    path = folder / "media_names.xml"
    path.write_text(
        xform(
            comment=f"{ISSUE_TEXT} jr://file/{folder.parent / 'secret.txt'}",
            label=f"See {ISSUE_TEXT}",
            hint="jr://file-csv/../secret.csv and jr://file/../secret.txt",
        ),
        encoding="utf-8",
    )
    r = cli("forms", "check", str(path))
    assert r.returncode == 0, r.stderr
    assert "Supported" in r.stderr
    r = cli("forms", "install", str(path))
    assert r.returncode == 0, r.stderr
    [form] = installed_forms(ws_path)
    assert form["form_id"] == "media_names" and sorted(form["attachments"]) == []


def test_jr_file_text_in_xlsform_labels_hints_and_messages_reads_no_file(
    cli,  # noqa: ANN001
    ws: Workspace,
    folder: Path,
    ws_path: Path,
) -> None:
    ws.lock()
    path = write_xlsform(
        folder / "labels.xlsx",
        [
            ["type", "name", "label", "hint", "constraint", "constraint_message"],
            [
                "integer",
                "age",
                f"Age? {ISSUE_TEXT}",
                "jr://file/../secret.txt",
                ". < 120",
                "jr://file-csv/../secret.csv",
            ],
        ],
        settings={"form_id": "labels", "version": "1"},
    )
    r = cli("forms", "check", str(path), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["ok"] is True
    r = cli("forms", "install", str(path))
    assert r.returncode == 0, r.stderr
    [form] = installed_forms(ws_path)
    assert form["form_id"] == "labels" and sorted(form["attachments"]) == []


# ----- declared names that leave the folder are refused -----------------------------------------------
def test_a_declared_xlsform_image_with_dot_dot_is_refused_with_its_name_and_row(
    cli,  # noqa: ANN001
    ws: Workspace,
    folder: Path,
    ws_path: Path,
) -> None:
    ws.lock()
    path = write_xlsform(
        folder / "climb.xlsx",
        [["type", "name", "label", "media::image"], ["text", "who", "Who?", "../secret.png"]],
        settings={"form_id": "climb", "version": "1"},
    )
    r = cli("forms", "check", str(path), "--json")
    assert r.returncode == 1, r.stderr
    [problem] = json.loads(r.stdout)["problems"]
    assert problem["row"] == 2 and "`../secret.png`" in problem["message"] and "`..`" in problem["message"]
    assert "survey row 2" in r.stderr and "Traceback" not in r.stderr
    r = cli("forms", "install", str(path))
    assert r.returncode == 1
    assert "cannot be installed" in r.stderr and "../secret.png" in r.stderr and "Traceback" not in r.stderr
    assert installed_forms(ws_path) == []


@pytest.mark.parametrize(
    ("declared", "reason"),
    [
        ('<value form="image">jr://images/../secret.png</value>', "`..`"),
        ('<value form="audio">jr://file/../../../../../etc/shadow</value>', "`..`"),
        ('<value form="image">jr://images//etc/passwd</value>', "absolute path"),
        ('<value form="image">jr://images/..\\secret.png</value>', "backslash"),
        ('<value form="video">jr://video/C:secret.png</value>', "drive"),
        ('<instance id="cities" src="jr://file-csv/{secret_csv}"/>', "absolute path"),
        ('<instance id="cities" src="jr://file/../secret.csv"/>', "`..`"),
    ],
    ids=[
        "image-dotdot",
        "audio-issue-shadow",
        "image-issue-passwd",
        "backslash",
        "drive",
        "list-absolute",
        "list-dotdot",
    ],
)
def test_a_declared_xform_file_name_leaving_the_folder_is_refused(
    cli,  # noqa: ANN001
    ws: Workspace,
    folder: Path,
    ws_path: Path,
    declared: str,
    reason: str,
) -> None:
    ws.lock()
    declared = declared.replace("{secret_csv}", str(folder.parent / "secret.csv"))
    is_list = declared.startswith("<instance")
    path = folder / "declared.xml"
    path.write_text(xform(lists=declared) if is_list else xform(media=declared), encoding="utf-8")
    name = declared.split("/", 3)[-1].split("<", 1)[0].split('"', 1)[0]
    r = cli("forms", "check", str(path))
    assert r.returncode == 1, r.stderr
    assert f"`{name}`" in r.stderr and reason in r.stderr and "Traceback" not in r.stderr
    r = cli("forms", "install", str(path))
    assert r.returncode == 1 and f"`{name}`" in r.stderr
    assert installed_forms(ws_path) == []


def test_a_declared_file_that_links_out_of_the_folder_is_refused(
    cli,  # noqa: ANN001
    ws: Workspace,
    folder: Path,
    ws_path: Path,
) -> None:
    ws.lock()
    os.symlink(folder.parent / "secret.png", folder / "flag.png")
    os.symlink(folder.parent / "secret.csv", folder / "cities.csv")
    os.symlink(folder.parent / "outside", folder / "media")  # a folder on the way that leads out
    path = write_xlsform(
        folder / "links.xlsx",
        [
            ["type", "name", "label", "media::image", "media::audio"],
            ["select_one_from_file cities.csv", "city", "City", "flag.png", "media/flag.png"],
        ],
        settings={"form_id": "links", "version": "1"},
    )
    r = cli("forms", "check", str(path), "--json")
    assert r.returncode == 1, r.stderr
    problems = json.loads(r.stdout)["problems"]
    for name in ("flag.png", "media/flag.png", "cities.csv"):
        [problem] = [p for p in problems if f"`{name}`" in p["message"]]
        assert "link to a file outside the form's folder" in problem["message"] and problem["row"] == 2, name
    r = cli("forms", "install", str(path))
    assert r.returncode == 1 and "`cities.csv`" in r.stderr and "Traceback" not in r.stderr
    assert installed_forms(ws_path) == []


# ----- legitimate files still travel -------------------------------------------------------------
def test_declared_image_and_file_list_inside_the_folder_install_with_their_bytes(
    cli,  # noqa: ANN001
    ws: Workspace,
    folder: Path,
    ws_path: Path,
) -> None:
    ws.lock()
    (folder / "flag.png").write_bytes(FLAG_PNG)
    (folder / "cities.csv").write_bytes(CITIES_CSV)
    (folder / "media").mkdir()
    (folder / "media" / "sound.mp3").write_bytes(b"ID3 synthetic audio")
    os.symlink("flag.png", folder / "alias.png")  # a link that stays inside the folder is fine
    path = write_xlsform(
        folder / "good.xlsx",
        [
            ["type", "name", "label", "media::image", "media::audio"],
            ["select_one_from_file cities.csv", "city", "City", "flag.png", "media/sound.mp3"],
            ["select_one yn", "ok", "OK?", "alias.png", ""],
            ["note", "later", "Later", "not_there_yet.png", ""],  # missing media: left out, as before
        ],
        choices=[["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
        settings={"form_id": "good", "version": "1"},
    )
    r = cli("forms", "check", str(path))
    assert r.returncode == 0, r.stderr
    r = cli("forms", "install", str(path))
    assert r.returncode == 0, r.stderr
    [form] = installed_forms(ws_path)
    assert decoded(form["attachments"]) == {
        "flag.png": FLAG_PNG,
        "alias.png": FLAG_PNG,
        "media/sound.mp3": b"ID3 synthetic audio",
        "cities.csv": CITIES_CSV,
    }
    with unlocked(ws_path) as again:
        cities = load_installed(again, "good").secondary["cities"]
    assert [item.findtext("name") for item in cities] == ["lima", "cusco"]


# ----- attachment names that arrive in a form row ----------------------------------------------------
GOOD_LIST_XFORM = xform(lists='<instance id="cities" src="jr://file-csv/cities.csv"/>')
BAD_NAMES = ["/etc/passwd", "../../../../../etc/shadow", "lists/../../secret.csv", "..\\secret.csv", "C:secret.csv"]


def plant_form_row(ws: Workspace, attachments: dict[str, bytes]) -> None:
    """A form row as another laptop (an old or tampered client) could send it: stored as-is."""
    with unit_of_work(ws, "manage_reference_data") as uow:
        row = Form(
            form_id="media_names",
            version="1",
            title="Media names",
            languages=["English (en)"],
            xform=GOOD_LIST_XFORM,
            attachments={k: base64.b64encode(v).decode("ascii") for k, v in attachments.items()},
            source_name="media_names.xml",
            active=True,
        )
        row.id = form_row_id("media_names", "1", GOOD_LIST_XFORM)
        uow.create(row, case_id=None, summary="form media_names version 1 installed")


@pytest.mark.parametrize("bad_name", [*BAD_NAMES, "nul\x00.csv"])
def test_an_installed_form_whose_attachment_names_leave_the_folder_is_not_opened(ws: Workspace, bad_name: str) -> None:
    plant_form_row(ws, {"cities.csv": CITIES_CSV, bad_name: SECRET_CSV})
    with pytest.raises(InvalidInput) as refused:
        load_installed(ws, "media_names")
    assert "has an attachment named" in refused.value.message and "corrected version" in refused.value.message


def test_the_cli_refuses_to_fill_an_installed_form_with_an_attachment_name_out_of_the_folder(
    cli,  # noqa: ANN001
    ws: Workspace,
    tmp_path: Path,
) -> None:
    from app.services.cases import create_case

    create_case(ws, {"case_number": "LIM-000181", "site": "Lima"}, [{"role": "principal_applicant",
                "family_name": "Synthfam", "given_names": "Ana", "dob": "1980-01-02"}])  # fmt: skip
    plant_form_row(ws, {"cities.csv": CITIES_CSV, "../../../../../etc/shadow": SECRET_CSV})
    ws.lock()
    steps = tmp_path / "steps.json"
    steps.write_text(json.dumps([{"ref": "/data/where", "value": "Lima"}]), encoding="utf-8")
    r = cli("forms", "submit", "LIM-000181", "media_names", "--steps", str(steps))
    assert r.returncode == 1
    assert "`../../../../../etc/shadow`" in r.stderr and "Traceback" not in r.stderr


def test_a_form_row_with_attachment_names_out_of_the_folder_is_not_used_after_sync(tmp_path: Path) -> None:
    """The tampered row goes through a real HQ: whichever side stops it, the receiving laptop never
    opens a form with those names."""
    with running_hq(tmp_path / "hq") as hq:
        lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
        plant_form_row(lead, {"cities.csv": CITIES_CSV, "/etc/passwd": SECRET_CSV})
        sync(lead)
        field = enrolled(hq, tmp_path / "field", "field-laptop")
        try:
            sync(field)
            with pytest.raises((InvalidInput, NotFound)) as refused:
                load_installed(field, "media_names")
            if isinstance(refused.value, InvalidInput):
                assert "`/etc/passwd`" in refused.value.message
        finally:
            field.lock()
            lead.lock()


def test_install_from_python_refuses_a_caller_supplied_attachment_name_out_of_the_folder(
    ws: Workspace, folder: Path
) -> None:
    from app.services.forms import install_form_bytes

    path = folder / "lists.xml"
    path.write_text(GOOD_LIST_XFORM, encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        install_form_bytes(ws, path.read_bytes(), path.name, {"cities.csv": CITIES_CSV, "../x.csv": SECRET_CSV})
    assert "`../x.csv`" in refused.value.message
    (folder / "cities.csv").write_bytes(CITIES_CSV)
    info, new = install_form(ws, path)
    assert new and info.form_id == "media_names"
