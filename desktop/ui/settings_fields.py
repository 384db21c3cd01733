"""The settings dialog's checked editors: each shows, next to itself, why its value is refused."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from desktop.core.settings import Range
from desktop.core.working_hours import RangesError, parse_ranges
from desktop.ui.plain_text import plain_label
from desktop.ui.text_colours import warn


class CheckedField(QWidget):
    """An editor plus the message that says why its value is refused; emits `validity_changed`."""

    validity_changed = Signal()

    def __init__(self, editor: QWidget, name: str, below: bool = False) -> None:
        super().__init__()
        editor.setObjectName(name)
        editor.setAccessibleName(name.replace("_", " "))
        self.editor = editor
        self.message = plain_label()
        self.message.setObjectName(name + "_error")
        warn(self.message)  # a soft rust, made readable on whatever window colour the theme has
        layout: QBoxLayout
        if below:
            # One line under the editor, kept while hidden: a message coming or going moves nothing
            # (a row that grew under the pointer sent the next click into another day's row).
            policy = self.message.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long message never widens the dialog
            self.message.setSizePolicy(policy)
            self.message.setMinimumHeight(self.message.fontMetrics().height())
            layout = QVBoxLayout(self)
            layout.setSpacing(1)
        else:
            self.message.setWordWrap(True)
            layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)
        layout.addWidget(self.message, 1)

    def problem(self) -> str | None:
        raise NotImplementedError

    def _check(self) -> None:
        problem = self.problem()
        self.message.setText(problem or "")
        self.message.setToolTip(problem or "")
        self.message.setVisible(bool(problem))
        self.editor.setAccessibleDescription(problem or "")
        self.validity_changed.emit()


class NumberField(CheckedField):
    """A whole number within a Range from the settings model."""

    def __init__(self, name: str, allowed: Range, value: int, suffix: str) -> None:
        self.spin = QSpinBox()
        super().__init__(self.spin, name)
        self.allowed = allowed
        # Wider than allowed on purpose: a typed 0 is shown and explained, not silently clamped.
        self.spin.setRange(0, 99_999)
        self.spin.setSuffix(suffix)
        self.spin.setValue(value)
        self.spin.valueChanged.connect(self._check)
        self._check()

    @property
    def value(self) -> int:
        return self.spin.value()

    def problem(self) -> str | None:
        if self.allowed.problem(self.spin.value()) is None:
            return None
        return self.tr("Use {0}–{1}").format(self.allowed.low, self.allowed.high)


class RangesField(CheckedField):
    """A day's working hours as text; a refused text says what is wrong with it (which part, and why)."""

    def __init__(self, name: str, value: str) -> None:
        self.line = QLineEdit(value)
        super().__init__(self.line, name, below=True)
        self.line.setToolTip(self.tr("Write times like 09:00-12:30, 13:30-18:00"))
        self.line.setPlaceholderText(self.tr("day off"))
        self.line.textChanged.connect(self._check)
        self._check()

    @property
    def value(self) -> str:
        return self.line.text().strip()

    def problem(self) -> str | None:
        try:
            parse_ranges(self.value)
        except RangesError as error:  # the parser's own words: which part, and what is wrong with it
            return str(error)
        return None
