"""What OS sleep/lock sources tell the watcher, and what every such source looks like."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol


class SessionSignal(StrEnum):
    """What an OS session source heard: the machine is about to sleep or woke, or the screen was locked or
    unlocked; delivered to the SessionSink.
    """

    SLEEP = "sleep"  # about to suspend
    WAKE = "wake"  # resumed
    LOCK = "lock"
    UNLOCK = "unlock"


class SessionSink(Protocol):
    """Where sources deliver what they hear (the SessionWatcher)."""

    def deliver(self, signal: SessionSignal) -> None: ...


class SessionSource(Protocol):
    """An OS source of sleep and lock events. An implementation must give a readable `name`, start delivering
    SessionSignals to the sink in `start()` (False if it cannot work here) and stop in `close()`.
    """

    name: str  # human-readable, for the settings: "logind sleep signals"

    def start(self, sink: SessionSink) -> bool:
        """Begin listening; False if this source cannot work here (then it is dropped)."""

    def close(self) -> None: ...
