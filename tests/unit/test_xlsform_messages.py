"""What a person is told when an XLSForm does not convert (app/forms/xlsform.py): a file that is no
spreadsheet (unreadable, `forms check` exits 2), a form pyxform refuses (pyxform's own message at
the row it names, exits 1), and a fault inside pyxform itself (named as pyxform's, exits 1). Real
files throughout; the fault is a real one of pyxform 4 (groups nested past Python's recursion limit)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.forms.model import FormError
from app.forms.xlsform import load_form, load_form_bytes

ROOT = Path(__file__).resolve().parents[2]
H = ["type", "name", "label"]


def xlsx(survey: list[list[object]], sheets: dict[str, list[list[object]]] | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    for name, rows in (sheets or {}).items():
        sheet = wb.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def refused(data: bytes, filename: str = "form.xlsx") -> FormError:
    with pytest.raises(FormError) as info:
        load_form_bytes(data, filename)
    for p in info.value.problems:
        assert "Traceback" not in p.message and 'File "' not in p.message
    return info.value


def _zip_without_a_workbook() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "a zip, not a workbook")
    return out.getvalue()


GOOD = xlsx([H, ["text", "a", "A"]])


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"this is not a spreadsheet", "form.xlsx"),  # no zip at all
        (b"PK\x03\x04" + b"damaged" * 80, "form.xlsx"),  # a zip's signature, then garbage
        (_zip_without_a_workbook(), "form.xlsx"),  # a zip, but not a workbook
        (GOOD[: len(GOOD) // 2], "form.xlsx"),  # cut short (a failed download)
        (b"\xd0\xcf\x11\xe0" + b"\x00" * 600, "form.xls"),  # an .xls signature, then nothing
        (GOOD, "form.xls"),  # an .xlsx renamed .xls
    ],
)
def test_a_file_that_is_no_spreadsheet_is_unreadable(data: bytes, filename: str) -> None:
    err = refused(data, filename)
    assert err.unreadable
    [problem] = err.problems
    assert problem.message.startswith(f"{filename} is not a readable spreadsheet")
    assert "save it again as .xlsx" in problem.message


def test_pyxform_refusal_is_its_own_message_at_the_survey_row() -> None:
    err = refused(xlsx([H, ["text", "a", "A"], ["text", "a", "B"]]))
    assert not err.unreadable
    [problem] = err.problems
    assert problem.row == 3
    assert problem.message.startswith("On the 'survey' sheet, the 'name' value 'a' is invalid.")
    assert "[row" not in problem.message
    assert problem.describe().startswith("survey row 3: On the 'survey' sheet")


def test_pyxform_refusal_without_a_row_keeps_its_message() -> None:
    err = refused(xlsx([H, ["texty", "a", "A"]]))
    assert not err.unreadable
    assert [(p.row, p.message) for p in err.problems] == [(None, "Unknown question type 'texty'.")]


def test_a_row_of_another_sheet_is_not_called_a_survey_row() -> None:
    data = xlsx([H, ["text", "a", "A"]], {"entities": [["dataset", "label"], ["trees", "${nope}"]]})
    err = refused(data)
    [problem] = err.problems
    assert problem.row is None  # a Problem's row is a survey row; this one is on the entities sheet
    assert problem.message.startswith("entities sheet, row 2: On the 'entities' sheet, the 'label' value is invalid.")


def deep_groups(depth: int) -> bytes:
    rows: list[list[object]] = [H]
    rows += [["begin_group", f"g{i}", "G"] for i in range(depth)]
    rows.append(["text", "a", "A"])
    rows += [["end_group", "", ""] for _ in range(depth)]
    return xlsx(rows)


def test_a_fault_in_pyxform_is_named_as_pyxforms_and_is_not_unreadable() -> None:
    err = refused(deep_groups(1200))  # pyxform 4 recurses once per group: RecursionError
    assert not err.unreadable
    [problem] = err.problems
    assert problem.message.startswith(
        "pyxform could not convert this form (a fault in pyxform, not necessarily in your form): RecursionError: "
    )
    assert "Please report it with the file form.xlsx" in problem.message
    assert problem.row is None


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CIRCUITRIDE_DATA_DIR": str(tmp_path / "workspace"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_forms_check_exit_codes_and_words(tmp_path: Path) -> None:
    cases = {
        "damaged.xlsx": (b"PK\x03\x04" + b"damaged" * 80, 2, "is not a readable spreadsheet"),
        "duplicate.xlsx": (xlsx([H, ["text", "a", "A"], ["text", "a", "B"]]), 1, "survey row 3: On the 'survey' sheet"),
        "deep.xlsx": (deep_groups(1200), 1, "a fault in pyxform, not necessarily in your form"),
    }
    for name, (data, code, words) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        done = cli(tmp_path, "forms", "check", str(path))
        assert done.returncode == code, (name, done.stdout, done.stderr)
        shown = done.stdout + done.stderr
        assert words in shown, (name, shown)
        assert "Traceback" not in shown, (name, shown)


def test_a_form_that_converts_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "fine.xlsx"
    path.write_bytes(GOOD)
    assert load_form(path).form_id
