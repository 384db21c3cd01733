"""The words the app uses for reminders and its state, translated in one place."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.core.events import Kind
from desktop.core.policy import Upcoming
from desktop.ui.translation_context import TranslationContext


class Wording(TranslationContext):
    """The translation context of this module's words."""


def kind_name(kind: Kind) -> str:
    return {
        Kind.POSTURE: Wording.tr("Posture check"),
        Kind.HYDRATION: Wording.tr("Water break"),
        Kind.STRETCH: Wording.tr("Stretch break"),
        Kind.BREATHING_BREAK: Wording.tr("Breathing break"),
    }[kind]


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


def describe(upcoming: Upcoming, now: datetime, zone: tzinfo, meeting_until: datetime | None = None) -> str:
    """One line for the tray tooltip, the menu's first line and the status window."""
    if meeting_until is not None and upcoming.waiting is None and not upcoming.paused:
        if meeting_until.year == datetime.max.year:
            return Wording.tr("Meeting mode: reminders wait until you end it")
        return Wording.tr("Meeting mode until {0}: reminders wait").format(
            clock_time(meeting_until, zone, now)
        )
    if upcoming.waiting is not None:
        return Wording.tr("{0} is waiting for you").format(kind_name(upcoming.waiting.primary))
    if upcoming.paused:
        if upcoming.paused_until is None:
            return Wording.tr("Paused until you resume")
        return Wording.tr("Paused until {0}").format(clock_time(upcoming.paused_until, zone, now))
    if upcoming.off_hours_until is not None:
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
