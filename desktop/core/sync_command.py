"""`unclench sync join FOLDER | leave | status [--json]`: the one LOCAL command about syncing.

The command-line process opens the log itself (SQLite in WAL mode; the running app's writes wait
the busy timeout at most), so it works whether or not Unclench runs. The joined folder is kept in
the log, and a running app looks at it again when sent SyncChanged, which the command line does
right after a join or a leave. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import ClassVar

from desktop.core.commands import ArgsError, Command, Delivery


class SyncAction(StrEnum):
    """What `unclench sync` does."""

    JOIN = "join"
    LEAVE = "leave"
    STATUS = "status"


@dataclass(frozen=True)
class Sync(Command):
    """Join a sync folder, leave it, or say who syncs through it. Never sent over the socket."""

    name: ClassVar[str] = "sync"
    delivery: ClassVar[Delivery] = Delivery.LOCAL
    action: SyncAction
    folder: Path | None = None  # with JOIN only

    def __post_init__(self) -> None:
        if not isinstance(self.action, SyncAction):
            raise ArgsError("'action' must be join, leave or status")
        if (self.action is SyncAction.JOIN) != (self.folder is not None):
            raise ArgsError("a folder goes with 'sync join' and only there")
