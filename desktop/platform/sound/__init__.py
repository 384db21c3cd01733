"""Soft sounds: the backend for this system, chosen on first use.

Linux and the BSDs: libasound (reaches PulseAudio and PipeWire through their ALSA plugins).
Windows: winsound. macOS and anything else: none yet, and the option says so. QtMultimedia would
cover every system but lives in PySide6-Addons (~440 MB more), too much for one soft tone.
"""

from __future__ import annotations

import sys

from desktop.platform.sound.base import Chime, NullChime, ProblemCallback, SoundProblem, SoundProblemKind

__all__ = ["Chime", "NullChime", "SoundProblem", "SoundProblemKind", "detect_chime"]


def detect_chime(on_problem: ProblemCallback) -> Chime:
    if sys.platform == "win32":
        from desktop.platform.sound.windows import WindowsChime

        return WindowsChime(on_problem)
    if sys.platform != "darwin":
        from desktop.platform.sound.alsa import AlsaChime, load_alsa

        lib = load_alsa()
        if lib is not None:
            return AlsaChime(lib, on_problem)
    return NullChime(SoundProblem(SoundProblemKind.NO_BACKEND))
