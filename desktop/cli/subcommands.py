"""The `unclench` subcommands, one function each, in the order `--help` lists them."""

from __future__ import annotations

import argparse
from typing import IO, Any

from desktop.cli.arguments import Invocation, checked, make, name_of, whole_number
from desktop.cli.export_arguments import add_export
from desktop.cli.sync import add_sync
from desktop.core.commands import (
    BREATHE_MINUTES,
    WATER_ML,
    Answer,
    Breathe,
    CardReply,
    Doctor,
    Meeting,
    NotACall,
    Pause,
    PauseUntil,
    Quit,
    Remind,
    RemindAnyway,
    Resume,
    Start,
    Status,
    Stretch,
    Water,
    parse_duration,
    parse_millilitres,
)
from desktop.core.i18n import _
from desktop.core.kinds import BY_CLI_NAME


def add_start_options(parser: argparse.ArgumentParser, default: Any) -> None:
    # On the subcommand the default is SUPPRESS, or it would overwrite `unclench --quiet start`.
    parser.add_argument(
        "--quiet", action="store_true", default=default, help="start in the tray without showing a window"
    )
    parser.add_argument(
        "--autostart",
        action="store_true",
        default=default,
        help=_("used by the start-at-login entry: start quietly and wait for the desktop's tray"),
    )


def start_invocation(namespace: argparse.Namespace) -> Invocation:
    at_login = bool(namespace.autostart)
    return Invocation(Start(quiet=at_login or bool(namespace.quiet), at_login=at_login))


def _one_of(names: list[str]) -> str:
    """ "a, b or c" """
    if len(names) < 2:
        return "".join(names)
    return _("{names} or {last}").format(names=", ".join(names[:-1]), last=names[-1])


PAUSE_ENDS = {"until-tomorrow": PauseUntil.TOMORROW, "until-resumed": PauseUntil.RESUMED}


def _pause_length(text: str) -> Any:
    end = PAUSE_ENDS.get(text.strip().lower())
    return end if end is not None else parse_duration(text)


def _add_start(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "start",
        summary=_("start Unclench (the same as no command)"),
        description=_("Start Unclench in the tray. If it is already running, show its window instead."),
        out=out,
        err=err,
    )
    add_start_options(parser, argparse.SUPPRESS)
    parser.set_defaults(build=start_invocation)


def _add_breathe(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    low, high = BREATHE_MINUTES.low, BREATHE_MINUTES.high
    parser = make(
        commands,
        "breathe",
        summary=_("open the breathing exercise now"),
        description=_(
            "Open the breathing window and start a session (Unclench starts if it is not running)."
        ),
        epilog=_("examples:") + "\n  unclench breathe\n  unclench breathe --pattern box --minutes 3",
        out=out,
        err=err,
    )
    parser.add_argument(
        "--pattern", metavar="NAME", type=name_of("pattern"), help="a breathing pattern by name"
    )
    parser.add_argument(
        "--minutes",
        metavar="N",
        type=whole_number(BREATHE_MINUTES, "minutes", "minutes"),
        help=_("session length, {low} to {high} minutes").format(low=low, high=high),
    )
    parser.set_defaults(build=lambda ns: Invocation(Breathe(pattern=ns.pattern, minutes=ns.minutes)))


def _add_stretch(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "stretch",
        summary=_("start a stretch break now"),
        description=_("Start a stretch routine now (Unclench starts if it is not running)."),
        epilog=_("examples:") + "\n  unclench stretch\n  unclench stretch back-reset",
        out=out,
        err=err,
    )
    parser.add_argument(
        "routine", nargs="?", metavar="ROUTINE", type=name_of("routine"), help="a routine by name"
    )
    parser.set_defaults(build=lambda ns: Invocation(Stretch(routine=ns.routine)))


def _add_remind(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "remind",
        summary=_("show a reminder now"),
        description=_("Show that reminder now, as if it were due (Unclench starts if it is not running)."),
        out=out,
        err=err,
    )
    parser.add_argument(
        "kind", metavar="KIND", choices=sorted(BY_CLI_NAME), help=_one_of(sorted(BY_CLI_NAME))
    )
    parser.set_defaults(build=lambda ns: Invocation(Remind(kind=BY_CLI_NAME[ns.kind])))


def _add_answer(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "answer",
        summary="answer the waiting reminder",
        description="Answer the reminder that waits, as its card's Done, Snooze or Skip do;\n"
        "or, with --focus, bring its card up ready for the keyboard\n"
        "(Tab between its ticks and buttons, Enter presses).\n"
        "Bind these to desktop shortcuts to answer reminders without the mouse.",
        epilog="examples:\n  unclench answer done\n  unclench answer snooze\n  unclench answer --focus",
        out=out,
        err=err,
    )
    replies = [reply.value for reply in CardReply]
    parser.add_argument("reply", nargs="?", metavar="REPLY", choices=replies, help=_one_of(replies))
    parser.add_argument("--focus", action="store_true", help="bring the card up for the keyboard instead")

    def build(ns: argparse.Namespace) -> Invocation:
        if (ns.reply is None) != ns.focus:
            parser.error("give done, snooze or skip, or --focus")
        return Invocation(Answer(reply=None if ns.reply is None else CardReply(ns.reply), focus=ns.focus))

    parser.set_defaults(build=build)


def _add_pause(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "pause",
        summary=_("pause reminders"),
        description=_(
            "Pause all reminders for a while, until tomorrow, or until you resume them.\n"
            "A duration is hours and minutes like 30m, 1h or 1h30m (a bare number means minutes),\n"
            "from 1 minute to 24 hours."
        ),
        epilog=_("examples:")
        + "\n  unclench pause 30m\n  unclench pause 1h30m\n  unclench pause until-tomorrow",
        out=out,
        err=err,
    )
    parser.add_argument(
        "length",
        metavar="LENGTH",
        type=checked(_pause_length),
        help=_("a DURATION like 30m or 1h30m, or until-tomorrow, or until-resumed"),
    )

    def build(ns: argparse.Namespace) -> Invocation:
        if isinstance(ns.length, PauseUntil):
            return Invocation(Pause(until=ns.length))
        return Invocation(Pause(duration=ns.length))

    parser.set_defaults(build=build)


MEETING_ENDS = ("until-ended", "end")


def _meeting_length(text: str) -> Any:
    word = text.strip().lower()
    return word if word in MEETING_ENDS else parse_duration(text)


def _add_meeting(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "meeting",
        summary=_("hold reminders during a meeting"),
        description=_(
            "Meeting mode: reminders that fall due wait (they are not dropped) until it ends.\n"
            "Give how long (30m, 1h, 1h30m), until-ended to end it yourself, or end to end it now."
        ),
        epilog=_("examples:")
        + "\n  unclench meeting 45m\n  unclench meeting until-ended\n  unclench meeting end",
        out=out,
        err=err,
    )
    parser.add_argument(
        "length",
        metavar="LENGTH",
        type=checked(_meeting_length),
        help=_("a DURATION like 45m or 1h30m, or until-ended, or end"),
    )

    def build(ns: argparse.Namespace) -> Invocation:
        if ns.length == "end":
            return Invocation(Meeting(end=True))
        if ns.length == "until-ended":
            return Invocation(Meeting())
        return Invocation(Meeting(duration=ns.length))

    parser.set_defaults(build=build)


def _add_resume(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands, "resume", summary=_("resume reminders"), description=_("End a pause."), out=out, err=err
    )
    parser.set_defaults(build=lambda ns: Invocation(Resume()))


def _add_remind_anyway(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "remind-anyway",
        summary="show the held reminder now",
        description="Show the reminder that a call, a calendar event or an app rule holds back, now.",
        out=out,
        err=err,
    )
    parser.set_defaults(build=lambda ns: Invocation(RemindAnyway()))


def _add_not_a_call(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "not-a-call",
        summary="an app's microphone or camera use is not a call",
        description="Stop counting an app's microphone or camera use as a call (without APP: the "
        "app that holds reminders now).",
        epilog="examples:\n  unclench not-a-call\n  unclench not-a-call obs",
        out=out,
        err=err,
    )
    parser.add_argument("app", nargs="?", metavar="APP", help="the app's name, as `unclench status` says it")
    parser.set_defaults(build=lambda ns: Invocation(NotACall(app=ns.app)))


def _add_water(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    low, high = WATER_ML.low, WATER_ML.high
    parser = make(
        commands,
        "water",
        summary=_("log a drink of water"),
        description=_("Log water you drank: {low} to {high} ml; without an amount, your usual glass.").format(
            low=low, high=high
        ),
        epilog=_("examples:") + "\n  unclench water\n  unclench water 330\n  unclench water 0.5l",
        out=out,
        err=err,
    )
    parser.add_argument(
        "ml", nargs="?", metavar="ML", type=checked(parse_millilitres), help="how much, e.g. 250"
    )
    parser.set_defaults(build=lambda ns: Invocation(Water(ml=ns.ml)))


def _add_status(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "status",
        summary=_("say what Unclench is doing"),
        description=_("Say whether Unclench is running, what comes next and when, and today's totals."),
        epilog=_("With --json, not running prints {json} (and exits with 3).").format(
            json='{"running": false}'
        ),
        out=out,
        err=err,
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON for scripts and status bars"))
    parser.set_defaults(build=lambda ns: Invocation(Status(), json_output=ns.json))


def _add_doctor(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "doctor",
        summary="say what Unclench can see on this desktop",
        description="List every detector (tray, notifications, idle time, sleep and lock, fullscreen and "
        "do not disturb, microphone, camera, calendars, start at login) and the data files, each "
        "working, not available here or not permitted, with what to do. Works without the app running.",
        out=out,
        err=err,
    )
    parser.add_argument("--json", action="store_true", help="print JSON, e.g. for a bug report")
    parser.set_defaults(build=lambda ns: Invocation(Doctor(), json_output=ns.json))


def _add_quit(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "quit",
        summary=_("quit Unclench"),
        description=_("Quit the running Unclench."),
        out=out,
        err=err,
    )
    parser.set_defaults(build=lambda ns: Invocation(Quit()))


SUBCOMMANDS = (
    _add_start,
    _add_breathe,
    _add_stretch,
    _add_remind,
    _add_answer,
    _add_pause,
    _add_resume,
    _add_meeting,
    _add_remind_anyway,
    _add_not_a_call,
    _add_water,
    _add_status,
    add_export,
    _add_doctor,
    add_sync,
    _add_quit,
)
