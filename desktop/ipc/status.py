"""What `unclench status` reports: built by the app, sent as the reply's result, shown by the CLI.

Qt-free; the words of `status_text` come from the gettext catalogue (desktop/core/i18n.py).
The app fills a StatusReport and answers `request.succeeded(report.to_json())`; the
command line reads it back with `StatusReport.from_json` (strictly: it came over a socket).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from desktop import __version__
from desktop.core.commands import describe_duration
from desktop.core.day_activity import DayActivity
from desktop.core.events import Outcome
from desktop.core.i18n import N_, _, ngettext, pgettext
from desktop.core.kinds import KINDS, PRIORITY, Kind, spec
from desktop.core.reminder_state import State, Upcoming
from desktop.core.sync_view import SyncView
from desktop.ipc.sync_status import sync_from_json, sync_json, sync_line

# Per reminder kind, the outcomes `today` counts (`<kind>_<outcome>`); then the other totals.
TODAY_OUTCOMES = (Outcome.DONE, Outcome.SKIPPED, Outcome.MISSED, Outcome.DEFERRED)
_OUTCOME_WORDS = {
    Outcome.DONE: N_("{count} done"),
    Outcome.SKIPPED: N_("{count} skipped"),
    Outcome.MISSED: N_("{count} missed"),
    Outcome.DEFERRED: N_("{count} held back"),
}
_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
OTHER_TODAY_KEYS = ("water_ml", "water_goal_ml", "breathing_minutes", "routines_completed")
TODAY_KEYS = (
    *(f"{kind_spec.kind}_{outcome}" for kind_spec in KINDS for outcome in TODAY_OUTCOMES),
    *OTHER_TODAY_KEYS,
)
_MAX_ITEMS = 64
_MAX_KEY_CHARS = 64


@dataclass(frozen=True)
class NextReminder:
    """One coming reminder in a status report: its kind and when it is due."""

    kind: str  # a Kind value ("posture", "hydration", "stretch") or a later feature's kind
    due_at: datetime  # timezone-aware


@dataclass(frozen=True)
class StatusReport:
    """What `unclench status` reports, as the running app sends it: the state (from the policy),
    when it ends, the coming reminders and today's totals (from the one definition of a day)."""

    state: State
    # When the state ends by itself (aware): the end of a pause or of meeting mode, the start of the
    # working hours, when a held reminder comes anyway. None: it does not end by itself.
    paused_until: datetime | None = None
    next_reminders: tuple[NextReminder, ...] = ()  # soonest first
    today: Mapping[str, int] = field(default_factory=dict)  # see TODAY_KEYS
    version: str = __version__
    held_reason: str | None = None  # with State.HELD: a HoldReason value
    waiting: str | None = None  # with State.REMINDER_WAITING: the kind on screen
    held_detail: str | None = None  # with a call or an app rule: the app; a calendar: the event
    held_device: str | None = None  # with a call: "microphone" or "camera"
    held_since: datetime | None = None  # when the held reminder started waiting
    held_next_try: datetime | None = None  # a call that ended: when the grace is over
    sync: SyncView | None = None  # None: not syncing with other computers

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "state": self.state.value,
            "paused_until": _iso(self.paused_until),
            "held_reason": self.held_reason,
            "waiting": self.waiting,
            "held_detail": self.held_detail,
            "held_device": self.held_device,
            "held_since": _iso(self.held_since),
            "held_next_try": _iso(self.held_next_try),
            "next": [{"kind": n.kind, "due_at": _iso(n.due_at)} for n in self.next_reminders],
            "today": dict(self.today),
            "sync": sync_json(self.sync),
        }

    @classmethod
    def from_json(cls, data: object) -> StatusReport:
        """Raises ValueError naming the field that is wrong."""
        if not isinstance(data, dict):
            raise ValueError("the status is not a JSON object")
        state = data.get("state")
        if state not in {s.value for s in State}:
            raise ValueError(f"'state' is {str(state)[:40]!r}, not one of {', '.join(State)}")
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
            state=State(state),
            paused_until=_optional_time(data.get("paused_until"), "paused_until"),
            next_reminders=tuple(_next_reminder(item, index) for index, item in enumerate(next_items)),
            today=dict(today),
            version=version,
            held_reason=_optional_word(data.get("held_reason"), "held_reason"),
            waiting=_optional_word(data.get("waiting"), "waiting"),
            held_detail=_optional_word(data.get("held_detail"), "held_detail"),
            held_device=_optional_word(data.get("held_device"), "held_device"),
            held_since=_optional_time(data.get("held_since"), "held_since"),
            held_next_try=_optional_time(data.get("held_next_try"), "held_next_try"),
            sync=sync_from_json(data.get("sync")),
        )


def build_status(
    upcoming: Upcoming,
    schedule: list[tuple[Kind, datetime]],
    today: DayActivity,
    water_goal_ml: int,
    sync: SyncView | None = None,
) -> StatusReport:
    """The report the running app sends: its state from the policy, today's totals from the one
    definition of a day."""
    totals = {
        f"{kind_spec.kind}_{outcome}": today.count(kind_spec.kind, outcome)
        for kind_spec in KINDS
        for outcome in TODAY_OUTCOMES
    }
    totals.update(
        water_ml=round(today.water_ml),
        water_goal_ml=water_goal_ml,
        breathing_minutes=round(today.breathing_seconds / 60),
        routines_completed=int(today.routines_completed),
    )
    hold = upcoming.hold if upcoming.state is State.HELD else None
    return StatusReport(
        state=upcoming.state,
        paused_until=upcoming.until,
        next_reminders=tuple(NextReminder(kind.value, at) for kind, at in schedule),
        today=totals,
        held_reason=hold.reason.value if hold else None,
        waiting=upcoming.waiting.primary.value if upcoming.waiting else None,
        held_detail=hold.detail[:_MAX_KEY_CHARS] or None if hold else None,
        held_device=hold.device or None if hold else None,
        held_since=hold.since if hold else None,
        held_next_try=hold.retry_at if hold and hold.call_ended_at else None,
        sync=sync if sync is not None and sync.joined else None,
    )


def status_json(report: StatusReport, now: datetime) -> dict[str, Any]:
    """What `unclench status --json` prints: the report plus `running` and seconds until each reminder."""
    data = {"running": True, **report.to_json()}
    for item, reminder in zip(data["next"], report.next_reminders, strict=True):
        item["in_seconds"] = max(0, round((reminder.due_at - now).total_seconds()))
    return data


def status_text(report: StatusReport, now: datetime, zone: tzinfo) -> str:
    """What `unclench status` prints: a few lines a person can read at a glance."""
    until = None if report.paused_until is None else _clock(report.paused_until, now, zone)
    state = {
        State.PAUSED: _("paused until {time}").format(time=until) if until else _("paused until resumed"),
        State.REMINDER_WAITING: _("{reminder} is waiting for you").format(reminder=_phrase(report.waiting))
        if report.waiting
        else _("a reminder is waiting for you"),
        State.MEETING: _("meeting mode until {time}, reminders wait").format(time=until)
        if until
        else _("meeting mode until you end it, reminders wait"),
        State.HELD: _held(report, until, now, zone),
        State.OFF_HOURS: _("outside working hours; reminders resume {time}").format(time=until)
        if until
        else _("outside working hours"),
        State.ALL_OFF: _("every reminder is switched off"),
        State.ACTIVE: _("active"),
    }[report.state]
    lines = [_("Unclench {version} is running: {state}.").format(version=report.version, state=state)]
    if report.next_reminders:
        coming = [
            _("{reminder} {when} ({time})").format(
                reminder=_phrase(n.kind), when=_in(n.due_at, now), time=_clock(n.due_at, now, zone)
            )
            for n in report.next_reminders
        ]
        lines.append(_("Next: {reminders}").format(reminders="; ".join(coming)))
    totals = _today_words(report.today)
    if totals:
        lines.append(_("Today: {totals}").format(totals="; ".join(totals)))
    syncing = sync_line(report.sync, now, zone)
    if syncing:
        lines.append(syncing)
    return "\n".join(lines)


_DEVICE_WORDS = {"microphone": N_("microphone"), "camera": N_("camera")}
_HOLD_WORDS = {
    "meeting": N_("meeting mode"),
    "fullscreen": N_("a fullscreen window"),
    "presentation": N_("a presentation"),
    "do_not_disturb": N_("do not disturb"),
    "screen_locked": N_("the screen is locked"),
    "typing": N_("you are typing"),
    "app": N_("an app rule"),
}


def _held(report: StatusReport, until: str | None, now: datetime, zone: tzinfo) -> str:
    """ "held: a fullscreen window; it comes anyway at 14:50", "held: a call (microphone in
    Firefox) since 10:02, next try when it ends", "held: Weekly sync in your calendar until 11:00"."""
    first = next(iter(report.next_reminders), None)
    what = _phrase(first.kind) if first else _("a reminder")
    detail = report.held_detail
    if report.held_reason == "call":
        device = _(_DEVICE_WORDS.get(report.held_device or "microphone", report.held_device or ""))
        call = (
            _("a call ({device} in {app})").format(device=device, app=detail)
            if detail
            else _("a call ({device})").format(device=device)
        )
        since = (
            _(" since {time}").format(time=_clock(report.held_since, now, zone)) if report.held_since else ""
        )
        ends = (
            _("next try at {time}").format(time=_clock(report.held_next_try, now, zone))
            if report.held_next_try
            else _("next try when it ends")
        )
        return _("{reminder} held: {reason}").format(reminder=what, reason=call + since) + ", " + ends
    if report.held_reason == "calendar":
        event = detail or _("an event")
        if until:
            return _("{reminder} held: {event} in your calendar until {time}").format(
                reminder=what, event=event, time=until
            )
        return _("{reminder} held: {event} in your calendar").format(reminder=what, event=event)
    if report.held_reason == "app" and detail:
        return _("{reminder} held: {app} is open (an app rule)").format(reminder=what, app=detail)
    known = _HOLD_WORDS.get(report.held_reason or "")
    reason = _(known) if known else report.held_reason or _("a busy moment")
    if until:
        return _("{reminder} held: {reason}; it comes anyway at {time}").format(
            reminder=what, reason=reason, time=until
        )
    return _("{reminder} held: {reason}").format(reminder=what, reason=reason)


def _phrase(kind: str | None) -> str:
    """The registry's words for a reminder kind, as written in a sentence; other text as it is."""
    if kind is not None and kind in Kind._value2member_map_:
        return pgettext("Kinds", spec(Kind(kind)).phrase)
    return kind or ""


def _today_words(today: Mapping[str, int]) -> list[str]:
    """ "posture check 3 done, 1 missed; water 750 of 2000 ml (2 done, 1 skipped); ..."."""
    words = []
    for kind in reversed(PRIORITY):  # the everyday ones first
        counts = [
            _(_OUTCOME_WORDS[outcome]).format(count=today[key])
            for outcome in TODAY_OUTCOMES
            if today.get(key := f"{kind}_{outcome}")
        ]
        if kind is Kind.HYDRATION and "water_ml" in today:
            goal = today.get("water_goal_ml")
            amount = (
                _("water {amount} of {goal} ml").format(amount=today["water_ml"], goal=goal)
                if goal
                else _("water {amount} ml").format(amount=today["water_ml"])
            )
            words.append(amount + (f" ({', '.join(counts)})" if counts else ""))
        elif counts:
            words.append(f"{_phrase(kind)} {', '.join(counts)}")
    if routines := today.get("routines_completed"):
        words.append(
            ngettext("{count} routine completed", "{count} routines completed", routines).format(
                count=routines
            )
        )
    if today.get("breathing_minutes"):
        words.append(_("{minutes} min breathing").format(minutes=today["breathing_minutes"]))
    words += [f"{key}: {value}" for key, value in today.items() if key not in TODAY_KEYS]
    return words


def _in(moment: datetime, now: datetime) -> str:
    minutes = max(0, round((moment - now).total_seconds() / 60))
    if minutes == 0:
        return _("now")
    return _("in {duration}").format(duration=describe_duration(timedelta(minutes=minutes)))


def _clock(moment: datetime, now: datetime, zone: tzinfo) -> str:
    local = moment.astimezone(zone)
    if local.date() != now.astimezone(zone).date():
        return f"{_(_WEEKDAYS[local.weekday()])} {local:%H:%M}"
    return local.strftime("%H:%M")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _optional_word(value: object, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > _MAX_KEY_CHARS:
        raise ValueError(f"'{name}' must be a short word")
    return value


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
