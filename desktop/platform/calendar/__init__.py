"""Calendar holds: the user's .ics files (and one optional web address) as busy periods.

Import this package only when a calendar is configured: it pulls in the iCalendar libraries on the
first read."""

from __future__ import annotations

from desktop.platform.calendar.source import CalendarConfig, CalendarSource

__all__ = ["CalendarConfig", "CalendarSource"]
