"""One journal line: an event, the deletion of one event (a tombstone), or "everything of device
D up to journal number N" (a range tombstone). A line is one JSON object, UTF-8, no newline inside.

Every line carries `seq`, its number in the writing computer's journal. The computer itself is the
journal's folder name, so a line never claims to be from someone else.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.storage.backup_reader import check_uid, checked_event
from desktop.storage.row_text import ExportRow, canonical_time

DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_encode = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True)
class EventEntry:
    """A journal line: one event, checked as an import checks it, with its number in the journal."""

    seq: int
    row: ExportRow


@dataclass(frozen=True)
class DeleteEntry:
    """A journal line: one event was deleted (a tombstone, e.g. a water undo)."""

    seq: int
    uid: str
    at: str | None  # when it was deleted (the deleting computer's clock; for people, not for order)


@dataclass(frozen=True)
class ClearEntry:
    """A journal line: everything of one computer up to a number was deleted ("Delete my data")."""

    seq: int
    device: str
    upto: int  # every event of `device` numbered up to this is deleted
    at: str | None


Entry = EventEntry | DeleteEntry | ClearEntry


def encode(entry: Entry) -> str:
    """The entry as one line of text, without the newline."""
    if isinstance(entry, EventEntry):
        uid, day, kind, outcome, due, shown, answered, details = entry.row
        return (
            f'{{"seq": {entry.seq}, "event": {{"uid": {_encode(uid)}, "local_day": {_encode(day)},'
            f' "kind": {_encode(kind)}, "outcome": {_encode(outcome)}, "due_at": {_encode(due)},'
            f' "shown_at": {_encode(shown)}, "answered_at": {_encode(answered)}, "details": {details}}}}}'
        )
    if isinstance(entry, DeleteEntry):
        return _encode({"seq": entry.seq, "deleted": entry.uid, "at": entry.at})
    return _encode({"seq": entry.seq, "cleared": entry.device, "upto": entry.upto, "at": entry.at})


def decode(line: bytes) -> Entry:
    """The entry a line holds; ValueError saying what is wrong with it."""
    try:
        item = json.loads(line.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, RecursionError) as error:
        raise ValueError(f"not UTF-8 JSON ({error})") from None
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    seq = _count(item.get("seq"), "seq")
    if "event" in item:
        event = item["event"]
        if not isinstance(event, dict):
            raise ValueError("event is not an object")
        # Another computer's clock may run ahead: its days are not judged by ours (values still are).
        return EventEntry(seq, checked_event(event, latest_day=date.max))
    if "deleted" in item:
        return DeleteEntry(seq, _uid(item["deleted"]), _time(item.get("at")))
    if "cleared" in item:
        device = item["cleared"]
        if not isinstance(device, str) or not DEVICE_ID.fullmatch(device):
            raise ValueError("cleared is not a device id")
        return ClearEntry(seq, device, _count(item.get("upto"), "upto"), _time(item.get("at")))
    raise ValueError("neither an event, a deletion nor a clear")


def _count(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1 << 62:
        raise ValueError(f"{name} is not a whole number >= 0")
    return value


def _uid(value: Any) -> str:
    try:
        return check_uid(value)
    except ValueError:
        raise ValueError("deleted is not an event uid") from None


def _time(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError("at is not a time")
    try:
        return canonical_time(value)
    except ValueError:
        return None  # a time for people only: an unreadable one is dropped, the entry stays


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")
