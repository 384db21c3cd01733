"""`unclench sync join FOLDER | leave | status [--json]`: parsed, then run on a log in tmp_path."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop.cli.arguments import ExitCode
from desktop.cli.parse import ParserExit, parse
from desktop.cli.sync import run_sync
from desktop.core.commands import Command, SyncChanged
from desktop.core.sync_command import Sync, SyncAction
from desktop.storage.paths import AppPaths
from desktop.storage.sync.engine import SUBFOLDER


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")


def _run(argv: list[str], paths: AppPaths) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_sync(parse(argv), paths=paths, out=out, err=err, tell_app=False)
    return code, out.getvalue(), err.getvalue()


def test_parse_join_leave_status() -> None:
    join = parse(["sync", "join", "/media/share"])
    assert join.command == Sync(SyncAction.JOIN, Path("/media/share"))
    assert parse(["sync", "leave"]).command == Sync(SyncAction.LEAVE)
    status = parse(["sync", "status", "--json"])
    assert status.command == Sync(SyncAction.STATUS) and status.json_output


def test_sync_needs_an_action() -> None:
    with pytest.raises(ParserExit) as exit_:
        parse(["sync"], out=io.StringIO(), err=io.StringIO())
    assert exit_.value.status == ExitCode.USAGE


def test_join_status_leave(paths: AppPaths, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    code, out, _ = _run(["sync", "join", str(share)], paths)
    assert code == ExitCode.OK and f"Syncing through {share}" in out
    assert (share / SUBFOLDER).is_dir()
    code, out, _ = _run(["sync", "status", "--json"], paths)
    data = json.loads(out)
    assert data["joined"] and data["folder"] == str(share) and len(data["computers"]) == 1
    assert data["computers"][0]["this_computer"]
    code, out, _ = _run(["sync", "leave"], paths)
    assert code == ExitCode.OK and "Left the sync folder" in out
    code, out, _ = _run(["sync", "status", "--json"], paths)
    assert json.loads(out)["joined"] is False


def test_the_computer_name_comes_from_the_settings(paths: AppPaths, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('{"schema_version": 1, "computer_name": "Office"}')
    _run(["sync", "join", str(share)], paths)
    _, out, _ = _run(["sync", "status"], paths)
    assert "Office (this computer)" in out


def test_a_missing_folder_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    code, out, err = _run(["sync", "join", str(tmp_path / "nowhere")], paths)
    assert code == ExitCode.REFUSED and "nowhere" in err and out == ""


def test_the_log_folder_itself_is_refused(paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    code, _, err = _run(["sync", "join", str(paths.data_dir)], paths)
    assert code == ExitCode.REFUSED and "log" in err


def test_join_and_leave_tell_a_running_app_sync_changed(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[Command] = []
    monkeypatch.setattr("desktop.ipc.client.send_command", lambda socket, command: sent.append(command))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    share = tmp_path / "share"
    share.mkdir()
    for argv in (["sync", "join", str(share)], ["sync", "status"], ["sync", "leave"]):
        run_sync(parse(argv), paths=paths, out=io.StringIO(), err=io.StringIO())
    assert sent == [SyncChanged(), SyncChanged()]  # not Status: a status bar's poll only reads
