"""Workspace settings stored inside the encrypted database (last backup time and the like)."""

from __future__ import annotations

from app.models import Setting
from app.store.workspace import Workspace


def get_setting(ws: Workspace, key: str) -> str | None:
    with ws.session() as session:
        row = session.get(Setting, key)
        return row.value if row else None


def set_setting(ws: Workspace, key: str, value: str) -> None:
    with ws.session() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
