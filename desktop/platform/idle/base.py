"""The idle-time interface: seconds since the user last touched keyboard or mouse."""

from __future__ import annotations

from typing import Protocol


class IdleSource(Protocol):
    """An idle-time reader. An implementation must give a readable `name` and answer `idle_seconds()` cheaply
    and in-process (None when a reading fails), and release what it holds in `close()`.
    """

    name: str  # human-readable, shown in the settings: "X11 screensaver extension"

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, or None if this reading failed. Cheap, in-process."""

    def close(self) -> None: ...


class NullIdleSource:
    """No idle time on this session: away detection is off, and the settings say so."""

    def __init__(self, name: str = "not available on this session") -> None:
        self.name = name

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass
