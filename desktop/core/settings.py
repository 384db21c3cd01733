"""The typed settings model: the only place defaults and allowed values are written down.

Each group is a frozen dataclass whose fields carry their allowed values in `metadata`
(`allowed=Range(...)` for whole numbers, `allowed=Choice(...)` for names, `allowed=Text(...)` for
free text such as a pattern's file name; booleans need none).
`settings_from_dict` walks those declarations, so a new setting is one line here: parsing,
validation and the dialog's limits follow from it. It never raises on bad input.
"""

from __future__ import annotations

import heapq
import reprlib
from dataclasses import Field, dataclass, field, fields, is_dataclass, replace
from typing import Any, TypeVar

from desktop.core.events import Kind
from desktop.core.i18n import N_, _
from desktop.core.working_hours import WEEKDAYS, RangesError, WorkingWeek, parse_ranges

SCHEMA_VERSION = 1
UNITS = (
    N_("cycles"),
    N_("minutes"),
    N_("ml"),
    N_("points"),
    N_("seconds"),
)  # of the Ranges below, for the catalogue


@dataclass(frozen=True)
class Range:
    """An allowed whole-number range with its unit, attached to a setting field's metadata; `problem` words
    why a value is outside it.
    """

    low: int
    high: int
    unit: str

    def problem(self, value: object) -> str | None:
        """Why `value` is not allowed here, or None if it is."""
        if isinstance(value, bool) or not isinstance(value, int):
            return _("must be a whole number of {unit}").format(unit=_(self.unit))
        if not self.low <= value <= self.high:
            return _("must be between {low} and {high} {unit}").format(
                low=self.low, high=self.high, unit=_(self.unit)
            )
        return None


@dataclass(frozen=True)
class Choice:
    """The allowed text values of a setting field, attached to its metadata; `problem` words why a value is
    not one of them.
    """

    options: tuple[str, ...]

    def problem(self, value: object) -> str | None:
        if value not in self.options:
            return _("must be one of {choices}").format(choices=", ".join(self.options))
        return None


@dataclass(frozen=True)
class Text:
    """Free text of bounded length, e.g. the name of the last breathing pattern."""

    max_length: int

    def problem(self, value: object) -> str | None:
        if not isinstance(value, str):
            return _("must be text")
        if len(value) > self.max_length:
            return _("must be at most {count} characters").format(count=self.max_length)
        if not value.isprintable():
            return _("must not hold control characters")
        return None


@dataclass(frozen=True)
class TimeRanges:
    """A day's working hours as text, e.g. "09:00-12:30, 13:30-18:00"; "" is a day off."""

    def problem(self, value: object) -> str | None:
        if not isinstance(value, str):
            return _("must be text like 09:00-12:30, 13:30-18:00")
        try:
            parse_ranges(value)
        except RangesError as error:
            return _("is not valid: {problem}").format(problem=error)
        return None


Allowed = Range | Choice | Text | TimeRanges


def setting(default: Any, allowed: Allowed | None = None) -> Any:
    return field(default=default, metadata={"allowed": allowed} if allowed else {})


def allowed_values(group: type, name: str) -> Allowed | None:
    """The Range, Choice or Text declared for one field, for the settings dialog."""
    for f in fields(group):
        if f.name == name:
            allowed: Allowed | None = f.metadata.get("allowed")
            return allowed
    raise KeyError(name)


@dataclass(frozen=True)
class KindSettings:
    """One reminder kind's settings: on or off, the interval and the snooze length in minutes."""

    enabled: bool = setting(True)
    interval_minutes: int = setting(20, Range(1, 480, "minutes"))
    snooze_minutes: int = setting(5, Range(1, 120, "minutes"))


@dataclass(frozen=True)
class BreathingSettings:
    """The breathing window's last choices and options (the window saves them as they change)."""

    pattern: str = setting("longer-exhale", Text(80))  # a pattern file's name, or "custom"
    custom_pattern: str = setting("4-0-6-0", Text(80))  # inhale-hold-exhale-hold seconds
    length_unit: str = setting("minutes", Choice(("minutes", "cycles")))
    minutes: int = setting(3, Range(1, 10, "minutes"))
    cycles: int = setting(10, Range(1, 60, "cycles"))
    reduced_motion: bool = setting(False)
    phase_sound: bool = setting(False)
    spoken_cues: bool = setting(False)
    ask_stress_rating: bool = setting(False)


# One drink, however it is logged (tray, card, notification, command line, an imported backup).
DRINK_ML = Range(50, 2000, "ml")
# A rating of tension or stress, 0 (none) to 10 (the worst): check-ins and breathing sessions.
RATING = Range(0, 10, "points")
# Strict mode's emergency exit from the break screen: hold Esc this long (documented in the README).
EMERGENCY_EXIT_SECONDS = 3

_OFFICE_DAY = "09:00-12:30, 13:30-18:00"


@dataclass(frozen=True)
class WorkingHoursSettings:
    """Off by default: until the user sets hours, reminders may come at any time."""

    enabled: bool = setting(False)
    monday: str = setting(_OFFICE_DAY, TimeRanges())
    tuesday: str = setting(_OFFICE_DAY, TimeRanges())
    wednesday: str = setting(_OFFICE_DAY, TimeRanges())
    thursday: str = setting(_OFFICE_DAY, TimeRanges())
    friday: str = setting(_OFFICE_DAY, TimeRanges())
    saturday: str = setting("", TimeRanges())
    sunday: str = setting("", TimeRanges())

    def week(self) -> WorkingWeek | None:
        """The hours to keep, or None when reminders may come at any time."""
        if not self.enabled:
            return None
        week = WorkingWeek.from_texts(tuple(getattr(self, day) for day in WEEKDAYS))
        return week if week.has_hours() else None


@dataclass(frozen=True)
class TensionSettings:
    """How often a tension check-in follows a finished stretch break, routine or breathing session
    (desktop/core/tension.py: "sometimes" is the first time, then every third time)."""

    offer_after: str = setting("sometimes", Choice(("never", "sometimes", "always")))


@dataclass(frozen=True)
class BreakSettings:
    """The long breaks: the heads-up before them, the break screen, strict mode, the skip budget and
    break credit (the rules that read these live in `desktop/core/break_rules.py`)."""

    minutes: int = setting(5, Range(1, 30, "minutes"))  # how long the break screen counts down
    heads_up_seconds: int = setting(30, Range(0, 300, "seconds"))  # 0: no heads-up
    heads_up_edge: bool = setting(False)  # a thin glowing screen edge (click-through) with the tray countdown
    heads_up_sound: bool = setting(False)  # a soft tone instead of anything on the screen
    movement_screen: bool = setting(True)  # the movement break shows the break screen (else the card)
    stretch_screen: bool = setting(False)  # the stretch break shows it too
    screen_style: str = setting("fullscreen", Choice(("fullscreen", "window")))
    screens: str = setting("all", Choice(("all", "pointer")))  # every monitor, or the one with the pointer
    movement_strict: bool = setting(False)
    stretch_strict: bool = setting(False)
    strict_postpones: int = setting(2, Range(0, 10, "postpones a day"))
    skip_budget: bool = setting(False)
    skips_per_day: int = setting(2, Range(0, 20, "skips a day"))
    offer_make_up: bool = setting(True)  # offer a missed or skipped break again at a calm moment


@dataclass(frozen=True)
class QuietTimesSettings:
    """When reminders wait by themselves: during a call (microphone or camera in use), a busy
    calendar event or while an app the user named is in front or running; capped per day."""

    detect_calls: bool = setting(True)
    call_grace_minutes: int = setting(2, Range(0, 30, "minutes"))  # after a call ends
    # After this much holding in a day, due reminders come at once, quietly.
    hold_cap_minutes_per_day: int = setting(180, Range(0, 1440, "minutes"))
    not_a_call_apps: str = setting("", Text(1000))  # comma-separated app names
    calendar_files: str = setting("", Text(4000))  # paths separated by ";"
    calendar_url: str = setting("", Text(2000))  # https only; fetched only when enabled
    calendar_fetch_enabled: bool = setting(False)
    calendar_addresses: str = setting("", Text(1000))  # the user's own, comma-separated
    app_rules: str = setting("", Text(2000))  # "front:zoom, running:obs"

    def not_a_call(self) -> frozenset[str]:
        """The apps whose microphone or camera use is no call."""
        return frozenset(app.strip() for app in self.not_a_call_apps.split(",") if app.strip())

    def calendar_paths(self) -> tuple[str, ...]:
        """The calendar files, as written (separated by ";")."""
        return tuple(path.strip() for path in self.calendar_files.split(";") if path.strip())

    def with_not_a_call(self, app: str) -> QuietTimesSettings:
        """These settings with `app` added to the apps that are no call (once, any case)."""
        if app.casefold() in {known.casefold() for known in self.not_a_call()}:
            return self
        listed = ", ".join(filter(None, (self.not_a_call_apps.strip(" ,"), app.strip())))
        return replace(self, not_a_call_apps=listed)


@dataclass(frozen=True)
class Settings:
    """The whole typed settings record with its defaults and allowed values: per-kind reminders, card timeout,
    natural break, water goal and glass, reminder style and sound, language, busy deferral, computer name,
    breathing, working hours, tension, quiet times and the long breaks; read from the settings file and
    handed out by the settings owner.
    """

    # The long movement break: 5 minutes (the break screen's length) every 60 minutes of work.
    movement: KindSettings = KindSettings(interval_minutes=60)
    posture: KindSettings = KindSettings(interval_minutes=20)
    hydration: KindSettings = KindSettings(interval_minutes=45)
    stretch: KindSettings = KindSettings(interval_minutes=30)
    breathing_break: KindSettings = KindSettings(enabled=False, interval_minutes=120)
    popup_timeout_seconds: int = setting(60, Range(10, 3600, "seconds"))
    natural_break_minutes: int = setting(5, Range(1, 120, "minutes"))
    water_goal_ml: int = setting(2000, Range(250, 6000, "ml"))
    # "A glass" in the tray, on cards and for `unclench water` without an amount; a bottle is two.
    glass_ml: int = setting(250, DRINK_ML)
    # How a reminder appears: Unclench's own card, the desktop's notification, or both.
    reminder_style: str = setting("popup", Choice(("popup", "notification", "both")))
    reminder_sound: bool = setting(False)  # a soft tone when a reminder appears
    # The interface language; "system" follows the desktop's languages. Applies at the next start.
    language: str = setting("system", Choice(("system", "en", "de", "es", "fr", "it", "nl", "pl", "pt_BR")))
    # A reminder due during a fullscreen window or do-not-disturb waits at most this long.
    busy_defer_minutes: int = setting(30, Range(1, 240, "minutes"))
    quiet_times: QuietTimesSettings = QuietTimesSettings()
    # The name other computers see in the sync folder; "" means this computer's host name.
    computer_name: str = setting("", Text(64))
    breathing: BreathingSettings = BreathingSettings()
    working_hours: WorkingHoursSettings = WorkingHoursSettings()
    tension: TensionSettings = TensionSettings()
    breaks: BreakSettings = BreakSettings()

    def for_kind(self, kind: Kind) -> KindSettings:
        kind_settings: KindSettings = getattr(self, kind.value)
        return kind_settings

    def with_kind(self, kind: Kind, kind_settings: KindSettings) -> Settings:
        changes: dict[str, Any] = {kind.value: kind_settings}
        return replace(self, **changes)


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, **_group_to_dict(settings)}


def _group_to_dict(group: Any) -> dict[str, Any]:
    return {
        f.name: _group_to_dict(value) if is_dataclass(value := getattr(group, f.name)) else value
        for f in fields(group)
    }


# A notice lists this many problems and counts the rest: a file with 100,000 unknown keys must not
# become 100,000 lines on the screen (or cost seconds to word them).
MAX_LISTED_PROBLEMS = 5
_SHOWN_KEY_CHARS = 40


class _Problems:
    """The first few problems found, worded, and a count of the others."""

    def __init__(self) -> None:
        self.listed: list[str] = []
        self.unlisted = 0

    @property
    def full(self) -> bool:
        return len(self.listed) >= MAX_LISTED_PROBLEMS

    def add(self, problem: str) -> None:
        if self.full:
            self.unlisted += 1
        else:
            self.listed.append(problem)

    def count_more(self, n: int) -> None:
        self.unlisted += n

    def as_list(self) -> list[str]:
        if not self.unlisted:
            return list(self.listed)
        return [*self.listed, f"and {self.unlisted:,} more problems like these"]


def settings_from_dict(data: object, base: Settings | None = None) -> tuple[Settings, list[str]]:
    """Valid Settings from any parsed JSON value, plus readable problems about values that fell back.

    Values missing or wrong in `data` come from `base` (the defaults unless given, e.g. the
    administrator's). At most MAX_LISTED_PROBLEMS problems are worded; a last line counts the rest.
    """
    base = Settings() if base is None else base
    problems = _Problems()
    if not isinstance(data, dict):
        return base, ["the file does not hold a group of settings, so none of it could be used"]
    data = dict(data)
    version = data.pop("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        problems.add(
            f"schema_version {reprlib.repr(version)} is not one this version understands "
            f"({SCHEMA_VERSION}); the settings it recognises were kept"
        )
    return _group_from(Settings, base, data, "", problems), problems.as_list()


def shown_key(key: object) -> str:
    """A key as a notice quotes it: a pasted 10 MB name is cut short, control characters escaped."""
    text = str(key)
    if len(text) > _SHOWN_KEY_CHARS:
        text = text[: _SHOWN_KEY_CHARS - 3] + "..."
    return text if text.isprintable() else repr(text)[1:-1]


G = TypeVar("G")


def _group_from(group: type[G], default: G, raw: dict[Any, Any], prefix: str, problems: _Problems) -> G:
    values: dict[str, Any] = {}
    for f in fields(group):  # type: ignore[arg-type]
        if f.name not in raw:
            continue
        label = prefix + f.name
        default_value = getattr(default, f.name)
        if is_dataclass(default_value):
            if isinstance(raw[f.name], dict):
                values[f.name] = _group_from(
                    type(default_value), default_value, raw[f.name], label + ".", problems
                )
            else:
                problems.add(f"'{label}' must be a group of settings; its defaults are used")
            continue
        value, problem = _checked(f, raw[f.name], default_value)
        if problem:
            found = reprlib.repr(raw[f.name])  # a pasted 100 KB string need not be quoted back whole
            problems.add(f"'{label}' {problem} (found {found}); it is back to {default_value!r}")
        else:
            values[f.name] = value
    known = {f.name for f in fields(group)}  # type: ignore[arg-type]
    unknown = [key for key in raw if key not in known]
    # Only the few that are named get sorted and worded; the rest are counted.
    room = max(0, MAX_LISTED_PROBLEMS - len(problems.listed))
    for key in heapq.nsmallest(room, (str(key) for key in unknown)):
        problems.add(f"'{prefix}{shown_key(key)}' is not a setting Unclench knows; it was ignored")
    problems.count_more(len(unknown) - min(room, len(unknown)))
    return replace(default, **values)  # type: ignore[type-var]


def _checked(f: Field[Any], value: object, default: object) -> tuple[object, str | None]:
    if isinstance(default, bool):
        return value, None if isinstance(value, bool) else "must be true or false"
    # A whole number written as 20.0 is still the user's 20.
    if isinstance(default, int) and isinstance(value, float) and value.is_integer():
        value = int(value)
    allowed = f.metadata.get("allowed")
    if allowed is None:
        raise TypeError(f"setting {f.name} declares no allowed values")  # a programming error, not user input
    return value, allowed.problem(value)
