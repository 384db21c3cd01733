"""The composition root: builds every object and wires their signals. It owns nothing else."""

from __future__ import annotations

import signal
import socket
import sys
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from desktop import APP_NAME, __version__
from desktop.core.clock import Clock, SystemClock, local_day
from desktop.core.events import Event, Kind
from desktop.core.policy import Prompt, ReminderPolicy, Upcoming
from desktop.core.settings import Settings
from desktop.engine import ReminderEngine
from desktop.scheduling import GuiThreadScheduler
from desktop.storage.eventlog import EventLog, StorageError
from desktop.storage.paths import AppPaths
from desktop.storage.settings_file import load_settings, save_settings
from desktop.ui.reminder_popup import PromptAnswer, PromptView, ReminderPopup
from desktop.ui.tray import Tray, TrayMenu, app_icon
from desktop.ui.wording import describe

# At login the panel may come up after us: keep looking for a tray this long before giving up.
TRAY_WAIT_MS = 30_000
TRAY_RETRY_MS = 2_000


class UnclenchApp(QObject):
    def __init__(self, qt_app: QApplication, paths: AppPaths, clock: Clock | None = None) -> None:
        super().__init__()
        self._qt_app = qt_app
        self._paths = paths
        self._clock = clock or SystemClock()
        self._notices: list[str] = []

        loaded = load_settings(paths.settings_file)
        self._settings = loaded.settings
        self._notices += loaded.notices
        if loaded.notices:
            # The user's file is kept aside; writing the settings in use now means they hear it once.
            self._notices += self._save_settings()
        self._log, log_notices = EventLog.open(paths.database)
        self._notices += log_notices

        self.engine = ReminderEngine(ReminderPolicy(self._settings, self._clock), GuiThreadScheduler())
        self.menu = TrayMenu(self)
        self.tray = Tray(self.menu)
        self._popup: ReminderPopup | None = None
        self._settings_dialog: Any = None
        self._status_window: Any = None
        self._tray_waited_ms = 0
        self._wire()

    # ---- start and stop -------------------------------------------------------------------

    def start(self) -> None:
        self.engine.start()
        self._show_front()
        if self._notices:
            self._tell("\n\n".join(self._notices))

    def shutdown(self) -> None:
        self.engine.stop()
        self.tray.hide()
        self._log.close()

    # ---- wiring ---------------------------------------------------------------------------

    def _wire(self) -> None:
        engine, menu = self.engine, self.menu
        engine.status_changed.connect(self._show_status)
        engine.prompt_due.connect(self._show_prompt)
        engine.prompt_closed.connect(self._close_prompt)
        engine.events_happened.connect(self._record)
        engine.day_changed.connect(lambda: self._show_status(engine.upcoming()))
        menu.stretch_requested.connect(lambda: engine.show_now(Kind.STRETCH))
        menu.water_requested.connect(engine.record_drink)
        menu.pause_requested.connect(engine.pause)
        menu.resume_requested.connect(engine.resume)
        menu.settings_requested.connect(self.open_settings)
        menu.quit_requested.connect(self._qt_app.quit)
        # Refresh "in 12 min" whenever the user opens the menu, instead of ticking every second.
        menu.menu.aboutToShow.connect(lambda: self._show_status(engine.upcoming()))

    def _show_status(self, upcoming: Upcoming) -> None:
        text = describe(upcoming, self._clock.now(), self._clock.local_zone())
        self.menu.show_state(text, paused=upcoming.paused)
        self.tray.show_state(text, paused=upcoming.paused, waiting=upcoming.waiting is not None)
        if self._status_window is not None:
            self._status_window.show_state(text)

    def _show_prompt(self, prompt: Prompt) -> None:
        if self._popup is None:
            self._popup = ReminderPopup()
            self._popup.answered.connect(self._answered)
        kind_settings = self._settings.for_kind(prompt.primary)
        view = PromptView(
            prompt=prompt,
            checklist=self._posture_checklist(),
            moves=self._stretch_moves(),
            water_today_ml=self._water_today(),
            snooze_minutes=kind_settings.snooze_minutes,
        )
        near = self.tray.icon.geometry() if self.tray.icon.isVisible() else None
        self._popup.present(view, near)

    def _answered(self, answer: PromptAnswer) -> None:
        self.engine.answer(answer.outcome, answer.details)

    def _close_prompt(self, prompt: Prompt) -> None:
        if self._popup is not None and self._popup.view is not None and self._popup.view.prompt is prompt:
            self._popup.hide()

    def _record(self, events: tuple[Event, ...]) -> None:
        try:
            for event in events:
                self._log.record(event)
        except StorageError as error:
            self._tell(self.tr("Unclench could not write to its log: {0}").format(error))

    def _water_today(self) -> int:
        try:
            return self._log.water_total_ml(local_day(self._clock.now(), self._clock.local_zone()))
        except StorageError:
            return 0

    def _posture_checklist(self) -> tuple[str, ...]:
        from desktop.content import posture_checklist

        return posture_checklist()

    def _stretch_moves(self) -> tuple[tuple[str, int], ...]:
        from desktop.content import micro_break_moves

        return micro_break_moves()

    # ---- settings ---------------------------------------------------------------------------

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self._settings)
            self._settings_dialog.settings_changed.connect(self.apply_settings)
            self._settings_dialog.finished.connect(self._forget_settings_dialog)
        self._settings_dialog.show()
        self._settings_dialog.raise_()
        self._settings_dialog.activateWindow()

    def _forget_settings_dialog(self) -> None:
        self._settings_dialog.deleteLater()
        self._settings_dialog = None

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.engine.apply_settings(settings)
        for problem in self._save_settings():
            self._tell(problem)

    def _save_settings(self) -> list[str]:
        try:
            save_settings(self._paths.settings_file, self._settings)
        except StorageError as error:
            return [self.tr("Your settings apply now but could not be saved: {0}").format(error)]
        return []

    # ---- tray or no tray ----------------------------------------------------------------------

    def _show_front(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
            self._show_status(self.engine.upcoming())
        elif self._tray_waited_ms >= TRAY_WAIT_MS:
            self._show_status_window()
        else:
            self._tray_waited_ms += TRAY_RETRY_MS
            QTimer.singleShot(TRAY_RETRY_MS, self._show_front)

    def _show_status_window(self) -> None:
        from desktop.ui.status_window import StatusWindow

        self._status_window = StatusWindow(self.menu)
        self._show_status(self.engine.upcoming())
        self._status_window.show()
        self._tell(
            self.tr(
                "No system tray was found, so Unclench shows this small window instead. "
                "On GNOME, the AppIndicator extension adds a tray."
            )
        )

    def _tell(self, text: str) -> None:
        """Say something to the user once, without blocking the app."""
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok)
        box.setObjectName("notice")
        box.setWindowIcon(app_icon())
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()


def _quit_on_sigterm(qt_app: QApplication) -> QSocketNotifier:
    """Let SIGTERM/SIGINT end the Qt event loop cleanly (a Python handler alone would never run
    while Qt waits in C++): the signal writes a byte to a socket the event loop watches."""
    reader, writer = socket.socketpair()
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, qt_app)

    def drain() -> None:
        reader.recv(64)
        qt_app.quit()

    notifier.activated.connect(drain)
    notifier.sockets = (reader, writer)  # type: ignore[attr-defined]  # they must live as long as it
    return notifier


def run(argv: list[str] | None = None) -> int:
    qt_app = QApplication(argv if argv is not None else sys.argv)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("io.github.unclench.Unclench")
    qt_app.setQuitOnLastWindowClosed(False)
    qt_app.setWindowIcon(app_icon())
    signal_watch = _quit_on_sigterm(qt_app)
    paths = AppPaths.for_user()
    paths.ensure()
    app = UnclenchApp(qt_app, paths)
    app.start()
    code = qt_app.exec()
    app.shutdown()
    signal_watch.setEnabled(False)
    return code
