"""The one owner of the settings: loads them, watches the file, saves, and says when they change.

This holds the only live copy. A hand edit while the app runs applies at once and is not
overwritten by the next save; the owner's own writes are recognised and never read back. A file
that cannot be used as written is kept aside by the storage layer, and the values in use stay.
Defaults an administrator ships are applied under the user's file, and the keys they lock win
over every change (the dialog, a window, a hand edit).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.core.admin_defaults import AdminDefaults
from desktop.core.settings import Settings
from desktop.storage.errors import StorageError
from desktop.storage.settings_file import load_settings, save_settings
from desktop.storage.system_defaults import system_defaults_files

# Editors that save by renaming, or by truncating and then writing, make the file vanish or go
# empty for a moment: read only once the writing has settled this long.
SETTLE_MS = 300


class SettingsOwner(QObject):
    """Owns the Settings in use and the settings file.

    Signals: `settings_changed(Settings)` the new settings, whoever changed them (the dialog, a
    window's options, a hand edit); `problem(str)` something the user should hear about.
    """

    settings_changed = Signal(object)
    problem = Signal(str)

    def __init__(self, path: Path, system_files: tuple[Path, ...] | None = None) -> None:
        super().__init__()
        self._path = path
        self._system_files = system_defaults_files() if system_files is None else system_files
        self.first_run = not path.exists()
        loaded = load_settings(path, self._system_files)
        self.admin: AdminDefaults = loaded.admin
        self._settings = loaded.settings
        self.start_notices: list[str] = list(loaded.notices)
        self._written: tuple[int, int] | None = None  # (mtime_ns, size) of our own last write
        if loaded.notices or self.first_run:
            # A bad file is kept aside; writing the settings in use means the user hears of it once.
            self.start_notices += self._save()
        self._watch = QFileSystemWatcher([str(path), str(path.parent)], self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._file_changed)
        self._watch.fileChanged.connect(lambda _path: self._settle.start())
        self._watch.directoryChanged.connect(lambda _path: self._settle.start())

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def path(self) -> Path:
        return self._path

    def apply(self, settings: Settings) -> None:
        """Use `settings` from now on and save them (a failed save is reported; they apply anyway)."""
        settings = self.admin.enforce(settings)
        if settings == self._settings:
            return
        self._settings = settings
        self.settings_changed.emit(settings)
        self._save_and_tell()

    def _file_changed(self) -> None:
        path = self._path
        try:
            stat = path.stat()
        except OSError:
            return  # gone for now (saved by renaming); the folder watch brings us back
        if stat.st_size == 0:
            return  # still being written, or emptied: never read as "use the defaults"
        if str(path) not in self._watch.files():
            self._watch.addPath(str(path))  # an atomic save replaced the file: watch the new one
        if (stat.st_mtime_ns, stat.st_size) == self._written:
            return  # our own write
        loaded = load_settings(path, self._system_files)
        for notice in loaded.notices:
            self.problem.emit(notice)
        if loaded.damaged:  # half-saved or not settings at all: the values in use stay
            self._save_and_tell()
            return
        if loaded.settings != self._settings:
            self._settings = loaded.settings
            self.settings_changed.emit(loaded.settings)
        if loaded.notices:
            self._save_and_tell()  # the user's file is kept aside; write the values now in use

    def _save_and_tell(self) -> None:
        """Save; a failed save is reported (the settings in use apply anyway)."""
        for problem in self._save():
            self.problem.emit(problem)

    def _save(self) -> list[str]:
        try:
            save_settings(self._path, self._settings)
            stat = os.stat(self._path)
            self._written = (stat.st_mtime_ns, stat.st_size)
        except (StorageError, OSError) as error:
            return [self.tr("Your settings apply now but could not be saved: {0}").format(error)]
        return []
