"""A person's search forms are made of each name normalised alone (each name normalised once,
however many persons share it): they must be the text normalising the whole name gives."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import Person
from app.services.search_index import searchable
from app.util.text import normalise

# Names as people write them, and text no name holds (marks alone, controls, odd spaces)
_ALPHABET = st.sampled_from(list("aZé ß-'.’\u0301\u0308\u00a0\t\u0000ıØǄﬁ\u1100\u1161"))
_WORDS = st.lists(st.sampled_from(["Ольга", "ፍስሃ", "محمد", "José", " ", "-"]) | st.text(_ALPHABET, max_size=3)).map(
    "".join
)
name = st.none() | _WORDS | st.text(max_size=8)


@settings(max_examples=2000, deadline=None)
@given(name, name, name, name)
def test_search_forms_are_the_whole_names_normalised(given: Any, family: Any, native_given: Any, native: Any) -> None:
    person = SimpleNamespace(
        given_names=given, family_name=family, native_given_names=native_given, native_family_name=native
    )
    assert searchable(cast(Person, person)) == (
        normalise(f"{given or ''} {family or ''}"),
        normalise(f"{native_given or ''} {native or ''}"),
    )


def test_a_remembered_normalisation_is_the_same_text() -> None:
    for _ in range(2):
        assert normalise("  José-María  O’Neil ") == "jose maria o neil"
        assert normalise("Ольга") == "ольга"
        assert normalise(None) == "" and normalise("") == ""
