"""The JSON codec of our database engines (JSON columns on the laptop and at HQ).

orjson encodes and decodes the same documents several times faster than the standard library: at
HQ, JSON work was a quarter of merging a 10,000-change push and of serving the pull pages. Only
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
