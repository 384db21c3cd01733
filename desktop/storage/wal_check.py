"""Telling whether SQLite's -wal file holds committed transactions SQLite itself would drop.

SQLite reads a WAL frame by frame and silently stops at the first frame whose checksum or salt
does not match: every commit after a damaged frame is then lost, and the next writer resets the
file. This module walks the same chain (format: https://sqlite.org/fileformat2.html#walformat)
WITHOUT opening the database, so the caller can keep the files aside before anything touches them.

Damage is a commit frame of the current WAL generation (its salts match the header) at or after
the frame where the chain broke, or a header that is not valid while frames follow it. Frames of an
uncommitted last transaction (a crash while writing it) are not damage: SQLite drops them anyway.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

WAL_HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
_MAGIC = (0x377F0682, 0x377F0683)  # little- / big-endian checksums
_MASK = 0xFFFFFFFF


def wal_damage(wal: Path) -> str | None:
    """Why the -wal file at `wal` has lost committed transactions, or None when it has not (or
    is missing or empty). Reads the file; raises OSError if it cannot be read."""
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return None
    if size <= WAL_HEADER_BYTES:
        return None
    with open(wal, "rb") as stream:
        header = stream.read(WAL_HEADER_BYTES)
        magic, _version, page_size, _sequence, salt1, salt2, check1, check2 = struct.unpack(">8I", header)
        if magic not in _MAGIC or not _valid_page_size(page_size):
            return "its -wal file has a damaged header, so SQLite would ignore every change in it"
        big_endian = magic == _MAGIC[1]
        if _checksum(header[:24], 0, 0, big_endian) != (check1, check2):
            return "its -wal file has a damaged header, so SQLite would ignore every change in it"
        frame_bytes = FRAME_HEADER_BYTES + page_size
        sums = (check1, check2)
        frame = 0
        while True:
            block = stream.read(frame_bytes)
            if len(block) < frame_bytes:
                return None  # the chain ran to the end of the file
            frame += 1
            _page, commit_size, frame_salt1, frame_salt2, sum1, sum2 = struct.unpack(">6I", block[:24])
            if (frame_salt1, frame_salt2) != (salt1, salt2):
                return None  # an older generation's frame: the current WAL ends here
            sums = _checksum(block[24:], *_checksum(block[:8], *sums, big_endian), big_endian)
            if sums != (sum1, sum2):
                break
        # The chain broke at `frame`. Lost commits, if any, are this or later frames of this
        # generation. (A commit torn by a power cut looks the same: it was never acknowledged, and
        # keeping the files aside then costs a notice, while guessing wrong would cost rows.)
        position = WAL_HEADER_BYTES + (frame - 1) * frame_bytes
        while position + frame_bytes <= size:
            stream.seek(position)
            _page, commit_size, frame_salt1, frame_salt2 = struct.unpack(">4I", stream.read(16))
            if (frame_salt1, frame_salt2) == (salt1, salt2) and commit_size:
                return (
                    f"its -wal file is damaged at change {frame}, so SQLite would drop "
                    "the changes saved after it"
                )
            position += frame_bytes
    return None


def has_wal(path: Path) -> bool:
    """Whether the database at `path` has a non-empty -wal file beside it."""
    try:
        return os.stat(f"{path}-wal").st_size > 0
    except OSError:
        return False


def _valid_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & _MASK
        s1 = (s1 + words[index + 1] + s0) & _MASK
    return s0, s1
