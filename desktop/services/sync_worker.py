"""The sync engine on a thread of its own: its SQLite connection belongs to that thread, and a
network share may block it for long without freezing the GUI.

Imported only once the user has joined a sync folder (it imports the engine). Jobs go in through
one queue; what they found comes back through another, which the GUI thread drains: the worker
never touches a QObject, so no signal is ever emitted from its thread.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.settings import Settings
from desktop.core.settings_follow import applied, newer, stamp
from desktop.core.sync_view import ComputerView, SyncView
from desktop.storage.errors import StorageError
from desktop.storage.followed_settings import others_stamped, read_stamped, write_stamped
from desktop.storage.sync.engine import SUBFOLDER, SyncEngine, SyncError, SyncReport

JOIN_SECONDS = 5.0  # how long stop() waits for a sync in progress (a blocked share: the thread is a daemon)


@dataclass(frozen=True)
class Finished:
    """One job done on the worker: what it was, what the folder looks like now, and how it went.
    `view` is None when the engine could not be used at all; `changed` the local log changed."""

    job: str
    view: SyncView | None
    changed: bool = False
    problem: str | None = None  # a sentence for the user
    settings: Settings | None = None  # settings another computer changed later: apply them here


Work = Callable[[SyncEngine], SyncReport | None]


class SyncWorker:
    """Owns one thread and the SyncEngine it opens on the log at `database`; runs the jobs handed
    to `submit` one after another and puts a `Finished` for each in `results`. No signals."""

    def __init__(self, database: Path, name: str, results: queue.SimpleQueue[Finished]) -> None:
        self._database = database
        self._name = name
        self._results = results
        self._jobs: queue.SimpleQueue[tuple[str, Work, list[Settings] | None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="unclench-sync", daemon=True)
        self._thread.start()

    def submit(self, job: str, work: Work, arrived: list[Settings] | None = None) -> None:
        self._jobs.put((job, work, arrived))

    def sync(self) -> None:
        self.submit("sync", lambda engine: engine.sync_now())

    def join_folder(self, folder: Path) -> None:
        self.submit("join", lambda engine: engine.join(folder))

    def leave(self) -> None:
        def leave(engine: SyncEngine) -> SyncReport:
            engine.leave()
            return engine.status()

        self.submit("leave", leave)

    def clear_and_sync(self) -> None:
        def clear(engine: SyncEngine) -> SyncReport:
            engine.record_clear()
            return engine.sync_now()

        self.submit("clear", clear)

    def follow_settings(self, settings: Settings) -> None:
        """Publish this computer's settings and take the ones another computer changed later."""
        arrived: list[Settings] = []

        def follow(engine: SyncEngine) -> SyncReport | None:
            newer_here = _follow(engine, settings, datetime.now(UTC))
            if newer_here is not None:
                arrived.append(newer_here)
            return None

        self.submit("settings", follow, arrived)

    def status(self) -> None:
        self.submit("status", lambda engine: engine.status())

    def stop(self) -> None:
        """Finish the job in progress (waiting at most JOIN_SECONDS), then close the engine."""
        self._jobs.put(None)
        self._thread.join(JOIN_SECONDS)

    def _run(self) -> None:
        try:
            engine = SyncEngine.open(self._database, name=self._name)
        except (StorageError, sqlite3.Error, OSError) as error:
            self._results.put(Finished("open", None, problem=f"Unclench cannot sync its log: {error}"))
            return
        try:
            while (item := self._jobs.get()) is not None:
                job, work, arrived = item
                done = _done(job, work, engine)
                if arrived:
                    done = replace(done, settings=arrived[0])
                self._results.put(done)
        finally:
            engine.close()


def _done(job: str, work: Work, engine: SyncEngine) -> Finished:
    try:
        report = work(engine)
    except SyncError as error:
        return Finished(job, _safe_status(engine), problem=str(error))
    except (StorageError, sqlite3.Error, OSError) as error:
        return Finished(job, _safe_status(engine), problem=f"Unclench could not sync: {error}")
    if report is None:
        return Finished(job, _safe_status(engine))
    return Finished(job, view_of(report), changed=report.changed)


def _follow(engine: SyncEngine, settings: Settings, now: datetime) -> Settings | None:
    """Publish `settings` (stamped) in this computer's folder; the settings with what other
    computers changed later put in, or None when nothing is newer elsewhere. OSError: cannot write."""
    folder = engine.folder
    if folder is None or not (folder / SUBFOLDER).is_dir():
        return None
    root = folder / SUBFOLDER
    own = root / engine.device_id
    own.mkdir(exist_ok=True)
    before = read_stamped(own)
    published = stamp(before, settings, now)
    updates = newer(published, others_stamped(root, engine.device_id))
    published.update(updates)  # taken with the other computer's time, so it is not "changed here"
    if published != before:
        write_stamped(own, published)
    return applied(settings, updates) if updates else None


def _safe_status(engine: SyncEngine) -> SyncView | None:
    try:
        return view_of(engine.status())
    except (StorageError, sqlite3.Error):
        return None


def view_of(report: SyncReport) -> SyncView:
    """The engine's report as the windows and the status see it."""
    return SyncView(
        folder=str(report.folder) if report.folder is not None else None,
        online=report.online,
        computers=tuple(
            ComputerView(d.device, d.name, d.last_write, d.this_computer) for d in report.devices
        ),
        problems=report.problems,
    )
