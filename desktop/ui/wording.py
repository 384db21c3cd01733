"""The words the app uses for reminders and its state, translated in one place."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.core.holds import Hold, HoldReason
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
        HoldReason.CALL: Wording.tr("a call"),
        HoldReason.CALENDAR: Wording.tr("an event in your calendar"),
        HoldReason.APP: Wording.tr("an app rule"),
        HoldReason.FULLSCREEN: Wording.tr("a fullscreen window"),
        HoldReason.PRESENTATION: Wording.tr("a presentation"),
        HoldReason.DO_NOT_DISTURB: Wording.tr("do not disturb"),
        HoldReason.SCREEN_LOCKED: Wording.tr("the screen is locked"),
        HoldReason.TYPING: Wording.tr("you are typing"),
    }[reason]


def held_detail(hold: Hold, now: datetime, zone: tzinfo) -> str | None:
    """A call, calendar or app-rule hold in words ("a call (microphone in Firefox) since 10:02,
    next try when it ends"); None for the other reasons, which `hold_reason` words."""
    if hold.reason is HoldReason.CALL:
        device = Wording.tr("camera") if hold.device == "camera" else Wording.tr("microphone")
        #: What holds a call: "microphone in Firefox".
        what = Wording.tr("{0} in {1}").format(device, hold.detail) if hold.detail else device
        if hold.call_ended_at is not None and hold.retry_at is not None:
            #: A call just ended; the reminder comes after a short grace.
            return Wording.tr("a call ({0}) ended, next try at {1}").format(
                what, clock_time(hold.retry_at, zone, now)
            )
        #: "a call (microphone in Firefox) since 10:02, next try when it ends".
        return Wording.tr("a call ({0}) since {1}, next try when it ends").format(
            what, clock_time(hold.since, zone, now)
        )
    if hold.reason is HoldReason.CALENDAR and hold.ends_at is not None:
        #: "Weekly sync in your calendar until 11:00".
        return Wording.tr("{0} in your calendar until {1}").format(
            hold.detail or Wording.tr("an event"), clock_time(hold.ends_at, zone, now)
        )
    if hold.reason is HoldReason.APP and hold.detail:
        #: An app rule holds reminders: "zoom is open".
        return Wording.tr("{0} is open").format(hold.detail)
    return None


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
        detail = held_detail(upcoming.hold, now, zone)
        held = Wording.tr("{0} held: {1}").format(
            kind_name(upcoming.next_kind), detail or hold_reason(upcoming.hold.reason)
        )
        if upcoming.until is None or detail is not None:
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
