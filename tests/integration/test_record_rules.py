"""Every way a value enters a record goes through the same field rules (issue 19, points 1 and 2).

Conflict resolution (the command line), a push to a real HQ on 127.0.0.1, a row pulled from HQ
and a change waiting in a laptop's outbox: a stage "banana", a priority "P-9" or a date of birth
"1981" with the precision "exact" never reaches a record. A date of birth and its precision are
one value for merging, conflicts and resolution.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from app.errors import InvalidInput
from app.hq.models import Counter, Device, Row
from app.models import Case, Conflict, OutboxEntry, Person
from app.services.cases import set_case_fields, set_person_fields
from app.services.conflicts import list_conflicts, resolve_conflict
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.engine import sync, sync_state
from app.wire import protocol as p
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, Raw, enrolled, running_hq

CASE = "LIM-000100"


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


@pytest.fixture
def two(hq: HQServer, tmp_path: Path) -> tuple[Workspace, Workspace]:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    import_manifest(a, manifest())
    sync(a)
    b = enrolled(hq, tmp_path / "b", "laptop-b")
    sync(b)
    return a, b


def concurrent_stage_conflict(a: Workspace, b: Workspace) -> Any:
    set_case_fields(a, CASE, {"stage": "interviewed"})
    set_case_fields(b, CASE, {"stage": "medical"})
    sync(a), sync(b), sync(a)
    (conflict,) = [c for c in list_conflicts(a) if c.field == "stage"]
    return conflict


def test_a_conflict_cannot_be_resolved_with_a_value_no_record_may_hold(
    two: tuple[Workspace, Workspace], cli: Any, tmp_path: Path
) -> None:
    a, b = two
    conflict = concurrent_stage_conflict(a, b)
    for bad, words in (("banana", "'banana' is not one of"), ("P-9", "'P-9' is not one of")):
        result = cli(
            "--user", "lead", "conflicts", "resolve", conflict.id[:13], "--value", bad, data_dir=tmp_path / "a"
        )
        assert result.returncode == 1, result.stderr
        assert words in result.stderr and "Traceback" not in result.stderr
    with a.session() as s:
        assert s.scalar(select(Case.stage).where(Case.case_number == CASE)) in ("interviewed", "medical")
    result = cli(
        "--user", "lead", "conflicts", "resolve", conflict.id[:13], "--value", "Adjudicated", data_dir=tmp_path / "a"
    )
    assert result.returncode == 0, result.stderr
    with a.session() as s:
        assert s.scalar(select(Case.stage).where(Case.case_number == CASE)) == "adjudicated"


def hq_snapshot(hq: HQServer) -> str:
    with hq.hub.store.session() as s:
        rows = s.scalars(select(Row).order_by(Row.table_name, Row.row_id)).all()
        return json.dumps([(r.table_name, r.row_id, r.values) for r in rows], sort_keys=True, default=str)


def test_hq_refuses_a_push_with_an_invalid_value_and_changes_nothing(
    hq: HQServer, two: tuple[Workspace, Workspace]
) -> None:
    a, _ = two
    with a.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_number == CASE))
        person_id = s.scalar(select(Person.id).where(Person.case_id == case_id))
    with hq.hub.store.session() as s:
        done = int(s.scalar(select(Device.accepted_through).where(Device.device_id == a.meta.device_id)) or 0)
    hlc = f"{int(time.time() * 1000):016d}-0000-{a.meta.device_id}"
    for fields_by_row in (
        [("cases", case_id, {"priority": "P-1"}), ("cases", case_id, {"stage": "banana"})],
        [("persons", person_id, {"dob": "1981", "dob_precision": "exact"})],
    ):
        before = hq_snapshot(hq)
        request = p.PushRequest(
            after=done,
            changes=[
                p.Change(device_seq=done + i + 1, table=t, row_id=r, hlc=hlc, fields=f)  # type: ignore[arg-type]
                for i, (t, r, f) in enumerate(fields_by_row)
            ],
            device_head=done + len(fields_by_row),
        )
        raw = Raw(hq, a)
        try:
            response = raw.call("POST", "/v1/push", request.model_dump_json().encode())
        finally:
            raw.client.close()
        assert response.status_code == 422, response.text
        assert "nothing of this push was applied" in response.json()["detail"]
        assert hq_snapshot(hq) == before  # not even the valid first change


def test_a_laptop_keeps_out_an_invalid_value_sent_by_an_older_hq_and_says_so(
    hq: HQServer, two: tuple[Workspace, Workspace], cli: Any, tmp_path: Path
) -> None:
    a, b = two
    with b.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_number == CASE))
    with hq.hub.store.session() as s:  # as an older HQ would have stored it
        counter = s.get(Counter, 1)
        assert counter is not None
        counter.seq += 1
        row = s.get(Row, ("cases", case_id))
        assert row is not None
        row.values = {**row.values, "stage": "banana", "priority": "P-1"}
        row.meta = {
            **row.meta,
            "stage": [counter.seq, "9" * 16 + "-0000-x", "", "", None],
            "priority": [counter.seq, "9" * 16 + "-0000-x", "", "", None],
        }
        row.seq = counter.seq
    b.lock()
    result = cli("--user", "lead", "sync", data_dir=tmp_path / "b")
    assert result.returncode == 0, result.stderr
    assert "could not be stored" in result.stderr and "stage" in result.stderr
    from tests.integration.conftest import unlocked

    with unlocked(tmp_path / "b", user="lead") as again:
        with again.session() as s:
            case = s.scalar(select(Case).where(Case.case_number == CASE))
            assert case is not None and case.stage == "pre-screening" and case.priority == "P-1"
        state = sync_state(again)
        assert state.unappliable == 1 and any("kept its own value" in line for line in state.problems)


def test_an_invalid_value_in_the_outbox_is_set_aside_not_sent(hq: HQServer, two: tuple[Workspace, Workspace]) -> None:
    a, _ = two
    with a.session() as s:  # a conflict resolved with "banana" by the previous version
        case_id = s.scalar(select(Case.id).where(Case.case_number == CASE))
        s.execute(text("UPDATE cases SET stage = 'banana' WHERE id = :i"), {"i": case_id})
        seq = int(s.scalar(select(func.max(OutboxEntry.device_seq))) or 0) + 1
        s.execute(
            insert(OutboxEntry),
            [
                {
                    "device_seq": seq,
                    "table_name": "cases",
                    "row_id": case_id,
                    "rev": 9,
                    "hlc": f"{int(time.time() * 1000):016d}-0000-{a.meta.device_id}",
                    "fields": {"stage": "banana"},
                }
            ],
        )
        s.execute(text("UPDATE settings SET value = :v WHERE key = 'device_seq'"), {"v": str(seq)})
    set_case_fields(a, "LIM-000101", {"priority": "P-1"})  # sent, not blocked
    report = sync(a)
    assert report.rejected == [] and report.unsent and "stage" in report.unsent[0]
    with hq.hub.store.session() as s:
        assert s.get(Row, ("cases", case_id)).values["stage"] == "pre-screening"  # type: ignore[union-attr]


def test_a_date_of_birth_and_its_precision_conflict_and_resolve_as_one_value(
    hq: HQServer, two: tuple[Workspace, Workspace], cli: Any, tmp_path: Path
) -> None:
    a, b = two
    with a.session() as s:
        person_id = s.scalar(select(Person.id).join(Case, Case.id == Person.case_id).where(Case.case_number == CASE))
    set_person_fields(a, CASE, person_id, {"dob": "1981", "dob_precision": "year"})
    set_person_fields(b, CASE, person_id, {"dob": "1981-03-02", "dob_precision": "exact"})
    sync(a), sync(b), sync(a)
    dob_conflicts = [c for c in list_conflicts(a) if c.table == "persons"]
    assert [c.field for c in dob_conflicts] == ["dob"]  # one conflict, not one per half
    (conflict,) = dob_conflicts
    values = sorted(json.dumps(c["value"], sort_keys=True) for c in conflict.candidates)
    assert values == [
        json.dumps({"dob": "1981", "dob_precision": "year"}, sort_keys=True),
        json.dumps({"dob": "1981-03-02", "dob_precision": "exact"}, sort_keys=True),
    ]
    with pytest.raises(InvalidInput, match="precision"):
        resolve_conflict(a, conflict.id, value={"dob": "1981", "dob_precision": "exact"})
    resolve_conflict(a, conflict.id, take="local")
    sync(a), sync(b)
    for ws in (a, b):
        with ws.session() as s:
            person = s.get(Person, person_id)
            assert person is not None and (person.dob, person.dob_precision) == ("1981", "year")
    with hq.hub.store.session() as s:
        stored = s.get(Row, ("persons", person_id))
        assert stored is not None and (stored.values["dob"], stored.values["dob_precision"]) == ("1981", "year")
    assert cli("--user", "lead", "check", data_dir=tmp_path / "b").returncode == 0


def test_a_half_conflict_from_an_older_hq_is_resolved_with_the_other_half_checked(
    two: tuple[Workspace, Workspace],
) -> None:
    import uuid

    from app.models.base import utcnow

    a, _ = two
    with a.session() as s:
        person = s.scalar(select(Person).join(Case, Case.id == Person.case_id).where(Case.case_number == CASE))
        assert person is not None and person.dob_precision == "exact"
        conflict_id = str(uuid.uuid4())
        s.add(
            Conflict(
                id=conflict_id,
                table_name="persons",
                row_id=person.id,
                case_id=person.case_id,
                field="dob",
                candidates=[
                    {"value": "1981", "device": "x", "hlc": "1"},
                    {"value": person.dob, "device": "y", "hlc": "2"},
                ],
                created_at=utcnow().isoformat(),
                resolved=False,
            )
        )
    with pytest.raises(InvalidInput, match=r"dob_precision"):
        resolve_conflict(a, conflict_id, value="1981")  # "1981" with the stored "exact" is no date
    resolve_conflict(a, conflict_id, value={"dob": "1981", "dob_precision": "year"})


def test_check_reports_dates_whose_form_contradicts_their_precision_and_repair_says_what_it_cannot_do(
    tmp_path: Path, cli: Any
) -> None:
    from app.services.repairs import repair_dates_of_birth
    from tests.conftest import PASSWORD
    from tests.support.hq import new_device

    ws = new_device(tmp_path / "w")
    import_manifest(ws, manifest())
    with ws.session() as s:  # as two half-conflicts could leave them before this version
        ids = s.scalars(select(Person.id).order_by(Person.id)).all()
        s.execute(text("UPDATE persons SET dob = '1981', dob_precision = 'exact' WHERE id = :i"), {"i": ids[0]})
        s.execute(text("UPDATE persons SET dob = '1982-02-01', dob_precision = 'year' WHERE id = :i"), {"i": ids[1]})
    ws.lock()
    result = cli("check", data_dir=tmp_path / "w")
    assert result.returncode == 1
    assert "2 persons have a date of birth whose form contradicts its precision" in result.stderr
    assert "1981" not in result.stderr  # dates of birth are personal data: cases are named instead
    repaired = cli("check", "--repair", data_dir=tmp_path / "w")
    assert "repaired  1 date of birth" in repaired.stderr and "not repaired  1 date of birth" in repaired.stderr
    assert repaired.returncode == 1  # what needs a person is still a problem
    ws.unlock(PASSWORD)
    assert repair_dates_of_birth(ws).repaired == []  # nothing left it can repair
    with ws.session() as s:
        assert (s.get(Person, ids[0]).dob, s.get(Person, ids[0]).dob_precision) == ("1981", "year")  # type: ignore[union-attr]
        assert s.get(Person, ids[1]).dob_precision == "year"  # type: ignore[union-attr]  # left for a person
        pending = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == ids[0])).all()
        assert pending[-1].fields == {"dob": "1981", "dob_precision": "year"}  # the pair travels together
