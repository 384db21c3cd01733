"""Working hours: the local times of each weekday when reminders may come.

Ranges are written the way people say them, "09:00-12:30, 13:30-18:00", one string per weekday
("" for a day off). All arithmetic happens on local wall-clock times in the user's current zone,
converted to UTC instants, so DST changes and a laptop that flew somewhere come out right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from desktop.core.i18n import _

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")
_SEARCH_DAYS = 8  # a whole week plus today: enough to find the next start if any day has hours


class RangesError(ValueError):
    """A working-hours text is not a valid list of ranges; the message names the offending part."""

    pass


def parse_ranges(text: str) -> tuple[tuple[time, time], ...]:
    """'09:00-12:30, 13:30-18:00' → ((09:00, 12:30), (13:30, 18:00)); '' → (). 24:00 may end a range."""
    ranges: list[tuple[time, time]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        match = _RANGE.match(part)
        if not match:
            raise RangesError(_("'{part}' is not a range like 09:00-12:30").format(part=part))
        h1, m1, h2, m2 = map(int, match.groups())
        start, end = _clock(h1, m1, part), _clock(h2, m2, part, end=True)
        if start >= end:
            raise RangesError(_("'{part}' ends before it starts").format(part=part))
        if ranges and start < ranges[-1][1]:
            raise RangesError(
                _("'{part}' overlaps or comes before the range in front of it").format(part=part)
            )
        ranges.append((start, end))
    return tuple(ranges)


def _clock(hour: int, minute: int, part: str, end: bool = False) -> time:
    if end and (hour, minute) == (24, 0):
        return time.max
    if hour > 23 or minute > 59:
        raise RangesError(_("'{part}' has a time that does not exist").format(part=part))
    return time(hour, minute)


@dataclass(frozen=True)
class WorkingWeek:
    """The parsed working hours: for each weekday, Monday first, its sorted local time ranges; it answers
    whether a moment is within them and does working-time arithmetic in a given zone.
    """

    days: tuple[tuple[tuple[time, time], ...], ...]  # seven entries, Monday first

    @classmethod
    def from_texts(cls, texts: tuple[str, ...]) -> WorkingWeek:
        return cls(tuple(parse_ranges(text) for text in texts))

    def has_hours(self) -> bool:
        return any(self.days)

    def periods(self, start: datetime, zone: tzinfo) -> Iterator[tuple[datetime, datetime]]:
        """Working periods (UTC-aware instants) that end after `start`, in order, for about a week."""
        first_day = start.astimezone(zone).date() - timedelta(days=1)  # a range may have begun yesterday
        for offset in range(_SEARCH_DAYS + 1):
            day = first_day + timedelta(days=offset)
            for begin, end in self.days[day.weekday()]:
                period = (_instant(day, begin, zone, start), _instant(day, end, zone, start))
                if period[1] > start and period[0] < period[1]:
                    yield period

    def current_or_next(self, now: datetime, zone: tzinfo) -> tuple[datetime, datetime] | None:
        return next(self.periods(now, zone), None)

    def is_working(self, now: datetime, zone: tzinfo) -> bool:
        period = self.current_or_next(now, zone)
        return period is not None and period[0] <= now

    def working_seconds_between(self, start: datetime, end: datetime, zone: tzinfo) -> float:
        total = 0.0
        for begin, finish in self.periods(start, zone):
            if begin >= end:
                break
            total += (min(finish, end) - max(begin, start)).total_seconds()
        return total

    def add_working_seconds(self, start: datetime, seconds: float, zone: tzinfo) -> datetime | None:
        """The instant when `seconds` of working time after `start` have passed (None: no hours soon)."""
        left = seconds
        for begin, finish in self.periods(start, zone):
            begin = max(begin, start)
            span = (finish - begin).total_seconds()
            if left <= span:
                return begin + timedelta(seconds=left)
            left -= span
        return None


def _instant(day: date, clock: time, zone: tzinfo, like: datetime) -> datetime:
    if clock == time.max:  # 24:00 is the next midnight
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(like.tzinfo)
    return datetime.combine(day, clock, tzinfo=zone).astimezone(like.tzinfo)


def start_of_tomorrow(now: datetime, zone: tzinfo, week: WorkingWeek | None) -> datetime:
    """When "until tomorrow" ends: tomorrow's first working hour when hours are set, else the local
    midnight that begins tomorrow (an instant in `now`'s zone either way; DST-safe)."""
    today = now.astimezone(zone).date()
    midnight = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone).astimezone(now.tzinfo)
    period = week.current_or_next(midnight, zone) if week else None
    return max(period[0], midnight) if period else midnight
