"""Small facts kept in the local log's sync_state table: this computer's device id, the joined
folder and the next journal number. The caller owns transactions."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

_DEVICE, _FOLDER, _NEXT_SEQ, _REPUBLISH = "device_id", "folder", "next_seq", "republish"


def device_id(db: sqlite3.Connection) -> str:
    """This computer's id: 32 random hex digits made once and kept in the log (never the hostname,
    which two computers may share and a user may change)."""
    value = _get(db, _DEVICE)
    if value is None:
        value = secrets.token_hex(16)
        db.execute("INSERT OR IGNORE INTO sync_state (key, value) VALUES (?, ?)", (_DEVICE, value))
        value = _get(db, _DEVICE)  # another process may have made it first
        assert value is not None
    return value


def folder(db: sqlite3.Connection) -> Path | None:
    value = _get(db, _FOLDER)
    return Path(value) if value else None


def set_folder(db: sqlite3.Connection, path: Path | None) -> None:
    if path is None:
        db.execute("DELETE FROM sync_state WHERE key = ?", (_FOLDER,))
    else:
        _set(db, _FOLDER, str(path))


def next_seq(db: sqlite3.Connection) -> int:
    value = _get(db, _NEXT_SEQ)
    return int(value) if value else 1


def set_next_seq(db: sqlite3.Connection, seq: int) -> None:
    _set(db, _NEXT_SEQ, str(seq))


def republish_requested(db: sqlite3.Connection) -> bool:
    """Someone changed or removed this computer's journal files: publish all of it again."""
    return _get(db, _REPUBLISH) is not None


def request_republish(db: sqlite3.Connection, wanted: bool = True) -> None:
    if wanted:
        _set(db, _REPUBLISH, "1")
    else:
        db.execute("DELETE FROM sync_state WHERE key = ?", (_REPUBLISH,))


def _get(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
