"""Locations as XForms write them: the one place that reads and writes geopoint, geotrace and
geoshape values (the engine checks answers with it, the XPath geo functions read their arguments
with it, the desktop widgets parse what is typed or pasted with it).

- geopoint: "latitude longitude altitude accuracy", space-separated decimal numbers; altitude and
  accuracy may be left out (ODK writes 0 for an unknown altitude). Latitude -90..90, longitude
  -180..180, accuracy not negative.
- geotrace: two or more points separated by ";" (blanks around ";" allowed).
- geoshape: a geotrace whose last point is its first, with at least four points (three corners).

Plain Python: no Qt, no database.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# What a person pastes from a map or a message: "-1.2921, 36.8219", "-1.2921 36.8219", with an
# optional trailing altitude and accuracy, commas or blanks between numbers.
_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
_PASTED = re.compile(
    rf"^\s*({_NUMBER})\s*[,;\s]\s*({_NUMBER})(?:\s*[,;\s]\s*({_NUMBER}))?(?:\s*[,;\s]\s*({_NUMBER}))?\s*$"
)


@dataclass(frozen=True, slots=True)
class GeoPoint:
    lat: float
    lon: float
    alt: float = 0.0
    acc: float = 0.0

    def text(self) -> str:
        """The value as ODK Collect stores it: "lat lon alt acc", each number as Java writes a
        double ("-1.2921 36.8219 0.0 0.0", "9.5 30.0 12.0 4.5"). Values written before (with
        "0 0") are read all the same: `parse_point` takes any decimal spelling."""
        return " ".join(_number(v) for v in (self.lat, self.lon, self.alt, self.acc))


def _number(value: float) -> str:
    """A coordinate as Collect spells a double, without its exponent: at least one decimal
    ("36.8", "0.0", "-1.2921"), never trailing zeros beyond it."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value)}.0" if value != 0 else "0.0"
    text = f"{value:.10f}".rstrip("0")
    if text.endswith("."):
        text += "0"
    return text if text not in ("-0.0",) else "0.0"


def _finite(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def point_problem(lat: float, lon: float, acc: float = 0.0) -> str | None:
    """Why these numbers are not a place on Earth (in English, for logs and form checks), or None."""
    if not -90.0 <= lat <= 90.0:
        return "latitude must be between -90 and 90"
    if not -180.0 <= lon <= 180.0:
        return "longitude must be between -180 and 180"
    if acc < 0:
        return "accuracy cannot be negative"
    return None


def parse_point(text: str) -> GeoPoint | None:
    """A stored geopoint value, or None when it is not one (blank included)."""
    parts = text.split()
    if not 2 <= len(parts) <= 4:
        return None
    numbers = [_finite(p) for p in parts]
    if any(n is None for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    point = GeoPoint(*values)
    return None if point_problem(point.lat, point.lon, point.acc) else point


def parse_points(text: str) -> list[GeoPoint] | None:
    """A stored geotrace or geoshape value as its points, or None if any point is not one."""
    pieces = [p for p in (piece.strip() for piece in text.split(";")) if p]
    if not pieces:
        return None
    points = [parse_point(p) for p in pieces]
    if any(p is None for p in points):
        return None
    return [p for p in points if p is not None]


def parse_pasted(text: str) -> GeoPoint | None:
    """What a person typed or pasted ("lat, lon", "lat lon alt acc", commas or blanks), or None."""
    match = _PASTED.match(text)
    if not match:
        return parse_point(text)
    values = [float(g) for g in match.groups() if g is not None]
    point = GeoPoint(*values)
    return None if point_problem(point.lat, point.lon, point.acc) else point


def trace_problem(points: list[GeoPoint]) -> str | None:
    """Why these points are not a geotrace, or None."""
    return "a trace needs at least two points" if len(points) < 2 else None


def shape_problem(points: list[GeoPoint]) -> str | None:
    """Why these points are not a geoshape (closed, at least three corners), or None."""
    if len(points) < 4:
        return "a shape needs at least three corners"
    first, last = points[0], points[-1]
    if (first.lat, first.lon) != (last.lat, last.lon):
        return "a shape must end where it starts"
    return None


def value_problem(data_type: str, text: str) -> str | None:
    """Why `text` is not a value of the XForm type `data_type` (geopoint, geotrace, geoshape), or
    None (a blank answer is not a problem here: required is the form's business)."""
    if not text.strip():
        return None
    if data_type == "geopoint":
        return None if parse_point(text) else "not a location (latitude longitude [altitude accuracy])"
    points = parse_points(text)
    if points is None:
        return "a point is not a location (latitude longitude [altitude accuracy])"
    return trace_problem(points) if data_type == "geotrace" else shape_problem(points)


def points_text(points: list[GeoPoint]) -> str:
    """A geotrace or geoshape value as stored ("p1; p2; ...")."""
    return "; ".join(p.text() for p in points)


def closed(points: list[GeoPoint]) -> list[GeoPoint]:
    """The points of a shape with the first repeated at the end if it was not already."""
    if points and (points[0].lat, points[0].lon) != (points[-1].lat, points[-1].lon):
        return [*points, points[0]]
    return list(points)
