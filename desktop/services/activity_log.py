"""The log as the running app uses it: writes what happened, answers "what happened today".

Today's numbers come from the one definition of a day (`desktop/core/day_activity.py`), read from
the per-day totals the database keeps, so the tray's water total, the reminder card and
`unclench status` can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.core.clock import Clock, local_day
from desktop.core.day_activity import DAILY_COLUMNS, DayActivity
from desktop.core.events import Event, Outcome
from desktop.core.kinds import Kind
from desktop.storage.eventlog import EventLog, StorageError


class ActivityLog(QObject):
    """Owns the EventLog while the app runs, and the drinks of this session that can be undone.

    Signals: `recorded(tuple[Event, ...])` the events now committed to the log; `water_changed()`
    today's water total may have changed; `problem(str)` the log could not be written or read.
    """

    recorded = Signal(object)
    water_changed = Signal()
    problem = Signal(str)

    def __init__(self, log: EventLog, clock: Clock) -> None:
        super().__init__()
        self.log = log
        self._clock = clock
        self._undoable: list[int] = []  # row ids of drinks logged this session, newest last

    def today(self) -> str:
        """The user's local calendar day now: what "today" means everywhere."""
        return local_day(self._clock.now(), self._clock.local_zone())

    def record(self, events: tuple[Event, ...]) -> None:
        written: list[Event] = []
        try:
            for event in events:
                row_id = self.log.record(event)
                written.append(event)
                if _is_drink(event):
                    self._undoable.append(row_id)
        except StorageError as error:
            self.problem.emit(self.tr("Unclench could not write to its log: {0}").format(error))
        if written:
            self.recorded.emit(tuple(written))
        if any(event.kind is Kind.HYDRATION for event in written):
            self.water_changed.emit()

    def today_activity(self) -> DayActivity:
        """Today's DAILY_COLUMNS (all zero when the log cannot be read)."""
        day = self.today()
        try:
            rows = self.log.daily_sums(DAILY_COLUMNS, since_day=day)
        except StorageError:
            return DayActivity.of(day)
        return next((DayActivity.from_row(row) for row in rows if row[0] == day), DayActivity.of(day))

    def water_today(self) -> int:
        return round(self.today_activity().water_ml)

    @property
    def can_undo_water(self) -> bool:
        return bool(self._undoable)

    def undo_water(self) -> None:
        """Remove the newest drink logged this session (it was a mis-click)."""
        try:
            while self._undoable:
                if self.log.delete(self._undoable.pop()):
                    break
        except StorageError as error:
            self.problem.emit(self.tr("Unclench could not change its log: {0}").format(error))
        self.water_changed.emit()

    def close(self) -> None:
        self.log.close()


def _is_drink(event: Event) -> bool:
    return event.kind is Kind.HYDRATION and event.outcome is Outcome.DONE and bool(event.details.get("ml"))
