"""Calendar busy periods from iCalendar data: recurrences, exclusions, time zones, bad files."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.calendar_busy import (
    MAX_CALENDAR_BYTES,
    MAX_PERIODS,
    BusyPeriod,
    CalendarError,
    busy_at,
    busy_periods,
    expansion_window,
    next_boundary,
    read_busy,
)

BERLIN = ZoneInfo("Europe/Berlin")


def calendar(*events: str) -> bytes:
    """A VCALENDAR with one VEVENT per argument (property lines, indentation ignored)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//unclench tests//EN"]
    for event in events:
        lines += ["BEGIN:VEVENT", *(line.strip() for line in event.strip().splitlines()), "END:VEVENT"]
    return ("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n").encode()


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def spans(periods: list[BusyPeriod]) -> list[tuple[str, datetime, datetime]]:
    return [(p.summary, p.start, p.end) for p in periods]


WEEKLY = calendar(
    """UID:weekly@test
    SUMMARY:Team sync
    DTSTART;TZID=Europe/Berlin:20261102T100000
    DTEND;TZID=Europe/Berlin:20261102T110000
    RRULE:FREQ=WEEKLY;BYDAY=MO
    EXDATE;TZID=Europe/Berlin:20261109T100000""",
    """UID:weekly@test
    RECURRENCE-ID;TZID=Europe/Berlin:20261116T100000
    SUMMARY:Team sync (moved)
    DTSTART;TZID=Europe/Berlin:20261116T150000
    DTEND;TZID=Europe/Berlin:20261116T153000""",
)


def test_weekly_event_expands_and_an_exdate_removes_one_week() -> None:
    assert spans(busy_periods(WEEKLY, utc(2026, 11, 1), utc(2026, 11, 4))) == [
        ("Team sync", utc(2026, 11, 2, 9), utc(2026, 11, 2, 10)),
    ]
    assert busy_periods(WEEKLY, utc(2026, 11, 8), utc(2026, 11, 11)) == []  # the EXDATE week
    assert spans(busy_periods(WEEKLY, utc(2026, 11, 22), utc(2026, 11, 25))) == [
        ("Team sync", utc(2026, 11, 23, 9), utc(2026, 11, 23, 10)),
    ]


def test_an_overridden_instance_moves_and_keeps_its_own_title() -> None:
    assert spans(busy_periods(WEEKLY, utc(2026, 11, 15), utc(2026, 11, 18))) == [
        ("Team sync (moved)", utc(2026, 11, 16, 14), utc(2026, 11, 16, 14, 30)),
    ]


def test_rdate_adds_an_extra_occurrence() -> None:
    data = calendar(
        """UID:rdate@test
        SUMMARY:Review
        DTSTART:20261102T080000Z
        DURATION:PT45M
        RDATE:20261103T130000Z"""
    )
    assert spans(busy_periods(data, utc(2026, 11, 2), utc(2026, 11, 4))) == [
        ("Review", utc(2026, 11, 2, 8), utc(2026, 11, 2, 8, 45)),
        ("Review", utc(2026, 11, 3, 13), utc(2026, 11, 3, 13, 45)),
    ]


def test_all_day_free_and_cancelled_events_do_not_hold() -> None:
    data = calendar(
        """UID:allday@test
        SUMMARY:Holiday
        DTSTART;VALUE=DATE:20261102
        DTEND;VALUE=DATE:20261103""",
        """UID:free@test
        SUMMARY:Focus time (free)
        TRANSP:TRANSPARENT
        DTSTART:20261102T090000Z
        DTEND:20261102T100000Z""",
        """UID:outlook-free@test
        SUMMARY:Shown as free in Outlook
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        DTSTART:20261102T100000Z
        DTEND:20261102T110000Z""",
        """UID:cancelled@test
        SUMMARY:Cancelled call
        STATUS:CANCELLED
        DTSTART:20261102T110000Z
        DTEND:20261102T120000Z""",
        """UID:busy@test
        SUMMARY:Real meeting
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        DTSTART:20261102T130000Z
        DTEND:20261102T140000Z""",
    )
    assert [p.summary for p in busy_periods(data, utc(2026, 11, 1), utc(2026, 11, 4))] == ["Real meeting"]


def test_an_event_i_declined_does_not_hold_but_one_declined_by_others_does() -> None:
    data = calendar(
        """UID:declined@test
        SUMMARY:Declined by me
        DTSTART:20261102T090000Z
        DTEND:20261102T100000Z
        ATTENDEE;PARTSTAT=DECLINED:mailto:Me@Example.org
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:boss@example.org""",
        """UID:other@test
        SUMMARY:Declined by someone else
        DTSTART:20261102T110000Z
        DTEND:20261102T120000Z
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.org
        ATTENDEE;PARTSTAT=DECLINED:mailto:boss@example.org""",
    )
    window = (utc(2026, 11, 2), utc(2026, 11, 3))
    mine = frozenset({"mailto:me@example.ORG"})
    assert [p.summary for p in busy_periods(data, *window, me=mine)] == ["Declined by someone else"]
    # Without the user's address nothing tells whose answer it is: both hold.
    assert len(busy_periods(data, *window)) == 2


def test_tzid_europe_berlin_keeps_local_time_across_the_dst_change() -> None:
    """10:00 in Berlin is 08:00 UTC in summer time and 09:00 UTC after 25 October 2026."""
    data = calendar(
        """UID:daily@test
        SUMMARY:Stand-up
        DTSTART;TZID=Europe/Berlin:20261023T100000
        DTEND;TZID=Europe/Berlin:20261023T101500
        RRULE:FREQ=DAILY;COUNT=4"""
    )
    starts = [p.start for p in busy_periods(data, utc(2026, 10, 23), utc(2026, 10, 27))]
    assert starts == [utc(2026, 10, 23, 8), utc(2026, 10, 24, 8), utc(2026, 10, 25, 9), utc(2026, 10, 26, 9)]
    assert all(p.start.tzinfo is UTC for p in busy_periods(data, utc(2026, 10, 23), utc(2026, 10, 27)))


def test_a_vtimezone_in_the_file_is_used() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTIMEZONE\r\nTZID:Office\r\n"
        b"BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n"
        b"END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:tz@test\r\nSUMMARY:Call\r\n"
        b"DTSTART;TZID=Office:20261102T120000\r\nDTEND;TZID=Office:20261102T130000\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    assert spans(busy_periods(data, utc(2026, 11, 2), utc(2026, 11, 3))) == [
        ("Call", utc(2026, 11, 2, 9), utc(2026, 11, 2, 10))
    ]


def test_floating_times_are_read_in_the_local_zone() -> None:
    data = calendar(
        """UID:floating@test
        SUMMARY:Lunch walk
        DTSTART:20261102T120000
        DTEND:20261102T130000"""
    )
    window = (utc(2026, 11, 2), utc(2026, 11, 3))
    assert spans(busy_periods(data, *window, local_zone=BERLIN)) == [
        ("Lunch walk", utc(2026, 11, 2, 11), utc(2026, 11, 2, 12))
    ]
    # By default the zone of `start`.
    berlin_window = (datetime(2026, 11, 2, tzinfo=BERLIN), datetime(2026, 11, 3, tzinfo=BERLIN))
    assert busy_periods(data, *berlin_window)[0].start == utc(2026, 11, 2, 11)
    assert busy_periods(data, *window)[0].start == utc(2026, 11, 2, 12)


def test_only_events_overlapping_the_window_are_returned() -> None:
    data = calendar(
        """UID:long@test
        SUMMARY:Workshop
        DTSTART:20261101T220000Z
        DTEND:20261102T020000Z""",
        """UID:later@test
        SUMMARY:Later
        DTSTART:20261103T090000Z
        DTEND:20261103T100000Z""",
    )
    assert [p.summary for p in busy_periods(data, utc(2026, 11, 2), utc(2026, 11, 3))] == ["Workshop"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"hello, this is not a calendar\n", "not a readable iCalendar file"),
        (bytes(range(256)), "not a readable iCalendar file"),
        (b"BEGIN:VCARD\r\nFN:Someone\r\nEND:VCARD\r\n", "no calendar in the file"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", "no calendar in the file"),
    ],
)
def test_a_malformed_file_raises_calendar_error_with_a_message(data: bytes, words: str) -> None:
    with pytest.raises(CalendarError, match=words):
        busy_periods(data, utc(2026, 11, 2), utc(2026, 11, 3))


def test_a_file_over_the_size_cap_is_refused_before_parsing() -> None:
    with pytest.raises(CalendarError, match="too large"):
        busy_periods(b" " * (MAX_CALENDAR_BYTES + 1), utc(2026, 11, 2), utc(2026, 11, 3))


def test_one_broken_event_is_skipped_with_a_note_and_the_rest_still_hold() -> None:
    data = calendar(
        """UID:broken@test
        SUMMARY:Broken
        DTSTART:2026XX02T090000Z
        DTEND:20261102T100000Z""",
        """UID:badrule@test
        SUMMARY:Bad rule
        DTSTART:20261102T090000Z
        DTEND:20261102T100000Z
        RRULE:FREQ=SOMETIMES""",
        """UID:fine@test
        SUMMARY:Fine
        DTSTART:20261102T110000Z
        DTEND:20261102T120000Z""",
    )
    reading = read_busy(data, utc(2026, 11, 2), utc(2026, 11, 3))
    assert [p.summary for p in reading.periods] == ["Fine"]
    assert reading.notes and all(note.startswith("skipped") for note in reading.notes)


def test_absurd_recurrences_are_skipped_and_the_count_is_capped() -> None:
    every_second = """UID:second@test
        SUMMARY:Every second
        DTSTART:20261102T090000Z
        DTEND:20261102T090001Z
        RRULE:FREQ=SECONDLY"""
    every_minute = every_second.replace("SECONDLY", "MINUTELY").replace("second@", "minute@")
    hourly = [
        f"""UID:hourly{n}@test
        SUMMARY:Hourly {n}
        DTSTART:20261101T000000Z
        DTEND:20261101T003000Z
        RRULE:FREQ=HOURLY"""
        for n in range(40)
    ]
    reading = read_busy(calendar(every_second, every_minute, *hourly), utc(2026, 11, 1), utc(2026, 11, 4))
    assert len(reading.periods) == MAX_PERIODS  # 40 rules x 72 hours, cut to the cap
    assert not any(p.summary.startswith("Every") for p in reading.periods)
    assert any("“Every second”" in note and "every minute or second" in note for note in reading.notes)
    assert any(f"first {MAX_PERIODS}" in note for note in reading.notes)


def test_busy_at_picks_the_covering_period_that_ends_last() -> None:
    periods = [
        BusyPeriod("A", utc(2026, 11, 2, 9), utc(2026, 11, 2, 10)),
        BusyPeriod("B", utc(2026, 11, 2, 9, 30), utc(2026, 11, 2, 11)),
        BusyPeriod("C", utc(2026, 11, 2, 12), utc(2026, 11, 2, 13)),
    ]
    assert busy_at(periods, utc(2026, 11, 2, 8, 59)) is None
    assert busy_at(periods, utc(2026, 11, 2, 9)) == periods[0]
    assert busy_at(periods, utc(2026, 11, 2, 9, 45)) == periods[1]
    assert busy_at(periods, utc(2026, 11, 2, 11)) is None  # the end is not inside
    assert busy_at(periods, utc(2026, 11, 2, 12, 30)) == periods[2]


def test_next_boundary_is_the_next_start_or_end() -> None:
    periods = [
        BusyPeriod("A", utc(2026, 11, 2, 9), utc(2026, 11, 2, 10)),
        BusyPeriod("B", utc(2026, 11, 2, 9, 30), utc(2026, 11, 2, 11)),
    ]
    assert next_boundary(periods, utc(2026, 11, 2, 8)) == utc(2026, 11, 2, 9)
    assert next_boundary(periods, utc(2026, 11, 2, 9)) == utc(2026, 11, 2, 9, 30)
    assert next_boundary(periods, utc(2026, 11, 2, 10, 30)) == utc(2026, 11, 2, 11)
    assert next_boundary(periods, utc(2026, 11, 2, 11)) is None


def test_the_expansion_window_is_a_day_back_and_two_ahead() -> None:
    now = utc(2026, 11, 2, 9)
    assert expansion_window(now) == (now - timedelta(days=1), now + timedelta(days=2))


def test_importing_the_module_does_not_load_the_calendar_libraries() -> None:
    program = (
        "import sys, desktop.core.calendar_busy\n"
        "print(sorted(m for m in ('icalendar', 'recurring_ical_events') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
