"""SyncRow's seqs written briefly (`merged_seqs`) read as the full per-field map would (`seq_of`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.models.bookkeeping import EVERY_FIELD, merged_seqs, seq_of

FIELDS = st.sampled_from(["given_names", "family_name", "dob", "status", "case_id"])
STATES = st.lists(st.dictionaries(FIELDS, st.integers(1, 40), min_size=1), min_size=1, max_size=8)


@given(STATES)
def test_every_named_field_reads_its_seq(drawn: list[dict[str, int]]) -> None:
    # As HQ sends them: no field's seq goes down from one state of a row to the next.
    states: list[dict[str, int]] = []
    highest: dict[str, int] = {}
    for seqs in drawn:
        states.append({k: max(v, highest.get(k, 0)) for k, v in seqs.items()})
        highest.update(states[-1])
    full: dict[str, int] = {}
    brief: dict[str, int] | None = None
    for seqs in states:
        full = {**full, **seqs}
        brief = merged_seqs(brief, seqs)
        seen = max(brief.values())
        assert seen == max(full.values())  # what "this state was applied already" compares
        for field, seq in full.items():
            assert seq_of(brief, field, seen) == seq
        # Never longer than the full map but for EVERY_FIELD itself (written to make it shorter).
        assert len(brief) <= len(full) + 1 and set(brief) <= {*full, EVERY_FIELD}


def test_a_row_received_whole_is_one_entry() -> None:
    assert merged_seqs(None, {"given_names": 7, "family_name": 7, "dob": 7}) == {EVERY_FIELD: 7}
    later = merged_seqs({EVERY_FIELD: 7}, {"status": 9})
    assert later == {EVERY_FIELD: 7, "status": 9}
    # A field named again at the seq EVERY_FIELD gives it is not written twice.
    assert merged_seqs({EVERY_FIELD: 1}, {"given_names": 1, "family_name": 2}) == {EVERY_FIELD: 1, "family_name": 2}
    assert (seq_of(later, "dob", 9), seq_of(later, "status", 9)) == (7, 9)
    assert merged_seqs(None, {"status": 3}) == {"status": 3}  # one field: as short either way
