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


# ----- spelling variants -----------------------------------------------------------------------
# A name is recorded in one spelling and typed in another: "Fiseha" for Fisseha, "Mohammed" for
# Mohammad, "Romanyuk" for Romaniuk, or in another script (Романюк, ፍስሃ, محمد). Each word of a
# name gets coarse phonetic *keys* that such spellings share; the search index stores them and a
# query word's keys are looked up there (app/services/search_index.py, search.py).
#
# How a key is made from a normalised word:
#   1. It is written as sound symbols. Latin: sh/sch -> x, ch/tch/tsch -> c, dj/dzh/zh -> j,
#      kh -> h, gh -> g, ph -> f, th -> t, c/ck/q -> k, w -> v, x -> ks, and a final h
#      after a vowel goes (Fatimah). Cyrillic, Greek, Arabic/Persian/Pashto and Ethiopic letters
#      map to the same symbols directly (ш -> x, چ -> c, ኸ -> k...).
#   2. A run of vowels (y counts as one, except a y or i starting the word before a vowel: Yusuf,
#      Iusuf) becomes one symbol, "u" if it holds an o or u, else "a": Mohammed, Mohammad,
#      Muhammad -> muhamad; Romaniuk, Romanyuk, Romanuk -> rumanuk.
#   3. Doubled symbols fold: Fisseha, Fiseha -> fasaha.
# Two vowel classes, not one: Hassan and Hussein (different names) keep different keys; o/u
# against a/e/i is the distinction romanisations agree on most (e against i or a is the one
# they disagree on: Fatema/Fatima, Ahmed/Ahmad). Arabic script writes no short vowels and
# Ethiopic's sixth order is read as a vowel or as none, so words in those scripts are compared by
# their consonants alone: every word has such a "c" key, and words of alphabets that write their
# vowels (Latin, Cyrillic, Greek) also have the "v" key above (see `name_keys`).
#
# A letter read two ways (Cyrillic г: g in Russian, h in Ukrainian; Arabic/Persian و: v or a
# vowel) gives two keys. Keys are internal. Changing how they are made changes the index: that
# needs a migration rebuilding `person_name_keys` (as 0006 built it).

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ETHIOPIC_RANGES = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))
_TWO_WAYS = {"G": ("g", "h"), "W": ("v", "u")}  # letters read two ways (placeholders)
_MAX_READINGS = 4  # a word of many such letters keeps its first readings

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "G", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "j",
    "з": "z", "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "c", "ш": "x",
    "щ": "xc", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "u", "ј": "y",
    "ђ": "j", "ћ": "c", "џ": "j", "љ": "l", "њ": "n", "ѓ": "g", "ќ": "k", "ѕ": "z",
    # Greek, rare in this caseload and cheap to have
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "t", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "h", "ψ": "ps", "ω": "o",
}  # fmt: skip
# Arabic, Persian, Pashto and Urdu. Alif, ayn and the long vowels are vowels (a consonant key
# drops them); waw inside a word is a vowel or v; an initial yeh is a consonant (Yusuf).
_ARABIC = {
    "ا": "a", "ٱ": "a", "ى": "a", "ة": "a", "ع": "a", "ء": "", "ب": "b", "پ": "p", "ت": "t", "ث": "s",
    "ج": "j", "چ": "c", "ح": "h", "خ": "h", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "j",
    "س": "s", "ش": "x", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k",
    "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "و": "W", "ه": "h", "ۀ": "h",
    "ی": "i", "ي": "i", "ې": "e", "ۍ": "ai", "ئ": "i", "ؤ": "u", "ټ": "t", "ډ": "d", "ړ": "r",
    "ږ": "j", "ښ": "x", "ځ": "z", "څ": "s", "ڼ": "n", "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n",
    "ھ": "h", "ے": "e",
}  # fmt: skip
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


def _arabic_symbols(word: str) -> str:
    letters = [_ARABIC.get(ch, ch) for ch in word]
    if letters[0] == "W":
        letters[0] = "v"
    elif letters[0] == "i":
        letters[0] = "Y"
    if len(letters) > 1 and letters[-1] == "h":
        letters[-1] = "e"  # a final heh is Persian's silent e (فاطمه: Fatemeh, Fatima); Latin drops it too
    return "".join(letters)


def _symbols(word: str, script: str) -> str:
    if script == "ethiopic":
        return _ethiopic_symbols(word)
    if script == "arabic":
        return _arabic_symbols(word)
    if word.isascii():
        word = _FINAL_H.sub("", word)
        return _LATIN_SOUND.sub(lambda m: _LATIN_SOUNDS[m.group()], word)
    return "".join(_CYRILLIC.get(ch, ch) for ch in word).replace("dj", "j")  # дж: Dzhamal, Jamal


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
    """The spelling-variant keys of one word of a name, distinct, in a stable order: "v…" keys
    for words of alphabets that write vowels, "c…" keys (consonants) for every word. Two words
    are spelling variants when they share a "v" key, or when one is in Arabic or Ethiopic script
    and they share a "c" key (`lookup_keys` gives the keys a typed word is looked up by)."""
    word = normalise(word).replace(" ", "")
    if not word:
        return ()
    script = _script(word)
    keys: dict[str, None] = {}
    for reading in _readings(_symbols(word, script)):
        vowel_key = _vowel_key(reading)
        if script == "alphabet":
            keys["v" + vowel_key] = None
        keys[("c" if script == "alphabet" else "C") + _consonant_key(vowel_key)] = None
    return tuple(keys)


def lookup_keys(word: str) -> tuple[str, ...]:
    """The index keys that find spelling variants of a typed word. The index holds each recorded
    word's `name_keys`: "v" and "c" keys for a word with written vowels, "C" keys for one in
    Arabic or Ethiopic script. A typed Latin word is looked up by its "v" keys (other alphabets)
    and its consonants as "C" (Arabic, Ethiopic); a typed Arabic or Ethiopic word by its
    consonants against every recorded word."""
    keys = name_keys(word)
    if any(k[0] == "v" for k in keys):
        return tuple(k if k[0] == "v" else "C" + k[1:] for k in keys)
    return tuple(dict.fromkeys(p + k[1:] for k in keys for p in ("c", "C")))
