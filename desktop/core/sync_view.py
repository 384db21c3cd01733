"""What the windows, the status report and the statistics filter know of syncing. Qt-free.

The sync engine's own report lives in storage; the service turns it into this plain, frozen view,
so the ui and ipc layers never import storage.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime

from desktop.core.settings import Settings


@dataclass(frozen=True)
class ComputerView:
    """One computer joined to the sync folder: its id, name and when it last wrote (its own clock)."""

    device: str
    name: str
    last_write: datetime | None
    this_computer: bool


@dataclass(frozen=True)
class SyncView:
    """Where this computer syncs (None: not joined), whether the folder was there, and who takes part."""

    folder: str | None
    online: bool = False
    computers: tuple[ComputerView, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def joined(self) -> bool:
        return self.folder is not None


NOT_JOINED = SyncView(folder=None)


def computer_name(settings: Settings) -> str:
    """The name other computers see: the setting, or this computer's host name when it is empty."""
    return settings.computer_name.strip() or socket.gethostname() or "this computer"
