"""Case manifests as CSV: one row per person, the case's columns repeated on each of its rows.

The same validation as JSON manifests, but errors name the CSV row and column a person sees in a
spreadsheet ("row 14, column person_dob: '1988-13-01' is not a real calendar date"). Lists (languages,
aliases, preferences) are separated by ";". Cells that a spreadsheet would run as a formula
(starting with = + - @ or a tab) are written with a leading apostrophe and read back without it.

The file is read strictly, because a lenient CSV reader loses data without a word: one unclosed
quote swallows every later line into a single cell. So a file is refused, naming its line, when
the csv module finds a quote out of place (strict mode, including a quote still open at the end),
when a row has more or fewer cells than the header, when a header name is empty, unknown or
repeated, and when a cell runs over several lines outside the free-text columns (US ties, flags,
expedite reason: the only ones whose values may hold line breaks, which export writes as quoted
multi-line cells) or, inside them, holds a line that reads as a whole row of the file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from app.errors import InvalidInput, InvalidManifest, Message, message_of
from app.models import fields as F
from app.models import limits
from app.services.case_view import CASE_KEYS, PERSON_KEYS
from app.services.cases import parse_person

# The same fields, in the same order, as the JSON manifest (app/services/case_view.py).
CASE_COLUMNS = (*CASE_KEYS, "ride")
PERSON_COLUMNS = ("id", *PERSON_KEYS)
LIST_FIELDS = frozenset({"resettlement_preferences", "aliases", "languages"})
HEADER = [*CASE_COLUMNS, *(f"person_{c}" for c in PERSON_COLUMNS)]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MULTILINE_COLUMNS = F.MULTILINE_CASE_FIELDS
# Columns outside CASE_FIELDS and PERSON_FIELDS, checked here so that errors name the CSV column.
RIDE_FIELD = {"ride": F.FieldSpec(F.text(limits.MAX_NAME_CHARS))}
ID_FIELD = {"id": F.FieldSpec(F.row_id)}


def spreadsheet_cell(value: Any) -> str:
    """A value as a CSV cell that a spreadsheet shows as text: a leading =, +, -, @ is quoted with
    an apostrophe so that it is never run as a formula (import strips it again)."""
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
        case_cells = [spreadsheet_cell(case.get(c)) for c in CASE_COLUMNS]
        persons = case.get("persons") or [{}]
        for person in persons:
            writer.writerow(case_cells + [spreadsheet_cell(person.get(c)) for c in PERSON_COLUMNS])
    return out.getvalue()


def _value(name: str, text: str) -> Any:
    text = _uncell(text.strip())
    if name in LIST_FIELDS:
        return [part.strip() for part in text.split(";") if part.strip()]
    return text or None


def _refuse(problem: Message) -> InvalidManifest:
    return InvalidManifest("{problem}. Nothing was imported.", problem=problem)


_FIX = Message("fix the file in a text editor, or save it again from the spreadsheet as 'CSV UTF-8'")


def _records(text: str, source: str) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each record of the file, refusing what strict CSV refuses."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        first = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _refuse(_syntax_problem(str(exc), first, reader.line_num, source)) from None
        yield first, reader.line_num, cells


def _syntax_problem(error: str, first: int, last: int, source: str) -> Message:
    if "field larger than field limit" in error:
        return Message(
            "{source}, line {line}: a cell holds more than {max_chars:,} characters, more than any column may hold "
            "(often a quote that is never closed, which swallows the lines after it)",
            {"source": source, "line": first, "max_chars": csv.field_size_limit()},
        )
    if "unexpected end of data" in error:
        return Message(
            "{source}, line {line}: a quoted cell opened on this line is never closed, so it would swallow every "
            'line after it; add the missing " or {fix}',
            {"source": source, "line": first, "fix": _FIX},
        )
    # `error` is the csv module's English ("',' expected after '\"'"): shown as it is.
    if last != first:
        return Message(
            "{source}, line {line}: the CSV is malformed (a quoted cell opened on line {first} closes on line "
            '{line}): {error}; a quote inside a cell must be written twice (""), and a cell with a quote, comma or '
            "line break must be quoted; {fix}",
            {"source": source, "line": last, "first": first, "error": error, "fix": _FIX},
        )
    return Message(
        '{source}, line {line}: the CSV is malformed: {error}; a quote inside a cell must be written twice (""), '
        "and a cell with a quote, comma or line break must be quoted; {fix}",
        {"source": source, "line": last, "error": error, "fix": _FIX},
    )


def _check_header(header: list[str], source: str) -> None:
    for index, name in enumerate(header, start=1):
        if not name.strip():
            raise _refuse(
                Message(
                    "{source}, line 1: column {index} has no name; name it or delete the column",
                    {"source": source, "index": index},
                )
            )
    seen: dict[str, int] = {}
    for index, name in enumerate(header, start=1):
        if name in seen:
            raise _refuse(
                Message(
                    "{source}, line 1: column {name} appears twice (columns {first} and {index}); keep only one of them",
                    {"source": source, "name": F.shown(name), "first": seen[name], "index": index},
                )
            )
        seen[name] = index
    unknown = [c for c in header if c not in HEADER]
    if unknown:
        raise _refuse(
            Message("{source}, line 1: unknown column {name}", {"source": source, "name": F.shown(unknown[0])})
        )
    missing = [c for c in ("case_number", "site", "person_role") if c not in header]
    if missing:
        raise _refuse(Message("{source}: column {name} is missing", {"source": source, "name": missing[0]}))


def _check_shape(header: list[str], cells: list[str], first: int, last: int, source: str) -> None:
    if len(cells) != len(header):
        raise _refuse(
            Message(
                "{source}, line {line}: {cells} cells where the header has {columns} columns; every row needs one "
                "cell per column (a stray or unclosed quote, or a comma in an unquoted cell, shifts them)",
                {"source": source, "line": first, "cells": len(cells), "columns": len(header)},
            )
        )
    if last == first:
        return
    # A record over several lines: its line breaks must be inside free-text cells, and those must not
    # hold a line that is itself a row of this file (what an unclosed quote swallows).
    case_column = header.index("case_number")
    for name, cell in zip(header, cells, strict=True):
        if "\n" not in cell and "\r" not in cell:
            continue
        if name not in MULTILINE_COLUMNS:
            raise _refuse(
                Message(
                    "{source}, line {line}, column {column}: the cell runs over several lines (to line {last}), "
                    "which only {columns} may; a quote is probably not closed",
                    {
                        "source": source,
                        "line": first,
                        "column": name,
                        "last": last,
                        "columns": ", ".join(sorted(MULTILINE_COLUMNS)),
                    },
                )
            )
        for line in cell.splitlines()[1:]:
            row = next(csv.reader([line]), [])
            if len(row) == len(header) and _is_case_number(row[case_column]):
                raise _refuse(
                    Message(
                        "{source}, line {line}, column {column}: the cell runs to line {last} and holds what reads "
                        "as whole rows of the file; a quote is probably not closed",
                        {"source": source, "line": first, "column": name, "last": last},
                    )
                )


def _is_case_number(text: str) -> bool:
    try:
        return F.CASE_FIELDS["case_number"].parse(text) is not None
    except ValueError:
        return False


def from_csv(raw: bytes, source: str) -> dict[str, Any]:
    """Read a CSV manifest into the JSON manifest shape, validating each row as it goes."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidManifest(
            "{source} is not UTF-8 text. Save it as 'CSV UTF-8' and try again.", source=source
        ) from None
    records = _records(text, source)
    header = next(records, (1, 1, []))[2]
    _check_header(header, source)
    cases: dict[str, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    id_rows: dict[str, tuple[int, str]] = {}  # person id -> (row, case) where it was first given
    row_number = 1  # as a spreadsheet counts rows: the header is row 1, a blank line is a row too
    for first, last, cells in records:
        row_number += 1
        if not cells:
            continue  # a blank line
        _check_shape(header, cells, first, last, source)
        row = dict(zip(header, cells, strict=True))
        case_values = {c: _value(c, row.get(c) or "") for c in CASE_COLUMNS if c in header}
        where = (
            Message("row {row}", {"row": row_number})
            if row_number == first
            else Message("row {row} (line {line})", {"row": row_number, "line": first})
        )
        number = (case_values.get("case_number") or "").upper()
        check = {k: v for k, v in case_values.items() if k != "ride" and v not in (None, [])}
        try:
            F.parse_fields(F.CASE_FIELDS, check, where, partial=False)
            F.parse_fields(RIDE_FIELD, {"ride": case_values.get("ride")}, where, partial=True)
        except InvalidInput as exc:
            raise _refuse(_columnise(exc, "", where)) from None
        person_values = {c: _value(c, row.get(f"person_{c}") or "") for c in PERSON_COLUMNS if f"person_{c}" in header}
        person: dict[str, Any] | None = None
        if any(v not in (None, []) for v in person_values.values()):
            pid = person_values.pop("id", None)
            try:
                parse_person({k: v for k, v in person_values.items() if v is not None}, where, partial=False)
                if pid:
                    pid = F.parse_fields(ID_FIELD, {"id": pid}, where, partial=True)["id"]
            except InvalidInput as exc:
                raise _refuse(_columnise(exc, "person_", where)) from None
            person = {k: v for k, v in person_values.items() if v is not None}
            if pid:
                # Named by row here; ids of records already in the workspace are checked by import.
                seen_row, seen_case = id_rows.setdefault(pid, (row_number, number))
                if seen_row != row_number:
                    raise _refuse(
                        Message(
                            "{where}, column person_id: {id} is also the id of the person on row {row} (case {case}); "
                            "two people cannot share an id: clear it on the row of the one who is new",
                            {"where": where, "id": pid, "row": seen_row, "case": seen_case},
                        )
                    )
                person["id"] = pid
        if number in cases:
            if {k: v for k, v in case_values.items()} != cases[number]["_cells"]:
                raise _refuse(
                    Message(
                        "{where}: the case columns of {case} differ from row {row}; repeat them identically on every "
                        "row of a case",
                        {"where": where, "case": number, "row": first_row[number]},
                    )
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


def _columnise(exc: InvalidInput, prefix: str, where: Message) -> Message:
    """'row 3.dob: …' → 'row 3, column person_dob: …'"""
    message = message_of(exc)
    if message.template == F.FIELD_PROBLEM and {"field", "problem"} <= message.params.keys():
        field, problem = message.params["field"], message.params["problem"]
    else:
        # Made by a rule outside app/models/fields.py (the date of birth's, in app/services/cases.py)
        # from the text of `where`: "row 3.dob: …", its problem translatable when it carries one.
        head, _sep, rest = exc.message.partition(": ")
        if not head.startswith(f"{where}."):
            return message
        field = head[len(str(where)) + 1 :]
        problem = message.params.get("problem") if message.template == "{where}: {problem}" else Message(rest)
    return Message(
        "{where}, column {column}: {problem}", {"where": where, "column": f"{prefix}{field}", "problem": problem}
    )
