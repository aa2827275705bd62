"""GeoJSON choice lists (`select_one_from_file sites.geojson`), read as ODK Collect's engine reads them:
each feature an item with its properties, its geometry as ODK's "lat lon 0 0", `id` and `title` as the
choice's value and label; what Collect refuses is refused at load, naming the file and the feature."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.forms.geojson import load_geojson
from app.forms.model import FormError
from app.forms.xlsform import load_form
from tests.forms.builders import open_form, values, write_xlsform

H = ["type", "name", "label", "calculation", "choice_filter"]


def row(typ: str, name: str, label: str = "", calculation: str = "", choice_filter: str = "") -> list[str]:
    return [typ, name, label or name, calculation, choice_filter]


def point(lon: Any, lat: Any, **properties: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}


def write_sites(tmp_path: Path, features: list[dict[str, Any]], name: str = "sites.geojson") -> None:
    (tmp_path / name).write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")


SITES = [
    point(36.8219, -1.2921, id="nbo", title="Nairobi clinic", kind="clinic"),
    point(39.6682, -4.0435, id="mba", title="Mombasa school", kind="school"),
    point(34.7617, -0.0917, id="ksm", title="Kisumu clinic", kind="clinic"),
]


def test_features_are_the_choices_with_id_as_value_and_title_as_label(tmp_path: Path) -> None:
    write_sites(tmp_path, SITES)
    inst = open_form(tmp_path, [H, row("select_one_from_file sites.geojson", "site")])
    assert inst.choices(inst.node_at("/data/site")) == [
        ("nbo", "Nairobi clinic"),
        ("mba", "Mombasa school"),
        ("ksm", "Kisumu clinic"),
    ]


def test_geometry_is_latitude_first_and_properties_filter_and_calculate(tmp_path: Path) -> None:
    write_sites(tmp_path, SITES)
    inst = open_form(
        tmp_path,
        [
            H,
            row("select_one kind", "kind"),
            row("select_one_from_file sites.geojson", "site", choice_filter="kind=${kind}"),
            row("calculate", "where", calculation="instance('sites')/root/item[id=${site}]/geometry"),
            row("calculate", "lat", calculation="selected-at(${where}, 0)"),
        ],
        choices=[["list_name", "name", "label"], ["kind", "clinic", "Clinic"], ["kind", "school", "School"]],
    )
    inst.set_value("/data/kind", "clinic")
    assert [v for v, _ in inst.choices(inst.node_at("/data/site"))] == ["nbo", "ksm"]
    inst.set_value("/data/site", "ksm")
    assert values(inst)["/data/where"] == "-0.0917 34.7617 0 0"
    assert values(inst)["/data/lat"] == "-0.0917"


def test_feature_id_overrides_the_id_property_and_numbers_keep_their_spelling() -> None:
    data = json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "id": 7, "geometry": {"type": "Point", "coordinates": [102, 0.5]},
                 "properties": {"id": "x", "title": "Seven", "fee": 1.50, "open": True, "note": None}},
                {"type": "Feature", "geometry": None, "properties": {"id": "n", "title": "No place"}},
            ],
        }
    ).replace("1.5", "1.50")  # json.dumps writes 1.5: the file says 1.50  # fmt: skip
    root = load_geojson(data.encode())
    first, second = root.findall("item")
    assert [(c.tag, c.text) for c in first] == [
        ("geometry", "0.5 102 0 0"), ("id", "7"), ("title", "Seven"), ("fee", "1.50"), ("open", "true"), ("note", ""),
    ]  # fmt: skip
    assert second.find("geometry") is None
    assert second.findtext("id") == "n"


def test_lines_and_polygons_are_traces_and_shapes_as_in_collect() -> None:
    data = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1.5, 2.25], [3, 4]]}, "properties": {}},
            {"type": "Feature", "geometry": {"type": "Polygon",
             "coordinates": [[[0, 0], [0.0001, 0], [0, 10000000.5], [0, 0]], [[9, 9]]]}, "properties": {}},
        ],
    }  # fmt: skip
    items = load_geojson(json.dumps(data).encode()).findall("item")
    assert items[0].findtext("geometry") == "2.25 1.5 0 0; 4 3 0 0"
    # Java's Double.toString, as JavaRosa writes coordinates: exponents outside 10^-3 .. 10^7.
    assert items[1].findtext("geometry") == "0 0 0 0; 0 1.0E-4 0 0; 1.00000005E7 0 0 0; 0 0 0 0"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("[1, 2]", "one object"),
        ('{"type": "Feature", "features": []}', "FeatureCollection"),
        ('{"type": "FeatureCollection"}', '"features"'),
        ('{"type": "FeatureCollection", "features": [', "not valid JSON"),
        ('{"type": "FeatureCollection", "features": [{"type": "Point"}]}', "feature 1: its type is 'Point'"),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "w1", "properties": {},'
            ' "geometry": {"type": "MultiPoint", "coordinates": [[1, 2]]}}]}',
            "feature 1 (id w1): its geometry is 'MultiPoint'",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a", "tags": {}},'
            ' "geometry": null}]}',
            "feature 1 (id a): the property 'tags' holds an object or a list",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},'
            ' "geometry": {"type": "Point", "coordinates": [5]}}]}',
            "needs a longitude and a latitude",
        ),
    ],
)
def test_what_collect_refuses_is_refused_naming_the_feature(document: str, expected: str) -> None:
    with pytest.raises(ValueError) as err:
        load_geojson(document.encode())
    assert expected in str(err.value)


def test_a_form_with_a_bad_geojson_list_is_refused_with_the_file_and_feature(tmp_path: Path) -> None:
    bad = [*SITES, {"type": "Feature", "id": "zz", "properties": {"title": "Area"},
                    "geometry": {"type": "MultiPolygon", "coordinates": []}}]  # fmt: skip
    write_sites(tmp_path, bad)
    path = write_xlsform(tmp_path / "f.xlsx", [H, row("select_one_from_file sites.geojson", "site")])
    with pytest.raises(FormError) as err:
        load_form(path)
    message = str(err.value)
    assert "sites.geojson" in message
    assert "feature 4 (id zz)" in message
    assert "MultiPolygon" in message
