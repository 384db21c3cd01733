"""The tray menu's intents as the same Commands the command line sends, run by the dispatcher."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.commands import (
    Breathe,
    Command,
    Meeting,
    NotACall,
    Pause,
    PauseUntil,
    RemindAnyway,
    Resume,
    Stretch,
    Water,
)
from desktop.core.policy import PauseRequest
from desktop.services.dispatcher import Dispatcher
from desktop.services.settings_owner import SettingsOwner
from desktop.ui.tray import Tray

if TYPE_CHECKING:
    from desktop.ui.water_amount import WaterAmountDialog


class TrayIntents(QObject):
    """Connects the tray's (and the status window's) requests to the dispatcher; owns nothing.

    Signals: `problem(str)` the dispatcher refused a request (an unknown routine, say).
    """

    problem = Signal(str)

    def __init__(self, tray: Tray, dispatcher: Dispatcher, settings: SettingsOwner) -> None:
        super().__init__()
        self._dispatcher = dispatcher
        self._settings = settings
        self._water_dialog: WaterAmountDialog | None = None
        menu, run = tray.menu, self.run
        menu.breathe_requested.connect(lambda: run(Breathe()))
        tray.activated.connect(lambda: run(Breathe()))
        menu.stretch_requested.connect(lambda: run(Stretch()))
        menu.routine_requested.connect(lambda routine: run(Stretch(routine)))
        menu.water_requested.connect(lambda ml: run(Water(ml)))
        menu.custom_water_requested.connect(self._ask_water_amount)
        menu.pause_requested.connect(lambda request: run(pause_command(request)))
        menu.resume_requested.connect(lambda: run(Resume()))
        menu.meeting_requested.connect(lambda minutes: run(meeting_command(minutes)))
        menu.end_meeting_requested.connect(lambda: run(Meeting(end=True)))
        menu.remind_anyway_requested.connect(lambda: run(RemindAnyway()))
        menu.not_a_call_requested.connect(lambda: run(NotACall()))

    def run(self, command: Command) -> None:
        result = self._dispatcher.run(command)
        for problem in (result.refused, result.unsaved):
            if problem is not None:
                self.problem.emit(problem)

    def _ask_water_amount(self) -> None:
        """Open the "another amount" dialog (or bring it back to the front); it logs when the user says so."""
        if self._water_dialog is not None:
            self._water_dialog.raise_()
            self._water_dialog.activateWindow()
            return
        from desktop.ui.water_amount import WaterAmountDialog

        dialog = WaterAmountDialog(self._settings.settings.glass_ml)
        dialog.water_requested.connect(lambda ml: self.run(Water(ml)))
        dialog.finished.connect(lambda _result: self._water_dialog_closed(dialog))
        self._water_dialog = dialog
        dialog.show()

    def _water_dialog_closed(self, dialog: WaterAmountDialog) -> None:
        self._water_dialog = None
        dialog.deleteLater()


def pause_command(request: PauseRequest) -> Pause:
    if request.minutes is not None:
        return Pause(duration=timedelta(minutes=request.minutes))
    return Pause(until=PauseUntil.TOMORROW if request.until_tomorrow else PauseUntil.RESUMED)


def meeting_command(minutes: int | None) -> Meeting:
    return Meeting(duration=timedelta(minutes=minutes) if minutes else None)
