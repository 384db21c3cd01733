"""What the statistics window and the tension check-in ask of the log, answered. Qt-free.

The app calls it on the GUI thread (the EventLog's thread). Every user-triggered action returns a
DataOutcome instead of raising, so the window can say what happened in a sentence; only
`snapshot` and the `record_*` calls raise StorageError, as the log does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.clock import Clock, local_day
from desktop.core.data_requests import (
    DataActionFailed,
    DataCleared,
    ExportDone,
    ExportRequest,
)
from desktop.core.day_activity import DAILY_COLUMNS, DailyColumn, DayActivity, quantity
from desktop.core.sitting import SittingDay, sitting_day
from desktop.core.stats import Goals, LatestTension
from desktop.core.stats_snapshot import StatsSnapshot, build_snapshot
from desktop.core.tension import KIND as TENSION_KIND
from desktop.core.tension import TensionOutcome, TensionRating, TensionSkipped, rating_event, skipped_event
from desktop.storage.eventlog import EventLog, StorageError

SITTING_DAYS = 7  # the daily sitting view shows the last week
EVENTS = DailyColumn("events", "events")


@dataclass(frozen=True)
class StatsRequest:
    """Which figures to compute: against which goals, and for one computer of a synced group
    (`computer`, seen from this one, `me`) or, with either None, for this log as it is."""

    goals: Goals
    computer: str | None = None
    me: str | None = None


@dataclass(frozen=True)
class StatsFigures:
    """Everything the statistics window shows: the snapshot and the daily sitting view's days."""

    snapshot: StatsSnapshot
    sitting: tuple[SittingDay, ...]


class StatsService:
    """The statistics' work on the log: snapshots of the day totals, export and deletion, and
    tension check-ins (a backup is restored by background_import.py); no Qt widgets."""

    def __init__(self, log: EventLog, clock: Clock, on_change: Callable[[], None] | None = None) -> None:
        """`on_change` is called after the log changed through this service (delete,
        a check-in), e.g. to refresh an open statistics window."""
        self._log = log
        self._clock = clock
        self._on_change = on_change or (lambda: None)

    def today(self) -> str:
        return local_day(self._clock.now(), self._clock.local_zone())

    def snapshot(self, goals: Goals | None = None) -> StatsSnapshot:
        """Everything the window shows, from the whole history. Raises StorageError."""
        days = [DayActivity.from_row(row) for row in self._log.daily_sums(DAILY_COLUMNS)]
        return build_snapshot(days, self.today(), goals, self._latest_tension())

    def figures(self, request: StatsRequest) -> StatsFigures:
        """Everything the window shows for `request`. Raises StorageError or ValueError."""
        if request.computer is None or request.me is None or self._log.in_memory_only:
            return StatsFigures(self.snapshot(request.goals), tuple(self.sitting_days(SITTING_DAYS)))
        from desktop.storage.sync.device_view import open_device_view

        one = open_device_view(self._log.path, request.computer, request.me)
        try:
            view = StatsService(one, self._clock)
            return StatsFigures(view.snapshot(request.goals), tuple(view.sitting_days(SITTING_DAYS)))
        finally:
            one.close()

    def history_size(self) -> tuple[int, int]:
        """(days the history spans, events of the sitting view's week): what `figures` has to read,
        found by index look-ups only. Raises StorageError, or ValueError for a hand-edited day."""
        first, last = self._log.day_bounds()
        if first is None or last is None:
            return 0, 0
        days = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
        since = (date.fromisoformat(self.today()) - timedelta(days=SITTING_DAYS - 1)).isoformat()
        week = sum(row[1] for row in self._log.daily_sums((EVENTS,), since_day=since))
        return days, week

    def sitting_days(self, days: int = 7) -> list[SittingDay]:
        """The daily sitting view of the last `days` days, oldest first (today last). Raises StorageError."""
        today = date.fromisoformat(self.today())
        wanted = [(today - timedelta(days=back)).isoformat() for back in range(days - 1, -1, -1)]
        events = [stored.event for stored in self._log.events(since_day=wanted[0])]
        return [sitting_day(day, events) for day in wanted]

    def _latest_tension(self) -> LatestTension | None:
        stored = self._log.latest(TENSION_KIND, TensionOutcome.RATED)
        if stored is None:
            return None
        level = quantity(stored.event.details, "level")
        region = stored.event.details.get("region")
        if level is None:
            return None  # a row edited by hand; the statistics skip it too
        return LatestTension(level, region if isinstance(region, str) else None, stored.event.local_day)

    # ---- the user's data ----------------------------------------------------------------------

    def export(self, request: ExportRequest) -> ExportDone | DataActionFailed:
        from desktop.storage.export import ExportError, export_to_file  # ijson and co. only when used

        try:
            count = export_to_file(
                self._log,
                request.path,
                request.format,
                exported_at=self._clock.now(),
                since_day=request.since_day,
            )
        except (ExportError, StorageError, ValueError) as error:
            return DataActionFailed("export", str(error))
        return ExportDone(request.path, request.format, count)

    def delete_everything(self) -> DataCleared | DataActionFailed:
        try:
            count = self._log.clear()
        except StorageError as error:
            return DataActionFailed("delete", str(error))
        self._on_change()
        return DataCleared(count)

    # ---- tension check-ins ----------------------------------------------------------------------

    def record_tension(self, rating: TensionRating) -> int:
        row_id = self._log.record(rating_event(rating, self._clock))
        self._on_change()
        return row_id

    def record_skipped_checkin(self, skipped: TensionSkipped) -> int:
        return self._log.record(skipped_event(skipped, self._clock))
