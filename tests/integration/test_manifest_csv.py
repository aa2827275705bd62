"""CSV manifests: round trip through a spreadsheet-shaped file, row-level errors, formula safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InvalidManifest
from app.services.case_view import show_case
from app.services.cases import create_case
from app.services.manifest import export_manifest, import_manifest
from app.services.manifest_csv import from_csv, to_csv
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD
from tests.integration.conftest import scalar


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
    fresh = create_workspace(tmp_path / "fresh", "lead", PASSWORD, kdf=TEST_KDF)
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


# ----- malformed CSV: refused naming the line, through the real command line ---------------------
def _counts(ws: Workspace) -> tuple[int, ...]:
    return tuple(
        scalar(ws, f"SELECT count(*) FROM {table}") for table in ("cases", "persons", "sites", "outbox", "audit_events")
    )


def _import_csv(cli, tmp_path: Path, text: str):  # noqa: ANN001, ANN202 - the cli fixture and its Result
    path = tmp_path / "cases.csv"
    path.write_bytes(text.encode("utf-8"))
    return cli("import", str(path))


def _assert_refused(r, *fragments: str) -> None:  # noqa: ANN001
    assert r.returncode == 1, r.stderr
    for fragment in fragments:
        assert fragment in r.stderr, r.stderr
    assert "Nothing was imported" in r.stderr
    assert "unexpected problem" not in r.stderr and "Traceback" not in r.stderr


HEADER = "case_number,site,person_role,person_family_name,person_given_names,flags\r\n"


def test_an_unclosed_quote_is_refused_naming_its_line_and_nothing_is_stored(ws: Workspace, cli, tmp_path: Path) -> None:
    _seed(ws)
    before = _counts(ws)
    # The quote before Lima is never closed: read leniently, the site swallows the rest of the file
    # and the second family vanishes without a word.
    unclosed = (
        HEADER + 'LIM-000124,"Lima,principal_applicant,Testfamily,Ana,\r\nLIM-000125,Lima,spouse,Testfamily,Eva,\r\n'
    )
    _assert_refused(_import_csv(cli, tmp_path, unclosed), "cases.csv, line 2", "never closed")
    # Closed later by another quote: the cell runs over lines where no line break belongs.
    closed_late = (
        HEADER + 'LIM-000124,"Lima,principal_applicant,Testfamily,Ana,\r\nLIM-000125,Lima,spouse",Testfamily,Eva,x,\r\n'
    )
    _assert_refused(_import_csv(cli, tmp_path, closed_late), "cases.csv, line 2", "several lines")
    # Or by a quote with text after it.
    stray = HEADER + 'LIM-000124,"Lima,principal_applicant,Testfamily,Ana,\r\nLIM-000125,"Lima",spouse,T,Eva,\r\n'
    _assert_refused(_import_csv(cli, tmp_path, stray), "cases.csv, line 3", "opened on line 2")
    assert _counts(ws) == before
    # Free-text columns keep their line breaks (export writes them as quoted multi-line cells)...
    good = (
        HEADER + 'LIM-000124,Lima,child,Testfamily,Ana,"first line\r\nsecond, line"\r\nLIM-000125,Lima,child,T,Eva,\r\n'
    )
    r = _import_csv(cli, tmp_path, good)
    assert r.returncode == 0, r.stderr
    assert show_case(ws, "LIM-000124")["flags"] == "first line\r\nsecond, line"
    # ...but not whole rows swallowed by a quote closed much later.
    swallowed = HEADER + 'LIM-000126,Lima,child,T,Ana,"oops\r\nLIM-000127,Lima,child,T,Eva,x\r\nend"\r\n'
    _assert_refused(_import_csv(cli, tmp_path, swallowed), "line 2, column flags", "whole rows")


def test_a_repeated_header_column_is_refused_instead_of_the_last_one_winning(
    ws: Workspace, cli, tmp_path: Path
) -> None:
    before = _counts(ws)
    text = "case_number,site,person_role,site\r\nLIM-000124,Lima,child,Cusco\r\n"
    _assert_refused(_import_csv(cli, tmp_path, text), "line 1", "column site appears twice (columns 2 and 4)")
    text = "case_number,site,person_role,\r\nLIM-000124,Lima,child,\r\n"
    _assert_refused(_import_csv(cli, tmp_path, text), "line 1", "column 4 has no name")
    assert _counts(ws) == before


@pytest.mark.parametrize(
    ("row", "cells"),
    [("LIM-000124,Lima,child,Testfamily,Ana,,extra", 7), ("LIM-000124,Lima,child", 3)],
    ids=["too-many", "too-few"],
)
def test_a_row_with_more_or_fewer_cells_than_the_header_is_refused_naming_its_line(
    ws: Workspace, cli, tmp_path: Path, row: str, cells: int
) -> None:
    before = _counts(ws)
    text = HEADER + "LIM-000123,Lima,principal_applicant,Testfamily,Ana,\r\n\r\n" + row + "\r\n"
    _assert_refused(_import_csv(cli, tmp_path, text), f"cases.csv, line 4: {cells} cells where the header has 6")
    assert _counts(ws) == before
