"""What sync programs and people really do to the sync folder: half-written lines, conflict copies,
replaced, deleted or restored files and folders, skewed clocks, a missing share, FIFOs, garbage,
big backlogs; and compaction of a computer's own journal."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from desktop.storage.sync import writer
from desktop.storage.sync.engine import SyncEngine
from desktop.storage.sync.files import MAX_LINE_BYTES
from tests.fakes import FakeClock
from tests.sync_profiles import DAY, SyncProfile, own_lines, remote_file, remote_line


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
    seqs = [int(line.split(b",")[0].split(b":")[1]) for line in own_lines(a)]
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
    before = own_lines(a)

    result = a.engine.compact()

    assert result is not None and result.files_before == 4
    names = sorted(path.name for path in a.own_folder.glob("events-*.jsonl"))
    assert names == ["events-2026-12-0000.jsonl", "events-2026-12-0005.jsonl"]
    after = own_lines(a)
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
