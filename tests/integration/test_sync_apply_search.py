"""Pulled new persons are indexed for search in one batch per page (search_index.index_new_persons):
the index must hold exactly what indexing each person on its own (reindex_person) gives."""

from __future__ import annotations

import itertools
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.services import search_index
from app.services.search_index import name_keys_out_of_step, reindex_person
from app.services.uow import UnitOfWork
from app.store.workspace import Workspace
from app.sync.engine import apply_pull_page
from app.wire import protocol as p
from tests.support.hq import new_device

_seq = itertools.count(1)
_NAMES = st.sampled_from(["Rosa", "Quispe", "José María", "O'Neil", "Ольга", "Романюк", "ፍስሃ", "محمد", "Yıldız", ""])
_name = _NAMES | st.text(st.sampled_from(list("aeiouklmnrsh é-'")), max_size=10)


def _state(table: Any, row_id: str, values: dict[str, Any], device: str, case_id: str) -> p.RowState:
    seq = next(_seq)
    return p.RowState(
        table=table,
        row_id=row_id,
        case_id=case_id,
        values=values,
        seqs=dict.fromkeys(values, seq),
        hlc=f"{int(time.time() * 1000):016d}-0000-{device}",
        seq=seq,
    )


def _pages(device: str, people: list[dict[str, Any]]) -> list[p.PullResponse]:
    case_id = str(uuid.UUID(int=2**100))  # the same in both workspaces
    case = _state("cases", case_id, {"case_number": "TST-000001", "site": "Lima"}, device, case_id)
    rows = [case] + [
        _state("persons", str(uuid.UUID(int=i + 1)), {"case_id": case_id, "role": "child", **person}, device, case_id)
        for i, person in enumerate(people)
    ]
    half = len(rows) // 2
    return [p.PullResponse(rows=part, next=next(_seq), more=False, server_seq=0) for part in (rows[:half], rows[half:])]


def _index(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    queries = {
        "forms": "SELECT id, search_latin, search_native FROM persons ORDER BY id",
        "keys": "SELECT person_id, fts_rowid, dob FROM person_search_keys ORDER BY person_id",
        "search": "SELECT rowid, person_id, case_id, names FROM person_search ORDER BY rowid",
        "words": "SELECT rowid, names FROM person_words ORDER BY rowid",
        "name_keys": "SELECT key, fts_rowid FROM person_name_keys ORDER BY key, fts_rowid",
    }
    with ws.session() as s:
        out = {name: [tuple(r) for r in s.execute(text(sql))] for name, sql in queries.items()}
        out["found"] = [tuple(r) for r in s.execute(text("SELECT rowid FROM person_words WHERE names MATCH 'rosa'"))]
        assert name_keys_out_of_step(s) == 0
    return out


def _one_by_one(uow: UnitOfWork, persons: list[Any]) -> None:
    for person in persons:
        reindex_person(uow, person, is_new=True)


person = st.fixed_dictionaries(
    {"given_names": _name, "family_name": _name},
    optional={
        "native_given_names": st.none() | _name,
        "native_family_name": st.none() | _name,
        "aliases": st.lists(_name, max_size=3),
        "dob": st.sampled_from(["1990", "1985-02", "2001-07-30"]),
        "deleted": st.booleans(),
    },
)


@settings(max_examples=15, deadline=None)
@given(st.lists(person, min_size=1, max_size=12))
def test_the_batch_index_is_the_one_person_by_person_index(people: list[dict[str, Any]]) -> None:
    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        for how in ("batch", "one_by_one"):
            ws = new_device(Path(tmp) / how)
            try:
                with pytest.MonkeyPatch.context() as patch:
                    if how == "one_by_one":
                        patch.setattr("app.sync.apply.index_new_persons", _one_by_one)
                    for page in _pages(ws.meta.device_id, people):
                        apply_pull_page(ws, page)
                found[how] = _index(ws)
            finally:
                ws.lock()
    assert found["batch"] == found["one_by_one"]
    live = [p for p in people if not p.get("deleted")]
    assert len(found["batch"]["search"]) == len(live)


def test_the_batch_path_is_the_one_a_pull_takes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(So the comparison above compares something.)"""
    calls: list[int] = []
    real = search_index.index_new_persons

    def counting(uow: UnitOfWork, persons: Any) -> None:
        persons = list(persons)
        calls.append(len(persons))
        real(uow, persons)

    monkeypatch.setattr("app.sync.apply.index_new_persons", counting)
    ws = new_device(tmp_path / "laptop")
    for page in _pages(ws.meta.device_id, [{"given_names": "Rosa", "family_name": "Quispe"}] * 3):
        apply_pull_page(ws, page)
    assert sum(calls) == 3
    assert len(_index(ws)["found"]) == 3
    ws.lock()
