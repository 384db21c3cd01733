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

from PySide6.QtCore import QObject, QRect, QTimer, Signal

from desktop.core.break_rules import BreakLedger, is_strict, uses_break_screen
from desktop.core.clock import Clock, local_day
from desktop.core.kinds import AnswerStyle, spec
from desktop.core.reminder_state import Prompt
from desktop.platform.memory import release_unused_memory
from desktop.resources import resource_path
from desktop.services.activity_log import ActivityLog
from desktop.services.engine import ReminderEngine
from desktop.services.settings_owner import SettingsOwner
from desktop.ui.wording import invitation

if TYPE_CHECKING:
    # What a reminder shows is imported when the first one comes: an idle tray keeps none of it.
    from desktop.platform.sound import Chime
    from desktop.services.content import Content
    from desktop.services.routine_actions import PostponedRoutine
    from desktop.ui.break_panel import BreakView
    from desktop.ui.break_screen import BreakScreen
    from desktop.ui.card_placement import Corner
    from desktop.ui.reminder_notification import ReminderNotification
    from desktop.ui.reminder_popup import PromptView, ReminderPopup
    from desktop.ui.tray import Tray

REMINDER_TONE_HZ = 523.25  # a soft C5: noticeable, not alarming


class PromptPresenter(QObject):
    """Owns the reminder card, the break screen, the reminder notification and the chime (each made on
    first use, their modules imported then); a kind whose break screen is on
    (`break_rules.uses_break_screen`) shows the break screen. Once a card or break screen leaves the
    screen, the memory it drew with goes back (`platform.memory.release_unused_memory`).

    Signals: `answered(PromptAnswer)` from the card or the notification; `routine_requested(str)`
    and `breathing_requested()` when the user starts the session a card offers; `why_requested(str)`
    the evidence topic behind a card; `problem(str)`; `hold_requested(int)` the break screen shows
    for that many minutes, so the prompt must not expire meanwhile (connect to `engine.hold_prompt`).
    """

    answered = Signal(object)
    hold_requested = Signal(int)  # minutes the break screen needs: the prompt must not expire meanwhile
    routine_requested = Signal(str)
    breathing_requested = Signal()
    why_requested = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        settings: SettingsOwner,
        content: Callable[[], Content],
        log: ActivityLog,
        engine: ReminderEngine,
        tray: Tray,
        clock: Clock,
    ) -> None:
        """`log` tells today's water; `engine` which prompt waits for an answer."""
        super().__init__()
        self._waiting = engine.waiting
        self._settings = settings
        self._content = content
        self._water_today = log.water_today
        self._tray = tray
        self._clock = clock
        self._popup: ReminderPopup | None = None
        self._notification: ReminderNotification | None = None
        self._chime: Chime | None = None
        self._posture_shown = 0
        self._breaks_shown = 0
        self._break_screen: BreakScreen | None = None
        self._break_prompt: Prompt | None = None
        self._ledger = BreakLedger(settings.settings.breaks)
        # Set by whoever starts an owed break ("Make up a break"): the next break screen logs it as made up.
        self.making_up = False
        self._offered_routine: str | None = None  # put off from the menu: the next stretch card offers it

    def show(self, prompt: Prompt) -> None:
        settings = self._settings.settings
        if not prompt.quiet and uses_break_screen(prompt.primary, settings.breaks):
            self._present_break(prompt)  # a quiet (held-back) break comes as a card or notification
            return
        view = self.view(prompt)
        if settings.reminder_sound and not prompt.quiet:
            self._sound().play(REMINDER_TONE_HZ)
        style = settings.reminder_style
        notified = (prompt.quiet or style != "popup") and self._notifier().show(view)
        if (not prompt.quiet and style != "notification") or not notified:
            from desktop.ui.card_placement import notification_corner

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
            self._release_later()
        if self._notification is not None:
            self._notification.withdraw()
        if self._break_screen is not None and self._break_prompt is prompt:
            self._break_screen.close()
            self._break_prompt = None
            self._release_later()

    def set_break_ledger(self, ledger: BreakLedger) -> None:
        """Today's postpones and skips: the break screen offers only what the ledger allows."""
        self._ledger = ledger

    def shutdown(self) -> None:
        if self._notification is not None:
            self._notification.close()
        if self._chime is not None:
            self._chime.close()
        if self._popup is not None:
            self._popup.close()
            self._popup.deleteLater()
        if self._break_screen is not None:
            self._break_screen.close()

    def view(self, prompt: Prompt) -> PromptView:
        from desktop.core.routine_summary import move_summaries
        from desktop.ui.reminder_popup import PromptView

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
        self._tell_content_problems()
        return view

    def _tell_content_problems(self) -> None:
        problems = self._content().take_problems()
        if problems:
            self.problem.emit(
                self.tr("Some content files have problems and were left out:")
                + "\n"
                + "\n".join(map(str, problems))
            )

    def _present_card(
        self, view: PromptView, take_keyboard: bool = False, notification_at: Corner | None = None
    ) -> None:
        if self._popup is None:
            from desktop.ui.reminder_popup import ReminderPopup

            self._popup = ReminderPopup()
            self._popup.answered.connect(self.answered)
            self._popup.routine_requested.connect(self.routine_requested)
            self._popup.breathing_requested.connect(self.breathing_requested)
            self._popup.why_requested.connect(self.why_requested)
        icon = self._tray.icon
        near: QRect | None = icon.geometry() if icon.isVisible() else None
        self._popup.present(view, near, take_keyboard, notification_at)

    def break_view(self, prompt: Prompt) -> BreakView:
        """What the break screen shows for `prompt`: the next suggestion and what today allows."""
        from desktop.core.movement_content import suggestion_for
        from desktop.services.content_translation import content_text
        from desktop.ui.break_panel import BreakView

        settings = self._settings.settings
        breaks, kind = settings.breaks, prompt.primary
        suggestion = suggestion_for(self._content().movement_suggestions(), self._breaks_shown)
        self._tell_content_problems()
        self._breaks_shown += 1
        day = local_day(self._clock.now(), self._clock.local_zone())
        self._ledger.breaks = breaks
        return BreakView(
            kind=kind,
            suggestion_title=content_text(suggestion.title) if suggestion else "",
            suggestion_text=content_text(suggestion.text) if suggestion else invitation(kind),
            seconds=breaks.minutes * 60,
            postpone_minutes=settings.for_kind(kind).snooze_minutes,
            may_postpone=self._ledger.may_postpone(kind, day),
            may_skip=self._ledger.may_skip(kind, day),
            strict=is_strict(kind, breaks),
            making_up=self.making_up,
            full_screen=breaks.screen_style == "fullscreen",
            every_screen=breaks.screens == "all",
            reduced_motion=settings.breathing.reduced_motion,
        )

    def _present_break(self, prompt: Prompt) -> None:
        if self._break_screen is None:
            from desktop.ui.break_screen import BreakScreen

            self._break_screen = BreakScreen()
            self._break_screen.answered.connect(self.answered)
        view = self.break_view(prompt)
        self.making_up = False
        self._break_prompt = prompt
        self._break_screen.present(view)
        self.hold_requested.emit(self._settings.settings.breaks.minutes + 1)

    def _release_later(self) -> None:
        """The card or the break screen left the screen (every answer ends in `close`): give back
        what it drew with, and the break screen's pages once deleted."""
        QTimer.singleShot(0, release_unused_memory)

    def play(self, hertz: float) -> None:
        """A soft tone (the heads-up before a break uses it)."""
        self._sound().play(hertz)

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
