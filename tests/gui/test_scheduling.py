"""The GUI-thread scheduler: one timer, jobs on the GUI thread, thread-safe wakeups."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from apscheduler.triggers.date import DateTrigger
from pytestqt.qtbot import QtBot

from desktop.services.scheduling import GuiThreadScheduler


def test_wakeups_do_not_stack_timers(qtbot: QtBot) -> None:
    scheduler = GuiThreadScheduler()
    scheduler.start()
    far = datetime.now(UTC) + timedelta(hours=1)
    for i in range(20):
        scheduler.add_job(print, DateTrigger(far), id=f"job{i}")
    qtbot.waitUntil(lambda: scheduler.passes >= 1)
    passes_after_burst = scheduler.passes
    # Give a stacked-timer chain the chance to show itself: process a few event loop rounds.
    qtbot.wait(300)
    assert scheduler.passes - passes_after_burst <= 1
    assert scheduler.passes <= 4
    scheduler.shutdown()


def test_jobs_run_on_the_gui_thread_even_when_added_from_another(qtbot: QtBot) -> None:
    scheduler = GuiThreadScheduler()
    scheduler.start()
    ran_on: list[threading.Thread] = []
    done = threading.Event()

    def add_from_worker() -> None:
        scheduler.add_job(lambda: ran_on.append(threading.current_thread()), id="from-worker")
        done.set()

    worker = threading.Thread(target=add_from_worker)
    worker.start()
    worker.join()
    assert done.is_set()
    qtbot.waitUntil(lambda: bool(ran_on), timeout=2000)
    assert ran_on == [threading.main_thread()]
    scheduler.shutdown()


def test_a_job_fires_at_its_time(qtbot: QtBot) -> None:
    scheduler = GuiThreadScheduler()
    scheduler.start()
    fired: list[datetime] = []
    when = datetime.now(UTC) + timedelta(milliseconds=200)
    scheduler.add_job(lambda: fired.append(datetime.now(UTC)), DateTrigger(when))
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert fired[0] >= when
    scheduler.shutdown()
