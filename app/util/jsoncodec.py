"""The JSON codec of our database engines (JSON columns on the laptop and at HQ).

orjson encodes and decodes the same documents with much less CPU than the standard library, and
JSON work is a large part of HQ merging a push and serving pull pages (docs/benchmarks.md). Only
what the JSON columns hold goes through here (dicts with string keys, lists, strings, numbers,
booleans, null); the audit chain's canonical encoding keeps using the standard library.
"""

from __future__ import annotations

from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS  # like json.dumps: integer keys become strings


def dumps(value: Any) -> str:
    return orjson.dumps(value, option=_OPTIONS).decode()


loads = orjson.loads
