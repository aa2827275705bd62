"""The one-line codes HQ hands out and a laptop types in: a laptop's enrollment code (``CR1-``: HQ's
address, its CA fingerprint and a one-time token) and a user's code (``CRU1-``: user name and token).

HQ makes them (`circuitride hq enroll-device`, `hq user add` and `hq user code`); the laptop parses them
(`circuitride sync enroll --code`, `circuitride user enroll --code`).
"""

from __future__ import annotations

import base64
import json

from app.errors import UsageError

CODE_PREFIX = "CR1-"
USER_CODE_PREFIX = "CRU1-"


def make_code(url: str, fingerprint: str, token: str) -> str:
    payload = json.dumps({"u": url, "f": fingerprint, "t": token}, separators=(",", ":")).encode()
    return CODE_PREFIX + base64.urlsafe_b64encode(payload).decode().rstrip("=")


def parse_code(code: str) -> dict[str, str]:
    code = "".join(code.split())
    if not code.startswith(CODE_PREFIX):
        raise UsageError(
            "This is not a Circuit Ride enrollment code (it starts with CR1-). Copy the whole line HQ gave you."
        )
    body = code[len(CODE_PREFIX) :]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        url, fingerprint, token = str(data["u"]), str(data["f"]), str(data["t"])
    except (ValueError, KeyError, TypeError):
        raise UsageError("The enrollment code is damaged or incomplete. Copy the whole line HQ gave you.") from None
    if not url.startswith("https://"):
        raise UsageError("The enrollment code names a server that is not HTTPS; ask HQ for a new code.")
    return {"url": url, "fingerprint": fingerprint.lower(), "token": token}


def make_user_code(username: str, token: str) -> str:
    """The one-time code `hq user add` / `hq user code` print for a user (`circuitride user enroll`)."""
    payload = json.dumps({"n": username, "t": token}, separators=(",", ":")).encode()
    return USER_CODE_PREFIX + base64.urlsafe_b64encode(payload).decode().rstrip("=")


def parse_user_code(code: str) -> dict[str, str]:
    code = "".join(code.split())
    if code.startswith(CODE_PREFIX):
        raise UsageError(
            "This is a laptop's enrollment code (`circuitride sync enroll --code`), not a user's; a user's starts "
            f"with {USER_CODE_PREFIX}."
        )
    if not code.startswith(USER_CODE_PREFIX):
        raise UsageError(
            f"This is not a Circuit Ride user code (it starts with {USER_CODE_PREFIX}). Copy the whole line HQ gave you."
        )
    body = code[len(USER_CODE_PREFIX) :]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        return {"user": str(data["n"]), "token": str(data["t"])}
    except (ValueError, KeyError, TypeError):
        raise UsageError("The user code is damaged or incomplete. Copy the whole line HQ gave you.") from None
