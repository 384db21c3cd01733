"""Where Unclench keeps its files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.storage.paths import AppPaths


def test_file_locations(tmp_path: Path) -> None:
    paths = AppPaths(config_dir=tmp_path / "c", data_dir=tmp_path / "d", runtime_dir=tmp_path / "r")
    assert paths.settings_file == tmp_path / "c" / "settings.json"
    assert paths.database == tmp_path / "d" / "unclench.sqlite3"


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="XDG variables are a Unix convention")
def test_for_user_follows_the_xdg_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))

    paths = AppPaths.for_user()

    assert paths.config_dir == tmp_path / "config" / "unclench"  # appauthor=False: no doubled name
    assert paths.data_dir == tmp_path / "share" / "unclench"
    assert paths.runtime_dir == runtime / "unclench"


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="XDG variables are a Unix convention")
def test_without_a_session_runtime_dir_the_users_cache_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr("platformdirs.user_runtime_dir", lambda *a, **k: "/nonexistent-session/1000/unclench")

    assert AppPaths.for_user().runtime_dir == tmp_path / "cache" / "unclench" / "runtime"


def test_ensure_creates_the_folders_and_keeps_runtime_private(tmp_path: Path) -> None:
    paths = AppPaths(
        config_dir=tmp_path / "c" / "unclench",
        data_dir=tmp_path / "d" / "unclench",
        runtime_dir=tmp_path / "cache" / "unclench" / "runtime",
    )
    paths.ensure()
    paths.ensure()  # again: nothing to do, no error

    assert paths.config_dir.is_dir() and paths.data_dir.is_dir()
    assert paths.runtime_dir.stat().st_mode & 0o777 == 0o700
    # parents made for the runtime folder are private too
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700


def test_ensure_tightens_an_existing_runtime_folder(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o755)
    runtime.chmod(0o755)
    AppPaths(tmp_path / "c", tmp_path / "d", runtime).ensure()
    assert runtime.stat().st_mode & 0o777 == 0o700
