"""Natural keys: what makes two rows the same thing to a person, whatever their ids.

A case number and a UNHCR id name one case across the whole system; a site, a circuit ride and an
interpreter are known by their name. HQ indexes the keys of live rows (`hq_keys`) so that a second
row arriving with a key another live row holds is noticed and put to a team lead as a conflict.
"""

from __future__ import annotations

import unicodedata
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
