"""Which files HQ serves and admits to holding (issue 19, point 13's loose ends), on a real HQ.

A ride laptop that learned the hash of another ride's photo (from a printout, a copied USB stick)
names it in an attachment record of its own case: the record is in its scope, but it never showed
HQ the photo, so HQ serves it nothing. Asked which files it lacks, or how an upload stands, HQ
answers about a file the laptop may not know of as if it lacked it; a laptop that really holds the
file uploads it whole, HQ checks the hash and keeps its one copy, and the laptop may read it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.hq.blobs import NOT_HELD
from app.models import CircuitRide
from app.services.attachments import attach
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.engine import sync
from app.util.ids import uuid7
from tests.integration.conftest import jpeg_bytes
from tests.integration.test_hq_scope import crafted_push
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, enrolled, running_hq

SOUTH_CASE, NORTH_CASE = "LIM-000102", "LIM-000100"  # tests/integration/test_sync.py manifest()


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


@dataclass
class Field:
    hq: HQServer
    lead: Workspace
    north: Workspace
    north2: Workspace
    south: Workspace


@pytest.fixture
def field(hq: HQServer, tmp_path: Path) -> Iterator[Field]:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    with lead.session() as s:
        rides = {r.name: r.id for r in s.scalars(select(CircuitRide))}
    north = enrolled(hq, tmp_path / "north", "north-laptop", ride_id=rides["North"])
    north2 = enrolled(hq, tmp_path / "north2", "north-laptop-2", ride_id=rides["North"])
    south = enrolled(hq, tmp_path / "south", "south-laptop", ride_id=rides["South"])
    for ws in (north, north2, south):
        sync(ws)
    yield Field(hq, lead, north, north2, south)
    for ws in (lead, north, north2, south):
        ws.lock()


def case_id(ws: Workspace, number: str) -> str:
    from app.models import Case

    with ws.session() as s:
        return s.scalar(select(Case.id).where(Case.case_number == number))


def name_in_own_case(field: Field, sha: str, size: int) -> str:
    """The attack: an attachment record of the north laptop's own case naming a hash it learned."""
    row_id = uuid7()
    response = crafted_push(
        field.hq,
        field.north,
        [
            (
                "attachments",
                row_id,
                {
                    "case_id": case_id(field.north, NORTH_CASE),
                    "kind": "photo",
                    "content_hash": sha,
                    "mime": "image/jpeg",
                    "size": size,
                },
            )
        ],
    )
    assert response.rejected == []  # the record itself is the laptop's to make
    return row_id


def test_naming_another_rides_photo_in_ones_own_record_does_not_read_it(field: Field, raw_for: Any) -> None:
    photo = attach(field.south, SOUTH_CASE, jpeg_bytes(), filename="photo.jpg", kind="photo")
    sync(field.south)
    name_in_own_case(field, photo.content_hash, photo.size)
    north, north2, south = raw_for(field.north), raw_for(field.north2), raw_for(field.south)

    # 200 before: the record is in the north laptop's scope. Now the answer of a file HQ lacks.
    for reader in (north, north2):
        got = reader.call("GET", f"/v1/blobs/{photo.content_hash}")
        assert (got.status_code, got.json()) == (404, {"detail": NOT_HELD})
    assert south.call("GET", f"/v1/blobs/{photo.content_hash}").status_code == 200

    # The other north laptop receives the record, not the file, and syncs cleanly.
    report = sync(field.north2)
    assert report.downloaded_files == 0 and not field.north2.vault.exists(photo.content_hash)


def test_hq_does_not_say_it_holds_a_file_a_laptop_may_not_know_of(field: Field, raw_for: Any) -> None:
    photo = attach(field.south, SOUTH_CASE, jpeg_bytes(), filename="photo.jpg", kind="photo")
    sync(field.south)
    north, south = raw_for(field.north), raw_for(field.south)
    query = json.dumps({"version": 1, "hashes": [photo.content_hash, photo.thumbnail_hash]}).encode()
    # The south laptop sent them: HQ tells it so. The north laptop gets the answer for files HQ lacks.
    assert south.call("POST", "/v1/blobs/missing", query).json()["missing"] == []
    assert north.call("POST", "/v1/blobs/missing", query).json()["missing"] == [
        photo.content_hash,
        photo.thumbnail_hash,
    ]
    unknown = "0" * 64
    for sha in (photo.content_hash, unknown):
        assert north.call("GET", f"/v1/blobs/{sha}/status").json() == {"hash": sha, "offset": 0, "complete": False}
    assert south.call("GET", f"/v1/blobs/{photo.content_hash}/status").json()["complete"] is True

    # A laptop that has the file (here: the same bytes) uploads it whole; the first chunk does not
    # finish it, a wrong final chunk is refused, and the file stays HQ's one copy.
    data = field.south.vault.get(photo.content_hash)
    assert hashlib.sha256(data).hexdigest() == photo.content_hash and len(data) > 100
    half = len(data) // 2
    first = north.call("PUT", f"/v1/blobs/{photo.content_hash}?offset=0&final=0", data[:half]).json()
    assert first == {"hash": photo.content_hash, "offset": half, "complete": False}
    wrong = north.call("PUT", f"/v1/blobs/{photo.content_hash}?offset={half}&final=1", b"x" * (len(data) - half))
    assert wrong.status_code == 422
    assert north.call("PUT", f"/v1/blobs/{photo.content_hash}?offset=0&final=0", data[:half]).status_code == 200
    done = north.call("PUT", f"/v1/blobs/{photo.content_hash}?offset={half}&final=1", data[half:]).json()
    assert done["complete"] is True
    blob_dir = field.hq.hub.blobs.root
    assert sorted(path.name for path in blob_dir.glob("??/*")).count(photo.content_hash) == 1
    assert not list((blob_dir / "partial").iterdir())
    # Having shown HQ the file, it may know HQ holds it, and read it through its own record.
    assert north.call("POST", "/v1/blobs/missing", query).json()["missing"] == [photo.thumbnail_hash]
    name_in_own_case(field, photo.content_hash, photo.size)
    got = north.call("GET", f"/v1/blobs/{photo.content_hash}")
    assert got.status_code == 200 and got.content == data


def test_a_laptop_that_received_a_file_may_name_it_again(field: Field) -> None:
    """A team lead's laptop that downloaded a photo and names it in another record (a copy made on
    the laptop, here in a case of the other ride) vouches for it: that ride's laptops read it."""
    photo = attach(field.north, NORTH_CASE, jpeg_bytes(), filename="photo.jpg", kind="photo")
    sync(field.north)
    assert sync(field.lead).downloaded_files == 2
    from app.models import Attachment
    from app.services.uow import unit_of_work

    other_case = case_id(field.lead, SOUTH_CASE)
    with unit_of_work(field.lead, "attach_files") as uow:
        uow.create(
            Attachment(
                case_id=other_case,
                kind="photo",
                content_hash=photo.content_hash,
                size=photo.size,
                mime="image/jpeg",
                title="copy",
            ),
            case_id=other_case,
        )
    assert sync(field.lead).rejected == []
    from app.hq.api import blob_in_scope
    from app.hq.models import BlobHolder, Device

    with field.hq.hub.store.session() as s:
        lead_device = s.scalar(select(Device).where(Device.name == "lead-laptop"))
        assert s.get(BlobHolder, (photo.content_hash, lead_device.device_id)) is not None
        south = s.scalar(select(Device).where(Device.name == "south-laptop"))
        assert blob_in_scope(s, south, photo.content_hash)
    assert sync(field.south).downloaded_files == 1 and field.south.vault.exists(photo.content_hash)
