"""One daemon thread for slow, blocking calls (playing a sound, speaking a word).

Cues are only worth anything on time: when a new one arrives while an older one is still waiting,
the older one is dropped rather than queued, so a slow speech program can never fall further and
further behind the breath.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

Job = Callable[[], None]


class LatestOnlyWorker:
    """Owns one daemon thread (started on first use) and at most one waiting job: a new job replaces one not
    yet started, so slow sound and speech calls never block the GUI or play late.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._condition = threading.Condition()
        self._pending: Job | None = None
        self._closed = False
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> None:
        """Run `job` soon on the worker thread; returns at once. Replaces a job not yet started."""
        with self._condition:
            if self._closed:
                return
            self._pending = job
            if self._thread is None:  # started on first use: no thread for people who never turn cues on
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            self._condition.notify()

    def close(self) -> None:
        """Drop what is waiting and let the thread end after its current job (never waits for it)."""
        with self._condition:
            self._closed = True
            self._pending = None
            self._condition.notify()

    def _run(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._closed:
                    self._condition.wait()
                if self._closed:
                    return
                job, self._pending = self._pending, None
            if job is None:
                continue
            try:
                job()
            except Exception:  # a cue that fails must not end the thread for the ones after it
                log.exception("%s: a background job failed", self._name)
