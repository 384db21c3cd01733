"""The sync part of `unclench status`: how many computers are joined and when each last wrote.

Qt-free. Travels inside the status reply as `"sync": null` (not joined) or
`{"folder", "online", "computers": [{"name", "last_write", "this_computer"}]}`, read back strictly.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from desktop.core.i18n import _, ngettext
from desktop.core.sync_view import ComputerView, SyncView

_MAX_COMPUTERS = 64
_MAX_TEXT = 4096


def sync_json(view: SyncView | None) -> dict[str, Any] | None:
    if view is None or not view.joined:
        return None
    return {
        "folder": view.folder,
        "online": view.online,
        "computers": [
            {
                "name": c.name,
                "last_write": None if c.last_write is None else c.last_write.isoformat(),
                "this_computer": c.this_computer,
            }
            for c in view.computers
        ],
    }


def sync_from_json(data: object) -> SyncView | None:
    """Raises ValueError naming what is wrong."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ValueError("'sync' must be an object or null")
    folder, computers = data.get("folder"), data.get("computers", [])
    if not isinstance(folder, str) or len(folder) > _MAX_TEXT:
        raise ValueError("'sync.folder' must be text")
    if not isinstance(computers, list) or len(computers) > _MAX_COMPUTERS:
        raise ValueError(f"'sync.computers' must be a list of at most {_MAX_COMPUTERS}")
    return SyncView(folder, bool(data.get("online")), tuple(_computer(c, i) for i, c in enumerate(computers)))


def sync_line(view: SyncView | None, now: datetime, zone: tzinfo) -> str | None:
    """ "Syncing with 2 computers: Laptop wrote today 09:12; Office (this one) wrote 2026-12-05 18:00." """
    if view is None or not view.joined:
        return None
    parts = [_computer_words(c, now, zone) for c in view.computers]
    count = len(view.computers)
    if view.online:
        head = ngettext(
            "Syncing with {count} computer: {list}.", "Syncing with {count} computers: {list}.", count
        )
    else:
        head = ngettext(
            "Syncing with {count} computer (the folder is not there now): {list}.",
            "Syncing with {count} computers (the folder is not there now): {list}.",
            count,
        )
    return head.format(count=count, list="; ".join(parts))


def _computer_words(computer: ComputerView, now: datetime, zone: tzinfo) -> str:
    name = computer.name or _("unnamed")
    wrote = _wrote(computer.last_write, now, zone)
    if computer.this_computer:
        return _("{name} (this one) {wrote}").format(name=name, wrote=wrote)
    return _("{name} {wrote}").format(name=name, wrote=wrote)


def _wrote(moment: datetime | None, now: datetime, zone: tzinfo) -> str:
    if moment is None:
        return _("has not written yet")
    local = moment.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return _("wrote today {time}").format(time=f"{local:%H:%M}")
    return _("wrote {day} {time}").format(day=local.strftime("%Y-%m-%d"), time=f"{local:%H:%M}")


def _computer(item: object, index: int) -> ComputerView:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or len(item["name"]) > _MAX_TEXT:
        raise ValueError(f"'sync.computers[{index}]' must be an object with a 'name'")
    written = item.get("last_write")
    if written is not None and (not isinstance(written, str) or len(written) > 64):
        raise ValueError(f"'sync.computers[{index}].last_write' must be a time")
    try:
        last_write = None if written is None else datetime.fromisoformat(written)
    except ValueError:
        raise ValueError(f"'sync.computers[{index}].last_write' must be an ISO 8601 time") from None
    return ComputerView("", item["name"], last_write, item.get("this_computer") is True)
