"""Key/value settings kept inside the encrypted database (clock state, sequence numbers, last
backup time, drafts): one read and one upsert, used in the caller's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Setting


def read_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else None


def write_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
