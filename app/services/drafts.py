"""Unsaved edits kept as drafts inside the encrypted database, so a lock never loses typing.

When the workspace locks (idle timeout, Ctrl+L) while an editor holds changes nobody saved, the
editor's values go into the `settings` table under "draft:<case_id>:<person_id>". That table lives
in the SQLCipher database, so a draft is as protected as the record itself; it never syncs (it is
not a `Synced` row), it writes no audit event (nothing changed yet) and it is deleted once the
person is saved or the user discards the edit. Nothing here logs the values.

Keys are longer than the column's declared 64 characters; SQLite does not enforce VARCHAR lengths,
and this table exists only in the local workspace.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, PermissionDenied
from app.models import Setting
from app.services.authz import allowed
from app.services.uow import actor_role
from app.store.settings import read_setting, write_setting
from app.store.workspace import Workspace

DRAFT_PREFIX = "draft:"
MAX_DRAFT_BYTES = 256 * 1024


def person_draft_key(case_id: str, person_id: str) -> str:
    return f"{DRAFT_PREFIX}{case_id}:{person_id}"


@dataclass(frozen=True, slots=True)
class Draft:
    key: str
    values: dict[str, Any]
    by: str
    at: dt.datetime
    reason: str  # "lock" (saved as the workspace locked) or "left" (editor closed without a choice)


@contextmanager
def _session(ws: Workspace) -> Iterator[tuple[Session, str]]:
    actor = ws.username or "system"
    with ws.session() as session:
        role = actor_role(session, actor)
        if not allowed(role, "edit_cases"):
            raise PermissionDenied(f"Your role ({role.replace('_', ' ')}) may not edit cases.")
        yield session, actor


@contextmanager
def _looking(ws: Workspace) -> Iterator[Session | None]:
    """A session to read drafts in, or None for a user who may not edit cases (an administrator
    opening a case to look has no drafts, and is not refused the case for it)."""
    with ws.session() as session:
        yield session if allowed(actor_role(session, ws.username or "system"), "edit_cases") else None


def save_draft(ws: Workspace, key: str, values: dict[str, Any], *, reason: str = "lock") -> None:
    """Store (or replace) the draft under `key`. `values` must be JSON-serialisable."""
    if not key.startswith(DRAFT_PREFIX):
        raise InvalidInput(f"A draft key starts with '{DRAFT_PREFIX}'.")
    with _session(ws) as (session, actor):
        text = json.dumps(
            {
                "values": values,
                "by": actor,
                "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "reason": reason,
            },
            ensure_ascii=False,
        )
        if len(text.encode()) > MAX_DRAFT_BYTES:
            raise InvalidInput("This draft is too large to keep; save or shorten the text.")
        write_setting(session, key, text)


def _parse(key: str, text: str) -> Draft | None:
    try:
        doc = json.loads(text)
        return Draft(
            key,
            dict(doc["values"]),
            str(doc.get("by", "")),
            dt.datetime.fromisoformat(doc["at"]),
            str(doc.get("reason", "lock")),
        )
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable draft is treated as none; it is replaced by the next save


def load_draft(ws: Workspace, key: str) -> Draft | None:
    with _looking(ws) as session:
        if session is None:
            return None
        text = read_setting(session, key)
        return _parse(key, text) if text is not None else None


def discard_draft(ws: Workspace, key: str) -> bool:
    """Delete the draft; False when there was none."""
    with _session(ws) as (session, _actor):
        row = session.get(Setting, key)
        if row is None:
            return False
        session.delete(row)
        return True


def drafts_with_prefix(ws: Workspace, prefix: str) -> list[Draft]:
    """Every draft whose key starts with `prefix` (e.g. "draft:<case_id>:" for one case)."""
    if not prefix.startswith(DRAFT_PREFIX):
        raise InvalidInput(f"A draft key starts with '{DRAFT_PREFIX}'.")
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    with _looking(ws) as session:
        if session is None:
            return []
        rows = session.execute(
            select(Setting.key, Setting.value).where(Setting.key.like(escaped + "%", escape="\\"))
        ).all()
    return [d for d in (_parse(k, v) for k, v in rows) if d is not None]
