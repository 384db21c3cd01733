"""The small window shown when there is no system tray, so the app is never invisible.

It offers every entry of the tray menu, in the same order (a submenu becomes a button that opens
it), so both fronts always behave alike and nothing is reachable from one only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop.ui.fit import keep_fitted
from desktop.ui.keyboard import chain, enter_presses_buttons, show_focus
from desktop.ui.plain_text import plain_label
from desktop.ui.tray import TrayMenu, app_icon


class StatusWindow(QWidget):
    """The small window shown when there is no system tray: the status text and one button for each TrayMenu
    action, in the menu's order.
    """

    def __init__(self, menu: TrayMenu) -> None:
        super().__init__()
        self.setObjectName("status_window")
        self.setWindowTitle("Unclench")
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self.explanation = plain_label()
        self.explanation.setObjectName("status_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        layout.addWidget(self.explanation)
        self.status = plain_label()
        self.status.setObjectName("status_text")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = [
            self._button(action)
            for action in menu.menu.actions()
            if not action.isSeparator() and action is not menu.status
        ]
        for button in buttons:
            layout.addWidget(button)
        chain(buttons)  # top to bottom, as they are shown
        enter_presses_buttons(self)
        show_focus(self)
        keep_fitted(self)  # large fonts and longer languages need more room than the first size
        # Nothing is pressed by an Enter meant for another window: no button has the focus at first.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus()

    def show_state(self, text: str) -> None:
        self.status.setText(text)

    def explain(self, text: str) -> None:
        """Why this window is here (no tray was found), above the status."""
        self.explanation.setText(text)
        self.explanation.setVisible(bool(text))

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            button.setObjectName("status_" + submenu.objectName())
            button.setMenu(submenu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            _set_menu_text(button, action.text())
            action.changed.connect(
                lambda: _set_menu_text(button, action.text())
            )  # "Water today: 750 of 2000 ml"
        else:
            button.setObjectName("status_" + action.objectName())
            button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setVisible(action.isVisible())
        action.changed.connect(lambda: button.setVisible(action.isVisible()))  # Resume, End meeting mode
        return button


def _set_menu_text(button: QToolButton, text: str) -> None:
    """A button that opens a submenu: its size hint leaves out the arrow, so make room for it."""
    button.setText(text)
    arrow_and_padding = 4 * button.fontMetrics().height()
    button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + arrow_and_padding)
