"""A notice: something the app tells the user once (a file it could not read, an import done).

A problem the user must act on (a routine that cannot be imported, a log that cannot be written)
shows with the warning icon; news (an import done) with the information icon. A non-modal
message box that deletes itself when closed. Enter and Escape both close it; screen readers get
the words as its description too (the message box's name is only the app's name).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.ui.keyboard import show_focus
from desktop.ui.tray import app_icon


def notice(text: str, news: bool = False) -> QMessageBox:
    """A problem to act on (warning icon), or news when `news` (information icon)."""
    icon = QMessageBox.Icon.Information if news else QMessageBox.Icon.Warning
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok)
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


class Notices:
    """Owns the notices on screen: each is held until the user closes it (a parentless window
    nobody references is deleted at once), and a text already on screen is not shown twice, so a
    problem that repeats (a full disk, write after write) is one window, not hundreds."""

    def __init__(self) -> None:
        self._open: dict[str, QMessageBox] = {}

    def tell(self, text: str) -> None:
        """Tell the user of a problem once, without blocking the app (the warning icon)."""
        self._show(text, news=False)

    def inform(self, text: str) -> None:
        """Give the user good news once, without blocking the app (the information icon)."""
        self._show(text, news=True)

    def _show(self, text: str, news: bool) -> None:
        if text in self._open:
            self._open[text].raise_()
            return
        box = notice(text, news)
        self._open[text] = box
        box.destroyed.connect(lambda *_: self._open.pop(text, None))
        box.show()

    def close_all(self) -> None:
        for box in list(self._open.values()):
            box.close()
        self._open.clear()
