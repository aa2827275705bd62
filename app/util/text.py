"""Name normalisation for search: case-folded, accents and other combining marks removed.

The same function builds the search index and reads the query, so "jose" finds "José",
"Ольга" finds "ольга", "yosef" finds "Yósef". Scripts without case (Arabic, Ethiopic) pass through
with their vowel marks (Arabic harakat are combining marks) stripped, which is what a person typing
without them expects.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Punctuation inside names that people type inconsistently: apostrophes, hyphens, dots, tatweel.
_DROP = str.maketrans({"'": " ", "’": " ", "`": " ", "-": " ", ".": " ", ",": " ", "\u0640": ""})


def normalise(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", stripped).casefold().translate(_DROP)
    return _SPACES.sub(" ", folded).strip()
