"""What a user can ask Unclench to do: one frozen dataclass per command.

The same objects come out of the command line (`desktop.cli.parse`), travel over the control socket
(`desktop.ipc.protocol`, via `to_args`/`from_args`) and reach the app. Every instance is valid:
`__post_init__` checks the limits below, so a Command built anywhere can be trusted.
Qt-free, so `unclench --help` stays instant.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, ClassVar, Self

from desktop.core.data_requests import ExportFormat
from desktop.core.i18n import _
from desktop.core.kinds import Kind
from desktop.core.settings import DRINK_ML, BreathingSettings, Range, allowed_values

# The limits of the settings model, so the tray, the windows and the command line agree.
BREATHE_MINUTES: Range = allowed_values(BreathingSettings, "minutes")  # type: ignore[assignment]
WATER_ML = DRINK_ML
PAUSE_LIMITS = (timedelta(minutes=1), timedelta(hours=24))
NAME_MAX_CHARS = 64


class ArgsError(ValueError):
    """A command's argument is missing, of the wrong type or out of range; the text says which."""


class Delivery(Enum):
    """How `unclench <command>` gets done."""

    START = "start"  # handed to the running app, or the app is started with it
    RUNNING = "running"  # needs the running app; when there is none the command line says so
    LOCAL = "local"  # done by the command-line process itself (`export`); never sent to the app


class PauseUntil(StrEnum):
    """The ends of a pause that are not a length of time."""

    TOMORROW = "tomorrow"  # the app decides when "tomorrow" starts (local midnight or working hours)
    RESUMED = "resumed"


@dataclass(frozen=True)
class Command:
    """What a user asks Unclench to do: a frozen, already valid request. Subclasses name it, say how
    it is delivered, and turn it into and from the JSON arguments the control socket carries."""

    name: ClassVar[str]
    delivery: ClassVar[Delivery]

    def to_args(self) -> dict[str, Any]:
        """The JSON-ready arguments sent over the control socket."""
        return {}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        """The command from untrusted JSON arguments; raises ArgsError naming the bad field."""
        _only_known(args, ())
        return cls()


@dataclass(frozen=True)
class Start(Command):
    """`unclench`: start, or (already running) show the status window unless `quiet`."""

    name: ClassVar[str] = "start"
    delivery: ClassVar[Delivery] = Delivery.START
    quiet: bool = False  # start in the tray without showing anything
    at_login: bool = False  # launched by the login autostart entry (implies quiet)

    def __post_init__(self) -> None:
        if self.at_login and not self.quiet:
            raise ArgsError(_("a start at login is always quiet"))

    def to_args(self) -> dict[str, Any]:
        return {"quiet": self.quiet, "at_login": self.at_login}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        _only_known(args, ("quiet", "at_login"))
        return cls(quiet=_bool(args, "quiet"), at_login=_bool(args, "at_login"))


@dataclass(frozen=True)
class Breathe(Command):
    """`unclench breathe`: open the breathing window and start, with a pattern and length if given."""

    name: ClassVar[str] = "breathe"
    delivery: ClassVar[Delivery] = Delivery.START
    pattern: str | None = None  # None: the user's last or default pattern
    minutes: int | None = None  # None: the user's last or default length

    def __post_init__(self) -> None:
        if self.pattern is not None:
            check_name(self.pattern, "pattern")
        if self.minutes is not None:
            check_range(self.minutes, BREATHE_MINUTES, "minutes")

    def to_args(self) -> dict[str, Any]:
        return {"pattern": self.pattern, "minutes": self.minutes}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        _only_known(args, ("pattern", "minutes"))
        return cls(pattern=_optional_str(args, "pattern"), minutes=_optional_int(args, "minutes"))


@dataclass(frozen=True)
class Stretch(Command):
    """`unclench stretch`: a stretch break now, or the guided routine named."""

    name: ClassVar[str] = "stretch"
    delivery: ClassVar[Delivery] = Delivery.START
    routine: str | None = None  # None: the next micro-break in the rotation

    def __post_init__(self) -> None:
        if self.routine is not None:
            check_name(self.routine, "routine")

    def to_args(self) -> dict[str, Any]:
        return {"routine": self.routine}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        _only_known(args, ("routine",))
        return cls(routine=_optional_str(args, "routine"))


@dataclass(frozen=True)
class Remind(Command):
    """Show that reminder now."""

    name: ClassVar[str] = "remind"
    delivery: ClassVar[Delivery] = Delivery.START
    kind: Kind = Kind.POSTURE

    def __post_init__(self) -> None:
        if not isinstance(self.kind, Kind):
            raise ArgsError(_("'kind' must be one of {choices}").format(choices=", ".join(Kind)))

    def to_args(self) -> dict[str, Any]:
        return {"kind": self.kind.value}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        _only_known(args, ("kind",))
        value = args.get("kind")
        if value not in {k.value for k in Kind}:
            raise ArgsError(_("'kind' must be one of {choices}").format(choices=", ".join(Kind)))
        return cls(kind=Kind(value))


@dataclass(frozen=True)
class Pause(Command):
    """Exactly one of `duration` (from now) and `until`."""

    name: ClassVar[str] = "pause"
    delivery: ClassVar[Delivery] = Delivery.RUNNING
    duration: timedelta | None = None
    until: PauseUntil | None = None

    def __post_init__(self) -> None:
        if (self.duration is None) == (self.until is None):
            raise ArgsError(_("a pause needs either a duration or an end ('tomorrow' or 'resumed')"))
        if self.duration is not None:
            if not isinstance(self.duration, timedelta):
                raise ArgsError(_("'duration' must be a length of time"))
            check_duration(self.duration)
        if self.until is not None and not isinstance(self.until, PauseUntil):
            raise ArgsError(_("'until' must be 'tomorrow' or 'resumed'"))

    def to_args(self) -> dict[str, Any]:
        if self.duration is not None:
            return {"seconds": int(self.duration.total_seconds())}
        assert self.until is not None
        return {"until": self.until.value}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        _only_known(args, ("seconds", "until"))
        seconds = _optional_int(args, "seconds")
        if seconds is not None:  # checked before timedelta(), which overflows on huge numbers
            low, high = PAUSE_LIMITS
            check_range(
                seconds, Range(int(low.total_seconds()), int(high.total_seconds()), "seconds"), "seconds"
            )
        until = _optional_str(args, "until")
        if until is not None and until not in {u.value for u in PauseUntil}:
            raise ArgsError(_("'until' must be 'tomorrow' or 'resumed'"))
        return cls(
            duration=None if seconds is None else timedelta(seconds=seconds),
            until=None if until is None else PauseUntil(until),
        )


@dataclass(frozen=True)
class Resume(Command):
    """`unclench resume`: end a pause."""

    name: ClassVar[str] = "resume"
    delivery: ClassVar[Delivery] = Delivery.RUNNING


@dataclass(frozen=True)
class Meeting(Command):
    """Meeting mode: reminders wait until it ends. `duration` None and `end` False: until ended."""

    name: ClassVar[str] = "meeting"
    delivery: ClassVar[Delivery] = Delivery.RUNNING
    duration: timedelta | None = None
    end: bool = False

    def __post_init__(self) -> None:
        if self.end and self.duration is not None:
            raise ArgsError(_("a meeting either ends now or lasts a while, not both"))
        if self.duration is not None:
            if not isinstance(self.duration, timedelta):
                raise ArgsError(_("'duration' must be a length of time"))
            check_duration(self.duration)

    def to_args(self) -> dict[str, Any]:
        seconds = None if self.duration is None else int(self.duration.total_seconds())
        return {"seconds": seconds, "end": self.end}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        _only_known(args, ("seconds", "end"))
        seconds = _optional_int(args, "seconds")
        if seconds is not None:
            low, high = PAUSE_LIMITS
            check_range(
                seconds, Range(int(low.total_seconds()), int(high.total_seconds()), "seconds"), "seconds"
            )
        return cls(duration=None if seconds is None else timedelta(seconds=seconds), end=_bool(args, "end"))


@dataclass(frozen=True)
class Water(Command):
    """`unclench water`: log a drink; without an amount, the user's usual glass."""

    name: ClassVar[str] = "water"
    delivery: ClassVar[Delivery] = Delivery.START
    ml: int | None = None  # None: the user's usual glass

    def __post_init__(self) -> None:
        if self.ml is not None:
            check_range(self.ml, WATER_ML, "ml")

    def to_args(self) -> dict[str, Any]:
        return {"ml": self.ml}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        _only_known(args, ("ml",))
        return cls(ml=_optional_int(args, "ml"))


@dataclass(frozen=True)
class Status(Command):
    """The app answers with a `desktop.ipc.status.StatusReport` as its result."""

    name: ClassVar[str] = "status"
    delivery: ClassVar[Delivery] = Delivery.RUNNING


@dataclass(frozen=True)
class Quit(Command):
    """`unclench quit`: the running app quits after it has replied."""

    name: ClassVar[str] = "quit"
    delivery: ClassVar[Delivery] = Delivery.RUNNING


@dataclass(frozen=True)
class Export(Command):
    """`unclench export`: the command-line process reads the log file itself (WAL lets it while
    the app runs), so it works whether or not Unclench is running. Never sent over the socket."""

    name: ClassVar[str] = "export"
    delivery: ClassVar[Delivery] = Delivery.LOCAL
    format: ExportFormat
    since_day: str | None = None  # YYYY-MM-DD: that local day and later; None exports everything
    output: Path | None = None  # None: standard output

    def __post_init__(self) -> None:
        if not isinstance(self.format, ExportFormat):
            raise ArgsError(_("'format' must be one of {choices}").format(choices=", ".join(ExportFormat)))
        if self.since_day is not None:
            parse_day(self.since_day)


# The commands the running app can be sent, by wire name. A LOCAL command never goes here.
APP_COMMANDS: dict[str, type[Command]] = {
    cls.name: cls for cls in (Start, Breathe, Stretch, Remind, Pause, Resume, Meeting, Water, Status, Quit)
}


def check_range(value: object, allowed: Range, field: str) -> int:
    problem = allowed.problem(value)
    if problem is not None:
        if isinstance(value, int) and not isinstance(value, bool):
            raise ArgsError(
                _("'{field}' {problem} (got {value})").format(field=field, problem=problem, value=value)
            )
        raise ArgsError(_("'{field}' {problem}").format(field=field, problem=problem))
    assert isinstance(value, int)
    return value


def check_name(value: object, field: str) -> str:
    """A pattern or routine name: short, visible text. Whether it exists is the app's call."""
    if not isinstance(value, str):
        raise ArgsError(_("'{field}' must be text").format(field=field))
    if not value.strip():
        raise ArgsError(_("'{field}' must not be empty").format(field=field))
    if len(value) > NAME_MAX_CHARS:
        raise ArgsError(
            _("'{field}' must be at most {count} characters long").format(field=field, count=NAME_MAX_CHARS)
        )
    if any(unicodedata.category(char).startswith("C") for char in value):
        raise ArgsError(_("'{field}' must not contain control or invalid characters").format(field=field))
    return value


def check_duration(value: timedelta) -> timedelta:
    low, high = PAUSE_LIMITS
    if not low <= value <= high:
        problem = _(
            "a pause lasts from {low} to {high} (got {value}); "
            "for longer, pause until tomorrow or until resumed"
        )
        raise ArgsError(
            problem.format(
                low=describe_duration(low), high=describe_duration(high), value=describe_duration(value)
            )
        )
    return value


# Hours, then minutes (the unit may be left off after hours: 1h30), then seconds.
_DURATION = re.compile(r"(?:(?P<h>\d{1,4})h)?(?:(?P<m>\d{1,5})(?:min|m|(?!\d)))?(?:(?P<s>\d{1,6})s)?")


def parse_duration(text: str) -> timedelta:
    """`30m`, `1h`, `1h30m`, `1h30`, `90s` or a bare number of minutes (`45`); raises ArgsError."""
    cleaned = text.strip().lower().replace(" ", "")
    match = _DURATION.fullmatch(cleaned)
    if not cleaned or match is None or not any(match.groupdict().values()):
        raise ArgsError(_("'{text}' is not a duration: write it like 30m, 1h or 1h30m").format(text=text))
    hours, minutes, seconds = (int(match[unit] or 0) for unit in ("h", "m", "s"))
    return check_duration(timedelta(hours=hours, minutes=minutes, seconds=seconds))


def describe_duration(value: timedelta) -> str:
    """1 h 30 min, 45 min, 90 s: how the command line writes a duration back."""
    total = int(value.total_seconds())
    if total % 60:
        return _("{seconds} s").format(seconds=total)
    hours, minutes = divmod(total // 60, 60)
    if hours and minutes:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return _("{hours} h").format(hours=hours) if hours else _("{minutes} min").format(minutes=minutes)


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_day(text: str) -> str:
    """A calendar date written YYYY-MM-DD, returned as written (without spaces); raises ArgsError."""
    cleaned = text.strip()
    if _DAY.fullmatch(cleaned):
        try:
            date.fromisoformat(cleaned)
            return cleaned
        except ValueError:
            problem = _("'{text}' is not a date in the calendar (check the month and day)")
            raise ArgsError(problem.format(text=text)) from None
    raise ArgsError(_("'{text}' is not a date: write it YYYY-MM-DD, like 2025-01-31").format(text=text))


_AMOUNT = re.compile(r"(?P<number>\d{1,5}(?:\.\d{1,3})?)(?P<unit>ml|l)?")


def parse_millilitres(text: str) -> int:
    """`250`, `250ml`, `0.5l`, `1l`; raises ArgsError."""
    cleaned = text.strip().lower().replace(" ", "")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        problem = _(
            "'{text}' is not an amount of water: write millilitres like 250 or 250ml, or litres like 0.5l"
        )
        raise ArgsError(problem.format(text=text))
    number = float(match["number"])
    ml = round(number * 1000) if match["unit"] == "l" else number
    if match["unit"] != "l" and not number.is_integer():
        raise ArgsError(_("'{text}' is not a whole number of millilitres").format(text=text))
    low, high = WATER_ML.low, WATER_ML.high
    if not low <= ml <= high:
        problem = (
            _("an amount of water is between {low} and {high} ml (got {ml} ml); for litres add an l, like 1l")
            if ml < low
            else _("an amount of water is between {low} and {high} ml (got {ml} ml)")
        )
        raise ArgsError(problem.format(low=low, high=high, ml=int(ml)))
    return int(ml)


def _only_known(args: Mapping[str, object], known: tuple[str, ...]) -> None:
    unknown = sorted(repr(key)[:40] for key in args if key not in known)
    if unknown:
        raise ArgsError(_("unknown argument {names}").format(names=", ".join(unknown)))


def _bool(args: Mapping[str, object], key: str) -> bool:
    value = args.get(key, False)
    if not isinstance(value, bool):
        raise ArgsError(_("'{field}' must be true or false").format(field=key))
    return value


def _optional_int(args: Mapping[str, object], key: str) -> int | None:
    value = args.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ArgsError(_("'{field}' must be a whole number").format(field=key))
    return value


def _optional_str(args: Mapping[str, object], key: str) -> str | None:
    value = args.get(key)
    if value is not None and not isinstance(value, str):
        raise ArgsError(_("'{field}' must be text").format(field=key))
    return value
