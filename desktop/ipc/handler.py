"""Answers the commands that arrive from `unclench ...` over the control socket.

Every request has already been validated by the protocol; this decides what each means for the
running app and replies. It runs on the GUI thread; a command the app refuses gets a message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desktop.core.events import Kind, Outcome
from desktop.core.policy import PauseRequest
from desktop.ipc.commands import (
    Breathe,
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
from desktop.ipc.protocol import Reply, Request
from desktop.ipc.status import AppState, NextReminder, StatusReport
from desktop.ui.tray import GLASS_ML

if TYPE_CHECKING:
    from desktop.app import UnclenchApp


class ControlHandler:
    def __init__(self, app: UnclenchApp, quit_app: Callable[[], None]) -> None:
        self._app = app
        self._quit = quit_app

    def __call__(self, request: Request) -> Reply:
        app, command = self._app, request.command
        match command:
            case Start(quiet=quiet):
                if not quiet:
                    app.show_status_window()
                return request.succeeded({"message": "Unclench is running."})
            case Breathe(pattern=pattern, minutes=minutes):
                problem = app.open_breathing(pattern, minutes)
                return request.refused(problem) if problem else request.succeeded()
            case Stretch(routine=routine):
                if routine is None:
                    app.engine.show_now(Kind.STRETCH)
                    return request.succeeded()
                problem = app.open_routine(routine)
                return request.refused(problem) if problem else request.succeeded()
            case Remind(kind=kind):
                app.engine.show_now(kind)
                return request.succeeded()
            case Water(ml=ml):
                app.engine.record_drink(ml or GLASS_ML)
                return request.succeeded({"message": f"Logged {ml or GLASS_ML} ml of water."})
            case Pause(duration=duration, until=until):
                if duration is not None:
                    app.engine.pause(PauseRequest(minutes=max(1, round(duration.total_seconds() / 60))))
                else:
                    app.engine.pause(PauseRequest(until_tomorrow=until is PauseUntil.TOMORROW))
                return request.succeeded()
            case Resume():
                app.engine.resume()
                return request.succeeded()
            case Status():
                return request.succeeded(self.status().to_json())
            case Quit():
                QTimer.singleShot(0, self._quit)  # after the reply has gone out
                return request.succeeded({"message": "Unclench is quitting."})
        return request.refused(f"Unclench cannot do '{command.name}' yet.")

    def status(self) -> StatusReport:
        app = self._app
        upcoming = app.engine.upcoming()
        meeting = app.engine.meeting_until
        until = upcoming.paused_until
        if upcoming.waiting is not None:
            state = AppState.REMINDER_WAITING
        elif upcoming.paused:
            state = AppState.PAUSED
        elif meeting is not None:
            state = AppState.MEETING
            until = None if meeting.year == datetime.max.year else meeting
        elif upcoming.off_hours_until is not None:
            state, until = AppState.OFF_HOURS, upcoming.off_hours_until
        else:
            state = AppState.ACTIVE
        return StatusReport(
            state=state,
            paused_until=until,
            next_reminders=tuple(NextReminder(kind.value, at) for kind, at in app.engine.due_times()),
            today=self._today(),
        )

    def _today(self) -> dict[str, int]:
        counts: dict[str, int] = {"water_goal_ml": self._app.settings.water_goal_ml}
        breathing_seconds = 0.0
        for event in self._app.today_events():
            if event.kind in {Kind.POSTURE.value, Kind.STRETCH.value}:
                if event.outcome in {Outcome.DONE.value, Outcome.MISSED.value, Outcome.SKIPPED.value}:
                    key = f"{event.kind}_{event.outcome}"
                    counts[key] = counts.get(key, 0) + 1
            elif event.kind == "breathing":
                breathing_seconds += float(event.details.get("actual_seconds") or 0)
        counts["water_ml"] = self._app.water_today()
        counts["breathing_minutes"] = round(breathing_seconds / 60)
        return counts
