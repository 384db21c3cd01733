"""The settings dialog refuses bad values next to the field and emits good ones."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.ui.settings_dialog import DesktopFacts, SettingsDialog


def make(qtbot: QtBot, facts: DesktopFacts | None = None) -> tuple[SettingsDialog, list[object]]:
    dialog = SettingsDialog(Settings(), facts)
    qtbot.addWidget(dialog)
    emitted: list[object] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.autostart_requested.connect(emitted.append)
    return dialog, emitted


def ok_button(dialog: SettingsDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_out_of_range_number_is_refused_with_a_message(qtbot: QtBot) -> None:
    dialog, emitted = make(qtbot)
    dialog.findChild(QSpinBox, "posture_interval").setValue(0)
    message = dialog.findChild(QLabel, "posture_interval_error")
    assert message.text() == "Use 1–480"
    assert not message.isHidden()
    assert not ok_button(dialog).isEnabled()
    assert dialog.apply() is False and emitted == []
    dialog.findChild(QSpinBox, "posture_interval").setValue(25)
    assert message.isHidden() and ok_button(dialog).isEnabled()
    assert dialog.apply()
    [settings] = emitted
    assert isinstance(settings, Settings) and settings.posture.interval_minutes == 25


def test_working_hours_text_is_checked(qtbot: QtBot) -> None:
    dialog, emitted = make(qtbot)
    dialog.findChild(QGroupBox, "working_hours").setChecked(True)
    monday = dialog.findChild(QLineEdit, "hours_monday")
    monday.setText("9 till 5")
    assert "09:00-12:30" in dialog.findChild(QLabel, "hours_monday_error").text()
    assert dialog.apply() is False
    monday.setText("08:00-16:00")
    assert dialog.apply()
    [settings] = emitted
    assert isinstance(settings, Settings)
    assert settings.working_hours.enabled and settings.working_hours.monday == "08:00-16:00"


def test_style_choice_and_unchanged_apply(qtbot: QtBot) -> None:
    dialog, emitted = make(qtbot)
    assert dialog.apply() and emitted == []  # nothing changed, nothing emitted
    style = dialog.findChild(QComboBox, "reminder_style")
    style.setCurrentIndex(style.findData("both"))
    dialog.accept()
    [settings] = emitted
    assert isinstance(settings, Settings) and settings.reminder_style == "both"


def test_autostart_switch_reflects_and_requests_the_real_state(qtbot: QtBot) -> None:
    dialog, emitted = make(qtbot, DesktopFacts(autostart_supported=True, autostart_enabled=True))
    switch = dialog.findChild(QCheckBox, "autostart")
    assert switch.isChecked() and switch.isEnabled()
    switch.setChecked(False)
    assert dialog.apply()
    assert emitted == [False]
    unsupported, _ = make(qtbot, DesktopFacts(autostart_supported=False, autostart_name="not in a Flatpak"))
    box = unsupported.findChild(QCheckBox, "autostart")
    assert not box.isEnabled() and box.toolTip() == "not in a Flatpak"


def test_locked_settings_are_greyed_with_a_note_and_kept(qtbot: QtBot) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings, locked=frozenset({"posture.interval_minutes", "working_hours"}))
    qtbot.addWidget(dialog)
    emitted: list[object] = []
    dialog.settings_changed.connect(emitted.append)

    interval = dialog.findChild(QSpinBox, "posture_interval")
    assert not interval.isEnabled()
    assert interval.toolTip() == "Set by your administrator"
    assert interval.accessibleDescription() == "Set by your administrator"
    assert not dialog.findChild(QLineEdit, "hours_friday").isEnabled()  # locked with its group
    assert dialog.findChild(QSpinBox, "posture_snooze").isEnabled()  # not locked
    note = dialog.findChild(QLabel, "locked_note")
    assert note is not None and "administrator" in note.text()

    enabled = dialog.findChild(QCheckBox, "posture_enabled")
    enabled.setChecked(False)
    enabled.setChecked(True)  # switching the kind back on must not unlock its interval
    assert not interval.isEnabled()
    dialog.findChild(QSpinBox, "posture_snooze").setValue(9)
    assert dialog.apply()
    [edited] = emitted
    assert isinstance(edited, Settings)
    assert edited.posture.interval_minutes == settings.posture.interval_minutes
    assert edited.posture.snooze_minutes == 9


def test_without_locks_there_is_no_note(qtbot: QtBot) -> None:
    dialog, _ = make(qtbot)
    assert dialog.findChild(QLabel, "locked_note") is None
    assert dialog.findChild(QSpinBox, "posture_interval").isEnabled()


def test_a_working_hours_error_names_the_part_and_moves_no_row(qtbot: QtBot) -> None:
    dialog, _ = make(qtbot)
    dialog.findChild(QTabWidget).setCurrentIndex(1)  # Timing
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.findChild(QGroupBox, "working_hours").setChecked(True)
    QApplication.processEvents()
    monday = dialog.findChild(QLineEdit, "hours_monday")
    tuesday = dialog.findChild(QLineEdit, "hours_tuesday")
    before = tuesday.mapTo(dialog, tuesday.rect().topLeft()), monday.width(), dialog.size()
    monday.setText("09:00-12:30, 13:00-12:00")
    QApplication.processEvents()
    message = dialog.findChild(QLabel, "hours_monday_error")
    assert message.isVisible() and message.text() == "'13:00-12:00' ends before it starts"
    after = tuesday.mapTo(dialog, tuesday.rect().topLeft()), monday.width(), dialog.size()
    assert after == before  # the next click lands where the pointer was aimed
    monday.setText("09:00-12:30")
    QApplication.processEvents()
    assert message.isHidden()
    assert (tuesday.mapTo(dialog, tuesday.rect().topLeft()), monday.width(), dialog.size()) == before
