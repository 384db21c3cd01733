"""GNOME's do-not-disturb: org.gnome.desktop.notifications show-banners = false.

Read from the user's dconf database file (see gvdb.py for why that is the in-process way), and
only re-parsed when the file changes (dconf replaces it atomically on every write). A missing key
means the schema default: banners shown, not busy.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.bounded_file import MIB, read_bounded
from desktop.platform.busy.base import BusyReason
from desktop.platform.busy.gvdb import GvdbError, GvdbTable

SHOW_BANNERS_KEY = "/org/gnome/desktop/notifications/show-banners"
MAX_DATABASE_BYTES = 64 * MIB  # the whole dconf user database; usually well under 1 MB


def user_dconf_database(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".config")
    return Path(config) / "dconf" / "user"


class GnomeBannersSource:
    """The GNOME BusySource: do-not-disturb while the dconf key show-banners is false, read from the user's
    dconf database file and re-parsed only when the file changed; `problem` says why it could not be read.
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "GNOME notification banners setting"))

    def __init__(self, database: Path) -> None:
        self._database = database
        self._stamp: tuple[int, int, int] | None = None
        self._show_banners = True
        self.problem: str | None = None  # why the file could not be read, for a log line

    def is_busy(self) -> BusyReason | None:
        return None if self._read_show_banners() else BusyReason.DO_NOT_DISTURB

    def close(self) -> None:
        pass

    def _read_show_banners(self) -> bool:
        try:
            info = self._database.stat()
        except OSError:
            self._stamp, self._show_banners = None, True  # no database yet: every key at its default
            return True
        stamp = (info.st_ino, info.st_mtime_ns, info.st_size)
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                value = GvdbTable(read_bounded(self._database, MAX_DATABASE_BYTES)).lookup_boolean(
                    SHOW_BANNERS_KEY
                )
                self.problem = None
            except (OSError, GvdbError) as error:
                value = None
                self.problem = f"{self._database}: {error}"
            self._show_banners = True if value is None else value
        return self._show_banners
