"""A line per day over a fixed scale (tension 0–10), with gaps for days without a value."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.ui import stats_text as text
from desktop.ui.stats_charts import DayChart, Series
from desktop.ui.stats_models import DailySeriesModel
from desktop.ui.stats_style import ChartColours


class LineChart(DayChart):
    """A line over a fixed 0..`top` scale; days without a value leave a gap bridged by a dotted line."""

    def __init__(
        self, model: DailySeriesModel, series: Series, top: float, step: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(model, (series,), parent)
        self._top, self._step = top, step

    def _scale(self) -> tuple[float, float]:
        return self._top, self._step

    def _paint_values(self, painter: QPainter, plot: QRectF, c: ChartColours, top: float) -> None:
        series = self._series[0]
        colour = getattr(c, series.colour)
        points: list[tuple[int, QPointF, float]] = []
        for row in range(self._count()):
            value = self._value(row, series.column)
            if value is not None:
                points.append((row, QPointF(self._slot(plot, row)[0], self._y(plot, value, top)), value))
        for (row, point, _), (next_row, next_point, _) in itertools.pairwise(points):
            adjacent = next_row == row + 1
            pen = QPen(
                colour, 2.4 if adjacent else 1.4, Qt.PenStyle.SolidLine if adjacent else Qt.PenStyle.DotLine
            )
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(point, next_point)
        labelled = self._count() <= 10
        metrics = painter.fontMetrics()
        for _, point, value in points:
            painter.setPen(QPen(c.card, 2))
            painter.setBrush(colour)
            painter.drawEllipse(point, 4.5, 4.5)
            if labelled:
                painter.setPen(c.muted)
                box = QRectF(point.x() - 20, point.y() - metrics.height() - 6, 40, metrics.height())
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text.decimal(value))
