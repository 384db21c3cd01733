"""Call detection: the interface, its payloads and the fallback.

A detector answers one question when asked, "is a microphone or a camera live right now, and for
which app?". It is asked only when a reminder is about to be shown and while one is held, never on
a timer of its own, so a detector keeps no thread, timer or open connection between calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

Device = Literal["microphone", "camera"]

ANSWER_TIMEOUT_S = 0.5  # the longest one look may take (a hung sound server): then "no signal"


@dataclass(frozen=True)
class CallSignal:
    """One live device use: an app holds the microphone or the camera."""

    device: Device
    app: str  # the application as the user knows it ("Firefox", "zoom"); "" when unknown


class DetectorStatus(StrEnum):
    """How a call detector fares on this desktop, for `unclench doctor`."""

    WORKING = "working"  # the last look (or the start-up check) got an answer
    UNAVAILABLE = "unavailable"  # nothing to ask here (no server, no library, no device, no answer)
    NOT_PERMITTED = "not_permitted"  # something to ask, but we may not (sandbox, access denied)


@dataclass(frozen=True)
class DetectorState:
    """What `unclench doctor` says about one detector."""

    status: DetectorStatus
    detail: str = ""  # what was found: "PulseAudio 16.1 answered", "the server did not answer in 0.5 s"
    hint: str = ""  # what the user could do about it, or ""


class CallDetector(Protocol):
    """Looks, when asked, whether a microphone or camera is in use; holds nothing between looks."""

    name: str  # human-readable: "PulseAudio capture streams"

    def active(self, ignored_apps: frozenset[str] = frozenset()) -> tuple[CallSignal, ...]:
        """The live uses now, minus the apps the user said are not calls (any case). Cheap, and
        bounded by ANSWER_TIMEOUT_S: a source that does not answer in time counts as no signal."""

    def state(self) -> DetectorState: ...

    def close(self) -> None: ...


class NullCallDetector:
    """Nothing to detect with on this system; `state()` says why."""

    def __init__(self, name: str, detail: str, hint: str = "") -> None:
        self.name = name
        self._state = DetectorState(DetectorStatus.UNAVAILABLE, detail, hint)

    def active(self, ignored_apps: frozenset[str] = frozenset()) -> tuple[CallSignal, ...]:
        return ()

    def state(self) -> DetectorState:
        return self._state

    def close(self) -> None:
        pass


class LookingDetector:
    """Base of the real detectors: remembers what the last look found, for `state()`.

    `state()` before any look takes one, so `unclench doctor` reports something true."""

    name = ""
    _state: DetectorState | None = None

    def active(self, ignored_apps: frozenset[str] = frozenset()) -> tuple[CallSignal, ...]:
        raise NotImplementedError

    def state(self) -> DetectorState:
        if self._state is None:
            self.active()
        return self._state or DetectorState(DetectorStatus.UNAVAILABLE, "no look was taken")

    def close(self) -> None:
        pass


def without_ignored(signals: Iterable[CallSignal], ignored_apps: frozenset[str]) -> tuple[CallSignal, ...]:
    """The signals in their first-seen order, each once, minus the ignored apps (case-insensitive)."""
    ignored = {app.casefold() for app in ignored_apps}
    kept = (signal for signal in signals if not (signal.app and signal.app.casefold() in ignored))
    return tuple(dict.fromkeys(kept))


def active_calls(
    detectors: Iterable[CallDetector], ignored_apps: frozenset[str] = frozenset()
) -> tuple[CallSignal, ...]:
    """Every live use that any of the detectors sees."""
    return without_ignored((s for d in detectors for s in d.active(ignored_apps)), frozenset())
