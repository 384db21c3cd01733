"""Where a file chooser opens: the folder of the last file the user chose while it still exists,
else their documents folder when it exists, else their home folder (which always does)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


class StartFolder:
    """Owns the folder of the last file chosen in any of the app's file choosers (for this run only).

    Emits no signals; `path()` answers where the next chooser opens, `remember()` is told what was chosen.
    """

    def __init__(self) -> None:
        self._last: Path | None = None

    def path(self) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        for folder in (self._last, Path(documents) if documents else None):
            if folder is not None and folder.is_dir():
                return folder
        return Path.home()

    def remember(self, chosen: str | Path) -> None:
        """A file the user chose (an empty string: cancelled, nothing to remember)."""
        if str(chosen):
            self._last = Path(chosen).parent


# One for the whole app: importing a routine and then a backup opens where the user just was.
START_FOLDER = StartFolder()
