"""XLSForm `osm` questions (issue 23): the `<upload mediatype="osm/*">` with its `<tag>`s is read
into the model (key, label, offered values), the form is accepted, and the answer is a file answer
(the name of an OSM XML file in the vault). The OSM file itself (app/forms/osm.py): built with
ElementTree, read with a parser that refuses entities, tags replaced keeping the geometry, the
mapper's account dropped; and form_media stores it like any answer file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from defusedxml import ElementTree as ET

from app.errors import UnsupportedFile
from app.forms import osm
from app.forms.model import OSM_MEDIATYPE, FormError, parse_xform
from app.forms.xlsform import load_form
from app.services import form_media
from app.store.workspace import Workspace
from tests.forms.builders import open_form

CORPUS = Path(__file__).resolve().parents[1] / "forms_odk" / "corpus" / "practice" / "osm-fieldwork" / "XForms"
SURVEY = [
    ["type", "name", "label", "required"],
    ["geopoint", "where", "Where is it?", ""],
    ["osm shelter_tags", "shelter", "Tag the shelter", "yes"],
]
OSM_SHEET = [
    ["list_name", "name", "label"],
    ["shelter_tags", "building", "Kind of building"],
    ["shelter_tags", "name", "Name on the door"],
    ["shelter_tags", "roof:material", "Roof"],
    ["building", "house", "House"],
    ["building", "tent", "Tent"],
    ["roof:material", "metal", "Metal sheets"],
    ["roof:material", "tarp", "Tarpaulin & rope"],
]
META = {"hash": "cd" * 32, "mime": osm.OSM_MIME, "size": 321, "width": None, "height": None}


def test_an_osm_question_is_an_upload_with_its_tags_labels_and_offered_values(tmp_path: Path) -> None:
    inst = open_form(tmp_path, SURVEY, sheets={"osm": OSM_SHEET})
    ctl = inst.form.by_ref["/data/shelter"]
    node = inst.node_at("/data/shelter")
    assert ctl.kind == "upload" and ctl.mediatype == OSM_MEDIATYPE
    assert [t.key for t in ctl.osm_tags] == ["building", "name", "roof:material"]
    assert [inst.render(t.label, node) for t in ctl.osm_tags if t.label] == [
        "Kind of building",
        "Name on the door",
        "Roof",
    ]
    building, name, roof = ctl.osm_tags
    assert [(i.value, inst.render(i.label, node)) for i in building.items] == [("house", "House"), ("tent", "Tent")]
    assert name.items == ()
    assert [(i.value, inst.render(i.label, node)) for i in roof.items] == [
        ("metal", "Metal sheets"),
        ("tarp", "Tarpaulin & rope"),
    ]
    assert inst.form.binds["/data/shelter"].type == "binary"
    assert {s.ref: s.kind for s in inst.states()}["/data/shelter"] == "upload"


def test_the_osm_answer_is_a_file_answer_carried_by_the_submission(tmp_path: Path) -> None:
    inst = open_form(tmp_path, SURVEY, sheets={"osm": OSM_SHEET})
    inst.add_file("1733558000123.osm", META)
    inst.set_value("/data/shelter", "1733558000123.osm")
    assert "<shelter>1733558000123.osm</shelter>" in inst.to_xml()
    assert inst.submission_files() == [("/data/shelter", "1733558000123.osm", META)]
    assert inst.snapshot()["files"] == {"1733558000123.osm": META}


def test_an_osm_answer_naming_no_stored_file_is_refused_at_submission(tmp_path: Path) -> None:
    from app.forms.errors import AnswerError

    inst = open_form(tmp_path, SURVEY, sheets={"osm": OSM_SHEET})
    inst.set_value("/data/shelter", "1733558000999.osm")
    with pytest.raises(AnswerError, match="not stored on this laptop"):
        inst.submission_files()


def test_a_hand_written_xform_tag_with_items_is_read_as_javarosa_reads_it() -> None:
    xml = """<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">
      <h:head><h:title>t</h:title><model><instance><data id="t"><b/></data></instance>
      <bind nodeset="/data/b" type="binary"/></model></h:head>
      <h:body><upload ref="/data/b" mediatype="osm/*"><label>Building</label>
        <tag key="building"><label>Kind</label>
          <item><label>Yes</label><value>yes</value></item><item><label>Hut</label><value>hut</value></item>
        </tag>
        <tag key="name"><label>Name</label></tag>
      </upload></h:body></h:html>"""
    form = parse_xform(xml)
    tags = form.by_ref["/data/b"].osm_tags
    assert [(t.key, [i.value for i in t.items]) for t in tags] == [("building", ["yes", "hut"]), ("name", [])]


def test_a_tag_outside_an_osm_question_is_still_refused() -> None:
    xml = """<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">
      <h:head><h:title>t</h:title><model><instance><data id="t"><b/></data></instance>
      <bind nodeset="/data/b" type="binary"/></model></h:head>
      <h:body><upload ref="/data/b" mediatype="image/*"><label>Photo</label>
        <tag key="building"><label>Kind</label></tag></upload></h:body></h:html>"""
    with pytest.raises(FormError, match="the control `<tag>` is not supported"):
        parse_xform(xml)


def test_an_osm_tag_listed_twice_is_refused() -> None:
    xml = """<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">
      <h:head><h:title>t</h:title><model><instance><data id="t"><b/></data></instance>
      <bind nodeset="/data/b" type="binary"/></model></h:head>
      <h:body><upload ref="/data/b" mediatype="osm/*"><label>B</label>
        <tag key="name"><label>A</label></tag><tag key="name"><label>B</label></tag></upload></h:body></h:html>"""
    with pytest.raises(FormError, match="listed twice"):
        parse_xform(xml)


@pytest.mark.parametrize("name", ["businesses", "infrastructure"])
def test_forms_check_accepts_the_osm_fieldwork_forms(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.forms import cmd_forms_check

    path = CORPUS / f"{name}.xlsx"
    assert cmd_forms_check(argparse.Namespace(file=str(path), json=True)) == 0
    summary, _end = json.JSONDecoder().raw_decode(capsys.readouterr().out.strip())
    assert summary["ok"] is True and summary["media"] == 1
    form = load_form(path)
    (ctl,) = [c for c in form.by_ref.values() if c.osm_tags]
    by_key = {t.key: [i.value for i in t.items] for t in ctl.osm_tags}
    # The osm sheet's values, which pyxform 4 reads but no longer writes, are offered.
    assert by_key["addr:community"] == ["duala", "new kru town", "tweh farm"]
    assert "operator" in by_key and by_key["addr:street"] == []


# ----- the OSM file ---------------------------------------------------------------------------


def test_osm_document_is_one_new_node_with_the_filled_tags_escaped_by_elementtree() -> None:
    data = osm.osm_document([("amenity", "cafe"), ("name", 'Ali\'s "<Tea> & Bread"'), ("shop", "  ")], 3.7621, 34.8382)
    root = ET.fromstring(data)
    assert (root.tag, root.get("version"), root.get("generator")) == ("osm", "0.6", "Circuit Ride")
    (node,) = list(root)
    assert node.tag == "node" and int(node.get("id") or "0") < 0 and node.get("action") == "modify"
    assert (node.get("lat"), node.get("lon")) == ("3.7621", "34.8382")
    assert [(t.get("k"), t.get("v")) for t in node] == [("amenity", "cafe"), ("name", 'Ali\'s "<Tea> & Bread"')]
    assert osm.read_osm(data) == osm.OsmFeature(
        (("amenity", "cafe"), ("name", 'Ali\'s "<Tea> & Bread"')), 3.7621, 34.8382
    )


def test_osm_document_without_a_known_location_has_no_coordinates() -> None:
    node = ET.fromstring(osm.osm_document([("building", "tent")]))[0]
    assert node.get("lat") is None and node.get("lon") is None
    assert osm.read_osm(osm.osm_document([("building", "tent")])).lat is None


def test_reading_openmapkits_way_gives_its_tags_and_first_corner() -> None:
    data = b"""<?xml version='1.0' encoding='UTF-8' ?><osm version="0.6" generator="OpenMapKit 0.7" user="mapper">
      <node id="-1943" lat="-11.2029" lon="28.8838" /><node id="-1946" lat="-11.2030" lon="28.8839" />
      <way id="-1942" action="modify"><nd ref="-1943" /><nd ref="-1946" /><nd ref="-1943" />
      <tag k="building" v="yes" /><tag k="name" v="Block C" /></way></osm>"""
    assert osm.read_osm(data) == osm.OsmFeature((("building", "yes"), ("name", "Block C")), -11.2029, 28.8838)
    cleaned = osm.clean_osm(data)
    assert b"mapper" not in cleaned and b"user=" not in cleaned
    retagged = ET.fromstring(osm.retag(cleaned, [("building", "school"), ("name", "")]))
    way = retagged.find("way")
    assert way is not None and [nd.get("ref") for nd in way.findall("nd")] == ["-1943", "-1946", "-1943"]
    assert [(t.get("k"), t.get("v")) for t in way.findall("tag")] == [("building", "school")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY a "aaaa">]><osm><node id="1"><tag k="a" v="&a;"/></node></osm>',
            "entities",
        ),
        (b'<!DOCTYPE osm SYSTEM "file:///etc/passwd"><osm/>', "document type"),
        (b"<html><body>no</body></html>", "not an OSM file"),
        (b"PK\x03\x04 not xml", "not an OSM file"),
        (b'<osm version="0.6"><node id="1" lat="1" lon="2"/></osm>', "no tagged feature"),
    ],
)
def test_a_file_that_is_no_safe_osm_file_is_refused_with_a_message(data: bytes, message: str) -> None:
    with pytest.raises(UnsupportedFile, match=message):
        osm.read_osm(data)


def test_the_parser_without_defusedxml_refuses_a_doctype_too() -> None:
    with pytest.raises(UnsupportedFile, match="document type"):
        osm._parse_without_doctype(
            b'<!DOCTYPE osm [<!ENTITY a "x">]><osm><node id="1"><tag k="a" v="&a;"/></node></osm>'
        )
    assert osm._parse_without_doctype(b'<osm version="0.6"/>').tag == "osm"


def test_form_media_stores_an_osm_answer_in_the_vault_without_the_mappers_account(ws: Workspace) -> None:
    data = b'<osm version="0.6" user="mapper"><node id="-1" uid="42" lat="1.5" lon="2.5"><tag k="building" v="tent"/></node></osm>'
    answer = form_media.store_answer_file(ws, data, "x.osm", mediatype=OSM_MEDIATYPE, source="file")
    assert answer.name.endswith(".osm") and answer.mime == osm.OSM_MIME
    stored = form_media.read_answer_file(ws, answer.meta())
    assert b"mapper" not in stored and b'uid="42"' not in stored
    assert osm.read_osm(stored).tags == (("building", "tent"),)
    built = form_media.store_answer_file(
        ws, osm.osm_document([("name", "A")]), "tags.osm", mediatype=OSM_MEDIATYPE, source="tags"
    )
    assert osm.read_osm(form_media.read_answer_file(ws, built.meta())).tags == (("name", "A"),)
    with pytest.raises(UnsupportedFile):
        form_media.store_answer_file(ws, b"\x89PNG\r\n\x1a\n....", "p.png", mediatype=OSM_MEDIATYPE)


def test_a_location_is_spelled_as_collect_writes_it_and_old_spellings_still_read() -> None:
    from app.forms import geo

    assert geo.GeoPoint(-1.2921, 36.8219).text() == "-1.2921 36.8219 0.0 0.0"
    assert geo.GeoPoint(9.5, 30, 1650, 4.25).text() == "9.5 30.0 1650.0 4.25"
    assert geo.GeoPoint(-0.0, 1e-11).text() == "0.0 0.0 0.0 0.0"
    assert geo.parse_point("-1.2921 36.8219 0 0") == geo.GeoPoint(-1.2921, 36.8219)
    assert geo.parse_point("-1.2921 36.8219") == geo.parse_point("-1.2921 36.8219 0.0 0.0")
    assert geo.value_problem("geoshape", "0 0 0 0; 0 1 0 0; 1 1 0 0; 0 0 0 0") is None
    assert geo.points_text(geo.parse_points("0 0 0 0; 0 1 0 0") or []) == "0.0 0.0 0.0 0.0; 0.0 1.0 0.0 0.0"
