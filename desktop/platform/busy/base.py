"""The do-not-disturb interface: is now a bad moment to show a reminder, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.holds import HoldReason

BusyReason = HoldReason  # the reasons a busy source can give are the policy's hold reasons


class BusySource(Protocol):
    """A do-not-disturb detector. An implementation must give a readable `name`, answer `is_busy()` with a
    BusyReason or None without blocking for long, and release what it holds in `close()`.
    """

    name: str  # human-readable, for the settings: "X11 fullscreen window"

    def is_busy(self) -> BusyReason | None: ...

    def close(self) -> None: ...


UNAVAILABLE = str(QT_TRANSLATE_NOOP("Sources", "not available on this session"))


class NullBusySource:
    """The BusySource where none is available: never busy; `name` says why."""

    def __init__(self, name: str = UNAVAILABLE) -> None:
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
        self.name = ", ".join(source.name for source in self.sources)  # English: see `name_parts`

    def is_busy(self) -> BusyReason | None:
        for source in self.sources:
            reason = source.is_busy()
            if reason is not None:
                return reason
        return None

    def close(self) -> None:
        for source in self.sources:
            source.close()


def name_parts(source: BusySource) -> tuple[str, ...]:
    """The source names a busy source is made of, each marked QT_TRANSLATE_NOOP("Sources", ...):
    translate each, then join them (an AnyBusySource's `name` is the English parts joined)."""
    parts = getattr(source, "sources", None)
    if parts is None:
        return (source.name,)
    return tuple(name for part in parts for name in name_parts(part))
