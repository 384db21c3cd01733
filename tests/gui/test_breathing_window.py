"""The breathing window, driven by a fake clock: no test here waits for real time to pass."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.breathing import BreathingSessionResult, PhaseKind
from desktop.core.breathing_files import load_patterns
from desktop.core.breathing_run import FRAME_MS, State
from desktop.core.settings import BreathingSettings
from desktop.platform.sound import SoundProblem, SoundProblemKind
from desktop.platform.speech import SpeechProblem, SpeechProblemKind
from desktop.resources import resource_path
from desktop.ui.breathing_cues import TONES, PhaseCues
from desktop.ui.breathing_options import BreathingOptions
from desktop.ui.breathing_window import BreathingWindow
from tests.fakes import FakeChime, FakeClock, FakeSpeaker

PATTERNS = load_patterns(resource_path("breathing")).patterns
START = FakeClock().now()


@dataclass
class Harness:
    window: BreathingWindow
    clock: FakeClock
    chime: FakeChime
    speaker: FakeSpeaker

    def at(self, seconds: float) -> None:
        """Move the clock `seconds` on and let the window catch up, as its timer would."""
        self.clock.advance(seconds)
        self.window.refresh()

    def key(self, key: Qt.Key) -> None:
        QtBot.keyClick(self.window, key)


OpenWindow = Callable[..., Harness]


@pytest.fixture
def open_window(qtbot: QtBot) -> OpenWindow:
    def make(
        settings: BreathingSettings | None = None,
        chime: FakeChime | None = None,
        speaker: FakeSpeaker | None = None,
        start: bool = True,
    ) -> Harness:
        clock, chime, speaker = FakeClock(), chime or FakeChime(), speaker or FakeSpeaker()
        cues = PhaseCues(lambda _report: chime, lambda _report: speaker)  # type: ignore[arg-type, return-value]
        window = BreathingWindow(PATTERNS, settings or BreathingSettings(), clock, cues=cues)
        qtbot.addWidget(window)
        if start:
            window.show_and_start()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return Harness(window, clock, chime, speaker)

    return make


def test_it_starts_the_remembered_pattern_at_once_and_animates(open_window: OpenWindow) -> None:
    h = open_window()
    w = h.window
    assert w.state is State.RUNNING
    assert w.session_page.pattern_box.currentText() == "Longer exhale"
    assert w.session_page.length_box.currentText() == "3 minutes"
    assert w.session_page.phase_label.text() == "Breathe in"
    assert w.session_page.time_left.text() == "3:00 left"
    assert w.tick_timer.isActive()
    assert FRAME_MS < w.tick_timer.interval() < 250  # the breath starts slowly: no frame until it shows
    h.at(2.0)
    assert w.tick_timer.interval() == FRAME_MS  # mid-breath the disc moves a pixel every frame
    h.at(3.0)
    assert w.session_page.phase_label.text() == "Breathe out"
    assert w.session_page.time_left.text() == "2:55 left"
    assert w.session_page.progress.value() == round(5 / 180 * 1000)


def test_space_pauses_and_resumes_and_the_pause_is_not_counted(open_window: OpenWindow, qtbot: QtBot) -> None:
    h = open_window()
    w = h.window
    h.at(2.0)
    h.key(Qt.Key.Key_Space)
    assert w.state is State.PAUSED
    assert not w.tick_timer.isActive()  # no frames while paused
    assert w.session_page.pause_button.text() == "Resume"
    assert w.session_page.phase_label.text() == "Paused – press Space to go on"
    h.at(600.0)  # ten minutes on the clock change nothing while paused
    assert w.session_page.time_left.text() == "2:58 left"
    h.key(Qt.Key.Key_Space)
    assert w.state is State.RUNNING
    assert w.tick_timer.isActive()
    h.at(3.0)
    assert w.session_page.time_left.text() == "2:55 left"
    assert w.session_page.phase_label.text() == "Breathe out"


def test_escape_stops_and_logs_a_stopped_session(open_window: OpenWindow, qtbot: QtBot) -> None:
    h = open_window()
    h.at(30.0)
    with qtbot.waitSignal(h.window.session_finished, timeout=1000) as finished:
        h.key(Qt.Key.Key_Escape)
    result: BreathingSessionResult = finished.args[0]
    assert result == BreathingSessionResult(
        pattern_id="longer-exhale",
        pattern_name="Longer exhale",
        planned_seconds=180.0,
        actual_seconds=30.0,
        completed=False,
        started_at=START,
        ended_at=h.clock.now(),
        rating_before=None,
        rating_after=None,
    )
    assert h.window.state is State.SUMMARY
    assert h.window.summary.title.text() == "Stopped. Every slow breath counts."
    assert h.window.summary.detail.text() == "30 s of Longer exhale"
    assert not h.window.tick_timer.isActive()
    h.key(Qt.Key.Key_Escape)  # Esc on the summary closes the window
    assert not h.window.isVisible()


def test_a_completed_session_with_ratings_before_and_after(open_window: OpenWindow, qtbot: QtBot) -> None:
    h = open_window(BreathingSettings(pattern="box", length_unit="cycles", cycles=2, ask_stress_rating=True))
    w = h.window
    assert w.state is State.RATING_BEFORE
    assert w.pages.currentWidget() is w.rating
    assert QApplication.focusWidget() is w.rating.buttons[5]
    w.rating.buttons[7].setFocus()
    QtBot.keyClick(w.rating.buttons[7], Qt.Key.Key_Space)  # Space presses a button when not breathing
    assert w.state is State.RUNNING
    h.at(10.0)
    h.key(Qt.Key.Key_Space)
    h.at(100.0)  # a long pause in the middle
    h.key(Qt.Key.Key_Space)
    h.at(22.0)  # 10 + 22 = 32 s = two box cycles
    assert w.state is State.RATING_AFTER
    with qtbot.waitSignal(w.session_finished, timeout=1000) as finished:
        w.rating.buttons[4].click()
    result: BreathingSessionResult = finished.args[0]
    assert (result.pattern_id, result.completed) == ("box", True)
    assert (result.planned_seconds, result.actual_seconds) == (32.0, 32.0)
    assert (result.rating_before, result.rating_after) == (7, 4)
    assert (result.ended_at - result.started_at).total_seconds() == 132
    assert w.summary.change.text() == "Tension 7 → 4"
    assert w.summary.title.text() == "Well done."


def test_ratings_are_skippable(open_window: OpenWindow, qtbot: QtBot) -> None:
    h = open_window(BreathingSettings(ask_stress_rating=True, length_unit="cycles", cycles=1))
    h.window.rating.skip_button.click()
    h.at(10.0)
    with qtbot.waitSignal(h.window.session_finished, timeout=1000) as finished:
        h.key(Qt.Key.Key_Escape)  # Esc on the after-rating skips it
    assert (finished.args[0].rating_before, finished.args[0].rating_after) == (None, None)
    assert finished.args[0].completed
    assert h.window.summary.change.isHidden()


def test_a_false_start_is_not_logged(open_window: OpenWindow, qtbot: QtBot) -> None:
    h = open_window()
    h.at(2.0)
    with qtbot.assertNotEmitted(h.window.session_finished):
        h.key(Qt.Key.Key_Escape)
    assert h.window.state is State.SUMMARY


def test_closing_mid_session_logs_it_stopped_and_unrated(open_window: OpenWindow, qtbot: QtBot) -> None:
    h = open_window(BreathingSettings(ask_stress_rating=True))
    QtBot.keyClick(h.window.rating, Qt.Key.Key_6)  # a number key is one tap
    h.at(40.0)
    with qtbot.waitSignal(h.window.session_finished, timeout=1000) as finished:
        h.window.close()
    assert (finished.args[0].completed, finished.args[0].actual_seconds) == (False, 40.0)
    assert (finished.args[0].rating_before, finished.args[0].rating_after) == (6, None)
    assert not h.window.tick_timer.isActive()
    h.window.show_and_start()  # the app keeps the window and opens it again
    assert h.window.state is State.RATING_BEFORE


def test_a_second_click_does_not_restart_a_running_session(open_window: OpenWindow) -> None:
    h = open_window()
    h.at(20.0)
    h.window.show_and_start()
    assert h.window.session_page.time_left.text() == "2:40 left"


def test_changing_the_pattern_restarts_and_remembers_it(open_window: OpenWindow, qtbot: QtBot) -> None:
    h = open_window()
    w = h.window
    h.at(12.0)
    w.session_page.pattern_box.setCurrentIndex(w.session_page.pattern_box.findData("box"))
    with (
        qtbot.waitSignal(w.preferences_changed, timeout=1000) as changed,
        qtbot.waitSignal(w.session_finished, timeout=1000) as finished,
    ):
        w.session_page.pattern_box.activated.emit(w.session_page.pattern_box.currentIndex())
    assert changed.args[0] == replace(BreathingSettings(), pattern="box")
    assert (finished.args[0].pattern_id, finished.args[0].actual_seconds) == ("longer-exhale", 12.0)
    assert w.state is State.RUNNING
    assert (
        w.session_page.time_left.text() == "2:56 left"
    )  # 3 minutes of 16 s box cycles: the nearest whole is 11
    assert w.session_page.description.text().startswith("Four equal sides")
    w.session_page.length_box.setCurrentIndex(w.session_page.length_box.findText("A number of breaths"))
    with qtbot.waitSignal(w.preferences_changed, timeout=1000) as changed:
        w.session_page.length_box.activated.emit(w.session_page.length_box.currentIndex())
    assert (changed.args[0].length_unit, changed.args[0].cycles) == ("cycles", 10)
    assert w.session_page.cycles_box.isVisible()
    assert w.session_page.time_left.text() == "2:40 left"


def test_the_4_7_8_pattern_shows_its_caution(open_window: OpenWindow) -> None:
    h = open_window(BreathingSettings(pattern="4-7-8"))
    assert h.window.session_page.caution.isVisible()
    assert "light-headed" in h.window.session_page.caution.text()
    h.at(4.0)
    assert h.window.session_page.phase_label.text() == "Hold"


def test_the_sigh_names_its_second_inhale(open_window: OpenWindow) -> None:
    h = open_window(BreathingSettings(pattern="physiological-sigh"))
    assert h.window.session_page.phase_label.text() == "Breathe in"
    h.at(2.6)
    assert h.window.session_page.phase_label.text() == "In a little more"
    h.at(1.0)
    assert h.window.session_page.phase_label.text() == "Breathe out"


def test_the_custom_editor_refuses_out_of_range_values_with_a_message(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    h = open_window()
    w = h.window
    w.session_page.pattern_box.setCurrentIndex(w.session_page.pattern_box.findData("custom"))
    w.session_page.pattern_box.activated.emit(w.session_page.pattern_box.currentIndex())
    editor = w.custom_editor
    assert editor is not None and editor.isVisible()
    editor.spins["inhale"].setValue(14)
    assert editor.messages["inhale"].text() == "Use 2 to 10 seconds"
    assert editor.messages["inhale"].isVisible()
    assert not editor.use_button.isEnabled()
    editor.spins["inhale"].setValue(5)
    editor.spins["hold_in"].setValue(2)
    assert editor.messages["inhale"].isHidden()
    assert editor.use_button.isEnabled()
    with qtbot.waitSignal(w.preferences_changed, timeout=1000) as changed:
        editor.use_button.click()
    assert (changed.args[0].pattern, changed.args[0].custom_pattern) == ("custom", "5-2-6-0")
    assert w.current_pattern().spec == "5-2-6"
    h.at(5.5)
    assert w.session_page.phase_label.text() == "Hold"


def test_reduced_motion_keeps_the_pacer_still_and_ticks_once_a_second(open_window: OpenWindow) -> None:
    h = open_window(BreathingSettings(reduced_motion=True))
    sizes, waits = [], []
    for _ in range(4):
        h.at(1.3)
        sizes.append(h.window.session_page.pacer.drawn_size)
        waits.append(h.window.tick_timer.interval())
    assert len(set(sizes)) == 1
    # It wakes when the shown count drops (at 2.0, 3.0, 4.0 and 6.0 s), not 30 times a second.
    assert waits == pytest.approx([702, 402, 102, 802], abs=3)
    assert h.window.session_page.phase_label.text() == "Breathe out"


def test_cues_sound_and_speak_at_each_phase_change_only(open_window: OpenWindow) -> None:
    h = open_window(BreathingSettings(phase_sound=True, spoken_cues=True))
    for _ in range(30):  # many frames inside one inhale and one exhale
        h.at(0.3)
    assert h.speaker.said == ["Breathe in", "Breathe out"]
    assert h.chime.played == [TONES[PhaseKind.INHALE], TONES[PhaseKind.EXHALE]]


def test_without_cues_nothing_is_played(open_window: OpenWindow) -> None:
    h = open_window()
    h.at(5.0)
    assert (h.speaker.said, h.chime.played) == ([], [])


def test_missing_backends_are_explained_not_failed(open_window: OpenWindow) -> None:
    h = open_window(
        BreathingSettings(phase_sound=True, spoken_cues=True),
        chime=FakeChime(SoundProblem(SoundProblemKind.NO_DEVICE, "no card")),
        speaker=FakeSpeaker(SpeechProblem(SpeechProblemKind.NO_PROGRAM)),
    )
    h.window.session_page.options_button.click()
    options = h.window.findChildren(BreathingOptions)[0]
    assert not options.phase_sound.isEnabled()
    assert options.sound_note.text() == "No sound output could be opened, so there are no phase sounds."
    assert options.sound_note.toolTip() == "no card"
    assert not options.spoken_cues.isEnabled()
    assert options.speech_note.text().startswith("No speech program was found.")
    assert h.chime.checks == 1  # opening the options probes the sound output once


def test_options_are_saved_as_preferences(open_window: OpenWindow, qtbot: QtBot) -> None:
    h = open_window()
    h.window.session_page.options_button.click()
    options = h.window.findChildren(BreathingOptions)[0]
    with qtbot.waitSignal(h.window.preferences_changed, timeout=1000) as changed:
        options.reduced_motion.click()
    assert changed.args[0] == replace(BreathingSettings(), reduced_motion=True)
    h.at(1.0)
    assert h.window.tick_timer.interval() > FRAME_MS  # the still pacer needs no frames


def test_the_timer_runs_only_while_visible_and_running(open_window: OpenWindow) -> None:
    h = open_window()
    assert h.window.tick_timer.isActive()
    h.window.hide()
    assert not h.window.tick_timer.isActive()
    h.window.show()
    assert h.window.tick_timer.isActive()
    h.window.close()
    assert not h.window.tick_timer.isActive()


def test_every_control_is_keyboard_reachable_and_named(open_window: OpenWindow) -> None:
    h = open_window()
    w = h.window
    controls = [
        c for c in w.findChildren(QWidget) if isinstance(c, QAbstractButton | QComboBox) and c.isVisible()
    ]
    assert {c.accessibleName() for c in controls} >= {
        "Breathing pattern",
        "Session length",
        "Show options",
        "Pause (Space)",
        "Stop (Escape)",
    }
    for control in controls:
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()
        assert control.accessibleName(), control
    w.session_page.stop_button.setFocus()
    QtBot.keyClick(w.session_page.stop_button, Qt.Key.Key_Return)  # Enter presses the focused button
    assert w.state is State.SUMMARY


def _pacer_width(image: QImage) -> int:
    """How many pixels across the middle row are the pacer's colour (not the window background)."""
    y = image.height() // 2
    background = image.pixelColor(1, y)
    return sum(1 for x in range(image.width()) if _differs(image.pixelColor(x, y), background))


def _differs(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 60


def test_pixel_probe_the_pacer_is_larger_after_an_inhale_than_after_an_exhale(
    open_window: OpenWindow,
) -> None:
    h = open_window()
    h.at(3.95)  # end of the 4 s inhale
    QApplication.processEvents()
    full = _pacer_width(h.window.session_page.pacer.grab().toImage())
    h.at(6.0)  # end of the 6 s exhale (9.95 s)
    QApplication.processEvents()
    empty = _pacer_width(h.window.session_page.pacer.grab().toImage())
    assert full > 1.8 * empty > 0


def test_tab_walks_down_the_window_including_the_custom_editor(open_window: OpenWindow) -> None:
    h = open_window(BreathingSettings(pattern="custom"))
    w = h.window
    editor = w.custom_editor
    assert editor is not None and editor.isVisible()
    w.session_page.pattern_box.setFocus()
    seen = []
    for _ in range(10):
        seen.append(QApplication.focusWidget())
        QtBot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    spins = list(editor.spins.values())
    expected = [
        w.session_page.pattern_box,
        w.session_page.length_box,
        w.session_page.options_button,
        *spins,
        editor.use_button,
    ]
    assert seen[:10] == [*expected, w.session_page.pause_button, w.session_page.stop_button]


def test_the_real_backends_load_on_first_use_and_answer(qtbot: QtBot) -> None:
    cues = PhaseCues()
    for problem in (cues.sound_problem(), cues.speech_problem()):
        assert problem is None or problem.endswith(".")  # a sentence for the options, never an exception
    cues.phase_started(PhaseKind.INHALE, "Breathe in", sound=False, speech=False)
    cues.close()
