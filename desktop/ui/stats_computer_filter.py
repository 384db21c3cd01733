"""The statistics window's "which computer" choice: all computers together, or one of them.

Shown only while this computer syncs with at least one other; otherwise there is nothing to choose.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.core.sync_view import SyncView


class ComputerFilter(QWidget):
    """Owns one combo box. Emits `computer_chosen(str | None)`: a device id, or None for all."""

    computer_chosen = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("computer_filter")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("computer_choice")
        label = QLabel(self.tr("S&how"))
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda _: self.computer_chosen.emit(self.chosen))
        self.show_computers(SyncView(folder=None))

    @property
    def chosen(self) -> str | None:
        device = self.combo.currentData()
        return device if isinstance(device, str) else None

    def show_computers(self, view: SyncView) -> None:
        """List the computers of `view`, keeping the choice if that computer is still there."""
        keep = self.chosen
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All computers"), None)
        for computer in view.computers if view.joined else ():
            name = computer.name or computer.device[:8]
            if computer.this_computer:
                name = self.tr("{0} (this computer)").format(name)
            self.combo.addItem(name, computer.device)
        index = self.combo.findData(keep) if keep is not None else 0
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self.setVisible(self.combo.count() > 2)  # "all" and at least two computers
        if keep is not None and index < 0:
            self.computer_chosen.emit(None)  # that computer is gone: back to all of them
