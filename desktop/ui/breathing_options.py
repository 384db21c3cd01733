"""The breathing window's options: motion, sound, speech and the stress rating.

An option whose backend is missing stays visible but disabled, with a sentence saying why, so
nobody wonders whether their click did anything.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desktop.core.settings import BreathingSettings
from desktop.ui.breathing_cues import PhaseCues
from desktop.ui.plain_text import plain_label
from desktop.ui.text_colours import mute


class KeepsSpace(QObject):
    """Lets a checkbox keep Space (to toggle) although the window uses Space for pause."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if is_override and event.key() == Qt.Key.Key_Space:  # type: ignore[attr-defined]
            event.accept()
        return False


class BreathingOptions(QWidget):
    """The breathing window's option boxes (reduced motion, phase sound, spoken phase, stress rating), each
    disabled with the reason when its backend is missing; `applied_to` puts them into BreathingSettings.

    Signals: `changed()` a box was ticked or cleared.
    """

    changed = Signal()  # a box was ticked or cleared; read them with applied_to()

    def __init__(
        self,
        settings: BreathingSettings,
        cues: PhaseCues,
        system_reduces_motion: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cues = cues
        self._keeps_space = KeepsSpace(self)
        self.reduced_motion = self._box(
            self.tr("Reduce motion: a still circle that changes colour"), settings.reduced_motion
        )
        self.motion_note = self._note(
            self.tr("Your system asks for less motion, so the circle stays still either way.")
            if system_reduces_motion
            else ""
        )
        self.phase_sound = self._box(self.tr("Soft sound when the phase changes"), settings.phase_sound)
        self.sound_note = self._note("")
        self.spoken_cues = self._box(self.tr("Speak the phases"), settings.spoken_cues)
        self.speech_note = self._note("")
        self.ask_rating = self._box(
            self.tr("Ask how tense I feel, before and after"), settings.ask_stress_rating
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (
            self.reduced_motion,
            self.motion_note,
            self.phase_sound,
            self.sound_note,
            self.spoken_cues,
            self.speech_note,
            self.ask_rating,
        ):
            layout.addWidget(widget)
        for box in (self.reduced_motion, self.phase_sound, self.spoken_cues, self.ask_rating):
            box.toggled.connect(self.changed)
        cues.problems_changed.connect(self.refresh_availability)
        self.refresh_availability()
        cues.check()

    def _box(self, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        box.installEventFilter(self._keeps_space)
        return box

    def _note(self, text: str) -> QLabel:
        note = plain_label(text)  # the system's own words
        note.setWordWrap(True)
        mute(note)
        note.setContentsMargins(26, 0, 0, 4)  # under the checkbox text, not its tick
        note.setVisible(bool(text))
        return note

    def refresh_availability(self) -> None:
        for box, note, problem, detail in (
            (self.phase_sound, self.sound_note, self._cues.sound_problem(), self._cues.sound_detail()),
            (self.spoken_cues, self.speech_note, self._cues.speech_problem(), ""),
        ):
            note.setText(problem or "")
            note.setToolTip(detail)  # the system's own words, for whoever tries to fix it
            note.setVisible(problem is not None)
            box.setEnabled(problem is None)
            box.setAccessibleDescription(problem or "")

    def applied_to(self, settings: BreathingSettings) -> BreathingSettings:
        return replace(
            settings,
            reduced_motion=self.reduced_motion.isChecked(),
            phase_sound=self.phase_sound.isChecked(),
            spoken_cues=self.spoken_cues.isChecked(),
            ask_stress_rating=self.ask_rating.isChecked(),
        )
