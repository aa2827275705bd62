"""A form's audit `location-priority` reaches the operating system's location source (issue 23), as
ODK Collect's location clients use it: high-accuracy prefers satellites, balanced and low-power the
network, no-power asks for nothing and lives on the fixes there are. A laptop whose only method is
satellites still gets a balanced fix from them (QtPositioning falls back, as Collect falls back to
GPS) but never a low-power one. The source is a QGeoPositionInfoSource of the test's own that
records what it is asked (this machine has no GPS); the form window is the real one, on a real
workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QObject
from PySide6.QtPositioning import QGeoCoordinate, QGeoPositionInfo, QGeoPositionInfoSource

from app.forms import audit_log as A
from app.forms.engine import FormInstance
from app.forms.xlsform import load_form
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.forms import session as S
from app.ui.forms.session import FormDialog, LaptopLocation, laptop_location
from app.ui.tasks import TaskRunner
from tests.forms.builders import FIXED_NOW, write_xlsform

M = QGeoPositionInfoSource.PositioningMethod
ALL, SATELLITE, NETWORK = M.AllPositioningMethods, M.SatellitePositioningMethods, M.NonSatellitePositioningMethods


class RecordingSource(QGeoPositionInfoSource):
    """A location source that records what it is asked and hands out a last known fix."""

    def __init__(self, supported: M = ALL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.supported = supported
        self.starts = 0
        self.asked: list[M] = []
        self.last = QGeoPositionInfo()

    def supportedPositioningMethods(self) -> M:  # noqa: N802 - Qt API
        return self.supported

    def setPreferredPositioningMethods(self, methods: M) -> None:  # noqa: N802 - Qt API
        self.asked.append(methods)
        super().setPreferredPositioningMethods(methods)

    def lastKnownPosition(self, fromSatellitePositioningMethodsOnly: bool = False) -> QGeoPositionInfo:  # noqa: N802, N803
        return self.last

    def minimumUpdateInterval(self) -> int:  # noqa: N802 - Qt API
        return 1000

    def error(self) -> QGeoPositionInfoSource.Error:
        return QGeoPositionInfoSource.Error.NoError

    def startUpdates(self) -> None:  # noqa: N802 - Qt API
        self.starts += 1

    def stopUpdates(self) -> None:  # noqa: N802 - Qt API
        pass

    def requestUpdate(self, timeout: int | None = 0) -> None:  # noqa: N802 - Qt API
        pass


def _fix(lat: float, lon: float, acc: float, when: QDateTime) -> QGeoPositionInfo:
    info = QGeoPositionInfo(QGeoCoordinate(lat, lon), when)
    info.setAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy, acc)
    return info


@pytest.mark.parametrize(
    ("priority", "supported", "asked", "effective", "started"),
    [
        ("high-accuracy", ALL, SATELLITE, SATELLITE, True),
        ("balanced", ALL, NETWORK, NETWORK, True),
        ("low-power", ALL, NETWORK, NETWORK, True),
        ("no-power", ALL, None, None, False),  # asks for nothing: the source keeps what it had
        ("high-accuracy", SATELLITE, SATELLITE, SATELLITE, True),
        ("balanced", SATELLITE, NETWORK, SATELLITE, True),  # only satellites: Qt falls back, as Collect to GPS
        ("low-power", SATELLITE, None, None, False),  # ... but low-power never falls back to GPS: passive
        ("high-accuracy", NETWORK, SATELLITE, NETWORK, True),  # no GPS: the network, Collect's backup
    ],
)
def test_each_priority_asks_the_source_as_collect_does(
    qtbot,  # noqa: ANN001
    priority: str,
    supported: M,
    asked: M | None,
    effective: M | None,
    started: bool,
) -> None:
    source = RecordingSource(supported)
    where = LaptopLocation(source, start=False)
    assert source.starts == 0
    where.set_priority(priority)
    assert source.asked == ([asked] if asked is not None else [])
    if effective is not None:
        assert source.preferredPositioningMethods() == effective
    assert source.starts == (1 if started else 0) and where.running == started
    where.set_priority(priority)  # a second form with the same priority: never a second start
    assert source.starts == (1 if started else 0)
    where.set_priority(None)  # the form closed: the default methods again, updates left as they are
    assert source.asked[-1] == ALL and source.preferredPositioningMethods() == supported
    assert source.starts == (1 if started else 0)


def test_no_power_takes_only_the_fixes_there_are(qtbot) -> None:  # noqa: ANN001
    source = RecordingSource()
    now = QDateTime.currentDateTimeUtc()
    source.last = _fix(-12.0464, -77.0428, 30.0, now.addSecs(-60))  # another program's fix
    where = LaptopLocation(source, start=False)
    where.set_priority("no-power")
    assert source.starts == 0
    assert where.audit_point() == (-12.0464, -77.0428, 30.0)
    source.last = _fix(-12.0470, -77.0431, 12.0, now)
    where.poll()
    assert where.audit_point() == (-12.0470, -77.0431, 12.0)
    stale = _fix(1.0, 2.0, 5.0, now.addSecs(-600))
    source.last = stale
    where.poll()  # older than the fix held: kept
    assert where.audit_point() == (-12.0470, -77.0431, 12.0)
    # start-geopoint then wants a fix: now the updates start
    where.start()
    assert source.starts == 1


@pytest.fixture
def ctx(ws: Workspace, qtbot) -> Iterator[UiContext]:  # noqa: ANN001
    tasks = TaskRunner()
    yield UiContext(ws, tasks, settings(), Events())
    tasks.wait()


def _form(tmp_path: Path, priority: str) -> FormInstance:
    form = load_form(
        write_xlsform(
            tmp_path / f"walk_{priority}.xlsx",
            [
                ["type", "name", "label", "parameters"],
                ["text", "shelter", "Shelter type", ""],
                ["audit", "audit", "", f"location-priority={priority} location-min-interval=1 location-max-age=60"],
            ],
            settings={"form_id": "prio", "version": "1", "form_title": "Walk"},
        )
    )
    return FormInstance(form, now=lambda: FIXED_NOW)


@pytest.mark.parametrize(("priority", "preferred", "started"), [("high-accuracy", SATELLITE, 1), ("no-power", None, 0)])
def test_the_form_window_passes_the_forms_priority_to_the_system(
    qtbot,  # noqa: ANN001
    ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    priority: str,
    preferred: M | None,
    started: int,
) -> None:
    sources: list[RecordingSource] = []

    def create(parent: QObject | None = None) -> RecordingSource:
        source = RecordingSource(parent=parent)
        source.last = _fix(3.765, 34.835, 8.0, QDateTime.currentDateTimeUtc())
        sources.append(source)
        return source

    monkeypatch.setattr(S, "_laptop", None)  # no service started yet in this process
    monkeypatch.setattr(QGeoPositionInfoSource, "createDefaultSource", staticmethod(create))
    dialog = FormDialog(ctx, "CR-PRIO-1", "case-1", _form(tmp_path, priority), mode="fill")
    qtbot.addWidget(dialog)
    [source] = sources
    assert source.starts == started  # no-power: nothing started just for the audit
    assert source.asked == ([preferred] if preferred is not None else [])
    assert S._laptop is not None and S._laptop.priority == priority
    audit = dialog.audit
    assert audit is not None
    assert audit.events[1].event == A.LOCATION_TRACKING_ENABLED
    assert audit.events[2].event == A.LOCATION_PROVIDERS_ENABLED
    qtbot.waitUntil(lambda: bool(audit.fixes()), timeout=5000)  # the fix there was, passive or not
    assert audit.fixes()[-1][1][:2] == pytest.approx((3.765, 34.835))
    with qtbot.waitSignal(dialog.finished_with, timeout=10_000):
        dialog.reject()
    assert S._laptop.priority is None and source.asked[-1] == ALL  # the default methods again
    assert source.starts == started  # closing started nothing
    # start-geopoint of the next interview wants a fix: now it is asked for
    assert laptop_location() is S._laptop and source.starts == 1
    ctx.tasks.wait()
