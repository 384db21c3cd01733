"""Spoken cues through plyer's text-to-speech, on a worker thread.

plyer speaks by running a program and waiting for it (espeak or flite on Linux, `say` on macOS,
espeak.exe on Windows), so it never runs on the GUI thread, and a cue that is still waiting when
the next one arrives is dropped (see LatestOnlyWorker). When plyer finds no program, the option
says so instead of failing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from desktop.platform.background import LatestOnlyWorker


class SpeechProblemKind(StrEnum):
    """Why speech cannot work: no speech program was found, or speaking failed."""

    NO_PROGRAM = "no_program"
    FAILED = "failed"


@dataclass(frozen=True)
class SpeechProblem:
    """Why speech cannot work, with the system's own words as `detail`; the breathing options show both."""

    kind: SpeechProblemKind
    detail: str = ""


SpeechProblemCallback = Callable[[SpeechProblem], None]  # called on the worker thread


class Speaker(Protocol):
    """Speaks a cue word. An implementation must return at once from `say` (speaking in the background) and
    report what it knows about failing in `problem()`.
    """

    def problem(self) -> SpeechProblem | None: ...

    def say(self, text: str) -> None:
        """Start speaking and return at once."""

    def close(self) -> None: ...


class NullSpeaker:
    """The silent Speaker where no speech works; `problem()` says why."""

    def __init__(self, problem: SpeechProblem) -> None:
        self._problem = problem

    def problem(self) -> SpeechProblem | None:
        return self._problem

    def say(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


class EngineSpeaker:
    """Any object with plyer's `speak(message=...)`, run off the GUI thread."""

    def __init__(self, engine: Any, on_problem: SpeechProblemCallback) -> None:
        self._engine = engine
        self._on_problem = on_problem
        self._problem: SpeechProblem | None = None
        self._worker = LatestOnlyWorker("unclench-speech")

    def problem(self) -> SpeechProblem | None:
        return self._problem

    def say(self, text: str) -> None:
        if self._problem is None:
            self._worker.submit(lambda: self._say_now(text))

    def close(self) -> None:
        self._worker.close()

    def _say_now(self, text: str) -> None:
        try:
            self._engine.speak(message=text)
        except (OSError, NotImplementedError) as error:
            self._problem = SpeechProblem(SpeechProblemKind.FAILED, str(error))
            self._on_problem(self._problem)


def plyer_engine() -> Any | None:
    """plyer's speech engine for this system, or None when it has no program to speak with."""
    try:
        from plyer.facades import TTS
        from plyer.utils import platform

        engine = importlib.import_module(f"plyer.platforms.{platform}.tts").instance()
    except (ImportError, AttributeError):
        return None
    # Without a program, plyer hands back the bare facade, whose speak() raises NotImplementedError.
    return None if type(engine) is TTS else engine


def detect_speaker(on_problem: SpeechProblemCallback) -> Speaker:
    engine = plyer_engine()
    if engine is None:
        return NullSpeaker(SpeechProblem(SpeechProblemKind.NO_PROGRAM))
    return EngineSpeaker(engine, on_problem)
