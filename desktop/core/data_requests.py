"""What the user asks of their data (export, import, delete) and what came of it.

Plain frozen records passed between the statistics window (which asks and shows) and the
service that does the work (desktop/services/stats_service.py); neither side imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class ExportFormat(StrEnum):
    """The file format of a data export: CSV or JSON."""

    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True)
class ExportRequest:
    """The user asks to export the log to `path` in `format`, optionally only from `since_day` on; sent by the
    statistics window, carried out by the statistics service.
    """

    format: ExportFormat
    path: Path
    since_day: str | None = None  # YYYY-MM-DD; None exports everything


@dataclass(frozen=True)
class ImportRequest:
    """The user asks to import a previously exported JSON file at `path` into the log; sent by the
    statistics window, carried out by the statistics service.
    """

    path: Path


@dataclass(frozen=True)
class ExportDone:
    """An export succeeded: where it was written, in which format and how many events it holds; shown by the
    statistics window.
    """

    path: Path
    format: ExportFormat
    count: int


@dataclass(frozen=True)
class ImportDone:
    """An import succeeded: the file, how many events were added and how many were already in the log."""

    path: Path
    added: int
    already_present: int
    invalid: int = 0  # events refused by the limits of live entry (never stored)
    problems: tuple[str, ...] = ()  # the first few of them, named
    cancelled: bool = False  # stopped by the user: `added` were stored before that


@dataclass(frozen=True)
class DataCleared:
    """The user's data was deleted: how many events were removed."""

    count: int


@dataclass(frozen=True)
class DataActionFailed:
    """An export, import or delete failed, with a complete sentence for the user naming the file."""

    action: str  # "export", "import" or "delete"
    reason: str  # a complete sentence naming the file, meant for the user


DataOutcome = ExportDone | ImportDone | DataCleared | DataActionFailed
