"""The settings file: forgiving load, nothing the user wrote is lost, atomic save."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.settings import Settings, settings_from_dict, settings_to_dict
from desktop.storage import settings_file
from desktop.storage.errors import StorageError
from desktop.storage.settings_file import LoadedSettings, load_settings, save_settings

MOMENT = datetime(2024, 5, 1, 12, 30, 45)
BACKUP_NAME = "settings.json.bad-20240501-123045"


def fixed_now() -> datetime:
    return MOMENT


def is_valid(settings: Settings) -> bool:
    """Every value is one the model allows: writing and re-reading it reports nothing."""
    return settings_from_dict(settings_to_dict(settings))[1] == []


def test_round_trip_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    custom = replace(
        Settings(),
        posture=replace(Settings().posture, interval_minutes=7, enabled=False),
        popup_timeout_seconds=90,
    )
    save_settings(path, custom)
    assert load_settings(path, now=fixed_now) == LoadedSettings(custom, ())


def test_saved_file_is_pretty_utf8_json_ending_in_newline(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings())
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert text.startswith('{\n  "schema_version": 1,\n')
    assert json.loads(text) == settings_to_dict(Settings())


def test_save_creates_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "settings.json"
    save_settings(path, Settings())
    assert load_settings(path).settings == Settings()


def test_missing_file_gives_defaults_silently(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json", now=fixed_now) == LoadedSettings(Settings(), ())
    assert list(tmp_path.iterdir()) == []


def test_invalid_json_is_moved_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"posture": {"interval_minutes": 15,}', encoding="utf-8")

    loaded = load_settings(path, now=fixed_now)

    assert loaded.settings == Settings()
    backup = tmp_path / BACKUP_NAME
    assert backup.read_text(encoding="utf-8") == '{"posture": {"interval_minutes": 15,}'
    assert not path.exists()
    (notice,) = loaded.notices
    assert str(path) in notice and str(backup) in notice and "not valid JSON" in notice


def test_bad_utf8_is_moved_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"popup_timeout_seconds": "\xff"}')

    loaded = load_settings(path, now=fixed_now)

    assert loaded.settings == Settings()
    assert (tmp_path / BACKUP_NAME).read_bytes() == b'{"popup_timeout_seconds": "\xff"}'
    assert "not UTF-8" in loaded.notices[0]


def test_unreadable_file_is_moved_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{}", encoding="utf-8")

    def io_error(path: Path, max_bytes: int) -> bytes:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(settings_file, "read_bounded", io_error)
    loaded = load_settings(path, now=fixed_now)

    assert loaded.settings == Settings()
    assert loaded.damaged
    assert (tmp_path / BACKUP_NAME).read_text(encoding="utf-8") == "{}"
    assert "could not be read (Input/output error)" in loaded.notices[0]


def test_an_earlier_backup_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    (tmp_path / BACKUP_NAME).write_text("first", encoding="utf-8")
    path.write_text("second", encoding="utf-8")

    loaded = load_settings(path, now=fixed_now)

    assert (tmp_path / BACKUP_NAME).read_text(encoding="utf-8") == "first"
    assert (tmp_path / f"{BACKUP_NAME}-2").read_text(encoding="utf-8") == "second"
    assert str(tmp_path / f"{BACKUP_NAME}-2") in loaded.notices[0]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'\xef\xbb\xbf{"popup_timeout_seconds": 30}')
    assert load_settings(path, now=fixed_now) == LoadedSettings(
        replace(Settings(), popup_timeout_seconds=30), ()
    )


def test_field_problems_fall_back_per_field_and_keep_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps(
        {
            "schema_version": 1,
            "posture": {"interval_minutes": 0, "snooze_minutes": 10},
            "hydration": {"enabled": "yes"},
            "popup_timeout_seconds": 30,
            "colour": "blue",
        }
    )
    path.write_text(original, encoding="utf-8")

    loaded = load_settings(path, now=fixed_now)

    # Good values survive; each bad one is back to its default.
    assert loaded.settings.posture.snooze_minutes == 10
    assert loaded.settings.posture.interval_minutes == 20
    assert loaded.settings.hydration.enabled is True
    assert loaded.settings.popup_timeout_seconds == 30
    # One notice per problem, each naming the file and the field, then one saying where the copy is.
    problems, copy_notice = loaded.notices[:-1], loaded.notices[-1]
    assert len(problems) == 3
    assert all(str(path) in notice for notice in problems)
    assert any("'posture.interval_minutes'" in n for n in problems)
    assert any("'hydration.enabled'" in n for n in problems)
    assert any("'colour'" in n for n in problems)
    backup = tmp_path / BACKUP_NAME
    assert str(backup) in copy_notice
    # The original stays in place (the app may rewrite it) and the copy holds exactly what the user wrote.
    assert path.read_text(encoding="utf-8") == original
    assert backup.read_text(encoding="utf-8") == original


def test_a_file_that_is_not_an_object_is_reported_and_copied(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[20, 45, 30]", encoding="utf-8")

    loaded = load_settings(path, now=fixed_now)

    assert loaded.settings == Settings()
    assert loaded.damaged  # nothing in it could be used: a running app keeps what it has
    assert len(loaded.notices) == 2
    assert (tmp_path / BACKUP_NAME).read_text(encoding="utf-8") == "[20, 45, 30]"


def test_atomic_save_leaves_only_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings())
    save_settings(path, replace(Settings(), natural_break_minutes=9))
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    assert load_settings(path).settings.natural_break_minutes == 9


def test_failed_save_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings())
    before = path.read_bytes()

    def disk_full(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(StorageError, match="No space left on device") as raised:
        save_settings(path, replace(Settings(), natural_break_minutes=9))

    assert str(path) in str(raised.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_save_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings())
    path.chmod(0o640)
    save_settings(path, Settings())
    assert path.stat().st_mode & 0o777 == 0o640


def check_never_raises_and_loses_nothing(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(content)

        loaded = load_settings(path, now=fixed_now)

        assert isinstance(loaded.settings, Settings)
        assert is_valid(loaded.settings)
        assert all(isinstance(notice, str) and notice for notice in loaded.notices)
        if loaded.notices:
            # Whatever was wrong, the bytes the user wrote are still on disk, aside or in place.
            assert content in [p.read_bytes() for p in Path(folder).iterdir()]
            assert (Path(folder) / BACKUP_NAME).read_bytes() == content
        else:
            assert path.read_bytes() == content


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_valid_settings(text: str) -> None:
    check_never_raises_and_loses_nothing(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=300, deadline=None)
@given(st.binary())
def test_any_bytes_give_valid_settings(content: bytes) -> None:
    check_never_raises_and_loses_nothing(content)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
kind_groups = st.dictionaries(
    st.sampled_from(["enabled", "interval_minutes", "snooze_minutes", "x"]), json_values
)
settings_like = st.dictionaries(
    st.sampled_from(
        [
            "schema_version",
            "posture",
            "hydration",
            "stretch",
            "popup_timeout_seconds",
            "natural_break_minutes",
            "y",
        ]
    ),
    kind_groups | json_values,
)


@settings(max_examples=300, deadline=None)
@given(settings_like | json_values)
def test_any_json_gives_valid_settings_and_a_report_per_problem(data: object) -> None:
    content = json.dumps(data).encode("utf-8")
    check_never_raises_and_loses_nothing(content)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(content)
        expected_settings, problems = settings_from_dict(data)
        loaded = load_settings(path, now=fixed_now)
        assert loaded.settings == expected_settings
        # one notice per problem, plus the one saying where the copy is
        assert len(loaded.notices) == (len(problems) + 1 if problems else 0)
