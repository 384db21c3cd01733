"""Fault injection with real files: a tiny full filesystem, permissions seen by a non-root user,
damaged -wal files left by a killed writer, a folder where the log should be.

The full-filesystem tests mount a tmpfs (root only; skipped with the reason elsewhere; the same
behaviour with an injected failing connection is in test_pending_writes.py). Permission tests run
their scenario in a child that drops to the `nobody` user after importing (root reads anything).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.events import Event
from desktop.storage.eventlog import EventLog
from desktop.storage.pending_writes import PendingWrites
from desktop.storage.wal_check import wal_damage

REPO_ROOT = Path(__file__).resolve().parents[2]
MOMENT = datetime(2024, 5, 1, 12, 30, 45)
KEPT = "unclench.sqlite3.corrupt-20240501-123045"
PAGE = 4096


def fixed_now() -> datetime:
    return MOMENT


def drink(n: int) -> Event:
    return Event(kind="hydration", outcome="done", local_day="2024-05-01", details={"ml": 250, "n": n})


def count(path: Path) -> int:
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        db.close()


# ---- a real full filesystem ---------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MiB tmpfs, unmounted after the test."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; test_pending_writes.py covers this with injected faults")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"this machine does not allow a tmpfs mount: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> Path:
    """Fill the filesystem of `folder` to the last byte; return the filler to delete later."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        for size in (PAGE, 512, 1):
            try:
                while True:
                    out.write(b"\0" * size)
            except OSError:
                continue
    return filler


def test_on_a_full_disk_nothing_is_reported_saved_that_was_not(tiny_disk: Path) -> None:
    database = tiny_disk / "unclench.sqlite3"
    log, _ = EventLog.open(database, fixed_now)
    pending = PendingWrites(log)
    filler = fill(tiny_disk)

    outcomes = [pending.record(drink(n)) for n in range(60)]
    acknowledged = {o.row_id for o in outcomes if o.saved}
    notices = [o.notice for o in outcomes if o.notice]

    assert pending.waiting > 0, "the disk never filled up"
    assert len(notices) == 1 and "full" in notices[0]
    assert count(database) == len(acknowledged)  # every "saved" is in the file, nothing more

    filler.unlink()  # space returns
    done = pending.retry()

    assert (done.saved, done.waiting) == (60 - len(acknowledged), 0)
    assert done.notice is not None and "saved now" in done.notice
    assert [s.event.details["n"] for s in log.events()] == list(range(60))  # in the order logged
    assert log.water_total_ml("2024-05-01") == 60 * 250
    log.close()
    assert count(database) == 60


def test_a_full_disk_at_start_keeps_the_history_readable_and_saves_once_there_is_room(
    tiny_disk: Path,
) -> None:
    database = tiny_disk / "unclench.sqlite3"
    log, _ = EventLog.open(database, fixed_now)
    log.record(drink(1))
    log.close()
    filler = fill(tiny_disk)

    log, notices = EventLog.open_or_in_memory(database, fixed_now)
    pending = PendingWrites(log)
    try:
        assert log.read_only and not log.in_memory_only
        (notice,) = notices
        assert "The disk holding it is full" in notice and "read-only" in notice
        assert [s.event.details["n"] for s in log.events()] == [1]
        outcome = pending.record(drink(2))
        assert not outcome.saved and outcome.waiting == 1 and len(log.events()) == 1

        filler.unlink()
        done = pending.retry()

        assert done.saved == 1 and not log.read_only
        assert [s.event.details["n"] for s in log.events()] == [1, 2]
    finally:
        log.close()
    assert count(database) == 2


def test_a_full_disk_at_start_without_a_log_runs_in_memory_and_says_so(tiny_disk: Path) -> None:
    fill(tiny_disk)
    log, notices = EventLog.open_or_in_memory(tiny_disk / "data" / "unclench.sqlite3", fixed_now)
    assert log.in_memory_only
    (notice,) = notices
    assert "in memory only" in notice
    log.record(drink(1))
    log.close()


# ---- a folder where the log should be -----------------------------------------------------------


def test_a_folder_at_the_log_s_place_is_left_alone(tmp_path: Path) -> None:
    database = tmp_path / "unclench.sqlite3"
    database.mkdir()
    (database / "mine.txt").write_text("the user's")

    log, notices = EventLog.open_or_in_memory(database, fixed_now)
    log.close()

    assert log.in_memory_only
    assert "is a folder" in notices[0] and "in memory only" in notices[0]
    assert (database / "mine.txt").read_text() == "the user's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unclench.sqlite3"]


# ---- permissions, as a user who is not root -----------------------------------------------------

AS_NOBODY = """
import json, os, sys
from datetime import datetime
from pathlib import Path
from desktop.core.events import Event
from desktop.storage.eventlog import EventLog
from desktop.storage.pending_writes import PendingWrites
import desktop.storage.export, encodings.idna  # everything imported before dropping privileges
if os.geteuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
log, notices = EventLog.open_or_in_memory(Path(sys.argv[1]), lambda: datetime(2024, 5, 1, 12, 30, 45))
outcome = PendingWrites(log).record(Event("posture", "done", "2024-05-01"))
print(json.dumps({
    "uid": os.geteuid(), "notices": notices, "in_memory": log.in_memory_only, "read_only": log.read_only,
    "history": len(log.events()), "saved": outcome.saved, "waiting": outcome.waiting,
}))
"""


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's private tmp (which only root may enter), removed after."""
    folder = Path(tempfile.mkdtemp(prefix="unclench-faults-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def as_nobody(database: Path) -> dict[str, object]:
    if os.geteuid() != 0 and os.geteuid() != pwd.getpwnam("nobody").pw_uid:
        pytest.skip("needs root (to become nobody) or to run as nobody")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", AS_NOBODY, str(database)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    assert result["uid"] == 65534
    return result


def make_log(database: Path, rows: int = 3) -> None:
    log, _ = EventLog.open(database, fixed_now)
    for n in range(rows):
        log.record(drink(n))
    log.close()


def test_an_unreadable_log_is_left_where_it_is_not_called_corrupt(shared_folder: Path) -> None:
    data = shared_folder / "data"
    data.mkdir()
    database = data / "unclench.sqlite3"
    make_log(database)
    os.chown(data, 65534, 65534)
    os.chown(database, 65534, 65534)
    database.chmod(0o000)
    original = database.read_bytes()

    result = as_nobody(database)

    assert result["in_memory"] is True and result["saved"] is True
    (notice,) = result["notices"]  # type: ignore[misc]
    assert "cannot read" in notice and "Permission denied" in notice and "left as it is" in notice
    assert "corrupt" not in notice
    assert sorted(p.name for p in data.iterdir()) == ["unclench.sqlite3"]
    assert database.read_bytes() == original


def test_a_log_in_a_folder_of_another_user_is_read_only_and_writes_wait(shared_folder: Path) -> None:
    database = shared_folder / "unclench.sqlite3"
    make_log(database)  # owned by root, 0644, in root's 0755 folder: nobody may read, not write

    result = as_nobody(database)

    assert result["read_only"] is True and result["in_memory"] is False
    assert result["history"] == 3
    assert result["saved"] is False and result["waiting"] == 1
    (notice,) = result["notices"]  # type: ignore[misc]
    assert "read-only" in notice
    assert count(database) == 3


def test_a_folder_of_another_user_without_a_log_runs_in_memory(shared_folder: Path) -> None:
    result = as_nobody(shared_folder / "data" / "unclench.sqlite3")
    assert result["in_memory"] is True and result["saved"] is True
    (notice,) = result["notices"]  # type: ignore[misc]
    assert "folder" in notice and "in memory only" in notice


# ---- damaged -wal files left by a killed writer -------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from desktop.core.events import Event
from desktop.storage.eventlog import EventLog

log, _ = EventLog.open(Path(sys.argv[1]))
log.connection.execute("PRAGMA wal_autocheckpoint = 0")  # every row stays in the -wal
for n in range(50):
    log.record(Event("hydration", "done", "2024-05-01", details={"ml": 250, "n": n}))
print("done", flush=True)
sys.stdin.read()  # wait to be killed
"""


def crashed_writer(database: Path) -> None:
    """50 committed rows in the -wal of `database`, and the writer killed with -9."""
    make_log(database, rows=5)  # 5 rows checkpointed into the main file
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
    )
    assert child.stdout is not None and child.stdout.readline() == b"done\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()


def scribble(path: Path, offset: int, length: int) -> bytes:
    content = bytearray(path.read_bytes())
    content[offset : offset + length] = b"\x07" * length
    path.write_bytes(bytes(content))
    return bytes(content)


def test_an_intact_wal_after_a_crash_keeps_every_row(tmp_path: Path) -> None:
    database = tmp_path / "unclench.sqlite3"
    crashed_writer(database)
    assert wal_damage(Path(f"{database}-wal")) is None
    log, notices = EventLog.open(database, fixed_now)
    assert notices == () and log.span().events == 55
    log.close()


@pytest.mark.parametrize(
    ("variant", "where"),
    [
        ("middle", lambda frame: 32 + 25 * frame + 24 + 300),  # page data of change 25
        ("header", lambda frame: 0),
    ],
)
def test_a_damaged_wal_is_kept_aside_with_its_database_and_the_readable_rows_recovered(
    tmp_path: Path, variant: str, where: object
) -> None:
    database = tmp_path / "unclench.sqlite3"
    crashed_writer(database)
    wal = Path(f"{database}-wal")
    frame = 24 + PAGE
    damaged_wal = scribble(wal, where(frame), 16)  # type: ignore[operator]
    main_file = database.read_bytes()
    shm = Path(f"{database}-shm").read_bytes()

    log, notices = EventLog.open(database, fixed_now)
    kept_rows = log.span().events
    log.record(drink(99))
    log.close()

    (notice,) = notices
    assert "-wal" in notice and KEPT in notice
    assert f"with the {kept_rows} events that could be read" in notice
    # all three aside together, under one name, exactly as they were
    assert (tmp_path / KEPT).read_bytes() == main_file
    assert Path(f"{tmp_path / KEPT}-wal").read_bytes() == damaged_wal
    assert Path(f"{tmp_path / KEPT}-shm").read_bytes() == shm
    if variant == "header":
        assert kept_rows == 5  # SQLite can use nothing of a WAL without its header
    else:
        assert 5 < kept_rows < 55  # the changes before the damage are kept
    assert not list(tmp_path.glob(".unclench-recovery-*"))


# ---- values edited into the file by hand --------------------------------------------------------


def test_huge_drinks_edited_into_the_file_do_not_break_today_s_total(tmp_path: Path) -> None:
    database = tmp_path / "unclench.sqlite3"
    log, _ = EventLog.open(database, fixed_now)
    log.record(drink(1))
    db = sqlite3.connect(database, isolation_level=None)
    for _ in range(2):  # 1e308 + 1e308 overflows to infinity in the day's sum
        db.execute(
            "INSERT INTO events (kind, outcome, local_day, details)"
            " VALUES ('hydration', 'done', '2024-05-01', ?)",
            ('{"ml": 1e308}',),
        )
    db.close()

    assert log.water_total_ml("2024-05-01") == 250  # only drinks within the limits count
    log.close()


# ---- a second connection in the same process ----------------------------------------------------


def test_a_second_open_in_this_process_leaves_the_live_wal_alone(tmp_path: Path) -> None:
    """e.g. an import on a worker thread while the GUI thread has the log open."""
    database = tmp_path / "unclench.sqlite3"
    first, _ = EventLog.open(database, fixed_now)
    first.connection.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(20):
        first.record(drink(n))
    second, notices = EventLog.open(database, fixed_now)
    try:
        assert notices == () and second.span().events == 20
        second.record(drink(20))
        assert first.span().events == 21
    finally:
        second.close()
        first.close()
    assert not (tmp_path / KEPT).exists()


# ---- the -wal check itself ----------------------------------------------------------------------


@pytest.fixture
def live_wal(tmp_path: Path) -> Iterator[tuple[sqlite3.Connection, Path]]:
    """A connection in WAL mode that never checkpoints, and its -wal file."""
    database = tmp_path / "plain.sqlite3"
    db = sqlite3.connect(database, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("CREATE TABLE t (x)")
    yield db, Path(f"{database}-wal")
    db.close()


def frames(wal: Path) -> int:
    return (wal.stat().st_size - 32) // (24 + PAGE)


def test_a_wal_cut_inside_its_last_frame_is_not_damage(live_wal: tuple[sqlite3.Connection, Path]) -> None:
    db, wal = live_wal
    for n in range(10):
        db.execute("INSERT INTO t VALUES (?)", (n,))
    content = wal.read_bytes()
    wal.write_bytes(content[: len(content) - 1000])  # the last write never finished
    assert wal_damage(wal) is None


def test_an_uncommitted_last_transaction_is_not_damage(live_wal: tuple[sqlite3.Connection, Path]) -> None:
    db, wal = live_wal
    db.execute("INSERT INTO t VALUES (1)")
    committed = frames(wal)
    db.execute("BEGIN")
    db.execute("INSERT INTO t SELECT zeroblob(3000) FROM (SELECT 1 UNION SELECT 2 UNION SELECT 3)")
    db.execute("PRAGMA cache_size = 1")  # push the open transaction's pages into the -wal
    db.execute("INSERT INTO t SELECT zeroblob(3000) FROM t")
    assert frames(wal) > committed  # the open transaction spilled into the -wal
    scribble(wal, 32 + frames(wal) * (24 + PAGE) - 100, 16)  # its last frame, not a commit
    assert wal_damage(wal) is None
    db.execute("ROLLBACK")


def test_a_damaged_last_commit_is_damage(live_wal: tuple[sqlite3.Connection, Path]) -> None:
    db, wal = live_wal
    for n in range(10):
        db.execute("INSERT INTO t VALUES (?)", (n,))
    scribble(wal, 32 + (frames(wal) - 1) * (24 + PAGE) + 24 + 100, 16)
    damage = wal_damage(wal)
    assert damage is not None and f"change {frames(wal)}" in damage


def test_frames_of_an_older_generation_after_a_restart_are_not_damage(
    live_wal: tuple[sqlite3.Connection, Path],
) -> None:
    db, wal = live_wal
    for n in range(30):
        db.execute("INSERT INTO t VALUES (?)", (n,))
    old_size = wal.stat().st_size
    db.execute("PRAGMA wal_checkpoint(RESTART)")
    db.execute("INSERT INTO t VALUES ('new generation')")
    assert wal.stat().st_size == old_size  # the old frames are still in the file, after the new
    assert wal_damage(wal) is None
