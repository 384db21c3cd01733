"""A SyncReport as plain JSON data, for `unclench sync status --json` and the control socket."""

from __future__ import annotations

from typing import Any

from desktop.storage.row_text import time_to_text
from desktop.storage.sync.engine import SyncReport


def report_as_json(report: SyncReport) -> dict[str, Any]:
    """Only JSON types: times as ISO-8601 UTC text (or null), the folder as text (null: not joined)."""
    return {
        "joined": report.folder is not None,
        "folder": str(report.folder) if report.folder is not None else None,
        "online": report.online,
        "written": report.written,
        "read": report.read,
        "added": report.added,
        "removed": report.removed,
        "computers": [
            {
                "device": device.device,
                "name": device.name,
                "last_write": time_to_text(device.last_write),
                "events": device.events,
                "this_computer": device.this_computer,
            }
            for device in report.devices
        ],
        "problems": list(report.problems),
    }
