"""The prompt presenter: what a due reminder shows, and how (card, notification, sound).

It builds the PromptView from the content and today's water, and presents it as the user chose:
Unclench's own card, the desktop's notification, or both. After a reminder was held back to the
limit (quiet) only the notification and the tray icon say it waits.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Signal

from desktop.core.clock import Clock
from desktop.core.kinds import AnswerStyle, spec
from desktop.core.reminder_state import Prompt
from desktop.core.routine_summary import move_summaries
from desktop.resources import resource_path
from desktop.services.settings_owner import SettingsOwner
from desktop.ui.card_placement import Corner, notification_corner
from desktop.ui.reminder_popup import PromptView, ReminderPopup

if TYPE_CHECKING:
    from desktop.platform.sound import Chime
    from desktop.services.content import Content
    from desktop.services.routine_actions import PostponedRoutine
    from desktop.ui.reminder_notification import ReminderNotification
    from desktop.ui.tray import Tray

REMINDER_TONE_HZ = 523.25  # a soft C5: noticeable, not alarming


class PromptPresenter(QObject):
    """Owns the reminder card, the reminder notification and the chime (each made on first use).

    Signals: `answered(PromptAnswer)` from the card or the notification; `routine_requested(str)`
    and `breathing_requested()` when the user starts the session a card offers; `why_requested(str)`
    the evidence topic behind a card; `problem(str)`.
    """

    answered = Signal(object)
    routine_requested = Signal(str)
    breathing_requested = Signal()
    why_requested = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        settings: SettingsOwner,
        content: Callable[[], Content],
        water_today: Callable[[], int],
        waiting: Callable[[], Prompt | None],
        tray: Tray,
        clock: Clock,
    ) -> None:
        super().__init__()
        self._waiting = waiting
        self._settings = settings
        self._content = content
        self._water_today = water_today
        self._tray = tray
        self._clock = clock
        self._popup: ReminderPopup | None = None
        self._notification: ReminderNotification | None = None
        self._chime: Chime | None = None
        self._posture_shown = 0
        self._offered_routine: str | None = None  # put off from the menu: the next stretch card offers it

    def show(self, prompt: Prompt) -> None:
        settings = self._settings.settings
        view = self.view(prompt)
        if settings.reminder_sound and not prompt.quiet:
            self._sound().play(REMINDER_TONE_HZ)
        style = settings.reminder_style
        notified = (prompt.quiet or style != "popup") and self._notifier().show(view)
        if (not prompt.quiet and style != "notification") or not notified:
            # Both: the card keeps clear of where this desktop shows its notifications.
            corner = notification_corner(self._notifier().name, sys.platform) if notified else None
            self._present_card(view, notification_at=corner)

    def open_card(self, prompt: Prompt) -> None:
        """The user asked for the waiting reminder's card: it may take the keyboard."""
        self._present_card(self.view(prompt), take_keyboard=True)

    def offer_routine(self, postponed: PostponedRoutine) -> None:
        """Put off from the menu: the next stretch card offers this routine instead of a micro-break."""
        self._offered_routine = postponed.routine_id

    def close(self, prompt: Prompt) -> None:
        """The prompt was answered, expired or closed: take it off the screen everywhere."""
        if self._popup is not None and self._popup.view is not None and self._popup.view.prompt is prompt:
            self._popup.hide()
        if self._notification is not None:
            self._notification.withdraw()

    def shutdown(self) -> None:
        if self._notification is not None:
            self._notification.close()
        if self._chime is not None:
            self._chime.close()
        if self._popup is not None:
            self._popup.close()
            self._popup.deleteLater()

    def view(self, prompt: Prompt) -> PromptView:
        settings = self._settings.settings
        view = PromptView(
            prompt=prompt,
            snooze_minutes=settings.for_kind(prompt.primary).snooze_minutes,
            water_today_ml=self._water_today(),
            water_goal_ml=settings.water_goal_ml,
            glass_ml=settings.glass_ml,
        )
        answer = spec(prompt.primary).answer
        if any(spec(kind).answer is AnswerStyle.CHECKLIST for kind in prompt.kinds):  # main or carried
            items = self._content().posture_checklist(self._posture_shown, self._clock.now().date())
            self._posture_shown += 1
            view = replace(view, checklist=tuple((item.id, item.text) for item in items))
        if answer is AnswerStyle.ROUTINE:
            offered, self._offered_routine = self._offered_routine, None
            library = self._content().library
            routine = (library.get(offered) if offered else None) or self._content().next_micro_break()
            if routine is not None:
                view = replace(view, moves=move_summaries(routine), routine_id=routine.id)
        problems = self._content().take_problems()
        if problems:
            self.problem.emit(
                self.tr("Some content files have problems and were left out:")
                + "\n"
                + "\n".join(map(str, problems))
            )
        return view

    def _present_card(
        self, view: PromptView, take_keyboard: bool = False, notification_at: Corner | None = None
    ) -> None:
        if self._popup is None:
            self._popup = ReminderPopup()
            self._popup.answered.connect(self.answered)
            self._popup.routine_requested.connect(self.routine_requested)
            self._popup.breathing_requested.connect(self.breathing_requested)
            self._popup.why_requested.connect(self.why_requested)
        icon = self._tray.icon
        near: QRect | None = icon.geometry() if icon.isVisible() else None
        self._popup.present(view, near, take_keyboard, notification_at)

    def _sound(self) -> Chime:
        """The sound backend, loaded on first use (most people leave the sound off)."""
        if self._chime is None:
            from desktop.platform.sound import detect_chime

            # A device problem is reported on the sound thread; the tone is optional, so it stays quiet.
            self._chime = detect_chime(lambda _problem: None)
        return self._chime

    def _notifier(self) -> ReminderNotification:
        """Made on first use: the D-Bus connection and its reader thread cost nothing until then."""
        if self._notification is None:
            from desktop.platform.notify import detect_notifier
            from desktop.ui.reminder_notification import ReminderNotification

            notifier = detect_notifier(
                tray=self._tray.icon, app_icon=str(resource_path("icons", "unclench.svg"))
            )
            self._notification = ReminderNotification(notifier)
            self._notification.answered.connect(self.answered)
            self._notification.open_requested.connect(self._open_requested)
        return self._notification

    def _open_requested(self) -> None:
        waiting = self._waiting()
        if waiting is not None:
            self.open_card(waiting)
