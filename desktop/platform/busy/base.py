"""The do-not-disturb interface: is now a bad moment to show a reminder, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from desktop.core.holds import HoldReason

BusyReason = HoldReason  # the reasons a busy source can give are the policy's hold reasons


class BusySource(Protocol):
    """A do-not-disturb detector. An implementation must give a readable `name`, answer `is_busy()` with a
    BusyReason or None without blocking for long, and release what it holds in `close()`.
    """

    name: str  # human-readable, for the settings: "X11 fullscreen window"

    def is_busy(self) -> BusyReason | None: ...

    def close(self) -> None: ...


class NullBusySource:
    """The BusySource where none is available: never busy; `name` says why."""

    def __init__(self, name: str = "not available on this session") -> None:
        self.name = name

    def is_busy(self) -> BusyReason | None:
        return None

    def close(self) -> None:
        pass


class AnyBusySource:
    """Several sources at once (a fullscreen check and the desktop's do-not-disturb): the first
    reason found wins."""

    def __init__(self, sources: Sequence[BusySource]) -> None:
        self.sources = tuple(sources)
        self.name = ", ".join(source.name for source in self.sources)

    def is_busy(self) -> BusyReason | None:
        for source in self.sources:
            reason = source.is_busy()
            if reason is not None:
                return reason
        return None

    def close(self) -> None:
        for source in self.sources:
            source.close()
