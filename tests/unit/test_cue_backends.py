"""Sound and speech backends for breathing cues: never block the caller, never pile up, explain."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from array import array
from pathlib import Path

import pytest

from desktop.platform.background import LatestOnlyWorker
from desktop.platform.sound import NullChime, SoundProblem, SoundProblemKind
from desktop.platform.sound.alsa import load_alsa
from desktop.platform.sound.base import SAMPLE_RATE, soft_tone, wav_bytes
from desktop.platform.speech import EngineSpeaker, SpeechProblem, SpeechProblemKind, plyer_engine

WAIT = 5.0  # seconds; only reached when something is broken


class BlockingEngine:
    """A speech engine like plyer's: speak() blocks until told to finish."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.spoken: list[str] = []
        self.finished = threading.Event()

    def speak(self, message: str = "") -> None:
        self.started.set()
        self.release.wait(WAIT)
        self.spoken.append(message)
        if message == "last":
            self.finished.set()


def test_speaking_returns_at_once_and_stale_cues_are_dropped() -> None:
    engine = BlockingEngine()
    speaker = EngineSpeaker(engine, lambda problem: None)
    speaker.say("Breathe in")  # returns although the engine blocks
    assert engine.started.wait(WAIT)
    speaker.say("Hold")  # waiting...
    speaker.say("last")  # ...and replaced: only the newest waiting cue is spoken
    engine.release.set()
    assert engine.finished.wait(WAIT)
    assert engine.spoken == ["Breathe in", "last"]
    speaker.close()


def test_a_failing_engine_reports_once_and_goes_quiet() -> None:
    class Broken:
        def speak(self, message: str = "") -> None:
            raise OSError("espeak: not found")

    reported: list[SpeechProblem] = []
    done = threading.Event()

    def report(problem: SpeechProblem) -> None:
        reported.append(problem)
        done.set()

    speaker = EngineSpeaker(Broken(), report)
    speaker.say("Breathe in")
    assert done.wait(WAIT)
    assert reported == [SpeechProblem(SpeechProblemKind.FAILED, "espeak: not found")]
    assert speaker.problem() == reported[0]


def test_a_job_that_raises_does_not_end_the_worker() -> None:
    worker = LatestOnlyWorker("test")
    ran = threading.Event()

    def boom() -> None:
        raise RuntimeError("boom")

    worker.submit(boom)
    first_done = threading.Event()
    worker.submit(first_done.set)  # may replace boom if it had not started; either way the worker lives
    assert first_done.wait(WAIT)
    worker.submit(ran.set)
    assert ran.wait(WAIT)
    worker.close()


def test_no_speech_program_means_no_engine_on_this_machine_or_a_real_one() -> None:
    engine = plyer_engine()
    assert engine is None or callable(engine.speak)


def test_the_tone_is_soft_and_ends_in_silence() -> None:
    samples = array("h")
    samples.frombytes(soft_tone(392.0, seconds=0.6, volume=0.16))
    assert len(samples) == int(0.6 * SAMPLE_RATE)
    assert max(abs(s) for s in samples) < 0.17 * 32767  # quiet
    assert abs(samples[0]) < 50 and samples[-1] == 0  # no click at either end
    peak_at = max(range(len(samples)), key=lambda i: abs(samples[i]))
    assert peak_at < len(samples) // 4  # rings out after a quick, soft attack
    assert wav_bytes(samples.tobytes())[:4] == b"RIFF"


def test_the_null_chime_explains_itself() -> None:
    chime = NullChime(SoundProblem(SoundProblemKind.NO_BACKEND))
    chime.play(440.0)
    chime.check()
    assert chime.problem() == SoundProblem(SoundProblemKind.NO_BACKEND)


ALSA_TO_FILE = """
pcm.!default {{
  type file
  slave.pcm "null"
  file "{out}"
  format "raw"
}}
"""


def test_alsa_plays_the_tone_through_the_default_device(tmp_path: Path) -> None:
    """The real ctypes path, with ALSA's default device pointed at a file (no sound card needed)."""
    if load_alsa() is None:
        pytest.skip("libasound is not installed here")
    out = tmp_path / "played.raw"
    (tmp_path / ".asoundrc").write_text(ALSA_TO_FILE.format(out=out), encoding="utf-8")
    script = (
        "from desktop.platform.sound.alsa import AlsaChime, load_alsa\n"
        "chime = AlsaChime(load_alsa(), print)\n"
        "chime._play_now(392.0)\n"  # the worker's job, run inline: this process only plays
        "print(chime.problem())\n"
    )
    env = {**os.environ, "HOME": str(tmp_path)}  # ALSA reads ~/.asoundrc
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "None"
    assert out.read_bytes() == soft_tone(392.0)
