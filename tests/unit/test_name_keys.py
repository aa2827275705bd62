"""Spelling-variant keys of name words (app/util/text.py `name_keys`): what the search index and a
typed query share when a name is spelt otherwise or written in another script."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.util.text import lookup_keys, name_keys, name_value_keys

# Latin letters whose doubling is a doubled sound ("c", "h", "j", "x" and the initial "i"/"y"
# take part in spellings of one sound: sh, kh, dj, x = ks, Iusuf)
_PLAIN = "abdefgklmnopqrstuvwz"
_words = st.text(alphabet=_PLAIN, min_size=1, max_size=12)
_accented = st.text(alphabet=_PLAIN + "áéíóúàèìòùâêîôûäëïöüãõñçčšžł", min_size=1, max_size=12)


def variants(typed: str, recorded: str) -> bool:
    return bool(set(lookup_keys(typed)) & set(name_value_keys(recorded)))


@given(_accented)
def test_keys_ignore_case_and_accents(word: str) -> None:
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
    assert name_keys(word.upper()) == name_keys(word) == name_keys(stripped)


@given(_words, st.data())
def test_a_doubled_letter_folds(word: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(word) - 1))
    doubled = word[: at + 1] + word[at] + word[at + 1 :]
    assert name_keys(doubled) == name_keys(word)


@given(_accented)
def test_a_word_is_a_variant_of_itself(word: str) -> None:
    assert variants(word, word)


@pytest.mark.parametrize(
    ("typed", "recorded"),
    [
        ("Fiseha", "Fisseha"),
        ("Mohammed", "Mohammad"),
        ("Muhammad", "Mohammed"),
        ("Romanyuk", "Romaniuk"),
        ("Romanuk", "Romaniuk"),
        ("Niyazi", "Niazi"),
        ("Yusuf", "Iusuf"),
        ("Yousuf", "Yusuf"),
        ("Hossein", "Hussein"),
        ("Fatemeh", "Fatima"),
        ("Kareem", "Karim"),
        ("Javed", "Jawid"),
        ("Filmon", "Philmon"),
        ("Qadir", "Kadir"),
        ("Mikhailo", "Mykhaylo"),
        ("Aleksandr", "Alexandr"),
    ],
)
def test_common_romanisations_are_variants(typed: str, recorded: str) -> None:
    assert variants(typed, recorded)
    assert variants(recorded, typed)


@pytest.mark.parametrize(
    ("typed", "recorded"),
    [
        ("Romaniuk", "Романюк"),  # Cyrillic
        ("Olha", "Ольга"),  # г read h (Ukrainian)
        ("Olga", "Ольга"),  # and g (Russian)
        ("Artyom", "Артём"),  # ё read yo
        ("Artem", "Артём"),  # and written e
        ("Yelena", "Елена"),
        ("Elena", "Елена"),
        ("Iuliia", "Юлія"),
        ("Fisseha", "ፍስሃ"),  # Ethiopic: the sixth order is read with no vowel or a short one
        ("Tesfaye", "ተስፋይ"),
        ("Yohannes", "ዮሃንስ"),
    ],
)
def test_a_latin_spelling_is_a_variant_of_the_name_in_its_own_script(typed: str, recorded: str) -> None:
    assert variants(typed, recorded)
    assert variants(recorded, typed)


@pytest.mark.parametrize(
    ("typed", "recorded"),
    [
        ("Hassan", "Hussein"),
        ("Mohammed", "Mahmoud"),
        ("Fiseha", "Fatima"),
        ("Romanyuk", "Romanenko"),
        ("Amir", "Omar"),
        ("Jamal", "Amal"),
        ("Olena", "Elena"),
    ],
)
def test_different_names_are_not_variants(typed: str, recorded: str) -> None:
    assert not variants(typed, recorded)


@pytest.mark.parametrize(
    ("typed", "recorded"),
    [("علي", "علی"), ("فاطمة", "فاطمه"), ("كريم", "کریم"), ("مصطفى", "مصطفی")],
)
def test_arabic_and_persian_spellings_of_one_name_in_arabic_script_are_variants(typed: str, recorded: str) -> None:
    assert variants(typed, recorded)


@pytest.mark.parametrize(
    ("typed", "recorded"),
    [("Mahmoud", "محمد"), ("Hussein", "حسن"), ("Mohammad", "محمد"), ("محمود", "محمد"), ("محمد", "Mohammad")],
)
def test_arabic_script_is_not_compared_with_latin_spellings(typed: str, recorded: str) -> None:
    # Without short vowels, and with long ones read either way, Mahmoud and Mohammad would both
    # be محمد: their Latin spellings are compared instead (Mohammed/Mohammad above).
    assert not variants(typed, recorded)


def test_a_word_without_letters_has_no_keys_but_is_harmless() -> None:
    assert name_keys("") == ()
    assert name_keys("  -' ") == ()
    assert name_keys("1975")  # digits are kept as they are: matched only by themselves
