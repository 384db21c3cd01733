"""What `unclench status` reports: built by the app, sent as the reply's result, shown by the CLI.

Qt-free. The app fills a StatusReport and answers `request.succeeded(report.to_json())`; the
command line reads it back with `StatusReport.from_json` (strictly: it came over a socket).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Any

from desktop import __version__


class AppState(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    REMINDER_WAITING = "reminder_waiting"  # a reminder is on screen, unanswered
    MEETING = "meeting"  # meeting mode: reminders wait until it ends
    OFF_HOURS = "off_hours"  # outside the working hours the user set


# Today's totals the command line knows how to word; the app may send others (shown as key: value).
TODAY_KEYS = (
    "posture_done",
    "posture_missed",
    "posture_skipped",
    "water_ml",
    "water_goal_ml",
    "stretch_done",
    "stretch_skipped",
    "stretch_missed",
    "breathing_minutes",
)
_KIND_WORDS = {
    "posture": "posture check",
    "hydration": "water",
    "stretch": "stretch break",
    "breathing_break": "breathing break",
}
_MAX_ITEMS = 32
_MAX_KEY_CHARS = 64


@dataclass(frozen=True)
class NextReminder:
    kind: str  # a Kind value ("posture", "hydration", "stretch") or a later feature's kind
    due_at: datetime  # timezone-aware


@dataclass(frozen=True)
class StatusReport:
    state: AppState
    # When reminders come again (aware): the end of a pause, of meeting mode or of the off hours.
    # None while paused or in meeting mode means "until resumed" / "until ended".
    paused_until: datetime | None = None
    next_reminders: tuple[NextReminder, ...] = ()  # soonest first
    today: Mapping[str, int] = field(default_factory=dict)  # see TODAY_KEYS
    version: str = __version__

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "state": self.state.value,
            "paused_until": _iso(self.paused_until),
            "next": [{"kind": n.kind, "due_at": _iso(n.due_at)} for n in self.next_reminders],
            "today": dict(self.today),
        }

    @classmethod
    def from_json(cls, data: object) -> StatusReport:
        """Raises ValueError naming the field that is wrong."""
        if not isinstance(data, dict):
            raise ValueError("the status is not a JSON object")
        state = data.get("state")
        if state not in {s.value for s in AppState}:
            raise ValueError(f"'state' is {str(state)[:40]!r}, not one of {', '.join(AppState)}")
        version = data.get("version", "")
        if not isinstance(version, str) or len(version) > _MAX_KEY_CHARS:
            raise ValueError("'version' must be short text")
        next_items = data.get("next", [])
        if not isinstance(next_items, list) or len(next_items) > _MAX_ITEMS:
            raise ValueError(f"'next' must be a list of at most {_MAX_ITEMS} reminders")
        today = data.get("today", {})
        if not isinstance(today, dict) or len(today) > _MAX_ITEMS:
            raise ValueError(f"'today' must be an object of at most {_MAX_ITEMS} totals")
        for key, value in today.items():
            if len(key) > _MAX_KEY_CHARS or isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"'today.{key[:40]}' must be a whole number")
        return cls(
            state=AppState(state),
            paused_until=_optional_time(data.get("paused_until"), "paused_until"),
            next_reminders=tuple(_next_reminder(item, index) for index, item in enumerate(next_items)),
            today=dict(today),
            version=version,
        )


def status_json(report: StatusReport, now: datetime) -> dict[str, Any]:
    """What `unclench status --json` prints: the report plus `running` and seconds until each reminder."""
    data = {"running": True, **report.to_json()}
    for item, reminder in zip(data["next"], report.next_reminders, strict=True):
        item["in_seconds"] = max(0, round((reminder.due_at - now).total_seconds()))
    return data


def status_text(report: StatusReport, now: datetime, zone: tzinfo) -> str:
    """What `unclench status` prints: a few lines a person can read at a glance."""
    if report.state is AppState.PAUSED:
        until = (
            "until resumed"
            if report.paused_until is None
            else f"until {_clock(report.paused_until, now, zone)}"
        )
        state = f"paused {until}"
    elif report.state is AppState.REMINDER_WAITING:
        state = "a reminder is waiting for you"
    elif report.state is AppState.MEETING:
        until = (
            "until you end it"
            if report.paused_until is None
            else f"until {_clock(report.paused_until, now, zone)}"
        )
        state = f"meeting mode {until}, reminders wait"
    elif report.state is AppState.OFF_HOURS:
        resume = (
            ""
            if report.paused_until is None
            else f"; reminders resume {_clock(report.paused_until, now, zone)}"
        )
        state = f"outside working hours{resume}"
    else:
        state = "active"
    lines = [f"Unclench {report.version} is running: {state}."]
    if report.next_reminders:
        lines.append(
            "Next: "
            + "; ".join(
                f"{_KIND_WORDS.get(n.kind, n.kind)} {_in(n.due_at, now)} ({_clock(n.due_at, now, zone)})"
                for n in report.next_reminders
            )
        )
    totals = _today_words(report.today)
    if totals:
        lines.append("Today: " + ", ".join(totals))
    return "\n".join(lines)


def _today_words(today: Mapping[str, int]) -> list[str]:
    words = []
    if "posture_done" in today:
        words.append(_count(today["posture_done"], "posture check"))
    if "posture_missed" in today:
        words.append(f"{today['posture_missed']} missed")
    if "posture_skipped" in today:
        words.append(f"{today['posture_skipped']} skipped")
    if "water_ml" in today:
        goal = today.get("water_goal_ml")
        words.append(f"{today['water_ml']} ml water" + (f" of {goal} ml" if goal else ""))
    if "stretch_done" in today:
        words.append(_count(today["stretch_done"], "stretch break"))
    if "stretch_skipped" in today:
        words.append(f"{today['stretch_skipped']} skipped")
    if "stretch_missed" in today:
        words.append(f"{today['stretch_missed']} missed")
    if "breathing_minutes" in today:
        words.append(f"{today['breathing_minutes']} min breathing")
    words += [f"{key}: {value}" for key, value in today.items() if key not in TODAY_KEYS]
    return words


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _in(moment: datetime, now: datetime) -> str:
    minutes = max(0, round((moment - now).total_seconds() / 60))
    if minutes == 0:
        return "now"
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"in {rest} min"
    return f"in {hours} h {rest} min" if rest else f"in {hours} h"


def _clock(moment: datetime, now: datetime, zone: tzinfo) -> str:
    local = moment.astimezone(zone)
    if local.date() != now.astimezone(zone).date():
        return local.strftime("%a %H:%M")
    return local.strftime("%H:%M")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _optional_time(value: object, name: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > _MAX_KEY_CHARS:
        raise ValueError(f"'{name}' must be an ISO 8601 time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{name}' must be an ISO 8601 time, not {value[:40]!r}") from None
    if moment.tzinfo is None:
        raise ValueError(f"'{name}' must carry its time zone offset")
    return moment


def _next_reminder(item: object, index: int) -> NextReminder:
    if (
        not isinstance(item, dict)
        or not isinstance(item.get("kind"), str)
        or len(item["kind"]) > _MAX_KEY_CHARS
    ):
        raise ValueError(f"'next[{index}]' must be an object with a 'kind'")
    due_at = _optional_time(item.get("due_at"), f"next[{index}].due_at")
    if due_at is None:
        raise ValueError(f"'next[{index}].due_at' is missing")
    return NextReminder(item["kind"], due_at)
