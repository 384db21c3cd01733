"""Per-day charts painted with QPainter (QtCharts is not part of PySide6-Essentials).

Each chart draws one slot per row of a DailySeriesModel: bars (stacked, with an optional goal
line) or a line with dots. Days without any data get a small hollow mark on the baseline, so
"the app was not running" never looks like "zero". Hovering a day shows its numbers; the same
numbers are the chart's accessible description, and the model itself can be shown as a table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.ui import stats_text as text
from desktop.ui.announcements import announce
from desktop.ui.keyboard import paint_focus_ring
from desktop.ui.stats_models import HAS_DATA_ROLE, VALUE_ROLE, DailySeriesModel
from desktop.ui.stats_style import ChartColours, colours

CORNER = 10.0


@dataclass(frozen=True)
class Series:
    """One plotted series of a DayChart: the model column it reads, its ChartColours field name and its legend
    text.
    """

    column: int
    colour: str  # a ChartColours field name
    legend: str


def label_every(days: int) -> int:
    """Label every day of a week, every 5th of a month, every 15th of a quarter, every 61st of a year."""
    if days <= 10:
        return 1
    return 5 if days <= 31 else 15 if days <= 92 else 61


def nice_top(value: float, minimum: float) -> tuple[float, float]:
    """A round top for the y axis at or above `value` (never below `minimum`), and its tick step."""
    value = max(value, minimum, 1e-9)
    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0):
        step = factor * magnitude
        if value / step <= 4:
            return math.ceil(value / step - 1e-9) * step, step
    return value, value  # unreachable: factor 10 always fits


class DayChart(QWidget):
    """A per-day chart painted with QPainter from a DailySeriesModel: bars or a line for its Series, with a
    legend, a hovered or keyboard-selected day and a description of that day.
    """

    # The smallest margins, at the usual font size; larger fonts widen them (see _margins).
    LEFT, RIGHT, TOP, BOTTOM = 44.0, 14.0, 28.0, 26.0

    def __init__(
        self, model: DailySeriesModel, series: tuple[Series, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._series = series
        self._hover: int | None = None
        self.painted = False  # set by the first paint (the benchmark waits for it)
        model.modelReset.connect(self._refresh)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard and screen-reader users can land on it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self._minimum_height())

    def sizeHint(self) -> QSize:
        return QSize(620, max(170, self._minimum_height() + 30))

    # ---- values -------------------------------------------------------------------------------

    def _count(self) -> int:
        return self._model.rowCount()

    def _value(self, row: int, column: int) -> float | None:
        value = self._model.data(self._model.index(row, column), VALUE_ROLE)
        return None if value is None else float(value)

    def _has_data(self, row: int) -> bool:
        return bool(self._model.data(self._model.index(row, 0), HAS_DATA_ROLE))

    def _scale(self) -> tuple[float, float]:
        """(top, step) of the y axis."""
        raise NotImplementedError

    def _tick_label(self, value: float) -> str:
        return text.count(value)

    def _legend(self, c: ChartColours) -> list[tuple[QColor, str, bool]]:
        """(colour, text, dashed) entries drawn above the plot."""
        return [(getattr(c, s.colour), s.legend, False) for s in self._series]

    def _paint_values(self, painter: QPainter, plot: QRectF, c: ChartColours, top: float) -> None:
        raise NotImplementedError

    # ---- geometry -----------------------------------------------------------------------------

    def _margins(self) -> tuple[float, float, float, float]:
        """(left, right, top, bottom) around the plot: room for the axis labels, the legend and
        the day names at the current font size (a large font must not run them into the plot)."""
        metrics = QFontMetricsF(self._small_font())
        top_value, step = self._scale()
        ticks = range(round(top_value / step) + 1) if step else range(1)
        widest = max(metrics.horizontalAdvance(self._tick_label(n * step)) for n in ticks)
        line = metrics.height()
        return (
            max(self.LEFT, widest + 12),
            max(self.RIGHT, line * 0.8),
            max(self.TOP, line + 10),
            max(self.BOTTOM, line + 8),
        )

    def _minimum_height(self) -> int:
        return max(140, round(QFontMetricsF(self._small_font()).height() * 8))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumHeight(self._minimum_height())
        super().changeEvent(event)

    def _plot(self) -> QRectF:
        left, right, top, bottom = self._margins()
        return QRectF(left, top, self.width() - left - right, self.height() - top - bottom)

    def _slot(self, plot: QRectF, row: int) -> tuple[float, float]:
        """(centre x, slot width) of a row."""
        width = plot.width() / max(1, self._count())
        return plot.left() + width * (row + 0.5), width

    def _y(self, plot: QRectF, value: float, top: float) -> float:
        return plot.bottom() - plot.height() * (value / top if top else 0)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
        return font

    # ---- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colours(self.palette())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.card)
        painter.drawRoundedRect(QRectF(self.rect()), CORNER, CORNER)
        plot = self._plot()
        top, step = self._scale()
        painter.setFont(self._small_font())
        self._paint_grid(painter, plot, c, top, step)
        if self._hover is not None:
            centre, width = self._slot(plot, self._hover)
            band = QColor(c.text)
            band.setAlphaF(0.06)
            painter.fillRect(QRectF(centre - width / 2, plot.top(), width, plot.height()), band)
        self._paint_values(painter, plot, c, top)
        self._paint_days(painter, plot, c)
        self._paint_legend(painter, c)
        paint_focus_ring(painter, self, CORNER)
        painter.end()
        self.painted = True

    def _paint_grid(self, painter: QPainter, plot: QRectF, c: ChartColours, top: float, step: float) -> None:
        metrics = painter.fontMetrics()
        ticks = round(top / step) if step else 0
        for n in range(ticks + 1):
            value = n * step
            y = self._y(plot, value, top)
            painter.setPen(QPen(c.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(c.muted)
            label = self._tick_label(value)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)

    def _paint_days(self, painter: QPainter, plot: QRectF, c: ChartColours) -> None:
        count = self._count()
        metrics = painter.fontMetrics()
        for row in range(count):
            centre, width = self._slot(plot, row)
            if not self._has_data(row) and width >= 5:  # a year's slots are too narrow for a mark each
                painter.setPen(QPen(c.empty, 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(centre, plot.bottom() - 4), 2.6, 2.6)
            from_end = count - 1 - row
            if from_end % label_every(count):
                continue  # a month: every fifth day, counted back from today, is enough to find one
            day = self._model.data(self._model.index(row, DailySeriesModel.DAY), VALUE_ROLE)
            label = text.day_name(day, text.WEEKDAY if count <= 10 else text.DAY_MONTH)
            font = self._small_font()
            font.setBold(from_end == 0)  # today
            painter.setFont(font)
            painter.setPen(c.text if from_end == 0 else c.muted)
            span = max(width, metrics.horizontalAdvance(label) + 8)
            box = QRectF(centre - span / 2, plot.bottom() + 4, span, self.height() - plot.bottom() - 4)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)
        painter.setFont(self._small_font())

    def _paint_legend(self, painter: QPainter, c: ChartColours) -> None:
        metrics = painter.fontMetrics()
        x = self.width() - self._margins()[1]
        y = 8.0
        for colour, label, dashed in reversed(self._legend(c)):
            width = metrics.horizontalAdvance(label)
            x -= width
            painter.setPen(c.muted)
            painter.drawText(
                QRectF(x, y, width + 2, metrics.height()), int(Qt.AlignmentFlag.AlignLeft), label
            )
            x -= 16
            middle = y + metrics.height() / 2
            if dashed:
                painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, middle), QPointF(x + 12, middle))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x + 1, middle - 5, 10, 10), 2.5, 2.5)
            x -= 14

    # ---- hover and description ------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        plot = self._plot()
        count = self._count()
        x = event.position().x()
        row = (
            int((x - plot.left()) / plot.width() * count)
            if count and plot.left() <= x < plot.right()
            else None
        )
        if row != self._hover:
            self._hover = row
            self.update()
        if row is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe_day(row), self)

    def leaveEvent(self, event: QEvent) -> None:
        if not self.hasFocus():
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and Right step through the days (Home, End: the first, today), each day's numbers
        shown as a tooltip and said to screen readers, as hovering does for the mouse."""
        count = self._count()
        key = event.key()
        if not count or key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            super().keyPressEvent(event)
            return
        current = self._hover if self._hover is not None else count  # the first step lands on today
        row = {
            Qt.Key.Key_Left: max(0, min(current, count) - 1),
            Qt.Key.Key_Right: min(count - 1, current + 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }[Qt.Key(key)]
        self._hover = row
        self.update()
        words = self.describe_day(row)
        centre, _ = self._slot(self._plot(), row)
        QToolTip.showText(self.mapToGlobal(QPoint(round(centre), round(self._plot().top()))), words, self)
        announce(self, words)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._hover = None
        QToolTip.hideText()
        self.update()
        super().focusOutEvent(event)

    def describe_day(self, row: int) -> str:
        day = self._model.data(self._model.index(row, DailySeriesModel.DAY), VALUE_ROLE)
        parts = [
            f"{self._model.headerData(s.column, Qt.Orientation.Horizontal)}: "
            f"{self._model.data(self._model.index(row, s.column))}"
            for s in self._series
        ]
        return f"{text.day_name(day, text.FULL_DAY)} — " + "; ".join(parts)

    def _refresh(self) -> None:
        self.setAccessibleDescription(". ".join(self.describe_day(row) for row in range(self._count())))
        self.update()
