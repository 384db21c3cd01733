"""The composed app shows a movement break on the break screen and logs the answer; a stretch
break shows it only when selected; strict mode's allowance comes from the ledger."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import UnclenchApp
from desktop.core.break_rules import BreakLedger
from desktop.core.events import Kind, Outcome
from desktop.core.routine_model import FileProblem
from desktop.storage.eventlog import EventLog
from desktop.storage.paths import AppPaths


def rows(paths: AppPaths) -> list[tuple[str, str, dict[str, object]]]:
    log, _ = EventLog.open(paths.database)
    try:
        return [(s.event.kind, s.event.outcome, s.event.details) for s in log.events()]
    finally:
        log.close()


def test_a_movement_break_comes_on_the_break_screen_and_enter_logs_it_done(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    app.engine.show_now(Kind.MOVEMENT)
    screen = app.prompts._break_screen
    assert screen is not None and screen.pages
    page = screen.pages[0]
    assert page.suggestion.text()  # a suggestion from the data file
    assert app.prompts._popup is None or not app.prompts._popup.isVisible()  # no card as well
    qtbot.keyClick(page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("movement", "done") in [(k, o) for k, o, _ in rows(paths)], timeout=3000)
    assert screen.pages == []


def test_suggestions_rotate_from_one_break_to_the_next(app: UnclenchApp) -> None:
    prompt = app.engine._policy.start_now(Kind.MOVEMENT)
    first, second = app.prompts.break_view(prompt), app.prompts.break_view(prompt)
    assert first.suggestion_title != second.suggestion_title
    assert first.seconds == 5 * 60 and not first.strict and first.may_skip


def test_strict_allowance_comes_from_the_ledger(app: UnclenchApp) -> None:
    settings = app.settings
    strict = replace(settings.breaks, movement_strict=True, strict_postpones=0)
    ledger = BreakLedger(strict)
    app.prompts.set_break_ledger(ledger)
    app.settings_owner.apply(replace(settings, breaks=strict))
    prompt = app.engine._policy.start_now(Kind.MOVEMENT)
    view = app.prompts.break_view(prompt)
    assert view.strict and not view.may_skip and not view.may_postpone


def test_a_made_up_break_is_logged_as_made_up(qtbot: QtBot, app: UnclenchApp, paths: AppPaths) -> None:
    app.prompts.making_up = True
    app.engine.show_now(Kind.MOVEMENT)
    screen = app.prompts._break_screen
    assert screen is not None
    qtbot.keyClick(screen.pages[0], Qt.Key.Key_Return)
    made_up = ("movement", Outcome.MADE_UP)
    qtbot.waitUntil(lambda: made_up in [(k, o) for k, o, _ in rows(paths)], timeout=3000)
    assert not app.prompts.making_up


def test_the_break_screen_asks_that_the_prompt_wait_for_it(qtbot: QtBot, app: UnclenchApp) -> None:
    with qtbot.waitSignal(app.prompts.hold_requested) as hold:
        app.engine.show_now(Kind.MOVEMENT)
    assert hold.args == [app.settings.breaks.minutes + 1]  # longer than the card's 60 s timeout
    app.engine.hold_prompt(hold.args[0])  # the wiring app.py does
    policy = app.engine._policy
    wakeup = policy.next_wakeup()
    assert wakeup is not None and (wakeup - policy.clock.now()).total_seconds() == 6 * 60


def test_the_break_screens_memory_goes_back_once_it_closes(
    qtbot: QtBot, app: UnclenchApp, released: list[bool]
) -> None:
    app.engine.show_now(Kind.MOVEMENT)
    screen = app.prompts._break_screen
    assert screen is not None and screen.pages
    assert released == []  # nothing while the break shows
    qtbot.keyClick(screen.pages[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: released != [], timeout=3000)
    assert screen.pages == []


def test_movement_suggestions_are_read_once_and_their_problems_told(
    app: UnclenchApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core import movement_content

    real = movement_content.load_movement_suggestions
    reads: list[int] = []

    def counted() -> tuple[tuple[movement_content.MovementSuggestion, ...], list[FileProblem]]:
        suggestions, _problems = real()
        reads.append(1)
        return suggestions, [FileProblem(Path("movement.json"), "a suggestion without a title")]

    monkeypatch.setattr(movement_content, "load_movement_suggestions", counted)
    problems: list[str] = []
    app.prompts.problem.connect(problems.append)
    prompt = app.engine._policy.start_now(Kind.MOVEMENT)
    first, second = app.prompts.break_view(prompt), app.prompts.break_view(prompt)
    assert first.suggestion_title and second.suggestion_title
    assert len(reads) == 1
    assert len(problems) == 1 and "a suggestion without a title" in problems[0]
