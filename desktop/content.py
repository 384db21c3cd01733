"""What the reminder cards show. Interim: replaced by the routine and posture data files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Content", text)


def posture_checklist() -> tuple[str, ...]:
    return (_tr("Feet flat on the floor"), _tr("Shoulders down and loose"), _tr("Jaw unclenched"))


def micro_break_moves() -> tuple[tuple[str, int], ...]:
    return ((_tr("Shoulder rolls"), 20), (_tr("Chin tucks"), 15), (_tr("Seated twist, each side"), 20))
