"""The composition root: builds every object in dependency order and wires their signals.

It owns nothing and decides nothing: the settings owner holds the settings, the activity log the
log, the engine the time, the presenter the reminder's card and notification, the dispatcher what
the user asks for from the tray, the status window or the command line.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop.core.clock import Clock, SystemClock
from desktop.core.events import Event
from desktop.core.policy import ReminderPolicy, Upcoming
from desktop.core.settings import Settings
from desktop.core.sync_view import SyncView, computer_name
from desktop.core.tension import finished_activity
from desktop.services.activity_log import ActivityLog
from desktop.services.breaks import BreakCoordinator
from desktop.services.breathing_actions import BreathingActions
from desktop.services.dispatcher import Dispatcher
from desktop.services.engine import ReminderEngine
from desktop.services.prompts import PromptPresenter
from desktop.services.routine_actions import RoutineActions
from desktop.services.scheduling import GuiThreadScheduler
from desktop.services.settings_owner import SettingsOwner
from desktop.services.sync_service import SyncService
from desktop.services.timing_sources import TimingSources
from desktop.services.tray_intents import TrayIntents
from desktop.services.window_actions import WindowActions
from desktop.storage.eventlog import EventLog
from desktop.storage.paths import AppPaths
from desktop.ui.notice import Notices
from desktop.ui.tray import Tray, TrayMenu
from desktop.ui.window_registry import WindowRegistry
from desktop.ui.wording import describe

if TYPE_CHECKING:
    from desktop.services.content import Content
    from desktop.services.stats_controller import StatsController


class UnclenchApp(QObject):
    """The running app's parts, built and connected; see the module docstring."""

    def __init__(
        self,
        qt_app: QApplication,
        paths: AppPaths,
        clock: Clock | None = None,
        tray: Tray | None = None,
        minute_seconds: float = 60.0,
    ) -> None:
        """`minute_seconds`: how long a minute of the settings lasts; end-to-end tests shorten it."""
        super().__init__()
        self._qt_app = qt_app
        self._paths = paths
        self._clock = clock = clock or SystemClock()
        self.notices = Notices()
        self.settings_owner = SettingsOwner(paths.settings_file)
        log, log_notices = EventLog.open_or_in_memory(paths.database)
        self._start_notices = [*self.settings_owner.start_notices, *log_notices]
        self.log = ActivityLog(log, clock)
        self.sync = SyncService(log, lambda: computer_name(self.settings), lambda: self.settings)
        self.timing = timing = TimingSources(clock)
        timing.quiet.configure(self.settings_owner.settings.quiet_times)
        policy = ReminderPolicy(self.settings_owner.settings, clock, minute_seconds)
        self.engine = ReminderEngine(policy, GuiThreadScheduler(), timing.conditions, timing.in_call)
        # The tray may be up already: launch.py shows it before the heavier parts are imported.
        self.tray = tray or Tray(TrayMenu())
        self.menu = self.tray.menu
        self._windows = WindowRegistry()
        self._content: Content | None = None
        self._stats: StatsController | None = None
        self.routines = RoutineActions(self._get_content, self._windows, self.engine, clock)
        self.breathing = BreathingActions(
            self._windows, self.engine, clock, paths.config_dir / "breathing", lambda: self.settings.breathing
        )
        self.prompts = PromptPresenter(
            self.settings_owner, self._get_content, self.log, self.engine, self.tray, clock
        )
        self.windows = WindowActions(self._windows, self.settings_owner, self.timing, self.menu, self.sync)
        self.dispatcher = Dispatcher(
            self.engine,
            self.settings_owner,
            self.log,
            self.breathing,
            self.routines,
            self.show_status_window,
            qt_app.quit,
            sync=self.sync,
        )
        self.intents = TrayIntents(self.tray, self.dispatcher, self.settings_owner)
        self.breaks = BreakCoordinator(self.engine, self.tray, self.menu, clock)
        self.breaks.attach(self.prompts)
        self._wire()

    # ---- parts made on first use (start-up stays small) ------------------------------------

    def _get_content(self) -> Content:
        if self._content is None:
            from desktop.services.content import Content

            self._content = Content(self._paths.config_dir / "routines")
        return self._content

    @property
    def stats(self) -> StatsController:
        if self._stats is None:
            from desktop.services.stats_controller import StatsController

            self._stats = StatsController(self.log.log, self._clock, lambda: self.settings)
            self._stats.problem.connect(self.notices.tell)
            self.sync.attach_stats(self._stats)
        return self._stats

    @property
    def settings(self) -> Settings:
        return self.settings_owner.settings

    # ---- start and stop -------------------------------------------------------------------

    def start(self) -> None:
        self.timing.start()
        self.engine.start()
        self.windows.show_tray_or_window(self.tray, self._status_text)
        self._show_water()
        self.log.check_later()
        self.breaks.seed(self.log.today_events())
        self.sync.start()  # nothing runs unless this computer joined a sync folder
        if self._start_notices:
            self.notices.tell("\n\n".join(self._start_notices))
        if self.settings_owner.first_run:
            self.windows.open_safety_page()

    def shutdown(self) -> None:
        self.timing.stop()
        self.windows.close()
        self.breaks.close()
        self.prompts.shutdown()
        self.engine.stop()
        self.sync.stop()
        self.tray.hide()
        stats = [self._stats.window, self._stats.checkin] if self._stats else []
        for window in [*self._windows.values(), *stats]:
            if window is not None:
                window.close()
                window.deleteLater()
        self.notices.close_all()
        self.log.close()

    # ---- wiring ---------------------------------------------------------------------------

    def _wire(self) -> None:
        engine, menu, timing = self.engine, self.menu, self.timing
        timing.user_left.connect(engine.user_left)
        timing.user_returned.connect(engine.user_returned)
        timing.system_resumed.connect(engine.system_resumed)
        timing.clock_changed.connect(engine.refresh)
        timing.quiet.calendar_changed.connect(engine.recheck_hold)
        self.settings_owner.settings_changed.connect(self._settings_changed)
        engine.status_changed.connect(self._show_status)
        engine.prompt_due.connect(self.prompts.show)
        engine.prompt_due_quietly.connect(self.prompts.show)
        engine.prompt_closed.connect(self.prompts.close)
        engine.events_happened.connect(self.log.record)
        engine.day_changed.connect(self._show_water)
        self.prompts.answered.connect(lambda answer: engine.answer(answer.outcome, answer.details))
        self.prompts.routine_requested.connect(self.routines.start_from_card)
        self.prompts.breathing_requested.connect(self.breathing.start_from_card)
        self.prompts.why_requested.connect(self.windows.open_why_page)
        self.dispatcher.card_focus_requested.connect(self.prompts.open_card)
        self.routines.routine_postponed.connect(self.prompts.offer_routine)
        self.log.recorded.connect(self._recorded)
        self.log.water_changed.connect(self._show_water)
        self.sync.attach(self.log, self.settings_owner)
        self.sync.merged.connect(self._merged)
        self.breathing.recorded.connect(self.log.record)
        self.breathing.preferences_changed.connect(
            lambda chosen: self.settings_owner.apply(replace(self.settings, breathing=chosen))
        )
        self.routines.recorded.connect(self.log.record)
        self.routines.safety_page_requested.connect(self.windows.open_safety_page)
        tellers = (self.settings_owner, self.log, self.prompts, self.routines, self.windows, self.intents)
        for teller in (*tellers, timing.quiet, self.sync):
            teller.problem.connect(self.notices.tell)
        self.routines.news.connect(self.notices.inform)
        menu.undo_water_requested.connect(self.log.undo_water)
        menu.set_routine_source(self._routine_choices)
        menu.remove_routine_requested.connect(self.routines.remove)
        menu.import_routine_requested.connect(self.routines.import_file)
        menu.safety_requested.connect(self.windows.open_safety_page)
        menu.why_requested.connect(lambda: self.windows.open_why_page())
        menu.statistics_requested.connect(lambda: self.stats.open_window())
        menu.checkin_requested.connect(lambda: self.stats.open_checkin(None))
        menu.settings_requested.connect(self.windows.open_settings)
        menu.quit_requested.connect(self._qt_app.quit)
        # Refresh "in 12 min" whenever the user opens the menu, instead of ticking every second.
        menu.menu.aboutToShow.connect(lambda: self._show_status(engine.upcoming()))

    def _routine_choices(self) -> list[tuple[str, str, bool]]:
        return [(r.id, r.name, r.user) for r in self._get_content().library.routines]

    def _settings_changed(self, settings: Settings) -> None:
        self.timing.quiet.configure(settings.quiet_times)
        self.engine.apply_settings(settings)  # the engine ignores what does not touch timing
        self._show_water()

    def _merged(self, _view: SyncView) -> None:
        """Another computer's events reached the log: today's water and the statistics change."""
        self._show_water()
        if self._stats is not None:
            self._stats.refresh()

    def _show_status(self, upcoming: Upcoming) -> None:
        text = describe(upcoming, self._clock.now(), self._clock.local_zone())
        in_meeting = upcoming.meeting is not None
        self.menu.show_state(text, paused=upcoming.paused, in_meeting=in_meeting)
        self.menu.show_hold_of(upcoming)
        self.tray.show_state(
            text, paused=upcoming.paused, waiting=upcoming.waiting is not None, in_meeting=in_meeting
        )
        self.windows.show_state(text)

    def _recorded(self, events: tuple[Event, ...]) -> None:
        finished = next(filter(None, map(finished_activity, events)), None)
        if finished is not None:
            self.stats.activity_finished(finished)
        if self._stats is not None:
            self._stats.refresh()

    def _show_water(self) -> None:
        settings, log = self.settings, self.log
        self.menu.show_water(log.water_today(), settings.water_goal_ml, log.can_undo_water, settings.glass_ml)

    # ---- windows --------------------------------------------------------------------------

    def open_routine(self, routine_id: str) -> str | None:
        return self.routines.open(routine_id)

    def show_status_window(self) -> None:
        self.windows.show_status_window(self._status_text())

    def _status_text(self) -> str:
        return describe(self.engine.upcoming(), self._clock.now(), self._clock.local_zone())
