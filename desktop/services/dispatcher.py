"""One dispatcher for what the user asks, wherever they ask it: the tray, the status window, the
card's menu or `unclench COMMAND` over the control socket. Each request is a frozen Command
(`desktop/core/commands.py`), so its limits are the settings model's, checked once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.commands import (
    Answer,
    Breathe,
    CardReply,
    Command,
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
    SyncChanged,
    Water,
)
from desktop.core.events import Outcome
from desktop.core.holds import HoldReason
from desktop.core.i18n import N_, _, pgettext
from desktop.core.kinds import Kind, spec
from desktop.core.policy import PauseRequest
from desktop.ipc.status import StatusReport, build_status
from desktop.services.activity_log import ActivityLog
from desktop.services.breathing_actions import BreathingActions
from desktop.services.engine import ReminderEngine
from desktop.services.routine_actions import RoutineActions
from desktop.services.settings_owner import SettingsOwner
from desktop.services.sync_service import SyncService


@dataclass(frozen=True)
class Result:
    """How a command went: done (with a sentence and data for the command line) or refused."""

    refused: str | None = None  # why not, for the user
    unsaved: str | None = None  # done, but the log could not save it yet (it is kept and retried)
    message: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


class Dispatcher(QObject):
    """Carries out Commands with the services that do the work; owns nothing of its own.

    Signals: `card_focus_requested(Prompt)` the waiting reminder's card is to come up ready for the
    keyboard (`unclench answer --focus`; the prompt presenter's `open_card`).
    """

    card_focus_requested = Signal(object)  # Prompt

    def __init__(
        self,
        engine: ReminderEngine,
        settings: SettingsOwner,
        log: ActivityLog,
        breathing: BreathingActions,
        routines: RoutineActions,
        show_status_window: Callable[[], None],
        quit_app: Callable[[], None],
        sync: SyncService | None = None,
    ) -> None:
        super().__init__()
        self._sync = sync
        self._engine = engine
        self._settings = settings
        self._log = log
        self._breathing = breathing
        self._routines = routines
        self._show_status_window = show_status_window
        self._quit = quit_app

    def run(self, command: Command) -> Result:
        engine = self._engine
        match command:
            case Start(quiet=quiet):
                if not quiet:
                    self._show_status_window()
                return Result(message=_("Unclench is running."))
            case Breathe(pattern=pattern, minutes=minutes):
                return Result(refused=self._breathing.open(pattern, minutes))
            case Stretch(routine=None):
                engine.show_now(Kind.STRETCH)
                return Result()
            case Stretch(routine=str(routine)):
                return Result(refused=self._routines.open(routine))
            case Remind(kind=kind):
                engine.show_now(kind)
                return Result()
            case Water(ml=ml):
                amount = ml or self._settings.settings.glass_ml
                engine.record_drink(amount)
                if self._log.unsaved is not None:
                    return Result(
                        unsaved=_("{amount} ml of water is not saved yet: {problem}.").format(
                            amount=amount, problem=self._log.unsaved
                        )
                    )
                return Result(message=_("Logged {amount} ml of water.").format(amount=amount))
            case Pause(duration=duration, until=until):
                engine.pause(_pause_request(duration, until))
                return Result()
            case Resume():
                engine.resume()
                return Result()
            case Meeting(end=True):
                engine.end_meeting()
                return Result(message=_("Meeting mode ended."))
            case Meeting(duration=duration):
                engine.start_meeting(_minutes(duration) if duration is not None else None)
                return Result(message=_("Meeting mode is on: reminders wait until it ends."))
            case RemindAnyway():
                if engine.remind_anyway():
                    return Result(message=_("The held reminder is shown now."))
                return Result(refused=_("No reminder is held right now."))
            case NotACall(app=app):
                return self._not_a_call(app)
            case Answer(reply=reply):
                return self._answer(reply)
            case Status():
                return Result(data=self.status().to_json())
            case SyncChanged():
                if self._sync is not None:
                    self._sync.request_status()  # `unclench sync join|leave`: look again
                return Result()
            case Quit():
                QTimer.singleShot(0, self._quit)  # after the reply has gone out
                return Result(message=_("Unclench is quitting."))
        return Result(refused=_("Unclench cannot do '{command}' yet.").format(command=command.name))

    def _not_a_call(self, app: str | None) -> Result:
        """`app` (None: the one holding reminders as a call now) no longer counts as a call."""
        if app is None:
            hold = self._engine.upcoming().hold
            if hold is None or hold.reason is not HoldReason.CALL or not hold.detail:
                return Result(refused=_("No app holds reminders as a call right now; name one."))
            app = hold.detail
        settings = self._settings.settings
        quiet = settings.quiet_times.with_not_a_call(app)
        self._settings.apply(replace(settings, quiet_times=quiet))
        self._engine.recheck_hold(afresh=True)  # no grace: it was never a call
        return Result(message=_("{app} no longer counts as a call.").format(app=app))

    def _answer(self, reply: CardReply | None) -> Result:
        """Answer the waiting reminder as its card would (Done on a water card logs the usual glass),
        or bring its card up for the keyboard."""
        waiting = self._engine.waiting()
        if waiting is None:
            return Result(refused=_("No reminder is waiting."))
        title = pgettext("Kinds", spec(waiting.primary).title)
        if reply is None:
            self.card_focus_requested.emit(waiting)
            return Result(message=_("{title}: its card is ready for the keyboard.").format(title=title))
        outcome = _REPLY_OUTCOMES[reply]
        details: dict[str, Any] = {}
        if outcome is Outcome.DONE and waiting.primary is Kind.HYDRATION:
            details = {"ml": self._settings.settings.glass_ml}
        self._engine.answer(outcome, details)
        return Result(message=_(_ANSWERED[outcome]).format(title=title))

    def status(self) -> StatusReport:
        """What `unclench status` shows; read-only, as status bars poll it."""
        return build_status(
            self._engine.upcoming(),
            self._engine.due_times(),
            self._log.today_activity(),
            self._settings.settings.water_goal_ml,
            self._sync.view if self._sync is not None else None,
        )


_REPLY_OUTCOMES = {
    CardReply.DONE: Outcome.DONE,
    CardReply.SNOOZE: Outcome.SNOOZED,
    CardReply.SKIP: Outcome.SKIPPED,
}


_ANSWERED = {  # what `unclench answer` says it did
    Outcome.DONE: N_("{title}: done."),
    Outcome.SNOOZED: N_("{title}: snoozed."),
    Outcome.SKIPPED: N_("{title}: skipped."),
}


def _minutes(duration: timedelta) -> int:
    return max(1, round(duration.total_seconds() / 60))


def _pause_request(duration: timedelta | None, until: PauseUntil | None) -> PauseRequest:
    if duration is not None:
        return PauseRequest(minutes=_minutes(duration))
    return PauseRequest(until_tomorrow=until is PauseUntil.TOMORROW)
