"""Location tracking of the form audit log in the real form window (issue 23), as ODK Collect does
it: while the window is open a timer reads the laptop's position every location-min-interval into
the log's cache, each event takes the most accurate fix of the last location-max-age, a stale fix
leaves the coordinates blank, and the location service going away is logged as "location providers
disabled". The position comes through QtPositioning's real NMEA source, fed a GPS receiver's
sentences from memory (this machine has no GPS)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import reduce
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtPositioning import QGeoPositionInfoSource, QNmeaPositionInfoSource

from app.forms import audit_log as A
from app.services import forms as F
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.forms import session as S
from app.ui.forms.session import LaptopLocation
from app.ui.tasks import TaskRunner
from tests.forms.builders import write_xlsform
from tests.ui.test_form_audit import CASE, _start, _type
from tests.ui.waiting import settle


class GpsReceiver:
    """NMEA sentences as a GPS receiver sends them, into QtPositioning's NMEA source."""

    def __init__(self) -> None:
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.ReadWrite)
        self.source = QNmeaPositionInfoSource(QNmeaPositionInfoSource.UpdateMode.RealTimeMode)
        self.source.setUserEquivalentRangeError(5.0)
        self.source.setDevice(self.buffer)

    def fix(self, lat: float, lon: float, when: datetime) -> None:
        def dm(v: float, hemi: str, width: int) -> str:
            d = int(abs(v))
            return f"{d:0{width}d}{(abs(v) - d) * 60:07.4f},{hemi[0] if v >= 0 else hemi[1]}"

        where = f"{dm(lat, 'NS', 2)},{dm(lon, 'EW', 3)}"
        data = b"".join(
            _sentence(body)
            for body in (
                f"GPRMC,{when:%H%M%S}.00,A,{where},0.0,0.0,{when:%d%m%y},,,A",
                f"GPGGA,{when:%H%M%S}.00,{where},1,08,1.2,154.0,M,0.0,M,,",
            )
        )
        at = self.buffer.pos()
        self.buffer.seek(self.buffer.size())
        self.buffer.write(data)
        self.buffer.seek(at)


def _sentence(body: str) -> bytes:
    checksum = reduce(lambda a, c: a ^ ord(c), body, 0)
    return f"${body}*{checksum:02X}\r\n".encode()


@pytest.fixture
def gps(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[UiContext, GpsReceiver, LaptopLocation]]:  # noqa: ANN001, E501
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Synthloc", "given_names": "Ana", "dob": "1991-04-05"}],
    )
    form = write_xlsform(
        tmp_path / "walk.xlsx",
        [
            ["type", "name", "label", "parameters"],
            ["text", "shelter", "Shelter type", ""],
            ["integer", "rooms", "Rooms", ""],
            ["audit", "audit", "", "location-priority=high-accuracy location-min-interval=1 location-max-age=30"],
        ],
        settings={"form_id": "aud_ui", "version": "1", "form_title": "Walk audit"},
    )
    F.install_form(ws, form)
    receiver = GpsReceiver()
    where = LaptopLocation(receiver.source)
    monkeypatch.setattr(S, "_laptop", where)
    tasks = TaskRunner()
    yield UiContext(ws, tasks, settings(), Events()), receiver, where
    tasks.wait()


def test_the_window_tracks_the_laptops_location_as_collect_does(qtbot, gps, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001, E501
    ctx, receiver, where = gps
    receiver.fix(-12.0464, -77.0428, datetime.now(UTC) - timedelta(minutes=5))  # an old fix, from before
    qtbot.waitUntil(lambda: where.point() is not None, timeout=5000)
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)
    dialog = _start(qtbot, view, monkeypatch)
    audit = dialog.audit
    assert audit is not None
    assert dialog._location_timer.isActive() and dialog._location_timer.interval() == 1000
    assert [(e.event, e.location) for e in audit.events[:3]] == [
        ("form start", None),  # five minutes old: past location-max-age (30 s)
        ("location tracking enabled", None),
        ("location providers enabled", None),
    ]

    receiver.fix(-12.0470, -77.0431, datetime.now(UTC))  # the laptop moved, and knows it now
    qtbot.waitUntil(lambda: bool(audit.fixes()), timeout=5000)  # read by the window's timer
    _type(dialog, "/data/shelter", "tent")
    question = next(e for e in audit.events if e.event == A.QUESTION and e.node == "/data/shelter")
    assert question.location is not None
    assert question.location[:2] == pytest.approx((-12.0470, -77.0431))

    receiver.source.errorOccurred.emit(QGeoPositionInfoSource.Error.ClosedError)  # the service went away
    assert audit.events[-1].event == A.LOCATION_PROVIDERS_DISABLED
    receiver.source.errorOccurred.emit(QGeoPositionInfoSource.Error.ClosedError)
    assert sum(e.event == A.LOCATION_PROVIDERS_DISABLED for e in audit.events) == 1  # once per change

    with qtbot.waitSignal(dialog.finished_with, timeout=10_000):
        dialog.reject()
    assert not dialog._location_timer.isActive()
    settle(ctx.tasks)
    rows = A.read_csv(audit.to_csv())
    assert rows[0].latitude == "" and any(r.latitude.startswith("-12.047") for r in rows)
