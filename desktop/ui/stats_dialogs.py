"""The statistics window's questions to the user: where to save or find a file, and whether to
delete everything. Behind a small protocol, so tests answer them without real dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.start_folder import START_FOLDER


class StatsDialogs(Protocol):
    """The statistics window's questions to the user. An implementation must ask for a file to save or open
    (None when cancelled) and for a yes/no confirmation; tests answer without real dialogs.
    """

    def save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None: ...

    def open_path(self, title: str, file_filter: str) -> Path | None: ...

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool: ...


class QtStatsDialogs:
    """The real file choosers and question box, parented to the window."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self._parent, title, str(suggested), file_filter)
        START_FOLDER.remember(chosen)
        return Path(chosen) if chosen else None

    def open_path(self, title: str, file_filter: str) -> Path | None:
        start = str(START_FOLDER.path())
        chosen, _ = QFileDialog.getOpenFileName(self._parent, title, start, file_filter)
        START_FOLDER.remember(chosen)
        return Path(chosen) if chosen else None

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.NoButton, self._parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the question may name a file
        delete = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps the data; deleting takes a deliberate click
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete
