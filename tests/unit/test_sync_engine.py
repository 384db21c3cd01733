"""The sync folder engine with real files and real SQLite logs, no sync program: two or three
profiles share one folder, and the tests do to it what sync engines and people really do."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.storage.row_text import ExportRow
from desktop.storage.sync import writer
from desktop.storage.sync.engine import SUBFOLDER, SyncEngine, SyncError
from desktop.storage.sync.entries import EventEntry, encode
from desktop.storage.sync.files import MAX_LINE_BYTES
from tests.fakes import FakeClock
from tests.sync_profiles import DAY, SyncProfile

REMOTE = "c" * 32  # a computer the tests write journals for by hand


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def a(tmp_path: Path, share: Path) -> Iterator[SyncProfile]:
    profile = SyncProfile(tmp_path, "A")
    profile.engine.join(share)
    yield profile
    profile.close()


@pytest.fixture
def b(tmp_path: Path, share: Path) -> Iterator[SyncProfile]:
    profile = SyncProfile(tmp_path, "B")
    profile.engine.join(share)
    yield profile
    profile.close()


def remote_line(seq: int, uid: str, ml: int = 100) -> bytes:
    row = ExportRow(uid, DAY, "hydration", "done", None, None, None, f'{{"ml": {ml}}}')
    return (encode(EventEntry(seq, row)) + "\n").encode()


def remote_file(share: Path, name: str = "events-2026-12-0001.jsonl") -> Path:
    folder = share / SUBFOLDER / REMOTE
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


# ---- the ordinary path -------------------------------------------------------------------------


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


# ---- deletions ---------------------------------------------------------------------------------


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
    from desktop.storage.sync.entries import DeleteEntry

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


# ---- what sync engines do to files -------------------------------------------------------------


def test_a_half_written_last_line_is_read_once_complete(share: Path, b: SyncProfile) -> None:
    path = remote_file(share)
    whole = remote_line(1, "first") + remote_line(2, "second")
    path.write_bytes(whole[:-10])

    assert b.engine.sync_now().added == 1
    assert b.uids() == {"first"}

    path.write_bytes(whole)
    assert b.engine.sync_now().added == 1
    assert b.uids() == {"first", "second"}


def test_conflict_copies_are_merged_without_duplicates(a: SyncProfile, b: SyncProfile) -> None:
    a.water(100)
    a.engine.sync_now()
    journal = next(a.own_folder.glob("events-*.jsonl"))
    copy = journal.read_bytes() + remote_line(2, "only-in-the-copy")
    for name in (
        "events-2026-12-0001.sync-conflict-20261206-091500-ABCDEFG.jsonl",  # Syncthing
        "events-2026-12-0001 (conflicted copy 2026-12-06).jsonl",  # Dropbox
    ):
        (journal.parent / name).write_bytes(copy)

    report = b.engine.sync_now()

    assert report.read == 5 and report.added == 2
    assert len(b.uids()) == 2 and b.log.water_total_ml(DAY) == 200
    assert a.engine.sync_now().added == 1  # A reads copies in its own folder too
    assert a.uids() == b.uids()


def test_a_file_replaced_by_other_content_is_read_again(share: Path, b: SyncProfile) -> None:
    path = remote_file(share)
    path.write_bytes(remote_line(1, "one") + remote_line(2, "two"))
    b.engine.sync_now()

    path.write_bytes(remote_line(3, "three"))  # shorter than before: shrunk and replaced
    report = b.engine.sync_now()
    assert report.added == 1 and any("read again" in p for p in report.problems)

    path.write_bytes(remote_line(1, "one") + remote_line(4, "four-xx"))  # same size, other bytes
    assert b.engine.sync_now().added == 1
    assert b.uids() == {"one", "two", "three", "four-xx"}


def test_a_deleted_computer_folder_loses_nothing_and_is_written_again(
    a: SyncProfile, b: SyncProfile, tmp_path: Path, share: Path
) -> None:
    a.water(100)
    a.water(200)
    a.engine.sync_now()
    b.engine.sync_now()

    shutil.rmtree(a.own_folder)
    assert b.engine.sync_now().added == 0
    assert b.log.water_total_ml(DAY) == 300  # merged events stay

    report = a.engine.sync_now()
    assert report.written == 2 and any("lost" in p for p in report.problems)
    c = SyncProfile(tmp_path, "C")
    c.engine.join(share)
    assert c.uids() == a.uids()
    c.close()


def test_a_folder_restored_from_an_old_backup_catches_up(a: SyncProfile, tmp_path: Path, share: Path) -> None:
    a.water(100)
    a.engine.sync_now()
    backup = tmp_path / "backup"
    shutil.copytree(a.own_folder, backup)
    a.water(200)
    a.water(300)
    a.engine.sync_now()

    shutil.rmtree(a.own_folder)
    shutil.copytree(backup, a.own_folder)
    assert a.engine.sync_now().written == 2  # only what the backup lacks

    c = SyncProfile(tmp_path, "C")
    c.engine.join(share)
    assert c.uids() == a.uids() and c.log.water_total_ml(DAY) == 600
    seqs = [int(line.split(b",")[0].split(b":")[1]) for line in _own_lines(a)]
    assert sorted(set(seqs)) == [1, 2, 3]  # no number reused
    c.close()


def test_clock_skew_between_computers_loses_nothing(tmp_path: Path, share: Path) -> None:
    ahead = SyncProfile(tmp_path, "ahead", FakeClock(datetime.fromisoformat("2027-06-01T00:00:00+00:00")))
    behind = SyncProfile(tmp_path, "behind", FakeClock(datetime.fromisoformat("2020-01-01T00:00:00+00:00")))
    for profile in (ahead, behind):
        profile.engine.join(share)
    ahead.water(100, day="2027-06-01")
    behind.water(200, day="2020-01-01")
    ahead.engine.sync_now()
    behind.engine.sync_now()
    behind.clock.advance(seconds=-3600)  # and a clock that jumps back
    behind.water(300, day="2019-12-31")
    behind.engine.sync_now()
    ahead.engine.sync_now()

    assert ahead.uids() == behind.uids() and len(ahead.uids()) == 3
    assert ahead.log.water_total_ml("2019-12-31") == 300
    for profile in (ahead, behind):
        profile.close()


def test_a_missing_folder_is_offline_and_catches_up_later(
    a: SyncProfile, b: SyncProfile, share: Path
) -> None:
    unmounted = share.with_name("unmounted")
    share.rename(unmounted)
    a.water(100)
    report = a.engine.sync_now()
    assert not report.online and report.written == 0 and report.problems
    assert not share.exists()  # never created in place of the missing share
    assert a.log.water_total_ml(DAY) == 100  # works locally

    unmounted.rename(share)
    assert a.engine.sync_now().written == 1
    assert b.engine.sync_now().added == 1


def test_journals_rotate_by_month_and_size(a: SyncProfile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "MAX_JOURNAL_BYTES", 1)
    a.water()
    a.engine.sync_now()
    a.water()
    a.engine.sync_now()
    a.clock.advance(minutes=60 * 24 * 30)
    a.water()
    a.engine.sync_now()

    names = sorted(path.name for path in a.own_folder.glob("events-*.jsonl"))
    assert names == ["events-2026-12-0001.jsonl", "events-2026-12-0002.jsonl", "events-2027-01-0001.jsonl"]


# ---- hostile or broken contents ----------------------------------------------------------------


def test_a_fifo_named_like_a_journal_never_blocks(share: Path, b: SyncProfile) -> None:
    path = remote_file(share)
    path.write_bytes(remote_line(1, "real"))
    os.mkfifo(remote_file(share, "events-2026-12-0002.jsonl"))
    os.symlink("/dev/zero", remote_file(share, "events-2026-12-0003.jsonl"))

    report = b.engine.sync_now()

    assert b.uids() == {"real"}
    assert sum("cannot be read" in p for p in report.problems) == 2


def test_overlong_and_garbled_lines_are_skipped_not_fatal(share: Path, b: SyncProfile) -> None:
    path = remote_file(share)
    path.write_bytes(
        remote_line(1, "before")
        + b"x" * (MAX_LINE_BYTES + 1)
        + b"\n{not json\n"
        + b'{"seq": 5, "event": {"uid": "no fields"}}\n'
        + b"y" * (3 << 20)  # longer than one read: skipped to its end
        + b"\n"
        + remote_line(2, "after")
    )

    report = b.engine.sync_now()

    assert b.uids() == {"before", "after"}
    assert any("4 unreadable lines" in p for p in report.problems)


# ---- joining and leaving -----------------------------------------------------------------------


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


def _own_lines(profile: SyncProfile) -> list[bytes]:
    lines: list[bytes] = []
    for path in sorted(profile.own_folder.glob("events-*.jsonl")):
        lines += path.read_bytes().splitlines()
    return lines


def test_times_in_the_folder_are_the_writers_own(a: SyncProfile, b: SyncProfile) -> None:
    a.clock.advance(seconds=int(timedelta(days=400).total_seconds()))
    a.water()
    a.engine.sync_now()
    (device,) = [d for d in b.engine.sync_now().devices if d.name == "A"]
    assert device.last_write == a.clock.now()


# ---- compaction --------------------------------------------------------------------------------


def test_compaction_drops_deleted_events_from_closed_files_and_loses_nothing(
    a: SyncProfile, b: SyncProfile, tmp_path: Path, share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "MAX_JOURNAL_BYTES", 1)  # a new file for every sync
    ids = []
    for ml in (100, 200, 300, 400):
        ids.append(a.water(ml))
        a.engine.sync_now()
    a.log.delete(ids[1])
    a.engine.sync_now()
    b.engine.sync_now()
    before = _own_lines(a)

    result = a.engine.compact()

    assert result is not None and result.files_before == 4
    names = sorted(path.name for path in a.own_folder.glob("events-*.jsonl"))
    assert names == ["events-2026-12-0000.jsonl", "events-2026-12-0005.jsonl"]
    after = _own_lines(a)
    assert len(after) == len(before) - 1  # the deleted event's line is gone, its tombstone stays
    a.water(500)
    a.engine.sync_now()
    b.engine.sync_now()
    c = SyncProfile(tmp_path, "C")
    c.engine.join(share)
    assert a.uids() == b.uids() == c.uids() and len(c.uids()) == 4
    assert c.log.water_total_ml(DAY) == 1300
    c.close()


def test_compaction_needs_a_joined_present_folder(a: SyncProfile, share: Path) -> None:
    a.water()
    a.engine.sync_now()
    assert a.engine.compact() == type(a.engine.compact())(0, 0, 0)  # one file: nothing to do
    share.rename(share.with_name("gone"))
    assert a.engine.compact() is None


def test_another_version_of_an_own_file_is_not_lost(
    a: SyncProfile, b: SyncProfile, tmp_path: Path, share: Path
) -> None:
    a.water(100)
    a.engine.sync_now()
    journal = next(a.own_folder.glob("events-*.jsonl"))
    first = journal.read_bytes()
    a.water(200)
    a.engine.sync_now()
    mine = journal.read_bytes()
    # A conflict resolved in the other version's favour: A's file now holds an edit made elsewhere
    # to its older content, and A's own version lives on only as the conflict copy...
    copy = journal.with_name("events-2026-12-0001.sync-conflict-20261206-100000-AAAAAAA.jsonl")
    copy.write_bytes(mine)
    journal.write_bytes(first + remote_line(50, "edited-elsewhere"))

    report = a.engine.sync_now()
    assert "edited-elsewhere" in a.uids() and len(a.uids()) == 3
    copy.unlink()  # ...which the user then tidies away
    # A noticed and publishes its whole journal again (the edit found in its folder included).
    assert a.engine.sync_now().written == 3

    b.engine.sync_now()
    c = SyncProfile(tmp_path, "C")
    c.engine.join(share)
    assert a.uids() == b.uids() == c.uids() and len(c.uids()) == 3
    assert c.log.water_total_ml(DAY) == 400
    assert report.problems
    c.close()


# ---- statistics per computer -------------------------------------------------------------------


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


def test_a_large_backlog_is_merged_in_short_transactions_within_one_call(share: Path, tmp_path: Path) -> None:
    path = remote_file(share)
    path.write_bytes(b"".join(remote_line(seq, f"u{seq}") for seq in range(1, 2001)))  # ~480 kB
    profile = SyncProfile(tmp_path, "small")
    small = SyncEngine.open(profile.database, name="small", now=profile.clock.now, budget=70_000)
    commits = []
    small._db.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)

    small.join(share)

    assert len(profile.uids()) == 2000
    # Each read stops within a line's length (64 kB) past the budget and is merged in its own
    # transaction: 372 kB take 3-4 reads, besides the join's own commit.
    assert len(commits) >= 4
    small.close()
    profile.close()


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
