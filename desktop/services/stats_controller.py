"""Wires the statistics window and the tension check-in to the StatsService.

app.py keeps one StatsController and connects its tray actions to `open_window` and
`open_checkin`, and calls `activity_finished` when a stretch break is done or a routine or
breathing session completes. Windows are created on first use (their modules are imported then
too), so an app that never opens them pays nothing, and deleted when they close, so memory comes
back. It owns no timer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.clock import Clock
from desktop.core.data_requests import DataOutcome, ExportRequest, ImportRequest
from desktop.core.settings import Settings
from desktop.core.stats import DEFAULT_BREAK_GOAL, DEFAULT_WATER_GOAL_ML, Goals
from desktop.core.tension import CheckinOffers, TensionRating, TensionSkipped
from desktop.platform.memory import release_unused_memory
from desktop.services.stats_service import StatsService
from desktop.storage.eventlog import EventLog, StorageError

if TYPE_CHECKING:
    from desktop.ui.stats_dialogs import StatsDialogs
    from desktop.ui.stats_window import StatsWindow
    from desktop.ui.tension_checkin import TensionCheckin


class StatsController(QObject):
    """Owns the statistics window and the tension check-in (made on first use, deleted on close) and
    the offers of a check-in after a finished activity; runs their data actions through the
    StatsService.

    Signals: `problem(str)` the log could not be read or written; `tension_recorded(TensionRating)`
    a rating, once it is in the log.
    """

    problem = Signal(str)  # a sentence for the user (the log could not be read or written)
    tension_recorded = Signal(object)  # TensionRating, once it is in the log

    def __init__(
        self,
        log: EventLog,
        clock: Clock,
        settings: Callable[[], Settings],
        dialogs: StatsDialogs | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = StatsService(log, clock, on_change=self.refresh)
        self._settings = settings
        self._dialogs = dialogs
        self._offers = CheckinOffers(settings().tension.offer_after)
        self.window: StatsWindow | None = None
        self.checkin: TensionCheckin | None = None

    def goals(self) -> Goals:
        settings = self._settings()
        water: Any = getattr(settings, "water_goal_ml", DEFAULT_WATER_GOAL_ML)
        return Goals(water_ml=int(water), breaks=DEFAULT_BREAK_GOAL)

    # ---- the statistics window ----------------------------------------------------------------

    def open_window(self) -> None:
        if self.window is None:
            from desktop.ui.stats_window import StatsWindow

            window = self.window = StatsWindow(self._dialogs)
            # Released when closed (its charts and tables hold megabytes): the next open builds it anew.
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda: self._forget_window(window))
            window.export_requested.connect(self._export)
            window.import_requested.connect(self._import)
            window.delete_requested.connect(self._delete)
            window.checkin_requested.connect(lambda: self.open_checkin(None))
        if not self._show_snapshot():
            return
        _fit_on_screen(self.window)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _forget_window(self, window: object) -> None:
        if self.window is window:
            self.window = None
        QTimer.singleShot(0, release_unused_memory)  # once the deletion, still running now, has finished

    def refresh(self) -> None:
        """Show fresh numbers if the window is open (after an import, a delete, a new rating...)."""
        if self.window is not None and self.window.isVisible():
            self._show_snapshot()

    def _show_snapshot(self) -> bool:
        assert self.window is not None
        try:
            self.window.show_snapshot(self.service.snapshot(self.goals()))
        except StorageError as error:
            self.problem.emit(str(error))
            return False
        return True

    def _export(self, request: ExportRequest) -> None:
        self._busy(lambda: self.service.export(request))

    def _import(self, request: ImportRequest) -> None:
        self._busy(lambda: self.service.import_backup(request))

    def _delete(self) -> None:
        self._busy(self.service.delete_everything)

    def _busy(self, action: Callable[[], DataOutcome]) -> None:
        # Years of history take a few seconds to import; say so with the cursor meanwhile.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = action()
        finally:
            QApplication.restoreOverrideCursor()
        if self.window is not None:
            self.window.show_outcome(outcome)

    # ---- tension check-ins ----------------------------------------------------------------------

    def open_checkin(self, after: str | None = None) -> None:
        """Show a check-in; `after` None means the user asked for it (it then takes the focus)."""
        from desktop.ui.tension_checkin import TensionCheckin

        if self.checkin is not None:
            self.checkin.close()  # an unanswered earlier one counts as skipped
        checkin = self.checkin = TensionCheckin(after)
        checkin.tension_rated.connect(self._rated)
        checkin.skipped.connect(self._skipped)
        checkin.destroyed.connect(lambda: self._forget(checkin))
        checkin.present(activate=after is None)

    def activity_finished(self, activity: str) -> None:
        """A stretch break was done or a routine or breathing session completed: maybe offer a
        check-in, as often as the `tension.offer_after` setting says."""
        self._offers.frequency = self._settings().tension.offer_after
        if self._offers.after_finished(activity):
            self.open_checkin(activity)

    def _rated(self, rating: TensionRating) -> None:
        try:
            self.service.record_tension(rating)
        except StorageError as error:
            self.problem.emit(str(error))
            return
        self.tension_recorded.emit(rating)

    def _skipped(self, skipped: TensionSkipped) -> None:
        try:
            self.service.record_skipped_checkin(skipped)
        except StorageError as error:
            self.problem.emit(str(error))

    def _forget(self, checkin: object) -> None:
        if self.checkin is checkin:
            self.checkin = None


def _fit_on_screen(window: QWidget) -> None:
    """Small screens (1366x768, or 1280x800 with a panel) must still show the buttons at the bottom."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    window.resize(min(window.width(), room.width() - 40), min(window.height(), room.height() - 60))
