"""Fault-injection fixtures: a workspace holding a small case with a photo, ready to be damaged.

The plain helpers (canary, photos, counts) are the integration suite's; see
tests/integration/conftest.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services.attachments import attach
from app.services.case_view import show_case
from app.services.cases import create_case
from app.store.workspace import Workspace
from tests.integration.conftest import jpeg_bytes

CASE = "LIM-000777"


@dataclass(frozen=True)
class Attached:
    case_number: str
    person_id: str
    attachment_id: str
    content_hash: str
    thumbnail_hash: str | None


@pytest.fixture
def attached(ws: Workspace) -> Attached:
    """One case, two persons, one photo (with its thumbnail) in the vault."""
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima", "priority": "P-1"},
        [
            {"role": "principal_applicant", "family_name": "Mamani", "given_names": "Rosa", "dob": "1979-02-03"},
            {"role": "child", "family_name": "Mamani", "given_names": "Tupac", "dob": "2012"},
        ],
    )
    person_id = show_case(ws, CASE)["persons"][0]["id"]
    result = attach(ws, CASE, jpeg_bytes(900, 700), filename="rosa.jpg", kind="photo", person_id=person_id)
    return Attached(CASE, person_id, result.attachment_id, result.content_hash, result.thumbnail_hash)


def flip_byte(path: Path, offset: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        assert byte, f"{path} has no byte at {offset}"
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x01]))
