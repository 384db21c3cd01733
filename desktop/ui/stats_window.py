"""The statistics window: today at a glance, the last 7, 30, 90 or 365 days as charts, streaks and
follow-through, the user's own comparison, and their data (export, import, delete).

It shows a StatsSnapshot and asks for things through signals; it never touches storage. File
choosers and the delete confirmation go through `StatsDialogs`, so tests answer them directly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.data_requests import DataOutcome
from desktop.core.stats import REMINDER_KINDS
from desktop.core.stats_snapshot import PERIODS, StatsSnapshot
from desktop.ui import stats_data_text as data_text
from desktop.ui import stats_figures_text as figures_text
from desktop.ui import stats_text as text
from desktop.ui.contrast import readable
from desktop.ui.fit import cap_to_screen
from desktop.ui.keyboard import enter_presses_buttons, show_focus
from desktop.ui.plain_text import plain_label
from desktop.ui.stats_bar_chart import BarChart
from desktop.ui.stats_cards import FigureCard
from desktop.ui.stats_charts import Series
from desktop.ui.stats_comparison import ComparisonSection
from desktop.ui.stats_data_bar import StatsDataBar
from desktop.ui.stats_dialogs import QtStatsDialogs, StatsDialogs
from desktop.ui.stats_line_chart import LineChart
from desktop.ui.stats_models import DailySeriesModel, FiguresModel
from desktop.ui.text_colours import mute

CARDS_PER_ROW = 3  # streaks and follow-through cards: narrow enough for 1280 px in every language


class StatsWindow(QWidget):
    """The statistics window: shows a StatsSnapshot (today, charts for 7 to 365 days, streaks, follow-through,
    comparison, tables) and the outcome of data actions, and asks its StatsDialogs before exporting,
    importing or deleting.

    Signals: `export_requested(ExportRequest)` export to the chosen file; `import_requested(ImportRequest)`
    import the chosen file; `delete_requested()` the user confirmed deleting every event;
    `checkin_requested()` the user asked to rate their tension now.
    """

    export_requested = Signal(object)  # ExportRequest, the file already chosen
    import_requested = Signal(object)  # ImportRequest
    delete_requested = Signal()  # the user confirmed deleting every event
    checkin_requested = Signal()  # "Rate my tension now"

    def __init__(self, dialogs: StatsDialogs | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stats_window")
        self.setWindowTitle(self.tr("Unclench statistics"))
        self.dialogs: StatsDialogs = dialogs or QtStatsDialogs(self)
        self.snapshot: StatsSnapshot | None = None
        self.period = 7
        self.series_model = DailySeriesModel()
        self.figures_model = FiguresModel()

        self.content = QWidget()
        self.content.setObjectName("stats_content")
        page = self._page = QVBoxLayout(self.content)
        page.setContentsMargins(20, 18, 20, 18)
        page.setSpacing(10)
        page.addLayout(self._header())
        page.addLayout(self._today_cards())
        page.addSpacing(8)
        page.addWidget(self._charts())
        page.addSpacing(8)
        self.streaks_heading = self._heading("streaks_heading", "")
        page.addWidget(self.streaks_heading)
        page.addLayout(self._follow_through_cards())
        self.streak_note = self._note(
            self.tr(
                "A streak counts the days Unclench logged that goal. Days it did not run, such as "
                "weekends off, are skipped: they neither add to a streak nor break it. Today counts "
                "once its goal is met."
            )
        )
        page.addWidget(self.streak_note)
        page.addSpacing(8)
        page.addWidget(self._comparison())
        page.addSpacing(4)
        page.addWidget(self._tables())
        page.addStretch()

        scroll = QScrollArea()
        scroll.setObjectName("stats_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: Tab walks the cards and charts, and the area scrolls to each.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._data_bar())
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        enter_presses_buttons(self)
        show_focus(self)
        self.resize(880, 780)

    # ---- building -----------------------------------------------------------------------------

    def add_filter(self, widget: QWidget) -> None:
        """Put a filter (e.g. which computer) above the statistics."""
        self._page.insertWidget(0, widget)

    def add_section(self, name: str, title: str, widget: QWidget) -> None:
        """A section of its own under the others (e.g. the daily sitting view), with its heading."""
        self._page.addWidget(self._heading(name, title))
        self._page.addWidget(widget)

    def _heading(self, name: str, title: str) -> QLabel:
        label = QLabel(title)
        label.setObjectName(name)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.12)
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    def _note(self, words: str) -> QLabel:
        label = plain_label(words)
        label.setWordWrap(True)
        mute(label)  # quieter than the text, still 4.5:1 in light and dark alike
        return label

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.title = plain_label()
        self.title.setObjectName("stats_title")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.subtitle = self._note("")
        self.subtitle.setObjectName("stats_subtitle")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        row.addLayout(titles, 1)
        self.checkin_button = QPushButton(self.tr("&Rate my tension now"))
        self.checkin_button.setObjectName("checkin_button")
        self.checkin_button.clicked.connect(self.checkin_requested)
        row.addWidget(self.checkin_button)
        row.addSpacing(12)
        self.period_switch = QWidget()
        self.period_switch.setObjectName("period_switch")
        switch = QHBoxLayout(self.period_switch)
        switch.setContentsMargins(0, 0, 0, 0)
        switch.setSpacing(0)
        self.period_buttons = QButtonGroup(self)
        for period in PERIODS:
            button = QPushButton(self.tr("{0} days").format(period))
            button.setObjectName(f"period_{period}")
            button.setCheckable(True)
            button.setChecked(period == self.period)
            button.setAccessibleName(self.tr("Show the last {0} days").format(period))
            self.period_buttons.addButton(button, period)
            switch.addWidget(button)
        self.period_buttons.idClicked.connect(self.show_period)
        self._style_period_switch()
        row.addWidget(self.period_switch, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def period_switch_colours(self) -> list[tuple[str, QColor, QColor]]:
        """(state, text, background) of the period buttons, as the switch paints them."""
        palette = self.palette()
        selected_text = palette.color(QPalette.ColorRole.HighlightedText)
        # Many themes' highlight is too light under white text (Breeze: 2.4:1); deepen it to 4.5:1.
        selected = readable(palette.color(QPalette.ColorRole.Highlight), selected_text)
        return [
            (
                "period",
                palette.color(QPalette.ColorRole.ButtonText),
                palette.color(QPalette.ColorRole.Button),
            ),
            ("chosen period", selected_text, selected),
        ]

    def _style_period_switch(self) -> None:
        # A segmented switch: the chosen period filled with the highlight colour. It is set again on a
        # palette change (see changeEvent), so light and dark themes both get their colours.
        (_, text, face), (_, selected_text, selected) = self.period_switch_colours()
        focus = self.palette().color(QPalette.ColorRole.Highlight).name()
        self.period_switch.setStyleSheet(
            f"QPushButton {{ padding: 5px 16px; border: 1px solid palette(mid); background: {face.name()};"
            f" color: {text.name()}; }}"
            f"QPushButton:checked {{ background: {selected.name()}; color: {selected_text.name()};"
            f" border-color: {selected.name()}; }}"
            # A style sheet replaces the style's focus frame: draw one (Tab reaches these buttons).
            f"QPushButton:focus {{ border: 2px solid {focus}; padding: 4px 15px; }}"
            f"QPushButton:checked:focus {{ border: 2px solid {text.name()}; padding: 4px 15px; }}"
            f"QPushButton#period_{PERIODS[0]} {{ border-top-left-radius: 6px;"
            " border-bottom-left-radius: 6px; }"
            f"QPushButton#period_{PERIODS[-1]} {{ border-top-right-radius: 6px;"
            " border-bottom-right-radius: 6px; border-left: none; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_period_switch()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # With a large font the cards and the header need more width than the first size: grow so
        # nothing scrolls sideways, as far as the screen allows (beyond that the page scrolls).
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        wanted = self.content.minimumSizeHint().width() + bar + 4
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().width())
        if wanted > self.width():
            self.resize(wanted, self.height())
        cap_to_screen(self)  # the page scrolls; the buttons at the bottom stay on the screen

    def _today_cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(10)
        accents = ("breaks", "water", "breaks", "breaks", "tension")
        names = ("today_posture", "today_water", "today_breaks", "today_breathing", "today_tension")
        self.today_cards = [FigureCard(name, accent) for name, accent in zip(names, accents, strict=True)]
        for column, card in enumerate(self.today_cards):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        return grid

    def _charts(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        model = self.series_model
        self.breaks_chart = BarChart(
            model,
            (
                Series(DailySeriesModel.BREAKS_TAKEN, "breaks", self.tr("taken")),
                Series(DailySeriesModel.BREAKS_DECLINED, "declined", self.tr("skipped or missed")),
            ),
        )
        self.water_chart = BarChart(model, (Series(DailySeriesModel.WATER, "water", self.tr("water")),))
        self.water_chart.show_litres(True)
        self.tension_chart = LineChart(
            model, Series(DailySeriesModel.TENSION, "tension", self.tr("average rating")), top=10, step=5
        )
        self.chart_headings = []
        for name, chart in (
            ("breaks", self.breaks_chart),
            ("water", self.water_chart),
            ("tension", self.tension_chart),
        ):
            chart.setObjectName(f"{name}_chart")
            heading = self._heading(f"{name}_heading", "")
            self.chart_headings.append(heading)
            layout.addWidget(heading)
            layout.addWidget(chart)
        return box

    def _follow_through_cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(10)
        self.streak_cards = [FigureCard("water_streak", "water"), FigureCard("break_streak")]
        self.adherence_cards = [FigureCard(f"adherence_{kind}") for kind in REMINDER_KINDS]
        for index, card in enumerate(self.streak_cards + self.adherence_cards):
            row, column = divmod(index, CARDS_PER_ROW)
            grid.addWidget(card, row, column)
            grid.setColumnStretch(column, 1)
        return grid

    def _comparison(self) -> QWidget:
        heading = self._heading("comparison_heading", self.tr("Your own comparison"))
        section = self.comparison = ComparisonSection(heading)
        self.tension_bars, self.tension_text = section.tension_bars, section.tension_text
        self.breathing_bars, self.breathing_text = section.breathing_bars, section.breathing_text
        self.caveat = section.caveat
        return section

    def _tables(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table_toggle = QPushButton(self.tr("Show the numbers as ta&bles"))
        self.table_toggle.setObjectName("table_toggle")
        self.table_toggle.setCheckable(True)
        self.table_toggle.toggled.connect(self._show_tables)
        row = QHBoxLayout()
        row.addWidget(self.table_toggle)
        row.addStretch()
        layout.addLayout(row)
        self.tables = QTabWidget()
        self.tables.setObjectName("tables")
        for model, title, name in (
            (self.series_model, self.tr("Per day"), "series_table"),
            (self.figures_model, self.tr("All figures"), "figures_table"),
        ):
            view = QTableView()
            view.setObjectName(name)
            view.setModel(model)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.setWordWrap(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.setMinimumHeight(260)
            view.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
            view.setAccessibleName(title)
            self.tables.addTab(view, title)
        self.tables.hide()
        layout.addWidget(self.tables)
        return box

    def _data_bar(self) -> QWidget:
        self.data_bar = bar = StatsDataBar(self.dialogs, lambda: self.snapshot)
        bar.export_requested.connect(self.export_requested)
        bar.import_requested.connect(self.import_requested)
        bar.delete_requested.connect(self.delete_requested)
        self.status = bar.status
        return bar

    # ---- showing ------------------------------------------------------------------------------

    def set_loading(self, loading: bool) -> None:
        """While the first figures are computed: the frame only, greyed, with a busy cursor."""
        for part in (self.content, self.data_bar):
            part.setEnabled(not loading)  # nothing to read or act on yet: no figure is made up
        self.setCursor(Qt.CursorShape.BusyCursor) if loading else self.unsetCursor()

    def show_snapshot(self, snapshot: StatsSnapshot) -> None:
        self.set_loading(False)
        self.snapshot = snapshot
        self.title.setText(self.tr("Today, {0}").format(text.day_name(snapshot.today.day, text.FULL_DAY)))
        self.subtitle.setText(data_text.span_line(snapshot.total_events, snapshot.first_day))
        for card, tile in zip(self.today_cards, text.today_tiles(snapshot.today), strict=True):
            card.show_tile(tile)
        for card, tile in zip(self.streak_cards, figures_text.streak_tiles(snapshot), strict=True):
            card.show_tile(tile)
        self.water_chart.set_goal(
            snapshot.goals.water_ml, self.tr("goal {0}").format(text.millilitres(snapshot.goals.water_ml))
        )
        self.comparison.show_snapshot(snapshot)
        self.show_period(self.period)

    def show_period(self, period: int) -> None:
        self.period = period
        button = self.period_buttons.button(period)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        if self.snapshot is None:
            return
        self.series_model.set_points(self.snapshot.last(period))
        titles = (
            self.tr("Breaks per day, last {0} days"),
            self.tr("Water per day, last {0} days"),
            self.tr("Average tension per day (0–10), last {0} days"),
        )
        for heading, chart, title in zip(
            self.chart_headings,
            (self.breaks_chart, self.water_chart, self.tension_chart),
            titles,
            strict=True,
        ):
            heading.setText(title.format(period))
            chart.setAccessibleName(title.format(period))
        self.streaks_heading.setText(
            self.tr("Streaks, and follow-through in the last {0} days").format(period)
        )
        for card, item in zip(self.adherence_cards, self.snapshot.adherence[period], strict=True):
            card.show_tile(text.adherence_tile(item, period))
        self.figures_model.set_figures(figures_text.all_figures(self.snapshot, period))

    def show_outcome(self, outcome: DataOutcome) -> None:
        """Say what came of an export, import or delete, under the buttons."""
        self.data_bar.show_outcome(outcome)

    def _show_tables(self, shown: bool) -> None:
        self.tables.setVisible(shown)
        self.table_toggle.setText(
            self.tr("Hide the ta&bles") if shown else self.tr("Show the numbers as ta&bles")
        )
