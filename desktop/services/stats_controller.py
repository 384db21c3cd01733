"""Wires the statistics window and the tension check-in to the StatsService.

app.py keeps one StatsController and connects its tray actions to `open_window` and
`open_checkin`, and calls `activity_finished` when a stretch break is done or a routine or
breathing session completes. Windows are created on first use (their modules are imported then
too), so an app that never opens them pays nothing, and deleted when they close, so memory comes
back. It owns no timer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.clock import Clock
from desktop.core.data_requests import (
    DataActionFailed,
    DataCleared,
    DataOutcome,
    ExportRequest,
    ImportDone,
    ImportRequest,
)
from desktop.core.settings import Settings
from desktop.core.stats import DEFAULT_BREAK_GOAL, Goals
from desktop.core.sync_view import NOT_JOINED, SyncView
from desktop.core.tension import CheckinOffers, TensionRating, TensionSkipped
from desktop.platform.memory import release_unused_memory
from desktop.services.stats_loader import StatsLoad, StatsLoader, StatsLoadFailed
from desktop.services.stats_service import StatsRequest, StatsService
from desktop.storage.eventlog import EventLog, StorageError

FIRST_PAINT_WAIT_MS = 200  # a window that is not painted (minimised, hidden) gets its figures anyway

if TYPE_CHECKING:
    from desktop.ui.sitting_view import SittingView
    from desktop.ui.stats_computer_filter import ComputerFilter
    from desktop.ui.stats_dialogs import StatsDialogs
    from desktop.ui.stats_window import StatsWindow
    from desktop.ui.tension_checkin import TensionCheckin


class StatsController(QObject):
    """Owns the statistics window and the tension check-in (made on first use, deleted on close) and
    the offers of a check-in after a finished activity; runs their data actions through the
    StatsService.

    Signals: `problem(str)` the log could not be read or written; `tension_recorded(TensionRating)`
    a rating, once it is in the log; `data_cleared()` "delete my data" was done.
    """

    problem = Signal(str)  # a sentence for the user (the log could not be read or written)
    data_cleared = Signal()  # "delete my data" done: the sync service deletes it elsewhere too
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
        self._loader = StatsLoader(log, clock, parent=self)
        self._loader.loaded.connect(self._show)
        self._settings = settings
        self._dialogs = dialogs
        self._offers = CheckinOffers(settings().tension.offer_after)
        self.window: StatsWindow | None = None
        self.checkin: TensionCheckin | None = None
        self._import_job: QObject | None = None  # an import running on its thread
        self._sitting: SittingView | None = None  # the daily sitting view, in the open window
        self._log = log
        self._computers: SyncView = NOT_JOINED
        self._computer: str | None = None  # the statistics of one computer; None: all together
        self._filter: ComputerFilter | None = None

    def goals(self) -> Goals:
        return Goals(water_ml=self._settings().water_goal_ml, breaks=DEFAULT_BREAK_GOAL)

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
            from desktop.ui.stats_computer_filter import ComputerFilter

            self._filter = ComputerFilter()
            self._filter.show_computers(self._computers)
            self._filter.computer_chosen.connect(self._choose_computer)
            window.add_filter(self._filter)
            from desktop.ui.sitting_view import SittingView

            self._sitting = SittingView()
            heading = self.tr("Sitting and moving, the last 7 days")
            window.add_section("sitting_heading", heading, self._sitting)
        if self._loader.quick():
            if not self._show(self._load(quick=True)):  # the log's size was just looked up
                return
        else:
            # The frame paints first; then the figures are computed on a thread (not sooner: the
            # thread's Python would slow the building and painting of the window down).
            self.window.set_loading(True)
            _after_first_paint(self.window, self.refresh)
        _fit_on_screen(self.window)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _forget_window(self, window: object) -> None:
        if self.window is window:
            self.window = self._sitting = self._filter = None
            self._loader.cancel()
        QTimer.singleShot(0, release_unused_memory)  # once the deletion, still running now, has finished

    def refresh(self) -> None:
        """Show fresh numbers if the window is open (after an import, a delete, a new rating...)."""
        if self.window is not None and self.window.isVisible():
            self._show(self._load())

    def set_computers(self, view: SyncView) -> None:
        """The computers this one syncs with (from the sync service), for the per-computer filter."""
        self._computers = view
        if self._filter is not None:
            self._filter.show_computers(view)

    def _choose_computer(self, device: str | None) -> None:
        self._computer = device
        self.refresh()

    def _load(self, quick: bool | None = None) -> StatsLoad | None:
        """Ask for fresh figures: the answer now for a short history, else None (`_show` follows).
        `quick`: what the loader's `quick()` said just now, so the log's size is not looked up twice."""
        me = next((c.device for c in self._computers.computers if c.this_computer), None)
        return self._loader.load(StatsRequest(self.goals(), self._computer, me), quick)

    def _show(self, answer: StatsLoad | None) -> bool:
        if self.window is None or answer is None:
            return False
        if isinstance(answer, StatsLoadFailed):
            self.problem.emit(answer.message)
            if self.window.snapshot is None:
                self.window.close()  # only its frame was shown: nothing there to read
            return False
        self.window.show_snapshot(answer.snapshot)
        if self._sitting is not None:
            self._sitting.show_days(answer.sitting, self._settings().movement.interval_minutes)
        return True

    def _export(self, request: ExportRequest) -> None:
        self._busy(lambda: self.service.export(request))

    def _import(self, request: ImportRequest) -> None:
        """Restore a backup on a thread of its own, with a progress dialog that can cancel it."""
        from desktop.services.background_import import BackgroundImport
        from desktop.ui.import_progress import ImportProgressDialog

        if self._log.in_memory_only or self._log.read_only:
            self._show_outcome(DataActionFailed("import", self.tr("The log cannot be written now.")))
            return
        job = BackgroundImport(self._log.path, request.path, self)
        dialog = ImportProgressDialog(request.path, self.window)
        job.progressed.connect(lambda step: dialog.show_progress(step.phase, step.done, step.total))
        dialog.canceled.connect(job.cancel)
        job.finished.connect(lambda outcome: self._imported(outcome, dialog, job))
        self._import_job = job
        job.start()
        dialog.show()

    def _imported(self, outcome: DataOutcome, dialog: QWidget, job: QObject) -> None:
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()
        self._import_job = None
        if isinstance(outcome, ImportDone) and outcome.added:
            self.refresh()
        self._show_outcome(outcome)

    def _show_outcome(self, outcome: DataOutcome) -> None:
        if self.window is not None:
            self.window.show_outcome(outcome)

    def _delete(self) -> None:
        if isinstance(self._busy(self.service.delete_everything), DataCleared):
            self.data_cleared.emit()

    def _busy(self, action: Callable[[], DataOutcome]) -> DataOutcome:
        # Years of history take a few seconds to import; say so with the cursor meanwhile.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = action()
        finally:
            QApplication.restoreOverrideCursor()
        if self.window is not None:
            self.window.show_outcome(outcome)
        return outcome

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


class _FirstPaint(QObject):
    """Calls `then` once, after `window` first painted (or after FIRST_PAINT_WAIT_MS at the latest)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._go)  # once this paint is done
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        self.deleteLater()  # and with it the event filter
        if then is not None:
            then()


def _after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    _FirstPaint(window, then)
