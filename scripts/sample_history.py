"""Plausible Unclench history for renders, GUI tests and the benchmark: deterministic per seed.

A working day runs about 09:00–17:30 local time with posture checks every ~20 minutes, water
nudges every ~45 and stretch breaks every ~30, answered the way people really answer them (mostly
done, some snoozed, skipped, missed or taken naturally while away), a breathing session or a
routine now and then, and a few tension check-ins whose level drifts lower on days with more
breaks (noisy, as real ratings are). Most weekends the computer stays off.

`density` repeats each working day's reminders that many times (with shifted times) to reach
the benchmark's ~500,000 events over five years; 1 is realistic.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from desktop.core.events import Event

ZONE = ZoneInfo("Europe/Berlin")
OUTCOMES = {
    "posture": (("done", 70), ("snoozed", 8), ("skipped", 7), ("missed", 10), ("natural", 5)),
    "hydration": (("done", 62), ("snoozed", 10), ("skipped", 9), ("missed", 14), ("natural", 5)),
    "stretch": (("done", 45), ("snoozed", 10), ("skipped", 15), ("missed", 14), ("natural", 16)),
}
INTERVAL_MINUTES = {"posture": 20, "hydration": 45, "stretch": 30}


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([name for name, _ in weighted], [weight for _, weight in weighted])[0]


def _at(day: date, minutes: float, zone: tzinfo) -> datetime:
    local = datetime.combine(day, time(9, 0), zone) + timedelta(minutes=minutes)
    return local.astimezone(UTC)


def day_events(day: date, rng: random.Random, density: int = 1, zone: tzinfo = ZONE) -> list[Event]:
    """One day's events (an empty list for a day the computer stayed off)."""
    weekend = day.weekday() >= 5
    if (weekend and rng.random() < 0.8) or rng.random() < 0.04:  # weekends off, and the odd day off
        return []
    length = rng.uniform(90, 240) if weekend else rng.uniform(420, 540)  # minutes at the computer
    iso = day.isoformat()
    events: list[Event] = []
    breaks = 0
    for kind, interval in INTERVAL_MINUTES.items():
        for _ in range(density):
            minute = rng.uniform(0, interval)
            while minute < length:
                due = _at(day, minute, zone)
                shown = due + timedelta(seconds=rng.uniform(0, 3))
                outcome = _pick(rng, OUTCOMES[kind])
                answered = shown + timedelta(seconds=rng.uniform(2, 60 if outcome != "missed" else 90))
                details: dict[str, object] = {}
                if kind == "hydration" and outcome == "done":
                    details = {"ml": rng.choice((250, 250, 250, 200, 330, 500))}
                if kind == "stretch" and outcome in ("done", "natural"):
                    breaks += 1
                if outcome == "natural":
                    details = {"away_seconds": round(rng.uniform(300, 1800))}
                events.append(Event(kind, outcome, iso, due, shown, answered, details))
                minute += interval * rng.uniform(0.9, 1.3)
    for _ in range(density):
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            events.append(_breathing(day, rng, length, zone))
        if rng.random() < 0.3:
            breaks += 1
            events.append(_routine(day, rng, length, zone))
    for _ in range(rng.choice((0, 1, 1, 2, 3)) * density):
        level = max(0, min(10, round(rng.gauss(7.2 - 0.45 * breaks, 1.6))))
        region = rng.choice((None, "neck", "shoulders", "upper back", "lower back", "neck"))
        after = rng.choice((None, "stretch", "breathing"))
        moment = _at(day, rng.uniform(0, length), zone)
        events.append(
            Event(
                "tension",
                "rated",
                iso,
                answered_at=moment,
                details={"level": level, "region": region, "after": after},
            )
        )
    events.sort(key=lambda e: e.answered_at or datetime.min.replace(tzinfo=UTC))
    return events


def _breathing(day: date, rng: random.Random, length: float, zone: tzinfo) -> Event:
    start = _at(day, rng.uniform(0, length), zone)
    planned = rng.choice((120, 180, 180, 300))
    completed = rng.random() < 0.85
    actual = planned if completed else rng.uniform(20, planned)
    before = after = None
    if rng.random() < 0.6:
        before = rng.randint(3, 9)
        after = max(0, before - rng.choice((0, 1, 1, 2, 2, 3)))
    return Event(
        "breathing",
        "completed" if completed else "stopped",
        day.isoformat(),
        shown_at=start,
        answered_at=start + timedelta(seconds=actual),
        details={
            "pattern": rng.choice(("longer-exhale", "box", "4-7-8")),
            "planned_seconds": float(planned),
            "actual_seconds": round(actual, 1),
            "rating_before": before,
            "rating_after": after,
        },
    )


def _routine(day: date, rng: random.Random, length: float, zone: tzinfo) -> Event:
    moment = _at(day, rng.uniform(0, length), zone)
    total = rng.choice((5, 6, 8))
    done = total if rng.random() < 0.8 else rng.randint(1, total - 1)
    return Event(
        "routine",
        "completed" if done == total else "stopped",
        day.isoformat(),
        answered_at=moment,
        details={
            "routine": rng.choice(("neck-and-shoulders", "desk-reset", "lower-back")),
            "steps_completed": done,
            "steps_total": total,
            "duration_seconds": done * 40,
        },
    )


def history(end: date, days: int, seed: int = 7, density: int = 1) -> Iterator[Event]:
    """Events for the `days` days ending with `end`, oldest first."""
    rng = random.Random(seed)
    for offset in range(days - 1, -1, -1):
        yield from day_events(end - timedelta(days=offset), rng, density)


class FixedClock:
    """A Clock standing still at `moment` (UTC), in the sample's time zone."""

    def __init__(self, moment: datetime, zone: tzinfo = ZONE) -> None:
        self._moment = moment
        self._zone = zone

    def now(self) -> datetime:
        return self._moment

    def monotonic(self) -> float:
        return 0.0

    def local_zone(self) -> tzinfo:
        return self._zone
