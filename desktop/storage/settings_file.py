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
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.core.admin_defaults import AdminDefaults
from desktop.core.bounded_file import MIB, FileRefused, check_regular, read_bounded
from desktop.core.i18n import N_, _
from desktop.core.settings import Settings, settings_from_dict, settings_to_dict
from desktop.storage.aside import copy_aside, move_aside
from desktop.storage.errors import StorageError
from desktop.storage.system_defaults import read_admin_defaults

UNREADABLE_TAG = "bad"  # settings.json.bad-YYYYmmdd-HHMMSS
MAX_SETTINGS_BYTES = MIB  # the real file is about 2 KB
# When the file cannot be used, a running app keeps its settings; a starting one has the defaults.
_KEPT = N_("the settings in use stay as they were (the defaults when Unclench is starting)")


@dataclass(frozen=True)
class SettingsLoad:
    """What loading found: the settings to use, notices for the user, and what the administrator set.

    `damaged` is True when the user's file could not be used at all (unreadable, not a regular
    file, truncated or otherwise not JSON, not a group of settings): `settings` then holds only the
    defaults, and an app that is already running should keep the settings it has instead.
    """

    settings: Settings
    notices: tuple[str, ...] = ()  # complete sentences for the user, each naming the file
    damaged: bool = False
    admin: AdminDefaults = field(default_factory=AdminDefaults)

    @property
    def locked(self) -> frozenset[str]:
        """Dotted names of the settings the administrator locked, e.g. "posture.interval_minutes"."""
        return self.admin.locked


LoadedSettings = SettingsLoad  # the earlier name


def load_settings(
    path: Path, system_files: Sequence[Path] = (), now: Callable[[], datetime] = datetime.now
) -> SettingsLoad:
    """Valid settings from `path` over the administrator's `system_files`, plus notices about
    anything that could not be used. Never raises.

    `system_files` are in order of precedence (the first wins), see `system_defaults_files()`.
    `now` names the kept-aside copies; it is injectable so tests get predictable names.
    """
    admin, admin_notices = read_admin_defaults(system_files)
    load = _load_user_file(path, admin, now)
    return SettingsLoad(admin.enforce(load.settings), (*admin_notices, *load.notices), load.damaged, admin)


def peek_settings(path: Path, system_files: Sequence[Path] = ()) -> Settings:
    """The settings in `path` over the administrator's, read before the app is up (e.g. its language).

    Never raises, never changes or moves a file and reports nothing: whatever cannot be used is
    left at its default, and the full `load_settings` later tells the user.
    """
    admin, _notices = read_admin_defaults(system_files)
    try:
        data = json.loads(read_bounded(path, MAX_SETTINGS_BYTES).decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return admin.settings
    return admin.enforce(settings_from_dict(data, admin.settings)[0])


def _load_user_file(path: Path, admin: AdminDefaults, now: Callable[[], datetime]) -> SettingsLoad:
    base = admin.settings
    try:
        raw = read_bounded(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return SettingsLoad(base)  # first start: nothing to report
    except FileRefused as error:
        if not _is_regular(path):
            notice = _(
                "The settings file {file} {reason}. Unclench left it as it is and will not save "
                "over it; {kept}. Remove it or put a regular file in its place."
            ).format(file=path, reason=error.reason, kept=_(_KEPT))
            return SettingsLoad(base, (notice,), damaged=True)
        return _unreadable(path, base, error.reason, now)
    except OSError as error:
        return _unreadable(
            path, base, _("could not be read ({problem})").format(problem=error.strerror or error), now
        )
    try:
        # utf-8-sig: Windows editors like to start UTF-8 files with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _unreadable(
            path,
            base,
            _("is not UTF-8 text (bad byte at position {position})").format(position=error.start),
            now,
        )
    try:
        data = json.loads(text)
    except RecursionError:
        return _unreadable(path, base, _("is nested too deeply to be settings"), now)
    except ValueError as error:  # JSONDecodeError, or a number too long to convert
        reason = _("is not valid JSON ({problem}); it may be half-saved").format(problem=_short(str(error)))
        return _unreadable(path, base, reason, now)

    settings, problems = settings_from_dict(data, base)
    if not problems:
        return SettingsLoad(settings)
    notices = [_("In the settings file {file}: {problem}.").format(file=path, problem=p) for p in problems]
    try:
        copy = copy_aside(path, raw, UNREADABLE_TAG, now())
    except OSError as error:
        notice = _(
            "A copy of {file} could not be kept ({problem}); "
            "edit it by hand before changing settings in Unclench if you want to keep what it says."
        )
        notices.append(notice.format(file=path, problem=error.strerror or error))
    else:
        notice = _("The settings file as you wrote it was copied to {file}, so nothing in it is lost.")
        notices.append(notice.format(file=copy))
    return SettingsLoad(settings, tuple(notices), damaged=not isinstance(data, dict))


def save_settings(path: Path, settings: Settings) -> None:
    """Write `settings` to `path` atomically: readers see the old file or the new one, never half.

    A symlink stays a symlink: its target is replaced. A named pipe, device or folder in the way
    is never written over. Raises StorageError (with a message for the user) if the file cannot be
    written.
    """
    text = json.dumps(settings_to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        target = _write_target(path)
        _replace_atomically(target, text.encode("utf-8"))
    except FileRefused as error:
        problem = _(
            "Unclench did not save its settings: {problem}. Remove it or put a regular file in its place."
        )
        raise StorageError(problem.format(problem=error)) from error
    except OSError as error:
        problem = _("Unclench could not save its settings to {file}: {problem}.")
        raise StorageError(problem.format(file=path, problem=error.strerror or error)) from error


def _write_target(path: Path) -> Path:
    """The file a save replaces: `path`, or the file its symlink (chain) points to.

    Raises FileRefused when that is not a regular file.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target  # a first save, or a symlink to a file still to be made
    check_regular(path, mode)
    return target


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _unreadable(path: Path, base: Settings, reason: str, now: Callable[[], datetime]) -> SettingsLoad:
    try:
        kept = move_aside(path, UNREADABLE_TAG, now())
    except OSError as error:
        notice = _(
            "The settings file {file} {reason}, and it could not be moved aside "
            "({problem}). The file was left as it is; {kept}."
        ).format(file=path, reason=reason, problem=error.strerror or error, kept=_(_KEPT))
    else:
        notice = _("The settings file {file} {reason}. It was moved to {moved}; {kept}.").format(
            file=path, reason=reason, moved=kept, kept=_(_KEPT)
        )
    return SettingsLoad(base, (notice,), damaged=True)


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
