"""The settings owner reports a save that failed, whoever caused the save."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import desktop.services.settings_owner as owner_module
from desktop.services.settings_owner import SettingsOwner
from desktop.storage.errors import StorageError


def test_a_damaged_hand_edit_whose_rewrite_fails_is_reported(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    owner = SettingsOwner(path, system_files=())
    problems: list[str] = []
    owner.problem.connect(problems.append)

    def refuse(_path: Path, _settings: object) -> None:
        raise StorageError("disk full")

    monkeypatch.setattr(owner_module, "save_settings", refuse)
    path.write_text("{ not json\n", encoding="utf-8")
    owner._file_changed()  # what the file watch runs once the writing settled

    assert any("could not be saved" in problem and "disk full" in problem for problem in problems)
