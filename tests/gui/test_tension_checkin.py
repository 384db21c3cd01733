"""The one-tap tension check-in: rating, optional region, skipping without friction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.tension import TensionRating, TensionSkipped
from desktop.ui.tension_checkin import TensionCheckin


def make(qtbot: QtBot, after: str | None = "stretch") -> TensionCheckin:
    checkin = TensionCheckin(after)
    checkin.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # keep it inspectable after closing
    qtbot.addWidget(checkin)
    checkin.present(activate=True)
    qtbot.waitExposed(checkin)
    return checkin


def test_one_tap_on_a_number_answers_and_closes(qtbot: QtBot) -> None:
    checkin = make(qtbot)
    with qtbot.waitSignal(checkin.tension_rated) as rated, qtbot.assertNotEmitted(checkin.skipped):
        qtbot.mouseClick(checkin.level_buttons[7], Qt.MouseButton.LeftButton)
    assert rated.args == [TensionRating(7, None, "stretch")]
    assert not checkin.isVisible()


def test_a_region_picked_first_goes_with_the_rating(qtbot: QtBot) -> None:
    checkin = make(qtbot, after=None)
    qtbot.mouseClick(checkin.region_buttons["neck"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(checkin.region_buttons["lower back"], Qt.MouseButton.LeftButton)
    assert checkin.region == "lower back" and not checkin.region_buttons["neck"].isChecked()
    with qtbot.waitSignal(checkin.tension_rated) as rated:
        qtbot.mouseClick(checkin.level_buttons[0], Qt.MouseButton.LeftButton)
    assert rated.args == [TensionRating(0, "lower back", None)]


def test_a_second_tap_on_the_region_clears_it(qtbot: QtBot) -> None:
    checkin = make(qtbot)
    qtbot.mouseClick(checkin.region_buttons["jaw"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(checkin.region_buttons["jaw"], Qt.MouseButton.LeftButton)
    assert checkin.region is None


def test_not_now_skips(qtbot: QtBot) -> None:
    checkin = make(qtbot, after="breathing")
    with qtbot.waitSignal(checkin.skipped) as skipped, qtbot.assertNotEmitted(checkin.tension_rated):
        qtbot.mouseClick(checkin.skip_button, Qt.MouseButton.LeftButton)
    assert skipped.args == [TensionSkipped("breathing")]
    assert not checkin.isVisible()


def test_escape_and_closing_the_window_skip(qtbot: QtBot) -> None:
    checkin = make(qtbot)
    with qtbot.waitSignal(checkin.skipped):
        qtbot.keyClick(checkin, Qt.Key.Key_Escape)
    other = make(qtbot)
    with qtbot.waitSignal(other.skipped):
        other.close()


def test_number_keys_rate(qtbot: QtBot) -> None:
    checkin = make(qtbot)
    with qtbot.waitSignal(checkin.tension_rated) as rated:
        qtbot.keyClicks(checkin, "4")
    assert rated.args[0].level == 4


def test_it_answers_exactly_once(qtbot: QtBot) -> None:
    checkin = make(qtbot)
    answers: list[object] = []
    checkin.tension_rated.connect(answers.append)
    checkin.skipped.connect(answers.append)
    checkin.rate(2)
    checkin.rate(9)
    checkin.skip()
    checkin.close()
    assert answers == [TensionRating(2, None, "stretch")]


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot: QtBot) -> None:
    checkin = make(qtbot)
    assert "neck, shoulders and back" in checkin.accessibleName()
    assert [b.accessibleName() for b in checkin.level_buttons][::5] == [
        "Tension 0 of 10",
        "Tension 5 of 10",
        "Tension 10 of 10",
    ]
    assert checkin.region_buttons["upper back"].accessibleName() == "Mostly in the upper back"
    assert checkin.skip_button.accessibleName() == "Skip the check-in"


def test_offered_after_a_break_it_does_not_take_the_keyboard(qtbot: QtBot) -> None:
    checkin = TensionCheckin("stretch")
    qtbot.addWidget(checkin)
    checkin.present(activate=False)
    assert checkin.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_embedded_in_another_window_it_stays_put_after_answering(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    checkin = TensionCheckin("routine", parent=host)
    host.show()
    with qtbot.waitSignal(checkin.tension_rated):
        checkin.rate(5)
    assert checkin.isVisible() and checkin.answered
