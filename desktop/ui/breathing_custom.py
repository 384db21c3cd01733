"""The custom pattern editor: four lengths in seconds, each checked as it is typed.

The spin boxes accept more than is allowed on purpose: a box that silently clamps 40 to 10 hides
the rule, while a message beside the field says what the limit is and why the button is off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.breathing import CUSTOM_FIELDS, CustomValues, custom_problems
from desktop.ui.breathing_style import ATTENTION, tint_text
from desktop.ui.plain_text import plain_label

TYPABLE_MAXIMUM = 99.0


class CustomPatternEditor(QWidget):
    """The editor for the custom breathing pattern: owns one spin box and message per length, checks each
    against CUSTOM_LIMITS as it is typed.

    Signals: `values_chosen(CustomValues)` the user confirmed valid lengths.
    """

    values_chosen = Signal(object)  # CustomValues

    def __init__(self, values: CustomValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "inhale": self.tr("Breathe in"),
            "hold_in": self.tr("Hold (full)"),
            "exhale": self.tr("Breathe out"),
            "hold_out": self.tr("Hold (empty)"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.messages: dict[str, QLabel] = {}
        for row, name in enumerate(CUSTOM_FIELDS):
            label = QLabel(labels[name])
            spin = QDoubleSpinBox()
            spin.setRange(0.0, TYPABLE_MAXIMUM)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(self.tr(" s"))
            spin.setValue(getattr(values, name))
            spin.setAccessibleName(self.tr("{0}, seconds").format(labels[name]))
            spin.valueChanged.connect(self._check)
            label.setBuddy(spin)
            message = plain_label()
            message.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(message, row, 2)
            self.spins[name], self.messages[name] = spin, message
        grid.setColumnStretch(2, 1)

        self.use_button = QPushButton(self.tr("&Breathe with this pattern"))
        self.use_button.setAccessibleName(self.tr("Start the custom pattern"))
        self.use_button.clicked.connect(self._choose)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.use_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self._tint()
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()

    def _tint(self) -> None:
        for message in self.messages.values():
            tint_text(message, ATTENTION)

    def values(self) -> CustomValues:
        return CustomValues(*(self.spins[name].value() for name in CUSTOM_FIELDS))

    def set_values(self, values: CustomValues) -> None:
        for name in CUSTOM_FIELDS:
            self.spins[name].setValue(getattr(values, name))

    def _check(self) -> None:
        problems = custom_problems(self.values())
        for name in CUSTOM_FIELDS:
            limits = problems.get(name)
            text = ""
            if limits is not None:
                text = self.tr("Use {0} to {1} seconds").format(f"{limits.low:g}", f"{limits.high:g}")
            self.messages[name].setText(text)
            self.messages[name].setVisible(bool(text))
            self.spins[name].setAccessibleDescription(text)
        self.use_button.setEnabled(not problems)

    def _choose(self) -> None:
        values = self.values()
        if not custom_problems(values):
            self.values_chosen.emit(values)
