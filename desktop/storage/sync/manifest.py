"""A computer's manifest in its journal folder: who it is and how far its journal goes.

{"format": "unclench-sync", "version": 1, "device": ID, "name": "laptop", "last_write": TIME,
 "last_seq": N}. Written atomically by its computer only; read by the others for the status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.i18n import _
from desktop.storage.row_text import time_from_text, time_to_text
from desktop.storage.sync.files import MANIFEST_NAME, read_small, write_atomically

FORMAT = "unclench-sync"
VERSION = 1
_MAX_NAME = 200


@dataclass(frozen=True)
class Manifest:
    """A computer's manifest in the sync folder: its id and name, when it last wrote, its last number."""

    device: str
    name: str
    last_write: datetime | None
    last_seq: int


def write_manifest(folder: Path, manifest: Manifest) -> None:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "device": manifest.device,
        "name": manifest.name[:_MAX_NAME],
        "last_write": time_to_text(manifest.last_write),
        "last_seq": manifest.last_seq,
    }
    write_atomically(folder / MANIFEST_NAME, (json.dumps(data, ensure_ascii=False) + "\n").encode())


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest in `folder`, or None when there is none; ValueError when it is unreadable."""
    try:
        data = json.loads(read_small(folder / MANIFEST_NAME).decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ValueError(_("its manifest cannot be read ({error})").format(error=error)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(_("its manifest is not an Unclench sync manifest"))
    name, seq, written = data.get("name"), data.get("last_seq"), data.get("last_write")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise ValueError(_("its manifest has no valid last_seq"))
    return Manifest(
        device=folder.name,
        name=name[:_MAX_NAME] if isinstance(name, str) else "",
        last_write=time_from_text(written) if isinstance(written, str) else None,
        last_seq=seq,
    )
