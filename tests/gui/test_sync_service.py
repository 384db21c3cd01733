"""The sync service with real engines: two profiles share a folder in tmp_path; results come back
on the GUI thread through the service's queue, waited for with signals."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.events import Event, Kind, Outcome
from desktop.core.sync_view import SyncView
from desktop.services.sync_service import SyncService
from desktop.storage.eventlog import EventLog

DAY = "2026-12-06"
WAIT_MS = 10_000


class Profile:
    """One computer: its own log file and SyncService."""

    def __init__(self, home: Path, name: str) -> None:
        self.log, _ = EventLog.open(home / name / "unclench.sqlite3")
        self.service = SyncService(self.log, lambda: name)
        self.views: list[SyncView] = []
        self.service.updated.connect(self.views.append)
        self.gui_thread = threading.get_ident()
        self.threads: set[int] = set()
        self.service.updated.connect(lambda _: self.threads.add(threading.get_ident()))

    def water(self, ml: int) -> None:
        answered = datetime.fromisoformat(f"{DAY}T10:00:00+00:00")
        self.log.record(Event(Kind.HYDRATION, Outcome.DONE, DAY, answered_at=answered, details={"ml": ml}))

    def close(self) -> None:
        self.service.stop()
        self.log.close()


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def profiles(tmp_path: Path) -> Iterator[tuple[Profile, Profile]]:
    a, b = Profile(tmp_path, "A"), Profile(tmp_path, "B")
    yield a, b
    a.close()
    b.close()


def _join(qtbot: QtBot, profile: Profile, share: Path) -> SyncView:
    with qtbot.waitSignal(profile.service.updated, timeout=WAIT_MS) as blocker:
        profile.service.join(share)
    view: SyncView = blocker.args[0]
    return view


def test_nothing_runs_before_joining(qtbot: QtBot, profiles: tuple[Profile, Profile]) -> None:
    a, _ = profiles
    a.service.start()
    a.service.local_write()
    assert not a.service.running
    assert not a.service.view.joined
    assert not any(t.name == "unclench-sync" for t in threading.enumerate())


def test_water_on_a_shows_in_b_after_a_sync(
    qtbot: QtBot, profiles: tuple[Profile, Profile], share: Path
) -> None:
    a, b = profiles
    assert _join(qtbot, a, share).joined
    assert _join(qtbot, b, share).joined
    a.water(330)
    with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS):
        a.service.sync_now()
    with qtbot.waitSignal(b.service.merged, timeout=WAIT_MS) as merged:
        b.service.sync_now()
    assert b.log.water_total_ml(DAY) == 330
    names = {computer.name for computer in merged.args[0].computers}
    assert names == {"A", "B"}
    assert a.threads == {a.gui_thread} and b.threads == {b.gui_thread}  # signals only on the GUI thread


def test_a_write_is_published_soon_after(
    qtbot: QtBot, profiles: tuple[Profile, Profile], share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = profiles
    _join(qtbot, a, share)
    _join(qtbot, b, share)
    a.service._soon.setInterval(10)  # the debounce, shortened
    a.water(200)
    with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS):
        a.service.local_write()
        a.service.local_write()  # a burst: one sync
    with qtbot.waitSignal(b.service.merged, timeout=WAIT_MS):
        b.service.sync_now()
    assert b.log.water_total_ml(DAY) == 200


def test_many_round_trips_stay_on_the_gui_thread(
    qtbot: QtBot, profiles: tuple[Profile, Profile], share: Path
) -> None:
    a, b = profiles
    _join(qtbot, a, share)
    _join(qtbot, b, share)
    for glass in range(1, 31):
        a.water(100)
        with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS):
            a.service.sync_now()
        with qtbot.waitSignal(b.service.merged, timeout=WAIT_MS):
            b.service.sync_now()
        assert b.log.water_total_ml(DAY) == 100 * glass
    assert a.threads == {a.gui_thread} and b.threads == {b.gui_thread}


def test_leave_stops_the_worker(qtbot: QtBot, profiles: tuple[Profile, Profile], share: Path) -> None:
    a, _ = profiles
    _join(qtbot, a, share)
    with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS) as blocker:
        a.service.leave()
    assert not blocker.args[0].joined
    assert not a.service.running


def test_a_folder_that_is_not_there_is_refused(
    qtbot: QtBot, profiles: tuple[Profile, Profile], tmp_path: Path
) -> None:
    a, _ = profiles
    with qtbot.waitSignal(a.service.problem, timeout=WAIT_MS) as problem:
        a.service.join(tmp_path / "missing")
    assert "missing" in problem.args[0]
    qtbot.waitUntil(lambda: not a.service.running, timeout=WAIT_MS)


def test_delete_my_data_reaches_the_other_computer(
    qtbot: QtBot, profiles: tuple[Profile, Profile], share: Path
) -> None:
    a, b = profiles
    _join(qtbot, a, share)
    _join(qtbot, b, share)
    a.water(250)
    with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS):
        a.service.sync_now()
    with qtbot.waitSignal(b.service.merged, timeout=WAIT_MS):
        b.service.sync_now()
    a.log.clear()
    with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS):
        a.service.data_cleared()
    with qtbot.waitSignal(b.service.merged, timeout=WAIT_MS):
        b.service.sync_now()
    assert b.log.water_total_ml(DAY) == 0


def test_a_join_from_a_terminal_is_noticed(
    qtbot: QtBot, profiles: tuple[Profile, Profile], share: Path
) -> None:
    from desktop.storage.sync.engine import SyncEngine

    a, _ = profiles
    a.service.start()
    engine = SyncEngine.open(a.log.path, name="A")
    engine.join(share)
    engine.close()
    with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS) as blocker:
        a.service.local_write()
    assert blocker.args[0].joined and a.service.running


def test_a_missing_folder_is_shown_not_shouted_and_caught_up(
    qtbot: QtBot, profiles: tuple[Profile, Profile], share: Path
) -> None:
    a, b = profiles
    _join(qtbot, a, share)
    _join(qtbot, b, share)
    away = share.rename(share.parent / "unmounted")
    a.water(150)
    with (
        qtbot.assertNotEmitted(a.service.problem),
        qtbot.waitSignal(a.service.updated, timeout=WAIT_MS) as seen,
    ):
        a.service.sync_now()
    assert seen.args[0].joined and not seen.args[0].online and a.service.running
    away.rename(share)
    with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS) as seen:
        a.service.sync_now()
    assert seen.args[0].online
    with qtbot.waitSignal(b.service.merged, timeout=WAIT_MS):
        b.service.sync_now()
    assert b.log.water_total_ml(DAY) == 150


def test_a_new_name_reaches_the_other_computer(
    qtbot: QtBot, profiles: tuple[Profile, Profile], share: Path
) -> None:
    a, b = profiles
    _join(qtbot, a, share)
    _join(qtbot, b, share)
    a.service._name = lambda: "Office"
    a.water(100)
    with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS):
        a.service.rename()  # the worker is made again with the new name, and syncs
    with qtbot.waitSignal(b.service.merged, timeout=WAIT_MS) as merged:
        b.service.sync_now()
    assert {c.name for c in merged.args[0].computers} == {"Office", "B"}


def test_settings_follow_the_latest_change(qtbot: QtBot, tmp_path: Path, share: Path) -> None:
    from desktop.core.settings import Settings

    current = {"A": Settings(), "B": Settings()}
    a, b = Profile(tmp_path, "A"), Profile(tmp_path, "B")
    try:
        for name, profile in (("A", a), ("B", b)):
            profile.service._settings = lambda name=name: current[name]  # type: ignore[misc]
            arrived: list[Settings] = []
            profile.service.settings_arrived.connect(arrived.append)
            profile.arrived = arrived  # type: ignore[attr-defined]
        for profile in (a, b):
            with qtbot.waitSignals([profile.service.updated] * 2, timeout=WAIT_MS):  # joined, published
                profile.service.join(share)
        current["A"] = Settings(water_goal_ml=2600, language="de")
        with qtbot.waitSignal(a.service.updated, timeout=WAIT_MS):
            a.service.settings_changed()
        with qtbot.waitSignal(b.service.settings_arrived, timeout=WAIT_MS) as arrived:
            b.service.settings_changed()
        new: Settings = arrived.args[0]
        assert new.water_goal_ml == 2600
        assert new.language == "system"  # the language stays per computer
        assert a.arrived == []  # type: ignore[attr-defined]
    finally:
        a.close()
        b.close()


def test_each_local_write_is_published_once(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.core.clock import SystemClock
    from desktop.services.activity_log import ActivityLog
    from desktop.services.settings_owner import SettingsOwner

    log, _ = EventLog.open(tmp_path / "unclench.sqlite3")
    activity = ActivityLog(log, SystemClock())
    service = SyncService(log, lambda: "A")
    writes: list[int] = []
    service.local_write = lambda *_: writes.append(1)  # type: ignore[method-assign]
    service.attach(activity, SettingsOwner(tmp_path / "settings.json", system_files=()))
    try:
        answered = datetime.fromisoformat(f"{DAY}T10:00:00+00:00")
        drink = Event(Kind.HYDRATION, Outcome.DONE, DAY, answered_at=answered, details={"ml": 250})
        activity.record((drink,))
        assert len(writes) == 1  # a drink: once, not for `recorded` and `water_changed` both
        activity.undo_water()
        assert len(writes) == 2  # the undone drink is published too
        activity.record((Event(Kind.POSTURE, Outcome.DONE, DAY, answered_at=answered),))
        assert len(writes) == 3
    finally:
        service.stop()
        activity.close()
