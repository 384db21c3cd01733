"""The reminder engine: puts the pure policy on the clock.

It owns the only scheduler. One date job wakes the app at the policy's next deadline (or when a
prompt left on screen times out); a cron job marks local midnight. Everything the user or the OS
tells the app goes through here and comes out as past-tense signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, Signal

from desktop.core.delivery import decide
from desktop.core.events import Event, Kind, Outcome
from desktop.core.policy import PauseRequest, Prompt, ReminderPolicy, Upcoming
from desktop.core.settings import Settings
from desktop.services.scheduling import GuiThreadScheduler

_NEXT_JOB = "next-reminder"
_TIMEOUT_JOB = "prompt-timeout"
_MIDNIGHT_JOB = "midnight"
_MEETING_JOB = "meeting-end"


class ReminderEngine(QObject):
    prompt_due = Signal(object)  # Prompt
    prompt_due_quietly = Signal(object)  # Prompt: deferred to the cap while the user was busy
    prompt_closed = Signal(object)  # Prompt: answered, timed out, or closed by a natural break/pause
    status_changed = Signal(object)  # Upcoming
    events_happened = Signal(object)  # tuple[Event, ...], to be logged
    day_changed = Signal()
    meeting_changed = Signal(
        object
    )  # datetime | None: meeting mode ends then (datetime.max: when ended by hand)
    # Jobs only post this; the work runs after the scheduler's pass. With the synchronous executor,
    # a date job that re-adds or removes its own id while it runs would be deleted or fail after it.
    _job_fired = Signal(str)

    def __init__(
        self,
        policy: ReminderPolicy,
        scheduler: GuiThreadScheduler,
        busy: Callable[[], object | None] = lambda: None,
        idle_seconds: Callable[[], float | None] = lambda: None,
    ) -> None:
        super().__init__()
        self._policy = policy
        self._scheduler = scheduler
        self._busy = busy  # a reason the user must not be interrupted now (fullscreen, DND), or None
        self._idle_seconds = idle_seconds
        self._due_since: datetime | None = None  # a due reminder is waiting for a good moment since then
        self._retry_at: datetime | None = None
        self._meeting_until: datetime | None = None  # reminders wait until then, however long
        self._job_fired.connect(self._on_job, Qt.ConnectionType.QueuedConnection)

    @property
    def settings(self) -> Settings:
        return self._policy.settings

    def start(self) -> None:
        zone = self._policy.clock.local_zone()
        self._scheduler.configure(timezone=zone, job_defaults={"misfire_grace_time": None, "coalesce": True})
        self._scheduler.start()
        self._scheduler.add_job(
            self._midnight, CronTrigger(hour=0, minute=0, timezone=zone), id=_MIDNIGHT_JOB
        )
        self._reschedule()

    def stop(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def upcoming(self) -> Upcoming:
        return self._policy.upcoming()

    def due_times(self) -> list[tuple[Kind, datetime]]:
        return self._policy.schedule()

    # ---- what the user asks for ----------------------------------------------------------

    def answer(self, outcome: Outcome, details: dict[str, Any] | None = None) -> None:
        prompt = self._policy.pending
        self._emit_events(self._policy.answer(outcome, details))
        if prompt is not None:
            self.prompt_closed.emit(prompt)
        self._reschedule()

    def show_now(self, kind: Kind) -> None:
        before = self._policy.pending
        prompt = self._policy.start_now(kind)
        if before is not None and before is not prompt:
            self.prompt_closed.emit(before)
        self._show(prompt)

    def hold_prompt(self, minutes: int = 30) -> None:
        """The user started the waiting reminder's routine or breathing session from its card: it is
        answered when that ends, so it must not time out as missed meanwhile (only after `minutes`)."""
        if self._policy.pending is not None:
            self._scheduler.add_job(
                self._job_fired.emit,
                DateTrigger(self._policy.clock.now() + timedelta(minutes=minutes)),
                args=(_TIMEOUT_JOB,),
                id=_TIMEOUT_JOB,
                replace_existing=True,
            )

    def record_drink(self, millilitres: int) -> None:
        pending = self._policy.pending
        if pending is not None and pending.primary is Kind.HYDRATION:
            self.answer(Outcome.DONE, {"ml": millilitres})  # logged from the menu: it answers the card
            return
        self._emit_events([self._policy.record_drink(millilitres)])
        self._reschedule()

    def pause(self, request: PauseRequest) -> None:
        if request.until_tomorrow:
            until: datetime | None = self._policy.start_of_tomorrow()
        elif request.minutes is not None:
            until = self._policy.clock.now() + timedelta(minutes=request.minutes)
        else:
            until = None
        self._close_after(lambda: self._policy.pause(until))

    def resume(self) -> None:
        self._policy.resume()
        self._reschedule()

    def refresh(self) -> None:
        """Work out the next deadline again (the wall clock or the time zone changed)."""
        self._reschedule()

    @property
    def meeting_until(self) -> datetime | None:
        return self._meeting_until

    def start_meeting(self, minutes: int | None) -> None:
        """Meeting mode: reminders that fall due wait (they are not dropped) until it ends."""
        now = self._policy.clock.now()
        self._meeting_until = (
            now + timedelta(minutes=minutes) if minutes else datetime.max.replace(tzinfo=now.tzinfo)
        )
        if not minutes and self._scheduler.get_job(_MEETING_JOB):
            self._scheduler.remove_job(_MEETING_JOB)  # an open-ended meeting has no end job
        if minutes:
            self._scheduler.add_job(
                self._job_fired.emit,
                DateTrigger(self._meeting_until),
                args=(_MEETING_JOB,),
                id=_MEETING_JOB,
                replace_existing=True,
            )
        self.meeting_changed.emit(self._meeting_until)
        self._reschedule()

    def end_meeting(self) -> None:
        self._meeting_until = None
        if self._scheduler.get_job(_MEETING_JOB):
            self._scheduler.remove_job(_MEETING_JOB)
        self.meeting_changed.emit(None)
        self._on_job(_NEXT_JOB)  # what fell due meanwhile comes now

    def apply_settings(self, settings: Settings) -> None:
        self._policy.apply_settings(settings)
        self._reschedule()

    # ---- what the OS tells us ------------------------------------------------------------

    def user_left(self, idle_seconds: float) -> None:
        self._policy.user_left(idle_seconds)
        self._reschedule()

    def user_returned(self, away_seconds: float) -> None:
        self._close_after(lambda: self._policy.user_returned(away_seconds))

    def system_resumed(self, slept_seconds: float) -> None:
        self._close_after(lambda: self._policy.system_resumed(slept_seconds))

    # ---- the clock -----------------------------------------------------------------------

    def _on_job(self, job_id: str) -> None:
        if job_id == _TIMEOUT_JOB:
            self.answer(Outcome.MISSED)
            return
        if job_id == _MEETING_JOB:
            self.end_meeting()
            return
        if self._meeting_until is not None:
            self._retry_at = None  # the meeting's end brings it
            self._reschedule()
            return
        if not self._policy.is_due():
            self._due_since = self._retry_at = None
            self._reschedule()
            return
        now = self._policy.clock.now()
        self._due_since = self._due_since or now
        decision = decide(
            waited_seconds=(now - self._due_since).total_seconds(),
            busy=self._busy() is not None,
            idle_seconds=self._idle_seconds(),
            busy_cap_seconds=self._policy.settings.busy_defer_minutes * 60.0,
        )
        if not decision.show:
            assert decision.retry_after is not None
            self._retry_at = now + timedelta(seconds=decision.retry_after)
            self._reschedule()
            return
        self._due_since = self._retry_at = None
        prompt = self._policy.due()
        if prompt is not None:
            self._show(prompt, quiet=decision.quiet)

    def _midnight(self) -> None:
        self.day_changed.emit()
        self.status_changed.emit(self._policy.upcoming())

    def _show(self, prompt: Prompt, quiet: bool = False) -> None:
        timeout = timedelta(seconds=self._policy.settings.popup_timeout_seconds)
        self._scheduler.add_job(
            self._job_fired.emit,
            DateTrigger(prompt.shown_at + timeout),
            args=(_TIMEOUT_JOB,),
            id=_TIMEOUT_JOB,
            replace_existing=True,
        )
        (self.prompt_due_quietly if quiet else self.prompt_due).emit(prompt)
        self._reschedule()

    def _close_after(self, change: Any) -> None:
        prompt = self._policy.pending
        self._emit_events(change())
        if prompt is not None and self._policy.pending is None:
            self.prompt_closed.emit(prompt)
        self._reschedule()

    def _emit_events(self, events: list[Event]) -> None:
        if events:
            self.events_happened.emit(tuple(events))

    def _reschedule(self) -> None:
        """Point the one reminder job at the policy's next deadline, and tell the tray."""
        if self._policy.pending is None and self._scheduler.get_job(_TIMEOUT_JOB):
            self._scheduler.remove_job(_TIMEOUT_JOB)
        if not self._policy.is_due():
            self._due_since = self._retry_at = None  # a later reminder waits afresh
        wakeup = self._policy.next_wakeup()
        if wakeup is not None and self._policy.is_due():
            if self._meeting_until is not None:
                wakeup = None  # due, but the meeting's end (its own job, or the user) brings it
            elif self._retry_at is not None:
                wakeup = self._retry_at  # due, but waiting for a pause in typing or the end of a call
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
