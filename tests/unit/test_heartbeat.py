"""Heartbeat: sleep and clock changes told apart, each reported once, with a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.core.heartbeat import ClockChanged, Heartbeat, Slept
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_quiet_minutes_report_nothing(clock: FakeClock) -> None:
    beat = Heartbeat(clock, total=clock.boottime)
    for _ in range(10):
        clock.advance(minutes=1)
        assert beat.beat() == []


def test_a_late_beat_is_not_sleep(clock: FakeClock) -> None:
    """A busy event loop delays the timer: both clocks moved together."""
    beat = Heartbeat(clock, total=clock.boottime)
    clock.advance(minutes=45)
    assert beat.beat() == []


@pytest.mark.parametrize("with_total", [True, False])
def test_missed_sleep_is_found(clock: FakeClock, with_total: bool) -> None:
    beat = Heartbeat(clock, total=clock.boottime if with_total else None)
    clock.advance(seconds=20)
    clock.sleep_machine(3600)
    clock.advance(seconds=40)
    assert beat.beat() == [Slept(pytest.approx(3600))]
    clock.advance(minutes=1)
    assert beat.beat() == []


def test_a_sleep_below_the_threshold_is_ignored(clock: FakeClock) -> None:
    beat = Heartbeat(clock, total=clock.boottime, sleep_threshold=30)
    clock.sleep_machine(10)
    assert beat.beat() == []


def test_clock_change_is_not_sleep_when_a_total_clock_exists(clock: FakeClock) -> None:
    beat = Heartbeat(clock, total=clock.boottime)
    clock.advance(seconds=30)
    clock.set_wall_clock(3600)
    findings = beat.beat()
    assert findings == [ClockChanged("the wall clock moved by +3600 s")]


def test_clock_set_back_is_a_clock_change_even_without_a_total_clock(clock: FakeClock) -> None:
    beat = Heartbeat(clock)
    clock.advance(seconds=30)
    clock.set_wall_clock(-600)
    assert beat.beat() == [ClockChanged("the wall clock moved by -600 s")]


def test_time_zone_change_is_reported(clock: FakeClock) -> None:
    beat = Heartbeat(clock, total=clock.boottime)
    clock.advance(minutes=1)
    clock.zone = ZoneInfo("Asia/Tokyo")
    assert beat.beat() == [ClockChanged("the time zone changed from Europe/Berlin to Asia/Tokyo")]
    clock.advance(minutes=1)
    assert beat.beat() == []


def test_daylight_saving_switch_is_reported_once() -> None:
    # 2026-03-29 01:00 UTC: Berlin goes from +01:00 to +02:00.
    clock = FakeClock(start=datetime(2026, 3, 29, 0, 59, 30, tzinfo=UTC))
    beat = Heartbeat(clock, total=clock.boottime)
    clock.advance(minutes=1)
    assert beat.beat() == [ClockChanged("the UTC offset changed (daylight saving time)")]
    clock.advance(minutes=1)
    assert beat.beat() == []


def test_os_wake_reports_sleep_once_when_it_comes_first(clock: FakeClock) -> None:
    beat = Heartbeat(clock, total=clock.boottime)
    clock.advance(seconds=10)
    beat.sleep_announced()
    clock.sleep_machine(1200)
    clock.advance(seconds=1)
    assert beat.wake_announced() == [Slept(pytest.approx(1200))]
    clock.advance(seconds=50)
    assert beat.beat() == []


def test_beat_reports_sleep_once_when_it_comes_first(clock: FakeClock) -> None:
    beat = Heartbeat(clock, total=clock.boottime)
    beat.sleep_announced()
    clock.sleep_machine(1200)
    assert beat.beat() == [Slept(pytest.approx(1200))]
    assert beat.wake_announced() == []


def test_wake_without_announcement_uses_the_clocks(clock: FakeClock) -> None:
    beat = Heartbeat(clock, total=clock.boottime)
    clock.sleep_machine(900)
    assert beat.wake_announced() == [Slept(pytest.approx(900))]
    assert beat.wake_announced() == []


def test_short_announced_sleep_is_still_reported(clock: FakeClock) -> None:
    """The OS said it slept: trust it, however short (the policy decides what counts)."""
    beat = Heartbeat(clock, total=clock.boottime)
    beat.sleep_announced()
    clock.sleep_machine(4)
    assert beat.wake_announced() == [Slept(pytest.approx(4))]


def test_zone_change_during_sleep_survives_the_wake(clock: FakeClock) -> None:
    beat = Heartbeat(clock, total=clock.boottime)
    beat.sleep_announced()
    clock.sleep_machine(8 * 3600)
    clock.zone = ZoneInfo("America/New_York")
    findings = beat.wake_announced()
    assert findings[0] == Slept(pytest.approx(8 * 3600))
    assert ClockChanged("the time zone changed from Europe/Berlin to America/New_York") in findings
