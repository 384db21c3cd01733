"""The single-instance lock on Linux and macOS (an flock, no Qt): whatever is found in the lock's
place is dealt with in well under a second, without asking anyone (issue 17.9)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.ipc.lock import FlockLock, InstanceError
from desktop.ipc.paths import prepare_private_dir

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows uses QLockFile")

HOLDER = (
    "import fcntl, os, sys\n"
    "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)\n"
    "fcntl.flock(fd, fcntl.LOCK_EX)\n"
    "os.write(fd, b'%d\\nunclench\\n' % os.getpid())\n"
    "print('locked', flush=True)\n"
    "sys.stdin.readline()\n"
)


@pytest.fixture
def lock_path() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="uc-")) / "rt"
    prepare_private_dir(folder)
    yield folder / "unclench.lock"
    shutil.rmtree(folder.parent, ignore_errors=True)


def zero_length(path: Path) -> None:
    path.touch()


def garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xff not a pid \n\n" * 50)


def a_folder(path: Path) -> None:
    path.mkdir()
    (path / "keep-me").write_text("contents are moved aside, not deleted")


def a_dangling_symlink(path: Path) -> None:
    path.symlink_to(path.with_name("nowhere"))


def a_fifo(path: Path) -> None:
    os.mkfifo(path)


def a_socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as leftover:
        leftover.bind(str(path))


def another_hosts_pid(path: Path) -> None:
    # QLockFile's layout: a live PID here, but written on another machine (e.g. a shared home).
    path.write_text(f"{os.getpid()}\nunclench\nsome-other-host\n")


def a_dead_pid(path: Path) -> None:
    path.write_text("2147483000\nunclench\n" + socket.gethostname() + "\n")


def a_recycled_pid(path: Path) -> None:
    path.write_text("1\nunclench\n" + socket.gethostname() + "\n")  # alive, but not an Unclench


BROKEN: list[Callable[[Path], None]] = [
    zero_length,
    garbage,
    a_folder,
    a_dangling_symlink,
    a_fifo,
    a_socket,
    another_hosts_pid,
    a_dead_pid,
    a_recycled_pid,
]


@pytest.mark.parametrize("make", BROKEN, ids=lambda make: make.__name__)
def test_a_lock_nobody_holds_is_taken_within_a_second_whatever_is_in_its_place(
    lock_path: Path, make: Callable[[Path], None]
) -> None:
    make(lock_path)
    lock = FlockLock(lock_path)
    started = time.monotonic()
    with ThreadPoolExecutor(1) as pool:  # a FIFO opened the wrong way would block forever
        assert pool.submit(lock.try_lock).result(timeout=5)
    assert time.monotonic() - started < 1
    info = os.lstat(lock_path)
    assert stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o600
    assert lock.owner_pid() == os.getpid()
    lock.unlock()
    assert not os.path.lexists(lock_path)
    left = sorted(entry.name for entry in lock_path.parent.iterdir())
    if make is a_folder:  # moved aside with what was in it
        assert len(left) == 1 and left[0].startswith("unclench.lock.moved-")
        assert (lock_path.parent / left[0] / "keep-me").exists()
    else:
        assert left == []


def test_a_symlink_to_a_file_elsewhere_is_removed_and_its_target_left_alone(lock_path: Path) -> None:
    target = lock_path.parent.parent / "precious"
    target.write_text("not ours to touch")
    lock_path.symlink_to(target)
    lock = FlockLock(lock_path)
    assert lock.try_lock()
    assert not lock_path.is_symlink() and target.read_text() == "not ours to touch"
    lock.unlock()


def test_a_live_holder_keeps_it_until_it_dies_even_by_kill_9(lock_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        day_ago = time.time() - 86_400
        os.utime(lock_path, (day_ago, day_ago))  # age means nothing
        rival = FlockLock(lock_path)
        assert not rival.try_lock()
        assert rival.owner_pid() == holder.pid
        holder.send_signal(signal.SIGKILL)
        holder.wait(30)
        assert rival.try_lock()  # the kernel let go when the holder died
        assert rival.owner_pid() == os.getpid()
        rival.unlock()
    finally:
        holder.kill()
        holder.wait(30)


def test_two_locks_in_one_process_exclude_each_other_and_hand_over(lock_path: Path) -> None:
    first, second = FlockLock(lock_path), FlockLock(lock_path)
    assert first.try_lock() and first.try_lock()  # taking it twice is fine
    assert not second.try_lock() and not second.is_locked
    first.unlock()
    first.unlock()  # and letting go twice
    assert second.try_lock() and second.is_locked
    second.unlock()


def test_an_unusable_folder_is_an_error_not_a_false_no(lock_path: Path) -> None:
    shutil.rmtree(lock_path.parent)  # the runtime folder went away under us
    with pytest.raises(InstanceError, match=r"unclench\.lock"):
        FlockLock(lock_path).try_lock()
