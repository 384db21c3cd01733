"""One breathing sitting is one row in the log, however often the pattern or length was changed.

The breathing window restarts its session when the user picks another pattern or length and reports
the part that ended; those parts belong to one sitting (from opening to Stop, the end or closing the
window). `SittingLog` joins them and says what to log when the sitting ends: one row, with the time of
every part, the first before-rating given and the last after-rating. `worth_logging` is the one rule
for what is too short to log: a false start (opened by mistake) is dropped, but never a sitting whose
before-rating was given.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.breathing import BreathingSessionResult

FALSE_START_SECONDS = 5.0  # less breathing than this, unfinished and unrated, is an opening by mistake


def worth_logging(result: BreathingSessionResult) -> bool:
    """Whether a sitting belongs in the log: finished, breathed long enough, or rated."""
    rated = result.rating_before is not None or result.rating_after is not None
    return result.completed or rated or result.actual_seconds >= FALSE_START_SECONDS


def joined(earlier: BreathingSessionResult, later: BreathingSessionResult) -> BreathingSessionResult:
    """Two parts of one sitting as one: it ends as the later part did (pattern, completion, after-rating);
    the time breathed adds up, and what was planned is what the earlier part breathed plus the later plan."""
    return replace(
        later,
        planned_seconds=earlier.actual_seconds + later.planned_seconds,
        actual_seconds=earlier.actual_seconds + later.actual_seconds,
        started_at=earlier.started_at,
        rating_before=earlier.rating_before if earlier.rating_before is not None else later.rating_before,
    )


class SittingLog:
    """Owns the parts of the breathing sitting under way. `add` takes each part the window reports, told
    whether the sitting goes on (the pattern was switched) or ended; it returns the one result to log
    when the sitting ended and is worth logging, else None. No signals (pure Python)."""

    def __init__(self) -> None:
        self._so_far: BreathingSessionResult | None = None

    @property
    def under_way(self) -> bool:
        return self._so_far is not None

    def add(self, part: BreathingSessionResult, goes_on: bool) -> BreathingSessionResult | None:
        sitting = part if self._so_far is None else joined(self._so_far, part)
        if goes_on:
            self._so_far = sitting
            return None
        self._so_far = None
        return sitting if worth_logging(sitting) else None

    def end(self) -> BreathingSessionResult | None:
        """The sitting ended without a last part (its window went away): what to log, if anything."""
        sitting, self._so_far = self._so_far, None
        return sitting if sitting is not None and worth_logging(sitting) else None
