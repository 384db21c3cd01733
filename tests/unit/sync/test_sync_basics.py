"""The sync folder engine with real files and SQLite logs, no sync program: two or three profiles
share one folder; events, deletions, joining and leaving, status and per-computer statistics."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.storage.sync.engine import SyncEngine, SyncError
from desktop.storage.sync.entries import DeleteEntry, encode
from tests.sync_profiles import DAY, SyncProfile, remote_file, remote_line


def test_water_logged_on_one_computer_shows_on_the_other(a: SyncProfile, b: SyncProfile) -> None:
    a.water(250)
    a.water(300)
    assert a.engine.sync_now().written == 2

    report = b.engine.sync_now()

    assert (report.read, report.added, report.changed) == (2, 2, True)
    assert b.log.water_total_ml(DAY) == 550
    assert b.uids() == a.uids()
    by_name = {device.name: device for device in report.devices}
    assert by_name["A"].events == 2 and not by_name["A"].this_computer
    assert by_name["A"].last_write == a.clock.now()
    assert by_name["B"].this_computer and by_name["B"].events == 0


def test_nothing_new_reads_nothing_and_repeats_add_nothing(a: SyncProfile, b: SyncProfile) -> None:
    a.water()
    a.engine.sync_now()
    b.engine.sync_now()

    statements: list[str] = []
    b.engine._db.set_trace_callback(statements.append)
    again = b.engine.sync_now()
    assert (again.written, again.read, again.added, again.changed) == (0, 0, 0, False)
    assert not [s for s in statements if s.startswith(("BEGIN", "INSERT", "UPDATE", "DELETE"))]  # no fsync
    assert a.engine.sync_now().written == 0
    assert len(b.uids()) == 1


def test_both_write_while_the_other_is_away_then_catch_up(a: SyncProfile, b: SyncProfile) -> None:
    a.water(100)
    a.engine.sync_now()
    b.water(200)
    b.water(300)
    b.engine.sync_now()
    a.water(400)

    a.engine.sync_now()
    b.engine.sync_now()

    assert a.uids() == b.uids() and len(a.uids()) == 4
    assert a.log.water_total_ml(DAY) == b.log.water_total_ml(DAY) == 1000


def test_events_carry_their_computer_for_a_per_computer_filter(a: SyncProfile, b: SyncProfile) -> None:
    a.water()
    b.water()
    a.engine.sync_now()
    b.engine.sync_now()
    a.engine.sync_now()

    counts = {device.name: device.events for device in a.engine.devices()}
    assert counts == {"A": 1, "B": 1}
    assert a.engine.devices()[0].this_computer  # this computer first


def test_undoing_one_entry_deletes_it_everywhere(a: SyncProfile, b: SyncProfile) -> None:
    kept = a.water(250)
    undone = a.water(999)
    a.engine.sync_now()
    b.engine.sync_now()
    assert b.log.water_total_ml(DAY) == 1249

    a.log.delete(undone)
    a.engine.sync_now()
    report = b.engine.sync_now()

    assert report.removed == 1 and report.changed
    assert b.log.water_total_ml(DAY) == a.log.water_total_ml(DAY) == 250
    assert kept and len(b.uids()) == 1


def test_a_deletion_that_arrives_before_its_event_still_wins(share: Path, b: SyncProfile) -> None:
    path = remote_file(share)
    path.write_bytes((encode(DeleteEntry(2, "gone", None)) + "\n").encode())
    b.engine.sync_now()
    with path.open("ab") as out:
        out.write(remote_line(1, "gone") + remote_line(3, "stays"))

    b.engine.sync_now()

    assert b.uids() == {"stays"}


def test_delete_my_data_clears_what_was_seen_everywhere_but_not_later_events(
    a: SyncProfile, b: SyncProfile
) -> None:
    a.water(100)
    b.water(200)
    a.engine.sync_now()
    b.engine.sync_now()
    a.engine.sync_now()
    assert len(a.uids()) == 2

    a.log.clear()
    a.engine.record_clear()
    b.water(300)  # not yet seen by A: stays
    a.engine.sync_now()
    b.engine.sync_now()
    a.engine.sync_now()

    assert a.log.water_total_ml(DAY) == b.log.water_total_ml(DAY) == 300
    assert a.uids() == b.uids() and len(a.uids()) == 1


def test_a_deleted_uid_copied_in_again_stays_deleted(a: SyncProfile, b: SyncProfile, share: Path) -> None:
    row_id = a.water()
    a.engine.sync_now()
    b.engine.sync_now()
    journal = next(a.own_folder.glob("events-*.jsonl"))
    old_copy = journal.read_bytes()
    a.log.delete(row_id)
    a.engine.sync_now()
    b.engine.sync_now()

    stale = journal.with_name("events-2026-12-0001.sync-conflict-20261206-100000-ABCDEFG.jsonl")
    stale.write_bytes(old_copy)  # an old version of the file comes back as a conflict copy
    b.engine.sync_now()
    a.engine.sync_now()

    assert a.uids() == b.uids() == set()


def test_join_refuses_a_missing_folder_and_the_log_folder(tmp_path: Path) -> None:
    profile = SyncProfile(tmp_path, "A")
    with pytest.raises(SyncError, match="not a folder"):
        profile.engine.join(tmp_path / "nowhere")
    with pytest.raises(SyncError, match="own log"):
        profile.engine.join(tmp_path)
    assert profile.engine.folder is None
    assert not profile.engine.sync_now().online
    profile.close()


def test_leave_keeps_merged_events_and_rejoining_adds_no_duplicates(
    a: SyncProfile, b: SyncProfile, share: Path
) -> None:
    a.water()
    a.engine.sync_now()
    b.engine.sync_now()

    b.engine.leave()
    assert b.engine.folder is None and len(b.uids()) == 1
    report = b.engine.join(share)
    assert report.read == 1 and report.added == 0 and len(b.uids()) == 1


def test_the_device_id_is_random_and_kept(tmp_path: Path) -> None:
    first = SyncProfile(tmp_path, "A")
    again = SyncEngine.open(first.database, name="A", now=first.clock.now)
    other = SyncProfile(tmp_path, "B")
    assert first.engine.device_id == again.device_id != other.engine.device_id
    for closable in (first, again, other):
        closable.close()


def test_times_in_the_folder_are_the_writers_own(a: SyncProfile, b: SyncProfile) -> None:
    a.clock.advance(seconds=int(timedelta(days=400).total_seconds()))
    a.water()
    a.engine.sync_now()
    (device,) = [d for d in b.engine.sync_now().devices if d.name == "A"]
    assert device.last_write == a.clock.now()


def test_a_device_view_answers_for_one_computer_only(a: SyncProfile, b: SyncProfile) -> None:
    from desktop.core.day_activity import DailyColumn
    from desktop.storage.sync.device_view import open_device_view

    a.water(100)
    a.engine.sync_now()
    a.water(20)  # not yet published: still this computer's
    b.water(300, day="2026-12-05")
    b.engine.sync_now()
    a.engine.sync_now()
    assert a.log.water_total_ml(DAY) == 120 and a.log.span().events == 3  # all computers together

    views = {
        name: open_device_view(a.database, device.device, a.engine.device_id)
        for name, device in (("A", a.engine.devices()[0]), ("B", a.engine.devices()[1]))
    }
    water = [DailyColumn("water", "amount", kinds=("hydration",), outcomes=("done",))]

    assert views["A"].daily_sums(water) == [(DAY, 120.0)]
    assert views["B"].daily_sums(water) == [("2026-12-05", 300.0)]
    assert views["B"].span().events == 1 and views["A"].span().events == 2
    assert a.log.daily_sums(water) == [("2026-12-05", 300.0), (DAY, 120.0)]  # the log itself is untouched
    for view in views.values():
        view.close()


def test_closing_a_device_view_leaves_the_app_log_counted_as_open(a: SyncProfile) -> None:
    import os

    from desktop.storage import database_file
    from desktop.storage.sync.device_view import open_device_view

    key = os.path.realpath(a.database)
    counted = database_file._OPEN_HERE[key]
    assert counted >= 1  # the app's own log, opened by open_database

    open_device_view(a.database, a.engine.device_id, a.engine.device_id).close()

    assert database_file._OPEN_HERE[key] == counted


def test_the_apps_engine_counts_no_events_unless_asked(a: SyncProfile, b: SyncProfile) -> None:
    from desktop.storage.sync.engine import SyncEngine

    a.water()
    a.engine.sync_now()
    plain = SyncEngine.open(b.database, name="B", now=b.clock.now)  # as the app opens it
    try:
        queries: list[str] = []
        plain._db.set_trace_callback(queries.append)
        reports = (plain.sync_now(), plain.status())
    finally:
        plain.close()

    assert [[d.events for d in report.devices] for report in reports] == [[None, None]] * 2
    assert not [query for query in queries if query.startswith("SELECT count(*) FROM events")]
    assert {d.name: d.events for d in b.engine.sync_now().devices} == {"A": 1, "B": 0}  # asked: counted


def test_the_status_as_json(a: SyncProfile, b: SyncProfile) -> None:
    import json

    from desktop.storage.sync.status import report_as_json

    a.water()
    a.engine.sync_now()
    data = json.loads(json.dumps(report_as_json(b.engine.sync_now())))

    assert data["joined"] and data["online"] and (data["read"], data["added"]) == (1, 1)
    assert [(c["name"], c["events"], c["this_computer"]) for c in data["computers"]] == [
        ("B", 0, True),
        ("A", 1, False),
    ]
    assert data["computers"][1]["last_write"] == "2026-12-06T09:01:00.000000+00:00"
    assert report_as_json(b.engine.status())["computers"] == data["computers"]
    b.engine.leave()
    assert report_as_json(b.engine.sync_now())["joined"] is False
