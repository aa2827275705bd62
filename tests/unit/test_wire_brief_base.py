"""A change's base travels brief (`p.brief_base`): the fields seen before its highest sequence and
one field naming that sequence. HQ reads every field's base as `base.get(field, highest)`, so the
brief form must give each field the sequence the full one gave it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.wire import protocol as p

ROW_ID = "0190f1a2-0000-7000-8000-000000000001"
HLC = "0000000000000001-0000-abcdef"
FIELD_NAMES = st.sampled_from(sorted(p.table_fields("persons")))


def _person_change(fields: dict[str, object], base: dict[str, int]) -> p.Change:
    return p.Change(device_seq=1, table="persons", row_id=ROW_ID, hlc=HLC, fields=fields, base=base)


def _as_hq_reads(base: dict[str, int], field: str) -> int:
    return base.get(field, max(base.values(), default=0))


@given(st.dictionaries(FIELD_NAMES, st.integers(min_value=0, max_value=p.SEQ_MAX), min_size=1))
def test_the_brief_base_gives_every_field_the_sequence_the_full_one_gave(base: dict[str, int]) -> None:
    brief = p.brief_base(base)
    for field in base:
        assert _as_hq_reads(brief, field) == base[field]
    top = max(base.values())
    assert len(brief) == (0 if top == 0 else sum(1 for v in base.values() if v != top) + 1)


def test_a_new_rows_base_is_empty_and_a_row_seen_whole_names_one_field() -> None:
    assert p.brief_base({"family_name": 0, "given_names": 0}) == {}
    assert p.brief_base({}) == {}
    assert p.brief_base({"family_name": 7, "given_names": 7, "dob": 7}) == {"family_name": 7}
    assert p.brief_base({"family_name": 7, "given_names": 3, "dob": 0}) == {
        "family_name": 7,
        "given_names": 3,
        "dob": 0,
    }


def test_a_brief_base_keeps_its_meaning_when_hq_drops_a_local_field_that_named_the_top() -> None:
    # An older laptop sent a local field; its base may name the highest sequence on that field alone.
    change = _person_change(
        {"marital_status": "married", "family_name": "Probna", "search_latin": ""},
        {"search_latin": 9, "family_name": 4},
    )
    assert "search_latin" not in change.fields and "search_latin" not in change.base
    assert _as_hq_reads(change.base, "marital_status") == 9
    assert _as_hq_reads(change.base, "family_name") == 4


def test_a_base_whose_top_survives_the_local_fields_is_only_trimmed() -> None:
    change = _person_change(
        {"marital_status": "married", "search_native": ""}, {"marital_status": 9, "search_native": 2}
    )
    assert change.base == {"marital_status": 9}
