"""The duplicate rule's blocking (issue 22): comparing only persons who share a date of birth and a
name key (consonants, Arabic-script key) finds exactly the pairs that comparing everyone born the
same day with everyone would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.qc import DUPLICATE_MIN_SCORE, PersonNames, duplicate_pairs, likeness
from app.util.text import normalise

_NAMES = ["Mohammad", "Mohammed", "Muhammad", "Rahimi", "Raheemi", "Rahma", "Fiseha", "Fisseha", "Tesfay",
          "Olena", "Olga", "Romanyuk", "Romaniuk", "Романюк", "Олена", "Олег", "Oleh", "ፍስሃ", "ተስፋይ", "محمد",
          "رحیمی", "Karimi", "Hussein", "Husein", "Iusuf", "Yusuf"]  # fmt: skip


def _everyone(persons: list[PersonNames]) -> set[tuple[str, str, int]]:
    out = set()
    for i, a in enumerate(persons):
        for b in persons[i + 1 :]:
            if a.case_id == b.case_id or a.dob != b.dob or len(a.latin) + len(a.native) < 2:
                continue
            if len(b.latin) + len(b.native) < 2:
                continue
            score = likeness(a, b)
            if score is not None and score >= DUPLICATE_MIN_SCORE:
                out.add((min(a.id, b.id), max(a.id, b.id), score))
    return out


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 4),
            st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3),
            st.lists(st.sampled_from(_NAMES), max_size=2),
            st.sampled_from(["1980-01-01", "1980"]),
        ),
        max_size=10,
    )
)
def test_blocking_finds_what_comparing_everyone_finds(people: list[tuple[int, list[str], list[str], str]]) -> None:
    persons = [
        PersonNames(
            f"p{i:02}", f"c{case}", tuple(normalise(w) for w in latin), tuple(normalise(w) for w in native), dob
        )
        for i, (case, latin, native, dob) in enumerate(people)
    ]
    assert {(a.id, b.id, s) for a, b, s in duplicate_pairs(persons)} == _everyone(persons)


def test_spellings_across_scripts_are_paired_and_unlike_names_are_not() -> None:
    persons = [
        PersonNames("p1", "c1", ("olena", "romanyuk"), (), "1990-01-02"),
        PersonNames("p2", "c2", (normalise("Олена"), normalise("Романюк")), (), "1990-01-02"),
        PersonNames("p3", "c3", ("mohammad", "rahimi"), (), "1990-01-02"),
        PersonNames("p4", "c4", ("mohammad", "rahma"), (), "1990-01-02"),
    ]
    assert [(a.id, b.id) for a, b, _s in duplicate_pairs(persons)] == [("p1", "p2")]


_PART = st.one_of(st.none(), st.text(max_size=40))


@given(
    st.sampled_from(["duplicate_person", "household", "form_constraints"]),
    st.text(min_size=1, max_size=40),
    _PART,
    _PART,
)
@settings(max_examples=300, deadline=None)
def test_a_finding_id_made_without_uuid5_is_finding_id(
    rule: str, case_id: str, person: str | None, other: str | None
) -> None:
    from app.models.natural_keys import finding_id
    from app.services.qc import _finding_id

    assert _finding_id(rule, case_id, person, other) == finding_id(rule, case_id, person, other)


def test_verified_markers_are_read_as_parsed_json() -> None:
    from app.services.qc import _dob_verified, _json, _verified_dob

    for stored in ("{}", "null", "not json", '{"name": {"against": "dob"}}', '{"dob": {"by": "a"}}',
                   '{"d\\u006fb": true}', '["dob"]', '{"dobs": 1}', None, b'{"dob": 1}', {"dob": 1}, {}):  # fmt: skip
        assert _verified_dob(stored) == _dob_verified(_json(stored)), stored
    assert _verified_dob('{"d\\u006fb": true}') and not _verified_dob('{"name": "dob"}')
