"""Two profiles, A and B, joined to one shared folder (tests/sync_profiles.py makes them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync_profiles import SyncProfile


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def a(tmp_path: Path, share: Path) -> Iterator[SyncProfile]:
    profile = SyncProfile(tmp_path, "A")
    profile.engine.join(share)
    yield profile
    profile.close()


@pytest.fixture
def b(tmp_path: Path, share: Path) -> Iterator[SyncProfile]:
    profile = SyncProfile(tmp_path, "B")
    profile.engine.join(share)
    yield profile
    profile.close()
