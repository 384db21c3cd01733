"""Phase cues beyond the picture: a soft tone and a spoken word at each phase change.

Both backends are made on first use (most people never turn cues on, and the window must open
fast) and both work on their own threads; this object only hands them work and carries their
failures back to the GUI thread as a signal, worded for people.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.breathing import PhaseKind

if TYPE_CHECKING:  # the backends load when cues are first used, not when the window opens
    from desktop.platform.sound import Chime, SoundProblem
    from desktop.platform.speech import Speaker, SpeechProblem

    ChimeFactory = Callable[[Callable[[SoundProblem], None]], Chime]
    SpeakerFactory = Callable[[Callable[[SpeechProblem], None]], Speaker]

# Low, consonant pitches: C4 to breathe out, G4 to breathe in, C5 to hold.
TONES = {PhaseKind.EXHALE: 261.63, PhaseKind.INHALE: 392.0, PhaseKind.HOLD: 523.25}


class PhaseCues(QObject):
    """Owns the chime and the speaker for breathing phase cues, made on first use, and their problem texts for
    the options.

    Signals: `problems_changed()` a backend failed while working; re-read the problem texts.
    """

    problems_changed = Signal()  # a backend failed while working; re-read the *_problem texts
    _failed = Signal()  # emitted on a worker thread, delivered queued on the GUI thread

    def __init__(
        self,
        chime_factory: ChimeFactory | None = None,
        speaker_factory: SpeakerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._chime_factory = chime_factory
        self._speaker_factory = speaker_factory
        self._chime: Chime | None = None
        self._speaker: Speaker | None = None
        self._failed.connect(self.problems_changed)

    def _report(self, _problem: object) -> None:
        self._failed.emit()

    @property
    def chime(self) -> Chime:
        if self._chime is None:
            if self._chime_factory is None:
                from desktop.platform.sound import detect_chime

                self._chime_factory = detect_chime
            self._chime = self._chime_factory(self._report)
        return self._chime

    @property
    def speaker(self) -> Speaker:
        if self._speaker is None:
            if self._speaker_factory is None:
                from desktop.platform.speech import detect_speaker

                self._speaker_factory = detect_speaker
            self._speaker = self._speaker_factory(self._report)
        return self._speaker

    def sound_problem(self) -> str | None:
        from desktop.platform.sound import SoundProblemKind

        problem = self.chime.problem()
        if problem is None:
            return None
        if problem.kind is SoundProblemKind.NO_DEVICE:
            return self.tr("No sound output could be opened, so there are no phase sounds.")
        return self.tr("Unclench cannot play sounds on this system yet.")

    def sound_detail(self) -> str:
        problem = self.chime.problem()
        return problem.detail if problem is not None else ""

    def speech_problem(self) -> str | None:
        from desktop.platform.speech import SpeechProblemKind

        problem = self.speaker.problem()
        if problem is None:
            return None
        if problem.kind is SpeechProblemKind.FAILED:
            return self.tr("Speaking failed ({0}), so spoken cues are off.").format(problem.detail)
        return self.tr(
            "No speech program was found. Spoken cues use espeak or flite; install one to hear them."
        )

    def check(self) -> None:
        """Probe the sound output in the background (a missing device is only found by trying)."""
        self.chime.check()

    def phase_started(self, kind: PhaseKind, words: str, sound: bool, speech: bool) -> None:
        if sound:
            self.chime.play(TONES[kind])
        if speech:
            self.speaker.say(words)

    def close(self) -> None:
        for backend in (self._chime, self._speaker):
            if backend is not None:
                backend.close()
        self._chime = self._speaker = None
