"""SyncRow's seqs written briefly (`merged_seqs`) read as the full per-field map would (`seq_of`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.models.bookkeeping import EVERY_FIELD, merged_seqs, seq_of

FIELDS = st.sampled_from(["given_names", "family_name", "dob", "status", "case_id"])
STATES = st.lists(st.dictionaries(FIELDS, st.integers(1, 40), min_size=1), min_size=1, max_size=8)


@given(STATES)
def test_every_named_field_reads_its_seq(states: list[dict[str, int]]) -> None:
    full: dict[str, int] = {}
    brief: dict[str, int] | None = None
    for seqs in states:
        full = {**full, **seqs}
        brief = merged_seqs(brief, seqs)
        seen = max(brief.values())
        assert seen == max(full.values())  # what "this state was applied already" compares
        for field, seq in full.items():
            assert seq_of(brief, field, seen) == seq
        assert len(brief) <= len(full)


def test_a_row_received_whole_is_one_entry() -> None:
    assert merged_seqs(None, {"given_names": 7, "family_name": 7, "dob": 7}) == {EVERY_FIELD: 7}
    later = merged_seqs({EVERY_FIELD: 7}, {"status": 9})
    assert later == {EVERY_FIELD: 7, "status": 9}
    assert (seq_of(later, "dob", 9), seq_of(later, "status", 9)) == (7, 9)
    assert merged_seqs(None, {"status": 3}) == {"status": 3}  # one field: as short either way
