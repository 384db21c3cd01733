"""The daily sitting view for the statistics: per day, time worked beside the movement breaks taken
(a quiet indicator like Workrave's daily limit, which never blocks anything) and the longest
unbroken stretch of sitting. The figures come from `desktop/core/sitting.py`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from desktop.core.sitting import SittingDay
from desktop.ui.calm_style import is_dark, style_progress


class SittingView(QWidget):
    """Owns one row per day: the day, time worked, the movement breaks taken against those due for
    that much work (in words and a thin bar), and the longest stretch. Emits nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitting_view")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLabel, QLabel, QLabel, QProgressBar, QLabel]] = []

    def show_days(self, days: Sequence[SittingDay], interval_minutes: int) -> None:
        """Show `days` (oldest first); `interval_minutes` is the movement break's interval."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for line, day in enumerate(days):
            due = int(day.worked_seconds // (max(1, interval_minutes) * 60))
            name = QLabel(QLocale().toString(QDate.fromString(day.day, Qt.DateFormat.ISODate), "ddd d MMM"))
            worked = QLabel(self.tr("worked {0}").format(duration(day.worked_seconds)))
            bar = QProgressBar()
            bar.setObjectName(f"breaks_{day.day}")
            bar.setRange(0, max(1, due, day.movement_breaks))
            bar.setValue(day.movement_breaks)
            bar.setTextVisible(False)
            bar.setFixedSize(120, 8)
            style_progress(bar, is_dark(self.palette()))
            breaks = QLabel(self.tr("{0} of {1} movement breaks").format(day.movement_breaks, due))
            longest = QLabel(self.tr("longest sitting {0}").format(duration(day.longest_stretch_seconds)))
            for column, widget in enumerate((name, worked, breaks, bar, longest)):
                self._grid.addWidget(widget, line, column)
            bar.setAccessibleName(f"{name.text()}: {worked.text()}, {breaks.text()}, {longest.text()}")
            self.rows.append((name, worked, breaks, bar, longest))


def duration(seconds: float) -> str:
    """ "1 h 05 min" or "45 min"."""
    hours, minutes = divmod(int(seconds // 60), 60)
    if hours:
        return QCoreApplication.translate("SittingView", "{0} h {1} min").format(hours, f"{minutes:02d}")
    return QCoreApplication.translate("SittingView", "{0} min").format(minutes)
