"""The progress of restoring a backup: what is being read or saved, and a Cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop import APP_NAME

STEPS = 1000  # the bar's resolution; bytes and events are scaled to it


class ImportProgressDialog(QProgressDialog):
    """Shows how far restoring a backup has come: reading the file, then saving its events. Never
    modal: the app, its tray and its other windows stay usable meanwhile.

    Signals: `canceled()` (QProgressDialog's) the user asked to stop.
    """

    def __init__(self, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_progress")
        self.setWindowTitle(APP_NAME)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setRange(0, STEPS)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._backup = backup
        self.setLabelText(self.tr("Reading {0}…").format(backup.name))

    def show_progress(self, phase: str, done: int, total: int) -> None:
        """`phase` "reading" (bytes of the file) or "saving" (events)."""
        if phase == "saving":
            self.setLabelText(self.tr("Saving the events of {0}…").format(self._backup.name))
        else:
            self.setLabelText(self.tr("Reading {0}…").format(self._backup.name))
        self.setValue(round(STEPS * done / total) if total > 0 else 0)
