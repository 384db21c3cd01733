"""One dispatcher for what the user asks, wherever they ask it: the tray, the status window, the
card's menu or `unclench COMMAND` over the control socket. Each request is a frozen Command
(`desktop/core/commands.py`), so its limits are the settings model's, checked once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop.core.commands import (
    Breathe,
    Command,
    Meeting,
    Pause,
    PauseUntil,
    Quit,
    Remind,
    Resume,
    Start,
    Status,
    Stretch,
    Water,
)
from desktop.core.kinds import Kind
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
    """Carries out Commands with the services that do the work; owns nothing of its own."""

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
                return Result(message="Unclench is running.")
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
                    return Result(unsaved=f"{amount} ml of water is not saved yet: {self._log.unsaved}.")
                return Result(message=f"Logged {amount} ml of water.")
            case Pause(duration=duration, until=until):
                engine.pause(_pause_request(duration, until))
                return Result()
            case Resume():
                engine.resume()
                return Result()
            case Meeting(end=True):
                engine.end_meeting()
                return Result(message="Meeting mode ended.")
            case Meeting(duration=duration):
                engine.start_meeting(_minutes(duration) if duration is not None else None)
                return Result(message="Meeting mode is on: reminders wait until it ends.")
            case Status():
                return Result(data=self.status().to_json())
            case Quit():
                QTimer.singleShot(0, self._quit)  # after the reply has gone out
                return Result(message="Unclench is quitting.")
        return Result(refused=f"Unclench cannot do '{command.name}' yet.")

    def status(self) -> StatusReport:
        if self._sync is not None:
            self._sync.request_status()  # e.g. `unclench sync join` from a terminal: look again
        return build_status(
            self._engine.upcoming(),
            self._engine.due_times(),
            self._log.today_activity(),
            self._settings.settings.water_goal_ml,
            self._sync.view if self._sync is not None else None,
        )


def _minutes(duration: timedelta) -> int:
    return max(1, round(duration.total_seconds() / 60))


def _pause_request(duration: timedelta | None, until: PauseUntil | None) -> PauseRequest:
    if duration is not None:
        return PauseRequest(minutes=_minutes(duration))
    return PauseRequest(until_tomorrow=until is PauseUntil.TOMORROW)
