"""Columns a laptop derives for itself (a person's search forms of the names) never travel: a
change pulled from HQ leaves them as the receiving laptop computed them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from app.hq.hub import Hub
from app.models import Person
from app.services.cases import create_case, set_person_fields
from app.services.search import search
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from app.sync.engine import sync
from app.wire import protocol as p
from tests.support.inprocess import InProcessTransport, client_for, enroll_in_process

PASSWORD = "correct horse battery staple"
ROW_ID = "0190f1a2-0000-7000-8000-000000000001"


def _search_columns(ws: Workspace) -> dict[str, tuple[str, str]]:
    with ws.session() as s:
        return {person.id: (person.search_latin, person.search_native) for person in s.scalars(select(Person))}


def test_a_pulled_change_leaves_the_search_columns_the_laptop_computed(tmp_path: Path) -> None:
    hub = Hub(tmp_path / "hq")
    client = client_for(hub)
    laptops, transports = [], []
    for i in range(2):
        ws = create_workspace(tmp_path / f"ws{i}", "lead", PASSWORD, kdf=TEST_KDF, role="team_lead")
        key = enroll_in_process(hub, ws, f"laptop-{i}")
        laptops.append(ws)
        transports.append(InProcessTransport(client, ws.meta.device_id, key))
    lead, other = laptops
    create_case(
        lead,
        {"case_number": "KIV-000301", "priority": "P-2", "stage": "pre-screening", "site": "Kyiv"},
        [
            {
                "role": "principal_applicant",
                "family_name": "Probna",
                "given_names": "Olha",
                "native_family_name": "Пробна",
                "native_given_names": "Ольга",
                "dob": "1984",
            }
        ],
    )
    for ws, transport in zip(laptops, transports, strict=True):
        sync(ws, transport=transport)
    computed = _search_columns(other)
    ((person_id, (latin, native)),) = computed.items()
    assert "probna" in latin and "пробна" in native.lower()

    set_person_fields(lead, "KIV-000301", person_id, {"marital_status": "widowed"})
    sync(lead, transport=transports[0])
    sync(other, transport=transports[1])

    with other.session() as s:
        assert s.get(Person, person_id).marital_status == "widowed"  # the change arrived
    assert _search_columns(other) == computed  # and did not blank what this laptop derived
    assert [hit.case_number for hit in search(other, "probna")] == ["KIV-000301"]


def test_a_change_from_an_older_laptop_carrying_search_columns_is_taken_without_them() -> None:
    change = p.Change(
        device_seq=1,
        table="persons",
        row_id=ROW_ID,
        hlc="0000000000000001-0000-abcdef",
        fields={"marital_status": "married", "search_latin": "", "search_native": ""},
        base={"search_latin": 3},
    )
    # The base still says what it said: every field it leaves out was seen at 3 (`p.brief_base`).
    assert change.fields == {"marital_status": "married"} and change.base == {"marital_status": 3}
    assert not {"search_latin", "search_native"} & p.table_fields("persons")
    with pytest.raises(ValidationError):  # nothing left to apply is still refused
        p.Change(
            device_seq=1,
            table="persons",
            row_id=ROW_ID,
            hlc="0000000000000001-0000-abcdef",
            fields={"search_latin": ""},
        )
