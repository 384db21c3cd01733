"""The sync parts of the windows: the settings dialog's Sync tab and the statistics' per-computer
filter (with real logs synced through a folder in tmp_path)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.core.stats_snapshot import StatsSnapshot
from desktop.core.sync_view import NOT_JOINED, ComputerView, SyncView
from desktop.services.stats_controller import StatsController
from desktop.services.sync_worker import view_of
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.stats_computer_filter import ComputerFilter
from desktop.ui.sync_settings import SyncSettingsPage
from tests.sync_profiles import SyncProfile

WROTE = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
TWO = SyncView(
    folder="/home/me/Sync",
    online=True,
    computers=(
        ComputerView("a" * 32, "Office", WROTE, True),
        ComputerView("b" * 32, "Laptop", None, False),
    ),
)


def test_the_sync_tab_before_joining(qtbot: QtBot) -> None:
    page = SyncSettingsPage(Settings())
    qtbot.addWidget(page)
    assert page.findChild(QLabel, "sync_folder").text() == "Not syncing"
    assert not page.findChild(QPushButton, "sync_leave").isEnabled()
    assert page.findChild(QListWidget, "sync_computers").count() == 0


def test_choosing_a_folder_asks_to_join(qtbot: QtBot, tmp_path: Path) -> None:
    page = SyncSettingsPage(Settings(), choose_folder=lambda _: tmp_path)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.join_requested, timeout=1000) as joined:
        page.findChild(QPushButton, "sync_join").click()
    assert joined.args == [tmp_path]


def test_cancelling_the_folder_choice_asks_nothing(qtbot: QtBot) -> None:
    page = SyncSettingsPage(Settings(), choose_folder=lambda _: None)
    qtbot.addWidget(page)
    with qtbot.assertNotEmitted(page.join_requested):
        page.findChild(QPushButton, "sync_join").click()


def test_the_sync_tab_lists_the_computers(qtbot: QtBot) -> None:
    page = SyncSettingsPage(Settings())
    qtbot.addWidget(page)
    page.show_view(TWO)
    computers = page.findChild(QListWidget, "sync_computers")
    texts = [computers.item(row).text() for row in range(computers.count())]
    assert texts[0].startswith("Office (this computer): last wrote ")
    assert texts[1] == "Laptop: last wrote not yet"
    assert page.findChild(QLabel, "sync_folder").text() == "/home/me/Sync"
    leave = page.findChild(QPushButton, "sync_leave")
    assert leave.isEnabled()
    with qtbot.waitSignal(page.leave_requested, timeout=1000):
        leave.click()
    page.show_view(NOT_JOINED)
    assert computers.count() == 0 and not leave.isEnabled()


def test_the_computer_name_is_a_setting(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(computer_name="Office"))
    qtbot.addWidget(dialog)
    assert dialog.sync_page.computer_name == "Office"
    dialog.sync_page._name.setText("  Laptop ")
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as changed:
        dialog.apply()
    assert changed.args[0].computer_name == "Laptop"


def test_the_filter_shows_only_with_two_computers(qtbot: QtBot) -> None:
    chooser = ComputerFilter()
    qtbot.addWidget(chooser)
    assert chooser.isHidden()
    chooser.show_computers(TWO)
    assert not chooser.isHidden() and chooser.combo.count() == 3
    with qtbot.waitSignal(chooser.computer_chosen, timeout=1000) as chosen:
        chooser.combo.setCurrentIndex(2)
    assert chosen.args == ["b" * 32]
    with qtbot.waitSignal(chooser.computer_chosen, timeout=1000) as chosen:
        chooser.show_computers(SyncView("/x", True, TWO.computers[:1]))  # that computer left
    assert chosen.args == [None] and chooser.chosen is None


@pytest.fixture
def synced(tmp_path: Path) -> Iterator[tuple[SyncProfile, SyncProfile]]:
    share = tmp_path / "share"
    share.mkdir()
    a, b = SyncProfile(tmp_path, "A"), SyncProfile(tmp_path, "B")
    a.engine.join(share)
    b.engine.join(share)
    yield a, b
    a.close()
    b.close()


def test_statistics_of_all_computers_or_one(
    qtbot: QtBot, synced: tuple[SyncProfile, SyncProfile], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = synced
    a.water(300)
    a.water(300)
    b.water(200)
    a.engine.sync_now()
    report = b.engine.sync_now()
    assert report.added == 2
    controller = StatsController(b.log, b.clock, Settings)
    controller.set_computers(view_of(report))
    shown: list[StatsSnapshot] = []
    controller.open_window()
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    monkeypatch.setattr(controller.window, "show_snapshot", shown.append)
    chooser = controller.window.findChild(ComputerFilter, "computer_filter")
    assert chooser is not None and not chooser.isHidden()
    controller.refresh()
    assert shown[-1].total_events == 3  # all computers together by default
    chooser.combo.setCurrentIndex(chooser.combo.findData(a.engine.device_id))
    assert shown[-1].total_events == 2
    chooser.combo.setCurrentIndex(chooser.combo.findData(b.engine.device_id))
    assert shown[-1].total_events == 1
    chooser.combo.setCurrentIndex(0)
    assert shown[-1].total_events == 3
