"""What OS sleep/lock sources tell the watcher, and what every such source looks like."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol


class SessionSignal(StrEnum):
    SLEEP = "sleep"  # about to suspend
    WAKE = "wake"  # resumed
    LOCK = "lock"
    UNLOCK = "unlock"


class SessionSink(Protocol):
    """Where sources deliver what they hear (the SessionWatcher)."""

    def deliver(self, signal: SessionSignal) -> None: ...


class SessionSource(Protocol):
    name: str  # human-readable, for the settings: "logind sleep signals"

    def start(self, sink: SessionSink) -> bool:
        """Begin listening; False if this source cannot work here (then it is dropped)."""

    def close(self) -> None: ...
