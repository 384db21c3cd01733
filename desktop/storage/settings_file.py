"""The settings file: JSON the user may edit, read forgivingly and written atomically.

Loading never raises and never loses what the user wrote: an unreadable file is renamed aside,
a readable one with bad values is copied aside before anything could rewrite it, and every
problem comes back as a notice the app shows once.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.settings import Settings, settings_from_dict, settings_to_dict
from desktop.storage.aside import copy_aside, move_aside
from desktop.storage.errors import StorageError

UNREADABLE_TAG = "bad"  # settings.json.bad-YYYYmmdd-HHMMSS


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    notices: tuple[str, ...] = ()  # complete sentences for the user, each naming the file


def load_settings(path: Path, now: Callable[[], datetime] = datetime.now) -> LoadedSettings:
    """Valid settings from `path`, plus notices about anything that could not be used.

    `now` names the kept-aside copies; it is injectable so tests get predictable names.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(Settings())  # first start: nothing to report
    except OSError as error:
        return _unreadable(path, f"could not be read ({error.strerror or error})", now)
    try:
        # utf-8-sig: Windows editors like to start UTF-8 files with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _unreadable(path, f"is not UTF-8 text (bad byte at position {error.start})", now)
    try:
        data = json.loads(text)
    except RecursionError:
        return _unreadable(path, "is nested too deeply to be settings", now)
    except ValueError as error:  # JSONDecodeError, or a number too long to convert
        return _unreadable(path, f"is not valid JSON ({error})", now)

    settings, problems = settings_from_dict(data)
    if not problems:
        return LoadedSettings(settings)
    notices = [f"In the settings file {path}: {problem}." for problem in problems]
    try:
        copy = copy_aside(path, raw, UNREADABLE_TAG, now())
    except OSError as error:
        notices.append(
            f"A copy of {path} could not be kept ({error.strerror or error}); "
            "edit it by hand before changing settings in Unclench if you want to keep what it says."
        )
    else:
        notices.append(f"The settings file as you wrote it was copied to {copy}, so nothing in it is lost.")
    return LoadedSettings(settings, tuple(notices))


def save_settings(path: Path, settings: Settings) -> None:
    """Write `settings` to `path` atomically: readers see the old file or the new one, never half.

    Raises StorageError (with a message for the user) if the file cannot be written.
    """
    text = json.dumps(settings_to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace_atomically(path, text.encode("utf-8"))
    except OSError as error:
        raise StorageError(
            f"Unclench could not save its settings to {path}: {error.strerror or error}."
        ) from error


def _unreadable(path: Path, reason: str, now: Callable[[], datetime]) -> LoadedSettings:
    try:
        kept = move_aside(path, UNREADABLE_TAG, now())
    except OSError as error:
        notice = (
            f"The settings file {path} {reason}, and it could not be moved aside "
            f"({error.strerror or error}). Default settings are in use; the file was left as it is."
        )
    else:
        notice = f"The settings file {path} {reason}. It was moved to {kept} and default settings are in use."
    return LoadedSettings(Settings(), (notice,))


def _replace_atomically(path: Path, content: bytes) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        with suppress(FileNotFoundError):
            # mkstemp makes the file 0600; keep the rights the user's file had.
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders and needs no such step."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
