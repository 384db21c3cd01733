"""The settings dialog's Breaks tab: it shows the `breaks` group, edits it, checks its numbers and
honours the administrator's locks."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.core.settings import BreakSettings, Settings
from desktop.ui.settings_dialog import SettingsDialog


def test_the_breaks_tab_edits_the_breaks_group(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    page = dialog._breaks
    assert page.movement_screen.isChecked() and not page.stretch_screen.isChecked()
    assert page.heads_up_seconds.value == 30 and page.minutes.value == 5
    page.stretch_screen.setChecked(True)
    page.movement_strict.setChecked(True)
    page.heads_up_edge.setChecked(True)
    page.screens_choice.setCurrentIndex(page.screens_choice.findData("pointer"))
    page.skips_per_day.spin.setValue(4)
    assert dialog.apply()
    [edited] = emitted
    assert edited.breaks == replace(
        BreakSettings(),
        stretch_screen=True,
        movement_strict=True,
        heads_up_edge=True,
        screens="pointer",
        skips_per_day=4,
    )


def test_a_number_out_of_range_is_refused(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog._breaks.minutes.spin.setValue(0)
    assert dialog.edited() is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_locked_break_settings_are_greyed(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(), locked=frozenset({"breaks.movement_strict", "breaks.minutes"}))
    qtbot.addWidget(dialog)
    assert not dialog._breaks.movement_strict.isEnabled()
    assert not dialog._breaks.minutes.isEnabled()
    assert dialog.findChild(QSpinBox, "heads_up_seconds").isEnabled()
