"""Case manifests as CSV: one row per person, the case's columns repeated on each of its rows.

The same validation as JSON manifests, but errors name the CSV row and column a person sees in a
spreadsheet ("row 14, column person_dob: '1988-13-01' is not a real calendar date"). Lists (languages,
aliases, preferences) are separated by ";". Cells that a spreadsheet would run as a formula
(starting with = + - @ or a tab) are written with a leading apostrophe and read back without it.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from app.errors import InvalidInput, InvalidManifest
from app.services import fields as F
from app.services.case_view import CASE_KEYS, PERSON_KEYS
from app.services.cases import parse_person

# The same fields, in the same order, as the JSON manifest (app/services/case_view.py).
CASE_COLUMNS = (*CASE_KEYS, "ride")
PERSON_COLUMNS = ("id", *PERSON_KEYS)
LIST_FIELDS = frozenset({"resettlement_preferences", "aliases", "languages"})
HEADER = [*CASE_COLUMNS, *(f"person_{c}" for c in PERSON_COLUMNS)]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:2] in _FORMULA_START and len(text) > 1 else text


def to_csv(manifest: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for case in manifest["cases"]:
        case_cells = [_cell(case.get(c)) for c in CASE_COLUMNS]
        persons = case.get("persons") or [{}]
        for person in persons:
            writer.writerow(case_cells + [_cell(person.get(c)) for c in PERSON_COLUMNS])
    return out.getvalue()


def _value(name: str, text: str) -> Any:
    text = _uncell(text.strip())
    if name in LIST_FIELDS:
        return [part.strip() for part in text.split(";") if part.strip()]
    return text or None


def from_csv(raw: bytes, source: str) -> dict[str, Any]:
    """Read a CSV manifest into the JSON manifest shape, validating each row as it goes."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidManifest(f"{source} is not UTF-8 text. Save it as 'CSV UTF-8' and try again.") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in ("case_number", "site", "person_role") if c not in header]
    if missing:
        raise InvalidManifest(f"{source}: column {missing[0]} is missing. Nothing was imported.")
    unknown = [c for c in header if c not in HEADER]
    if unknown:
        raise InvalidManifest(f"{source}: unknown column {unknown[0]}. Nothing was imported.")
    cases: dict[str, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    for row_number, row in enumerate(reader, start=2):  # row 1 is the header, as a spreadsheet counts
        if None in row:
            raise InvalidManifest(f"row {row_number}: more cells than columns. Nothing was imported.")
        case_values = {c: _value(c, row.get(c) or "") for c in CASE_COLUMNS if c in header}
        where = f"row {row_number}"
        number = (case_values.get("case_number") or "").upper()
        check = {k: v for k, v in case_values.items() if k != "ride" and v not in (None, [])}
        try:
            F.parse_fields(F.CASE_FIELDS, check, where, partial=False)
        except InvalidInput as exc:
            raise InvalidManifest(_columnise(exc.message, "") + ". Nothing was imported.") from None
        person_values = {c: _value(c, row.get(f"person_{c}") or "") for c in PERSON_COLUMNS if f"person_{c}" in header}
        person: dict[str, Any] | None = None
        if any(v not in (None, []) for v in person_values.values()):
            pid = person_values.pop("id", None)
            try:
                parse_person({k: v for k, v in person_values.items() if v is not None}, where, partial=False)
            except InvalidInput as exc:
                raise InvalidManifest(_columnise(exc.message, "person_") + ". Nothing was imported.") from None
            person = {k: v for k, v in person_values.items() if v is not None}
            if pid:
                person["id"] = pid
        if number in cases:
            if {k: v for k, v in case_values.items()} != cases[number]["_cells"]:
                raise InvalidManifest(
                    f"{where}: the case columns of {number} differ from row {first_row[number]}; "
                    "repeat them identically on every row of a case. Nothing was imported."
                )
        else:
            cases[number] = {
                **{k: v for k, v in case_values.items() if v is not None},
                "persons": [],
                "_cells": case_values,
            }
            cases[number]["case_number"] = number
            first_row[number] = row_number
        if person is not None:
            cases[number]["persons"].append(person)
    for case in cases.values():
        case.pop("_cells")
        if "expedited" in case:
            case["expedited"] = F.boolean(case["expedited"])
    return {"cases": list(cases.values())}


def _columnise(message: str, prefix: str) -> str:
    """'row 3.dob: …' → 'row 3, column person_dob: …'"""
    head, sep, rest = message.partition(": ")
    if "." in head:
        row, field = head.split(".", 1)
        return f"{row}, column {prefix}{field}{sep}{rest}"
    return message
