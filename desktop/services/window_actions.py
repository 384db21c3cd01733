"""The app's own windows that are not a session: settings, the safety page, the status window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.services.settings_owner import SettingsOwner
from desktop.services.sync_service import SyncService
from desktop.services.timing_sources import TimingSources
from desktop.ui.tray import Tray, TrayMenu
from desktop.ui.window_registry import WindowRegistry

# A panel that starts with the session registers its tray within a moment of us.
NO_TRAY_GRACE_MS = 3_000


class WindowActions(QObject):
    """Opens (or raises) the settings dialog, the safety page and the status window, and applies
    the start-at-login choice. Owns nothing but what it opened, through the window registry.

    Signals: `problem(str)` a sentence for the user.
    """

    problem = Signal(str)

    def __init__(
        self,
        windows: WindowRegistry,
        settings: SettingsOwner,
        timing: TimingSources,
        menu: TrayMenu,
        sync: SyncService | None = None,
    ) -> None:
        super().__init__()
        self._sync = sync
        self._windows = windows
        self._settings = settings
        self._timing = timing
        self._menu = menu
        self._no_tray = QTimer(self)
        self._no_tray.setSingleShot(True)

    def open_settings(self) -> None:
        from desktop.platform.autostart import autostart_for_platform
        from desktop.ui.settings_dialog import DesktopFacts, SettingsDialog

        dialog = self._windows.get("settings")
        if dialog is None:
            autostart = autostart_for_platform()
            facts = DesktopFacts(
                sources=tuple(self._timing.names()),
                autostart_supported=autostart.supported,
                autostart_enabled=autostart.is_enabled(),  # the real state, not a remembered one
                autostart_name=autostart.name,
                running_apps=_running_apps(),
            )
            dialog = SettingsDialog(self._settings.settings, facts, locked=self._settings.admin.locked)
            dialog.settings_changed.connect(self._settings.apply)
            dialog.autostart_requested.connect(self._set_autostart)
            dialog.safety_page_requested.connect(self.open_safety_page)
            dialog.doctor_requested.connect(self.open_doctor_page)
            if self._sync is not None:
                page = dialog.sync_page
                page.join_requested.connect(self._sync.join)
                page.leave_requested.connect(self._sync.leave)
                self._sync.updated.connect(page.show_view)
                page.show_view(self._sync.view)
                self._sync.request_status()
        self._windows.show("settings", dialog)

    def open_doctor_page(self) -> None:
        """What every detector sees now (`unclench doctor`), asked afresh each time it opens."""
        from desktop.core.doctor import doctor_text
        from desktop.services.doctor_checks import default_checks, gather
        from desktop.ui.doctor_page import DoctorPage

        old = self._windows.get("doctor")
        if old is not None:
            old.close()
        self._windows.show("doctor", DoctorPage(doctor_text(gather(default_checks()))))

    def open_safety_page(self) -> None:
        from desktop.ui.safety_page import SafetyPage

        self._windows.show("safety", self._windows.get("safety") or SafetyPage())

    def open_why_page(self, topic: str | None = None) -> None:
        """The "Why this helps" page, at `topic` (an evidence topic id) when one is given."""
        from desktop.core.evidence import EvidenceFileError, load_notes
        from desktop.services.content_translation import translated_notes
        from desktop.ui.why_page import WhyPage

        page = self._windows.get("why")
        if page is not None:
            if topic is not None:
                page.show_topic(topic)  # type: ignore[attr-defined]
            self._windows.show("why", page)
            return
        try:
            notes = translated_notes(load_notes())
        except EvidenceFileError as error:
            self.problem.emit(self.tr("The notes on why this helps could not be read: {0}").format(error))
            return
        page = WhyPage(notes, topic=topic)
        page.safety_requested.connect(self.open_safety_page)
        self._windows.show("why", page)

    def show_status_window(self, text: str, explanation: str = "") -> None:
        from desktop.ui.status_window import StatusWindow

        window = self._windows.get("status") or StatusWindow(self._menu)
        self._windows.show("status", window)
        window.show_state(text)  # type: ignore[attr-defined]
        if explanation:
            window.explain(explanation)  # type: ignore[attr-defined]

    def show_tray_or_window(self, tray: Tray, text: Callable[[], str]) -> None:
        """The tray icon if the desktop has a tray; else, after a moment, the status window (saying
        why), while the tray is still looked for: at login the panel may come up after us. Qt embeds
        the icon if a tray turns up later."""
        tray.show()
        if QSystemTrayIcon.isSystemTrayAvailable():
            return
        explanation = self.tr(
            "No system tray was found, so Unclench shows this small window instead. "
            "On GNOME, the AppIndicator extension adds a tray."
        )
        self._no_tray.timeout.connect(lambda: self._no_tray_found(text(), explanation))
        self._no_tray.start(NO_TRAY_GRACE_MS)

    def close(self) -> None:
        self._no_tray.stop()

    def _no_tray_found(self, text: str, explanation: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.show_status_window(text, explanation)

    def show_state(self, text: str) -> None:
        """The status window (when open) says what the tray says."""
        window = self._windows.get("status")
        if window is not None:
            window.show_state(text)  # type: ignore[attr-defined]

    def _set_autostart(self, enabled: bool) -> None:
        from desktop.platform.autostart import AutostartError, autostart_for_platform

        autostart = autostart_for_platform()
        try:
            autostart.enable() if enabled else autostart.disable()
        except AutostartError as error:
            self.problem.emit(self.tr("Start at login could not be changed: {0}").format(error))


def _running_apps() -> tuple[tuple[str, str], ...]:
    """(process name, name shown) of this user's programs, for the settings' app rules."""
    from desktop.platform.apps import application_dirs, desktop_entry_names, running_apps

    return tuple(
        (app.name, app.display_name) for app in running_apps(entries=desktop_entry_names(application_dirs()))
    )
