"""The log's rows as text: how times, details and whole events are written to and read from SQLite.

Times are ISO-8601 in UTC with microseconds, fixed width (`time_to_text`), so text order is time
order; reading is forgiving (a time edited by hand into nonsense reads as None, details that are
not a JSON object as {"unreadable_details": text}), so one bad row never hides the others.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from desktop.core.events import Event, Outcome, event_kind
from desktop.core.settings import DRINK_ML

# What time_to_text writes: fixed width, microseconds, UTC (month, day and clock ranges checked).
_CANONICAL_TIME = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}\+00:00"
)


class ExportRow(NamedTuple):
    """One event as stored, as text: times are ISO-8601 UTC (or None), details a JSON object."""

    uid: str
    local_day: str
    kind: str
    outcome: str
    due_at: str | None
    shown_at: str | None
    answered_at: str | None
    details: str


def event_values(event: Event) -> tuple[str | None, ...]:
    """An INSERT's values for `event`: kind, outcome, due_at, shown_at, answered_at, local_day, details."""
    return (
        str(event.kind),
        str(event.outcome),
        time_to_text(event.due_at),
        time_to_text(event.shown_at),
        time_to_text(event.answered_at),
        event.local_day,
        json.dumps(event.details, ensure_ascii=False, allow_nan=False),
    )


def time_to_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.utcoffset() is None:
        raise ValueError(f"event times must be timezone-aware, got {moment!r}")
    # Fixed width (always microseconds, always +00:00) so text order is time order.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_time(text: str | None) -> str | None:
    """`text` (an ISO-8601 time with its UTC offset) in the log's own form, as `time_to_text`
    writes it. Raises ValueError for text that is not such a time (including one without an offset)."""
    if text is None or _CANONICAL_TIME.fullmatch(text):
        return text  # the common case, e.g. every time in our own exports: no parsing needed
    moment = datetime.fromisoformat(text)
    if moment.utcoffset() is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return time_to_text(moment)


def time_from_text(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None  # edited by hand into something unreadable; the row itself stays
    return moment.replace(tzinfo=UTC) if moment.utcoffset() is None else moment.astimezone(UTC)


def details_from_text(text: str) -> dict[str, Any]:
    try:
        details = json.loads(text)
    except (ValueError, RecursionError):
        details = None
    return details if isinstance(details, dict) else {"unreadable_details": text}


@dataclass(frozen=True)
class StoredEvent:
    """An event as read back from the log, with its row id."""

    id: int  # the row id: what `delete` takes to undo a record
    event: Event


@dataclass(frozen=True)
class LogSpan:
    """How much history the log holds."""

    events: int
    first_day: str | None
    last_day: str | None


def drink_ml(details: str) -> float:
    """The millilitres of one drink's details text: its "ml" if that is a number within DRINK_ML,
    else nothing (a value edited by hand into the file counts as no drink)."""
    ml = details_from_text(details).get("ml")
    if isinstance(ml, int | float) and not isinstance(ml, bool) and DRINK_ML.low <= ml <= DRINK_ML.high:
        return ml
    return 0.0


def stored_event(row: tuple[Any, ...]) -> StoredEvent | None:
    """A row read with database_file.COLUMNS as a StoredEvent; None for a kind or outcome this
    version does not know (a newer version's row, a hand edit): it stays in the file and in the
    export, and is left out here."""
    row_id, kind, outcome, due_at, shown_at, answered_at, local_day, details = row
    try:
        typed_kind, typed_outcome = event_kind(str(kind)), Outcome(outcome)
    except ValueError:
        return None
    return StoredEvent(
        id=row_id,
        event=Event(
            kind=typed_kind,
            outcome=typed_outcome,
            local_day=local_day,
            due_at=time_from_text(due_at),
            shown_at=time_from_text(shown_at),
            answered_at=time_from_text(answered_at),
            details=details_from_text(details),
        ),
    )
