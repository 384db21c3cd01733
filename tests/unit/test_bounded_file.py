"""The one bounded reader: special files are refused at once, big files cost at most the cap."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.bounded_file import MIB, FileRefused, read_bounded, read_bounded_text

posix_only = pytest.mark.skipif(os.name != "posix", reason="special files of POSIX systems")
HANG_LIMIT_S = 1.0  # a hang test, not a benchmark


def timed_refusal(path: Path, max_bytes: int = MIB) -> tuple[FileRefused, float]:
    started = time.monotonic()
    with pytest.raises(FileRefused) as refused:
        read_bounded(path, max_bytes)
    return refused.value, time.monotonic() - started


def test_a_regular_file_and_a_symlink_to_one_are_read(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_bytes(b"\xef\xbb\xbf{}")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert read_bounded(target, 10) == b"\xef\xbb\xbf{}"
    assert read_bounded_text(link, 10) == "{}"


def test_a_missing_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "absent.json", 10)


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    error, elapsed = timed_refusal(fifo)
    assert "named pipe" in str(error) and str(fifo) in str(error)
    assert elapsed < HANG_LIMIT_S


@posix_only
def test_a_symlink_to_dev_zero_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "settings.json"
    link.symlink_to("/dev/zero")
    error, elapsed = timed_refusal(link)
    assert error.reason == "is a character device, not a regular file"
    assert elapsed < HANG_LIMIT_S


def test_a_folder_is_refused(tmp_path: Path) -> None:
    error, _ = timed_refusal(tmp_path)
    assert "is a folder" in error.reason


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "s.json"
    if len(str(path)) > 100:
        pytest.skip("temporary path too long for a socket address")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    yield path
    server.close()


@posix_only
def test_a_socket_is_refused(unix_socket: Path) -> None:
    error, elapsed = timed_refusal(unix_socket)
    assert "is a socket" in error.reason
    assert elapsed < HANG_LIMIT_S


def test_a_huge_file_is_refused_from_its_size(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:
        out.truncate(4 * 1024 * MIB)  # sparse: 4 GB that take no room
    error, elapsed = timed_refusal(huge)
    assert "larger than 1.0 MB" in error.reason
    assert elapsed < HANG_LIMIT_S


def test_exactly_the_cap_is_fine_one_byte_more_is_not(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert len(read_bounded(path, 100)) == 100
    with pytest.raises(FileRefused, match="larger than"):
        read_bounded(path, 99)


@posix_only
def test_a_file_that_grows_while_read_is_cut_at_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fstat saw a small file, but it keeps growing (like /proc files that report size 0)."""
    path = tmp_path / "growing"
    path.write_bytes(b"{}")
    real_read = os.read
    requested: list[int] = []

    def endless(descriptor: int, size: int) -> bytes:
        requested.append(size)
        real_read(descriptor, size)
        return b"x" * size

    monkeypatch.setattr(os, "read", endless)
    with pytest.raises(FileRefused, match="larger than"):
        read_bounded(path, 200 * 1024)
    assert sum(requested) == 200 * 1024 + 1


def test_refusal_is_an_os_error_with_a_reason(tmp_path: Path) -> None:
    error = FileRefused(tmp_path / "x", "is a folder, not a regular file")
    assert isinstance(error, OSError)
    assert error.strerror == "is a folder, not a regular file"
