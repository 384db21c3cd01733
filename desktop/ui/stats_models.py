"""Table models behind the statistics window: the per-day series (which the charts draw and the
"numbers as a table" view lists) and every figure as text (for screen readers and copying).

Roles: DisplayRole is the formatted text, VALUE_ROLE the raw number (None when there is none),
HAS_DATA_ROLE whether the app logged anything that day, AccessibleTextRole a full sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.stats import DayPoint
from desktop.ui import stats_text as text
from desktop.ui.stats_figures_text import Figure

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
HAS_DATA_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class DailySeriesModel(QAbstractTableModel):
    """A table model of the per-day DayPoint series, one row per day and one column per figure (the class
    constants), which the charts draw and the table view lists.
    """

    DAY, BREAKS_TAKEN, BREAKS_DECLINED, WATER, TENSION, POSTURE, BREATHING = range(7)

    def __init__(self) -> None:
        super().__init__()
        self._points: tuple[DayPoint, ...] = ()

    def set_points(self, points: Sequence[DayPoint]) -> None:
        self.beginResetModel()
        self._points = tuple(points)
        self.endResetModel()

    def points(self) -> tuple[DayPoint, ...]:
        return self._points

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (
            self.tr("Day"),
            self.tr("Breaks taken"),
            self.tr("Skipped or missed"),
            self.tr("Water (ml)"),
            self.tr("Tension (average)"),
            self.tr("Posture checks"),
            self.tr("Breathing (min)"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._points):
            return None
        point = self._points[index.row()]
        column = index.column()
        if role == VALUE_ROLE:
            return self._value(point, column)
        if role == HAS_DATA_ROLE:
            return point.has_data
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(point, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = self.headerData(column, Qt.Orientation.Horizontal)
            return f"{text.day_name(point.day, text.FULL_DAY)}, {title}: {self._display(point, column)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.DAY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, point: DayPoint, column: int) -> Any:
        values = (
            point.day,
            point.breaks_taken,
            point.breaks_declined,
            point.water_ml,
            point.tension_average,
            point.posture_done,
            point.breathing_minutes,
        )
        return values[column] if 0 <= column < len(values) else None

    def _display(self, point: DayPoint, column: int) -> str:
        if column == self.DAY:
            return text.day_name(point.day)
        value = self._value(point, column)
        if not point.has_data:
            return self.tr("no data")
        if value is None:
            return "–"
        if column == self.TENSION:
            return text.decimal(value)
        if column == self.BREATHING:
            return text.decimal(value) if value % 1 else text.count(value)
        return text.count(value)


class FiguresModel(QAbstractTableModel):
    """Every figure of the window as (section, figure, value) text rows."""

    SECTION, NAME, VALUE = range(3)

    def __init__(self) -> None:
        super().__init__()
        self._figures: tuple[Figure, ...] = ()

    def set_figures(self, figures: Sequence[Figure]) -> None:
        self.beginResetModel()
        self._figures = tuple(figures)
        self.endResetModel()

    def figures(self) -> tuple[Figure, ...]:
        return self._figures

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._figures)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Section"), self.tr("Figure"), self.tr("Value"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._figures):
            return None
        figure = self._figures[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE):
            return (figure.section, figure.name, figure.value)[index.column()] if index.column() < 3 else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{figure.section}, {figure.name}: {figure.value}"
        return None
