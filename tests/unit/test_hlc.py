"""Hybrid logical clock: stamps only go forward, sort as text in stamp order, and after observing
a remote stamp every new local stamp comes after it — whatever the wall clock does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.wire.hlc import MAX_COUNTER, HybridClock, Stamp

DEVICE = "01a21300-0000-7000-8000-00000000000a"
OTHER = "01a21300-0000-7000-8000-00000000000b"


class ScriptedClock(HybridClock):
    """The real clock with the wall time supplied by the test (a laptop's clock can jump back)."""

    def __init__(self, device: str, last: str | None = None) -> None:
        super().__init__(device, last)
        self.now = 1_764_000_000_000

    def _now_ms(self) -> int:
        return self.now


def test_ticks_increase_with_a_steady_clock() -> None:
    clock = HybridClock(DEVICE)
    stamps = [clock.tick() for _ in range(2000)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)


def test_ticks_increase_when_the_wall_clock_stands_still_or_goes_back() -> None:
    clock = ScriptedClock(DEVICE)
    first = clock.tick()
    clock.now -= 3_600_000  # the laptop's clock is set back an hour
    second = clock.tick()
    third = clock.tick()
    assert first < second < third
    assert Stamp.decode(second).wall_ms == Stamp.decode(first).wall_ms  # logical time holds the line


def test_counter_exhausted_within_one_millisecond_steps_logical_time() -> None:
    clock = ScriptedClock(DEVICE, Stamp(1_764_000_000_000, MAX_COUNTER - 1, DEVICE).encode())
    clock.now = 1_764_000_000_000
    a, b = clock.tick(), clock.tick()
    assert Stamp.decode(a).counter == MAX_COUNTER
    assert Stamp.decode(b) == Stamp(1_764_000_000_001, 0, DEVICE)
    assert a < b


def test_observe_moves_the_clock_past_a_remote_stamp_from_the_future() -> None:
    clock = ScriptedClock(DEVICE)
    remote = Stamp(clock.now + 86_400_000, 5, OTHER).encode()  # a device a day ahead
    clock.observe(remote)
    local = clock.tick()
    assert local > remote
    assert Stamp.decode(local).device == DEVICE


def test_observe_of_an_older_stamp_changes_nothing() -> None:
    clock = ScriptedClock(DEVICE)
    before = clock.tick()
    clock.observe(Stamp(clock.now - 10_000, 3, OTHER).encode())
    after = clock.tick()
    assert after > before
    assert Stamp.decode(after).wall_ms == clock.now


def test_observe_of_an_equal_time_from_another_device_still_orders_after_it() -> None:
    clock = ScriptedClock(DEVICE)
    mine = Stamp.decode(clock.tick())
    remote = Stamp(mine.wall_ms, mine.counter, "ffffffff-ffff-7fff-bfff-ffffffffffff").encode()
    clock.observe(remote)
    assert clock.tick() > remote


def test_clock_resumes_after_its_last_stamp() -> None:
    first = ScriptedClock(DEVICE)
    first.now += 60_000
    last = first.tick()
    resumed = ScriptedClock(DEVICE, last)  # restarted with its wall clock a minute behind
    assert resumed.tick() > last


_stamps = st.builds(
    Stamp,
    wall_ms=st.integers(0, 10**15),
    counter=st.integers(0, MAX_COUNTER),
    device=st.uuids().map(str),
)


@given(_stamps)
def test_stamp_encoding_round_trips(stamp: Stamp) -> None:
    assert Stamp.decode(stamp.encode()) == stamp


@given(_stamps, _stamps)
def test_encoded_stamps_sort_like_stamps(a: Stamp, b: Stamp) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)


_events = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.integers(-5_000, 5_000)),  # wall clock moves by this much, then tick
        st.tuples(st.just("observe"), st.integers(-100_000, 100_000), st.integers(0, MAX_COUNTER)),
    ),
    min_size=1,
    max_size=60,
)


@given(_events)
def test_every_tick_is_after_every_earlier_tick_and_every_observed_stamp(events: list[tuple[int, ...]]) -> None:
    clock = ScriptedClock(DEVICE)
    start = clock.now
    latest = ""
    for event in events:
        if event[0] == "tick":
            clock.now = max(0, clock.now + int(event[1]))
            stamp = clock.tick()
            assert stamp > latest
            latest = stamp
        else:
            remote = Stamp(max(0, start + int(event[1])), int(event[2]), OTHER).encode()
            clock.observe(remote)
            latest = max(latest, remote)


@given(
    start=st.sampled_from([0, 1_764_000_000_000, 1_764_000_000_005]),
    counter=st.integers(0, MAX_COUNTER),
    n=st.integers(0, 3 * MAX_COUNTER),
    offset=st.integers(-5, 5),
)
def test_many_ticks_at_once_are_the_ticks_one_by_one(start: int, counter: int, n: int, offset: int) -> None:
    """tick_many(n) gives what n ticks give while the wall clock stands still, wherever the clock
    was (ahead of the wall, behind it, at a full counter), and leaves the clock where they leave it."""
    last = Stamp(start, counter, DEVICE).encode() if start else None
    one, many = ScriptedClock(DEVICE, last), ScriptedClock(DEVICE, last)
    one.now = many.now = 1_764_000_000_000 + offset
    expected = [one.tick() for _ in range(n)]
    assert many.tick_many(n) == expected
    assert many.last == one.last and many.tick() == one.tick()
