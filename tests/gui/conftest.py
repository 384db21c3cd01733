"""The composed app, offscreen, for the GUI tests that need the whole of it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop.app import UnclenchApp
from desktop.storage.paths import AppPaths
from tests.fakes import FakeClock


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """Private config, data and runtime folders for one test."""
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    paths.ensure()
    return paths


@pytest.fixture
def app(qapp: QApplication, paths: AppPaths) -> Iterator[UnclenchApp]:
    """The whole app on a fake clock, started, and shut down after the test."""
    unclench = UnclenchApp(qapp, paths, FakeClock())
    unclench.start()
    yield unclench
    unclench.shutdown()
    # Let Qt delete the windows now, while the QApplication lives, not during interpreter exit.
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def released(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records each time the prompt presenter gives memory back (instead of giving it back)."""
    calls: list[bool] = []
    monkeypatch.setattr("desktop.services.prompts.release_unused_memory", lambda: calls.append(True))
    return calls
