"""The reminder card offscreen: a merged card shows each carried reminder with its own answer."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.events import Outcome
from desktop.core.kinds import Kind
from desktop.core.reminder_state import Prompt
from desktop.core.routine_summary import MoveSummary
from desktop.ui.reminder_popup import PromptAnswer, PromptView, ReminderPopup

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CHECKS = (("shoulders", "Let your shoulders drop"), ("jaw", "Unclench your jaw"))


def card(qtbot: QtBot, *kinds: Kind, checklist: tuple[tuple[str, str], ...] = CHECKS) -> ReminderPopup:
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    prompt = Prompt(kinds=kinds, due_at=tuple(NOW for _ in kinds), shown_at=NOW)
    view = PromptView(
        prompt=prompt, checklist=checklist, routine_id="micro-neck", moves=(MoveSummary("Neck", 2, 5),)
    )
    popup.present(view)
    return popup


def press(qtbot: QtBot, popup: ReminderPopup, name: str) -> PromptAnswer:
    button = popup.findChild(QPushButton, name)
    assert button is not None, name
    with qtbot.waitSignal(popup.answered, timeout=1000) as answered:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    answer = answered.args[0]
    assert isinstance(answer, PromptAnswer)
    return answer


def test_a_water_card_carrying_a_posture_check_shows_its_ticks_and_reports_them(qtbot: QtBot) -> None:
    popup = card(qtbot, Kind.HYDRATION, Kind.POSTURE)
    label = popup.findChild(QLabel, "also_due_posture")
    assert label is not None and "Posture check" in label.text()
    jaw = popup.findChild(QCheckBox, "jaw")
    assert jaw is not None
    jaw.setChecked(True)
    answer = press(qtbot, popup, "drank_glass")
    assert answer == PromptAnswer(Outcome.DONE, {"ml": 250, "merged": {"posture": {"fixed": ["jaw"]}}})


def test_done_on_a_stretch_card_reports_the_water_amount_only_when_one_was_pressed(qtbot: QtBot) -> None:
    popup = card(qtbot, Kind.STRETCH, Kind.HYDRATION)
    assert press(qtbot, popup, "done").details == {"merged": {"hydration": {}}}
    popup = card(qtbot, Kind.STRETCH, Kind.HYDRATION)
    glass = popup.findChild(QPushButton, "carried_glass")
    bottle = popup.findChild(QPushButton, "carried_bottle")
    assert glass is not None and bottle is not None
    qtbot.mouseClick(glass, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bottle, Qt.MouseButton.LeftButton)  # one amount at most: the bottle replaces the glass
    assert bottle.isChecked() and not glass.isChecked()
    assert press(qtbot, popup, "done").details == {"merged": {"hydration": {"ml": 500}}}


@pytest.mark.parametrize("name", ["snooze", "skip"])
def test_snooze_and_skip_carry_no_merged_answers(qtbot: QtBot, name: str) -> None:
    popup = card(qtbot, Kind.STRETCH, Kind.HYDRATION, Kind.POSTURE)
    assert press(qtbot, popup, name).details == {}


def test_a_carried_breathing_break_has_its_own_tick(qtbot: QtBot) -> None:
    popup = card(qtbot, Kind.STRETCH, Kind.BREATHING_BREAK)
    tick = popup.findChild(QCheckBox, "carried_breathing")
    assert tick is not None
    tick.setChecked(True)
    assert press(qtbot, popup, "done").details == {"merged": {"breathing_break": {"done": True}}}


def test_a_carried_stretch_break_has_its_own_tick(qtbot: QtBot) -> None:
    popup = card(qtbot, Kind.MOVEMENT, Kind.STRETCH)
    tick = popup.findChild(QCheckBox, "carried_stretch")
    assert tick is not None
    tick.setChecked(True)
    assert press(qtbot, popup, "done").details == {"merged": {"stretch": {"done": True}}}


def test_a_stretch_card_lists_each_move_with_its_real_holds(qtbot: QtBot) -> None:
    from desktop.core.routine_summary import move_summaries
    from desktop.core.routines import load_library

    routine = next(r for r in load_library().routines if r.id == "micro-back")
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    prompt = Prompt(kinds=(Kind.STRETCH,), due_at=(NOW,), shown_at=NOW)
    popup.present(PromptView(prompt=prompt, moves=move_summaries(routine), routine_id=routine.id))
    lines = [label.text() for label in popup.findChildren(QLabel) if label.text().startswith("•")]
    assert lines[:2] == ["• Seated cat, 2 × 5 s", "• Seated cow, 2 × 5 s"]
    assert "• Seated twist, 2 × 10 s" in lines
    shown = sum(
        int(s) * int(t) for t, s in (re.findall(r"(\d+) × (\d+) s", line)[0] for line in lines if "×" in line)
    )
    shown += sum(int(re.findall(r", (\d+) s$", line)[0]) for line in lines if "×" not in line)
    assert shown == routine.total_seconds  # the card adds up to the routine's real length
