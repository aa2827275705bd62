"""Natural keys: what makes two rows the same thing to a person, whatever their ids.

A case number and a UNHCR id name one case across the whole system; a site, a circuit ride and an
interpreter are known by their name. Two uses:
- HQ indexes the keys of live rows (`hq_keys`, app/hq/merge.py) so that a second row arriving with a
  key another live row holds is noticed and put to a team lead as a conflict;
- records created from a manifest without ids get ids derived from their keys (`natural_id`), so the
  same manifest imported on two laptops gives the same records, which sync merges field by field,
  instead of two of everything.
"""

from __future__ import annotations

import unicodedata
import uuid
from typing import Any

KEY_CHARS = 200  # the column's width; longer names (older laptops had no limit) are compared on their start

# table -> (field, kind) pairs
KEYED_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": (("case_number", "case_number"), ("unhcr_id", "unhcr_id")),
    "sites": (("name", "sites.name"),),
    "circuit_rides": (("name", "circuit_rides.name"),),
    "interpreters": (("name", "interpreters.name"),),
}


def normalise(value: str) -> str:
    """Case, width and spacing do not make a different name ("Addis  Ababa" is "addis ababa")."""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())[:KEY_CHARS]


def natural_keys(table: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """The (kind, key) pairs of a live row with these values."""
    out = []
    for field, kind in KEYED_FIELDS.get(table, ()):
        value = values.get(field)
        if isinstance(value, str) and value.strip():
            out.append((kind, normalise(value)))
    return out


# Fixed for ever: changing it would give re-imported records new ids.
_NAMESPACE = uuid.UUID("6f1c7a52-3d0e-5b8e-9a41-c1c2a0d1e9b7")


def natural_id(kind: str, *parts: str) -> str:
    """A UUID made from a record's natural key (its kind and the parts that identify it)."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join((kind, *parts))))


def finding_id(rule: str, case_id: str, person_id: str | None = None, *other: str | None) -> str:
    """A quality finding's id, made from what it is about (its rule, case, person and, for a
    possible duplicate, the other case and person): the checks run again, on any laptop, find the
    same record."""
    return natural_id("qc_finding", rule, case_id, person_id or "", *(o or "" for o in other))
