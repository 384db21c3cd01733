"""`unclench sync join FOLDER | leave | status [--json]`, done by the command-line process itself.

It opens the sync engine on the user's log (WAL: safe while the app runs), does the one thing and
prints a sentence, or JSON with --json (`report_as_json`). After a join or leave it sends a running
app SyncChanged, which makes the app look at the joined folder again. Qt-free.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from desktop.cli.arguments import ExitCode, Invocation, checked, make
from desktop.core.commands import ArgsError, SyncChanged
from desktop.core.i18n import _, ngettext
from desktop.core.sync_command import Sync, SyncAction

if TYPE_CHECKING:
    from desktop.storage.paths import AppPaths
    from desktop.storage.sync.engine import SyncEngine, SyncReport


def _folder(text: str) -> Path:
    if not text.strip():
        raise ArgsError(_("'sync join' needs a folder"))
    return Path(text)


def add_sync(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "sync",
        summary=_("sync with your other computers through a folder"),
        description=_(
            "Keep your log in step with your other computers through a folder that a sync program\n"
            "(Syncthing, Nextcloud, Dropbox, a network share) carries. Unclench writes only its own\n"
            "files in FOLDER/unclench-sync; your log itself never goes there. Works whether or not\n"
            "Unclench is running."
        ),
        epilog=_("examples:")
        + "\n  unclench sync join ~/Sync\n  unclench sync status --json\n  unclench sync leave",
        out=out,
        err=err,
    )
    actions = parser.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    join = make(
        actions,
        "join",
        summary=_("sync through FOLDER"),
        description=_("Sync through FOLDER."),
        out=out,
        err=err,
    )
    join.add_argument(
        "folder", metavar="FOLDER", type=checked(_folder), help=_("a folder your sync program carries")
    )
    join.add_argument("--json", action="store_true", help=_("print JSON"))
    leave = make(
        actions,
        "leave",
        summary=_("stop syncing"),
        description=_("Stop syncing; your data stays."),
        out=out,
        err=err,
    )
    leave.add_argument("--json", action="store_true", help=_("print JSON"))
    status = make(
        actions,
        "status",
        summary=_("say who syncs"),
        description=_("Say the folder and each computer's last write."),
        out=out,
        err=err,
    )
    status.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
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
        engine = SyncEngine.open(paths.database, name=computer_name(settings), count_events=True)
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
        head = (
            _("Left the sync folder; your data stays here.")
            if action is SyncAction.LEAVE
            else _("Not syncing.")
        )
        return head + "\n" + _("Join a folder with: unclench sync join FOLDER")
    count = len(report.devices)
    if report.online:
        head = ngettext(
            "Syncing through {folder}; {count} computer joined:",
            "Syncing through {folder}; {count} computers joined:",
            count,
        )
    else:
        head = ngettext(
            "Syncing through {folder} (not there now: offline?); {count} computer joined:",
            "Syncing through {folder} (not there now: offline?); {count} computers joined:",
            count,
        )
    lines = [head.format(folder=report.folder, count=count)]
    for device in report.devices:
        when = time_to_text(device.last_write) or _("never")
        name = device.name or device.device[:8]
        if device.this_computer:
            line = ngettext(
                "{name} (this computer): last wrote {when}, {count} event here",
                "{name} (this computer): last wrote {when}, {count} events here",
                device.events or 0,
            )
        else:
            line = ngettext(
                "{name}: last wrote {when}, {count} event here",
                "{name}: last wrote {when}, {count} events here",
                device.events or 0,
            )
        lines.append("  " + line.format(name=name, when=when, count=device.events))
    lines += ["  " + _("note: {problem}").format(problem=problem) for problem in report.problems]
    return "\n".join(lines)


def _tell_running_app() -> None:
    """A running app looks at the joined folder again when sent SyncChanged; no app: nothing."""
    try:
        from desktop.ipc.client import send_command
        from desktop.ipc.paths import default_instance_paths

        send_command(default_instance_paths().socket_name, SyncChanged())
    except Exception:  # best effort: the app also looks again at its next write
        pass
