"""The facts the status bar shows: who is signed in, the current ride, last sync and backup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app import app_version
from app.models import CircuitRide, Setting
from app.services.uow import reading
from app.store.workspace import Workspace
from app.wire.protocol import is_newer

LAST_SYNC_SETTING = "sync.last_success"  # written by app/sync/engine.py after a complete sync
ENROLLED_RIDE_SETTING = "sync.ride_id"  # the ride HQ enrolled this laptop for (app/sync/engine.py)
# The release HQ last said is current, and where to get it (written by app/sync/engine.py after a sync).
CURRENT_VERSION_SETTING, DOWNLOAD_URL_SETTING = "sync.current_version", "sync.download_url"


@dataclass(frozen=True, slots=True)
class WorkspaceStatus:
    username: str
    ride: str | None
    last_sync: str | None
    last_backup: dt.datetime | None
    update_version: str | None = None  # HQ's current release, when it is newer than this app
    download_url: str | None = None  # where HQ said to get it


def workspace_status(ws: Workspace, today: dt.date | None = None) -> WorkspaceStatus:
    today_iso = (today or dt.date.today()).isoformat()
    with reading(ws) as session:
        values = dict(
            session.execute(
                select(Setting.key, Setting.value).where(
                    Setting.key.in_(
                        (
                            "last_backup_at",
                            LAST_SYNC_SETTING,
                            ENROLLED_RIDE_SETTING,
                            CURRENT_VERSION_SETTING,
                            DOWNLOAD_URL_SETTING,
                        )
                    )
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
    current = values.get(CURRENT_VERSION_SETTING) or None
    newer = current is not None and is_newer(current, app_version())
    return WorkspaceStatus(
        ws.username or "",
        ride,
        values.get(LAST_SYNC_SETTING) or None,
        dt.datetime.fromisoformat(backup) if backup else None,
        update_version=current if newer else None,
        download_url=(values.get(DOWNLOAD_URL_SETTING) or None) if newer else None,
    )
