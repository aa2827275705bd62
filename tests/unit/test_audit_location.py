"""Locations in the form audit log, kept as ODK Collect keeps them: the laptop's position is read
no more often than location-min-interval into a cache of timestamped fixes, and each event takes
the most accurate fix of the last location-max-age, or blank coordinates when there is none. A fake
clock and a scripted position stand in for time and the location service."""

from __future__ import annotations

from app.forms import audit_log as A
from app.forms.model import AuditSettings

T0 = 1_700_000_000_000


class Laptop:
    """The laptop's latest fix and when it was taken, as the form window reads them."""

    def __init__(self) -> None:
        self.fix: A.Location | None = None
        self.taken: int | None = None
        self.reads = 0

    def point(self) -> A.Location | None:
        self.reads += 1
        return self.fix

    def time(self) -> int | None:
        return self.taken

    def moved(self, fix: A.Location, taken: int) -> None:
        self.fix, self.taken = fix, taken


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> int:
        return self.now


def _log(min_interval: str = "10", max_age: str = "60") -> tuple[A.AuditLog, Laptop, Clock]:
    laptop, clock = Laptop(), Clock()
    settings = AuditSettings(
        "/data/meta/audit",
        location_priority="balanced",
        location_min_interval=min_interval,
        location_max_age=max_age,
    )
    log = A.AuditLog(settings, clock=clock, location=laptop.point, location_time=laptop.time)
    return log, laptop, clock


def _rows(log: A.AuditLog) -> list[list[str]]:
    return [line.split(",") for line in log.to_csv().decode().splitlines()[1:]]


def test_the_position_is_read_no_more_often_than_the_min_interval() -> None:
    log, laptop, clock = _log()
    laptop.moved((-12.0464, -77.0428, 20.0), T0)
    assert log.location_tick() is True and laptop.reads == 1
    for step in (1000, 5000, 9999):
        clock.now = T0 + step
        assert log.location_tick() is False
    assert laptop.reads == 1  # not even read inside the interval
    clock.now = T0 + 10_000
    laptop.moved((-12.0465, -77.0429, 15.0), T0 + 9_500)
    assert log.location_tick() is True and laptop.reads == 2
    clock.now = T0 + 20_000
    assert log.location_tick() is False  # the same fix again is not cached twice
    assert [t for t, _ in log.fixes()] == [T0, T0 + 9_500]


def test_an_event_takes_the_most_accurate_fix_of_the_last_max_age() -> None:
    log, laptop, clock = _log()
    laptop.moved((-12.0, -77.0, 50.0), T0)
    log.location_tick()
    clock.now = T0 + 10_000
    laptop.moved((-12.1, -77.1, 8.0), T0 + 10_000)  # the best
    log.location_tick()
    clock.now = T0 + 20_000
    laptop.moved((-12.2, -77.2, 30.0), T0 + 20_000)
    log.log(A.FORM_START)  # the event itself reads the newer fix (the interval has passed)
    clock.now = T0 + 71_000  # the 8 m fix is now 61 s old: past max-age; the 30 m one is 51 s old
    log.log(A.FORM_SAVE)
    assert _rows(log) == [
        ["form start", "", str(T0 + 20_000), "", "-12.1", "-77.1", "8.0"],
        ["form save", "", str(T0 + 71_000), "", "-12.2", "-77.2", "30.0"],
    ]


def test_a_stale_or_missing_fix_leaves_the_coordinates_blank() -> None:
    log, laptop, clock = _log()
    log.log(A.FORM_START)  # no fix yet
    laptop.moved((-12.0, -77.0, 10.0), T0 - 61_000)  # the laptop's last fix is over a minute old
    clock.now = T0 + 10_000
    assert log.location_tick() is False
    log.log(A.QUESTION, "/data/name", end=True)
    clock.now = T0 + 20_000
    laptop.moved((-12.0, -77.0, 10.0), T0 + 19_000)
    log.log(A.FORM_SAVE)
    clock.now = T0 + 80_000  # no new fix since: the cached one has aged past max-age
    laptop.fix = None
    log.log(A.FORM_EXIT)
    assert [r[4:] for r in _rows(log)] == [["", "", ""], ["", "", ""], ["-12.0", "-77.0", "10.0"], ["", "", ""]]


def test_a_question_left_later_takes_a_location_then() -> None:
    log, laptop, clock = _log()
    log.enter(A.QUESTION, "/data/name")
    clock.now = T0 + 15_000
    laptop.moved((-1.2921, 36.8219, 12.5), T0 + 14_000)
    log.leave("/data/name", "Amina")
    assert _rows(log) == [["question", "/data/name", str(T0), str(T0 + 15_000), "-1.2921", "36.8219", "12.5"]]


def test_without_a_fix_time_a_fix_counts_as_taken_when_read() -> None:
    laptop, clock = Laptop(), Clock()
    settings = AuditSettings("/data/meta/audit", "high-accuracy", "5", "30")
    log = A.AuditLog(settings, clock=clock, location=laptop.point)
    laptop.fix = (10.0, 20.0, 0.0)  # accuracy unknown
    assert log.location_tick() is True and log.fixes() == [(T0, (10.0, 20.0, 0.0))]
    clock.now = T0 + 5_000
    laptop.fix = (10.5, 20.5, 40.0)
    log.log(A.FORM_SAVE)
    assert _rows(log)[0][4:] == ["10.5", "20.5", "40.0"]  # a measured accuracy beats an unknown one


def test_intervals_come_from_the_form_and_stay_sane() -> None:
    assert _log("10", "60")[0].min_interval_ms == 10_000 and _log("10", "60")[0].max_age_ms == 60_000
    assert _log("30", "5")[0].max_age_ms == 30_000  # max-age is never shorter than the interval
    broken = _log("often", "-3")[0]
    assert broken.min_interval_ms == 60_000 and broken.max_age_ms == 120_000


def test_no_location_asked_reads_nothing() -> None:
    laptop = Laptop()
    laptop.moved((1.0, 2.0, 3.0), T0)
    log = A.AuditLog(AuditSettings("/data/meta/audit"), clock=Clock(), location=laptop.point)
    assert log.location_tick() is False and laptop.reads == 0
    log.log(A.FORM_START)
    assert log.to_csv().decode().splitlines()[1] == f"form start,,{T0},"


def test_a_failing_location_service_never_stops_the_log() -> None:
    def broken() -> A.Location | None:
        raise OSError("the location service went away")

    settings = AuditSettings("/data/meta/audit", "balanced", "10", "60")
    log = A.AuditLog(settings, clock=Clock(), location=broken)
    log.log(A.FORM_START)
    assert _rows(log) == [["form start", "", str(T0), "", "", "", ""]]
