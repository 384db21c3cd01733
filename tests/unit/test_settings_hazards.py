"""The settings file never hangs the app, never eats its memory, and never gets written over blindly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.settings import MAX_LISTED_PROBLEMS, Settings, settings_from_dict, settings_to_dict
from desktop.storage.errors import StorageError
from desktop.storage.settings_file import (
    MAX_SETTINGS_BYTES,
    SettingsLoad,
    load_settings,
    peek_settings,
    save_settings,
)

HANG_LIMIT_S = 1.0  # these are hang tests, not benchmarks
posix_only = pytest.mark.skipif(os.name != "posix", reason="special files of POSIX systems")


def fixed_now() -> datetime:
    return datetime(2024, 5, 1, 12, 30, 45)


def timed_load(path: Path) -> tuple[SettingsLoad, float]:
    started = time.monotonic()
    loaded = load_settings(path, now=fixed_now)
    return loaded, time.monotonic() - started


@posix_only
def test_a_fifo_in_place_of_the_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)

    loaded, elapsed = timed_load(path)

    assert elapsed < HANG_LIMIT_S
    assert loaded.damaged and loaded.settings == Settings()
    assert "is a named pipe (FIFO), not a regular file" in loaded.notices[0]
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # not moved, not replaced
    with pytest.raises(StorageError, match=r"did not save its settings: .* is a named pipe"):
        save_settings(path, Settings())
    assert path.is_fifo()


@posix_only
def test_a_symlink_to_dev_zero_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")

    loaded, elapsed = timed_load(path)

    assert elapsed < HANG_LIMIT_S
    assert loaded.damaged
    assert "is a character device" in loaded.notices[0]
    with pytest.raises(StorageError, match="character device"):
        save_settings(path, Settings())
    assert os.readlink(path) == "/dev/zero"


def test_a_folder_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()
    loaded, _ = timed_load(path)
    assert loaded.damaged and "is a folder" in loaded.notices[0]
    assert path.is_dir()


def test_a_huge_file_is_refused_from_its_size_and_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    with path.open("wb") as out:
        out.truncate(3 * 1024 * MAX_SETTINGS_BYTES)  # 3 GB, sparse

    loaded, elapsed = timed_load(path)

    assert elapsed < HANG_LIMIT_S
    assert loaded.damaged
    assert "is larger than 1.0 MB" in loaded.notices[0]
    assert not path.exists()  # moved aside, so the next save writes a good file
    assert (tmp_path / "settings.json.bad-20240501-123045").stat().st_size == 3 * 1024 * MAX_SETTINGS_BYTES


def test_100000_unknown_keys_cost_little_and_name_a_few(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    data = {f"{n:05x}": 0 for n in range(100_000)} | {"popup_timeout_seconds": 30}
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")  # just under 1 MB

    loaded, elapsed = timed_load(path)

    assert elapsed < HANG_LIMIT_S
    assert loaded.settings.popup_timeout_seconds == 30  # the good value survives
    assert not loaded.damaged
    problems, copy_notice = loaded.notices[:-1], loaded.notices[-1]
    assert len(problems) == MAX_LISTED_PROBLEMS + 1
    assert "'00000' is not a setting" in problems[0]
    assert "and 99,995 more problems" in problems[-1]
    assert "copied to" in copy_notice
    assert sum(len(notice) for notice in loaded.notices) < 2000  # fits a message box


def test_a_huge_key_name_is_quoted_short(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    key = "k" * (MAX_SETTINGS_BYTES - 100)
    path.write_text(json.dumps({key: 1}), encoding="utf-8")

    loaded, elapsed = timed_load(path)

    assert elapsed < HANG_LIMIT_S
    assert "'kkkkkkkkkk" in loaded.notices[0] and "...'" in loaded.notices[0]
    assert len(loaded.notices[0]) < 300


def test_a_10_mb_key_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"k" * 10_000_000: 1}), encoding="utf-8")
    loaded, elapsed = timed_load(path)
    assert elapsed < HANG_LIMIT_S
    assert loaded.damaged and "larger than" in loaded.notices[0]


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 500_000 + "]" * 500_000, encoding="utf-8")
    loaded, elapsed = timed_load(path)
    assert elapsed < HANG_LIMIT_S
    assert loaded.damaged and "nested too deeply" in loaded.notices[0]


def test_a_truncated_file_is_damaged_and_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    whole = json.dumps(settings_to_dict(Settings()), indent=2)
    path.write_text(whole[: len(whole) // 2], encoding="utf-8")  # a half-saved file

    loaded = load_settings(path, now=fixed_now)

    assert loaded.damaged
    assert "is not valid JSON" in loaded.notices[0] and "half-saved" in loaded.notices[0]
    assert "stay as they were" in loaded.notices[0]
    aside = tmp_path / "settings.json.bad-20240501-123045"
    assert aside.read_text(encoding="utf-8") == whole[: len(whole) // 2]


def test_a_fine_file_is_not_damaged_even_with_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"popup_timeout_seconds": 1}', encoding="utf-8")
    loaded = load_settings(path, now=fixed_now)
    assert not loaded.damaged and loaded.notices


def test_settings_from_dict_names_at_most_a_few_problems() -> None:
    settings, problems = settings_from_dict(
        {"posture": {"interval_minutes": 0, "x": 1}, **{f"k{n}": n for n in range(20)}}
    )
    assert settings == Settings()
    assert len(problems) == MAX_LISTED_PROBLEMS + 1
    assert problems[0].startswith("'posture.interval_minutes' must be between")
    assert problems[-1] == "and 17 more problems like these"


def test_a_control_character_key_is_escaped() -> None:
    _, problems = settings_from_dict({"a\x1b[2Jb": 1})
    assert "'a\\x1b[2Jb'" in problems[0]


def test_saving_through_a_symlink_replaces_the_target(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "unclench.json"
    save_settings(target, Settings())
    config = tmp_path / "config"
    config.mkdir()
    link = config / "settings.json"
    link.symlink_to(target)

    save_settings(link, Settings(popup_timeout_seconds=90))

    assert link.is_symlink() and link.resolve() == target
    assert json.loads(target.read_text(encoding="utf-8"))["popup_timeout_seconds"] == 90
    assert load_settings(link).settings.popup_timeout_seconds == 90
    assert sorted(p.name for p in dotfiles.iterdir()) == ["unclench.json"]  # no temporary left
    assert [p.name for p in config.iterdir()] == ["settings.json"]


def test_a_dangling_symlink_is_written_through(tmp_path: Path) -> None:
    link = tmp_path / "settings.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    save_settings(link, Settings())
    assert link.is_symlink() and (tmp_path / "elsewhere.json").is_file()


_UNREADABLE_AS_NOBODY = """
import os, pwd, sys
from pathlib import Path
from desktop.storage.settings_file import load_settings  # before the interpreter's folder is out of reach
nobody = pwd.getpwnam("nobody")
os.setgroups([])
os.setgid(nobody.pw_gid)
os.setuid(nobody.pw_uid)
loaded = load_settings(Path(sys.argv[1]))
print(loaded.damaged, loaded.notices[0])
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_file_the_user_may_not_read_is_damaged(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if os.geteuid() == 0:
        # root reads anything: act as an ordinary user in a child process, in a folder it can enter
        folder = Path(tempfile.mkdtemp())
        folder.chmod(0o755)
        request.addfinalizer(lambda: shutil.rmtree(folder))
    else:
        folder = tmp_path
    path = folder / "settings.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o000)
    if os.geteuid() == 0:
        command = [sys.executable, "-c", _UNREADABLE_AS_NOBODY, str(path)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
        damaged, notice = result.stdout.split(" ", 1)
    else:
        loaded = load_settings(path, now=fixed_now)
        damaged, notice = str(loaded.damaged), loaded.notices[0]
    assert damaged == "True"
    assert "could not be read (Permission denied)" in notice


@posix_only
def test_peeking_never_hangs_and_never_touches_the_file(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert peek_settings(fifo) == Settings()
    assert time.monotonic() - started < HANG_LIMIT_S
    broken = tmp_path / "broken.json"
    broken.write_text('{"language": "de"', encoding="utf-8")
    assert peek_settings(broken) == Settings()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "settings.json"]  # nothing aside


def test_peeking_reads_the_language_under_administrator_locks(tmp_path: Path) -> None:
    user = tmp_path / "settings.json"
    user.write_text('{"language": "de", "glass_ml": 300}', encoding="utf-8")
    assert peek_settings(user).language == "de"
    system = tmp_path / "defaults.json"
    system.write_text('{"language": "en", "locked": ["language"]}', encoding="utf-8")
    peeked = peek_settings(user, [system])
    assert (peeked.language, peeked.glass_ml) == ("en", 300)
