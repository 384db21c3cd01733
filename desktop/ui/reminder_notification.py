"""A reminder as a desktop notification with Done / Snooze / Skip buttons, for users who prefer
their desktop's notifications to Unclench's own card (or want both)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.core.events import Kind, Outcome
from desktop.platform.notify.base import Notifier
from desktop.platform.notify.payload import DEFAULT_ACTION, Notification
from desktop.ui.reminder_popup import PromptAnswer, PromptView
from desktop.ui.wording import kind_name

_KEY = "reminder"  # one reminder at a time: showing again replaces it
_ANSWERS = {
    "done": PromptAnswer(Outcome.DONE, {}),
    "snooze": PromptAnswer(Outcome.SNOOZED, {}),
    "skip": PromptAnswer(Outcome.SKIPPED, {}),
}


class ReminderNotification(QObject):
    """Shows a reminder as a desktop notification with Done / Snooze / Skip buttons through a Notifier, and
    turns its button presses into answers.

    Signals: `answered(PromptAnswer)` the user pressed a button; `open_requested()` the user clicked the
    notification itself.
    """

    answered = Signal(object)  # PromptAnswer
    open_requested = Signal()  # the user clicked the notification itself

    def __init__(self, notifier: Notifier) -> None:
        super().__init__()
        self._notifier = notifier
        self._glass_ml = 250  # the user's glass, as the last water notification offered it
        notifier.action_invoked.connect(self._on_action)

    @property
    def name(self) -> str:
        return str(self._notifier.name)

    def show(self, view: PromptView) -> bool:
        """False if no notification service could show it (the caller shows the card instead)."""
        return self._notifier.show(_KEY, self.compose(view))

    def withdraw(self) -> None:
        self._notifier.withdraw(_KEY)

    def close(self) -> None:
        self._notifier.close()

    def compose(self, view: PromptView) -> Notification:
        kind = view.prompt.primary
        if kind is Kind.POSTURE:
            body = self.tr("Check: {0}").format("; ".join(text for _, text in view.checklist))
            first = ("done", self.tr("Done"))
        elif kind is Kind.HYDRATION:
            body = self.tr("Today so far: {0} ml of {1} ml").format(view.water_today_ml, view.water_goal_ml)
            first = ("drank", self.tr("Drank {0} ml").format(view.glass_ml))
            self._glass_ml = view.glass_ml
        elif kind is Kind.BREATHING_BREAK:
            body = self.tr("A minute of slow breathing with a long out-breath.")
            first = ("done", self.tr("Done"))
        else:
            moves = ", ".join(
                self.tr("{0} ({1} s)").format(move.name, move.seconds)
                if move.times == 1
                else self.tr("{0} ({1} × {2} s)").format(move.name, move.times, move.seconds)
                for move in view.moves
            )
            body = (
                self.tr("Stand up and move gently: {0}").format(moves)
                if moves
                else self.tr("Stand up and move.")
            )
            first = ("done", self.tr("Done"))
        also = [kind_name(k) for k in view.prompt.kinds[1:]]
        if also:
            body += "\n" + self.tr("Also due now: {0}").format(", ".join(also))
        actions = (
            (DEFAULT_ACTION, self.tr("Open")),  # what a click on the notification itself does
            first,
            ("snooze", self.tr("Snooze {0} min").format(view.snooze_minutes)),
            ("skip", self.tr("Skip")),
        )
        return Notification(title=kind_name(kind), body=body, actions=actions)

    def _on_action(self, key: str, action: str) -> None:
        if key != _KEY:
            return
        if action == DEFAULT_ACTION:
            self.open_requested.emit()
        elif action == "drank":
            self.answered.emit(PromptAnswer(Outcome.DONE, {"ml": self._glass_ml}))
        elif action in _ANSWERS:
            self.answered.emit(_ANSWERS[action])
