"""The settings dialog's "Sync" tab: join a folder, leave it, name this computer, see who syncs.

It edits only the computer's name as a setting (read back by the dialog through `computer_name`);
joining and leaving are intents the sync service carries out, and `show_view` shows what it found.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import Settings, Text, allowed_values
from desktop.core.sync_view import NOT_JOINED, SyncView
from desktop.ui.plain_text import plain_label
from desktop.ui.text_colours import mute

ChooseFolder = Callable[[QWidget], Path | None]


def ask_for_folder(parent: QWidget) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, parent.tr("Choose the folder your sync program carries")
    )
    return Path(chosen) if chosen else None


class SyncSettingsPage(QWidget):
    """Owns the Sync tab's widgets. Emits `join_requested(Path)` (a folder the user picked) and
    `leave_requested()`; the service answers through `show_view(SyncView)`."""

    join_requested = Signal(object)  # Path
    leave_requested = Signal()

    def __init__(self, settings: Settings, choose_folder: ChooseFolder = ask_for_folder) -> None:
        super().__init__()
        self.setObjectName("sync_page")
        self._choose_folder = choose_folder
        layout = QVBoxLayout(self)
        explain = plain_label(
            self.tr(
                "Unclench writes only its own files into the folder you pick; your sync program "
                "(Syncthing, Nextcloud, Dropbox, ...) carries them to your other computers."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self._name = QLineEdit(settings.computer_name)
        self._name.setObjectName("computer_name")
        limit = allowed_values(Settings, "computer_name")
        assert isinstance(limit, Text)
        self._name.setMaxLength(limit.max_length)
        self._name.setPlaceholderText(socket.gethostname())
        self._name.setAccessibleName(self.tr("This computer's name"))
        form.addRow(self.tr("This computer's &name"), self._name)
        self._folder = plain_label()
        self._folder.setObjectName("sync_folder")
        self._folder.setWordWrap(True)
        self._folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Sync folder"), self._folder)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self._join = QPushButton(self.tr("&Choose a folder..."))
        self._join.setObjectName("sync_join")
        self._join.clicked.connect(self._pick)
        self._leave = QPushButton(self.tr("&Stop syncing"))
        self._leave.setObjectName("sync_leave")
        self._leave.clicked.connect(self.leave_requested.emit)
        buttons.addWidget(self._join)
        buttons.addWidget(self._leave)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(plain_label(self.tr("Computers and when each last wrote:")))
        self._computers = QListWidget()
        self._computers.setObjectName("sync_computers")
        self._computers.setAccessibleName(self.tr("Computers and when each last wrote"))
        layout.addWidget(self._computers, 1)
        self._note = plain_label()
        self._note.setObjectName("sync_note")
        self._note.setWordWrap(True)
        mute(self._note)
        layout.addWidget(self._note)
        self.show_view(NOT_JOINED)

    @property
    def computer_name(self) -> str:
        return self._name.text().strip()

    def show_view(self, view: SyncView) -> None:
        """Show where this computer syncs and who takes part (from the sync service)."""
        self._folder.setText(view.folder if view.folder is not None else self.tr("Not syncing"))
        self._join.setText(
            self.tr("&Choose another folder...") if view.joined else self.tr("&Choose a folder...")
        )
        self._leave.setEnabled(view.joined)
        self._computers.clear()
        for computer in view.computers if view.joined else ():
            when = (
                self.locale().toString(
                    QDateTime.fromSecsSinceEpoch(int(computer.last_write.timestamp())),
                    QLocale.FormatType.ShortFormat,
                )
                if computer.last_write is not None
                else self.tr("not yet")
            )
            name = computer.name or computer.device[:8]
            if computer.this_computer:
                name = self.tr("{0} (this computer)").format(name)
            self._computers.addItem(self.tr("{0}: last wrote {1}").format(name, when))
        problems = [*view.problems] if view.joined else []
        if view.joined and not view.online:
            problems.insert(0, self.tr("The folder is not there now; Unclench catches up when it is back."))
        self._note.setText("\n".join(problems))

    def _pick(self) -> None:
        folder = self._choose_folder(self)
        if folder is not None:
            self.join_requested.emit(folder)
