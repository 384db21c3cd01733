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
