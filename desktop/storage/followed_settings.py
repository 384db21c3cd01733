"""The settings each computer publishes in its own sync folder (`<device id>/settings.json`).

Only the owner writes its file (replaced atomically); the others' files are read, bounded and
leniently: a missing, half-synced or damaged file counts as "no settings from that computer".
The rules of what wins are in `desktop/core/settings_follow.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.bounded_file import read_bounded
from desktop.core.settings_follow import Stamped, stamped_from_json, stamped_to_json
from desktop.storage.sync.files import write_atomically

FILE_NAME = "settings.json"
MAX_BYTES = 256 * 1024


def read_stamped(device_folder: Path) -> Stamped:
    try:
        return stamped_from_json(json.loads(read_bounded(device_folder / FILE_NAME, MAX_BYTES)))
    except (OSError, ValueError, RecursionError):
        return {}


def others_stamped(root: Path, me: str) -> list[Stamped]:
    """Every other computer's published settings under `root` (FOLDER/unclench-sync)."""
    try:
        folders = [p for p in root.iterdir() if p.name != me and p.is_dir() and not p.is_symlink()]
    except OSError:
        return []
    return [found for found in map(read_stamped, sorted(folders)) if found]


def write_stamped(device_folder: Path, stamped: Stamped) -> None:
    """Replace this computer's file atomically. OSError if it cannot be written."""
    data = json.dumps(stamped_to_json(stamped), ensure_ascii=False, indent=1).encode()
    write_atomically(device_folder / FILE_NAME, data)
