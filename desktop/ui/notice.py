"""A notice: something the app tells the user once (a file it could not read, an import done).

A non-modal message box that deletes itself when closed. Enter and Escape both close it; screen
readers get the words as its description too (the message box's name is only the app's name).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.ui.keyboard import show_focus
from desktop.ui.tray import app_icon


def notice(text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.setObjectName("notice")
    box.setWindowIcon(app_icon())
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and error texts are never markup
    # Keyboard users can select and copy a file name or an error for a bug report.
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    box.setAccessibleDescription(text)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    show_focus(box)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
