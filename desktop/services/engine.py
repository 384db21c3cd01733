"""The reminder engine: puts the pure policy on the clock.

It owns the only scheduler. One date job wakes the app at the policy's next deadline, whatever it
is (a reminder, a prompt's expiry, a held reminder's next look, the end of a pause or meeting); a
cron job marks local midnight. Every timing rule is the policy's; this only turns "next wake-up"
into a timer and the policy's answers into signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, Signal

from desktop.core.break_rules import not_now
from desktop.core.events import Event, Outcome
from desktop.core.holds import NO_CONDITIONS, Conditions
from desktop.core.kinds import Kind
from desktop.core.policy import PauseRequest, Prompt, ReminderPolicy, Upcoming
from desktop.core.settings import Settings
from desktop.services.scheduling import GuiThreadScheduler

_NEXT_JOB = "next-wakeup"
_MIDNIGHT_JOB = "midnight"


class ReminderEngine(QObject):
    """Owns the scheduler and the policy; the rest of the app asks it and listens.

    Signals: `prompt_due(Prompt)` show it; `prompt_due_quietly(Prompt)` show it without covering the
    screen (it was held back to the limit); `prompt_closed(Prompt)` answered, expired, or closed by a
    break or pause; `status_changed(Upcoming)`; `events_happened(tuple[Event, ...])` to be logged;
    `day_changed()` at local midnight.
    """

    prompt_due = Signal(object)
    prompt_due_quietly = Signal(object)
    prompt_closed = Signal(object)
    status_changed = Signal(object)
    events_happened = Signal(object)
    day_changed = Signal()
    # Jobs only post this; the work runs after the scheduler's pass. With the synchronous executor,
    # a date job that re-adds or removes its own id while it runs would be deleted or fail after it.
    _job_fired = Signal(str)

    def __init__(
        self,
        policy: ReminderPolicy,
        scheduler: GuiThreadScheduler,
        conditions: Callable[[], Conditions] = lambda: NO_CONDITIONS,
        in_call: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__()
        self._policy = policy
        self._scheduler = scheduler
        self._conditions = conditions  # asked only when a reminder is due: idle time, fullscreen, DND
        self._in_call = in_call  # asked when the user goes idle: only the call detectors
        self._zone: tzinfo | None = None  # the zone of the midnight job
        self._absence_ignored = False  # the user "left" during a call: the matching return is no break
        self._job_fired.connect(self._on_job, Qt.ConnectionType.QueuedConnection)

    @property
    def settings(self) -> Settings:
        return self._policy.settings

    def start(self) -> None:
        zone = self._policy.clock.local_zone()
        self._scheduler.configure(timezone=zone, job_defaults={"misfire_grace_time": None, "coalesce": True})
        self._scheduler.start()
        self._mark_midnight(zone)
        self._reschedule()

    def _mark_midnight(self, zone: tzinfo) -> None:
        """The local midnight job, in `zone` (again when the user's zone changes)."""
        self._zone = zone
        self._scheduler.add_job(
            self._job_fired.emit,
            CronTrigger(hour=0, minute=0, timezone=zone),
            args=(_MIDNIGHT_JOB,),
            id=_MIDNIGHT_JOB,
            replace_existing=True,
        )

    def stop(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def waiting(self) -> Prompt | None:
        """The prompt on screen waiting for an answer, if any."""
        return self._policy.pending

    def upcoming(self) -> Upcoming:
        return self._policy.upcoming()

    def due_times(self) -> list[tuple[Kind, Any]]:
        return self._policy.schedule()

    # ---- what the user asks for ----------------------------------------------------------

    def answer(self, outcome: Outcome, details: dict[str, Any] | None = None) -> None:
        self._change(lambda: self._policy.answer(outcome, details))

    def show_now(self, kind: Kind) -> None:
        before = self._policy.pending
        prompt = self._policy.start_now(kind)
        if before is not None and before is not prompt:
            self.prompt_closed.emit(before)
        self.prompt_due.emit(prompt)
        self._reschedule()

    def not_now(self, kind: Kind) -> None:
        """ "Not now" from a heads-up: the coming break is postponed and nothing is shown."""
        if self._policy.pending is None:
            self._change(lambda: not_now(self._policy, kind))

    def hold_prompt(self, minutes: int = 30) -> None:
        """The waiting reminder's routine or breathing session started from its card: see the policy."""
        self._policy.hold_prompt(minutes)
        self._reschedule()

    def postpone(self, kind: Kind) -> None:
        """Bring `kind` back after its snooze length (a routine put off from the menu)."""
        self._policy.postpone(kind)
        self._reschedule()

    def record_drink(self, millilitres: int) -> None:
        pending = self._policy.pending
        if pending is not None and pending.primary is Kind.HYDRATION:
            self.answer(Outcome.DONE, {"ml": millilitres})  # logged from the menu: it answers the card
            return
        self._change(lambda: [self._policy.record_drink(millilitres)])

    def pause(self, request: PauseRequest) -> None:
        self._change(lambda: self._policy.pause_for(request))

    def resume(self) -> None:
        self._policy.resume()
        self._reschedule()

    def start_meeting(self, minutes: int | None) -> None:
        self._policy.start_meeting(minutes)
        self._reschedule()

    def remind_anyway(self) -> bool:
        """Show the held reminder now ("remind me anyway"); False when nothing is held."""
        prompt = self._policy.remind_anyway()
        if prompt is not None:
            self.prompt_due.emit(prompt)
        self._reschedule()
        return prompt is not None

    def recheck_hold(self, afresh: bool = False) -> None:
        """Something a hold depends on changed (a calendar was re-read, an app is no call after
        all): a held reminder is looked at again now. `afresh`: the hold so far was wrong, so no
        grace follows it. Nothing happens when none is held."""
        if self._policy.upcoming().hold is not None:
            if afresh:
                self._policy.holds.end("not a call")
            self._on_job(_NEXT_JOB)

    def end_meeting(self) -> None:
        self._policy.end_meeting()
        self._on_job(_NEXT_JOB)  # what fell due meanwhile comes now

    def refresh(self) -> None:
        """Work out the next deadline again (the wall clock or the time zone changed). In a new zone,
        "today" and midnight move: the day is announced again."""
        zone = self._policy.clock.local_zone()
        if self._scheduler.running and str(zone) != str(self._zone):
            self._mark_midnight(zone)
            self.day_changed.emit()
        self._reschedule()

    def apply_settings(self, settings: Settings) -> None:
        """New settings; only a change the policy reads (intervals, hours, limits) reschedules."""
        if self._policy.reads_the_same(settings):
            return
        self._policy.apply_settings(settings)
        self._reschedule()

    # ---- what the OS tells us ------------------------------------------------------------

    def user_left(self, idle_seconds: float) -> None:
        if self._in_call():
            # Listening on a call without touching anything is not being away (one look, when it happens).
            self._absence_ignored = True
            return
        self._policy.user_left(idle_seconds)
        self._reschedule()

    def user_returned(self, away_seconds: float) -> None:
        if self._absence_ignored:
            self._absence_ignored = False  # the user was on a call: no natural break
            return
        self._change(lambda: self._policy.user_returned(away_seconds))

    def system_resumed(self, slept_seconds: float) -> None:
        self._change(lambda: self._policy.system_resumed(slept_seconds))

    # ---- the clock -----------------------------------------------------------------------

    def _on_job(self, job_id: str) -> None:
        if job_id == _MIDNIGHT_JOB:
            self.day_changed.emit()
            self.status_changed.emit(self._policy.upcoming())
            return
        self._change(self._policy.expire, reschedule=False)
        if self._policy.is_due():
            prompt = self._policy.due(self._conditions())
            if prompt is not None:
                (self.prompt_due_quietly if prompt.quiet else self.prompt_due).emit(prompt)
        self._reschedule()

    def _change(self, change: Callable[[], list[Event]], reschedule: bool = True) -> None:
        """Run a policy change; log what it produced and close the prompt it ended."""
        prompt = self._policy.pending
        events = change()
        if events:
            self.events_happened.emit(tuple(events))
        if prompt is not None and self._policy.pending is not prompt:
            self.prompt_closed.emit(prompt)
        if reschedule:
            self._reschedule()

    def _reschedule(self) -> None:
        """Point the one wake-up job at the policy's next deadline, log the holds that ended, and
        tell the tray."""
        held = self._policy.holds.take_finished()
        if held:
            self.events_happened.emit(tuple(held))
        wakeup = self._policy.next_wakeup()
        if wakeup is None:
            if self._scheduler.get_job(_NEXT_JOB):
                self._scheduler.remove_job(_NEXT_JOB)
        else:
            self._scheduler.add_job(
                self._job_fired.emit,
                DateTrigger(wakeup),
                args=(_NEXT_JOB,),
                id=_NEXT_JOB,
                replace_existing=True,
            )
        self.status_changed.emit(self._policy.upcoming())
