"""Each version of a spreadsheet form is converted by pyxform once: the XForm is kept in the cache
folder, named by the file's content, and a damaged or unreadable entry is converted again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.forms import xlsform
from app.forms.engine import FormInstance
from tests.forms.builders import values, write_xlsform

SURVEY = [
    ["type", "name", "label", "calculation"],
    ["integer", "age", "Age", ""],
    ["calculate", "twice", "", "${age} * 2"],
]


def form(path: Path, label: str = "Age") -> Path:
    rows = [list(r) for r in SURVEY]
    rows[1][2] = label
    return write_xlsform(path, rows)


@pytest.fixture
def conversions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv(xlsform.FORM_CACHE_ENV, str(tmp_path / "cache"))
    made: list[str] = []
    real = xlsform.convert_xlsform

    def counting(data: bytes, filename: str) -> Any:
        made.append(filename)
        return real(data, filename)

    monkeypatch.setattr(xlsform, "convert_xlsform", counting)
    return made


def test_a_form_is_converted_once_and_opens_the_same_from_the_cache(tmp_path: Path, conversions: list[str]) -> None:
    path = form(tmp_path / "f.xlsx")
    first = xlsform.load_form(path)
    again = xlsform.load_form(path)
    assert conversions == ["f.xlsx"]
    assert [c.ref for c in first.controls] == [c.ref for c in again.controls]
    inst = FormInstance(again)
    inst.set_value("/data/age", "41")
    assert values(inst)["/data/twice"] in ("82", "82.0")
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1


def test_a_changed_form_is_converted_again(tmp_path: Path, conversions: list[str]) -> None:
    xlsform.load_form(form(tmp_path / "f.xlsx"))
    changed = xlsform.load_form(form(tmp_path / "f.xlsx", label="Age in years"))
    assert conversions == ["f.xlsx", "f.xlsx"]
    assert "Age in years" in str(changed.controls[0].label)


def test_a_damaged_entry_is_converted_again(tmp_path: Path, conversions: list[str]) -> None:
    path = form(tmp_path / "f.xlsx")
    xlsform.load_form(path)
    (entry,) = (tmp_path / "cache").glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    xlsform.load_form(path)
    assert conversions == ["f.xlsx", "f.xlsx"]


def test_off_means_no_cache(tmp_path: Path, conversions: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(xlsform.FORM_CACHE_ENV, "off")
    path = form(tmp_path / "f.xlsx")
    xlsform.load_form(path)
    xlsform.load_form(path)
    assert conversions == ["f.xlsx", "f.xlsx"]
    assert not (tmp_path / "cache").exists()


def test_a_refused_form_is_not_kept(tmp_path: Path, conversions: list[str]) -> None:
    bad = write_xlsform(tmp_path / "bad.xlsx", [["type", "name", "label"], ["no_such_type", "x", "X"]])
    for _ in range(2):
        with pytest.raises(xlsform.FormError):
            xlsform.load_form(bad)
    assert conversions == ["bad.xlsx", "bad.xlsx"]
