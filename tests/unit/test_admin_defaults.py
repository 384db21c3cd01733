"""Administrator defaults: under the user's settings, the first file wins, locked keys hold."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.core.admin_defaults import AdminDefaults, apply_defaults_file, setting_names
from desktop.core.settings import KindSettings, Settings
from desktop.storage.settings_file import load_settings, save_settings
from desktop.storage.system_defaults import DEFAULTS_FILE_NAME, system_defaults_files


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    return tmp_path / "user" / "settings.json"


def test_system_defaults_apply_under_the_users_own(tmp_path: Path, user_file: Path) -> None:
    system = write(
        tmp_path / "etc" / DEFAULTS_FILE_NAME, {"posture": {"interval_minutes": 40}, "water_goal_ml": 3000}
    )
    write(user_file, {"water_goal_ml": 1500})

    loaded = load_settings(user_file, [system])

    assert loaded.settings.posture.interval_minutes == 40  # the administrator's default
    assert loaded.settings.water_goal_ml == 1500  # the user's own choice wins
    assert loaded.notices == () and not loaded.damaged and loaded.locked == frozenset()


def test_a_bad_user_value_falls_back_to_the_administrators(tmp_path: Path, user_file: Path) -> None:
    system = write(tmp_path / "etc" / DEFAULTS_FILE_NAME, {"popup_timeout_seconds": 120})
    write(user_file, {"popup_timeout_seconds": 1})
    loaded = load_settings(user_file, [system])
    assert loaded.settings.popup_timeout_seconds == 120
    assert "it is back to 120" in loaded.notices[0]


def test_the_first_file_in_the_search_order_wins(tmp_path: Path, user_file: Path) -> None:
    first = write(tmp_path / "a" / DEFAULTS_FILE_NAME, {"water_goal_ml": 2500})
    second = write(tmp_path / "b" / DEFAULTS_FILE_NAME, {"water_goal_ml": 3500, "glass_ml": 300})
    loaded = load_settings(user_file, [first, tmp_path / "missing" / DEFAULTS_FILE_NAME, second])
    assert (loaded.settings.water_goal_ml, loaded.settings.glass_ml) == (2500, 300)


def test_locked_values_win_over_the_users_file(tmp_path: Path, user_file: Path) -> None:
    system = write(
        tmp_path / "etc" / DEFAULTS_FILE_NAME,
        {
            "posture": {"interval_minutes": 30},
            "hydration": {"enabled": False},
            "locked": ["posture.interval_minutes", "hydration"],
        },
    )
    write(
        user_file,
        {
            "posture": {"interval_minutes": 5, "snooze_minutes": 9},
            "hydration": {"enabled": True, "interval_minutes": 10},
        },
    )

    loaded = load_settings(user_file, [system])

    assert loaded.settings.posture == KindSettings(interval_minutes=30, snooze_minutes=9)
    assert loaded.settings.hydration == KindSettings(enabled=False, interval_minutes=45)  # the whole group
    assert loaded.locked == frozenset({"posture.interval_minutes", "hydration"})
    assert loaded.admin.is_locked("hydration.interval_minutes")
    assert not loaded.admin.is_locked("posture.snooze_minutes")
    assert loaded.notices == ()


def test_locks_also_hold_on_a_damaged_user_file(tmp_path: Path, user_file: Path) -> None:
    system = write(
        tmp_path / "etc" / DEFAULTS_FILE_NAME, {"water_goal_ml": 1000, "locked": ["water_goal_ml"]}
    )
    user_file.parent.mkdir()
    user_file.write_text('{"water_goal_ml": 30', encoding="utf-8")
    loaded = load_settings(user_file, [system])
    assert loaded.damaged and loaded.settings.water_goal_ml == 1000


def test_enforce_puts_locked_values_back() -> None:
    admin = AdminDefaults(Settings(glass_ml=330), frozenset({"glass_ml"}))
    assert admin.enforce(Settings(glass_ml=500, water_goal_ml=4000)) == Settings(
        glass_ml=330, water_goal_ml=4000
    )


def test_a_broken_system_file_never_stops_loading(tmp_path: Path, user_file: Path) -> None:
    broken = tmp_path / "a" / DEFAULTS_FILE_NAME
    broken.parent.mkdir()
    broken.write_text("{ not json", encoding="utf-8")
    good = write(tmp_path / "b" / DEFAULTS_FILE_NAME, {"glass_ml": 200})
    write(user_file, {})

    loaded = load_settings(user_file, [broken, good])

    assert loaded.settings.glass_ml == 200
    assert len(loaded.notices) == 1
    assert f"The administrator's defaults in {broken} are not valid JSON" in loaded.notices[0]
    assert broken.read_text(encoding="utf-8") == "{ not json"  # never moved or rewritten


@pytest.mark.skipif(os.name != "posix", reason="special files of POSIX systems")
def test_a_system_file_that_is_a_fifo_is_skipped(tmp_path: Path, user_file: Path) -> None:
    fifo = tmp_path / DEFAULTS_FILE_NAME
    os.mkfifo(fifo)
    loaded = load_settings(user_file, [fifo])
    assert loaded.settings == Settings()
    assert "named pipe" in loaded.notices[0]


def test_bad_values_and_unknown_locks_are_reported() -> None:
    admin, problems = apply_defaults_file(
        {"glass_ml": 1, "locked": ["glass_ml", "no.such", 7, *(f"x{n}" for n in range(10))]}, AdminDefaults()
    )
    assert admin.settings.glass_ml == 250 and admin.locked == frozenset({"glass_ml"})
    assert problems[0].startswith("'glass_ml' must be between")
    assert "'locked' names 'no.such'" in problems[1]
    assert problems[-1] == "and 7 more unknown names in 'locked'"
    _, problems = apply_defaults_file({"locked": "glass_ml"}, AdminDefaults())
    assert problems == ["'locked' must be a list of setting names like \"posture.interval_minutes\""]


def test_setting_names_cover_groups_and_leaves() -> None:
    names = setting_names()
    assert {"posture", "posture.interval_minutes", "breathing.pattern", "glass_ml"} <= names
    assert "schema_version" not in names


def test_saving_keeps_no_lock_list_in_the_users_file(tmp_path: Path, user_file: Path) -> None:
    system = write(tmp_path / DEFAULTS_FILE_NAME, {"glass_ml": 330, "locked": ["glass_ml"]})
    loaded = load_settings(user_file, [system])
    save_settings(user_file, loaded.settings)
    assert "locked" not in json.loads(user_file.read_text(encoding="utf-8"))
    assert load_settings(user_file, [system]).settings.glass_ml == 330


def test_xdg_config_dirs_are_searched_in_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if os.name == "nt" or os.uname().sysname == "Darwin":
        pytest.skip("XDG systems only")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'first'}{os.pathsep}{tmp_path / 'second'}")
    assert system_defaults_files() == (
        tmp_path / "first" / "unclench" / DEFAULTS_FILE_NAME,
        tmp_path / "second" / "unclench" / DEFAULTS_FILE_NAME,
    )
    monkeypatch.delenv("XDG_CONFIG_DIRS")
    assert system_defaults_files() == (Path("/etc/xdg/unclench") / DEFAULTS_FILE_NAME,)
