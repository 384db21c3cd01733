"""The composed app syncing with another computer through a folder in tmp_path: water logged there
shows in the tray here after a sync, status names both, "delete my data" reaches the other one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.app import UnclenchApp
from desktop.core.commands import Status, SyncChanged
from desktop.storage.paths import AppPaths
from desktop.storage.sync.engine import SyncEngine
from desktop.ui.sync_settings import SyncSettingsPage
from tests.sync_profiles import SyncProfile

WAIT_MS = 10_000


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def other(tmp_path: Path, share: Path) -> Iterator[SyncProfile]:
    profile = SyncProfile(tmp_path, "Laptop")
    profile.engine.join(share)
    yield profile
    profile.close()


def test_the_app_does_not_sync_until_joined(app: UnclenchApp) -> None:
    assert not app.sync.running
    assert app.dispatcher.status().sync is None


def test_a_join_from_the_terminal_is_picked_up_on_sync_changed_and_status_only_reads(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths, share: Path
) -> None:
    terminal = SyncEngine.open(paths.database, name="Desk")  # what `unclench sync join` does
    terminal.join(share)
    terminal.close()
    app.dispatcher.run(Status())  # a status bar polling
    assert not app.sync.running
    with qtbot.waitSignal(app.sync.updated, timeout=WAIT_MS):
        assert app.dispatcher.run(SyncChanged()).refused is None
    assert app.sync.running


def test_water_from_the_other_computer_shows_in_the_tray(
    qtbot: QtBot, app: UnclenchApp, other: SyncProfile, share: Path
) -> None:
    with qtbot.waitSignal(app.sync.updated, timeout=WAIT_MS):
        app.sync.join(share)
    other.water(330, day=app.log.today())
    other.engine.sync_now()
    with qtbot.waitSignal(app.sync.merged, timeout=WAIT_MS):
        app.sync.sync_now()
    assert app.menu.water_menu.title() == "Water today: 330 of 2000 ml"
    status = app.dispatcher.status().sync
    assert status is not None and {c.name for c in status.computers} >= {"Laptop"}
    assert len(status.computers) == 2

    app.windows.open_settings()
    page = app._windows.get("settings").findChild(SyncSettingsPage)  # type: ignore[union-attr]
    assert page is not None
    assert page.findChild(QLabel, "sync_folder").text() == str(share)


def test_delete_my_data_reaches_the_other_computer(
    qtbot: QtBot, app: UnclenchApp, other: SyncProfile, share: Path
) -> None:
    with qtbot.waitSignal(app.sync.updated, timeout=WAIT_MS):
        app.sync.join(share)
    other.water(330, day=app.log.today())
    other.engine.sync_now()
    with qtbot.waitSignal(app.sync.merged, timeout=WAIT_MS):
        app.sync.sync_now()
    with qtbot.waitSignal(app.sync.updated, timeout=WAIT_MS):
        app.stats._delete()  # what the window's confirmed "Delete my data" runs
    assert other.engine.sync_now().removed == 1
    assert other.log.water_total_ml(app.log.today()) == 0


def test_a_setting_changed_on_the_other_computer_is_applied_and_saved(
    qtbot: QtBot, app: UnclenchApp, other: SyncProfile, share: Path
) -> None:
    from datetime import UTC, datetime

    from desktop.core.settings import Settings
    from desktop.core.settings_follow import stamp
    from desktop.storage.followed_settings import write_stamped

    later = datetime.now(UTC)
    write_stamped(other.own_folder, stamp({}, Settings(water_goal_ml=3000, glass_ml=330), later))
    with qtbot.waitSignal(app.settings_owner.settings_changed, timeout=WAIT_MS) as changed:
        app.sync.join(share)
    assert changed.args[0].water_goal_ml == 3000 and changed.args[0].glass_ml == 330
    assert '"water_goal_ml": 3000' in app.settings_owner.path.read_text()
    assert app.menu.water_menu.title() == "Water today: 0 of 3000 ml"
