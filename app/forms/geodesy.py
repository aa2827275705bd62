"""Area, length and point-in-shape on the Earth, with ODK Collect's numbers.

The XPath functions `area()`, `distance()` and `geofence()` (app/forms/xpath.py) compute with
these. A form's answer is compared against what a team saw in ODK Collect (the same form filled
in on a phone, a threshold in a constraint such as `area(${plot}) < 5000`), so each function
follows JavaRosa's own method (org.javarosa.core.util.GeoUtils), not a more exact geodesic one:
a plot must not pass a constraint here and fail it in Collect.

- Earth radius: JavaRosa's 6 378 100 m (equatorial), for both area and distance.
- area: the polygon projected onto a plane around its first point (x east, y north, in metres,
  x scaled by the cosine of each point's latitude) and summed as a fan of triangles from that
  first point; the absolute value. Exact enough for a field or a camp block; fewer than three
  points have no area.
- distance: the spherical law of cosines between consecutive points, summed.
- point in shape: the even-odd ray crossing test on latitude and longitude as plane
  coordinates, over the shape's edges as given (a geoshape repeats its first point at the end).

Points are (latitude, longitude) pairs in degrees. Plain Python: no Qt, no database.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["EARTH_RADIUS_M", "area_m2", "inside", "length_m", "segment_m"]

EARTH_RADIUS_M = 6_378_100.0
_CIRCUMFERENCE_M = 2 * EARTH_RADIUS_M * math.pi

LatLon = tuple[float, float]


def area_m2(points: Sequence[LatLon]) -> float:
    """The area enclosed by `points` in square metres (JavaRosa's planar fan; see the module)."""
    if len(points) < 3:
        return 0.0
    lat0, lon0 = points[0]
    xs: list[float] = []
    ys: list[float] = []
    for lat, lon in points[1:]:
        # Same operations in the same order as JavaRosa, so the sums round the same way.
        ys.append((lat - lat0) * _CIRCUMFERENCE_M / 360.0)
        xs.append((lon - lon0) * _CIRCUMFERENCE_M * math.cos(math.radians(lat)) / 360.0)
    total = 0.0
    for i in range(1, len(xs)):
        total += (ys[i - 1] * xs[i] - xs[i - 1] * ys[i]) / 2
    return abs(total)


def segment_m(a: LatLon, b: LatLon) -> float:
    """The great-circle distance between two points in metres (spherical law of cosines).

    The cosine is kept within [-1, 1]: for two equal points rounding can put it a hair above 1,
    where JavaRosa's acos gives NaN (a blank answer) instead of the 0 metres it means."""
    d_lambda = math.radians(a[1] - b[1])
    phi1, phi2 = math.radians(a[0]), math.radians(b[0])
    c = math.sin(phi1) * math.sin(phi2) + math.cos(phi1) * math.cos(phi2) * math.cos(d_lambda)
    return math.acos(max(-1.0, min(1.0, c))) * EARTH_RADIUS_M


def length_m(points: Sequence[LatLon]) -> float:
    """The length of the path through `points` in metres (0 for fewer than two points)."""
    total = 0.0
    for i in range(1, len(points)):
        total += segment_m(points[i - 1], points[i])
    return total


def inside(point: LatLon, shape: Sequence[LatLon]) -> bool:
    """Whether `point` is inside the polygon `shape` (its edges are consecutive points, so a
    closed shape repeats its first point at the end, as a geoshape value does)."""
    test_y, test_x = point
    result = False
    for i in range(1, len(shape)):
        lat1, lon1 = shape[i - 1]
        lat2, lon2 = shape[i]
        if (lat2 > test_y) != (lat1 > test_y) and test_x < (lon1 - lon2) * (test_y - lat2) / (lat1 - lat2) + lon2:
            result = not result
    return result
