"""The tag editor of an XLSForm `osm` question (app/ui/forms/osm_widgets.py) in the form window:
one row per tag with the form's values offered by label and free text taken; the answer an OSM XML
file (one node at the form's answered location, its tags) stored as an answer file; an .osm file
from OpenMapKit or JOSM attached, its tags shown and its geometry kept when a tag is changed; a
file that is not one refused under the question; a submitted form shows the tags as a table.
Over a real workspace, the file goes to the encrypted vault through form_media on the worker.
Screenshots (English and right to left, Arabic) go to /tmp/form_questions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from defusedxml import ElementTree as SafeET
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog

from app.errors import UnsupportedFile
from app.forms import osm
from app.forms.engine import FormInstance
from app.forms.xlsform import load_form
from app.services import form_media
from app.services import forms as F
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.forms.osm_widgets import OsmQuestion
from app.ui.forms.renderer import FormView
from app.ui.forms.session import FormDialog, StartInterviewDialog
from app.ui.tasks import TaskRunner
from tests.forms.builders import FIXED_NOW, write_xlsform
from tests.ui.waiting import settle

SHOTS = Path("/tmp/form_questions")
CASE = "LIM-000779"
SURVEY = [
    ["type", "name", "label", "label::Arabic (ar)", "required"],
    ["geopoint", "where", "Where is the shelter?", "أين المأوى؟", ""],
    ["osm shelter_tags", "shelter", "Tag the shelter", "صف المأوى", "yes"],
]
OSM_SHEET = [
    ["list_name", "name", "label"],
    ["shelter_tags", "building", "Kind of building"],
    ["shelter_tags", "name", "Name on the door"],
    ["shelter_tags", "roof:material", "Roof"],
    ["building", "house", "House"],
    ["building", "tent", "Tent"],
    ["roof:material", "metal", "Metal sheets"],
    ["roof:material", "tarp", "Tarpaulin"],
]
JOSM_WAY = b"""<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="JOSM" user="synthetic-mapper">
  <node id="-11" lat="3.7621" lon="34.8382" uid="7"/><node id="-12" lat="3.7623" lon="34.8385"/>
  <node id="-13" lat="3.7619" lon="34.8386"/>
  <way id="-10" action="modify"><nd ref="-11"/><nd ref="-12"/><nd ref="-13"/><nd ref="-11"/>
    <tag k="building" v="school"/><tag k="name" v="Block C"/><tag k="levels" v="2"/></way>
</osm>"""


class MemoryFiles:
    """AnswerFiles in a dict, checking OSM files as form_media does (answered at once)."""

    def __init__(self) -> None:
        self.stored: dict[str, bytes] = {}
        self.sources: list[str] = []

    def put(
        self,
        data: bytes,
        filename: str,
        *,
        source: str,
        mediatype: str,
        max_pixels: int | None,
        done: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None:
        assert mediatype == "osm/*" and max_pixels is None
        try:
            cleaned = osm.clean_osm(data)
        except UnsupportedFile as exc:
            failed(exc.message)
            return
        name = f"{1733558000123 + len(self.stored)}.osm"
        self.stored[name] = cleaned
        self.sources.append(source)
        done(name)

    def get(self, name: str, done: Callable[[bytes | None], None]) -> None:
        done(self.stored.get(name))

    def info(self, name: str) -> dict[str, Any] | None:
        data = self.stored.get(name)
        return {"mime": osm.OSM_MIME, "size": len(data), "width": None, "height": None} if data else None


def _form(tmp_path: Path) -> FormInstance:
    path = write_xlsform(
        tmp_path / "shelter.xlsx", SURVEY, settings={"form_title": "Shelter"}, sheets={"osm": OSM_SHEET}
    )
    return FormInstance(load_form(path), now=lambda: FIXED_NOW)


def _view(qtbot, inst: FormInstance, files: MemoryFiles, *, rtl: bool = False, **kwargs: Any) -> FormView:  # noqa: ANN001
    view = FormView(inst, files=files, **kwargs)
    if rtl:
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def _osm(view: FormView) -> OsmQuestion:
    widget = view.question_widget("/data/shelter")
    assert isinstance(widget, OsmQuestion)
    return widget


def _box(q: OsmQuestion, key: str) -> QComboBox:
    return next(r.box for r in q._rows if r.key == key)


def _type(qtbot, box: QComboBox, text: str) -> None:  # noqa: ANN001
    line = box.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    if text:
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _pick(box: QComboBox, label: str) -> None:
    at = box.findText(label)
    assert at >= 0, label
    box.setCurrentIndex(at)
    box.activated.emit(at)  # as a click in the list does


def _node_of(data: bytes) -> tuple[dict[str, str], dict[str, str]]:
    root = SafeET.fromstring(data)
    node = root.find("node")
    assert root.get("generator") == "Circuit Ride" and node is not None
    return dict(node.attrib), {t.get("k"): t.get("v") for t in node.findall("tag")}


def test_each_tag_is_a_row_offering_the_forms_values_by_label(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    view = _view(qtbot, _form(tmp_path), MemoryFiles())
    q = _osm(view)
    assert [(r.label.text(), r.key) for r in q._rows] == [
        ("Kind of building", "building"),
        ("Name on the door", "name"),
        ("Roof", "roof:material"),
    ]
    building = _box(q, "building")
    assert [building.itemText(i) for i in range(building.count())] == ["House", "Tent"]
    assert building.isEditable() and building.currentText() == ""
    assert building.lineEdit() is not None and building.lineEdit().placeholderText() == "building"
    assert _box(q, "name").count() == 0
    assert q.attach_button.isVisible() and not q.remove_button.isVisible()
    assert "no coordinates" in q.details.text()


def test_filled_tags_become_an_osm_file_answer_at_the_forms_location(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst, files = _form(tmp_path), MemoryFiles()
    inst.set_value("/data/where", "3.7621 34.8382 0.0 0.0")
    view = _view(qtbot, inst, files)
    q = _osm(view)
    assert "3.762100, 34.838200" in q.details.text()
    _pick(_box(q, "building"), "Tent")
    name = inst.node_at("/data/shelter").value
    assert name.endswith(".osm") and files.sources == ["tags"]
    attrs, tags = _node_of(files.stored[name])
    assert tags == {"building": "tent"}  # the value, not its label
    assert int(attrs["id"]) < 0 and (attrs["lat"], attrs["lon"]) == ("3.7621", "34.8382")
    # Free text is a value too (OSM tags are free-form); a typed label means its value.
    _type(qtbot, _box(q, "name"), 'Shelter "A" & <B>')
    _type(qtbot, _box(q, "roof:material"), "Tarpaulin")
    latest = inst.node_at("/data/shelter").value
    assert latest != name
    assert _node_of(files.stored[latest])[1] == {
        "building": "tent",
        "name": 'Shelter "A" & <B>',
        "roof:material": "tarp",
    }
    assert q.remove_button.isVisible()
    # Emptied, the question has no answer again.
    for key in ("building", "name", "roof:material"):
        _type(qtbot, _box(q, key), "")
    assert inst.node_at("/data/shelter").value == ""


def test_an_attached_osm_file_shows_its_tags_and_keeps_its_geometry_when_edited(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst, files = _form(tmp_path), MemoryFiles()
    view = _view(qtbot, inst, files)
    q = _osm(view)
    way = tmp_path / "block_c.osm"
    way.write_bytes(JOSM_WAY)
    q.use_file(way)
    name = inst.node_at("/data/shelter").value
    assert name and files.sources == ["file"] and b"synthetic-mapper" not in files.stored[name]
    assert _box(q, "building").currentText() == "school"  # not an offered value: kept as typed
    assert _box(q, "name").currentText() == "Block C"
    assert [r.key for r in q._rows if not r.from_form] == ["levels"]  # the file's other tag, shown too
    assert "3.762100, 34.838200" in q.details.text()
    _pick(_box(q, "building"), "House")
    edited = files.stored[inst.node_at("/data/shelter").value]
    root = SafeET.fromstring(edited)
    way_el = root.find("way")
    assert way_el is not None and len(way_el.findall("nd")) == 4 and len(root.findall("node")) == 3
    assert {t.get("k"): t.get("v") for t in way_el.findall("tag")} == {
        "building": "house",
        "name": "Block C",
        "levels": "2",
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'<!DOCTYPE osm [<!ENTITY x "boom">]><osm><node id="1"><tag k="a" v="&x;"/></node></osm>', "document type"),
        (b"<kml><Placemark/></kml>", "not an OSM file"),
        (b"\x89PNG\r\n\x1a\nnot xml", "not an OSM file"),
    ],
)
def test_a_file_that_is_no_safe_osm_file_is_refused_under_the_question(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    content: bytes,
    message: str,
) -> None:
    inst, files = _form(tmp_path), MemoryFiles()
    q = _osm(_view(qtbot, inst, files))
    bad = tmp_path / "bad.osm"
    bad.write_bytes(content)
    q.use_file(bad)
    assert message in q.problem() and inst.node_at("/data/shelter").value == "" and files.stored == {}


def test_a_submitted_osm_answer_is_a_table_of_its_tags(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst, files = _form(tmp_path), MemoryFiles()
    files.put(
        osm.osm_document([("building", "tent"), ("name", "Shelter 4")], 3.7, 34.8),
        "x.osm",
        source="tags",
        mediatype="osm/*",
        max_pixels=None,
        done=lambda name: inst.set_value("/data/shelter", name),
        failed=pytest.fail,
    )
    view = _view(qtbot, inst, files, read_only=True)
    q = _osm(view)
    assert q.read_only and not q.grid_host.isVisible() and not q.attach_button.isVisible()
    assert q.table.isVisible()
    rows = [(q.model.item(r, 0).text(), q.model.item(r, 1).text()) for r in range(q.model.rowCount())]
    assert rows == [("Kind of building", "Tent"), ("Name on the door", "Shelter 4")]
    assert q.details.text() == "The feature is at 3.700000, 34.800000."


@pytest.mark.parametrize("rtl", [False, True])
def test_screenshot_of_the_tag_editor(qtbot, tmp_path: Path, rtl: bool) -> None:  # noqa: ANN001
    inst, files = _form(tmp_path), MemoryFiles()
    inst.set_value("/data/where", "3.7621 34.8382 0.0 0.0")
    view = _view(qtbot, inst, files, rtl=rtl)
    if rtl:
        view.set_language("Arabic (ar)")
    q = _osm(view)
    _pick(_box(q, "building"), "Tent")
    _type(qtbot, _box(q, "name"), "Shelter 4")
    view.go_to_page(next(i for i in range(view.page_count()) if view.question_widget("/data/shelter")))
    q.ensurePolished()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(SHOTS / f"osm_{'rtl' if rtl else 'ltr'}.png"))
    assert q.label.text().startswith("صف المأوى" if rtl else "Tag the shelter")


# ----- over a real workspace ------------------------------------------------------------------


@pytest.fixture
def ctx(qtbot, ws: Workspace, tmp_path: Path) -> Iterator[UiContext]:  # noqa: ANN001
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Omar", "dob": "1990-02-03"}],
    )
    form = write_xlsform(
        tmp_path / "shelter_osm.xlsx",
        SURVEY,
        settings={"form_id": "shelter_osm", "version": "1", "form_title": "Shelter map"},
        sheets={"osm": OSM_SHEET},
    )
    F.install_form(ws, form)
    tasks = TaskRunner()
    yield UiContext(ws, tasks, settings(), Events())
    tasks.wait()


def test_the_osm_answer_goes_to_the_vault_and_is_submitted(
    qtbot,  # noqa: ANN001
    ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)

    def accept(dialog: StartInterviewDialog) -> int:
        dialog.form.setCurrentIndex(dialog.form.findData("shelter_osm"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartInterviewDialog, "exec", accept)
    view.forms.start_button.click()
    settle(ctx.tasks)
    dialog: FormDialog = view.forms.current_dialog
    qtbot.waitExposed(dialog)
    q = dialog.view.question_widget("/data/shelter")
    assert isinstance(q, OsmQuestion)
    _pick(_box(q, "building"), "House")
    settle(ctx.tasks)  # stored on the worker, answered on the GUI thread
    _type(qtbot, _box(q, "name"), "North block")
    settle(ctx.tasks)
    inst = dialog.instance()
    name = inst.node_at("/data/shelter").value
    assert name.endswith(".osm") and inst.files[name]["mime"] == osm.OSM_MIME
    stored = form_media.read_answer_file(ctx.ws, inst.files[name])
    assert osm.read_osm(stored).tags == (("building", "house"), ("name", "North block"))

    with qtbot.waitSignal(dialog.finished_with, timeout=10_000) as outcome:
        dialog.submit()
    assert outcome.args == ["submitted"]
    settle(ctx.tasks)
    [info] = F.submissions(ctx.ws, CASE)
    submitted = F.open_submission(ctx.ws, info.id)
    assert [f for _ref, f, _meta in submitted.submission_files()] == [name]
