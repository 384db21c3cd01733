from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from desktop.core.working_hours import RangesError, WorkingWeek, parse_ranges


def test_ranges_parse_the_way_people_write_them() -> None:
    assert parse_ranges("09:00-12:30, 13:30-18:00") == ((time(9), time(12, 30)), (time(13, 30), time(18)))
    assert parse_ranges(" 9:00 – 17:00 ") == ((time(9), time(17)),)
    assert parse_ranges("") == ()
    assert parse_ranges("20:00-24:00") == ((time(20), time.max),)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("9-5", "is not a range"),
        ("12:00-09:00", "ends before it starts"),
        ("09:00-12:00, 11:00-13:00", "overlaps"),
        ("25:00-26:00", "does not exist"),
        ("09:61-10:00", "does not exist"),
    ],
)
def test_bad_ranges_say_what_is_wrong(text: str, why: str) -> None:
    with pytest.raises(RangesError, match=why):
        parse_ranges(text)


def test_add_working_seconds_skips_the_gaps() -> None:
    zone = ZoneInfo("UTC")
    week = WorkingWeek.from_texts(("09:00-12:00, 13:00-17:00",) * 5 + ("", ""))
    friday_afternoon = datetime(2026, 11, 27, 16, 30, tzinfo=UTC)
    assert week.add_working_seconds(friday_afternoon, 3600, zone) == datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
    assert week.is_working(friday_afternoon, zone)
    assert not week.is_working(datetime(2026, 11, 28, 10, 0, tzinfo=UTC), zone)
    assert WorkingWeek.from_texts(("",) * 7).add_working_seconds(friday_afternoon, 60, zone) is None
