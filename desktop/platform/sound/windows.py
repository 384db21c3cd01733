"""Sound on Windows through the standard library's winsound (in memory, no file, no program)."""

from __future__ import annotations

import sys

from desktop.platform.background import LatestOnlyWorker
from desktop.platform.sound.base import ProblemCallback, SoundProblem, SoundProblemKind, soft_tone, wav_bytes


class WindowsChime:
    """The Windows Chime through winsound: owns the generated in-memory sounds and a worker thread that plays
    them.
    """

    def __init__(self, on_problem: ProblemCallback) -> None:
        self._on_problem = on_problem
        self._problem: SoundProblem | None = None
        self._sounds: dict[float, bytes] = {}
        self._worker = LatestOnlyWorker("unclench-sound")

    def problem(self) -> SoundProblem | None:
        return self._problem

    def play(self, frequency: float) -> None:
        if self._problem is None:
            self._worker.submit(lambda: self._play_now(frequency))

    def check(self) -> None:
        pass  # winsound cannot open the device without playing; a failure shows on first play

    def close(self) -> None:
        self._worker.close()

    def _play_now(self, frequency: float) -> None:
        if sys.platform != "win32":  # keeps mypy on other systems from checking a module it lacks
            return
        import winsound

        sound = self._sounds.get(frequency)
        if sound is None:
            sound = self._sounds[frequency] = wav_bytes(soft_tone(frequency))
        try:
            # SND_ASYNC cannot be combined with SND_MEMORY, hence the worker thread.
            winsound.PlaySound(sound, winsound.SND_MEMORY | winsound.SND_NODEFAULT)
        except RuntimeError as error:
            self._problem = SoundProblem(SoundProblemKind.NO_DEVICE, str(error))
            self._on_problem(self._problem)
