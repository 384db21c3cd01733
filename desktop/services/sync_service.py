"""Syncing with the user's other computers, as the running app does it.

Nothing runs and the sync engine is not even imported until the log says this computer has joined
a folder (the joined folder is kept in the log, so `unclench sync join` from a terminal counts
too: the app looks again at each local write and at SyncChanged from the command line). While
joined, one worker thread (`sync_worker.py`) owns the engine; this service syncs every minute and a
few seconds after local writes, and hands results to the GUI thread through a queue drained by a
GUI-thread timer.
"""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.events import Event
from desktop.core.kinds import Kind
from desktop.core.settings import Settings
from desktop.core.sync_view import NOT_JOINED, SyncView
from desktop.services.activity_log import ActivityLog
from desktop.services.settings_owner import SettingsOwner

if TYPE_CHECKING:
    from desktop.services.stats_controller import StatsController
from desktop.storage.errors import StorageError
from desktop.storage.eventlog import EventLog
from desktop.storage.sync import state

if TYPE_CHECKING:
    from desktop.services.sync_worker import Finished, SyncWorker

SYNC_EVERY_MS = 60_000  # while joined, even with nothing written here: the others may have written
AFTER_WRITE_MS = 3_000  # a local write is published this long after the last of a burst
DRAIN_MS = 50  # how often the GUI thread looks for finished jobs while some are under way


class SyncService(QObject):
    """Owns the sync worker (only while joined), its timers and the last known SyncView.

    Signals: `merged(SyncView)` a sync changed the local log (refresh water total and statistics);
    `updated(SyncView)` after every job: joined or not, the folder, the computers;
    `settings_arrived(Settings)` another computer changed settings later than this one did (apply);
    `problem(str)` a job failed: a folder that cannot be joined, a log that cannot be synced
    (said once until it changes; folder trouble such as "offline" is only in the SyncView).
    """

    merged = Signal(object)
    updated = Signal(object)
    problem = Signal(str)
    settings_arrived = Signal(object)

    def __init__(
        self,
        log: EventLog,
        name: Callable[[], str],
        settings: Callable[[], Settings] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`settings`: the current settings, published for the other computers; None: settings
        stay on each computer."""
        super().__init__(parent)
        self._log = log
        self._name = name
        self._settings = settings
        self._worker: SyncWorker | None = None
        self._results: queue.SimpleQueue[Finished] = queue.SimpleQueue()
        self._pending = 0
        self._said: str | None = None
        self.view: SyncView = NOT_JOINED
        self._every = QTimer(self)
        self._every.setInterval(SYNC_EVERY_MS)
        self._every.timeout.connect(self.sync_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_WRITE_MS)
        self._soon.timeout.connect(self.sync_now)
        self._drain = QTimer(self)
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self._collect)

    def attach(self, log: ActivityLog, settings: SettingsOwner) -> None:
        """Publish every local write (an undone drink too), follow the settings both ways, and start
        afresh under a new computer name."""
        log.recorded.connect(self._recorded)
        log.water_changed.connect(self.local_write)  # a drink, an undone drink, a write retried
        self.settings_arrived.connect(settings.apply)
        named = [settings.settings.computer_name]

        def changed(new: Settings) -> None:
            self.settings_changed()
            if new.computer_name != named[0]:
                named[0] = new.computer_name
                self.rename()

        settings.settings_changed.connect(changed)

    def attach_stats(self, stats: StatsController) -> None:
        """The statistics list the computers, and "Delete my data" reaches the other computers."""
        stats.data_cleared.connect(self.data_cleared)
        stats.set_computers(self.view)
        self.updated.connect(stats.set_computers)

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        """At start-up: begin syncing if this computer has joined a folder."""
        self.look_again()

    def look_again(self) -> None:
        """Begin syncing if the log says this computer joined (e.g. from a terminal)."""
        if self._worker is None and self._joined_in_log():
            self._begin()
            self.sync_now()

    def _recorded(self, events: tuple[Event, ...]) -> None:
        if not any(event.kind is Kind.HYDRATION for event in events):
            self.local_write()  # with a drink among them, water_changed follows and publishes them once

    def local_write(self, *_: object) -> None:
        """Something was written to the local log: publish it a few seconds from now."""
        if self._worker is not None:
            self._soon.start()
        else:
            self.look_again()

    def sync_now(self) -> None:
        if self._worker is not None:
            self._submit(lambda worker: worker.sync())
            self.settings_changed()

    def settings_changed(self, *_: object) -> None:
        """Publish the settings (a changed one is stamped now) and take newer ones from elsewhere."""
        if self._worker is not None and self._settings is not None:
            current = self._settings()
            self._submit(lambda worker: worker.follow_settings(current))

    def join(self, folder: Path) -> None:
        """Sync through `folder` from now on (`updated` says whether that worked, `problem` why not)."""
        if self._log.in_memory_only:
            self.problem.emit(self.tr("Unclench cannot sync while its log is kept in memory only."))
            return
        self._begin()
        self._submit(lambda worker: worker.join_folder(folder))

    def leave(self) -> None:
        if self._worker is not None:
            self._submit(lambda worker: worker.leave())

    def data_cleared(self) -> None:
        """Right after "delete my data": delete it on the other computers too."""
        if self._worker is not None:
            self._submit(lambda worker: worker.clear_and_sync())

    def rename(self) -> None:
        """This computer's name changed: the next journal manifest carries the new one."""
        if self._worker is not None:
            self._end()
            self.look_again()

    def request_status(self) -> None:
        if self._worker is not None:
            self._submit(lambda worker: worker.status())
        else:
            self.look_again()

    def stop(self) -> None:
        self._end()

    # ---- inside ---------------------------------------------------------------------------

    def _joined_in_log(self) -> bool:
        if self._log.in_memory_only:
            return False
        try:
            return state.folder(self._log.connection) is not None
        except (StorageError, sqlite3.Error):
            return False

    def _begin(self) -> None:
        if self._worker is None:
            from desktop.services.sync_worker import SyncWorker

            self._worker = SyncWorker(self._log.path, self._name(), self._results)
            self._pending = 0
            self._every.start()

    def _end(self) -> None:
        self._every.stop()
        self._soon.stop()
        self._drain.stop()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop()
        while not self._results.empty():  # a stopped worker's last results: nobody waits for them
            self._results.get_nowait()
        self._pending = 0

    def _submit(self, send: Callable[[SyncWorker], None]) -> None:
        assert self._worker is not None
        send(self._worker)
        self._pending += 1
        if not self._drain.isActive():
            self._drain.start()

    def _collect(self) -> None:
        while not self._results.empty():
            self._finished(self._results.get_nowait())
        if self._worker is None or (self._pending <= 0 and self._results.empty()):
            self._drain.stop()

    def _finished(self, done: Finished) -> None:
        self._pending -= 1
        if done.view is None:  # the engine could not be opened or read
            self._end()
            self._say(done.problem)
            self.view = NOT_JOINED
            self.updated.emit(self.view)
            return
        self.view = done.view
        # What the folder looked like (offline, files read again) is shown in the Sync tab and
        # `unclench status`; only a job that failed (a folder refused, the log unusable) is said.
        self._say(done.problem)
        if not done.view.joined:
            self._end()
        elif done.job == "join" and done.problem is None:
            self.settings_changed()
        self.updated.emit(done.view)
        if done.changed:
            self.merged.emit(done.view)
        if done.settings is not None:
            self.settings_arrived.emit(done.settings)

    def _say(self, problem: str | None) -> None:
        if problem and problem != self._said:
            self.problem.emit(problem)
        self._said = problem
