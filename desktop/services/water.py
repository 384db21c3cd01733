"""Today's water: the total against the goal, and undo of the last glass logged from this session."""

from __future__ import annotations

from desktop.core.events import Event, Kind, Outcome
from desktop.storage.eventlog import EventLog


class WaterTracker:
    def __init__(self, log: EventLog) -> None:
        self._log = log
        self._undoable: list[int] = []  # row ids of drinks logged this session, newest last

    def recorded(self, row_id: int, event: Event) -> None:
        """Called for every row the app writes; remembers the drinks so they can be undone."""
        if (
            event.kind == Kind.HYDRATION.value
            and event.outcome == Outcome.DONE.value
            and event.details.get("ml")
        ):
            self._undoable.append(row_id)

    @property
    def can_undo(self) -> bool:
        return bool(self._undoable)

    def undo_last(self) -> bool:
        """Remove the newest drink logged this session (it was a mis-click). False if none is left."""
        while self._undoable:
            if self._log.delete(self._undoable.pop()):
                return True
        return False

    def total_ml(self, local_day: str) -> int:
        return self._log.water_total_ml(local_day)
