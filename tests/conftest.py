"""Suite-wide set-up: Qt renders offscreen unless the caller chose a platform, and everything under
tests/e2e carries the `e2e` marker (`-m "not e2e"` runs the quick part alone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports Qt: a QApplication reads the platform once, at construction.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_E2E_DIR = Path(__file__).parent / "e2e"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _E2E_DIR in item.path.parents:
            item.add_marker(pytest.mark.e2e)
