"""The statistics window's bottom bar: export, import and delete the user's data, asking the dialogs
first, and the outcome of the last action under the buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.data_requests import (
    DataActionFailed,
    DataOutcome,
    ExportFormat,
    ExportRequest,
    ImportRequest,
)
from desktop.core.stats_snapshot import StatsSnapshot
from desktop.ui import stats_data_text as data_text
from desktop.ui.announcements import announce
from desktop.ui.plain_text import plain_label
from desktop.ui.start_folder import START_FOLDER
from desktop.ui.stats_dialogs import StatsDialogs
from desktop.ui.text_colours import plain, warn


class StatsDataBar(QWidget):
    """The data bar of the statistics window: owns the Export CSV, Export JSON, Import and Delete buttons and
    the outcome line, and asks its StatsDialogs for a file or a confirmation before it emits.

    Signals: `export_requested(ExportRequest)` export to the chosen file; `import_requested(ImportRequest)`
    import the chosen file; `delete_requested()` the user confirmed deleting every event.
    """

    export_requested = Signal(object)  # ExportRequest, the file already chosen
    import_requested = Signal(object)  # ImportRequest
    delete_requested = Signal()

    def __init__(
        self,
        dialogs: StatsDialogs,
        snapshot: Callable[[], StatsSnapshot | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self._snapshot = snapshot
        self.setObjectName("data_bar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 14)
        self.status = plain_label()  # may name a backup file: never markup
        self.status.setObjectName("data_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.export_csv_button = self._button(row, "export_csv", self.tr("Export &CSV…"), self._export_csv)
        self.export_json_button = self._button(
            row, "export_json", self.tr("Export &JSON…"), self._export_json
        )
        self.import_button = self._button(row, "import_backup", self.tr("&Import backup…"), self._import)
        row.addStretch()
        self.delete_button = self._button(row, "delete_data", self.tr("&Delete my data…"), self._delete)
        layout.addLayout(row)

    def _button(self, row: QHBoxLayout, name: str, label: str, slot: object) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def show_outcome(self, outcome: DataOutcome) -> None:
        """Say what came of an export, import or delete, under the buttons."""
        message = data_text.outcome_message(outcome)
        self.status.setText(message)
        self.status.setAccessibleName(message)
        if isinstance(outcome, DataActionFailed):
            warn(self.status)
        else:
            plain(self.status)
        self.status.show()
        announce(self.status, message)  # the buttons keep the focus; the outcome is said all the same

    # ---- asking -------------------------------------------------------------------------------

    def _export_csv(self) -> None:
        self._export(ExportFormat.CSV, self.tr("CSV file (*.csv)"))

    def _export_json(self) -> None:
        self._export(ExportFormat.JSON, self.tr("JSON backup (*.json)"))

    def _export(self, fmt: ExportFormat, file_filter: str) -> None:
        snapshot = self._snapshot()
        day = snapshot.today.day if snapshot else "events"
        suggested = START_FOLDER.path() / f"unclench-{day}.{fmt.value}"
        path = self.dialogs.save_path(self.tr("Export your Unclench history"), suggested, file_filter)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(f".{fmt.value}")
        self.export_requested.emit(ExportRequest(fmt, path))

    def _import(self) -> None:
        path = self.dialogs.open_path(self.tr("Import an Unclench backup"), self.tr("JSON backup (*.json)"))
        if path is not None:
            self.import_requested.emit(ImportRequest(path))

    def _delete(self) -> None:
        snapshot = self._snapshot()
        total = snapshot.total_events if snapshot else 0
        first = snapshot.first_day if snapshot else None
        if self.dialogs.confirm(
            self.tr("Delete my data"),
            data_text.delete_question(total, first),
            self.tr("Delete everything"),
            self.tr("Keep my data"),
        ):
            self.delete_requested.emit()
