"""The quiet sources in the conditions, with fake call detectors and app readers, a real calendar
file; and the engine and dispatcher doing "remind me anyway" and "not a call" on top of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.commands import NotACall, RemindAnyway
from desktop.core.day_activity import DayActivity
from desktop.core.events import Activity, Event, Kind
from desktop.core.holds import CalendarEvent, CallInUse, HoldReason
from desktop.core.policy import Prompt, ReminderPolicy
from desktop.core.settings import KindSettings, QuietTimesSettings, Settings
from desktop.ipc.status import build_status, status_text
from desktop.platform.calls import CallSignal, DetectorState, DetectorStatus
from desktop.services.dispatcher import Dispatcher
from desktop.services.engine import _NEXT_JOB, ReminderEngine
from desktop.services.quiet_sources import QuietSources
from desktop.services.scheduling import GuiThreadScheduler
from desktop.services.settings_owner import SettingsOwner
from desktop.services.timing_sources import TimingSources
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


class FakeDetector:
    """A call detector whose live uses the test sets; counts the looks."""

    name = "fake microphone"

    def __init__(self) -> None:
        self.signals: tuple[CallSignal, ...] = ()
        self.looks = 0

    def active(self, ignored_apps: frozenset[str] = frozenset()) -> tuple[CallSignal, ...]:
        self.looks += 1
        ignored = {app.casefold() for app in ignored_apps}
        return tuple(s for s in self.signals if s.app.casefold() not in ignored)

    def state(self) -> DetectorState:
        return DetectorState(DetectorStatus.WORKING, "fake")

    def close(self) -> None:
        pass


class FakeFront:
    name = "fake front"

    def __init__(self) -> None:
        self.app: str | None = None

    def front_app(self) -> str | None:
        return self.app

    def state(self) -> str:
        return "fake"

    def close(self) -> None:
        pass


@pytest.fixture
def parts(qtbot: QtBot) -> Iterator[tuple[QuietSources, FakeDetector, FakeFront, set[str], FakeClock]]:
    clock, detector, front, running = FakeClock(NOW), FakeDetector(), FakeFront(), set[str]()
    quiet = QuietSources(clock, detectors=[detector], front=front, running=lambda: frozenset(running))
    yield quiet, detector, front, running, clock
    quiet.close()


def test_the_conditions_carry_the_call_the_app_rule_and_ignore_what_is_no_call(
    qtbot: QtBot, parts: Any
) -> None:
    quiet, detector, front, running, clock = parts
    quiet.configure(QuietTimesSettings(app_rules="front:zoom, running:obs", not_a_call_apps="OBS"))
    timing = TimingSources(clock, quiet)
    assert timing.conditions().call is None and timing.conditions().app is None
    detector.signals = (CallSignal("microphone", "Firefox"), CallSignal("microphone", "obs"))
    running.add("obs")
    conditions = timing.conditions()
    assert conditions.call == CallInUse("microphone", "Firefox")
    assert conditions.app == "obs"
    front.app = "Zoom"
    assert timing.conditions().app == "zoom"  # the first rule that holds, any case
    detector.signals = (CallSignal("camera", "obs"),)
    assert timing.conditions().call is None  # the user said obs is no call
    quiet.configure(QuietTimesSettings(detect_calls=False))
    looks = detector.looks
    assert timing.conditions().call is None and detector.looks == looks  # off: not even asked
    timing.stop()


def test_invalid_app_rules_say_so_and_hold_nothing(qtbot: QtBot, parts: Any) -> None:
    quiet, _detector, _front, running, _clock = parts
    running.add("obs")
    with qtbot.waitSignal(quiet.problem, timeout=1000) as problem:
        quiet.configure(QuietTimesSettings(app_rules="sometimes:obs"))
    assert "not valid" in problem.args[0]
    assert quiet.app() is None


def test_a_calendar_file_holds_until_the_event_ends(qtbot: QtBot, parts: Any, tmp_path: Path) -> None:
    quiet, *_rest = parts
    path = tmp_path / "work.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:one@test\r\n"
        b"SUMMARY:Weekly sync\r\nDTSTART:20261123T090000Z\r\nDTEND:20261123T100000Z\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert quiet.calendar_event() is None  # no calendar set
    with qtbot.waitSignal(quiet.calendar_changed, timeout=10_000):
        quiet.configure(QuietTimesSettings(calendar_files=str(path)))
    assert quiet.calendar_event() == CalendarEvent("Weekly sync", datetime(2026, 11, 23, 10, 0, tzinfo=UTC))


def test_remind_anyway_and_not_a_call_through_the_dispatcher(
    qtbot: QtBot, parts: Any, tmp_path: Path
) -> None:
    quiet, detector, _front, _running, clock = parts
    off = KindSettings(enabled=False)
    owner = SettingsOwner(tmp_path / "settings.json", system_files=())
    owner.apply(Settings(posture=KindSettings(interval_minutes=20), hydration=off, stretch=off))
    owner.settings_changed.connect(lambda settings: quiet.configure(settings.quiet_times))
    quiet.configure(owner.settings.quiet_times)
    timing = TimingSources(clock, quiet)
    engine = ReminderEngine(ReminderPolicy(owner.settings, clock), GuiThreadScheduler(), timing.conditions)
    shown: list[Prompt] = []
    logged: list[Event] = []
    engine.prompt_due.connect(shown.append)
    engine.events_happened.connect(logged.extend)
    no_parts: Any = None
    dispatcher = Dispatcher(engine, owner, no_parts, no_parts, no_parts, lambda: None, lambda: None)
    engine.start()
    try:
        detector.signals = (CallSignal("microphone", "Firefox"),)
        clock.advance(minutes=20)
        engine._on_job(_NEXT_JOB)
        hold = engine.upcoming().hold
        assert shown == [] and hold is not None and hold.reason is HoldReason.CALL
        report = build_status(engine.upcoming(), engine.due_times(), DayActivity.of("2026-11-23"), 2000)
        text = status_text(report, clock.now(), clock.zone)
        assert "held: a call (microphone in Firefox) since 10:50, next try when it ends" in text
        assert (report.held_reason, report.held_detail, report.held_device) == (
            "call",
            "Firefox",
            "microphone",
        )

        result = dispatcher.run(NotACall())
        assert result.refused is None and result.message == "Firefox no longer counts as a call."
        assert owner.settings.quiet_times.not_a_call_apps == "Firefox"
        assert [p.primary for p in shown] == [Kind.POSTURE]  # looked at again at once: no call now
        assert [e.details["reason"] for e in logged if e.kind is Activity.HOLD] == ["call"]

        assert dispatcher.run(RemindAnyway()).refused == "No reminder is held right now."
        assert dispatcher.run(NotACall()).refused is not None  # nothing holds as a call
    finally:
        engine.stop()
        timing.stop()


def test_remind_anyway_shows_the_held_reminder(qtbot: QtBot, parts: Any, tmp_path: Path) -> None:
    quiet, detector, _front, _running, clock = parts
    off = KindSettings(enabled=False)
    settings = Settings(posture=KindSettings(interval_minutes=20), hydration=off, stretch=off)
    quiet.configure(replace(settings.quiet_times, call_grace_minutes=2))
    timing = TimingSources(clock, quiet)
    engine = ReminderEngine(ReminderPolicy(settings, clock), GuiThreadScheduler(), timing.conditions)
    shown: list[Prompt] = []
    engine.prompt_due.connect(shown.append)
    no_parts: Any = None
    owner = SettingsOwner(tmp_path / "settings.json", system_files=())
    dispatcher = Dispatcher(engine, owner, no_parts, no_parts, no_parts, lambda: None, lambda: None)
    engine.start()
    try:
        detector.signals = (CallSignal("camera", "zoom"),)
        clock.advance(minutes=20)
        engine._on_job(_NEXT_JOB)
        assert shown == []
        result = dispatcher.run(RemindAnyway())
        assert result.message == "The held reminder is shown now." and [p.primary for p in shown] == [
            Kind.POSTURE
        ]
        assert engine.upcoming().hold is None
    finally:
        engine.stop()
        timing.stop()


def test_the_tray_offers_remind_anyway_and_not_a_call_only_while_a_call_holds(
    qtbot: QtBot, parts: Any, tmp_path: Path
) -> None:
    from desktop.services.tray_intents import TrayIntents
    from desktop.ui.tray import Tray, TrayMenu

    quiet, detector, _front, _running, clock = parts
    off = KindSettings(enabled=False)
    owner = SettingsOwner(tmp_path / "settings.json", system_files=())
    owner.apply(Settings(posture=KindSettings(interval_minutes=20), hydration=off, stretch=off))
    owner.settings_changed.connect(lambda settings: quiet.configure(settings.quiet_times))
    quiet.configure(owner.settings.quiet_times)
    timing = TimingSources(clock, quiet)
    engine = ReminderEngine(ReminderPolicy(owner.settings, clock), GuiThreadScheduler(), timing.conditions)
    shown: list[Prompt] = []
    engine.prompt_due.connect(shown.append)
    no_parts: Any = None
    dispatcher = Dispatcher(engine, owner, no_parts, no_parts, no_parts, lambda: None, lambda: None)
    menu = TrayMenu()
    TrayIntents(Tray(menu), dispatcher, owner)
    menu.show_hold(held=False, call_app=None)
    assert not menu.remind_anyway.isVisible() and not menu.not_a_call.isVisible()
    engine.start()
    try:
        detector.signals = (CallSignal("microphone", "Firefox"),)
        clock.advance(minutes=20)
        engine._on_job(_NEXT_JOB)
        hold = engine.upcoming().hold
        assert hold is not None
        menu.show_hold(held=True, call_app=hold.detail)
        assert menu.remind_anyway.isVisible() and menu.not_a_call.isVisible()
        assert menu.not_a_call.text() == "Firefox is not a call"
        menu.remind_anyway.trigger()
        assert [p.primary for p in shown] == [Kind.POSTURE]
    finally:
        engine.stop()
        timing.stop()


def test_sitting_still_on_a_call_is_not_being_away(qtbot: QtBot, parts: Any) -> None:
    quiet, detector, _front, _running, clock = parts
    off = KindSettings(enabled=False)
    settings = Settings(posture=KindSettings(interval_minutes=20), hydration=off, stretch=off)
    quiet.configure(settings.quiet_times)
    timing = TimingSources(clock, quiet)
    engine = ReminderEngine(
        ReminderPolicy(settings, clock), GuiThreadScheduler(), timing.conditions, timing.in_call
    )
    logged: list[Event] = []
    engine.events_happened.connect(logged.extend)
    engine.start()
    try:
        detector.signals = (CallSignal("camera", "zoom"),)
        clock.advance(minutes=10)
        engine.user_left(60.0)  # no input for a minute: but the camera is live
        clock.advance(minutes=10)
        engine._on_job(_NEXT_JOB)
        hold = engine.upcoming().hold
        assert hold is not None and hold.reason is HoldReason.CALL  # work time went on counting
        clock.advance(minutes=20)
        engine.user_returned(30 * 60.0)
        assert logged == []  # no natural break: the user sat through the call
        detector.signals = ()
        engine.user_left(60.0)  # off the call, away is away again
        assert engine.upcoming().hold is None
    finally:
        engine.stop()
        timing.stop()


def test_the_doctor_page_opens_with_every_detector(qtbot: QtBot, parts: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.services.window_actions import WindowActions
    from desktop.ui.tray import TrayMenu
    from desktop.ui.window_registry import WindowRegistry

    quiet, *_rest, clock = parts
    windows = WindowRegistry()
    timing = TimingSources(clock, quiet)
    owner = SettingsOwner(tmp_path / "settings.json", system_files=())
    actions = WindowActions(windows, owner, timing, TrayMenu())
    actions.open_doctor_page()
    page = windows.get("doctor")
    assert page is not None
    report = page.findChild(QPlainTextEdit, "doctor_report").toPlainText()
    for area in ("tray", "notifications", "idle time", "microphone", "camera", "calendar", "settings file"):
        assert any(line.startswith(area) for line in report.splitlines()), area
    page.close()
    timing.stop()
