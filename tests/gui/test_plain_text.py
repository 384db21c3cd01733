"""Text from users and files shows literally: no markup, no lost "&", no pictures from tags."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.breathing import BreathingPattern, LengthUnit, Phase, PhaseKind, SessionLength
from desktop.core.routine_model import Category, Exercise, Routine
from desktop.ui.breathing_session_page import SessionPage
from desktop.ui.illustration_view import IllustrationView
from desktop.ui.plain_text import menu_text, plain_label
from desktop.ui.routine_window import RoutineWindow
from desktop.ui.tray import TrayMenu
from tests.fakes import FakeClock

MARKUP = "<b>x</b> & y"


def shows_literally(label: QLabel, text: str) -> bool:
    """Plain text, and (unless wrapped) laid out as wide as the characters themselves: markup would
    hide the tags and take less room."""
    wide_enough = label.wordWrap() or label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(text)
    return label.textFormat() == Qt.TextFormat.PlainText and label.text() == text and wide_enough


def test_a_plain_label_shows_markup_as_written(qtbot: QtBot) -> None:
    label = plain_label(MARKUP)
    qtbot.addWidget(label)
    assert shows_literally(label, MARKUP)
    label.setText("<h1>big</h1>")
    assert shows_literally(label, "<h1>big</h1>")


def test_menu_text_keeps_an_ampersand() -> None:
    assert menu_text("Neck & shoulders") == "Neck && shoulders"


def test_routine_window_shows_names_instructions_and_cautions_literally(qtbot: QtBot, tmp_path: Path) -> None:
    picture = f'<img src="{tmp_path / "secret.png"}">'
    move = Exercise("m", MARKUP, picture + " breathe", "belly", 5)
    routine = Routine("r", MARKUP, Category.RELAXATION, (move,), safety="<h1>Careful</h1>")
    window = RoutineWindow(routine, monotonic=FakeClock().monotonic)
    qtbot.addWidget(window)
    window.show()

    assert shows_literally(window.routine_label, MARKUP)
    assert shows_literally(window.title_label, MARKUP)
    assert shows_literally(window.instruction_label, picture + " breathe")
    assert shows_literally(window.extra_safety_label, "<h1>Careful</h1>")
    assert window.windowTitle().startswith(MARKUP)


def test_tray_menu_shows_routine_names_with_their_ampersand(qtbot: QtBot) -> None:
    menu = TrayMenu()
    menu.set_routine_source(lambda: [("mine", MARKUP, True)])
    menu.routines_menu.aboutToShow.emit()

    entry = menu.findChild(QAction, "routine_mine")
    removal = menu.findChild(QAction, "remove_mine")
    assert entry is not None and removal is not None
    assert entry.text() == "<b>x</b> && y"  # "&&" is how a menu shows one "&"
    assert entry.iconText() == MARKUP  # what is drawn, without any mnemonic taken out
    assert removal.iconText() == MARKUP
    received: list[str] = []
    menu.routine_requested.connect(received.append)
    entry.trigger()
    assert received == ["mine"]


def test_breathing_pattern_texts_show_literally(qtbot: QtBot) -> None:
    phases = (Phase(PhaseKind.INHALE, 4.0, 1.0), Phase(PhaseKind.EXHALE, 4.0, 0.0))
    pattern = BreathingPattern("p", MARKUP, phases, description="<i>slow</i>", caution="<h1>stop</h1>")
    page = SessionPage([pattern])
    qtbot.addWidget(page)
    page.show_choice(pattern, SessionLength(LengthUnit.MINUTES, 3), 10)
    assert shows_literally(page.description, "<i>slow</i>")
    assert shows_literally(page.caution, "<h1>stop</h1>")
    assert page.pattern_box.itemText(0) == MARKUP


@pytest.mark.skipif(os.name != "posix", reason="named pipes of POSIX systems")
def test_a_picture_that_is_a_fifo_shows_nothing_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    fifo = tmp_path / "move.png"
    os.mkfifo(fifo)
    view = IllustrationView()
    qtbot.addWidget(view)
    started = time.monotonic()
    view.set_picture(fifo)
    assert time.monotonic() - started < 1.0
    assert not view.has_picture()
