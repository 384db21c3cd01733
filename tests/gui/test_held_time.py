"""Statistics show the time reminders were held today (calls, calendar events, app rules)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.day_activity import DayActivity
from desktop.core.stats import today_summary
from desktop.ui.stats_text import today_tiles


def test_the_breaks_tile_says_how_long_reminders_were_held_today(qtbot: QtBot) -> None:
    held = today_summary([DayActivity.of("2026-11-23", held_seconds=2400)], "2026-11-23")
    assert held.held_minutes == 40
    breaks = next(tile for tile in today_tiles(held) if tile.caption == "Breaks")
    assert "held 40 minutes" in breaks.detail
    quiet_day = today_summary([DayActivity.of("2026-11-23", held_seconds=20)], "2026-11-23")
    breaks = next(tile for tile in today_tiles(quiet_day) if tile.caption == "Breaks")
    assert "held" not in breaks.detail


def test_the_tray_line_says_why_it_is_quiet(qtbot: QtBot) -> None:
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from desktop.core.holds import Hold, HoldReason
    from desktop.core.kinds import Kind
    from desktop.core.reminder_state import Upcoming
    from desktop.ui.wording import describe

    now, zone = datetime(2026, 11, 23, 9, 30, tzinfo=UTC), ZoneInfo("Europe/Berlin")
    call = Hold(HoldReason.CALL, now - timedelta(minutes=28), now, None, "Firefox", "microphone")
    end = now + timedelta(minutes=30)
    event = Hold(HoldReason.CALENDAR, now, end, None, "Weekly sync", ends_at=end)

    def line(hold: Hold) -> str:
        return describe(Upcoming(False, None, None, Kind.POSTURE, now, hold=hold), now, zone)

    assert (
        line(call) == "Posture check held: a call (microphone in Firefox) since 10:02, next try when it ends"
    )
    assert line(event) == "Posture check held: Weekly sync in your calendar until 11:00"
