"""HQ stores a row's per-field stamps compactly (issue 24): each distinct stamp once per row, fields
referring to it; every reader still sees {field: [seq, hlc, device, by, open]}, and rows older HQs
wrote in the full form are read as they are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.hq.merge import _own_echo, read_page
from app.hq.models import Device, Row, meta_seqs, meta_stamps, pack_meta, unpack_meta
from app.hq.store import HQStore

DEV_A, DEV_B = "a" * 36, "b" * 36


def stored(meta: dict[str, Any]) -> Any:
    """What a reader gets back from the database's text: the packed form through JSON."""
    return orjson.loads(orjson.dumps(pack_meta(meta)))


def test_a_new_rows_shared_stamp_is_written_once() -> None:
    stamp = [7, "0000000001-0000-" + DEV_A, DEV_A, "ines", None]
    meta = {f: list(stamp) for f in ("first_name", "last_name", "dob", "stage", "ride_id")}
    packed = pack_meta(meta)
    assert packed == [[stamp], {"first_name": 0, "last_name": 0, "dob": 0, "stage": 0, "ride_id": 0}]
    assert len(orjson.dumps(packed)) < len(orjson.dumps(meta)) / 2
    assert unpack_meta(stored(meta)) == meta
    assert meta_seqs(stored(meta)) == dict.fromkeys(meta, 7)


def test_distinct_stamps_keep_the_field_order_and_each_field_its_own_list() -> None:
    one, two = [3, "h1", DEV_A, "", None], [9, "h2", DEV_B, "lead", "conflict-id"]
    meta = {"stage": list(two), "first_name": list(one), "deleted": list(two), "dob": list(one)}
    back = unpack_meta(stored(meta))
    assert back == meta and list(back) == list(meta)
    back["stage"][4] = None  # merge code changes a field's stamp: no other field may change with it
    assert back["deleted"][4] == "conflict-id"
    assert meta_seqs(stored(meta)) == {"stage": 9, "first_name": 3, "deleted": 9, "dob": 3}


def test_the_full_form_older_hqs_wrote_is_still_read() -> None:
    old = {"stage": [4, "h", DEV_A], "first_name": [5, "h2", DEV_B, "x", None]}  # 3-item stamps of old rows too
    assert unpack_meta(json.loads(json.dumps(old))) == old
    assert meta_seqs(old) == {"stage": 4, "first_name": 5}
    assert sorted(map(tuple, meta_stamps(old))) == sorted(map(tuple, old.values()))
    assert unpack_meta(None) == {} and unpack_meta({}) == {} and pack_meta({}) == {}


def test_own_echo_reads_the_compact_form() -> None:
    mine = {"stage": [10, "h", DEV_A, "", None], "dob": [10, "h", DEV_A, "", None], "x": [2, "h0", DEV_B, "", None]}
    assert _own_echo("cases", meta_stamps(stored(mine)), 5, DEV_A)  # all newer fields: this device's
    assert not _own_echo("cases", meta_stamps(stored(mine)), 1, DEV_A)  # another device's field is newer
    assert not _own_echo("cases", meta_stamps(stored(mine)), 10, DEV_A)  # nothing newer: moved into scope


texts = st.text(alphabet="abcdef0123456789-:", max_size=12)
stamps = st.builds(
    lambda seq, hlc, dev, by, open_id: [seq, hlc, dev, by, open_id],
    st.integers(min_value=0, max_value=2**53),
    texts,
    st.sampled_from([DEV_A, DEV_B, ""]),
    st.sampled_from(["", "ines", "lead"]),
    st.none() | texts,
)
fields = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=10)


@st.composite
def metas(draw: st.DrawFn) -> dict[str, list[Any]]:
    """Metas whose fields share a few stamps (one change set) or carry their own."""
    pool = draw(st.lists(stamps, min_size=1, max_size=4))
    names = draw(st.lists(fields, max_size=25, unique=True))
    return {name: list(draw(st.sampled_from(pool)) if draw(st.booleans()) else draw(stamps)) for name in names}


@settings(max_examples=300, deadline=None)
@given(metas())
def test_any_meta_round_trips_through_its_stored_form(meta: dict[str, list[Any]]) -> None:
    back = unpack_meta(stored(meta))
    assert back == meta and list(back) == list(meta)
    assert meta_seqs(stored(meta)) == {k: v[0] for k, v in meta.items()}
    assert {tuple(s) for s in meta_stamps(stored(meta))} == {tuple(s) for s in meta.values()}
    packed = pack_meta(meta)
    if meta:
        assert len(packed[0]) == len({tuple(s) for s in meta.values()})  # each distinct stamp once
        assert len(orjson.dumps(packed)) <= len(orjson.dumps(meta)) + 6 + 3 * len(meta)  # ",i" a field at worst
    for since in (0, 2**40):
        for dev in (DEV_A, DEV_B):
            assert _own_echo("cases", meta_stamps(stored(meta)), since, dev) == _own_echo(
                "cases", list(meta.values()), since, dev
            )


def test_the_database_holds_the_compact_form_and_readers_see_the_full_one(
    tmp_path: Path, hq_db_url: str | None
) -> None:
    store = HQStore(hq_db_url or f"sqlite:///{tmp_path / 'hq.sqlite'}")
    store.migrate()
    new_stamp = [1, "h1", DEV_A, "ines", None]
    new_meta = {"first_name": list(new_stamp), "stage": list(new_stamp)}
    old_meta = {"first_name": [2, "h2", DEV_B, "", None], "stage": [3, "h3", DEV_A, "", "c-1"]}
    try:
        with store.session() as session:
            session.add(
                Row(table_name="cases", row_id="r1", case_id="r1", values={"stage": "new"}, meta=new_meta, seq=1)
            )
            session.add(Row(table_name="cases", row_id="r0", case_id="r0", values={}, meta={}, seq=2))
            session.execute(  # a row an older HQ wrote, in the full form
                text(
                    'INSERT INTO hq_rows (table_name, row_id, case_id, "values", meta, hlc, seq, deleted) '
                    "VALUES ('cases', 'r2', 'r2', '{}', :m, '', 3, :no)"
                ),
                {"m": json.dumps(old_meta), "no": False},
            )
        with store.session() as session:
            raw = session.execute(text("SELECT CAST(meta AS TEXT) FROM hq_rows WHERE row_id = 'r1'")).scalar_one()
            assert json.loads(raw) == [[new_stamp], {"first_name": 0, "stage": 0}]
            assert session.get(Row, ("cases", "r1")).meta == new_meta  # type: ignore[union-attr]
            assert session.get(Row, ("cases", "r0")).meta == {}  # type: ignore[union-attr]
            old = session.get(Row, ("cases", "r2"))
            assert old is not None and old.meta == old_meta
            old.meta = {**old_meta, "stage": [4, "h4", DEV_A, "", None]}  # written again: compact now
        with store.session() as session:
            raw = session.execute(text("SELECT CAST(meta AS TEXT) FROM hq_rows WHERE row_id = 'r2'")).scalar_one()
            assert isinstance(json.loads(raw), list)
            page = read_page(session, Device(device_id=DEV_B, ride_id=None), 0)
            assert {row[1]: row[4] for row in page.rows} == {
                "r1": {"first_name": 1, "stage": 1},
                "r0": {},
                "r2": {"first_name": 2, "stage": 4},
            }
            # DEV_A's own edits are not sent back to it: r1 (all its fields) is left out, r2 (DEV_B's field) is not
            mine = read_page(session, Device(device_id=DEV_A, ride_id=None), 0)
            assert [row[1] for row in mine.rows] == ["r0", "r2"]
    finally:
        store.dispose()
