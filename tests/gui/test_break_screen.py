"""The break screen, offscreen: what it shows, its keyboard paths, strict mode and its emergency
exit, the countdown, the window style, and (in a child process with two virtual screens) a page on
every screen or only the pointer's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.events import Kind, Outcome
from desktop.ui.break_panel import BreakView
from desktop.ui.break_screen import BreakScreen
from desktop.ui.contrast import AA_NORMAL, contrast
from desktop.ui.reminder_popup import PromptAnswer

REPO = Path(__file__).resolve().parents[2]
TWO_SCREENS = REPO / "tests" / "gui" / "break_screen_two_screens.py"

VIEW = BreakView(
    kind=Kind.MOVEMENT,
    suggestion_title="A short walk",
    suggestion_text="Walk for a few minutes: down the corridor or once around the room.",
    seconds=300,
    reduced_motion=True,
)


@pytest.fixture
def screen() -> Iterator[BreakScreen]:
    shown = BreakScreen(clock_text=lambda: "10:42", emergency_hold_ms=300)
    yield shown
    shown.close()


def test_it_shows_the_suggestion_countdown_progress_buttons_and_time(
    qtbot: QtBot, screen: BreakScreen, tmp_path: Path
) -> None:
    screen.present(VIEW)
    [page] = screen.pages
    qtbot.waitExposed(page)
    assert page.geometry() == QGuiApplication.primaryScreen().geometry()  # full screen
    assert page.suggestion.text() == "A short walk" and "corridor" in page.text.text()
    assert page.countdown.text() == "5:00" and page.clock.text() == "10:42"
    assert page.progress.maximum() == 300 and page.progress.value() == 0
    assert page.postpone is not None and page.skip is not None
    assert page.grab().save(str(tmp_path / "break-screen.png"))


def test_it_never_takes_the_focus_or_the_keyboard_unless_strict(qtbot: QtBot, screen: BreakScreen) -> None:
    screen.present(VIEW)
    [page] = screen.pages
    qtbot.waitExposed(page)
    assert page.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.activeWindow() is not page
    assert page.keyboardGrabber() is None


def test_enter_is_done_early(qtbot: QtBot, screen: BreakScreen) -> None:
    screen.present(VIEW)
    [page] = screen.pages
    with qtbot.waitSignal(screen.answered) as answer:
        qtbot.keyClick(page, Qt.Key.Key_Return)
    assert answer.args == [PromptAnswer(Outcome.DONE, {"early": True, "seconds": 0})]
    assert screen.pages == [] and screen.view is None


def test_esc_postpones_and_the_buttons_answer(qtbot: QtBot, screen: BreakScreen) -> None:
    screen.present(VIEW)
    with qtbot.waitSignal(screen.answered) as answer:
        qtbot.keyClick(screen.pages[0], Qt.Key.Key_Escape)
    assert answer.args[0].outcome is Outcome.SNOOZED
    screen.present(VIEW)
    skip = screen.pages[0].skip
    assert skip is not None
    with qtbot.waitSignal(screen.answered) as answer:
        qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert answer.args[0].outcome is Outcome.SKIPPED


def test_the_countdown_ends_the_break_as_done(qtbot: QtBot, screen: BreakScreen) -> None:
    screen.present(replace(VIEW, seconds=1))
    with qtbot.waitSignal(screen.answered, timeout=4000) as answer:
        pass
    assert answer.args == [PromptAnswer(Outcome.DONE, {"seconds": 1})]


def test_a_made_up_break_is_answered_as_made_up(qtbot: QtBot, screen: BreakScreen) -> None:
    screen.present(replace(VIEW, making_up=True))
    assert screen.pages[0].findChild(QLabel, "making_up") is not None
    with qtbot.waitSignal(screen.answered) as answer:
        qtbot.keyClick(screen.pages[0], Qt.Key.Key_Return)
    assert answer.args[0].outcome is Outcome.MADE_UP


def test_strict_mode_has_no_skip_esc_does_nothing_and_holding_esc_is_the_emergency_exit(
    qtbot: QtBot, screen: BreakScreen, tmp_path: Path
) -> None:
    screen.present(replace(VIEW, strict=True, may_postpone=False, may_skip=False))
    [page] = screen.pages
    qtbot.waitExposed(page)
    assert page.skip is None and page.postpone is None
    assert page.keyboardGrabber() is page  # strict takes the keyboard
    assert page.grab().save(str(tmp_path / "break-strict.png"))
    with qtbot.assertNotEmitted(screen.answered, wait=100):
        qtbot.keyClick(page, Qt.Key.Key_Escape)  # pressed and let go: nothing
    with qtbot.waitSignal(screen.answered, timeout=3000) as answer:
        qtbot.keyPress(page, Qt.Key.Key_Escape)  # held: the emergency exit
    assert answer.args[0].outcome is Outcome.SKIPPED
    assert answer.args[0].details["emergency_exit"] is True
    assert QApplication.instance() is not None and page.keyboardGrabber() is None


def test_the_window_style_is_a_large_centred_window(qtbot: QtBot, screen: BreakScreen) -> None:
    screen.present(replace(VIEW, full_screen=False))
    [page] = screen.pages
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert page.width() < area.width() and page.geometry().center() == area.center()


def test_a_screen_going_away_moves_the_break_to_the_primary(qtbot: QtBot, screen: BreakScreen) -> None:
    screen.present(VIEW)
    primary = QGuiApplication.primaryScreen()
    screen._screen_removed(primary)  # the only screen: the page closes, and none other is there
    assert screen.pages == [] and screen.view is not None
    screen._screen_added(primary)  # it comes back: the break shows there again
    assert len(screen.pages) == 1


@pytest.mark.parametrize(("may_postpone", "outcome"), [(True, Outcome.SNOOZED), (False, Outcome.SKIPPED)])
def test_the_last_page_closed_by_the_system_ends_the_break_as_esc_does(
    qtbot: QtBot, screen: BreakScreen, may_postpone: bool, outcome: Outcome
) -> None:
    screen.present(replace(VIEW, full_screen=False, may_postpone=may_postpone))
    [page] = screen.pages
    gone: list[bool] = []
    page.destroyed.connect(lambda: gone.append(True))
    with qtbot.waitSignal(screen.answered) as answer:
        page.close()  # Alt+F4 on the window style
    qtbot.waitUntil(lambda: gone == [True])  # the closed page is deleted
    assert answer.args == [PromptAnswer(outcome, {"seconds": 0})]
    assert screen.pages == [] and screen.view is None


def test_a_strict_page_closed_by_the_system_comes_back(qtbot: QtBot, screen: BreakScreen) -> None:
    screen.present(replace(VIEW, full_screen=False, strict=True, may_postpone=False, may_skip=False))
    [page] = screen.pages
    gone: list[bool] = []
    page.destroyed.connect(lambda: gone.append(True))
    with qtbot.assertNotEmitted(screen.answered):
        page.close()
    qtbot.waitUntil(lambda: gone == [True])
    [again] = screen.pages
    assert screen.view is not None and again.isVisible()
    assert again.keyboardGrabber() is again


@pytest.mark.parametrize(("every_screen", "expected"), [(True, 2), (False, 1)])
def test_two_virtual_screens(every_screen: bool, expected: int, tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "left", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
                    {"name": "right", "x": 1366, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96},
                ]
            }
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(TWO_SCREENS), str(tmp_path), "all" if every_screen else "pointer"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert len(report["pages"]) == expected
    geometries = sorted(tuple(page["geometry"]) for page in report["pages"])
    if every_screen:
        assert geometries == [(0, 0, 1366, 768), (1366, 0, 1280, 720)]
    for page in report["pages"]:
        assert Path(page["png"]).stat().st_size > 1000


@pytest.mark.parametrize("dark", [False, True])
def test_it_reads_well_in_light_and_dark_themes(
    qtbot: QtBot, screen: BreakScreen, tmp_path: Path, dark: bool
) -> None:
    screen.present(VIEW)
    [page] = screen.pages
    palette = QPalette(page.palette())
    window, text = (QColor("#202124"), QColor("#e8eaed")) if dark else (QColor("#f6f6f6"), QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    page.setPalette(palette)  # a theme switch while it shows re-tints it
    background = page.palette().color(QPalette.ColorRole.Window)
    assert (background.lightness() < 128) is dark
    for label in page.findChildren(QLabel):
        assert contrast(label.palette().color(QPalette.ColorRole.WindowText), background) >= AA_NORMAL
    assert page.grab().save(str(tmp_path / f"break-{'dark' if dark else 'light'}.png"))
