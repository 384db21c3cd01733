"""What makes reminders wait by themselves: a live microphone or camera, a busy calendar event,
an app the user named in front or running. Looked at only when the policy asks (a reminder is due,
or one is held and its re-check came), never on a timer of its own.

The looks run on the GUI thread: each call detector is bounded by ANSWER_TIMEOUT_S (0.5 s, a hung
sound server) and answers in a few milliseconds normally; the calendar answers from its cache; the
process scan reads /proc once. They happen about once per reminder and once a minute while one is
held, so a worker thread would add more (a thread, a queued hand-back, a stale answer) than it saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.app_rules import AppRule, AppRulesError, app_rules_hold, parse_app_rules
from desktop.core.clock import Clock
from desktop.core.holds import CalendarEvent, CallInUse
from desktop.core.settings import QuietTimesSettings

if TYPE_CHECKING:
    from desktop.platform.apps import FrontAppReader
    from desktop.platform.calendar import CalendarSource
    from desktop.platform.calls import CallDetector


def split_list(text: str, separator: str = ",") -> tuple[str, ...]:
    """The non-empty, stripped items of a settings list (apps by ",", calendar files by ";")."""
    return tuple(item.strip() for item in text.split(separator) if item.strip())


class QuietSources(QObject):
    """Owns the call detectors, the calendar source (made once a calendar is set) and the app-rule
    readers, configured from the QuietTimesSettings.

    Signals: `calendar_changed()` the cached calendar periods were replaced (a held reminder may be
    looked at again); `problem(str)` a calendar cannot be read or the app rules are not valid.
    """

    calendar_changed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        clock: Clock,
        detectors: Sequence[CallDetector] | None = None,
        front: FrontAppReader | None = None,
        running: Callable[[], frozenset[str]] | None = None,
        calendar: CalendarSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._detectors = tuple(detectors) if detectors is not None else None
        self._front = front
        self._running = running
        self._calendar = calendar
        if calendar is not None:
            self._connect_calendar(calendar)
        self._settings = QuietTimesSettings()
        self._ignored: frozenset[str] = frozenset()
        self._rules: tuple[AppRule, ...] = ()

    # ---- settings ------------------------------------------------------------------------

    def configure(self, settings: QuietTimesSettings) -> None:
        """Use these settings from now on (calendars are re-read only when they changed)."""
        old, self._settings = self._settings, settings
        self._ignored = settings.not_a_call()
        try:
            self._rules = parse_app_rules(settings.app_rules)
        except AppRulesError as error:
            self._rules = ()
            self.problem.emit(self.tr("The app rules are not valid: {}").format(error))
        calendar_keys = ("calendar_files", "calendar_url", "calendar_fetch_enabled", "calendar_addresses")
        if self._calendar is None and not (settings.calendar_files or settings.calendar_url):
            return
        if self._calendar is not None and all(getattr(old, k) == getattr(settings, k) for k in calendar_keys):
            return
        from desktop.platform.calendar import CalendarConfig

        self.calendar_source().configure(
            CalendarConfig(
                files=tuple(Path(p).expanduser() for p in settings.calendar_paths()),
                url=settings.calendar_url.strip(),
                fetch_enabled=settings.calendar_fetch_enabled,
                me=frozenset(a.casefold() for a in split_list(settings.calendar_addresses)),
            )
        )

    # ---- the looks -----------------------------------------------------------------------

    def call(self) -> CallInUse | None:
        """The first live microphone or camera use, minus the apps the user said are not calls."""
        if not self._settings.detect_calls:
            return None
        from desktop.platform.calls import active_calls

        signals = active_calls(self.detectors(), self._ignored)
        return CallInUse(signals[0].device, signals[0].app) if signals else None

    def calendar_event(self) -> CalendarEvent | None:
        """The busy calendar event going on now, from the cache."""
        if self._calendar is None:
            return None
        period = self._calendar.busy_at(self._clock.now())
        return CalendarEvent(period.summary, period.end) if period is not None else None

    def app(self) -> str | None:
        """The app of the first app rule that holds now."""
        if not self._rules:
            return None
        from desktop.core.app_rules import AppRuleWhen

        front = (
            self.front_reader().front_app() if any(r.when is AppRuleWhen.FRONT for r in self._rules) else None
        )
        wants_running = any(r.when is AppRuleWhen.RUNNING for r in self._rules)
        return app_rules_hold(self._rules, front, self._running_names() if wants_running else frozenset())

    # ---- the parts, made on first use ------------------------------------------------------

    def detectors(self) -> tuple[CallDetector, ...]:
        if self._detectors is None:
            from desktop.platform.calls import detect_call_detectors

            self._detectors = detect_call_detectors()
        return self._detectors

    def front_reader(self) -> FrontAppReader:
        if self._front is None:
            from desktop.platform.apps import detect_front_app

            self._front = detect_front_app()
        return self._front

    def calendar_source(self) -> CalendarSource:
        if self._calendar is None:
            from desktop.platform.calendar import CalendarSource

            self._calendar = CalendarSource(self._clock, parent=self)
            self._connect_calendar(self._calendar)
        return self._calendar

    def close(self) -> None:
        for detector in self._detectors or ():
            detector.close()
        if self._front is not None:
            self._front.close()
        if self._calendar is not None:
            self._calendar.close()

    def _running_names(self) -> frozenset[str]:
        if self._running is None:
            from desktop.platform.apps import running_names

            self._running = running_names
        return self._running()

    def _connect_calendar(self, calendar: CalendarSource) -> None:
        calendar.changed.connect(self.calendar_changed)
        calendar.problem.connect(self.problem)
