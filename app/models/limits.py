"""The size and shape limits every value of a synced record obeys, defined once.

The sync protocol (app/wire/protocol.py) refuses a change that breaks them, and so must every way
data enters a workspace (import, the command line, the app, forms): a record that could be stored
but not sent would block the laptop's sync. Entry points apply tighter per-field limits of their
own (a name is at most `MAX_NAME_CHARS`); none may be looser than these.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_TEXT_CHARS = 100_000  # any one text value that travels
MAX_NOTE_CHARS = 20_000  # a note's text, wherever it comes from (app, command line, import)
MAX_NAME_CHARS = 200  # names and short labels: a person's name, a site, a ride, an interpreter
MAX_LIST_ITEMS = 1000  # items of a list (or keys of a mapping) inside one value
MAX_NESTING = 6  # lists and mappings inside one value
MAX_CHANGE_BYTES = 512 * 1024  # one change's values, serialized as JSON
MAX_USERNAME_CHARS = 64  # a change names its editor; longer user names could not travel

# Row ids are UUIDs written the canonical way (lower case, with dashes): what uuid7() makes.
ROW_ID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# What the wire accepts from older laptops as well (32 hex digits without dashes).
WIRE_ID_PATTERN = r"^[0-9a-fA-F-]{32,36}$"


def is_row_id(value: Any) -> bool:
    return isinstance(value, str) and ROW_ID_RE.match(value) is not None


def value_problem(value: Any, depth: int = 0) -> str | None:
    """What makes `value` unfit to travel, in words (None: it is fine)."""
    if depth > MAX_NESTING:
        return f"is nested more than {MAX_NESTING} levels deep"
    if value is None or isinstance(value, bool | int):
        return None
    if isinstance(value, float):
        return None if value == value and value not in (float("inf"), float("-inf")) else "is not a number"
    if isinstance(value, str):
        return f"is longer than {MAX_TEXT_CHARS:,} characters" if len(value) > MAX_TEXT_CHARS else None
    if isinstance(value, list | tuple):
        if len(value) > MAX_LIST_ITEMS:
            return f"holds more than {MAX_LIST_ITEMS:,} items"
        for item in value:
            problem = value_problem(item, depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, dict):
        if len(value) > MAX_LIST_ITEMS:
            return f"holds more than {MAX_LIST_ITEMS:,} entries"
        for key, item in value.items():
            if not isinstance(key, str):
                return "holds a mapping whose keys are not text"
            problem = value_problem(item, depth + 1)
            if problem:
                return problem
        return None
    return "is not plain data (text, a number, a list or a mapping)"


def fields_problem(fields: dict[str, Any]) -> str | None:
    """What makes a change's values unfit to travel, naming the field (None: they are fine)."""
    for key, value in fields.items():
        problem = value_problem(value)
        if problem:
            return f"{key} {problem}"
    size = len(json.dumps(fields, default=str, ensure_ascii=False).encode("utf-8"))
    if size > MAX_CHANGE_BYTES:
        return f"the record is {size // 1024:,} KB, more than the {MAX_CHANGE_BYTES // 1024:,} KB one change may hold"
    return None
