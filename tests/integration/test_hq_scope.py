"""A laptop may change only what its enrollment lets it change, judged on the row HQ stores.

Attacks from the field (a device enrolled for one ride pushing signed changes crafted by hand, as a
hostile or careless user with the device key could) against a real HQ on 127.0.0.1 (SQLite and
PostgreSQL), and what the laptops of both rides see afterwards through the real sync engine.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.hq.models import Device, Row
from app.models import Case, CircuitRide, Note, Person
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.engine import sync
from app.util.ids import uuid7
from app.wire import protocol as p
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, Raw, enrolled, running_hq


@dataclass
class Field:
    hq: HQServer
    lead: Workspace
    north: Workspace
    north2: Workspace
    south: Workspace
    north_ride: str
    south_ride: str
    north_cases: list[str]
    south_cases: list[str]


@pytest.fixture
def field(tmp_path: Path, hq_db_url: str | None) -> Iterator[Field]:
    with running_hq(tmp_path / "hq", hq_db_url) as hq:
        lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
        import_manifest(lead, manifest())
        sync(lead)
        with lead.session() as s:
            rides = {r.name: r.id for r in s.scalars(select(CircuitRide))}
            cases = {c.id: c.ride_id for c in s.scalars(select(Case))}
        north = enrolled(hq, tmp_path / "north", "north-laptop", ride_id=rides["North"])
        north2 = enrolled(hq, tmp_path / "north2", "north-laptop-2", ride_id=rides["North"])
        south = enrolled(hq, tmp_path / "south", "south-laptop", ride_id=rides["South"])
        for ws in (north, north2, south):
            sync(ws)
        yield Field(
            hq,
            lead,
            north,
            north2,
            south,
            rides["North"],
            rides["South"],
            sorted(c for c, r in cases.items() if r == rides["North"]),
            sorted(c for c, r in cases.items() if r == rides["South"]),
        )
        for ws in (lead, north, north2, south):
            ws.lock()


@pytest.fixture
def cli_for(cli: Any) -> Any:
    """cli_for(ws, ARGS...): the real command line on `ws`'s workspace."""

    def run(ws: Workspace, *args: str) -> Any:
        # as the workspace's user (its administrator has a slot too: see tests/support/staff.py)
        return cli("--user", ws.username or "lead", *args, data_dir=ws.path, timeout=300)

    return run


def _hlc(device_id: str) -> str:
    return f"{int(time.time() * 1000):016d}-0000-{device_id}"


def crafted_push(
    hq: HQServer, ws: Workspace, changes: list[tuple[str, str, dict[str, Any]]], *, as_user: bool = False
) -> p.PushResponse:
    """Send `changes` (table, row id, fields) as one signed push of `ws`'s device, numbered after
    what HQ holds of it, the way a user with the device key could; `as_user`: signed by the
    unlocked user's own key too (with their role at HQ), else unsigned (an interviewer's rights)."""
    import base64

    from app.wire.signing import change_digest, public_key_text, sign_group

    with hq.hub.store.session() as s:
        done = int(s.scalar(select(Device.accepted_through).where(Device.device_id == ws.meta.device_id)) or 0)
    hlc = _hlc(ws.meta.device_id)
    wire = [
        p.Change(device_seq=done + i + 1, table=t, row_id=r, hlc=hlc, fields=f, group=1 if as_user else None)  # type: ignore[arg-type]
        for i, (t, r, f) in enumerate(changes)
    ]
    groups = []
    if as_user:
        assert ws.user_key is not None and ws.username
        digests = b"".join(
            change_digest(ws.meta.device_id, c.device_seq, c.table, c.row_id, c.hlc, c.fields) for c in wire
        )
        signature = sign_group(ws.user_key, ws.username, "", digests)
        groups = [
            p.SignedGroup(
                id=1,
                user=ws.username,
                key=public_key_text(ws.user_key.public_key()),
                digests=base64.b64encode(digests).decode(),
                signature=base64.b64encode(signature).decode(),
            )
        ]
    request = p.PushRequest(after=done, changes=wire, device_head=done + len(changes), groups=groups)
    raw = Raw(hq, ws)
    try:
        response = raw.call("POST", "/v1/push", request.model_dump_json().encode())
    finally:
        raw.client.close()
    assert response.status_code == 200, response.text
    return p.PushResponse.model_validate_json(response.content)


def hq_row(hq: HQServer, table: str, row_id: str) -> Row | None:
    with hq.hub.store.session() as s:
        row = s.get(Row, (table, row_id))
        if row is not None:
            s.expunge(row)
        return row


def _names(ws: Workspace) -> set[str]:
    with ws.session() as s:
        return {f"{p.given_names} {p.family_name}" for p in s.scalars(select(Person))}


def test_a_row_created_without_a_case_then_given_another_rides_case_is_refused(field: Field) -> None:
    target = field.south_cases[0]
    note_id, person_id = uuid7(), uuid7()
    response = crafted_push(
        field.hq,
        field.north,
        [
            ("notes", note_id, {"author": "x", "text": "planted", "confidentiality": "normal"}),
            ("notes", note_id, {"case_id": target}),
            ("persons", person_id, {"role": "other_dependent", "given_names": "Injected", "family_name": "Impostor"}),
            ("persons", person_id, {"case_id": target}),
            # the same, complete, in one change
            ("notes", note_id, {"case_id": target, "author": "x", "text": "planted", "confidentiality": "normal"}),
        ],
    )
    assert len(response.rejected) == 5, response.rejected
    reasons = [r.reason for r in response.rejected]
    assert reasons[0] == reasons[2].replace("person", "note") == "a new note must belong to a case"
    assert "must carry" in reasons[1] and "must carry" in reasons[3]
    assert reasons[4] == "its case is outside this laptop's circuit ride"
    assert hq_row(field.hq, "notes", note_id) is None
    assert hq_row(field.hq, "persons", person_id) is None
    for ws in (field.south, field.lead, field.north2):
        sync(ws)
        assert "Injected Impostor" not in _names(ws)
        with ws.session() as s:
            assert s.get(Note, note_id) is None


def test_a_record_cannot_be_moved_into_a_case_of_another_ride(field: Field) -> None:
    with field.north.session() as s:
        person = s.scalar(select(Person).where(Person.case_id == field.north_cases[0]))
        assert person is not None
        person_id = person.id
    response = crafted_push(field.hq, field.north, [("persons", person_id, {"case_id": field.south_cases[0]})])
    assert [r.reason for r in response.rejected] and "another case" in response.rejected[0].reason
    row = hq_row(field.hq, "persons", person_id)
    assert row is not None and row.case_id == field.north_cases[0] and row.values["case_id"] == field.north_cases[0]
    sync(field.south)
    with field.south.session() as s:
        assert s.get(Person, person_id) is None


def test_a_record_cannot_point_at_a_person_of_another_case(field: Field) -> None:
    with field.lead.session() as s:
        south_person = s.scalar(select(Person.id).where(Person.case_id == field.south_cases[0]))
    note_id = uuid7()
    response = crafted_push(
        field.hq,
        field.north,
        [
            (
                "notes",
                note_id,
                {
                    "case_id": field.north_cases[0],
                    "person_id": south_person,
                    "author": "x",
                    "text": "cross-linked",
                    "confidentiality": "normal",
                },
            )
        ],
    )
    assert len(response.rejected) == 1 and "another case" in response.rejected[0].reason
    assert hq_row(field.hq, "notes", note_id) is None


def test_a_ride_device_cannot_rename_a_ride_or_replace_its_team(field: Field) -> None:
    before = hq_row(field.hq, "circuit_rides", field.south_ride)
    assert before is not None
    response = crafted_push(
        field.hq,
        field.north,
        [
            ("circuit_rides", field.south_ride, {"name": "Hijacked", "team": ["intruder"]}),
            ("circuit_rides", uuid7(), {"name": "Phantom ride", "sites": [], "team": []}),
            ("sites", uuid7(), {"name": "Phantom site", "country": "PE", "prefix": "PHS"}),
        ],
    )
    assert len(response.rejected) == 3
    assert all("reference data" in r.reason for r in response.rejected)
    after = hq_row(field.hq, "circuit_rides", field.south_ride)
    assert after is not None and after.values == before.values
    sync(field.south)
    with field.south.session() as s:
        ride = s.get(CircuitRide, field.south_ride)
        assert ride is not None and ride.name == "South"
        assert s.scalar(select(CircuitRide).where(CircuitRide.name == "Phantom ride")) is None


def test_a_device_enrolled_for_every_case_may_maintain_reference_data(field: Field) -> None:
    change = ("circuit_rides", field.south_ride, {"name": "South coast"})
    # by a team lead enrolled at HQ (an unsigned change has an interviewer's rights: no reference data)
    (refused,) = crafted_push(field.hq, field.lead, [change]).rejected
    assert refused.reason.startswith("an unsigned change (an interviewer's rights at HQ) may not change reference data")
    response = crafted_push(field.hq, field.lead, [change], as_user=True)
    assert response.rejected == []
    sync(field.south)
    with field.south.session() as s:
        ride = s.get(CircuitRide, field.south_ride)
        assert ride is not None and ride.name == "South coast"


def test_laptops_of_the_attacked_ride_keep_syncing_cleanly(field: Field, cli_for: Any) -> None:
    crafted_push(
        field.hq,
        field.north,
        [
            ("notes", (n := uuid7()), {"author": "x", "text": "planted", "confidentiality": "normal"}),
            ("notes", n, {"case_id": field.south_cases[0]}),
            ("notes", uuid7(), {"author": "x", "text": "orphan", "confidentiality": "normal"}),
        ],
    )
    for ws in (field.north2, field.south):
        result = cli_for(ws, "sync")
        assert result.returncode == 0, result.stderr
        assert "refused" not in result.stderr


def test_a_refused_change_is_reported_to_the_laptop_in_words(field: Field, cli_for: Any) -> None:
    """A change the laptop itself made and HQ refuses (here: a ride laptop renaming its ride, which
    the app lets a local team lead do) is named with its record and HQ's reason, exit 1."""
    from app.services.uow import unit_of_work

    with unit_of_work(field.north) as uow:
        ride = uow.session.get(CircuitRide, field.north_ride)
        assert ride is not None
        uow.update(ride, {"name": "North (renamed)"}, case_id=None)
    result = cli_for(field.north, "sync")
    assert result.returncode == 1
    assert "HQ refused 1 change" in result.stderr
    assert "circuit ride" in result.stderr and "reference data" in result.stderr
    status = cli_for(field.north, "sync", "status")
    assert "refused" in status.stderr and "reference data" in status.stderr


def test_a_laptop_holding_orphans_from_an_older_hq_syncs_cleanly_and_says_what_it_dropped(
    field: Field, cli_for: Any
) -> None:
    """Before the fix, HQ sent ride laptops a note stored without its case; the laptop held it as an
    orphan for ever and ended every sync with exit 1 and no reason."""
    from app.models import Setting
    from app.sync.apply import HELD_PREFIX

    orphan = uuid7()
    state = p.RowState(
        table="notes",
        row_id=orphan,
        case_id=None,
        values={"author": "x", "text": "planted", "confidentiality": "normal"},
        seqs={"text": 1},
        hlc=_hlc(field.north2.meta.device_id),
        seq=1,
    )
    with field.north2.session() as s:
        s.add(Setting(key=f"{HELD_PREFIX}notes:{orphan}", value=state.model_dump_json()))
    result = cli_for(field.north2, "sync")
    assert result.returncode == 0, result.stderr
    assert "could not be stored" in result.stderr and "belongs to no case" in result.stderr
    again = cli_for(field.north2, "sync")
    assert again.returncode == 0 and "could not be stored" not in again.stderr and "wait" not in again.stderr
    with field.north2.session() as s:
        assert s.get(Note, orphan) is None
        assert s.get(Setting, f"{HELD_PREFIX}notes:{orphan}") is None
