"""Settings follow across computers: the latest change per setting wins; some stay per computer."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from desktop.core.settings import KindSettings, Settings, WorkingHoursSettings
from desktop.core.settings_follow import (
    NEVER,
    applied,
    flat,
    newer,
    stamp,
    stamped_from_json,
    stamped_to_json,
)

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_per_computer_settings_do_not_follow() -> None:
    names = flat(Settings())
    assert "water_goal_ml" in names and "posture.interval_minutes" in names
    assert not any(n.startswith(("working_hours", "language", "computer_name")) for n in names)


def test_first_publish_stamps_only_changed_values() -> None:
    mine = stamp({}, Settings(water_goal_ml=2500), T0)
    assert mine["water_goal_ml"] == (2500, T0.isoformat())
    assert mine["glass_ml"] == (250, NEVER)


def test_a_value_keeps_its_time_until_it_changes() -> None:
    first = stamp({}, Settings(water_goal_ml=2500), T0)
    later = T0 + timedelta(hours=1)
    again = stamp(first, Settings(water_goal_ml=2500, glass_ml=300), later)
    assert again["water_goal_ml"] == (2500, T0.isoformat())
    assert again["glass_ml"] == (300, later.isoformat())


def test_the_latest_change_wins_and_defaults_override_nobody() -> None:
    office = stamp({}, Settings(water_goal_ml=2500), T0)
    laptop = stamp({}, Settings(), T0 + timedelta(hours=2))  # joins later with the defaults
    assert newer(laptop, [office]) == {"water_goal_ml": (2500, T0.isoformat())}
    assert newer(office, [laptop]) == {}
    changed_later = stamp(laptop, Settings(water_goal_ml=1800), T0 + timedelta(hours=3))
    assert newer(office, [changed_later])["water_goal_ml"][0] == 1800


def test_the_newest_of_several_computers_wins() -> None:
    me = stamp({}, Settings(), T0)
    a = {"glass_ml": (300, (T0 + timedelta(minutes=1)).isoformat())}
    b = {"glass_ml": (330, (T0 + timedelta(minutes=2)).isoformat())}
    assert newer(me, [b, a])["glass_ml"][0] == 330
    assert newer(me, [a, b])["glass_ml"][0] == 330


def test_updates_are_checked_by_the_settings_model() -> None:
    base = Settings(working_hours=WorkingHoursSettings(enabled=True))
    result = applied(base, {"posture.interval_minutes": (35, "x"), "glass_ml": (10**9, "x")})
    assert result.posture == KindSettings(interval_minutes=35)
    assert result.glass_ml == base.glass_ml  # out of range: dropped
    assert result.working_hours == base.working_hours


def test_json_round_trip_and_junk() -> None:
    mine = stamp({}, replace(Settings(), water_goal_ml=2500), T0)
    assert stamped_from_json(stamped_to_json(mine)) == mine
    assert stamped_from_json({"a": [1], "b": "x", "c": [1, 2], 3: [1, "t"]}) == {}
    assert stamped_from_json([]) == {}
