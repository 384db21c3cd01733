"""The engine's choices when a reminder falls due: show, wait for a pause in typing, defer while busy."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.events import Event, Kind
from desktop.core.holds import Conditions, HoldReason
from desktop.core.policy import Prompt, ReminderPolicy
from desktop.core.settings import KindSettings, Settings
from desktop.services.engine import _NEXT_JOB, ReminderEngine
from desktop.services.scheduling import GuiThreadScheduler
from tests.fakes import FakeClock


class World:
    """What the engine asks the OS: is something fullscreen, how long since the last input."""

    def __init__(self) -> None:
        self.busy: str | None = None
        self.idle: float | None = 30.0


@pytest.fixture
def setup(qtbot: QtBot) -> tuple[ReminderEngine, FakeClock, World, list[tuple[str, Prompt]]]:
    clock, world = FakeClock(), World()
    off = KindSettings(enabled=False)
    settings = replace(
        Settings(hydration=off, stretch=off, movement=off), posture=KindSettings(interval_minutes=20)
    )
    engine = ReminderEngine(
        ReminderPolicy(settings, clock),
        GuiThreadScheduler(),
        lambda: Conditions(busy=HoldReason(world.busy) if world.busy else None, idle_seconds=world.idle),
    )
    shown: list[tuple[str, Prompt]] = []
    engine.prompt_due.connect(lambda prompt: shown.append(("card", prompt)))
    engine.prompt_due_quietly.connect(lambda prompt: shown.append(("quiet", prompt)))
    engine.start()
    yield engine, clock, world, shown
    engine.stop()


def deadline(engine: ReminderEngine) -> None:
    """What the scheduler's job does when the deadline comes (the fake clock is not wall time)."""
    engine._on_job(_NEXT_JOB)


def test_shows_when_due_and_the_user_is_between_keystrokes(setup) -> None:  # type: ignore[no-untyped-def]
    engine, clock, _world, shown = setup
    clock.advance(minutes=20)
    deadline(engine)
    assert [(how, p.kinds) for how, p in shown] == [("card", (Kind.POSTURE,))]


def test_waits_for_a_pause_in_typing(setup) -> None:  # type: ignore[no-untyped-def]
    engine, clock, world, shown = setup
    clock.advance(minutes=20)
    world.idle = 0.2
    deadline(engine)
    assert shown == []
    retry = engine._scheduler.get_job(_NEXT_JOB).next_run_time
    assert (retry - clock.now()).total_seconds() == pytest.approx(2.8)
    clock.advance(seconds=2.8)
    world.idle = 3.5
    deadline(engine)
    assert [how for how, _ in shown] == ["card"]


def test_defers_while_fullscreen_and_shows_when_it_ends(setup) -> None:  # type: ignore[no-untyped-def]
    engine, clock, world, shown = setup
    clock.advance(minutes=20)
    world.busy = "fullscreen"
    deadline(engine)
    assert shown == []
    clock.advance(minutes=1)
    deadline(engine)
    assert shown == []
    world.busy = None
    clock.advance(minutes=1)
    deadline(engine)
    assert [how for how, _ in shown] == ["card"]


def test_a_long_call_gets_the_quiet_form_at_the_cap(setup) -> None:  # type: ignore[no-untyped-def]
    engine, clock, world, shown = setup
    clock.advance(minutes=20)
    world.busy = "fullscreen"
    for _ in range(30):
        deadline(engine)
        assert shown == []
        clock.advance(minutes=1)
    deadline(engine)
    assert [how for how, _ in shown] == ["quiet"]


def test_away_holds_reminders_and_a_long_absence_is_a_break(setup) -> None:  # type: ignore[no-untyped-def]
    engine, clock, _world, shown = setup
    logged = []
    engine.events_happened.connect(logged.extend)
    clock.advance(minutes=19)
    engine.user_left(60)
    clock.advance(minutes=10)
    deadline(engine)
    assert shown == []
    engine.user_returned(11 * 60)
    assert [(e.kind, e.outcome) for e in logged] == [("posture", "natural")]
    next_at = engine.upcoming().next_at
    assert next_at is not None and (next_at - clock.now()).total_seconds() == pytest.approx(20 * 60)


def test_meeting_mode_holds_reminders_until_it_ends(setup) -> None:  # type: ignore[no-untyped-def]
    engine, clock, _world, shown = setup
    engine.start_meeting(45)
    clock.advance(minutes=20)
    deadline(engine)
    assert shown == []
    # Nothing polls during the meeting: the one job is its end.
    assert engine._scheduler.get_job(_NEXT_JOB).next_run_time == clock.now() + timedelta(minutes=25)
    clock.advance(minutes=25)
    deadline(engine)
    assert engine.upcoming().meeting is None
    assert [how for how, _ in shown] == ["card"]


def test_meeting_mode_until_ended_by_hand(setup) -> None:  # type: ignore[no-untyped-def]
    engine, clock, _world, shown = setup
    engine.start_meeting(None)
    clock.advance(minutes=90)
    deadline(engine)
    assert shown == []
    engine.end_meeting()
    assert len(shown) == 1


def test_a_finished_deferral_does_not_shorten_the_next_one(setup) -> None:  # type: ignore[no-untyped-def]
    engine, clock, world, shown = setup
    clock.advance(minutes=20)
    world.idle = 0.5  # typing: the card waits
    deadline(engine)
    assert shown == []
    engine.user_returned(10 * 60)  # then a long absence: a natural break, nothing is due any more
    clock.advance(minutes=20)
    world.idle = 0.5
    deadline(engine)
    assert shown == []  # waits for a pause in typing again, instead of counting from the old deferral


def test_going_idle_asks_only_whether_a_call_is_live(qtbot: QtBot) -> None:
    clock = FakeClock()
    asked: list[str] = []

    def conditions() -> Conditions:
        asked.append("all conditions")  # busy, idle, calls, calendar, apps: up to seconds
        return Conditions()

    def in_call() -> bool:
        asked.append("in call")
        return True

    engine = ReminderEngine(ReminderPolicy(Settings(), clock), GuiThreadScheduler(), conditions, in_call)
    logged: list[Event] = []
    engine.events_happened.connect(logged.extend)
    engine.user_left(60.0)
    engine.user_returned(30 * 60.0)
    assert asked == ["in call"] and logged == []  # on a call: no absence, no natural break
