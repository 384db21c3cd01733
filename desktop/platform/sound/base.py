"""Soft phase-change sounds: the interface, the tone itself and the silent fallback.

The tone is made here rather than shipped as a file: a sine with a slow attack and a long fade,
quiet, with a faint octave above it, which reads as a soft bell rather than a beep.
"""

from __future__ import annotations

import io
import math
import wave
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

SAMPLE_RATE = 22050


class SoundProblemKind(StrEnum):
    """Why sound cannot play: no backend on this system, or no output device could be opened."""

    NO_BACKEND = "no_backend"  # nothing on this system Unclench can play sound through
    NO_DEVICE = "no_device"  # the sound library is there, but no output could be opened


@dataclass(frozen=True)
class SoundProblem:
    """Why sound cannot play, with the system's own words as `detail`; the breathing options show both."""

    kind: SoundProblemKind
    detail: str = ""


ProblemCallback = Callable[[SoundProblem], None]  # called on the worker thread


class Chime(Protocol):
    """Plays the soft phase-change tone. An implementation must return at once from `play` and `check`
    (working in the background), and report what it knows about failing in `problem()`.
    """

    def problem(self) -> SoundProblem | None:
        """Why sounds cannot play, as far as known yet (a device failure shows up on first play)."""

    def play(self, frequency: float) -> None:
        """Start a soft tone and return at once."""

    def check(self) -> None:
        """Find out in the background whether sound can play; a failure comes through the callback."""

    def close(self) -> None: ...


class NullChime:
    """The silent Chime where no sound can play; `problem()` says why."""

    def __init__(self, problem: SoundProblem) -> None:
        self._problem = problem

    def problem(self) -> SoundProblem | None:
        return self._problem

    def play(self, frequency: float) -> None:
        pass

    def check(self) -> None:
        pass

    def close(self) -> None:
        pass


def soft_tone(frequency: float, seconds: float = 0.6, volume: float = 0.16) -> bytes:
    """Signed 16-bit little-endian mono samples at SAMPLE_RATE."""
    count = int(seconds * SAMPLE_RATE)
    attack = int(0.02 * SAMPLE_RATE)
    samples = array("h")
    for index in range(count):
        t = index / SAMPLE_RATE
        rise = 0.5 - 0.5 * math.cos(math.pi * index / attack) if index < attack else 1.0
        fall = math.exp(-5.0 * t / seconds) * (1 - index / count)  # ends at exactly zero: no click
        wave_value = math.sin(2 * math.pi * frequency * t) + 0.12 * math.sin(4 * math.pi * frequency * t)
        samples.append(int(32767 * volume * rise * fall * wave_value / 1.12))
    if samples.itemsize != 2:  # pragma: no cover - array("h") is 16-bit on every platform Python runs on
        raise RuntimeError("16-bit samples expected")
    return samples.tobytes()  # the machine's byte order; every platform we ship on is little-endian


def wav_bytes(pcm: bytes) -> bytes:
    """The samples wrapped as a WAV file in memory (for players that want a file format)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm)
    return buffer.getvalue()
