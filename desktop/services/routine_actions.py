"""Guided routines: open the player, log how it went, and import or remove a user's routines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.core.clock import Clock
from desktop.core.events import Event
from desktop.core.kinds import Kind
from desktop.services.engine import ReminderEngine
from desktop.ui.plain_text import plain_question
from desktop.ui.start_folder import START_FOLDER
from desktop.ui.window_registry import WindowRegistry
from desktop.ui.wording import clock_time

if TYPE_CHECKING:
    from desktop.services.content import Content


@dataclass(frozen=True)
class PostponedRoutine:
    """A routine put off from the menu: which one, and when the stretch break that offers it comes back
    (None while reminders are paused)."""

    routine_id: str
    at: datetime | None


class RoutineActions(QObject):
    """Opens the routine player, logs how a routine went (answering the stretch card it was started
    from), and imports or removes the user's own routines.

    Signals: `recorded(tuple[Event, ...])` to log; `problem(str)` a problem for the user to act on;
    `news(str)` good news for the user (a routine imported or put off);
    `safety_page_requested()` from a routine's safety note; `routine_postponed(PostponedRoutine)` a
    routine started from the menu was put off: the stretch break comes back then, offering it.
    """

    recorded = Signal(object)  # tuple[Event, ...] to log
    problem = Signal(str)  # a problem for the user to act on (a routine that could not be imported)
    news = Signal(str)  # good news for the user (a routine imported, a routine put off until then)
    safety_page_requested = Signal()
    routine_postponed = Signal(object)  # PostponedRoutine

    def __init__(
        self, content: Callable[[], Content], windows: WindowRegistry, engine: ReminderEngine, clock: Clock
    ) -> None:
        super().__init__()
        self._content = content
        self._windows = windows
        self._engine = engine
        self._clock = clock
        self._from_card: str | None = None  # the routine started from the waiting stretch card
        engine.prompt_closed.connect(self._forget_card)

    def open(self, routine_id: str) -> str | None:
        """Open the routine player; a problem to report instead if there is no such routine."""
        from desktop.ui.routine_window import RoutineWindow

        library = self._content().library
        routine = library.get(routine_id) or next(
            (r for r in library.routines if r.name.casefold() == routine_id.casefold()), None
        )
        if routine is None:
            known = ", ".join(r.id for r in library.routines)
            return self.tr("There is no routine called '{0}'. Routines: {1}").format(routine_id, known)
        self._windows.close("routine")
        window = RoutineWindow(routine, chime=QApplication.beep)
        window.routine_finished.connect(self._finished)
        window.safety_page_requested.connect(self.safety_page_requested.emit)
        self._windows.show("routine", window)
        return None

    def open_or_tell(self, routine_id: str) -> None:
        problem = self.open(routine_id)
        if problem:
            self.problem.emit(problem)

    def start_from_card(self, routine_id: str) -> None:
        """The stretch card's Start: when the routine ends, it answers the card too."""
        self._from_card = routine_id
        self._engine.hold_prompt()
        self.open_or_tell(routine_id)

    def _forget_card(self, *_: object) -> None:
        self._from_card = None  # the card was answered (or timed out) some other way

    def _finished(self, result: Any) -> None:
        from desktop.core.routine_player import RoutineOutcome, reminder_outcome, routine_event

        events: tuple[Event, ...] = (routine_event(result, self._clock),)
        self.recorded.emit(events)
        if result.outcome is RoutineOutcome.POSTPONED and self._from_card != result.routine_id:
            self._postpone(result.routine_id, result.routine_name)
        elif self._from_card == result.routine_id and self._engine.upcoming().waiting is not None:
            self._from_card = None
            details = {
                "routine": result.routine_id,
                "steps": result.steps_completed,
                "steps_total": result.steps_total,
            }
            self._engine.answer(reminder_outcome(result), details)

    def _postpone(self, routine_id: str, name: str) -> None:
        """Put off from the menu: the stretch break comes back after its snooze length, with this routine."""
        self._engine.postpone(Kind.STRETCH)
        at = next((when for kind, when in self._engine.due_times() if kind is Kind.STRETCH), None)
        self.routine_postponed.emit(PostponedRoutine(routine_id, at))
        if at is not None:
            when = clock_time(at, self._clock.local_zone(), self._clock.now())
            self.news.emit(self.tr("“{0}” comes back with the stretch break at {1}.").format(name, when))

    def import_file(self) -> None:
        from desktop.core.user_routines import import_routine

        start = str(START_FOLDER.path())
        path, _ = QFileDialog.getOpenFileName(
            None, self.tr("Import a routine"), start, self.tr("Routine (*.json)")
        )
        START_FOLDER.remember(path)
        if not path:
            return
        content = self._content()
        outcome = import_routine(Path(path), content.user_routines_dir, content.library)
        if outcome.ok and outcome.routine is not None:
            content.reload_routines()
            self.news.emit(self.tr("Imported the routine '{0}'.").format(outcome.routine.name))
        else:
            self.problem.emit(
                self.tr("That routine could not be imported:") + "\n" + "\n".join(map(str, outcome.problems))
            )

    def remove(self, routine_id: str) -> None:
        from desktop.core.user_routines import remove_user_routine

        content = self._content()
        routine = content.library.get(routine_id)
        if routine is None or not routine.user:
            return
        question = self.tr(
            "Remove the imported routine '{0}'? Its file is deleted; your log keeps its history."
        )
        if not plain_question(question.format(routine.name)):  # No is the default: a file is deleted
            return
        problem = remove_user_routine(content.user_routines_dir, routine)
        content.reload_routines()
        if problem is not None:
            self.problem.emit(self.tr("The routine could not be removed: {0}").format(problem))
