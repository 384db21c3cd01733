"""The heads-up on the engine's clock: it starts at the policy's wake-up, the tray counts down,
"Not now" postpones without showing anything, holds suppress it, and break credit reaches the menu."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.events import Kind, Outcome
from desktop.core.policy import Prompt, ReminderPolicy
from desktop.core.settings import BreakSettings, KindSettings, Settings
from desktop.services.breaks import HEADS_UP_TONE_HZ, BreakCoordinator
from desktop.services.engine import _NEXT_JOB, ReminderEngine
from desktop.services.scheduling import GuiThreadScheduler
from desktop.ui.tray import Tray, TrayMenu
from tests.fakes import FakeClock

OFF = KindSettings(enabled=False)


class Setup:
    def __init__(self, breaks: BreakSettings) -> None:
        self.clock = FakeClock()
        settings = Settings(posture=OFF, hydration=OFF, stretch=OFF, breaks=breaks)
        self.engine = ReminderEngine(ReminderPolicy(settings, self.clock), GuiThreadScheduler())
        self.menu = TrayMenu()
        self.tray = Tray(self.menu)
        self.tones: list[float] = []
        self.breaks = BreakCoordinator(self.engine, self.tray, self.menu, self.clock, self.tones.append)
        self.shown: list[Prompt] = []
        self.engine.prompt_due.connect(self.shown.append)
        self.logged: list[object] = []
        self.engine.events_happened.connect(self.logged.extend)
        self.engine.start()

    def wake(self, minutes: float = 0, seconds: float = 0) -> None:
        self.clock.advance(minutes=minutes, seconds=seconds)
        self.engine._on_job(_NEXT_JOB)


@pytest.fixture
def world(qtbot: QtBot) -> Iterator[Setup]:
    setup = Setup(BreakSettings())
    yield setup
    setup.breaks.close()
    setup.engine.stop()


def test_the_heads_up_starts_30_seconds_before_and_the_tray_counts_down(world: Setup) -> None:
    job = world.engine._scheduler.get_job(_NEXT_JOB)
    assert job.next_run_time == world.clock.now() + timedelta(minutes=59, seconds=30)
    world.wake(minutes=59, seconds=30)  # the policy's wake-up for the heads-up
    coming = world.breaks.coming
    assert coming is not None and coming.kind is Kind.MOVEMENT and coming.seconds_left == 30
    assert world.tray.icon.toolTip() == "Movement break in 30 s"
    assert world.menu.not_now.isVisible()
    assert world.shown == []
    world.wake(seconds=30)  # the break itself
    assert [p.kinds for p in world.shown] == [(Kind.MOVEMENT,)]
    assert world.breaks.coming is None and not world.menu.not_now.isVisible()


def test_not_now_postpones_without_showing_anything(world: Setup) -> None:
    world.wake(minutes=59, seconds=30)
    world.menu.not_now.trigger()
    assert world.breaks.coming is None and world.shown == []
    [event] = world.logged
    assert event.outcome is Outcome.SNOOZED and event.details == {"reason": "heads_up"}  # type: ignore[attr-defined]
    world.wake(minutes=4, seconds=30)  # the snooze length (5 min) less the heads-up
    assert world.breaks.coming is not None


def test_no_heads_up_during_meeting_mode(world: Setup) -> None:
    world.engine.start_meeting(None)
    world.wake(minutes=59, seconds=30)
    assert world.breaks.coming is None
    assert world.menu.not_now.isVisible() is False


def test_a_sound_only_heads_up_plays_one_soft_tone(qtbot: QtBot) -> None:
    setup = Setup(BreakSettings(heads_up_sound=True, heads_up_edge=True))
    try:
        setup.wake(minutes=59, seconds=30)
        assert setup.tones == [HEADS_UP_TONE_HZ]
        assert setup.breaks._edge is None  # a sound only: nothing on the screen
    finally:
        setup.breaks.close()
        setup.engine.stop()


def test_the_edge_shows_when_chosen(qtbot: QtBot) -> None:
    setup = Setup(BreakSettings(heads_up_edge=True))
    try:
        setup.wake(minutes=59, seconds=30)
        edge = setup.breaks._edge
        assert edge is not None and all(strip.isVisible() for strip in edge.strips)
        setup.wake(seconds=30)
        assert not any(strip.isVisible() for strip in edge.strips)
    finally:
        setup.breaks.close()
        setup.engine.stop()


def test_a_missed_break_is_owed_offered_at_a_calm_moment_and_in_the_menu(qtbot: QtBot, world: Setup) -> None:
    world.wake(minutes=60)
    assert world.shown
    with qtbot.waitSignal(world.breaks.make_up_offered) as offered:
        world.wake(seconds=world.engine.settings.popup_timeout_seconds)  # unanswered: missed
    assert offered.args == [1]
    assert world.menu.make_up.isVisible() and "1" in world.menu.make_up.text()
    with qtbot.waitSignal(world.breaks.make_up_requested):
        world.menu.make_up.trigger()
