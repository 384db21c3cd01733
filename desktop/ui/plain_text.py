"""Showing text that came from the user or from a file exactly as written.

A QLabel guesses "rich text" from anything that looks like a tag, so a routine named
"<b>x</b>" would turn bold and `<img src=...>` would load a local picture; a menu entry takes "&"
as a shortcut marker and drops it. Widgets showing routine, move or pattern names, instructions,
file names or notices use these instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop import APP_NAME


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` (and anything set later) literally, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    """Make existing labels show their text literally from now on."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def menu_text(text: str) -> str:
    """`text` for a menu entry or button, its "&" shown instead of taken as a shortcut marker."""
    return text.replace("&", "&&")


def plain_question(text: str) -> bool:
    """Ask Yes or No with `text` shown as it is (never markup); No is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def plain_error(text: str) -> None:
    """Show an error with `text` as it is (an error message may hold any file name)."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
