"""Where Unclench keeps its files, per user, as each operating system expects."""

from __future__ import annotations

import os
import warnings
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_ID

PRIVATE_DIR_MODE = 0o700


@dataclass(frozen=True)
class AppPaths:
    """Where this user's files live: the config folder (settings file), the data folder (the event log
    database) and the private runtime folder (lock and socket); `ensure` creates them private.
    """

    config_dir: Path  # settings the user may edit by hand
    data_dir: Path  # the event log
    runtime_dir: Path  # per-session files: the single-instance lock and socket

    @classmethod
    def for_user(cls) -> AppPaths:
        """The platformdirs locations for this user (`appauthor=False`, or Windows doubles the name)."""
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            runtime_dir=_runtime_dir(),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def database(self) -> Path:
        return self.data_dir / "unclench.sqlite3"

    def ensure(self) -> None:
        """Create the folders, private (0700) with any parent made for them: the runtime folder holds
        the lock file and the socket other local users must not reach, the others hold health data."""
        # The log and the settings are health data: only this user may read them.
        _make_private_dirs(self.config_dir)
        _make_private_dirs(self.data_dir)
        _make_private_dirs(self.runtime_dir)


def _runtime_dir() -> Path:
    """The session's runtime folder when the system provides one, else a folder in the user's cache.

    $XDG_RUNTIME_DIR (or /run/user/<uid>) is missing in ssh sessions, containers and minimal
    desktops; platformdirs then answers with a path under a parent that does not exist (older
    versions) or in the shared /tmp (newer ones, with a warning). A folder under the user's own
    cache directory is private by construction, so it is the fallback in both cases.
    """
    fallback = Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "runtime"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the fallback warning is expected and handled here
            runtime = Path(platformdirs.user_runtime_dir(APP_ID, appauthor=False))
    except (OSError, RuntimeError):
        return fallback  # newer platformdirs refuse an unsafe /tmp fallback with PermissionError
    return runtime if runtime.parent.is_dir() else fallback


def _make_private_dirs(path: Path) -> None:
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with suppress(FileExistsError):  # another process may have made it in between
            folder.mkdir(mode=PRIVATE_DIR_MODE)
    # An existing folder may have been made by something else with looser rights.
    os.chmod(path, PRIVATE_DIR_MODE)
