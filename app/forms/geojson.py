"""GeoJSON choice lists (`select_one_from_file places.geojson`) as the secondary instance ODK reads.

ODK Collect's engine, JavaRosa (GeoJsonExternalInstance, GeojsonFeature, GeojsonGeometry), is the
reference, because these forms were written for Collect; we build the same tree so that the same
itemset and choice filter pick the same places:

- the file is one object with `"type": "FeatureCollection"` and a `features` array;
- each feature (`"type": "Feature"`) becomes an `<item>` under `<root>`, in file order;
- its geometry becomes a `<geometry>` child in ODK's notation, latitude first ("lat lon 0 0"; GeoJSON
  writes [lon, lat]): a Point as a geopoint, a LineString as a geotrace, a Polygon's outer ring as a
  geoshape; a feature without geometry has no `<geometry>`;
- each property becomes a child of that name with its text (a number as written in the file, a null
  as empty), in file order; the feature's own `id`, when it has one, overrides `properties.id`;
- pyxform's itemset reads `id` as the value and `title` as the label.

What JavaRosa refuses (another geometry type, a feature that is not a Feature, a property holding an
object or a list, a point without two coordinates) we refuse too, at load time, naming the feature,
so a form author learns it from `forms check` rather than an interviewer from a blank list.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from decimal import Decimal
from typing import Any


class _Number(str):
    """A JSON number kept as its text: a property `1.50` reads `1.50` in ODK, not `1.5`."""

    __slots__ = ()


def _keep_text(text: str) -> _Number:
    return _Number(text)


def _java_double(value: float) -> str:
    """`value` as Java's Double.toString writes it (JavaRosa concatenates coordinates as Doubles):
    plain decimals between 10^-3 and 10^7, otherwise `1.0E-4`-style; always a fraction digit."""
    if math.isnan(value) or math.isinf(value):
        raise ValueError("a coordinate is not a finite number")
    if value == 0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    magnitude = abs(value)
    if 1e-3 <= magnitude < 1e7:
        text = repr(value)
        if "e" in text or "E" in text:  # repr uses exponents from 1e16 and below 1e-4 only
            text = format(Decimal(text), "f")
        return text if "." in text else text + ".0"
    sign, digits, exponent = Decimal(repr(value)).as_tuple()
    mantissa = "".join(str(d) for d in digits).rstrip("0") or "0"
    power = exponent + len(digits) - 1  # type: ignore[operator]  # finite: exponent is an int
    fraction = mantissa[1:] or "0"
    return f"{'-' if sign else ''}{mantissa[0]}.{fraction}E{power}"


def _coordinate(value: Any) -> str:
    """One coordinate as JavaRosa writes it: an integer as written, a decimal as a Java double."""
    if isinstance(value, _Number):
        if any(ch in value for ch in ".eE"):
            return _java_double(float(value))
        return str(int(value))
    raise ValueError("a coordinate is not a number")


def _position(point: Any) -> str:
    if not isinstance(point, list) or len(point) < 2:
        raise ValueError("a position needs a longitude and a latitude ([lon, lat])")
    return f"{_coordinate(point[1])} {_coordinate(point[0])} 0 0"


def _geometry_text(geometry: Any) -> str:
    if not isinstance(geometry, dict):
        raise ValueError("its geometry is not an object")
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates")
    if kind == "Point":
        return _position(coordinates)
    if kind == "LineString":
        if not isinstance(coordinates, list):
            raise ValueError("its LineString has no list of coordinates")
        return "; ".join(_position(p) for p in coordinates)
    if kind == "Polygon":
        if not isinstance(coordinates, list):
            raise ValueError("its Polygon has no list of rings")
        if not coordinates:
            return ""
        ring = coordinates[0]
        if not isinstance(ring, list):
            raise ValueError("its Polygon's outer ring is not a list of positions")
        return "; ".join(_position(p) for p in ring)
    raise ValueError(
        f"its geometry is {kind!r}: ODK reads only Point, LineString and Polygon features "
        "(split multi-part shapes into one feature each)"
    )


def _scalar_text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):  # a string or a _Number kept as written
        return str(value)
    raise ValueError(f"{what} holds an object or a list; ODK reads only text, numbers and true/false there")


def _feature_name(index: int, feature: Any) -> str:
    label = f"feature {index + 1}"
    if isinstance(feature, dict):
        ident = feature.get("id")
        props = feature.get("properties")
        if ident is None and isinstance(props, dict):
            ident = props.get("id")
        if isinstance(ident, str) and ident:
            label += f" (id {ident})"
    return label


def _item(feature: Any) -> ET.Element:
    if not isinstance(feature, dict):
        raise ValueError("it is not an object")
    if feature.get("type") != "Feature":
        raise ValueError(f"its type is {feature.get('type')!r}, expected 'Feature'")
    item = ET.Element("item")
    geometry = feature.get("geometry")
    if geometry is not None:
        ET.SubElement(item, "geometry").text = _geometry_text(geometry)
    properties = feature.get("properties")
    if properties is not None:
        if not isinstance(properties, dict):
            raise ValueError("its properties are not an object")
        for key, value in properties.items():
            ET.SubElement(item, key).text = _scalar_text(value, f"the property {key!r}")
    if "id" in feature and feature["id"] is not None:
        text = _scalar_text(feature["id"], "its id")
        existing = item.find("id")
        if existing is None:
            existing = ET.SubElement(item, "id")
        existing.text = text
    return item


def load_geojson(data: bytes) -> ET.Element:
    """A GeoJSON FeatureCollection as `<root><item>…</item>…</root>`; ValueError says what is wrong
    and which feature (numbered from 1, with its id when it has one)."""
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_float=_keep_text, parse_int=_keep_text)
    except UnicodeDecodeError:
        raise ValueError("it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"it is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(document, dict):
        raise ValueError("a GeoJSON list must be one object (a FeatureCollection)")
    if document.get("type") != "FeatureCollection":
        raise ValueError('a GeoJSON list must be a FeatureCollection ("type": "FeatureCollection")')
    features = document.get("features")
    if not isinstance(features, list):
        raise ValueError('the FeatureCollection has no array of "features"')
    root = ET.Element("root")
    for index, feature in enumerate(features):
        try:
            root.append(_item(feature))
        except ValueError as exc:
            raise ValueError(f"{_feature_name(index, feature)}: {exc}") from None
    return root
