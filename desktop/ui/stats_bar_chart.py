"""Stacked bars per day with an optional dashed goal line, and the value over each bar kept clear of it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from desktop.ui import stats_text as text
from desktop.ui.stats_charts import DayChart, Series, nice_top
from desktop.ui.stats_models import DailySeriesModel
from desktop.ui.stats_style import ChartColours


class BarChart(DayChart):
    """Stacked bars, bottom series first; an optional dashed goal line."""

    def __init__(
        self, model: DailySeriesModel, series: tuple[Series, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(model, series, parent)
        self._goal: float | None = None
        self._goal_label = ""
        self._litres = False

    def set_goal(self, goal: float | None, label: str = "") -> None:
        self._goal, self._goal_label = goal, label
        self.update()

    def show_litres(self, litres: bool) -> None:
        """Label the y axis in litres (the bars hold millilitres)."""
        self._litres = litres

    def _tick_label(self, value: float) -> str:
        if self._litres:
            litres = value / 1000
            return text.litres(litres)
        return text.count(value)

    def _scale(self) -> tuple[float, float]:
        highest = max(
            (sum(self._value(row, s.column) or 0 for s in self._series) for row in range(self._count())),
            default=0,
        )
        minimum = 1000 if self._litres else 4
        return nice_top(max(highest, (self._goal or 0) * 1.08), minimum)

    def _legend(self, c: ChartColours) -> list[tuple[QColor, str, bool]]:
        entries = super()._legend(c)
        if self._goal:
            entries.append((c.goal, self._goal_label, True))
        return entries

    def _paint_values(self, painter: QPainter, plot: QRectF, c: ChartColours, top: float) -> None:
        goal_y = None
        if self._goal:  # under the bars, so a bar that reaches the goal covers its stretch of line
            y = goal_y = self._y(plot, self._goal, top)
            painter.setPen(QPen(c.goal, 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        count = self._count()
        labelled = count <= 10
        metrics = painter.fontMetrics()
        for row in range(count):
            centre, width = self._slot(plot, row)
            bar = min(width * (0.56 if labelled else 0.66), 46.0)
            base = plot.bottom()
            total = 0.0
            stack = [(s, self._value(row, s.column) or 0.0) for s in self._series]
            stack = [(s, v) for s, v in stack if v > 0]
            for position, (series, value) in enumerate(stack):
                height = plot.height() * value / top
                rect = QRectF(centre - bar / 2, base - height, bar, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(getattr(c, series.colour))
                painter.drawPath(_bar_path(rect, rounded_top=position == len(stack) - 1))
                base -= height
                total += value
            if labelled and total > 0:
                label = self._tick_label(total) if self._litres else text.count(total)
                label_width = metrics.horizontalAdvance(label) + 6
                box = QRectF(
                    centre - label_width / 2, base - metrics.height() - 3, label_width, metrics.height()
                )
                if goal_y is not None:
                    box = clear_of_line(box, goal_y)
                painter.setPen(c.muted)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)


def _bar_path(rect: QRectF, rounded_top: bool) -> QPainterPath:
    path = QPainterPath()
    radius = min(4.0, rect.width() / 2, rect.height()) if rounded_top else 0.0
    path.moveTo(rect.bottomLeft())
    path.lineTo(rect.left(), rect.top() + radius)
    path.quadTo(rect.topLeft(), QPointF(rect.left() + radius, rect.top()))
    path.lineTo(rect.right() - radius, rect.top())
    path.quadTo(rect.topRight(), QPointF(rect.right(), rect.top() + radius))
    path.lineTo(rect.bottomRight())
    path.closeSubpath()
    return path


def clear_of_line(box: QRectF, line_y: float, gap: float = 3.0) -> QRectF:
    """`box` moved up just above a horizontal line at `line_y` when the line would run through it (a
    label over the goal line hides the line and reads badly); unchanged when it is clear."""
    if box.top() - gap <= line_y <= box.bottom() + gap:
        return box.translated(0, line_y - gap - box.bottom())
    return box
