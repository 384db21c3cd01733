"""The breathing window's main page: the choices at the top, the pacer, the phase in words, progress
and time left, Pause and Stop. It only shows what it is told; the window decides (see
breathing_window), and connects to the controls' own signals.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.breathing import (
    CUSTOM_PATTERN_ID,
    CYCLES_RANGE,
    SESSION_MINUTES,
    BreathingPattern,
    LengthUnit,
    Moment,
    PhaseKind,
    SessionLength,
)
from desktop.ui.breathing_pacer import BreathingPacer
from desktop.ui.breathing_style import ATTENTION, CAUTION_BACKGROUND, tint_box, tint_progress
from desktop.ui.plain_text import make_plain
from desktop.ui.text_colours import mute


class SessionPage(QWidget):
    """The breathing window's main page: owns the pattern, length and breath-count choosers, the pacer, the
    phase words, progress and time left, and the Pause and Stop buttons; it shows what the window tells it.
    """

    def __init__(self, patterns: list[BreathingPattern], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern_box = QComboBox()
        self.pattern_box.setAccessibleName(self.tr("Breathing pattern"))
        for pattern in patterns:
            self.pattern_box.addItem(pattern.name, pattern.id)
        self.pattern_box.insertSeparator(self.pattern_box.count())
        self.pattern_box.addItem(self.tr("Custom…"), CUSTOM_PATTERN_ID)

        self.length_box = QComboBox()
        self.length_box.setAccessibleName(self.tr("Session length"))
        for minutes in SESSION_MINUTES:
            text = self.tr("%n minutes", "", minutes)
            self.length_box.addItem(text, f"{LengthUnit.MINUTES.value}:{minutes}")
        self.length_box.addItem(self.tr("A number of breaths"), LengthUnit.CYCLES.value)
        self.cycles_box = QSpinBox()
        self.cycles_box.setRange(*CYCLES_RANGE)
        self.cycles_box.setSuffix(self.tr(" breaths"))
        self.cycles_box.setAccessibleName(self.tr("Number of breaths"))
        self.cycles_box.setKeyboardTracking(False)  # typing "12" must not start a 1-breath session first

        self.options_button = QToolButton()
        self.options_button.setText(self.tr("&Options"))
        self.options_button.setCheckable(True)
        self.options_button.setAccessibleName(self.tr("Show options"))
        self.options_button.toggled.connect(
            lambda shown: self.options_button.setAccessibleName(
                self.tr("Hide options") if shown else self.tr("Show options")
            )
        )

        choices = QHBoxLayout()
        choices.setSpacing(10)
        choices.addWidget(self.pattern_box, 2)
        choices.addWidget(self.length_box, 1)
        choices.addWidget(self.cycles_box)
        choices.addStretch()
        choices.addWidget(self.options_button)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self.description)
        self.caution = QLabel()
        self.caution.setWordWrap(True)
        self.caution.setMargin(10)
        # A description, not a name: a name would replace the words it shows for screen readers.
        self.caution.setAccessibleDescription(self.tr("Caution"))

        self.pacer = BreathingPacer()
        self.phase_label = QLabel()
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        self.phase_label.setFont(font)
        self.phase_label.setAccessibleDescription(self.tr("Current phase"))

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.time_left = QLabel()
        mute(self.time_left)
        widest = self._time_left_text(0).replace("0:", "00:")  # room for "00:00 left" in any language
        self.time_left.setMinimumWidth(self.time_left.fontMetrics().horizontalAdvance(widest) + 8)
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Pattern descriptions and cautions come from files anyone may write: never markup.
        make_plain(self.description, self.caution, self.phase_label, self.time_left)
        progress_row = QHBoxLayout()
        progress_row.setSpacing(12)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.time_left)

        self.pause_button = QPushButton()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop (Escape)"))
        self.show_paused(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch()
        for button in (self.pause_button, self.stop_button):
            button.setMinimumWidth(110)
            buttons.addWidget(button)
        buttons.addStretch()

        self.side = QVBoxLayout()  # the window puts its side column (custom editor, options) here
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.description)
        column.addWidget(self.caution)
        column.addWidget(self.pacer, 1)
        column.addWidget(self.phase_label)
        column.addSpacing(4)
        column.addLayout(progress_row)
        column.addSpacing(4)
        column.addLayout(buttons)
        beside = QWidget()  # the pacer keeps room beside an open side column
        beside.setLayout(column)
        beside.setMinimumWidth(440)
        column.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(self.side)
        body.addWidget(beside, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(choices)
        layout.addLayout(body, 1)
        self._tint()

    # --- what is chosen ---------------------------------------------------------------------------

    def show_choice(self, pattern: BreathingPattern, length: SessionLength, cycles: int) -> None:
        """Put a choice into the controls with their signals held, so showing it restarts nothing."""
        widgets = (self.pattern_box, self.length_box, self.cycles_box)
        for widget in widgets:
            widget.blockSignals(True)
        self.pattern_box.setCurrentIndex(self.pattern_box.findData(pattern.id))
        by_cycles = length.unit is LengthUnit.CYCLES
        data = length.unit.value if by_cycles else f"{length.unit.value}:{length.count}"
        self.length_box.setCurrentIndex(self.length_box.findData(data))
        self.cycles_box.setValue(cycles)
        self.cycles_box.setVisible(by_cycles)
        for widget in widgets:
            widget.blockSignals(False)
        spec = self.tr("Seconds per phase: {0}").format(pattern.spec)
        self.description.setText(pattern.description or spec)
        self.caution.setText(pattern.caution)
        self.caution.setVisible(bool(pattern.caution))

    def chosen(self) -> tuple[str, str, int | None, int]:
        """Pattern id, length unit, minutes (None when counting breaths) and breaths, as now set."""
        unit, _, minutes = str(self.length_box.currentData()).partition(":")
        return (
            str(self.pattern_box.currentData()),
            unit,
            int(minutes) if minutes else None,
            self.cycles_box.value(),
        )

    def set_side(self, side: QWidget) -> None:
        """Put the window's side column (custom editor, options) beside the pacer."""
        self.side.addWidget(side)

    def order_tabs(self, panels: list[QWidget]) -> None:
        """Tab from the choices through the side column's panels to Pause and Stop."""
        chain: list[QWidget] = [self.pattern_box, self.length_box, self.cycles_box, self.options_button]
        for each in panels:
            chain += [w for w in each.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        chain += [self.pause_button, self.stop_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- where the session is ---------------------------------------------------------------------

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume (Space)") if paused else self.tr("Pause (Space)"))

    def phase_words(self, kind: PhaseKind, second_inhale: bool) -> str:
        """The words for a phase; `second_inhale` for the second inhale of a sigh."""
        if kind is PhaseKind.HOLD:
            return self.tr("Hold")
        if kind is PhaseKind.EXHALE:
            return self.tr("Breathe out")
        return self.tr("In a little more") if second_inhale else self.tr("Breathe in")

    def show_moment(self, moment: Moment, words: str, still: bool, paused: bool) -> None:
        """Called every frame: only what changed is touched (each label change repaints and tells
        screen readers)."""
        phase_text = self.tr("Paused – press Space to go on") if paused else words
        if self.phase_label.text() != phase_text:
            self.phase_label.setText(phase_text)
        self.pacer.show_state(moment.pacer_size, moment.phase.kind, str(moment.count), still, paused)
        description = f"{phase_text}, {moment.count}"
        if self.pacer.accessibleDescription() != description:
            self.pacer.setAccessibleDescription(description)
        value = round(moment.progress * 1000)
        if self.progress.value() != value:
            self.progress.setValue(value)
        left_text = self._time_left_text(math.ceil(moment.seconds_left - 1e-9))
        if self.time_left.text() != left_text:
            self.time_left.setText(left_text)

    def _time_left_text(self, seconds: int) -> str:
        return self.tr("{0}:{1:02d} left").format(seconds // 60, seconds % 60)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "progress"):
            self._tint()

    def _tint(self) -> None:
        tint_box(self.caution, CAUTION_BACKGROUND, ATTENTION)
        tint_progress(self.progress)
