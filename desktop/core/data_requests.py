"""What the user asks of their data (export, import, delete) and what came of it.

Plain frozen records passed between the statistics window (which asks and shows) and the
service that does the work (desktop/services/stats_service.py); neither side imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True)
class ExportRequest:
    format: ExportFormat
    path: Path
    since_day: str | None = None  # YYYY-MM-DD; None exports everything


@dataclass(frozen=True)
class ImportRequest:
    path: Path


@dataclass(frozen=True)
class ExportDone:
    path: Path
    format: ExportFormat
    count: int


@dataclass(frozen=True)
class ImportDone:
    path: Path
    added: int
    already_present: int


@dataclass(frozen=True)
class DataCleared:
    count: int


@dataclass(frozen=True)
class DataActionFailed:
    action: str  # "export", "import" or "delete"
    reason: str  # a complete sentence naming the file, meant for the user


DataOutcome = ExportDone | ImportDone | DataCleared | DataActionFailed
