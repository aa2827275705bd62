"""Writing small XLSForms for tests: rows as lists, the first row of each sheet its header."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl

from app.forms.engine import FormInstance, Prefill
from app.forms.xlsform import load_form

FIXED_NOW = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)


def write_xlsform(
    path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    settings: dict[str, str] | None = None,
    sheets: dict[str, list[list[Any]]] | None = None,
) -> Path:
    """`sheets`: further sheets by name (an `osm` sheet, `entities`), rows as for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    if choices:
        cs = wb.create_sheet("choices")
        for row in choices:
            cs.append(row)
    for name, rows in (sheets or {}).items():
        extra = wb.create_sheet(name)
        for row in rows:
            extra.append(row)
    st = wb.create_sheet("settings")
    settings = {"form_id": "test_form", "version": "1", **(settings or {})}
    st.append(list(settings))
    st.append(list(settings.values()))
    wb.save(path)
    return path


def open_form(
    tmp_path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    settings: dict[str, str] | None = None,
    prefill: Prefill | None = None,
    lang: str | None = None,
    name: str = "form.xlsx",
    sheets: dict[str, list[list[Any]]] | None = None,
) -> FormInstance:
    form = load_form(write_xlsform(tmp_path / name, survey, choices, settings, sheets))
    return FormInstance(form, prefill=prefill, lang=lang, now=lambda: FIXED_NOW)


def values(inst: FormInstance) -> dict[str, str]:
    """ref -> value of every leaf."""
    return {s.ref: s.value for s in inst.states()}


def relevant(inst: FormInstance) -> dict[str, bool]:
    return {s.ref: s.relevant for s in inst.states()}


def violations(inst: FormInstance) -> dict[str, str]:
    return {s.ref: s.violation for s in inst.states() if s.violation}
