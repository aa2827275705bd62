"""Cyrillic -> Latin transliteration for the synthetic names (no dependencies).

Three schemes, enough to make the Latin and native-script names of a demo person agree and to give
the "alternative spelling" aliases that real files are full of:

- ``uk``: the Ukrainian national system (Cabinet of Ministers resolution 55, 2010) used in Ukrainian
  passports: Олександр -> Oleksandr, Юлія -> Yuliia, Євгенія -> Yevheniia, Згурський -> Zghurskyi;
- ``ru``: ICAO Doc 9303 as used in Russian and Belarusian passports since 2013:
  Юрий -> Iurii, Татьяна -> Tatiana, Наталья -> Natalia;
- ``ru_popular``: the older, familiar English-style spelling: Юрий -> Yuriy, Татьяна -> Tatyana.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_RU_ICAO = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "і": "i", "ў": "u",
}  # fmt: skip

_RU_POPULAR = dict(_RU_ICAO)
_RU_POPULAR.update({"ё": "yo", "й": "y", "ъ": "", "ю": "yu", "я": "ya", "ь": ""})
_RU_POPULAR_INITIAL = {"е": "ye", "ё": "yo"}
_VOWELS = set("аеёиоуыэюяіїє")

SCHEMES = ("uk", "ru", "ru_popular")


def _word(word: str, scheme: str) -> str:
    low = word.lower()
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(low):
        if scheme == "uk":
            if ch == "г" and prev == "з":
                piece = "gh"
            elif i == 0 and ch in _UK_INITIAL:
                piece = _UK_INITIAL[ch]
            else:
                piece = _UK.get(ch, ch)
        elif scheme == "ru":
            piece = _RU_ICAO.get(ch, ch)
        else:
            if ch in _RU_POPULAR_INITIAL and (i == 0 or prev in _VOWELS or prev in "ьъ"):
                piece = _RU_POPULAR_INITIAL[ch]
            elif ch == "и" and prev == "ь":  # Ильич-style "ьи" -> "yi"
                piece = "yi"
            else:
                piece = _RU_POPULAR.get(ch, ch)
        out.append(piece)
        prev = ch
    text = "".join(out)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


@lru_cache(maxsize=8192)
def transliterate(text: str, scheme: str) -> str:
    """Latin form of a Cyrillic name; words and hyphenated parts keep their capitalisation."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown transliteration scheme {scheme!r}")
    words = []
    for word in text.split(" "):
        words.append("-".join(_word(part, scheme) for part in word.split("-")))
    return " ".join(words)


@lru_cache(maxsize=8192)
def ascii_fold(text: str) -> str:
    """``Núñez`` -> ``Nunez``: the spelling a form filled on an English keyboard ends up with."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
