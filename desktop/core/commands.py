"""What a user can ask Unclench to do: one frozen dataclass per command.

The same objects come out of the command line (`desktop.cli.parse`), travel over the control socket
(`desktop.ipc.protocol`, via `to_args`/`from_args`) and reach the app. Every instance is valid:
`__post_init__` checks the limits below, so a Command built anywhere can be trusted.
Qt-free, so `unclench --help` stays instant.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, ClassVar, Self

from desktop.core.data_requests import ExportFormat
from desktop.core.i18n import _
from desktop.core.kinds import Kind
from desktop.core.settings import DRINK_ML, BreathingSettings, Range, allowed_values
from desktop.core.typed_values import PAUSE_LIMITS as PAUSE_LIMITS
from desktop.core.typed_values import (
    PAUSE_SECONDS,
    bool_arg,
    check_name,
    check_range,
    only_known,
    optional_int,
    optional_str,
)
from desktop.core.typed_values import ArgsError as ArgsError
from desktop.core.typed_values import check_duration as check_duration
from desktop.core.typed_values import describe_duration as describe_duration
from desktop.core.typed_values import parse_day as parse_day
from desktop.core.typed_values import parse_duration as parse_duration
from desktop.core.typed_values import parse_millilitres as parse_millilitres

# The limits of the settings model, so the tray, the windows and the command line agree.
BREATHE_MINUTES: Range = allowed_values(BreathingSettings, "minutes")  # type: ignore[assignment]
WATER_ML = DRINK_ML


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
        only_known(args, ())
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
        only_known(args, ("quiet", "at_login"))
        return cls(quiet=bool_arg(args, "quiet"), at_login=bool_arg(args, "at_login"))


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
        only_known(args, ("pattern", "minutes"))
        return cls(pattern=optional_str(args, "pattern"), minutes=optional_int(args, "minutes"))


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
        only_known(args, ("routine",))
        return cls(routine=optional_str(args, "routine"))


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
        only_known(args, ("kind",))
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
        only_known(args, ("seconds", "until"))
        seconds = optional_int(args, "seconds")
        if seconds is not None:  # checked before timedelta(), which overflows on huge numbers
            check_range(seconds, PAUSE_SECONDS, "seconds")
        until = optional_str(args, "until")
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
        only_known(args, ("seconds", "end"))
        seconds = optional_int(args, "seconds")
        if seconds is not None:  # checked before timedelta(), which overflows on huge numbers
            check_range(seconds, PAUSE_SECONDS, "seconds")
        return cls(
            duration=None if seconds is None else timedelta(seconds=seconds), end=bool_arg(args, "end")
        )


@dataclass(frozen=True)
class RemindAnyway(Command):
    """`unclench remind-anyway`: show the reminder a call, calendar event or app rule holds, now."""

    name: ClassVar[str] = "remind-anyway"
    delivery: ClassVar[Delivery] = Delivery.RUNNING


@dataclass(frozen=True)
class NotACall(Command):
    """`unclench not-a-call [APP]`: APP's microphone or camera use is no call (None: the app
    holding reminders as a call now); it is added to the settings' `not_a_call_apps`."""

    name: ClassVar[str] = "not-a-call"
    delivery: ClassVar[Delivery] = Delivery.RUNNING
    app: str | None = None

    def __post_init__(self) -> None:
        if self.app is not None:
            check_name(self.app, "app")
            if "," in self.app:
                raise ArgsError("'app' must be one app's name, without a comma")

    def to_args(self) -> dict[str, Any]:
        return {"app": self.app}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        only_known(args, ("app",))
        return cls(app=optional_str(args, "app"))


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
        only_known(args, ("ml",))
        return cls(ml=optional_int(args, "ml"))


@dataclass(frozen=True)
class Status(Command):
    """The app answers with a `desktop.ipc.status.StatusReport` as its result."""

    name: ClassVar[str] = "status"
    delivery: ClassVar[Delivery] = Delivery.RUNNING


@dataclass(frozen=True)
class SyncChanged(Command):
    """`unclench sync join|leave` changed the joined folder: the running app looks at it again."""

    name: ClassVar[str] = "sync-changed"
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


@dataclass(frozen=True)
class Doctor(Command):
    """`unclench doctor`: what every detector sees on this desktop now. Run by the command-line
    process itself, so it works whether or not Unclench is running. Never sent over the socket."""

    name: ClassVar[str] = "doctor"
    delivery: ClassVar[Delivery] = Delivery.LOCAL


class CardReply(StrEnum):
    """How `unclench answer` answers the waiting reminder, as its card's buttons do."""

    DONE = "done"
    SNOOZE = "snooze"
    SKIP = "skip"


@dataclass(frozen=True)
class Answer(Command):
    """`unclench answer done|snooze|skip` answers the waiting reminder; `--focus` instead brings its card
    up ready for the keyboard. Exactly one of the two: for a desktop shortcut, so keyboard users reach it."""

    name: ClassVar[str] = "answer"
    delivery: ClassVar[Delivery] = Delivery.RUNNING
    reply: CardReply | None = None
    focus: bool = False

    def __post_init__(self) -> None:
        if (self.reply is None) != self.focus:
            raise ArgsError("answer with done, snooze or skip, or bring the card up with --focus")
        if self.reply is not None and not isinstance(self.reply, CardReply):
            raise ArgsError("'reply' must be one of " + ", ".join(CardReply))

    def to_args(self) -> dict[str, Any]:
        return {"reply": None if self.reply is None else self.reply.value, "focus": self.focus}

    @classmethod
    def from_args(cls, args: Mapping[str, object]) -> Self:
        only_known(args, ("reply", "focus"))
        reply = optional_str(args, "reply")
        if reply is not None and reply not in {r.value for r in CardReply}:
            raise ArgsError("'reply' must be one of " + ", ".join(CardReply))
        return cls(reply=None if reply is None else CardReply(reply), focus=bool_arg(args, "focus"))


# The commands the running app can be sent, by wire name. A LOCAL command never goes here.
_STARTING = (Start, Breathe, Stretch, Remind, Water)  # Delivery.START
APP_COMMANDS: dict[str, type[Command]] = {
    cls.name: cls
    for cls in (*_STARTING, Pause, Resume, Meeting, RemindAnyway, NotACall, Answer, Status, SyncChanged, Quit)
}
