"""Sound on Linux through libasound (ALSA) with ctypes: in-process, no player program.

The "default" ALSA device reaches PulseAudio or PipeWire through their ALSA plugins on desktop
systems, so this one backend covers all three. Opening the device can block while a sound server
starts, so every call into the library happens on the worker thread.
"""

from __future__ import annotations

import ctypes
from typing import Any

from desktop.platform.background import LatestOnlyWorker
from desktop.platform.sound.base import (
    SAMPLE_RATE,
    ProblemCallback,
    SoundProblem,
    SoundProblemKind,
    soft_tone,
)

_PLAYBACK = 0
_FORMAT_S16_LE = 2
_ACCESS_RW_INTERLEAVED = 3
_LATENCY_MICROSECONDS = 100_000

# ALSA prints its own complaints to stderr ("cannot find card 0"); we report problems ourselves.
_ERROR_HANDLER_TYPE = ctypes.CFUNCTYPE(
    None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
)
_QUIET_HANDLER = _ERROR_HANDLER_TYPE(lambda *_: None)


def load_alsa() -> Any | None:
    """The library, or None when ALSA is not installed (not Linux, or a very bare system)."""
    try:
        lib = ctypes.CDLL("libasound.so.2")
    except OSError:
        return None
    lib.snd_strerror.restype = ctypes.c_char_p
    lib.snd_pcm_writei.restype = ctypes.c_long
    lib.snd_pcm_writei.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_ulong]
    lib.snd_pcm_recover.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    for name in ("snd_pcm_drain", "snd_pcm_close"):
        getattr(lib, name).argtypes = [ctypes.c_void_p]
    lib.snd_pcm_set_params.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_int,
        ctypes.c_uint,
    ]
    lib.snd_lib_error_set_handler(_QUIET_HANDLER)
    return lib


class AlsaChime:
    """The Linux Chime through libasound: owns the generated tones and a worker thread that plays them on the
    default ALSA device, remembering the first problem.
    """

    def __init__(self, lib: Any, on_problem: ProblemCallback) -> None:
        self._lib = lib
        self._on_problem = on_problem
        self._problem: SoundProblem | None = None
        self._tones: dict[float, bytes] = {}
        self._worker = LatestOnlyWorker("unclench-sound")

    def problem(self) -> SoundProblem | None:
        return self._problem

    def play(self, frequency: float) -> None:
        if self._problem is None:
            self._worker.submit(lambda: self._play_now(frequency))

    def check(self) -> None:
        if self._problem is None:
            self._worker.submit(self._check_now)

    def close(self) -> None:
        self._worker.close()

    def _open(self) -> Any | None:
        handle = ctypes.c_void_p()
        status = self._lib.snd_pcm_open(ctypes.byref(handle), b"default", _PLAYBACK, 0)
        if status < 0:
            self._fail(status)
            return None
        return handle

    def _check_now(self) -> None:
        handle = self._open()
        if handle is not None:
            self._lib.snd_pcm_close(handle)

    def _play_now(self, frequency: float) -> None:
        pcm = self._tones.get(frequency)
        if pcm is None:
            pcm = self._tones[frequency] = soft_tone(frequency)
        lib, handle = self._lib, self._open()
        if handle is None:
            return
        try:
            status = lib.snd_pcm_set_params(
                handle, _FORMAT_S16_LE, _ACCESS_RW_INTERLEAVED, 1, SAMPLE_RATE, 1, _LATENCY_MICROSECONDS
            )
            if status < 0:
                self._fail(status)
                return
            frames = len(pcm) // 2
            written = lib.snd_pcm_writei(handle, pcm, frames)
            if written < 0 and lib.snd_pcm_recover(handle, int(written), 1) == 0:
                written = lib.snd_pcm_writei(handle, pcm, frames)  # one retry after an underrun
            if written < 0:
                self._fail(int(written))
                return
            lib.snd_pcm_drain(handle)
        finally:
            lib.snd_pcm_close(handle)

    def _fail(self, status: int) -> None:
        detail = (self._lib.snd_strerror(status) or b"").decode("utf-8", "replace")
        self._problem = SoundProblem(SoundProblemKind.NO_DEVICE, detail)
        self._on_problem(self._problem)
