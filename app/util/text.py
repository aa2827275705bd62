"""Name normalisation for search: case-folded, accents and other combining marks removed.

The same function builds the search index and reads the query, so "jose" finds "José",
"Ольга" finds "ольга", "yosef" finds "Yósef". Scripts without case (Arabic, Ethiopic) pass through
with their vowel marks (Arabic harakat are combining marks) stripped, which is what a person typing
without them expects.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

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
    return _normalise(text)


@functools.lru_cache(maxsize=65536)
def _normalise(text: str) -> str:
    # Remembered: names repeat (a pull indexes tens of thousands of persons, most with common names)
    decomposed = unicodedata.normalize("NFKD", text)
    # Combining marks go; so do control characters (a NUL pasted into a search box, stray tabs).
    stripped = "".join(
        " " if unicodedata.category(ch) == "Cc" else ch for ch in decomposed if not unicodedata.combining(ch)
    )
    folded = unicodedata.normalize("NFC", stripped).casefold().translate(_FOLD).translate(_DROP)
    return _SPACES.sub(" ", folded).strip()


# ----- spelling variants -----------------------------------------------------------------------
# A name is recorded in one spelling and typed in another: "Fiseha" for Fisseha, "Mohammed" for
# Mohammad, "Romanyuk" for Romaniuk, or in another script (Романюк, ፍስሃ). Each word of a
# name gets coarse phonetic *keys* that such spellings share; the search index stores them and a
# query word's keys are looked up there (app/services/search_index.py, search.py).
#
# How a key is made from a normalised word of an alphabet (Latin, Cyrillic, Greek):
#   1. It is written as sound symbols. Latin: sh/sch -> x, ch/tch/tsch -> c, dj/dzh/zh -> j,
#      kh -> h, gh -> g, ph -> f, th -> t, c/ck/q -> k, w -> v, x -> ks, and a final h
#      after a vowel goes (Fatimah). Cyrillic and Greek letters map to the same symbols
#      directly (ш -> x, х -> h...).
#   2. A run of vowels (y counts as one, except a y or i starting the word before a vowel: Yusuf,
#      Iusuf) becomes one symbol, "u" if it holds an o or u, else "a": Mohammed, Mohammad,
#      Muhammad -> muhamad; Romaniuk, Romanyuk, Romanuk -> rumanuk.
#   3. Doubled symbols fold: Fisseha, Fiseha -> fasaha.
# Two vowel classes, not one: Hassan and Hussein (different names) keep different keys; o/u
# against a/e/i is the distinction romanisations agree on most (e against i or a is the one
# they disagree on: Fatema/Fatima, Ahmed/Ahmad). Such a word has that "v" key and a "c" key of
# its consonants alone.
#
# Ethiopic syllables map to the same symbols (ፍ -> f, ሃ -> ha), but the sixth order is read as a
# short vowel or as none (Fisseha is ፍስሃ), so an Ethiopic word is compared by its consonants: its
# "C" key meets the "c" keys of Latin and Cyrillic words. Arabic script is not compared with other
# scripts: it writes no short vowels, and its long ones are read as vowels or consonants, so
# Mahmoud and Mohammad, Hassan and Hussein would meet in محمد and حسن. An Arabic-script word's "A"
# key only folds its spelling variants (ي/ی, ك/ک, ة/ه, ى, hamza seats): the Latin spellings of
# such names meet through their own "v" keys (Mohammed/Mohammad).
#
# A letter read two ways gives two keys. Keys are internal. Changing how they are made changes
# the index: that needs a migration rebuilding `person_name_keys` (as 0006 built it).

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ETHIOPIC_RANGES = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))
# Letters read two ways (placeholders): Cyrillic г (g in Russian, h in Ukrainian), ё (written e
# as often as not, read yo) and a word-initial е (Elena, Yelena).
_TWO_WAYS = {"G": ("g", "h"), "E": ("e", "yo"), "J": ("e", "ye")}
_YO = "\ue0e5"  # ё kept through normalise(), which would strip its diaeresis
_MAX_READINGS = 4  # a word of many such letters keeps its first readings

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "G", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "j",
    "з": "z", "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "c", "ш": "x",
    "щ": "xc", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "u", "ј": "y",
    "ђ": "j", "ћ": "c", "џ": "j", "љ": "l", "њ": "n", "ѓ": "g", "ќ": "k", "ѕ": "z", _YO: "E",
    # Greek, rare in this caseload and cheap to have
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "t", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "h", "ψ": "ps", "ω": "o",
}  # fmt: skip
# Arabic, Persian, Pashto and Urdu letters written in more than one way (the hamza seats are
# combining marks that normalise() already removed).
_ARABIC_SPELLINGS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ئ": "ی", "ۍ": "ی", "ې": "ی", "ے": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ھ": "ه",
     "ٱ": "ا", "ؤ": "و", "ء": None}
)  # fmt: skip
# Ethiopic: each syllable is a consonant row (blocks of eight code points) and a vowel order;
# the sixth order is written without a vowel (read as a short i, e or nothing: Fisseha is ፍስሃ).
_ETHIOPIC_ROWS = {
    0x1200: "h", 0x1208: "l", 0x1210: "h", 0x1218: "m", 0x1220: "s", 0x1228: "r", 0x1230: "s",
    0x1238: "x", 0x1240: "k", 0x1248: "k", 0x1250: "k", 0x1258: "k", 0x1260: "b", 0x1268: "v",
    0x1270: "t", 0x1278: "c", 0x1280: "h", 0x1288: "h", 0x1290: "n", 0x1298: "n", 0x12A0: "",
    0x12A8: "k", 0x12B0: "k", 0x12B8: "k", 0x12C0: "k", 0x12C8: "v", 0x12D0: "", 0x12D8: "z",
    0x12E0: "j", 0x12E8: "y", 0x12F0: "d", 0x12F8: "d", 0x1300: "j", 0x1308: "g", 0x1310: "g",
    0x1318: "g", 0x1320: "t", 0x1328: "c", 0x1330: "p", 0x1338: "ts", 0x1340: "ts", 0x1348: "f",
    0x1350: "p",
}  # fmt: skip
_ETHIOPIC_ORDERS = ("e", "u", "i", "a", "e", "", "o", "a")

_LATIN_SOUNDS = {
    "tsch": "c", "shch": "xc", "dzh": "j", "sch": "x", "tch": "c", "sh": "x", "ch": "c", "zh": "j",
    "dj": "j", "kh": "h", "gh": "g", "ph": "f", "th": "t", "ck": "k", "c": "k", "q": "k",
    "w": "v", "x": "ks",
}  # fmt: skip
_LATIN_SOUND = re.compile("|".join(sorted(_LATIN_SOUNDS, key=len, reverse=True)))
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_INITIAL_GLIDE = re.compile(r"^[iy](?=[aeou])")  # Yusuf, Iusuf, Yana, Iana: a consonant
_VOWEL_RUN = re.compile(r"[aeiouy]+")


def _script(word: str) -> str:
    """'arabic', 'ethiopic' or 'alphabet' (Latin, Cyrillic, Greek and any other) for a word."""
    for ch in word:
        code = ord(ch)
        if code < 0x0600:
            continue
        if any(lo <= code <= hi for lo, hi in _ARABIC_RANGES):
            return "arabic"
        if any(lo <= code <= hi for lo, hi in _ETHIOPIC_RANGES):
            return "ethiopic"
    return "alphabet"


def _ethiopic_symbols(word: str) -> str:
    out = []
    for ch in word:
        code = ord(ch)
        order = (code - 0x1200) % 8
        consonant = _ETHIOPIC_ROWS.get(code - order) if 0x1200 <= code < 0x1358 else None
        out.append(ch if consonant is None else consonant + _ETHIOPIC_ORDERS[order])
    return "".join(out)


def _symbols(word: str, script: str) -> str:
    if script == "ethiopic":
        return _ethiopic_symbols(word)
    if word.isascii():
        word = _FINAL_H.sub("", word)
        return _LATIN_SOUND.sub(lambda m: _LATIN_SOUNDS[m.group()], word)
    symbols = "".join(_CYRILLIC.get(ch, ch) for ch in word).replace("dj", "j")  # дж: Dzhamal, Jamal
    return "J" + symbols[1:] if word[0] == "е" else symbols


def _readings(symbols: str) -> list[str]:
    readings = [""]
    for ch in symbols:
        choices = _TWO_WAYS.get(ch)
        if choices is None:
            readings = [r + ch for r in readings]
        elif len(readings) * len(choices) <= _MAX_READINGS:
            readings = [r + c for r in readings for c in choices]
        else:
            readings = [r + choices[0] for r in readings]
    return readings


def _vowel_class(run: re.Match[str]) -> str:
    text = run.group()
    return "u" if "o" in text or "u" in text else "a"


def _fold(symbols: str) -> str:
    return "".join(ch for i, ch in enumerate(symbols) if i == 0 or symbols[i - 1] != ch)


def _vowel_key(symbols: str) -> str:
    symbols = _INITIAL_GLIDE.sub("Y", symbols)
    return _fold(_VOWEL_RUN.sub(_vowel_class, symbols).replace("Y", "y"))


def _consonant_key(vowel_key: str) -> str:
    # The first symbol says whether the word starts with a vowel (Ali, علي); later vowels go, and
    # the consonants they separated stay two (Nana is n-n: only written doubles fold).
    head, rest = vowel_key[:1], vowel_key[1:]
    return ("a" if head == "u" else head) + rest.replace("a", "").replace("u", "")


@functools.lru_cache(maxsize=65536)
def name_keys(word: str) -> tuple[str, ...]:
    """The spelling-variant keys of one word of a name, distinct, in a stable order: "v" (vowel
    classes) and "c" (consonants) keys for a word of an alphabet, a "C" key (consonants) for an
    Ethiopic word, an "A" key for an Arabic-script word (see above). `lookup_keys` says which keys
    a typed word is looked up by."""
    word = normalise(word.replace("ё", _YO).replace("Ё", _YO)).replace(" ", "")
    if not word:
        return ()
    script = _script(word)
    if script == "arabic":
        return ("A" + word.translate(_ARABIC_SPELLINGS),)
    keys: dict[str, None] = {}
    for reading in _readings(_symbols(word, script)):
        if script == "alphabet" and not word.isascii():
            reading = _FINAL_H.sub("", reading)  # Олег read Oleh, as the Latin spelling is keyed
        vowel_key = _vowel_key(reading)
        if script == "alphabet":
            keys["v" + vowel_key] = None
        keys[("c" if script == "alphabet" else "C") + _consonant_key(vowel_key)] = None  # "C": Ethiopic
    return tuple(keys)


def name_value_keys(value: str | None) -> tuple[str, ...]:
    """The keys of every word of a name as recorded (a name field or an alias), each once."""
    return _value_keys(value or "")


@functools.lru_cache(maxsize=65536)
def _value_keys(value: str) -> tuple[str, ...]:
    # Cached as name_keys is: names repeat, so checking a whole workspace works each name out once
    words = normalise(value.replace("ё", _YO).replace("Ё", _YO)).split()
    return tuple(dict.fromkeys(k for w in words for k in name_keys(w)))


def lookup_keys(word: str) -> tuple[str, ...]:
    """The index keys that find spelling variants of a typed word: a word of an alphabet is looked
    up by its "v" keys (Latin, Cyrillic and Greek spellings) and by its consonants among Ethiopic
    words ("C"); an Ethiopic word by its consonants among Ethiopic and alphabet words; an
    Arabic-script word by its "A" key (its other spellings in Arabic script)."""
    keys = name_keys(word)
    if not keys or keys[0][0] == "A":
        return keys
    if keys[0][0] == "v":
        return tuple(k if k[0] == "v" else "C" + k[1:] for k in keys)
    return tuple(dict.fromkeys(p + k[1:] for k in keys for p in ("C", "c")))


def names_keys(names: Iterable[str | None]) -> list[str]:
    """The spelling-variant keys of every word of these names, each once."""
    return list(dict.fromkeys(k for value in names for k in name_value_keys(value)))
