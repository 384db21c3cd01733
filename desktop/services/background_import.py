"""Restoring a backup on a thread of its own, with progress and cancel, so the app keeps answering.

The worker opens its own connection to the log file (`storage/backup_import.import_into_database`)
and never touches a Qt object: it puts progress and the result on a queue that a GUI-thread timer
empties, and only that timer emits signals.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.data_requests import DataActionFailed, ImportDone
from desktop.storage.backup_import import ImportProgress, import_into_database
from desktop.storage.errors import StorageError
from desktop.storage.export import ImportRefused

DRAIN_MS = 100


class BackgroundImport(QObject):
    """Owns one running import: its thread, its cancel flag and the queue its news come back on.

    Signals: `progressed(ImportProgress)`; `finished(ImportDone | DataActionFailed)`, once.
    """

    progressed = Signal(object)
    finished = Signal(object)

    def __init__(self, database: Path, backup: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database, self._backup = database, backup
        self._cancel = threading.Event()
        self._news: queue.SimpleQueue[ImportProgress | ImportDone | DataActionFailed] = queue.SimpleQueue()
        self._drain = QTimer(self)
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self._deliver)

    def start(self) -> None:
        threading.Thread(target=self._run, name="unclench-import", daemon=True).start()
        self._drain.start()

    def cancel(self) -> None:
        """Stop soon: while reading nothing is stored; while saving, what was saved stays."""
        self._cancel.set()

    def _run(self) -> None:
        try:
            summary, _notices = import_into_database(
                self._database, self._backup, progress=self._news.put, cancelled=self._cancel.is_set
            )
            result: ImportDone | DataActionFailed = ImportDone(
                summary.path,
                summary.added,
                summary.already_present,
                invalid=summary.invalid,
                problems=summary.problems,
                cancelled=summary.cancelled,
            )
        except (ImportRefused, StorageError, OSError) as error:
            result = DataActionFailed("import", str(error))
        self._news.put(result)

    def _deliver(self) -> None:
        while True:
            try:
                news = self._news.get_nowait()
            except queue.Empty:
                return
            if isinstance(news, ImportProgress):
                self.progressed.emit(news)
            else:
                self._drain.stop()
                self.finished.emit(news)
                return
