"""The composition root: builds every object and wires their signals. It owns nothing else."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QSystemTrayIcon, QWidget

from desktop import APP_NAME
from desktop.core.clock import Clock, SystemClock, local_day
from desktop.core.events import Event, Kind, Outcome
from desktop.core.policy import Prompt, ReminderPolicy, Upcoming
from desktop.core.settings import Settings
from desktop.resources import resource_path
from desktop.services.breathing_actions import BreathingActions
from desktop.services.engine import ReminderEngine
from desktop.services.routine_actions import RoutineActions
from desktop.services.scheduling import GuiThreadScheduler
from desktop.services.timing_sources import TimingSources
from desktop.services.water import WaterTracker
from desktop.storage.eventlog import EventLog, StorageError
from desktop.storage.paths import AppPaths
from desktop.storage.settings_file import load_settings, save_settings
from desktop.ui.reminder_popup import PromptAnswer, PromptView, ReminderPopup
from desktop.ui.tray import Tray, TrayMenu
from desktop.ui.window_registry import WindowRegistry
from desktop.ui.wording import describe

if TYPE_CHECKING:
    from desktop.platform.sound import Chime
    from desktop.services.content import Content
    from desktop.services.stats_controller import StatsController
    from desktop.ui.reminder_notification import ReminderNotification

# At login the panel may come up after us: keep looking for a tray this long before giving up.
TRAY_WAIT_MS = 30_000
TRAY_RETRY_MS = 2_000
REMINDER_TONE_HZ = 523.25  # a soft C5: noticeable, not alarming


class UnclenchApp(QObject):
    def __init__(
        self, qt_app: QApplication, paths: AppPaths, clock: Clock | None = None, tray: Tray | None = None
    ) -> None:
        super().__init__()
        self._qt_app = qt_app
        self._paths = paths
        self._clock = clock or SystemClock()
        self._notices: list[str] = []

        self._first_run = not paths.settings_file.exists()
        loaded = load_settings(paths.settings_file)
        self._settings = loaded.settings
        self._notices += loaded.notices
        if loaded.notices or self._first_run:
            # A bad file is kept aside; writing the settings in use means the user hears of it once.
            self._notices += self._save_settings()
        # A hand edit while the app runs applies at once, and is not overwritten by the next save.
        # Watching the folder too: editors that save by renaming or by truncating and writing make
        # the file vanish or go empty for a moment, so reading waits until the writing has settled.
        self._settings_watch = QFileSystemWatcher([str(paths.settings_file), str(paths.config_dir)])
        self._settings_settle = QTimer(self)
        self._settings_settle.setSingleShot(True)
        self._settings_settle.setInterval(300)
        self._settings_settle.timeout.connect(self._settings_file_changed)
        self._settings_watch.fileChanged.connect(lambda _path: self._settings_settle.start())
        self._settings_watch.directoryChanged.connect(lambda _path: self._settings_settle.start())
        self._log, log_notices = EventLog.open(paths.database)
        self._notices += log_notices

        self.engine = ReminderEngine(
            ReminderPolicy(self._settings, self._clock),
            GuiThreadScheduler(),
            busy=lambda: self.timing.busy_reason() if self.timing else None,
            idle_seconds=lambda: self.timing.idle_seconds() if self.timing else None,
        )
        self.timing: TimingSources | None = None
        self._content: Content | None = None
        self.water = WaterTracker(self._log)
        self._stats: StatsController | None = None
        # The tray may be up already: launch.py shows it before the heavier parts are imported.
        self.tray = tray or Tray(TrayMenu())
        self.menu = self.tray.menu
        self._popup: ReminderPopup | None = None
        self._reminder_notification: ReminderNotification | None = None
        self._sound: Chime | None = None
        self._windows = WindowRegistry()
        self._open_notices: list[QWidget] = []
        self.routines = RoutineActions(lambda: self.content, self._windows, self.engine, self._clock)
        self.breathing = BreathingActions(
            self._windows,
            self.engine,
            self._clock,
            paths.config_dir / "breathing",
            lambda: self._settings.breathing,
        )
        self._posture_shown = 0
        self._tray_waited_ms = 0
        self._wire()

    # ---- parts made on first use (start-up stays small) ------------------------------------

    @property
    def content(self) -> Content:
        if self._content is None:
            from desktop.services.content import Content

            self._content = Content(self._paths.config_dir / "routines")
        return self._content

    @property
    def stats(self) -> StatsController:
        if self._stats is None:
            from desktop.services.stats_controller import StatsController

            self._stats = StatsController(self._log, self._clock, lambda: self._settings)
            self._stats.problem.connect(self._tell)
        return self._stats

    # ---- start and stop -------------------------------------------------------------------

    def start(self) -> None:
        self.timing = TimingSources(self.engine, self._clock)
        self.timing.start()
        self.engine.start()
        self._show_front()
        self._show_water()
        if self._notices:
            self._tell("\n\n".join(self._notices))
        if self._first_run:
            self.open_safety_page()

    def shutdown(self) -> None:
        if self.timing is not None:
            self.timing.stop()
        if self._reminder_notification is not None:
            self._reminder_notification.close()
        if self._sound is not None:
            self._sound.close()
        self.engine.stop()
        self.tray.hide()
        stats = [self._stats.window, self._stats.checkin] if self._stats else []
        for window in [*self._windows.values(), self._popup, *stats, *self._open_notices]:
            if window is not None:
                window.close()
                window.deleteLater()
        self._log.close()

    # ---- wiring ---------------------------------------------------------------------------

    def _wire(self) -> None:
        engine, menu = self.engine, self.menu
        engine.status_changed.connect(self._show_status)
        engine.prompt_due.connect(self._show_prompt)
        engine.prompt_due_quietly.connect(lambda prompt: self._show_prompt(prompt, quiet=True))
        engine.prompt_closed.connect(self._close_prompt)
        engine.events_happened.connect(self._record)
        engine.day_changed.connect(self._show_water)
        menu.breathe_requested.connect(lambda: self.breathing.open())
        self.tray.activated.connect(lambda: self.breathing.open())
        self.breathing.recorded.connect(self._record)
        self.breathing.preferences_changed.connect(
            lambda chosen: self.apply_settings(replace(self._settings, breathing=chosen))
        )
        menu.stretch_requested.connect(lambda: engine.show_now(Kind.STRETCH))
        menu.routine_requested.connect(self.routines.open_or_tell)
        menu.set_routine_source(lambda: [(r.id, r.name, r.user) for r in self.content.library.routines])
        menu.remove_routine_requested.connect(self.routines.remove)
        menu.import_routine_requested.connect(self.routines.import_file)
        self.routines.recorded.connect(self._record)
        self.routines.problem.connect(self._tell)
        self.routines.safety_page_requested.connect(self.open_safety_page)
        menu.water_requested.connect(engine.record_drink)
        menu.custom_water_requested.connect(self._ask_water_amount)
        menu.undo_water_requested.connect(self._undo_water)
        menu.pause_requested.connect(engine.pause)
        menu.resume_requested.connect(engine.resume)
        menu.meeting_requested.connect(engine.start_meeting)
        menu.end_meeting_requested.connect(engine.end_meeting)
        engine.meeting_changed.connect(lambda _: self._show_status(engine.upcoming()))
        menu.safety_requested.connect(self.open_safety_page)
        menu.statistics_requested.connect(lambda: self.stats.open_window())
        menu.checkin_requested.connect(lambda: self.stats.open_checkin(None))
        menu.settings_requested.connect(self.open_settings)
        menu.quit_requested.connect(self._qt_app.quit)
        # Refresh "in 12 min" whenever the user opens the menu, instead of ticking every second.
        menu.menu.aboutToShow.connect(lambda: self._show_status(engine.upcoming()))

    def _show_status(self, upcoming: Upcoming) -> None:
        meeting = self.engine.meeting_until
        text = describe(upcoming, self._clock.now(), self._clock.local_zone(), meeting)
        self.menu.show_state(text, paused=upcoming.paused, in_meeting=meeting is not None)
        self.tray.show_state(
            text, paused=upcoming.paused, waiting=upcoming.waiting is not None, in_meeting=meeting is not None
        )
        status_window = self._windows.get("status")
        if status_window is not None:
            status_window.show_state(text)  # type: ignore[attr-defined]

    # ---- reminders ------------------------------------------------------------------------

    def _show_prompt(self, prompt: Prompt, quiet: bool = False) -> None:
        """The card, a desktop notification, or both, as the user chose. After a long call
        (quiet) only the notification and the tray icon say a reminder waits."""
        view = self._prompt_view(prompt)
        if self._settings.reminder_sound and not quiet:
            self._chime().play(REMINDER_TONE_HZ)
        style = self._settings.reminder_style
        notified = (quiet or style != "popup") and self._notification().show(view)
        if (not quiet and style != "notification") or not notified:
            self._present_card(view)

    def _present_card(self, view: PromptView, take_keyboard: bool = False) -> None:
        if self._popup is None:
            self._popup = ReminderPopup()
            self._popup.answered.connect(self._answered)
            self._popup.routine_requested.connect(self.routines.start_from_card)
            self._popup.breathing_requested.connect(self.breathing.start_from_card)
        near = self.tray.icon.geometry() if self.tray.icon.isVisible() else None
        self._popup.present(view, near, take_keyboard)

    def _chime(self) -> Chime:
        """The sound backend, loaded on first use (most people leave the sound off)."""
        if self._sound is None:
            from desktop.platform.sound import detect_chime

            # A device problem is reported on the sound thread; the tone is optional, so it stays quiet.
            self._sound = detect_chime(lambda _problem: None)
        return self._sound

    def _notification(self) -> ReminderNotification:
        """Made on first use: the D-Bus connection and its reader thread cost nothing until then."""
        if self._reminder_notification is None:
            from desktop.platform.notify import detect_notifier
            from desktop.ui.reminder_notification import ReminderNotification

            notifier = detect_notifier(
                tray=self.tray.icon, app_icon=str(resource_path("icons", "unclench.svg"))
            )
            self._reminder_notification = ReminderNotification(notifier)
            self._reminder_notification.answered.connect(self._answered)
            self._reminder_notification.open_requested.connect(self._open_waiting_card)
        return self._reminder_notification

    def _open_waiting_card(self) -> None:
        waiting = self.engine.upcoming().waiting
        if waiting is not None:  # the user asked for it: the card may take the keyboard
            self._present_card(self._prompt_view(waiting), take_keyboard=True)

    def _prompt_view(self, prompt: Prompt) -> PromptView:
        view = PromptView(
            prompt=prompt,
            snooze_minutes=self._settings.for_kind(prompt.primary).snooze_minutes,
            water_today_ml=self.water_today(),
            water_goal_ml=self._settings.water_goal_ml,
        )
        if prompt.primary is Kind.POSTURE:
            items = self.content.posture_checklist(self._posture_shown, self._clock.now().date())
            self._posture_shown += 1
            view = replace(view, checklist=tuple((item.id, item.text) for item in items))
        elif prompt.primary is Kind.STRETCH:
            routine = self.content.next_micro_break()
            if routine is not None:
                moves = tuple((move.name, move.hold_seconds) for move in routine.moves[:4])
                view = replace(view, moves=moves, routine_id=routine.id)
        self._tell_content_problems()
        return view

    def _answered(self, answer: PromptAnswer) -> None:
        self.engine.answer(answer.outcome, answer.details)

    def _close_prompt(self, prompt: Prompt) -> None:
        if self._popup is not None and self._popup.view is not None and self._popup.view.prompt is prompt:
            self._popup.hide()
        if self._reminder_notification is not None:
            self._reminder_notification.withdraw()

    # ---- the log --------------------------------------------------------------------------

    def _record(self, events: tuple[Event, ...]) -> None:
        try:
            for event in events:
                self.water.recorded(self._log.record(event), event)
        except StorageError as error:
            self._tell(self.tr("Unclench could not write to its log: {0}").format(error))
        if any(event.kind == Kind.HYDRATION.value for event in events):
            self._show_water()
        finished = next(filter(None, map(_finished_activity, events)), None)
        if finished is not None:
            self.stats.activity_finished(finished)
        if self._stats is not None:
            self._stats.refresh()

    def _today(self) -> str:
        return local_day(self._clock.now(), self._clock.local_zone())

    @property
    def settings(self) -> Settings:
        return self._settings

    def today_events(self) -> list[Event]:
        try:
            return [stored.event for stored in self._log.events(since_day=self._today())]
        except StorageError:
            return []

    def water_today(self) -> int:
        try:
            return self.water.total_ml(self._today())
        except StorageError:
            return 0

    def _show_water(self) -> None:
        self.menu.show_water(self.water_today(), self._settings.water_goal_ml, self.water.can_undo)

    def _ask_water_amount(self) -> None:
        amount, ok = QInputDialog.getInt(
            None, APP_NAME, self.tr("How much did you drink, in ml (50 to 2000)?"), 250, 50, 2000, 50
        )
        if ok:
            self.engine.record_drink(amount)

    def _undo_water(self) -> None:
        try:
            self.water.undo_last()
        except StorageError as error:
            self._tell(self.tr("Unclench could not change its log: {0}").format(error))
        self._show_water()

    # ---- routines, breathing and the safety page ----------------------------------------------

    def open_routine(self, routine_id: str) -> str | None:
        return self.routines.open(routine_id)

    def open_breathing(self, pattern: str | None = None, minutes: int | None = None) -> str | None:
        return self.breathing.open(pattern, minutes)

    def open_safety_page(self) -> None:
        from desktop.ui.safety_page import SafetyPage

        self._windows.show("safety", self._windows.get("safety") or SafetyPage())

    def _tell_content_problems(self) -> None:
        problems = self.content.take_problems()
        if problems:
            self._tell(
                self.tr("Some content files have problems and were left out:")
                + "\n"
                + "\n".join(map(str, problems))
            )

    # ---- settings ---------------------------------------------------------------------------

    def open_settings(self) -> None:
        from desktop.platform.autostart import autostart_for_platform
        from desktop.ui.settings_dialog import DesktopFacts, SettingsDialog

        dialog = self._windows.get("settings")
        if dialog is None:
            autostart = autostart_for_platform()
            facts = DesktopFacts(
                sources=tuple(self.timing.names()) if self.timing else (),
                autostart_supported=autostart.supported,
                autostart_enabled=autostart.is_enabled(),  # the real state, not a remembered one
                autostart_name=autostart.name,
            )
            dialog = SettingsDialog(self._settings, facts)
            dialog.settings_changed.connect(self.apply_settings)
            dialog.autostart_requested.connect(self._set_autostart)
            dialog.safety_page_requested.connect(self.open_safety_page)
        self._windows.show("settings", dialog)

    def _set_autostart(self, enabled: bool) -> None:
        from desktop.platform.autostart import AutostartError, autostart_for_platform

        autostart = autostart_for_platform()
        try:
            autostart.enable() if enabled else autostart.disable()
        except AutostartError as error:
            self._tell(self.tr("Start at login could not be changed: {0}").format(error))

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.engine.apply_settings(settings)
        self._show_water()
        for problem in self._save_settings():
            self._tell(problem)

    def _settings_file_changed(self) -> None:
        path = self._paths.settings_file
        try:
            if path.stat().st_size == 0:
                return  # still being written, or emptied: never read as "use the defaults"
        except OSError:
            return  # gone for now (saved by renaming); the folder watch brings us back
        if str(path) not in self._settings_watch.files():
            self._settings_watch.addPath(str(path))  # an atomic save replaced the file: watch the new one
        loaded = load_settings(path)
        if loaded.notices:
            self._tell("\n\n".join(loaded.notices))
        if loaded.settings != self._settings:
            self._settings = loaded.settings
            self.engine.apply_settings(loaded.settings)
            self._show_water()
        if loaded.notices:
            self._save_settings()  # the user's file is kept aside; write the values now in use

    def _save_settings(self) -> list[str]:
        try:
            save_settings(self._paths.settings_file, self._settings)
        except StorageError as error:
            return [self.tr("Your settings apply now but could not be saved: {0}").format(error)]
        return []

    # ---- windows --------------------------------------------------------------------------

    def _show_front(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
            self._show_status(self.engine.upcoming())
        elif self._tray_waited_ms >= TRAY_WAIT_MS:
            self.tray.show()  # Qt embeds it if a tray turns up later after all
            self._show_status_window()
        else:
            self._tray_waited_ms += TRAY_RETRY_MS
            QTimer.singleShot(TRAY_RETRY_MS, self._show_front)

    def show_status_window(self) -> None:
        from desktop.ui.status_window import StatusWindow

        window = self._windows.get("status") or StatusWindow(self.menu)
        self._windows.show("status", window)
        self._show_status(self.engine.upcoming())

    def _show_status_window(self) -> None:
        self.show_status_window()
        self._tell(
            self.tr(
                "No system tray was found, so Unclench shows this small window instead. "
                "On GNOME, the AppIndicator extension adds a tray."
            )
        )

    def _tell(self, text: str) -> None:
        """Say something to the user once, without blocking the app."""
        from desktop.ui.notice import notice

        box = notice(text)
        # Held until it closes: a parentless window nobody references is deleted at once.
        self._open_notices.append(box)
        box.destroyed.connect(lambda *_: self._open_notices.remove(box))
        box.show()


def _finished_activity(event: Event) -> str | None:
    """ "stretch", "routine" or "breathing" when the event ends one (a tension check-in may follow)."""
    if event.kind == Kind.STRETCH.value and event.outcome == Outcome.DONE.value:
        return None if "routine" in event.details else "stretch"  # the routine row already said it
    if event.kind in ("routine", "breathing") and event.outcome == "completed":
        return event.kind
    return None
