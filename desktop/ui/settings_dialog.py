"""The settings dialog: edits a copy of Settings and emits the new value when the user applies it.

Number fields accept any typed number and explain, next to the field, why a value is refused;
the limits come from the settings model, so they are written down once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.events import Kind
from desktop.core.settings import KindSettings, Range, Settings, allowed_values
from desktop.ui.wording import kind_name


class NumberField(QWidget):
    """A spin box plus the message that says why its value is refused."""

    validity_changed = Signal()

    def __init__(self, name: str, allowed: Range, value: int, suffix: str) -> None:
        super().__init__()
        self.allowed = allowed
        self.spin = QSpinBox()
        self.spin.setObjectName(name)
        self.spin.setAccessibleName(name.replace("_", " "))
        # Wider than allowed on purpose: a typed 0 is shown and explained, not silently clamped.
        self.spin.setRange(0, 99_999)
        self.spin.setSuffix(suffix)
        self.spin.setValue(value)
        self.message = QLabel()
        self.message.setObjectName(name + "_error")
        self.message.setStyleSheet("color: #c0392b;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.message, 1)
        self.spin.valueChanged.connect(self._check)
        self._check()

    @property
    def value(self) -> int:
        return self.spin.value()

    def problem(self) -> str | None:
        return self.allowed.problem(self.spin.value())

    def _check(self) -> None:
        problem = self.problem()
        text = self.tr("Use {0}–{1}").format(self.allowed.low, self.allowed.high) if problem else ""
        self.message.setText(text)
        self.message.setVisible(bool(problem))
        self.validity_changed.emit()


class SettingsDialog(QDialog):
    settings_changed = Signal(object)  # Settings

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Unclench settings"))
        self._settings = settings
        self._fields: list[NumberField] = []
        minutes, seconds = self.tr(" min"), self.tr(" s")
        layout = QVBoxLayout(self)

        self._kinds: dict[Kind, tuple[QCheckBox, NumberField, NumberField]] = {}
        for kind in Kind:
            current = settings.for_kind(kind)
            box = QGroupBox(kind_name(kind))
            form = QFormLayout(box)
            enabled = QCheckBox(self.tr("Remind me"))
            enabled.setObjectName(f"{kind.value}_enabled")
            enabled.setChecked(current.enabled)
            interval = self._number(
                f"{kind.value}_interval", KindSettings, "interval_minutes", current.interval_minutes, minutes
            )
            snooze = self._number(
                f"{kind.value}_snooze", KindSettings, "snooze_minutes", current.snooze_minutes, minutes
            )
            form.addRow(enabled)
            form.addRow(self.tr("Every"), interval)
            form.addRow(self.tr("Snooze for"), snooze)
            enabled.toggled.connect(interval.setEnabled)
            interval.setEnabled(current.enabled)
            self._kinds[kind] = (enabled, interval, snooze)
            layout.addWidget(box)

        general = QGroupBox(self.tr("Timing"))
        form = QFormLayout(general)
        self._timeout = self._number(
            "popup_timeout", Settings, "popup_timeout_seconds", settings.popup_timeout_seconds, seconds
        )
        self._natural = self._number(
            "natural_break", Settings, "natural_break_minutes", settings.natural_break_minutes, minutes
        )
        form.addRow(self.tr("Hide an unanswered reminder after"), self._timeout)
        form.addRow(self.tr("Away this long counts as a break"), self._natural)
        self._water_goal = self._number(
            "water_goal", Settings, "water_goal_ml", settings.water_goal_ml, " ml"
        )
        form.addRow(self.tr("Daily water goal"), self._water_goal)
        layout.addWidget(general)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settings_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def edited(self) -> Settings | None:
        """The settings as edited, or None while a field holds a refused value."""
        if any(f.problem() for f in self._fields):
            return None
        settings = replace(
            self._settings,
            popup_timeout_seconds=self._timeout.value,
            natural_break_minutes=self._natural.value,
            water_goal_ml=self._water_goal.value,
        )
        for kind, (enabled, interval, snooze) in self._kinds.items():
            settings = settings.with_kind(
                kind,
                KindSettings(
                    enabled=enabled.isChecked(), interval_minutes=interval.value, snooze_minutes=snooze.value
                ),
            )
        return settings

    def apply(self) -> bool:
        settings = self.edited()
        if settings is None:
            return False
        if settings != self._settings:
            self._settings = settings
            self.settings_changed.emit(settings)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def _number(self, name: str, group: type, field: str, value: int, suffix: str) -> NumberField:
        allowed = allowed_values(group, field)
        assert isinstance(allowed, Range)
        number = NumberField(name, allowed, value, suffix)
        number.validity_changed.connect(self._update_buttons)
        self._fields.append(number)
        return number

    def _update_buttons(self) -> None:
        if not hasattr(self, "buttons"):
            return
        valid = self.edited() is not None
        for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(which).setEnabled(valid)
