"""`unclench sync join FOLDER | leave | status [--json]`, done by the command-line process itself.

It opens the sync engine on the user's log (WAL: safe while the app runs), does the one thing and
prints a sentence, or JSON with --json (`report_as_json`). After a join or leave it asks a running
app for its status, which makes the app look at the joined folder again. Qt-free.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from desktop.cli.arguments import ExitCode, Invocation, checked, make
from desktop.core.commands import ArgsError, Status
from desktop.core.sync_command import Sync, SyncAction

if TYPE_CHECKING:
    from desktop.storage.paths import AppPaths
    from desktop.storage.sync.engine import SyncEngine, SyncReport


def _folder(text: str) -> Path:
    if not text.strip():
        raise ArgsError("'sync join' needs a folder")
    return Path(text)


def add_sync(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "sync",
        summary="sync with your other computers through a folder",
        description="Keep your log in step with your other computers through a folder that a sync program\n"
        "(Syncthing, Nextcloud, Dropbox, a network share) carries. Unclench writes only its own\n"
        "files in FOLDER/unclench-sync; your log itself never goes there. Works whether or not\n"
        "Unclench is running.",
        epilog="examples:\n  unclench sync join ~/Sync\n  unclench sync status --json\n  unclench sync leave",
        out=out,
        err=err,
    )
    actions = parser.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    join = make(
        actions, "join", summary="sync through FOLDER", description="Sync through FOLDER.", out=out, err=err
    )
    join.add_argument(
        "folder", metavar="FOLDER", type=checked(_folder), help="a folder your sync program carries"
    )
    join.add_argument("--json", action="store_true", help="print JSON")
    leave = make(
        actions,
        "leave",
        summary="stop syncing",
        description="Stop syncing; your data stays.",
        out=out,
        err=err,
    )
    leave.add_argument("--json", action="store_true", help="print JSON")
    status = make(
        actions,
        "status",
        summary="say who syncs",
        description="Say the folder and each computer's last write.",
        out=out,
        err=err,
    )
    status.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(build=_build)


def _build(ns: argparse.Namespace) -> Invocation:
    action = SyncAction(ns.sync_action)
    return Invocation(Sync(action, getattr(ns, "folder", None)), json_output=ns.json)


def run_sync(
    invocation: Invocation,
    *,
    paths: AppPaths | None = None,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
    tell_app: bool = True,
) -> int:
    """Do the `unclench sync` command and return the exit code."""
    from desktop.core.sync_view import computer_name
    from desktop.storage.errors import StorageError
    from desktop.storage.eventlog import EventLog
    from desktop.storage.paths import AppPaths
    from desktop.storage.settings_file import peek_settings
    from desktop.storage.sync.engine import SyncEngine, SyncError
    from desktop.storage.sync.status import report_as_json
    from desktop.storage.system_defaults import system_defaults_files

    command = invocation.command
    assert isinstance(command, Sync)
    out, err = out or sys.stdout, err or sys.stderr
    paths = paths or AppPaths.for_user()
    settings = peek_settings(paths.settings_file, system_defaults_files())
    try:
        paths.ensure()
        EventLog.open(paths.database)[0].close()  # made and migrated as the app would
        engine = SyncEngine.open(paths.database, name=computer_name(settings))
    except (StorageError, OSError) as problem:
        print(f"unclench: {problem}", file=err)
        return ExitCode.FAILED
    try:
        report = _do(engine, command)
    except SyncError as problem:
        print(f"unclench: {problem}", file=err)
        return ExitCode.REFUSED
    except StorageError as problem:
        print(f"unclench: {problem}", file=err)
        return ExitCode.FAILED
    finally:
        engine.close()
    if tell_app and command.action is not SyncAction.STATUS:
        _tell_running_app()
    if invocation.json_output:
        print(json.dumps(report_as_json(report), ensure_ascii=False), file=out)
    else:
        print(_words(command.action, report), file=out)
    return ExitCode.OK


def _do(engine: SyncEngine, command: Sync) -> SyncReport:
    if command.action is SyncAction.JOIN:
        assert command.folder is not None
        return engine.join(command.folder)
    if command.action is SyncAction.LEAVE:
        engine.leave()
    return engine.status()


def _words(action: SyncAction, report: SyncReport) -> str:
    from desktop.storage.row_text import time_to_text

    if report.folder is None:
        head = "Left the sync folder; your data stays here." if action is SyncAction.LEAVE else "Not syncing."
        return head + "\nJoin a folder with: unclench sync join FOLDER"
    where = "" if report.online else " (not there now: offline?)"
    lines = [f"Syncing through {report.folder}{where}; {len(report.devices)} computer(s) joined:"]
    for device in report.devices:
        when = time_to_text(device.last_write) or "never"
        me = " (this computer)" if device.this_computer else ""
        lines.append(
            f"  {device.name or device.device[:8]}{me}: last wrote {when}, {device.events} events here"
        )
    lines += [f"  note: {problem}" for problem in report.problems]
    return "\n".join(lines)


def _tell_running_app() -> None:
    """A running app looks at the joined folder again when asked for its status; no app: nothing."""
    try:
        from desktop.ipc.client import send_command
        from desktop.ipc.paths import default_instance_paths

        send_command(default_instance_paths().socket_name, Status())
    except Exception:  # best effort: the app also looks again at its next write
        pass
