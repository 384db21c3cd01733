"""The words the app uses for reminders and its state, translated in one place."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.core.holds import HoldReason
from desktop.core.kinds import WORDS_CONTEXT, Kind, spec
from desktop.core.reminder_state import State, Upcoming
from desktop.ui.translation_context import TranslationContext


class Wording(TranslationContext):
    """The translation context of this module's words."""


def kind_name(kind: Kind) -> str:
    """The reminder's title in the user's language ("Posture check")."""
    return QCoreApplication.translate(WORDS_CONTEXT, spec(kind).title)


def invitation(kind: Kind) -> str:
    """The card's first sentence for the reminder: what to do now."""
    return QCoreApplication.translate(WORDS_CONTEXT, spec(kind).invitation)


def hold_reason(reason: HoldReason) -> str:
    """Why a due reminder waits, as the end of "held: ..."."""
    return {
        HoldReason.MEETING: Wording.tr("meeting mode"),
        HoldReason.FULLSCREEN: Wording.tr("a fullscreen window"),
        HoldReason.PRESENTATION: Wording.tr("a presentation"),
        HoldReason.DO_NOT_DISTURB: Wording.tr("do not disturb"),
        HoldReason.SCREEN_LOCKED: Wording.tr("the screen is locked"),
        HoldReason.TYPING: Wording.tr("you are typing"),
    }[reason]


def clock_time(moment: datetime, zone: tzinfo, now: datetime | None = None) -> str:
    """14:20, or "Tue 09:00" when it is not today."""
    local = moment.astimezone(zone)
    if now is not None and local.date() != now.astimezone(zone).date():
        return QLocale().toString(
            QDate(local.year, local.month, local.day), QCoreApplication.translate("DateFormat", "ddd")
        ) + local.strftime(" %H:%M")
    return local.strftime("%H:%M")


def in_minutes(moment: datetime, now: datetime) -> str:
    minutes = max(0, round((moment - now).total_seconds() / 60))
    if minutes == 0:
        return Wording.tr("now")
    if minutes < 60:
        return Wording.tr("in {0} min").format(minutes)
    hours, rest = divmod(minutes, 60)
    return (
        Wording.tr("in {0} h {1} min").format(hours, rest) if rest else Wording.tr("in {0} h").format(hours)
    )


def describe(upcoming: Upcoming, now: datetime, zone: tzinfo) -> str:
    """One line for the tray tooltip, the menu's first line and the status window."""
    state = upcoming.state
    if state is State.REMINDER_WAITING and upcoming.waiting is not None:
        return Wording.tr("{0} is waiting for you").format(kind_name(upcoming.waiting.primary))
    if state is State.PAUSED:
        if upcoming.paused_until is None:
            return Wording.tr("Paused until you resume")
        return Wording.tr("Paused until {0}").format(clock_time(upcoming.paused_until, zone, now))
    if state is State.MEETING:
        if upcoming.until is None:
            return Wording.tr("Meeting mode: reminders wait until you end it")
        return Wording.tr("Meeting mode until {0}: reminders wait").format(
            clock_time(upcoming.until, zone, now)
        )
    if state is State.HELD and upcoming.hold is not None and upcoming.next_kind is not None:
        held = Wording.tr("{0} held: {1}").format(
            kind_name(upcoming.next_kind), hold_reason(upcoming.hold.reason)
        )
        if upcoming.until is None:
            return held
        #: A held reminder comes anyway, quietly, at this time: "... held: a fullscreen window, until 14:50".
        return Wording.tr("{0}, until {1}").format(held, clock_time(upcoming.until, zone, now))
    if state is State.OFF_HOURS and upcoming.off_hours_until is not None:
        return Wording.tr("Outside working hours; reminders resume {0}").format(
            clock_time(upcoming.off_hours_until, zone, now)
        )
    if upcoming.next_kind is None or upcoming.next_at is None:
        return Wording.tr("All reminders are switched off")
    #: The next reminder, when and at what time: "Posture check in 12 min (14:20)".
    return Wording.tr("{0} {1} ({2})").format(
        kind_name(upcoming.next_kind),
        in_minutes(upcoming.next_at, now),
        clock_time(upcoming.next_at, zone, now),
    )
