"""A window that follows another (the tension check-in after a routine) opens beside it, never over it;
values over bars keep clear of the goal line; the two 0–10 ratings are one widget in one wording."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.breathing_rating import StressRating
from desktop.ui.placement import GAP, beside
from desktop.ui.stats_bar_chart import clear_of_line
from desktop.ui.tension_checkin import TensionCheckin

SCREEN = QRect(0, 0, 1366, 720)
SIZE = QSize(620, 300)


def test_it_goes_to_the_right_then_the_left_then_under() -> None:
    assert beside(SIZE, QRect(100, 100, 480, 620), SCREEN) == QPoint(580 + GAP, 100)
    right_edge = QRect(800, 100, 480, 620)  # no room on the right
    assert beside(SIZE, right_edge, SCREEN) == QPoint(800 - GAP - 620, 100)
    wide = QRect(300, 20, 900, 300)  # no room either side: under it
    assert beside(SIZE, wide, SCREEN) == QPoint(300, 320 + GAP)


def test_with_no_free_side_it_covers_as_little_as_it_can() -> None:
    big = QRect(200, 100, 1000, 560)
    corner = beside(SIZE, big, SCREEN)
    assert SCREEN.contains(QRect(corner, SIZE))
    # A corner of the screen: the least of the window it follows is hidden.
    assert corner.x() in (0, 1366 - 620) and corner.y() in (0, 720 - 300)


def test_the_checkin_opens_beside_the_routine_it_follows(qtbot: QtBot) -> None:
    followed = QWidget()
    qtbot.addWidget(followed)
    followed.setGeometry(700, 80, 480, 600)  # where the routine's last page sat, bottom-right-ish
    followed.show()
    checkin = TensionCheckin("routine")
    qtbot.addWidget(checkin)
    checkin.present(activate=False, follows=followed)
    qtbot.waitExposed(checkin)
    assert not checkin.frameGeometry().intersects(followed.frameGeometry())
    free = checkin.screen().availableGeometry()
    assert free.contains(checkin.frameGeometry())


def test_a_value_label_is_moved_off_the_goal_line() -> None:
    label = QRectF(10, 95, 30, 14)  # the line at y=100 would run through it
    moved = clear_of_line(label, 100.0)
    assert moved.bottom() <= 100 - 3 and moved.height() == label.height() and moved.x() == label.x()
    far = QRectF(10, 40, 30, 14)
    assert clear_of_line(far, 100.0) == far


def test_the_breathing_rating_and_the_checkin_share_one_scale(qtbot: QtBot) -> None:
    rating, checkin = StressRating(), TensionCheckin()
    qtbot.addWidget(rating)
    qtbot.addWidget(checkin)
    assert type(rating.scale) is type(checkin.scale)
    names = [b.accessibleName() for b in rating.buttons]
    assert names == [b.accessibleName() for b in checkin.level_buttons]
    assert names[0] == "Tension 0 of 10" and len(names) == 11
    assert checkin.scale.hint.text().startswith(rating.scale.hint.text())
    assert rating.buttons[3].palette().button().color() == checkin.level_buttons[3].palette().button().color()
