"""The tray icon and its menu. It only shows state and emits intents; app.py wires them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.engine import PauseRequest
from desktop.resources import resource_path

GLASS_ML = 250


def app_icon(state: str = "") -> QIcon:
    name = f"unclench-{state}.svg" if state else "unclench.svg"
    return QIcon(str(resource_path("icons", name)))


class TrayMenu(QObject):
    """The actions every front (tray menu, no-tray status window) offers."""

    stretch_requested = Signal()
    water_requested = Signal(int)  # millilitres
    pause_requested = Signal(object)  # PauseRequest
    resume_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.status = self._action("status", "")
        self.status.setEnabled(False)
        self.menu.addSeparator()
        self.stretch_now = self._action("stretch_now", self.tr("Take a stretch break now"), self.stretch_requested)
        self.log_water = self._action("log_water", self.tr("Log a glass of water (250 ml)"))
        self.log_water.triggered.connect(lambda: self.water_requested.emit(GLASS_ML))
        self.menu.addSeparator()
        self.pause_menu = self.menu.addMenu(self.tr("Pause"))
        self.pause_menu.setObjectName("pause_menu")
        self.pause_actions = [
            self._pause_action("pause_30m", self.tr("For 30 minutes"), PauseRequest(minutes=30)),
            self._pause_action("pause_1h", self.tr("For 1 hour"), PauseRequest(minutes=60)),
            self._pause_action("pause_2h", self.tr("For 2 hours"), PauseRequest(minutes=120)),
            self._pause_action("pause_tomorrow", self.tr("Until tomorrow"), PauseRequest(until_tomorrow=True)),
            self._pause_action("pause_indefinitely", self.tr("Until I resume"), PauseRequest()),
        ]
        self.resume = self._action("resume", self.tr("Resume"), self.resume_requested)
        self.menu.addSeparator()
        self.settings = self._action("settings", self.tr("Settings…"), self.settings_requested)
        self.quit = self._action("quit", self.tr("Quit Unclench"), self.quit_requested)
        self.show_state("", paused=False)

    def show_state(self, text: str, paused: bool) -> None:
        self.status.setText(text)
        self.resume.setEnabled(paused)
        self.resume.setVisible(paused)
        for action in self.pause_actions:
            action.setEnabled(not paused)

    def _action(self, name: str, text: str, signal: Signal | None = None, menu: QMenu | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if signal is not None:
            action.triggered.connect(signal.emit)
        (menu or self.menu).addAction(action)
        return action

    def _pause_action(self, name: str, text: str, request: PauseRequest) -> QAction:
        action = self._action(name, text, menu=self.pause_menu)
        action.triggered.connect(lambda: self.pause_requested.emit(request))
        return action


class Tray(QObject):
    """The icon in the system tray; its look says active / paused / reminder waiting."""

    def __init__(self, menu: TrayMenu) -> None:
        super().__init__()
        self._icons = {state: app_icon(state) for state in ("", "paused", "waiting")}
        self.icon = QSystemTrayIcon(self._icons[""])
        self.icon.setContextMenu(menu.menu)
        self.icon.setToolTip("Unclench")

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def show_state(self, text: str, paused: bool, waiting: bool) -> None:
        state = "waiting" if waiting else "paused" if paused else ""
        self.icon.setIcon(self._icons[state])
        self.icon.setToolTip(f"Unclench — {text}")
