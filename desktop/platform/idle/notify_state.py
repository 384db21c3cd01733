"""What an idle notification (ext-idle-notify-v1) tells us, as an idle time; no Wayland or Qt here.

The compositor sends `idled` once the seat has had no input for our timeout and `resumed` at the next
input. Idle time is therefore known exactly from the timeout on, and only as "below the timeout" before
it, which we answer as 0 (see wayland_idle_notify.py for why the timeout makes that harmless).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

INPUT_IDLE_VERSION = 2  # get_input_idle_notification: ignores idle inhibitors


@dataclass(frozen=True)
class InputStopped:
    """The seat has had no input since monotonic time `since` (the event came `timeout` later)."""

    since: float


@dataclass(frozen=True)
class InputResumed:
    """Input came back at monotonic time `at` (when the event arrived)."""

    at: float


class IdleNotifyState:
    """The idle answer from idled/resumed events and a monotonic clock; knows nothing of Wayland."""

    def __init__(self, timeout_seconds: float, monotonic: Callable[[], float]) -> None:
        if timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be positive")
        self.timeout_seconds = timeout_seconds
        self._monotonic = monotonic
        self._idled_at: float | None = None

    def idled(self) -> InputStopped:
        self._idled_at = self._monotonic()
        return InputStopped(since=self._idled_at - self.timeout_seconds)

    def resumed(self) -> InputResumed:
        self._idled_at = None
        return InputResumed(at=self._monotonic())

    def idle_seconds(self) -> float:
        if self._idled_at is None:
            return 0.0
        return self._monotonic() - self._idled_at + self.timeout_seconds


def bind_plan(offered_version: int, known_version: int) -> tuple[int, bool]:
    """The notifier version to bind and whether to ask for input idle (v2), given what the compositor
    offers and what our pywayland's generated module knows (an older wheel may only know v1)."""
    version = min(offered_version, known_version, INPUT_IDLE_VERSION)
    return version, version >= INPUT_IDLE_VERSION
