"""OpenStreetMap answer files of `osm` questions: reading one and writing one.

An XLSForm `osm` question (an `<upload mediatype="osm/*">` with `<tag key>` children) is answered
in ODK Collect by OpenMapKit, which returns an OSM XML file: `<osm version="0.6" generator=...>`
with the feature the interviewer tagged (a node, or a way with its nodes) carrying `<tag k v>`
elements. That file is the answer (a file answer, as a photo is), so ODK Central, Ona and HOT's
osm-fieldwork read it as they read Collect's.

Reading never trusts the file: it comes from another program or another laptop, so it is parsed
with defusedxml (no entity expansion, no external entities, no DTD), or, where defusedxml is
missing, with xml.etree refusing any document type declaration. Writing builds the document with
ElementTree, never by pasting strings, so a value with `<`, `&` or quotes stays a value.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.parsers import expat

from app.errors import UnsupportedFile

OSM_VERSION = "0.6"
OSM_GENERATOR = "Circuit Ride"
OSM_MIME = "application/vnd.openstreetmap.data+xml"
MAX_OSM_TAGS = 500  # the most tags one feature keeps (OSM's own editors show far fewer)
MAX_TAG_CHARS = 255  # OSM's limit for a key and for a value (in characters)
_FEATURES = ("node", "way", "relation")


@dataclass(frozen=True, slots=True)
class OsmFeature:
    """The tagged feature of an OSM file: its tags in file order, and where it is when the file
    says (a node's lat/lon; a way's first node's)."""

    tags: tuple[tuple[str, str], ...]
    lat: float | None = None
    lon: float | None = None


def _parse(data: bytes) -> ET.Element:
    try:
        from defusedxml.ElementTree import fromstring as safe_fromstring
    except ImportError:  # pragma: no cover - defusedxml is a dependency; this keeps the rule without it
        return _parse_without_doctype(data)
    from defusedxml import DefusedXmlException

    try:
        root: ET.Element = safe_fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise UnsupportedFile(
            "This OSM file declares entities or a document type, which an OSM file never needs; "
            "export it again from OpenMapKit or JOSM."
        ) from None
    return root


def _parse_without_doctype(data: bytes) -> ET.Element:
    """xml.etree, after expat has read the document once with any DOCTYPE or entity declaration
    refused (so no entity is ever expanded by the second, ElementTree, reading)."""

    def refuse(*_args: object) -> None:
        raise UnsupportedFile("This OSM file declares a document type, which an OSM file never needs.")

    checker = expat.ParserCreate()
    checker.StartDoctypeDeclHandler = refuse
    checker.EntityDeclHandler = refuse
    try:
        checker.Parse(data, True)
    except expat.ExpatError:
        raise ET.ParseError("not well-formed") from None
    return ET.fromstring(data)  # noqa: S314 - checked above: no DOCTYPE, no entity declaration


def read_osm(data: bytes) -> OsmFeature:
    """The tagged feature of an OSM XML file (OpenMapKit's answer, a JOSM export): the first node,
    way or relation that has tags. Raises UnsupportedFile saying what is wrong."""
    try:
        root = _parse(data)
    except ET.ParseError:
        raise UnsupportedFile("This is not an OSM file (its XML cannot be read); choose a .osm file.") from None
    if root.tag != "osm":
        raise UnsupportedFile("This XML file is not an OSM file (it has no <osm> element); choose a .osm file.")
    nodes: dict[str, ET.Element] = {n.get("id") or "": n for n in root.findall("node")}
    for el in root:
        if el.tag not in _FEATURES:
            continue
        tags = _tags_of(el)
        if not tags:
            continue
        where = el if el.tag == "node" else None
        if el.tag == "way":
            first = el.find("nd")
            where = nodes.get(first.get("ref") or "") if first is not None else None
        lat, lon = _coordinates(where)
        return OsmFeature(tags, lat, lon)
    raise UnsupportedFile("This OSM file has no tagged feature; tag the feature in OpenMapKit or JOSM and save it.")


def _tags_of(el: ET.Element) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for tag in el.findall("tag"):
        key = (tag.get("k") or "").strip()
        if key:
            out[key] = tag.get("v") or ""
        if len(out) > MAX_OSM_TAGS:
            raise UnsupportedFile(f"This OSM file's feature has more than {MAX_OSM_TAGS} tags; it is not one feature.")
    return tuple(out.items())


def _coordinates(el: ET.Element | None) -> tuple[float | None, float | None]:
    if el is None:
        return None, None
    try:
        lat, lon = float(el.get("lat") or "nan"), float(el.get("lon") or "nan")
    except ValueError:
        return None, None
    if math.isnan(lat) or math.isnan(lon) or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    return lat, lon


def _serialised(root: ET.Element) -> bytes:
    out: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return out + b"\n"


def check_tags(tags: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> str | None:
    """What is wrong with tags an interviewer gave (for a message), or None."""
    if len(tags) > MAX_OSM_TAGS:
        return f"more than {MAX_OSM_TAGS} tags"
    for key, value in tags:
        if len(key) > MAX_TAG_CHARS or len(value) > MAX_TAG_CHARS:
            return f"the tag `{key[:40]}` is longer than OSM's {MAX_TAG_CHARS} characters"
    return None


def osm_document(
    tags: list[tuple[str, str]] | tuple[tuple[str, str], ...], lat: float | None = None, lon: float | None = None
) -> bytes:
    """An OSM XML file with one new node carrying `tags` (the filled ones, in order), as
    OpenMapKit writes its answer: a negative id (a feature not yet in OpenStreetMap) and
    action="modify". The node has lat/lon when the form knows a location; without one it has none,
    which JOSM and osm-fieldwork read as a node to be placed (Ona's importer skips such a node)."""
    problem = check_tags(tags)
    if problem is not None:
        raise UnsupportedFile(f"These OSM tags cannot be saved: {problem}.")
    root = ET.Element("osm", {"version": OSM_VERSION, "generator": OSM_GENERATOR})
    node = ET.SubElement(root, "node", {"id": "-1", "action": "modify"})
    if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
        node.set("lat", repr(round(lat, 7)))
        node.set("lon", repr(round(lon, 7)))
    for key, value in tags:
        key, value = key.strip(), value.strip()
        if key and value:
            ET.SubElement(node, "tag", {"k": key, "v": value})
    ET.indent(root)
    return _serialised(root)


# Attributes that name the mapper's OpenStreetMap account: an answer file says what was mapped,
# not who the interviewer is elsewhere (OpenMapKit writes the account on <osm>, JOSM on each element).
_ACCOUNT_ATTRIBUTES = ("user", "uid")


def clean_osm(data: bytes) -> bytes:
    """An OSM file as an answer keeps it: checked to hold a tagged feature (UnsupportedFile if
    not), written again by ElementTree without the mapper's account names and without anything
    the parser dropped (comments, processing instructions)."""
    read_osm(data)
    root = _parse(data)
    for el in root.iter():
        for name in _ACCOUNT_ATTRIBUTES:
            el.attrib.pop(name, None)
    return _serialised(root)


def retag(data: bytes, tags: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> bytes:
    """An OSM answer file with its tagged feature's tags replaced by `tags` (the filled ones, in
    order), everything else (a way's nodes, the coordinates) kept: what the interviewer changed
    in the tag editor after attaching OpenMapKit's or JOSM's file."""
    problem = check_tags(tags)
    if problem is not None:
        raise UnsupportedFile(f"These OSM tags cannot be saved: {problem}.")
    root = _parse(data)
    features = [el for el in root if el.tag in _FEATURES]
    target = next((el for el in features if el.find("tag") is not None), features[0] if features else None)
    if target is None:
        raise UnsupportedFile("This OSM file has no feature to tag.")
    for old in target.findall("tag"):
        target.remove(old)
    for key, value in tags:
        key, value = key.strip(), value.strip()
        if key and value:
            ET.SubElement(target, "tag", {"k": key, "v": value})
    target.set("action", "modify")
    ET.indent(root)
    return _serialised(root)
