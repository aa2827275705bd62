"""A case number, a UNHCR id and a reference-data name are unique across the whole system.

Two laptops offline can both register one: HQ keeps both records, raises a conflict of kind
"duplicate" that a team lead resolves by giving one of them another value; never a silent
duplicate, never a refusal that blocks a sync. Real HQ on 127.0.0.1 (SQLite and PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.hq.models import Key, Row
from app.models import Case, Conflict
from app.services.cases import create_case, set_case_fields
from app.services.conflicts import list_conflicts, resolve_conflict
from app.sync.engine import sync
from tests.support.hq import HQServer, enrolled, running_hq

PERSON = {
    "role": "principal_applicant",
    "family_name": "Synthetic",
    "given_names": "Ana",
    "dob": "1988-04-12",
    "sex": "F",
}


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def open_duplicates(ws: Any) -> list[Any]:
    return [c for c in list_conflicts(ws) if c.kind == "duplicate"]


def test_the_same_case_number_registered_on_two_laptops_becomes_a_conflict_a_lead_resolves(
    hq: HQServer, tmp_path: Path, cli: Any
) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    b = enrolled(hq, tmp_path / "b", "laptop-b")
    first = create_case(a, {"case_number": "LIM-000777", "unhcr_id": "100-00C77701", "site": "Lima"}, [PERSON])
    second = create_case(b, {"case_number": "LIM-000777", "unhcr_id": "100-00C77702", "site": "Lima"}, [PERSON])
    assert sync(a).rejected == [] and sync(b).rejected == []
    with hq.hub.store.session() as s:
        assert {r.row_id for r in s.scalars(select(Row).where(Row.table_name == "cases"))} == {first, second}
        holders = set(s.scalars(select(Key.row_id).where(Key.kind == "case_number", Key.key == "lim-000777")))
        assert holders == {first, second}
    sync(a)

    (conflict,) = open_duplicates(a)
    assert conflict.row_id == second and conflict.field == "case_number" and conflict.current == "LIM-000777"
    assert {c.get("case_id") for c in conflict.candidates} == {first, second}
    listed = cli("--user", "lead", "conflicts", data_dir=tmp_path / "a")
    assert "held by two records" in listed.stdout and "LIM-000777" in listed.stdout
    checked = cli("--user", "lead", "check", data_dir=tmp_path / "a")
    assert checked.returncode == 1 and "2 records hold case number LIM-000777" in checked.stderr + checked.stdout

    with pytest.raises(InvalidInput, match="another value"):
        resolve_conflict(a, conflict.id, take="local")
    with pytest.raises(InvalidInput, match="held by another record"):
        resolve_conflict(a, conflict.id, value="LIM-000777")
    resolve_conflict(a, conflict.id, value="LIM-000778")
    sync(a)
    sync(b)
    for ws in (a, b):
        with ws.session() as s:
            numbers = {c.id: c.case_number for c in s.scalars(select(Case))}
            assert numbers == {first: "LIM-000777", second: "LIM-000778"}
            assert s.scalars(select(Conflict).where(Conflict.resolved.is_(False))).all() == []
    with hq.hub.store.session() as s:
        assert set(s.scalars(select(Key.row_id).where(Key.kind == "case_number", Key.key == "lim-000777"))) == {first}
    assert cli("--user", "lead", "check", data_dir=tmp_path / "b").returncode == 0


def test_a_unhcr_id_held_by_two_cases_is_a_conflict_too(hq: HQServer, tmp_path: Path) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    b = enrolled(hq, tmp_path / "b", "laptop-b")
    create_case(a, {"case_number": "LIM-000801", "unhcr_id": "100-00C88888", "site": "Lima"}, [PERSON])
    second = create_case(b, {"case_number": "LIM-000802", "unhcr_id": "100-00C88888", "site": "Lima"}, [PERSON])
    sync(a), sync(b), sync(a)
    (conflict,) = open_duplicates(a)
    assert conflict.row_id == second and conflict.field == "unhcr_id"
    # an edit of another field of that case does not raise it again
    set_case_fields(b, "LIM-000802", {"priority": "P-1"})
    sync(b), sync(a)
    assert len(open_duplicates(a)) == 1


def test_renaming_a_case_onto_a_number_another_case_holds_is_a_conflict(hq: HQServer, tmp_path: Path) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    create_case(a, {"case_number": "LIM-000901", "site": "Lima"}, [PERSON])
    create_case(a, {"case_number": "LIM-000902", "site": "Lima"}, [PERSON])
    sync(a)
    b = enrolled(hq, tmp_path / "b", "laptop-b")
    sync(b)
    # offline, each laptop renumbers a different case to the same new number (each is free locally)
    set_case_fields(a, "LIM-000901", {"case_number": "LIM-000905"})
    set_case_fields(b, "LIM-000902", {"case_number": "LIM-000905"})
    sync(a), sync(b), sync(a)
    (conflict,) = open_duplicates(a)
    assert conflict.field == "case_number" and conflict.current == "LIM-000905"


def test_a_site_name_created_on_two_laptops_is_one_key_and_a_conflict(hq: HQServer, tmp_path: Path) -> None:
    """Reference data is keyed by its name: two rows named "Lima" (different ids, as older
    versions made them) are never silently two sites."""
    from app.models import Site
    from app.services.uow import unit_of_work

    a = enrolled(hq, tmp_path / "a", "laptop-a")
    b = enrolled(hq, tmp_path / "b", "laptop-b")
    for ws in (a, b):
        with unit_of_work(ws, "manage_reference_data") as uow:  # a team lead's act, signed as theirs
            uow.create(Site(name="Lima", country="PE", prefix="LIM"), case_id=None)
    sync(a), sync(b), sync(a)
    (conflict,) = open_duplicates(a)
    assert conflict.table == "sites" and conflict.field == "name"
    resolve_conflict(a, conflict.id, value="Lima (north office)")
    sync(a)
    sync(b)
    with b.session() as s:
        assert sorted(x.name for x in s.scalars(select(Site))) == ["Lima", "Lima (north office)"]
    assert open_duplicates(b) == []


def test_an_hq_upgraded_to_natural_keys_indexes_the_rows_it_holds_and_keeps_device_rights(
    tmp_path: Path, hq_db_url: str | None
) -> None:
    """Migration 0003 on an HQ that already holds rows and devices (both engines)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from app.hq.hub import Hub
    from app.hq.models import Device
    from app.hq.store import MIGRATIONS_DIR, HQStore

    url = hq_db_url or f"sqlite:///{tmp_path / 'old.sqlite'}"
    store = HQStore(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    rows = [
        ("cases", "0" * 31 + "1", '{"case_number": "LIM-1", "unhcr_id": "U-1"}', False),
        ("cases", "0" * 31 + "2", '{"case_number": "lim-1"}', False),
        ("cases", "0" * 31 + "3", '{"case_number": "LIM-3"}', True),
        ("sites", "0" * 31 + "4", '{"name": "Addis  Ababa"}', False),
    ]
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql("INSERT INTO hq_counter (id, seq) VALUES (1, 4)")
        for i, (table, row_id, values, deleted) in enumerate(rows):
            conn.execute(
                text(
                    'INSERT INTO hq_rows (table_name, row_id, case_id, "values", meta, hlc, seq, deleted) '
                    "VALUES (:t, :r, NULL, :v, '{}', '', :s, :d)"
                ),
                {"t": table, "r": row_id, "v": values, "s": i + 1, "d": deleted},
            )
        for name, ride in (("ride-laptop", "r" * 36), ("lead-laptop", None)):
            conn.execute(
                text(
                    "INSERT INTO hq_devices (id, name, ride_id, created_at, accepted_through, device_head, pulled_through) "
                    "VALUES (:i, :n, :r, CURRENT_TIMESTAMP, 0, 0, 0)"
                ),
                {"i": name, "n": name, "r": ride},
            )
    store.dispose()
    hub = Hub(tmp_path / "hq", url)
    try:
        with hub.store.session() as s:
            rights = {d.name: d.reference_data for d in s.scalars(select(Device))}
            assert rights == {"ride-laptop": False, "lead-laptop": True}
            keys = {(k.kind, k.key, k.row_id[-1]) for k in s.scalars(select(Key))}
            assert keys == {
                ("case_number", "lim-1", "1"),
                ("unhcr_id", "u-1", "1"),
                ("case_number", "lim-1", "2"),
                ("sites.name", "addis ababa", "4"),
            }
    finally:
        hub.store.dispose()


def test_the_same_manifest_imported_on_two_laptops_gives_one_of_each_record(
    hq: HQServer, tmp_path: Path, cli: Any
) -> None:
    from app.models import CircuitRide, Interpreter, Person, Site
    from app.services.manifest import import_manifest
    from tests.integration.test_sync import manifest

    doc = manifest()
    doc["interpreters"] = [{"name": "Interpreter Uno", "languages": [{"code": "es", "proficiency": "native"}]}]
    doc["sites"].append({"name": "Tumbes", "country": "PE", "prefix": "TUM"})
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    b = enrolled(hq, tmp_path / "b", "laptop-b")
    import_manifest(a, doc)
    import_manifest(b, doc)
    assert sync(a).rejected == [] and sync(b).rejected == []
    sync(a)
    for ws, path in ((a, tmp_path / "a"), (b, tmp_path / "b")):
        with ws.session() as s:
            assert sorted(c.case_number for c in s.scalars(select(Case))) == ["LIM-000100", "LIM-000101", "LIM-000102"]
            assert len(s.scalars(select(Person.id)).all()) == 3
            assert sorted(x.name for x in s.scalars(select(Site))) == ["Lima", "Tumbes"]
            assert sorted(x.name for x in s.scalars(select(CircuitRide))) == ["North", "South"]
            assert [x.name for x in s.scalars(select(Interpreter))] == ["Interpreter Uno"]
        assert list_conflicts(ws) == []  # equal values merge silently
        assert cli("--user", "lead", "check", data_dir=path).returncode == 0
    with hq.hub.store.session() as s:
        assert len(s.scalars(select(Row.row_id).where(Row.table_name == "cases")).all()) == 3
        assert len(s.scalars(select(Row.row_id).where(Row.table_name == "sites")).all()) == 2
