"""Sync between real encrypted workspaces and a real HQ (TLS on 127.0.0.1), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Case, Person
from app.services.cases import set_case_fields, set_person_fields
from app.services.conflicts import list_conflicts, resolve_conflict
from app.services.manifest import import_manifest
from app.services.search import search
from app.store.workspace import Workspace
from app.sync.engine import sync, sync_state
from tests.support.hq import HQServer, enrolled, running_hq


def manifest() -> dict[str, Any]:
    cases = []
    for i, ride in enumerate(["North", "North", "South"]):
        cases.append(
            {
                "case_number": f"LIM-00010{i}",
                "unhcr_id": f"100-00C0000{i}",
                "priority": "P-2",
                "site": "Lima",
                "stage": "pre-screening",
                "ride": ride,
                "persons": [
                    {
                        "role": "principal_applicant",
                        "family_name": f"Synthetic{i}",
                        "given_names": "Ana",
                        "dob": "1988-04-12",
                        "dob_precision": "exact",
                        "sex": "F",
                        "nationality": "VE",
                        "languages": ["es"],
                    }
                ],
            }
        )
    return {
        "sites": [{"name": "Lima", "country": "PE", "prefix": "LIM"}],
        "rides": [{"name": "North", "sites": ["Lima"]}, {"name": "South", "sites": ["Lima"]}],
        "interpreters": [],
        "cases": cases,
    }


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def snapshot(ws: Workspace) -> dict[str, Any]:
    with ws.session() as s:
        cases = {c.case_number: (c.stage, c.priority, c.deleted) for c in s.scalars(select(Case))}
        persons = {p.id: (p.family_name, p.given_names, str(p.dob), p.deleted) for p in s.scalars(select(Person))}
    return {"cases": cases, "persons": persons}


def ride_id(ws: Workspace, name: str) -> str:
    from app.models import CircuitRide

    with ws.session() as s:
        return s.scalar(select(CircuitRide.id).where(CircuitRide.name == name))


def two_laptops(hq: HQServer, tmp_path: Path) -> tuple[Workspace, Workspace]:
    """A lead laptop with the manifest, synced, and a second laptop that has pulled it all."""
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    other = enrolled(hq, tmp_path / "other", "other-laptop")
    sync(other)
    return lead, other


def person_of(ws: Workspace, number: str) -> str:
    with ws.session() as s:
        return s.scalar(select(Person.id).join(Case, Case.id == Person.case_id).where(Case.case_number == number))


def test_two_devices_converge_and_scope_limits_a_ride_device(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    report = sync(lead)
    assert report.pushed > 0 and report.conflicts == 0
    north = ride_id(lead, "North")
    field = enrolled(hq, tmp_path / "field", "field-laptop", ride_id=north)
    sync(field)
    got = snapshot(field)
    assert sorted(got["cases"]) == ["LIM-000100", "LIM-000101"]  # not the South ride's case
    assert snapshot(lead)["cases"].keys() >= got["cases"].keys()
    # edits of different fields on both sides merge cleanly
    set_case_fields(field, "LIM-000100", {"stage": "interview scheduled"})
    set_case_fields(lead, "LIM-000100", {"priority": "P-1"})
    sync(field), sync(lead), sync(field)
    assert snapshot(field)["cases"]["LIM-000100"] == ("interview-scheduled", "P-1", False)
    assert snapshot(lead)["cases"]["LIM-000100"] == ("interview-scheduled", "P-1", False)
    assert list_conflicts(lead) == [] and list_conflicts(field) == []
    state = sync_state(field)
    assert state.pending_changes == 0 and state.last_error in (None, "")
    # team reconciliation: HQ knows which laptops of the ride have everything
    from app.hq.merge import ride_status

    with hq.hub.store.session() as session:
        devices = {d.name: d for d in ride_status(session, north).devices}
    assert list(devices) == ["field-laptop"] and devices["field-laptop"].fully_synced
    set_case_fields(lead, "LIM-000101", {"priority": "P-3"})
    sync(lead)
    with hq.hub.store.session() as session:
        assert not ride_status(session, north).devices[0].fully_synced  # a change it has not pulled yet
    sync(field)
    with hq.hub.store.session() as session:
        assert ride_status(session, north).devices[0].fully_synced


def test_same_field_edited_on_two_devices_is_one_conflict_resolved_by_a_team_lead(hq: HQServer, tmp_path: Path) -> None:
    lead, other = two_laptops(hq, tmp_path)
    pid = person_of(lead, "LIM-000101")
    set_person_fields(lead, "LIM-000101", pid, {"given_names": "Ana Maria"})
    set_person_fields(other, "LIM-000101", pid, {"given_names": "Anna"})
    sync(lead)
    report = sync(other)
    assert report.conflicts == 1
    sync(lead)
    a, b = snapshot(lead), snapshot(other)
    assert a == b  # the provisional winner is applied everywhere
    conflicts = list_conflicts(lead)
    assert len(conflicts) == 1 and len(list_conflicts(other)) == 1
    values = sorted(c["value"] for c in conflicts[0].candidates)
    assert values == ["Ana Maria", "Anna"]
    resolve_conflict(lead, conflicts[0].id, value="Anabela")
    sync(lead), sync(other)
    assert snapshot(other)["persons"][pid][1] == "Anabela" == snapshot(lead)["persons"][pid][1]
    assert list_conflicts(other) == [] and list_conflicts(lead) == []
    # the resolved name is what search finds, on the laptop that resolved it and on the other one
    for ws in (lead, other):
        assert [h.case_number for h in search(ws, "anabela 1988")] == ["LIM-000101"]


def test_a_date_of_birth_changed_elsewhere_is_what_search_finds(hq: HQServer, tmp_path: Path) -> None:
    lead, other = two_laptops(hq, tmp_path)
    pid = person_of(lead, "LIM-000102")
    set_person_fields(lead, "LIM-000102", pid, {"dob": "1979-06-30"})
    assert [h.case_number for h in search(lead, "synthetic2 1979")] == ["LIM-000102"]
    sync(lead), sync(other)
    assert [h.case_number for h in search(other, "synthetic2 1979-06")] == ["LIM-000102"]
    assert [h.case_number for h in search(other, "an 1979")] == ["LIM-000102"]  # a short word and a year
    assert search(other, "synthetic2 1988") == []


def test_edit_against_delete_keeps_the_edit_and_records_a_conflict(hq: HQServer, tmp_path: Path) -> None:
    from app.services.uow import unit_of_work

    lead, other = two_laptops(hq, tmp_path)
    with unit_of_work(lead, "delete_records") as uow:
        case = uow.session.scalar(select(Case).where(Case.case_number == "LIM-000102"))
        uow.delete(case, case_id=case.id)
    set_case_fields(other, "LIM-000102", {"stage": "interviewed"})
    sync(lead), sync(other), sync(lead)
    for ws in (lead, other):
        assert snapshot(ws)["cases"]["LIM-000102"] == ("interviewed", "P-2", False)
        conflicts = list_conflicts(ws)
        assert [c.field for c in conflicts] == ["deleted"]


def test_syncing_again_changes_nothing_and_sends_nothing(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    before = snapshot(lead)
    again = sync(lead)
    assert again.pushed == 0 and again.changed == 0 and snapshot(lead) == before


def test_a_laptop_does_not_download_its_own_edits_but_gets_everyone_elses(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    first = sync(lead)
    assert first.pushed > 0 and first.pulled == 0  # everything HQ holds came from this laptop
    field = enrolled(hq, tmp_path / "field", "field-laptop")
    assert sync(field).pulled == first.pushed
    with lead.session() as s:
        person = s.scalar(
            select(Person.id).join(Case, Case.id == Person.case_id).where(Case.case_number == "LIM-000100")
        )
    set_person_fields(lead, "LIM-000100", person, {"given_names": "Ana María"})
    assert sync(lead).pulled == 0
    set_person_fields(field, "LIM-000100", person, {"family_name": "Synthetic-Field"})
    sync(field)
    report = sync(lead)
    assert report.pulled == 1  # the row, with the other laptop's edit and this laptop's own
    assert snapshot(lead)["persons"][person][:2] == ("Synthetic-Field", "Ana María")
    assert snapshot(lead) == snapshot(field)


def test_a_case_moved_to_another_ride_is_erased_from_the_old_rides_laptop(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    field = enrolled(hq, tmp_path / "field", "field-laptop", ride_id=ride_id(lead, "North"))
    sync(field)
    assert "LIM-000100" in snapshot(field)["cases"]
    set_case_fields(lead, "LIM-000100", {"ride": "South"})
    sync(lead)
    report = sync(field)
    assert report.erased_cases == 1
    got = snapshot(field)
    assert sorted(got["cases"]) == ["LIM-000101"]
    assert len(got["persons"]) == 1  # the moved case's person went with it
    from app.services.search import search

    assert [hit.case_number for hit in search(field, "Synthetic")] == ["LIM-000101"]  # search index cleaned too


def test_a_case_registered_on_a_ride_laptop_joins_that_ride(hq: HQServer, tmp_path: Path) -> None:
    from app.services.cases import create_case

    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    north = ride_id(lead, "North")
    field = enrolled(hq, tmp_path / "field", "field-laptop", ride_id=north)
    sync(field)
    create_case(
        field,
        {"case_number": "LIM-000900", "priority": "P-2", "stage": "pre-screening", "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Synthetic9", "given_names": "Eva", "dob": "1990"}],
    )
    report = sync(field)
    assert report.rejected == []
    sync(lead)
    assert "LIM-000900" in snapshot(lead)["cases"]
    with field.session() as s:
        assert s.scalar(select(Case.ride_id).where(Case.case_number == "LIM-000900")) == north


def test_forms_and_submissions_travel_through_hq(hq: HQServer, tmp_path: Path) -> None:
    """A form version installed on the lead's laptop reaches a ride laptop (reference data); the
    same bundled form installed on both is one record, not a duplicate or a conflict; a
    submission filled on the ride laptop reaches the lead with its answers."""
    from app.services.forms import install_bundled_forms, install_form, list_forms, new_form, submissions, submit_form
    from tests.forms.builders import write_xlsform

    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    custom = write_xlsform(
        tmp_path / "visit.xlsx",
        [["type", "name", "label", "required"], ["integer", "visits", "Visits", "yes"]],
        settings={"form_id": "visit", "version": "3"},
    )
    install_form(lead, custom)
    install_bundled_forms(lead)
    sync(lead)
    field = enrolled(hq, tmp_path / "field", "field-laptop", ride_id=ride_id(lead, "North"))
    install_bundled_forms(field)  # the same bundled versions, installed offline before the first sync
    sync(field)
    assert {f.form_id for f in list_forms(field)} == {f.form_id for f in list_forms(lead)}
    assert len(list_forms(field, all_versions=True)) == len(list_forms(lead, all_versions=True))
    assert list_conflicts(field) == [] and list_conflicts(lead) == []

    inst = new_form(field, "LIM-000100", "visit")
    inst.set_value("/data/visits", "2")
    submit_form(field, "LIM-000100", inst)
    sync(field), sync(lead)
    [got] = submissions(lead, "LIM-000100")
    assert got.form_id == "visit" and got.version == "3" and got.submitted_by == field.username
