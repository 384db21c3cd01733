"""The breathing window's side column: the custom-pattern editor and the options, each made on first
use, beside the pacer rather than above it so that the window stays short enough for a 1280×720 screen
with both open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.breathing import CustomValues
from desktop.core.settings import MAX_LISTED_PROBLEMS, BreathingSettings
from desktop.ui.breathing_cues import PhaseCues
from desktop.ui.plain_text import plain_label
from desktop.ui.text_colours import mute

if TYPE_CHECKING:  # imported for real on first use, to keep opening the window fast
    from desktop.ui.breathing_custom import CustomPatternEditor
    from desktop.ui.breathing_options import BreathingOptions


class BreathingExtras(QScrollArea):
    """The side column of the breathing window: owns the custom-pattern editor and the options panel (with
    the list of skipped pattern files), makes each on first use and hides itself while neither is shown. It
    scrolls when a large font makes it taller than the window.

    Signals: `options_changed()` an option box was ticked or cleared (read them with `applied_to()`);
    `custom_chosen(CustomValues)` the user confirmed new custom lengths.
    """

    options_changed = Signal()
    custom_chosen = Signal(object)  # CustomValues

    def __init__(self, pattern_problems: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pattern_problems = tuple(pattern_problems)
        self._options: QWidget | None = None
        self._options_panel: BreathingOptions | None = None
        self._custom: CustomPatternEditor | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # Not a Tab stop of its own: Tab walks the panels' controls, and the column scrolls to each.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Breathing options"))
        self._content = content = QWidget()
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(0, 0, 4, 0)
        self._column.setSpacing(12)
        self._column.addStretch()
        self.setWidget(content)
        self.setVisible(False)

    @property
    def custom_editor(self) -> CustomPatternEditor | None:
        return self._custom

    def panels(self) -> list[QWidget]:
        """The panels made so far, in the order they are shown (custom editor first)."""
        return [panel for panel in (self._custom, self._options) if panel is not None]

    def show_options(self, shown: bool, settings: BreathingSettings, cues: PhaseCues, reduced: bool) -> None:
        if shown and self._options is None:
            from desktop.ui.breathing_options import BreathingOptions  # only people who open it pay for it

            panel = BreathingOptions(settings, cues, reduced)
            panel.changed.connect(self.options_changed)
            self._options_panel = panel
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(panel)
            if self._pattern_problems:
                box_layout.addWidget(self._problems_note())
            self._options = box
            self._column.insertWidget(self._column.count() - 1, box)
        if self._options is not None:
            self._options.setVisible(shown)
        self._show_if_used()

    def applied_to(self, settings: BreathingSettings) -> BreathingSettings:
        """`settings` with the option boxes as now ticked (unchanged before the panel is made)."""
        panel = self._options_panel
        return settings if panel is None else panel.applied_to(settings)

    def show_custom(self, shown: bool, values: CustomValues) -> None:
        if shown and self._custom is None:
            from desktop.ui.breathing_custom import CustomPatternEditor

            editor = CustomPatternEditor(values)
            editor.values_chosen.connect(self.custom_chosen)
            self._custom = editor
            self._column.insertWidget(0, editor)
        if self._custom is not None:
            self._custom.setVisible(shown)
        self._show_if_used()

    def _problems_note(self) -> QWidget:
        listed = self._pattern_problems[:MAX_LISTED_PROBLEMS]
        more = len(self._pattern_problems) - len(listed)
        lines = [self.tr("Some pattern files were skipped:"), *listed]
        if more:
            lines.append(self.tr("…and %n more.", "", more))
        problems = plain_label("\n".join(lines))
        problems.setWordWrap(True)
        problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mute(problems)
        return problems

    def _show_if_used(self) -> None:
        used = any(not panel.isHidden() for panel in self.panels())
        self._content.adjustSize()
        self.setMinimumWidth(
            self._content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        )
        self.setVisible(used)
