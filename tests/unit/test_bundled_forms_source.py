"""The bundled forms are built from their sources: resources/forms/src/ (the XLSForm sheets as CSV)
rebuilt by tools/build_forms.py gives the committed resources/forms/*.xlsx cell by cell, and the
committed us_states.csv byte for byte, so the sources and the shipped files cannot drift apart.

Cells rather than bytes: openpyxl's XML (lxml or not) and zlib's compression can differ from one
machine to another; within one machine the build must be byte-for-byte repeatable."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "resources" / "forms"
SRC = FORMS / "src"
COMMITTED = sorted(p.name for p in FORMS.glob("*.xlsx"))


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rebuilt(builder, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("forms")
    builder.build(out, SRC)
    return out


def cells(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def test_each_committed_form_has_sources_and_each_source_a_form():
    assert COMMITTED == ["medical_history.xlsx", "pre_screening.xlsx", "resettlement_preferences.xlsx"]
    sources = sorted(f"{d.name}.xlsx" for d in SRC.iterdir() if d.is_dir())
    assert sources == COMMITTED
    for name in COMMITTED:
        form = SRC / name.removesuffix(".xlsx")
        assert sorted(p.name for p in form.iterdir()) == ["choices.csv", "settings.csv", "survey.csv"]


@pytest.mark.parametrize("name", COMMITTED)
def test_rebuilt_form_equals_the_committed_one(rebuilt, name):
    built, committed = cells(rebuilt / name), cells(FORMS / name)
    assert list(built) == list(committed) == ["survey", "choices", "settings"]
    for sheet in committed:
        assert len(committed[sheet]) >= 2, f"{name} {sheet} is empty"
        for row, (got, want) in enumerate(zip(built[sheet], committed[sheet], strict=True), start=1):
            assert got == want, f"{name} {sheet} row {row}: run tools/build_forms.py and commit"


def test_rebuilt_form_keeps_the_sources_cells(rebuilt):
    # One cell traced from its CSV source to the workbook, in a language the script never names.
    survey = cells(rebuilt / "pre_screening.xlsx")["survey"]
    header = survey[0]
    row = next(r for r in survey if r[header.index("name")] == "case_number")
    assert row[header.index("label::Русский (ru)")] == "Номер дела"
    assert row[header.index("bind::cr:prefill")] == "case.case_number"
    settings = cells(rebuilt / "pre_screening.xlsx")["settings"]
    assert dict(zip(*settings, strict=True))["form_id"] == "cr_pre_screening"


def test_rebuilt_states_list_equals_the_committed_one(rebuilt):
    assert (rebuilt / "us_states.csv").read_bytes() == (FORMS / "us_states.csv").read_bytes()


def test_build_is_repeatable_byte_for_byte(builder, rebuilt, tmp_path):
    builder.build(tmp_path, SRC)
    for name in [*COMMITTED, "us_states.csv"]:
        assert (tmp_path / name).read_bytes() == (rebuilt / name).read_bytes(), name


def test_sources_pass_the_form_checks(builder, capsys):
    # The convention checks, pyxform's conversion and the prefill/write-back fields the app knows.
    code = builder.validate(src=SRC, out=FORMS)
    assert code == 0, capsys.readouterr().err
