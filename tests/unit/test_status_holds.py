"""`unclench status` says why it is quiet: a call, a calendar event, an app rule; the held
details travel over the socket and back intact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.core.day_activity import DayActivity
from desktop.core.holds import Hold, HoldReason
from desktop.core.kinds import Kind
from desktop.core.reminder_state import Upcoming
from desktop.ipc.status import StatusReport, build_status, status_text

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # 10:30 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def report_for(hold: Hold) -> StatusReport:
    upcoming = Upcoming(False, None, None, Kind.POSTURE, NOW, hold=hold)
    report = build_status(upcoming, [(Kind.POSTURE, NOW)], DayActivity.of("2026-11-23"), 2000)
    return StatusReport.from_json(report.to_json())  # as the command line reads it


def test_a_call_says_which_device_and_app_since_when_and_when_it_tries_again() -> None:
    since = NOW - timedelta(minutes=28)
    call = Hold(HoldReason.CALL, since, NOW + timedelta(minutes=1), None, "Firefox", "microphone")
    assert "held: a call (microphone in Firefox) since 10:02, next try when it ends" in status_text(
        report_for(call), NOW, BERLIN
    )
    ended = Hold(
        HoldReason.CALL, since, NOW + timedelta(minutes=2), None, "zoom", "camera", call_ended_at=NOW
    )
    assert "held: a call (camera in zoom) since 10:02, next try at 10:32" in status_text(
        report_for(ended), NOW, BERLIN
    )


def test_a_calendar_event_says_its_name_and_end_and_an_app_rule_its_app() -> None:
    end = NOW + timedelta(minutes=30)
    event = Hold(HoldReason.CALENDAR, NOW, end, None, "Weekly sync", ends_at=end)
    report = report_for(event)
    assert (report.held_reason, report.held_detail, report.paused_until) == ("calendar", "Weekly sync", end)
    assert "held: Weekly sync in your calendar until 11:00" in status_text(report, NOW, BERLIN)
    rule = Hold(HoldReason.APP, NOW, NOW + timedelta(minutes=1), None, "obs")
    assert "held: obs is open (an app rule)" in status_text(report_for(rule), NOW, BERLIN)


def test_a_long_event_name_is_cut_to_what_the_wire_allows() -> None:
    end = NOW + timedelta(minutes=30)
    long = Hold(HoldReason.CALENDAR, NOW, end, None, "x" * 300, ends_at=end)
    assert report_for(long).held_detail == "x" * 64
