"""The tray's "another amount" water dialog: a number outside DRINK_ML is refused in words, never
silently replaced; Enter logs a valid amount, Escape cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.settings import DRINK_ML
from desktop.ui.water_amount import WaterAmountDialog


@pytest.fixture
def dialog(qtbot: QtBot) -> WaterAmountDialog:
    shown = WaterAmountDialog(250)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def type_amount(qtbot: QtBot, dialog: WaterAmountDialog, text: str) -> None:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)


def test_it_starts_with_the_glass_size_ready_to_log(dialog: WaterAmountDialog) -> None:
    assert dialog.field.text() == "250" and dialog.amount == 250
    assert dialog.log_button.isEnabled() and dialog.message.isHidden()
    assert dialog.field.accessibleName() == "Amount in ml"


def test_a_too_small_amount_is_refused_in_words_not_replaced(qtbot: QtBot, dialog: WaterAmountDialog) -> None:
    buttons_at = dialog.buttons.geometry()
    type_amount(qtbot, dialog, "5")
    assert not dialog.log_button.isEnabled()
    assert dialog.message.isVisible()
    assert dialog.message.text() == f"Type an amount between {DRINK_ML.low} and {DRINK_ML.high} ml."
    assert dialog.field.accessibleDescription() == dialog.message.text()
    with qtbot.assertNotEmitted(dialog.water_requested):
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.field.text() == "5"  # still what the user typed
    assert dialog.buttons.geometry() == buttons_at  # the message moved nothing


@pytest.mark.parametrize("text", ["", "2001", "99999"])
def test_empty_or_too_large_cannot_be_logged(qtbot: QtBot, dialog: WaterAmountDialog, text: str) -> None:
    type_amount(qtbot, dialog, text)
    assert not dialog.log_button.isEnabled() and dialog.message.isVisible() and dialog.amount is None


def test_enter_logs_a_valid_amount(qtbot: QtBot, dialog: WaterAmountDialog) -> None:
    type_amount(qtbot, dialog, "5")
    type_amount(qtbot, dialog, "330")
    assert dialog.log_button.isEnabled() and dialog.message.isHidden()
    with qtbot.waitSignal(dialog.water_requested, timeout=1000) as logged:
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert logged.args == [330]
    assert dialog.result() == WaterAmountDialog.DialogCode.Accepted and not dialog.isVisible()


def test_escape_cancels(qtbot: QtBot, dialog: WaterAmountDialog) -> None:
    with qtbot.assertNotEmitted(dialog.water_requested):
        QTest.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert dialog.result() == WaterAmountDialog.DialogCode.Rejected and not dialog.isVisible()


def test_it_fits_a_small_screen(dialog: WaterAmountDialog) -> None:
    QApplication.processEvents()
    frame = dialog.frameGeometry()
    assert frame.width() <= 1280 and frame.height() <= 720
