"""The status bar's facts: the ride is the one this laptop is enrolled for, not any ride whose dates
cover today (issue 19.10)."""

from __future__ import annotations

import datetime as dt

from app.models import CircuitRide
from app.services.status import ENROLLED_RIDE_SETTING, workspace_status
from app.services.uow import unit_of_work
from app.store.settings import write_setting
from app.store.workspace import Workspace


def test_the_status_names_the_enrolled_ride_before_a_ride_dated_today(ws: Workspace) -> None:
    today = dt.date(2026, 12, 6)
    with unit_of_work(ws) as uow:
        uow.create(CircuitRide(name="Dated today", start_date="2026-12-01", end_date="2026-12-20"), case_id=None)
        enrolled = CircuitRide(name="Enrolled ride", start_date="2027-01-10", end_date="2027-01-30")
        uow.create(enrolled, case_id=None)
        enrolled_id = enrolled.id
    assert workspace_status(ws, today).ride == "Dated today"  # not enrolled: the ride of the day
    with ws.session() as s:
        write_setting(s, ENROLLED_RIDE_SETTING, enrolled_id)
    assert workspace_status(ws, today).ride == "Enrolled ride"
