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
# Letters that look accented to a reader but are not letter + combining mark in Unicode, so NFKD
# leaves them alone: fold them to what people type on a plain keyboard ("yildiz" finds "Yıldız").
_FOLD = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe", "ß": "ss"}
)


def normalise(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    # Combining marks go; so do control characters (a NUL pasted into a search box, stray tabs).
    stripped = "".join(
        " " if unicodedata.category(ch) == "Cc" else ch for ch in decomposed if not unicodedata.combining(ch)
    )
    folded = unicodedata.normalize("NFC", stripped).casefold().translate(_FOLD).translate(_DROP)
    return _SPACES.sub(" ", folded).strip()
