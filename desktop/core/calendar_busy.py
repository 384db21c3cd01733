"""When a calendar says the user is busy: iCalendar bytes in, busy periods out (pure, no Qt).

icalendar reads the data and recurring-ical-events expands RRULE/RDATE/EXDATE and RECURRENCE-ID
overrides. Both are imported on first use (about 75 ms and 10 MiB), so only a user who has a
calendar configured pays for them.

What holds a reminder: a timed event that is opaque (TRANSP:OPAQUE, the default; Outlook's
X-MICROSOFT-CDO-BUSYSTATUS:FREE counts as free too), not cancelled,
and not declined by the user (one of `me`, their calendar addresses, with PARTSTAT=DECLINED).
All-day events (DATE values) never do: a birthday or a holiday is not a meeting.

Bounded work: the file has a size cap, only a short window around now is expanded, rules that
repeat every second or minute are skipped, and at most MAX_PERIODS periods are kept. A file that
cannot be read at all raises CalendarError; a single bad event is skipped with a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

MAX_CALENDAR_BYTES = 8 * 1024 * 1024  # a busy work calendar of many years is ~2 MB
MAX_PERIODS = 2000  # occurrences kept from one read of the window
WINDOW_BEFORE = timedelta(days=1)  # expand only [now - 1 day, now + 2 days)
WINDOW_AFTER = timedelta(days=2)
_TOO_FREQUENT = frozenset({"SECONDLY", "MINUTELY"})


class CalendarError(ValueError):
    """The calendar data cannot be read at all; the message says why, for the user."""


@dataclass(frozen=True)
class BusyPeriod:
    """One busy stretch from a calendar event (one occurrence of a recurring one), in aware UTC."""

    summary: str
    start: datetime
    end: datetime

    def covers(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class CalendarReading:
    """What one read of a calendar gave: the busy periods (sorted by start) and notes about
    anything skipped (a broken event, an absurd recurrence), for the user."""

    periods: tuple[BusyPeriod, ...]
    notes: tuple[str, ...] = ()


def expansion_window(now: datetime) -> tuple[datetime, datetime]:
    """The span read from a calendar around `now`; re-read before `now` passes its end."""
    return now - WINDOW_BEFORE, now + WINDOW_AFTER


def busy_periods(
    ics_bytes: bytes,
    start: datetime,
    end: datetime,
    me: frozenset[str] = frozenset(),
    local_zone: tzinfo | None = None,
) -> list[BusyPeriod]:
    """The busy periods overlapping [start, end); see read_busy."""
    return list(read_busy(ics_bytes, start, end, me, local_zone).periods)


def read_busy(
    ics_bytes: bytes,
    start: datetime,
    end: datetime,
    me: frozenset[str] = frozenset(),
    local_zone: tzinfo | None = None,
) -> CalendarReading:
    """Busy periods overlapping [start, end) (aware datetimes), with notes on what was skipped.

    Floating times (no zone) are read in `local_zone`, by default the zone of `start`.
    Raises CalendarError when the data is too large or is no readable calendar."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be aware datetimes")
    if len(ics_bytes) > MAX_CALENDAR_BYTES:
        raise CalendarError(
            f"the calendar is too large ({len(ics_bytes) // 1024} KiB; at most "
            f"{MAX_CALENDAR_BYTES // (1024 * 1024)} MiB is read)"
        )
    zone = local_zone or start.tzinfo
    assert zone is not None
    addresses = frozenset(_address(text) for text in me)
    notes: list[str] = []
    periods: list[BusyPeriod] = []
    for calendar in _calendars(ics_bytes):
        _drop_too_frequent(calendar, notes)
        for event in _occurrences(calendar, start, end, notes):
            try:
                period = _busy_period(event, zone, addresses)
            except (ValueError, TypeError, KeyError, AttributeError) as error:
                notes.append(f"skipped an event that cannot be read ({_named(event)}): {error}")
                continue
            if period is not None and period.start < end and period.end > start:
                periods.append(period)
    periods.sort(key=lambda period: (period.start, period.end, period.summary))
    if len(periods) > MAX_PERIODS:
        notes.append(f"only the first {MAX_PERIODS} of {len(periods)} events in the next days are used")
        del periods[MAX_PERIODS:]
    return CalendarReading(tuple(periods), tuple(dict.fromkeys(notes)))


def busy_at(periods: Sequence[BusyPeriod], moment: datetime) -> BusyPeriod | None:
    """Of the periods (sorted by start) covering `moment`, the one that ends last, or None."""
    found: BusyPeriod | None = None
    for period in periods:
        if period.start > moment:
            break
        if period.covers(moment) and (found is None or period.end > found.end):
            found = period
    return found


def next_boundary(periods: Sequence[BusyPeriod], moment: datetime) -> datetime | None:
    """The next time after `moment` at which a period starts or ends (when a calendar hold may
    begin or end), or None: for the one scheduling timer to wake up then."""
    times = [t for period in periods for t in (period.start, period.end) if t > moment]
    return min(times, default=None)


def _calendars(ics_bytes: bytes) -> list[Any]:
    import icalendar

    if not ics_bytes.strip():
        raise CalendarError("the file is empty")
    try:
        components = icalendar.Calendar.from_ical(ics_bytes, multiple=True)
    except (ValueError, IndexError, KeyError, TypeError) as error:
        raise CalendarError(f"not a readable iCalendar file: {_first_line(error)}") from error
    calendars = [component for component in components if component.name == "VCALENDAR"]
    if not calendars:
        raise CalendarError("no calendar in the file (it has no BEGIN:VCALENDAR … END:VCALENDAR)")
    return calendars


def _drop_too_frequent(calendar: Any, notes: list[str]) -> None:
    """Rules repeating every second or minute are no meetings, and would expand to thousands."""
    kept = []
    for component in calendar.subcomponents:
        rule = component.get("RRULE") if component.name == "VEVENT" else None
        rules = rule if isinstance(rule, list) else [rule] if rule is not None else []
        try:
            frequencies = {str(value).upper() for r in rules for value in r.get("FREQ", [])}
        except ValueError:  # a broken rule: the expansion skips it with its own note
            frequencies = set()
        if frequencies & _TOO_FREQUENT:
            notes.append(f"skipped {_named(component)}: it repeats every minute or second")
            continue
        kept.append(component)
    calendar.subcomponents[:] = kept


def _occurrences(calendar: Any, start: datetime, end: datetime, notes: list[str]) -> list[Any]:
    import recurring_ical_events

    # Floating times can be up to a day off UTC: expand a wider span, then filter exactly.
    wide_start, wide_end = start.astimezone(UTC) - timedelta(days=1), end.astimezone(UTC) + timedelta(days=1)
    try:
        return list(recurring_ical_events.of(calendar).between(wide_start, wide_end))
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as strict_error:
        # One broken series should not hide every other meeting: read again without the bad ones.
        notes.append(f"skipped events that cannot be read: {_first_line(strict_error)}")
    try:
        query = recurring_ical_events.of(calendar, skip_bad_series=True)
        return list(query.between(wide_start, wide_end))
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        raise CalendarError(f"the events cannot be read: {_first_line(error)}") from error


def _busy_period(event: Any, zone: tzinfo, me: frozenset[str]) -> BusyPeriod | None:
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return None
    if str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":  # Outlook's "show as free"
        return None
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    if me and _declined_by(event, me):
        return None
    begin, finish = event.start, event.end
    if not isinstance(begin, datetime) or not isinstance(finish, datetime):
        assert isinstance(begin, date)
        return None  # all-day (or a date-only end): not a meeting
    begin, finish = _utc(begin, zone), _utc(finish, zone)
    if finish <= begin:
        return None
    return BusyPeriod(_summary(event), begin, finish)


def _declined_by(event: Any, me: frozenset[str]) -> bool:
    attendees = event.get("ATTENDEE")
    if attendees is None:
        return False
    for attendee in attendees if isinstance(attendees, list) else [attendees]:
        partstat = str(attendee.params.get("PARTSTAT", "")).upper()
        if partstat == "DECLINED" and _address(str(attendee)) in me:
            return True
    return False


def _utc(moment: datetime, zone: tzinfo) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)  # floating: the user's own clock time
    return moment.astimezone(UTC)


def _address(text: str) -> str:
    text = text.strip()
    return (text[7:] if text.lower().startswith("mailto:") else text).casefold()


def _summary(component: Any) -> str:
    return str(component.get("SUMMARY") or "")


def _named(component: Any) -> str:
    summary = _summary(component)
    return f"“{summary}”" if summary else "an event without a title"


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]
