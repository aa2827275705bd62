"""CSV manifests: round trip through a spreadsheet-shaped file, row-level errors, formula safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InvalidManifest
from app.services.case_view import show_case
from app.services.cases import create_case
from app.services.manifest import export_manifest, import_manifest
from app.services.manifest_csv import from_csv, to_csv
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD


def _seed(ws: Workspace) -> None:
    create_case(
        ws,
        {
            "case_number": "LIM-000123",
            "unhcr_id": "123-45C67890",
            "site": "Lima",
            "priority": "P-2",
            "expedited": True,
            "expedite_reason": '=HYPERLINK("x")',
            "resettlement_preferences": ["Texas", "Ohio"],
        },
        [
            {
                "role": "principal_applicant",
                "family_name": "Núñez",
                "given_names": "José",
                "dob": "1988-04",
                "languages": ["es", "qu"],
                "aliases": ["Jose Nunez"],
            },
            {
                "role": "spouse",
                "family_name": "Шевченко",
                "given_names": "Olha",
                "native_family_name": "Шевченко",
                "native_given_names": "Ольга",
                "dob": "1990",
                "sex": "F",
            },
        ],
    )
    create_case(ws, {"case_number": "KBL-000007", "site": "Islamabad"}, [])


def _cases(doc: dict) -> list[dict]:
    out = []
    for c in doc["cases"]:
        c = {k: v for k, v in c.items() if k not in ("notes", "file_movements", "appointments", "attachments")}
        c["persons"] = sorted(
            ({k: v for k, v in p.items() if k != "verified"} for p in c["persons"]), key=lambda p: p["id"]
        )
        out.append(c)
    return out


def test_csv_round_trip_into_a_fresh_workspace_is_lossless(ws: Workspace, tmp_path: Path) -> None:
    _seed(ws)
    csv_text = to_csv(export_manifest(ws))
    fresh = Workspace.create(tmp_path / "fresh", "lead", PASSWORD, kdf=TEST_KDF)
    report = import_manifest(fresh, from_csv(csv_text.encode("utf-8-sig"), "cases.csv"))
    assert report.cases_created == 2 and report.persons_created == 2
    assert _cases(export_manifest(fresh)) == _cases(export_manifest(ws))
    assert show_case(fresh, "LIM-000123")["expedite_reason"] == '=HYPERLINK("x")'
    fresh.lock()


def test_formula_like_cells_are_neutralised_for_spreadsheets(ws: Workspace) -> None:
    _seed(ws)
    text = to_csv(export_manifest(ws))
    assert "'=HYPERLINK" in text
    assert ",=HYPERLINK" not in text


@pytest.mark.parametrize(
    ("csv_text", "expected"),
    [
        (
            "case_number,site,person_role,person_dob\nLIM-1,Lima,principal_applicant,1988-13-01\n",
            "row 2, column person_dob",
        ),
        ("case_number,site,person_role\nLIM-1,Lima,principal_applicant\nLIM-2,,child\n", "row 3, column site"),
        ("case_number,site,person_role,priority\nLIM-1,Lima,child,P-1\nLIM-1,Lima,spouse,P-2\n", "row 3"),
        ("case_number,site,person_role,colour\nLIM-1,Lima,child,red\n", "unknown column colour"),
        ("case_number,person_role\nLIM-1,child\n", "column site is missing"),
    ],
)
def test_bad_csv_names_row_and_column_and_imports_nothing(ws: Workspace, csv_text: str, expected: str) -> None:
    with pytest.raises(InvalidManifest) as err:
        import_manifest(ws, from_csv(csv_text.encode(), "cases.csv"))
    assert expected in err.value.message
    assert export_manifest(ws)["cases"] == []
