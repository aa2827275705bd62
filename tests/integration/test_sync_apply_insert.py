"""A pull page's new rows are written by uow.insert_rows (plain DBAPI executemany, each column
converted once per distinct value where that is safe): the stored bytes must be those a Core
insert of the same rows stores (JSON text, booleans, datetimes, nulls)."""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid
from pathlib import Path
from typing import Any

from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text

from app.models import Case, Person, SyncRow
from app.models.base import Base
from app.services.uow import insert_rows
from tests.support.hq import new_device

json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)
_STAMPS = [
    dt.datetime(2026, 11, 3, 10, 0, tzinfo=dt.UTC),
    dt.datetime(2026, 11, 3, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
]


@st.composite
def persons(draw: st.DrawFn) -> list[dict[str, Any]]:
    shared = draw(st.lists(json_value, max_size=2))  # one object in many rows (audit details are)
    rows = []
    for i in range(draw(st.integers(1, 6))):
        pick = st.sampled_from([[], {}, shared]) | st.lists(json_value, max_size=3)
        rows.append(
            {
                "id": str(uuid.UUID(int=i + 1)),
                "case_id": str(uuid.UUID(int=999)),
                "role": "child",
                "family_name": draw(st.text(max_size=5)),
                "given_names": "x",
                "native_family_name": draw(st.none() | st.text(max_size=3)),
                "native_given_names": None,
                "aliases": draw(pick),
                "dob": None,
                "dob_precision": "exact",
                "sex": None,
                "nationality": None,
                "country_of_birth": None,
                "place_of_birth": None,
                "languages": draw(pick),
                "marital_status": None,
                "relationship_to_pa": None,
                "documents": draw(pick),
                "verified": draw(
                    st.sampled_from([{}, {"dob": "passport"}])
                    | st.dictionaries(st.text(max_size=3), json_value, max_size=2)
                ),
                "profile_photo_id": None,
                "search_latin": "",
                "search_native": "",
                "rev": 1,
                "hlc": "h",
                "origin_device": "",
                "updated_by": "",
                "updated_at": draw(st.sampled_from(_STAMPS)),
                "deleted": draw(st.booleans()),
            }
        )
    return rows


def _stored(ws: Any, table: str) -> list[tuple[Any, ...]]:
    with ws.session() as s:
        columns = [c.name for c in Base.metadata.tables[table].columns]
        listing = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
        return [tuple(r) for r in s.execute(text(f'SELECT {listing} FROM "{table}" ORDER BY rowid'))]  # noqa: S608


@settings(max_examples=25, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(
    persons(), st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), st.integers(0, 9)), min_size=1, max_size=4)
)
def test_rows_are_stored_as_a_core_insert_stores_them(rows: list[dict[str, Any]], seqs: list[dict[str, int]]) -> None:
    bookkeeping = [
        {"table_name": "persons", "row_id": str(uuid.UUID(int=i + 1)), "seqs": s} for i, s in enumerate(seqs)
    ]
    stored = {}
    with tempfile.TemporaryDirectory() as tmp:
        for how in ("insert_rows", "core"):
            ws = new_device(Path(tmp) / how)
            try:
                with ws.session() as s:
                    s.add(
                        Case(
                            id=str(uuid.UUID(int=999)),
                            case_number="TST-1",
                            site="Lima",
                            rev=1,
                            hlc="h",
                            origin_device="",
                            updated_by="",
                        )
                    )
                    s.flush()
                    for table, batch in ((Person.__table__, rows), (SyncRow.__table__, bookkeeping)):
                        if how == "core":
                            s.execute(insert(table), [dict(r) for r in batch])
                        else:
                            insert_rows(s, table, [dict(r) for r in batch])
                stored[how] = (_stored(ws, "persons"), _stored(ws, "sync_rows"))
            finally:
                ws.lock()
    assert stored["insert_rows"] == stored["core"]
