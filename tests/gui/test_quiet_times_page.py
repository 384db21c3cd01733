"""The settings' Quiet times tab: app rules chosen from running apps, calendar files, limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from desktop.core.app_rules import parse_app_rules
from desktop.core.settings import QuietTimesSettings, Settings
from desktop.ui.settings_dialog import DesktopFacts, SettingsDialog
from desktop.ui.start_folder import START_FOLDER

RUNNING = (("zoom", "Zoom Workplace"), ("obs", "obs"))


def make(qtbot: QtBot, quiet: QuietTimesSettings) -> tuple[SettingsDialog, list[Settings]]:
    dialog = SettingsDialog(Settings(quiet_times=quiet), DesktopFacts(running_apps=RUNNING))
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    return dialog, emitted


def test_rules_are_chosen_from_running_apps_and_saved(qtbot: QtBot) -> None:
    dialog, emitted = make(qtbot, QuietTimesSettings(app_rules="running:teams"))
    apps = dialog.findChild(QComboBox, "app_choice")
    assert [apps.itemText(i) for i in range(apps.count())] == ["Zoom Workplace (zoom)", "obs"]
    when = dialog.findChild(QComboBox, "app_when")
    when.setCurrentIndex(0)  # in front
    dialog.findChild(QPushButton, "add_app_rule").click()
    rules = dialog.findChild(QListWidget, "app_rules")
    assert [rules.item(i).text() for i in range(rules.count())] == ["teams is running", "zoom is in front"]
    assert dialog.apply()
    [settings] = emitted
    assert settings.quiet_times.app_rules == "running:teams, front:zoom"
    assert [r.app for r in parse_app_rules(settings.quiet_times.app_rules)] == ["teams", "zoom"]


def test_rules_it_cannot_read_are_kept_unless_the_list_is_edited(qtbot: QtBot) -> None:
    unread = "sideways:zoom"
    dialog, emitted = make(qtbot, QuietTimesSettings(app_rules=unread))
    assert dialog.findChild(QListWidget, "app_rules").count() == 0
    dialog.findChild(QCheckBox, "detect_calls").setChecked(False)  # another edit, so Apply saves
    assert dialog.apply()
    assert emitted[-1].quiet_times.app_rules == unread  # Apply does not erase them
    dialog, emitted = make(qtbot, QuietTimesSettings(app_rules=unread))
    dialog.findChild(QPushButton, "add_app_rule").click()  # edited: the list is what is saved
    assert dialog.apply()
    assert emitted[-1].quiet_times.app_rules == "front:zoom"


def test_calendar_files_come_from_the_chooser_and_the_web_option_says_what_leaves(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog, emitted = make(qtbot, QuietTimesSettings())
    chosen = str(tmp_path / "work.ics")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([chosen], ""))
    dialog.findChild(QPushButton, "add_calendar_file").click()
    note = dialog.findChild(QLabel, "calendar_fetch_note")
    assert note.text() == (
        "Only this address is contacted, at most every 15 minutes; nothing else leaves the computer."
    )
    dialog.findChild(QCheckBox, "calendar_fetch_enabled").setChecked(True)
    dialog.findChild(QLineEdit, "calendar_url").setText(" https://example.org/cal.ics ")
    dialog.findChild(QCheckBox, "detect_calls").setChecked(False)
    assert dialog.apply()
    quiet = emitted[0].quiet_times
    assert (quiet.calendar_files, quiet.calendar_url, quiet.calendar_fetch_enabled, quiet.detect_calls) == (
        chosen,
        "https://example.org/cal.ics",
        True,
        False,
    )


def test_the_calendar_chooser_opens_where_the_last_file_was_chosen_and_remembers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(START_FOLDER, "_last", tmp_path)
    dialog, _ = make(qtbot, QuietTimesSettings())
    (tmp_path / "cals").mkdir()
    chosen = str(tmp_path / "cals" / "work.ics")
    opened_in: list[str] = []

    def choose(parent: object, title: str, folder: str, filters: str) -> tuple[list[str], str]:
        opened_in.append(folder)
        return [chosen], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    dialog.findChild(QPushButton, "add_calendar_file").click()
    assert opened_in == [str(tmp_path)]
    assert START_FOLDER.path() == tmp_path / "cals"


def test_limits_come_from_the_settings_model_and_not_a_call_apps_can_be_forgotten(qtbot: QtBot) -> None:
    dialog, emitted = make(qtbot, QuietTimesSettings(not_a_call_apps="obs, Discord"))
    dialog.findChild(QSpinBox, "call_grace_minutes").setValue(31)
    assert dialog.apply() is False  # over the model's 30
    dialog.findChild(QSpinBox, "call_grace_minutes").setValue(5)
    apps = dialog.findChild(QListWidget, "not_a_call_apps")
    apps.item(0).setSelected(True)  # sorted: Discord first
    apps.parentWidget().findChildren(QPushButton)[0].click()
    assert dialog.apply()
    quiet = emitted[0].quiet_times
    assert (quiet.call_grace_minutes, quiet.not_a_call()) == (5, frozenset({"obs"}))


def test_what_unclench_sees_is_asked_from_the_tab_and_shown_to_copy(qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.ui.doctor_page import DoctorPage

    dialog, _ = make(qtbot, QuietTimesSettings())
    with qtbot.waitSignal(dialog.doctor_requested, timeout=1000):
        dialog.findChild(QPushButton, "doctor").click()
    page = DoctorPage("microphone  working: PulseAudio capture streams (nothing live now)")
    qtbot.addWidget(page)
    assert page.findChild(QPlainTextEdit, "doctor_report").isReadOnly()
    page.findChild(QPushButton, "doctor_copy").click()
    assert QGuiApplication.clipboard().text().startswith("microphone  working")
