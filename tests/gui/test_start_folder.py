"""File choosers open in a folder that exists: the last one used while it exists, else the
documents folder when it exists, else home."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.start_folder import START_FOLDER
from desktop.ui.stats_dialogs import QtStatsDialogs


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home without a documents folder, and no folder remembered yet."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    missing = str(home / "Documents")
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *_: missing)
    monkeypatch.setattr(START_FOLDER, "_last", None)
    return home


class Chooser:
    """Stands in for QFileDialog's static choosers: records where each opened, answers in turn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[Path]) -> None:
        self.started: list[str] = []
        self._answers = answers
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._choose)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._choose)

    def _choose(self, _parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        self.started.append(start)
        return (str(self._answers.pop(0)) if self._answers else "", "")


def test_the_statistics_import_opens_home_then_the_last_folder_while_it_exists(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    backups = home / "backups"
    backups.mkdir()
    chooser = Chooser(monkeypatch, [backups / "old.json"])
    dialogs = QtStatsDialogs(parent)
    assert dialogs.open_path("Import", "JSON backup (*.json)") == backups / "old.json"
    dialogs.open_path("Import", "JSON backup (*.json)")  # cancelled: nothing new remembered
    backups.rmdir()
    dialogs.open_path("Import", "JSON backup (*.json)")
    assert chooser.started == [str(home), str(backups), str(home)]
    assert all(Path(start).is_dir() for start in chooser.started[::2])


def test_the_documents_folder_is_used_when_it_exists(home: Path) -> None:
    (home / "Documents").mkdir()
    assert START_FOLDER.path() == home / "Documents"


def test_the_statistics_export_suggests_a_file_in_a_folder_that_exists(qtbot: QtBot, home: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from desktop.ui.stats_window import StatsWindow
    from tests.fakes import FakeStatsDialogs

    fake = FakeStatsDialogs()
    window = StatsWindow(fake)
    qtbot.addWidget(window)
    button = window.findChild(QPushButton, "export_csv")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [(kind, _title, text)] = fake.asked
    suggested = Path(text.split(" | ")[0])
    assert kind == "save" and suggested.parent == home and suggested.parent.is_dir()
