"""The settings dialog's "Breaks" tab: the break screen, the heads-up, strict mode, the skip budget
and break credit (the `breaks` group of the settings model)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from desktop.core.settings import EMERGENCY_EXIT_SECONDS, BreakSettings
from desktop.ui.settings_fields import NumberField

# (name, group, field, value, suffix) -> a NumberField the dialog also checks
MakeNumber = Callable[[str, type, str, int, str], NumberField]


class BreakSettingsPage(QWidget):
    """Owns the editors of the `breaks` settings; `edited()` reads them back. Emits nothing: the
    dialog applies them with the rest."""

    def __init__(self, breaks: BreakSettings, number: MakeNumber) -> None:
        super().__init__()
        self.setObjectName("breaks_tab")
        self._breaks = breaks
        layout = QVBoxLayout(self)
        screen = self._group(layout, self.tr("Break screen"))
        self.minutes = number("break_minutes", BreakSettings, "minutes", breaks.minutes, self.tr(" min"))
        self._row(screen, self.tr("Length of the movement break"), self.minutes)
        self.movement_screen = self._check(screen, self.tr("Show the movement break on the break screen"))
        self.movement_screen.setChecked(breaks.movement_screen)
        self.stretch_screen = self._check(screen, self.tr("Show the stretch break on the break screen"))
        self.stretch_screen.setChecked(breaks.stretch_screen)
        self.style_choice = self._choice(
            screen,
            self.tr("Style"),
            [("fullscreen", self.tr("Full screen")), ("window", self.tr("A large window"))],
            breaks.screen_style,
        )
        self.screens_choice = self._choice(
            screen,
            self.tr("Monitors"),
            [("all", self.tr("Every monitor")), ("pointer", self.tr("The one with the pointer"))],
            breaks.screens,
        )
        heads_up = self._group(layout, self.tr("Heads-up before a break"))
        self.heads_up_seconds = number(
            "heads_up_seconds", BreakSettings, "heads_up_seconds", breaks.heads_up_seconds, self.tr(" s")
        )
        self._row(heads_up, self.tr("Seconds before (0: none)"), self.heads_up_seconds)
        self.heads_up_edge = self._check(heads_up, self.tr("A glowing edge around the screen"))
        self.heads_up_edge.setChecked(breaks.heads_up_edge)
        self.heads_up_sound = self._check(heads_up, self.tr("A soft tone only"))
        self.heads_up_sound.setChecked(breaks.heads_up_sound)
        strict = self._group(layout, self.tr("Strict mode and skips"))
        self.movement_strict = self._check(
            strict, self.tr("Strict movement break (hold Esc {0} s to leave)").format(EMERGENCY_EXIT_SECONDS)
        )
        self.movement_strict.setChecked(breaks.movement_strict)
        self.stretch_strict = self._check(strict, self.tr("Strict stretch break"))
        self.stretch_strict.setChecked(breaks.stretch_strict)
        self.strict_postpones = number(
            "strict_postpones", BreakSettings, "strict_postpones", breaks.strict_postpones, ""
        )
        self._row(strict, self.tr("Postpones a day in strict mode"), self.strict_postpones)
        self.skip_budget = self._check(strict, self.tr("Limit skips"))
        self.skip_budget.setChecked(breaks.skip_budget)
        self.skips_per_day = number("skips_per_day", BreakSettings, "skips_per_day", breaks.skips_per_day, "")
        self._row(strict, self.tr("Skips a day"), self.skips_per_day)
        self.offer_make_up = self._check(strict, self.tr("Offer to make up a missed break"))
        self.offer_make_up.setChecked(breaks.offer_make_up)
        layout.addStretch(1)

    def editors(self) -> dict[str, QWidget]:
        """Each editor by its dotted setting name, for locking by the administrator."""
        names = (
            "minutes",
            "movement_screen",
            "stretch_screen",
            "heads_up_seconds",
            "heads_up_edge",
            "heads_up_sound",
            "movement_strict",
            "stretch_strict",
            "strict_postpones",
            "skip_budget",
            "skips_per_day",
            "offer_make_up",
        )
        found: dict[str, QWidget] = {f"breaks.{name}": getattr(self, name) for name in names}
        return found | {"breaks.screen_style": self.style_choice, "breaks.screens": self.screens_choice}

    def edited(self) -> BreakSettings:
        return replace(
            self._breaks,
            minutes=self.minutes.value,
            heads_up_seconds=self.heads_up_seconds.value,
            heads_up_edge=self.heads_up_edge.isChecked(),
            heads_up_sound=self.heads_up_sound.isChecked(),
            movement_screen=self.movement_screen.isChecked(),
            stretch_screen=self.stretch_screen.isChecked(),
            screen_style=self.style_choice.currentData(),
            screens=self.screens_choice.currentData(),
            movement_strict=self.movement_strict.isChecked(),
            stretch_strict=self.stretch_strict.isChecked(),
            strict_postpones=self.strict_postpones.value,
            skip_budget=self.skip_budget.isChecked(),
            skips_per_day=self.skips_per_day.value,
            offer_make_up=self.offer_make_up.isChecked(),
        )

    def _group(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        layout.addWidget(box)
        return QFormLayout(box)

    def _row(self, form: QFormLayout, label: str, field: NumberField) -> None:
        form.addRow(label, field)
        field.editor.setAccessibleName(label)  # screen readers hear the row's words, not the object name

    def _check(self, form: QFormLayout, text: str) -> QCheckBox:
        box = QCheckBox(text)
        form.addRow(box)
        return box

    def _choice(
        self, form: QFormLayout, label: str, options: list[tuple[str, str]], current: str
    ) -> QComboBox:
        combo = QComboBox()
        for value, text in options:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setAccessibleName(label)
        form.addRow(label, combo)
        return combo
