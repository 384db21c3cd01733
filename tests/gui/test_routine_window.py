"""The routine window, offscreen, on a fake clock: buttons, keys, the timer and the reported result."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.routine_model import Category, Exercise, Routine
from desktop.core.routine_player import PlayerState, RoutineOutcome, RoutineResult, routine_event
from desktop.core.routines import RoutineLibrary, load_library
from desktop.ui.illustration_view import IllustrationView, themed_svg
from desktop.ui.routine_window import RoutineWindow
from desktop.ui.safety_page import SafetyPage
from tests.fakes import FakeClock


@pytest.fixture(scope="module")
def library() -> RoutineLibrary:
    return load_library()


@pytest.fixture
def routine(library: RoutineLibrary) -> Routine:
    """Two chin tucks then a neck stretch each side: 5, 5, 10, 10 seconds."""
    tuck = replace(library.exercises["chin-tuck"], repetitions=2)
    stretch = replace(library.exercises["neck-side-stretch"], hold_seconds=10)
    return Routine("test-routine", "Test routine", Category.STRETCH, (tuck, stretch))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class Recorder:
    def __init__(self) -> None:
        self.results: list[RoutineResult] = []
        self.chimes = 0

    def chime(self) -> None:
        self.chimes += 1


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def window(qtbot: QtBot, routine: Routine, clock: FakeClock, recorder: Recorder) -> Iterator[RoutineWindow]:
    window = RoutineWindow(routine, monotonic=clock.monotonic, chime=recorder.chime)
    window.routine_finished.connect(recorder.results.append)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_first_step_shows_and_counts_from_when_it_is_shown(
    window: RoutineWindow, routine: Routine, clock: FakeClock
) -> None:
    assert window.player.state is PlayerState.COUNTING
    assert window.title_label.text() == "Chin tucks"
    assert window.detail_label.text() == "1 of 2"
    assert window.instruction_label.text() == routine.moves[0].instruction
    assert window.countdown_label.text() == "5"
    assert window.next_label.text() == "Next: Chin tucks"
    assert window.step_count_label.text().startswith("Step 1 of 4")
    assert window.picture.path == routine.moves[0].illustration and window.picture.has_picture()
    assert window.picture.accessibleName() == "Chin tucks"
    assert window.countdown_timer.isActive() and window.countdown_timer.interval() <= 1000
    assert not window.previous_button.isEnabled()


def test_the_countdown_and_steps_follow_the_clock_with_a_chime(
    window: RoutineWindow, clock: FakeClock, recorder: Recorder
) -> None:
    clock.advance(1.2)
    window.refresh()
    assert window.countdown_label.text() == "4"
    assert (
        window.countdown_timer.interval() == 800
    )  # armed for the next change of the display, not 1 s blindly
    clock.advance(3.8)
    window.refresh()
    assert window.player.index == 1 and window.detail_label.text() == "2 of 2"
    assert window.countdown_label.text() == "5" and recorder.chimes == 1
    clock.advance(5)
    window.refresh()
    assert window.title_label.text() == "Neck side stretch"
    assert window.detail_label.text() == "Left side"
    assert window.next_label.text() == "Next: Neck side stretch, right side"


def test_pause_stops_the_timer_and_the_countdown(
    window: RoutineWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    clock.advance(2)
    window.refresh()
    click(qtbot, window.pause_button)
    assert window.player.state is PlayerState.PAUSED and not window.countdown_timer.isActive()
    assert window.pause_button.text() == "&Resume" and window.countdown_caption.text() == "paused"
    clock.advance(60)
    window.refresh()
    assert window.countdown_label.text() == "3" and window.player.index == 0
    click(qtbot, window.pause_button)
    assert window.player.state is PlayerState.COUNTING and window.countdown_timer.isActive()
    assert window.pause_button.accessibleName() == "Pause"


def test_next_and_previous_buttons(window: RoutineWindow, qtbot: QtBot, recorder: Recorder) -> None:
    click(qtbot, window.next_button)
    click(qtbot, window.next_button)
    assert window.player.index == 2 and window.title_label.text() == "Neck side stretch"
    click(qtbot, window.previous_button)
    assert window.player.index == 1 and window.countdown_label.text() == "5"
    assert recorder.chimes == 0  # the user moved on: no chime needed


def test_keyboard_arrows_escape_and_space(window: RoutineWindow, qtbot: QtBot, recorder: Recorder) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.player.index == 1
    window.pause_button.setFocus()
    qtbot.keyClick(window.pause_button, Qt.Key.Key_Space)
    assert window.player.state is PlayerState.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    # Two of its four steps were marked done: half followed counts (routine_player.followed).
    assert [r.outcome for r in recorder.results] == [RoutineOutcome.COMPLETED]
    assert not window.isVisible()


def test_finish_reports_a_stopped_routine_once_and_it_logs(
    window: RoutineWindow, clock: FakeClock, qtbot: QtBot, recorder: Recorder
) -> None:
    clock.advance(5)
    window.refresh()
    clock.advance(3)
    with qtbot.waitSignal(window.routine_finished, timeout=1000) as signal:
        click(qtbot, window.finish_button)
    result = signal.args[0]
    assert result == RoutineResult("test-routine", "Test routine", RoutineOutcome.STOPPED, 1, 4, 8)
    assert not window.isVisible()
    window.close()
    assert recorder.results == [result]
    event = routine_event(result, clock)
    assert (event.kind, event.outcome) == ("routine", "stopped")
    assert event.details == {
        "routine": "test-routine",
        "steps_completed": 1,
        "steps_total": 4,
        "duration_seconds": 8,
    }


def test_postpone(window: RoutineWindow, qtbot: QtBot, recorder: Recorder) -> None:
    click(qtbot, window.postpone_button)
    assert [r.outcome for r in recorder.results] == [RoutineOutcome.POSTPONED]
    assert not window.isVisible() and not window.countdown_timer.isActive()


def test_closing_the_window_midway_is_stopping(window: RoutineWindow, recorder: Recorder) -> None:
    window.go_next()
    window.close()
    window.close()
    assert [(r.outcome, r.steps_completed) for r in recorder.results] == [(RoutineOutcome.STOPPED, 1)]


def test_running_to_the_end_completes_and_shows_the_done_page(
    window: RoutineWindow, clock: FakeClock, qtbot: QtBot, recorder: Recorder
) -> None:
    while window.player.state is PlayerState.COUNTING:
        wait = window.player.seconds_until_change()
        assert wait is not None
        clock.advance(wait)
        window.refresh()
    assert recorder.results == [
        RoutineResult("test-routine", "Test routine", RoutineOutcome.COMPLETED, 4, 4, 30)
    ]
    assert window.pages.currentIndex() == 1 and not window.countdown_timer.isActive()
    assert "4 steps in 30 s" in window.done_summary.text()
    assert recorder.chimes == 4
    click(qtbot, window.close_button)
    assert not window.isVisible() and len(recorder.results) == 1


def test_the_safety_line_is_visible_and_links_to_the_safety_page(window: RoutineWindow, qtbot: QtBot) -> None:
    assert window.safety_label.isVisible()
    assert window.safety_label.text() == "Move gently, and stop any movement that increases pain."
    assert not window.extra_safety_label.isVisible()
    with qtbot.waitSignal(window.safety_page_requested, timeout=1000):
        click(qtbot, window.safety_link)


def test_a_routines_own_caution_is_shown_too(qtbot: QtBot, routine: Routine, clock: FakeClock) -> None:
    careful = replace(routine, safety="Keep the knee below hip height.")
    window = RoutineWindow(careful, monotonic=clock.monotonic)
    qtbot.addWidget(window)
    window.show()
    assert window.extra_safety_label.isVisible()
    assert window.extra_safety_label.text() == "Keep the knee below hip height."
    assert window.safety_label.isVisible()


def test_every_control_has_an_accessible_name(window: RoutineWindow) -> None:
    for button in window.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    assert window.countdown_label.accessibleName() and window.progress.accessibleName()


def test_a_move_without_a_picture_or_with_a_broken_one_still_plays(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    plain = Exercise("plain", "Plain", "Just breathe.", "belly", 3)
    routine = Routine("r", "R", Category.RELAXATION, (plain, replace(plain, id="b", illustration=broken)))
    window = RoutineWindow(routine, monotonic=clock.monotonic)
    qtbot.addWidget(window)
    window.show()
    assert not window.picture.has_picture()
    window.go_next()
    assert window.title_label.text() == "Plain" and not window.picture.has_picture()
    window.grab()  # painting with no picture must not fail


def test_illustrations_take_the_themes_text_colour(qtbot: QtBot, library: RoutineLibrary) -> None:
    assert themed_svg('<g stroke="currentColor"/>', "#e8e6e3") == b'<g stroke="#e8e6e3"/>'
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(200, 200)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff00ff"))  # unmistakable in the pixels
    view.setPalette(palette)
    view.set_picture(library.exercises["short-walk"].illustration)
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    magenta = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 60
    )
    assert magenta > 100


def test_the_safety_page_lists_the_red_flags_and_does_not_diagnose(qtbot: QtBot) -> None:
    page = SafetyPage()
    qtbot.addWidget(page)
    page.show()
    assert not page.isModal()
    assert "does not diagnose" in page.not_a_diagnosis.text()
    assert "bladder or bowels" in page.emergency_text.text() and "emergency" in page.emergency_text.text()
    flags = " ".join(page.red_flags)
    for words in ("getting worse", "down one leg", "numbness or tingling", "feel weak", "a fall", "anxiety"):
        assert words in flags
    assert "does not ease" in page.red_flag_list.text()
    click(qtbot, page.close_button)
    assert not page.isVisible()


def test_previous_stays_off_on_the_first_step_however_long_it_runs(
    window: RoutineWindow, clock: FakeClock
) -> None:
    clock.advance(3)
    window.refresh()
    assert window.player.index == 0 and window.countdown_label.text() == "2"
    assert not window.previous_button.isEnabled()  # nothing before step 1
    window.go_next()
    assert window.previous_button.isEnabled()


def test_the_next_step_is_named_with_a_capital_in_english_and_german(
    qtbot: QtBot, library: RoutineLibrary, clock: FakeClock
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.resources import resource_path

    fists = next(e for e in library.exercises.values() if e.rest_seconds)
    window = RoutineWindow(Routine("let-go", "Let go", Category.STRETCH, (fists,)), monotonic=clock.monotonic)
    qtbot.addWidget(window)
    window.show()
    assert window.next_label.text() == "Next: Let go"  # the hold is followed by letting go
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "unclench_de.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        window.refresh()
        words = window.next_label.text()
        name = words.split(": ", 1)[1]
        assert name[:1].isupper() and name != "Let go", words
    finally:
        QCoreApplication.removeTranslator(translator)
