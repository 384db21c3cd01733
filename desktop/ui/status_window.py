"""The small window shown when there is no system tray, so the app is never invisible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.ui.fit import keep_fitted
from desktop.ui.keyboard import chain, enter_presses_buttons, show_focus
from desktop.ui.tray import TrayMenu, app_icon


class StatusWindow(QWidget):
    def __init__(self, menu: TrayMenu) -> None:
        super().__init__()
        self.setObjectName("status_window")
        self.setWindowTitle("Unclench")
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self.status = QLabel()
        self.status.setObjectName("status_text")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # The same actions as the tray menu, so both fronts always behave alike.
        buttons = [
            self._button(action.objectName(), action)
            for action in (menu.stretch_now, menu.log_water, menu.resume, menu.settings, menu.quit)
        ]
        for button in buttons:
            layout.addWidget(button)
        pause = QToolButton()
        pause.setObjectName("status_pause")
        pause.setText(menu.pause_menu.title())
        pause.setMenu(menu.pause_menu)
        pause.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        pause.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        pause.setSizePolicy(
            pause.sizePolicy().horizontalPolicy().Expanding, pause.sizePolicy().verticalPolicy()
        )
        layout.insertWidget(3, pause)
        buttons.insert(2, pause)
        chain(buttons)  # top to bottom, as they are shown (Pause was made last)
        enter_presses_buttons(self)
        show_focus(self)
        keep_fitted(self)  # large fonts and longer languages need more room than the first size

    def show_state(self, text: str) -> None:
        self.status.setText(text)

    def _button(self, name: str, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setObjectName("status_" + name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(
            button.sizePolicy().horizontalPolicy().Expanding, button.sizePolicy().verticalPolicy()
        )
        return button
