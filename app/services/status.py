"""The facts the status bar shows: who is signed in, the current ride, last sync and backup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.models import CircuitRide, Setting
from app.services.uow import reading
from app.store.workspace import Workspace

LAST_SYNC_SETTING = "sync.last_success"  # written by app/sync/engine.py after a complete sync
ENROLLED_RIDE_SETTING = "sync.ride_id"  # the ride HQ enrolled this laptop for (app/sync/engine.py)


@dataclass(frozen=True, slots=True)
class WorkspaceStatus:
    username: str
    ride: str | None
    last_sync: str | None
    last_backup: dt.datetime | None


def workspace_status(ws: Workspace, today: dt.date | None = None) -> WorkspaceStatus:
    today_iso = (today or dt.date.today()).isoformat()
    with reading(ws) as session:
        values = dict(
            session.execute(
                select(Setting.key, Setting.value).where(
                    Setting.key.in_(("last_backup_at", LAST_SYNC_SETTING, ENROLLED_RIDE_SETTING))
                )
            ).all()
        )
        # The ride this laptop is enrolled for; a laptop enrolled for every case (or not enrolled)
        # shows the ride whose dates cover today, if one does.
        enrolled = values.get(ENROLLED_RIDE_SETTING)
        ride = session.scalar(select(CircuitRide.name).where(CircuitRide.id == enrolled)) if enrolled else None
        if ride is None:
            ride = session.scalar(
                select(CircuitRide.name)
                .where(
                    CircuitRide.deleted.is_(False),
                    CircuitRide.start_date <= today_iso,
                    CircuitRide.end_date >= today_iso,
                )
                .order_by(CircuitRide.start_date.desc())
                .limit(1)
            )
    backup = values.get("last_backup_at")
    return WorkspaceStatus(
        ws.username or "",
        ride,
        values.get(LAST_SYNC_SETTING) or None,
        dt.datetime.fromisoformat(backup) if backup else None,
    )
