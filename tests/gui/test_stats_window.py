"""The statistics window offscreen: models, intents, a realistic month drawn, and the controller
that wires it to a real log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from desktop.core.data_requests import (
    DataActionFailed,
    DataCleared,
    ExportDone,
    ExportFormat,
    ExportRequest,
    ImportDone,
    ImportRequest,
)
from desktop.core.events import Event
from desktop.core.settings import Settings, TensionSettings
from desktop.core.stats import Goals
from desktop.core.stats_snapshot import StatsSnapshot
from desktop.services.stats_controller import StatsController
from desktop.services.stats_service import StatsService
from desktop.storage.eventlog import EventLog
from desktop.ui import stats_text
from desktop.ui.stats_cards import FigureCard
from desktop.ui.stats_charts import DayChart, nice_top
from desktop.ui.stats_models import HAS_DATA_ROLE, VALUE_ROLE, DailySeriesModel, FiguresModel
from desktop.ui.stats_style import colours
from desktop.ui.stats_window import StatsWindow
from scripts.sample_history import history
from tests.fakes import FakeClock, FakeStatsDialogs

TODAY = date(2026, 3, 18)
NOW = datetime(2026, 3, 18, 15, 40, tzinfo=UTC)


@pytest.fixture
def month_log() -> Iterator[EventLog]:
    log = EventLog.in_memory()
    log.record_many(history(TODAY, 30))
    yield log
    log.close()


@pytest.fixture
def month(month_log: EventLog) -> StatsSnapshot:
    return StatsService(month_log, FakeClock(NOW)).snapshot(Goals(water_ml=2000, breaks=6))


@pytest.fixture
def empty() -> StatsSnapshot:
    return StatsService(EventLog.in_memory(), FakeClock(NOW)).snapshot()


@pytest.fixture
def window(qtbot: QtBot) -> StatsWindow:
    shown = StatsWindow(FakeStatsDialogs())
    qtbot.addWidget(shown)
    return shown


def dialogs(window: StatsWindow) -> FakeStatsDialogs:
    assert isinstance(window.dialogs, FakeStatsDialogs)
    return window.dialogs


def click(qtbot: QtBot, window: StatsWindow, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ---- models -------------------------------------------------------------------------------------


def test_the_series_model_passes_the_model_tester(qtmodeltester, month: StatsSnapshot) -> None:  # type: ignore[no-untyped-def]
    model = DailySeriesModel()
    qtmodeltester.check(model)
    model.set_points(month.series)
    qtmodeltester.check(model)
    assert model.rowCount() == len(month.series) and model.columnCount() == 7


def test_the_figures_model_passes_the_model_tester(
    qtmodeltester, window: StatsWindow, month: StatsSnapshot
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.figures_model)
    window.show_snapshot(month)
    qtmodeltester.check(window.figures_model)
    assert isinstance(window.figures_model, FiguresModel)


def test_series_model_values_text_and_days_without_data(month: StatsSnapshot) -> None:
    model = DailySeriesModel()
    model.set_points(month.last(7))
    rows = {model.data(model.index(r, 0), VALUE_ROLE): r for r in range(7)}
    sunday = rows["2026-03-15"]  # the sample history keeps this Sunday off
    assert model.data(model.index(sunday, DailySeriesModel.WATER), HAS_DATA_ROLE) is False
    assert model.data(model.index(sunday, DailySeriesModel.WATER)) == "no data"
    today = rows["2026-03-18"]
    point = month.series[-1]
    assert model.data(model.index(today, DailySeriesModel.WATER), VALUE_ROLE) == point.water_ml
    assert model.data(model.index(today, DailySeriesModel.BREAKS_TAKEN)) == str(point.breaks_taken)
    spoken = model.data(model.index(today, DailySeriesModel.WATER), Qt.ItemDataRole.AccessibleTextRole)
    assert "Wednesday" in spoken and "Water (ml)" in spoken
    assert model.data(model.index(99, 0)) is None and model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


# ---- intents ------------------------------------------------------------------------------------


def test_export_buttons_ask_for_a_file_and_emit_requests(
    qtbot: QtBot, window: StatsWindow, month: StatsSnapshot, tmp_path: Path
) -> None:
    window.show_snapshot(month)
    dialogs(window).save_paths = [tmp_path / "mine.csv", tmp_path / "backup", None]

    with qtbot.waitSignal(window.export_requested) as csv_signal:
        click(qtbot, window, "export_csv")
    with qtbot.waitSignal(window.export_requested) as json_signal:
        click(qtbot, window, "export_json")
    with qtbot.assertNotEmitted(window.export_requested):
        click(qtbot, window, "export_csv")  # cancelled in the file chooser

    assert csv_signal.args == [ExportRequest(ExportFormat.CSV, tmp_path / "mine.csv")]
    assert json_signal.args == [ExportRequest(ExportFormat.JSON, tmp_path / "backup.json")]
    assert "unclench-2026-03-18.csv" in dialogs(window).asked[0][2]


def test_import_asks_for_a_file(qtbot: QtBot, window: StatsWindow, tmp_path: Path) -> None:
    dialogs(window).open_paths = [tmp_path / "backup.json", None]
    with qtbot.waitSignal(window.import_requested) as signal:
        click(qtbot, window, "import_backup")
    with qtbot.assertNotEmitted(window.import_requested):
        click(qtbot, window, "import_backup")
    assert signal.args == [ImportRequest(tmp_path / "backup.json")]


def test_delete_needs_a_confirmation_that_says_what_goes(
    qtbot: QtBot, window: StatsWindow, month: StatsSnapshot
) -> None:
    window.show_snapshot(month)
    dialogs(window).confirm_answers = [False, True]
    with qtbot.assertNotEmitted(window.delete_requested):
        click(qtbot, window, "delete_data")
    with qtbot.waitSignal(window.delete_requested):
        click(qtbot, window, "delete_data")
    question = dialogs(window).asked[0][2]
    assert stats_text.count(month.total_events) in question and "cannot be undone" in question


def test_rate_my_tension_now_asks_for_a_check_in(qtbot: QtBot, window: StatsWindow) -> None:
    with qtbot.waitSignal(window.checkin_requested):
        click(qtbot, window, "checkin_button")


def test_outcomes_are_said_under_the_buttons(window: StatsWindow, tmp_path: Path) -> None:
    status = window.findChild(QLabel, "data_status")
    assert status is not None
    window.show_outcome(ExportDone(tmp_path / "a.csv", ExportFormat.CSV, 1234))
    assert stats_text.count(1234) in status.text()
    window.show_outcome(ImportDone(tmp_path / "b.json", added=0, already_present=12))
    assert "already in your log" in status.text()
    window.show_outcome(DataCleared(5))
    assert "Deleted 5 events" in status.text()
    window.show_outcome(DataActionFailed("import", "b.json cannot be imported: it is not valid JSON."))
    assert status.text() == "b.json cannot be imported: it is not valid JSON."
    assert status.accessibleName() == status.text()


# ---- what is shown ------------------------------------------------------------------------------


def test_the_period_switch_changes_the_days_shown(
    qtbot: QtBot, window: StatsWindow, month: StatsSnapshot
) -> None:
    window.show_snapshot(month)
    assert window.series_model.rowCount() == 7
    click(qtbot, window, "period_30")
    assert window.series_model.rowCount() == 30 and window.period == 30
    heading = window.findChild(QLabel, "breaks_heading")
    assert heading is not None and "30 days" in heading.text()
    assert window.breaks_chart.accessibleName() == heading.text()
    figures = {(f.section, f.name): f.value for f in window.figures_model.figures()}
    assert any(section == "Last 30 days" for section, _ in figures)


def test_every_number_is_also_text_for_screen_readers(window: StatsWindow, month: StatsSnapshot) -> None:
    window.show_snapshot(month)
    today = month.today
    water = window.findChild(FigureCard, "today_water")
    assert water is not None
    assert stats_text.millilitres(today.water_ml) in water.accessibleName()
    for card in window.findChildren(FigureCard):
        assert card.accessibleName(), card.objectName()
    description = window.water_chart.accessibleDescription()
    assert "Wednesday 18 March" in description and description.count("—") == 7
    values = " ".join(f.value for f in window.figures_model.figures())
    assert str(today.posture_done) in values


def test_the_comparison_waits_for_data_and_says_how_much_it_rests_on(
    window: StatsWindow, month: StatsSnapshot, empty: StatsSnapshot
) -> None:
    window.show_snapshot(empty)
    assert window.tension_bars.isHidden() and window.breathing_bars.isHidden()
    assert window.tension_text.text().startswith("Not enough data yet")
    window.show_snapshot(month)
    assert not window.tension_bars.isHidden()
    assert "rests on" in window.tension_text.text() and "ratings" in window.tension_text.text()
    for words in (window.tension_text.text(), window.breathing_text.text(), window.caveat.text()):
        for causal in ("because", "reduces", "helps", "thanks to", "lowers"):
            assert causal not in words.lower()


def test_tables_show_on_request(qtbot: QtBot, window: StatsWindow, month: StatsSnapshot) -> None:
    window.show_snapshot(month)
    window.show()
    assert window.tables.isHidden()
    click(qtbot, window, "table_toggle")
    assert window.tables.isVisible()
    view = window.findChild(QTableView, "series_table")
    assert view is not None and view.model() is window.series_model


def ink(image: QImage, colour: QColor, tolerance: int = 12) -> int:
    """How many sampled pixels are (about) `colour`."""
    hits = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) <= tolerance
                and abs(pixel.green() - colour.green()) <= tolerance
                and abs(pixel.blue() - colour.blue()) <= tolerance
            ):
                hits += 1
    return hits


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in (
        (QPalette.ColorRole.Window, "#2b2d31"),
        (QPalette.ColorRole.WindowText, "#e6e7e9"),
        (QPalette.ColorRole.Base, "#1f2124"),
        (QPalette.ColorRole.Text, "#e6e7e9"),
        (QPalette.ColorRole.Button, "#35383d"),
        (QPalette.ColorRole.ButtonText, "#e6e7e9"),
    ):
        palette.setColor(role, QColor(value))
    return palette


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_realistic_month_is_drawn(
    qtbot: QtBot, window: StatsWindow, month: StatsSnapshot, theme: str, tmp_path: Path
) -> None:
    if theme == "dark":
        window.setPalette(dark_palette())
    window.show_snapshot(month)
    window.show_period(30)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(chart.painted for chart in window.findChildren(DayChart)))

    c = colours(window.palette())
    assert (c.card.lightness() < 128) == (theme == "dark")
    breaks = window.breaks_chart.grab().toImage()
    water = window.water_chart.grab().toImage()
    tension = window.tension_chart.grab().toImage()
    assert ink(breaks, c.breaks) > 200 and ink(breaks, c.declined) > 50
    assert ink(water, c.water) > 200 and ink(water, c.goal, tolerance=30) > 20
    assert ink(tension, c.tension) > 30
    assert window.grab().save(str(tmp_path / f"stats-{theme}.png"))


def test_hovering_a_day_tells_its_numbers(qtbot: QtBot, window: StatsWindow, month: StatsSnapshot) -> None:
    window.show_snapshot(month)
    window.show()
    qtbot.waitExposed(window)
    chart = window.water_chart
    plot = chart._plot()
    last_slot = QPointF(plot.right() - 3, plot.center().y())
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        last_slot,
        chart.mapToGlobal(last_slot),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(chart, move)  # offscreen, QTest's mouseMove delivers no hover moves
    assert chart._hover == 6
    words = chart.describe_day(6)
    assert words.startswith("Wednesday 18 March") and stats_text.count(month.today.water_ml) in words


def test_an_empty_log_is_drawn_without_errors(
    qtbot: QtBot, window: StatsWindow, empty: StatsSnapshot
) -> None:
    window.show_snapshot(empty)
    window.show()
    qtbot.waitUntil(lambda: window.breaks_chart.painted)
    subtitle = window.findChild(QLabel, "stats_subtitle")
    assert subtitle is not None and "Nothing logged yet" in subtitle.text()


def test_nice_axis_tops() -> None:
    assert nice_top(0, 4) == (4, 1)
    assert nice_top(17, 4) == (20, 5)
    assert nice_top(2600, 1000) == (3000, 1000)
    assert nice_top(9.5, 1) == (10, 2.5)


# ---- the controller with a real log ---------------------------------------------------------------


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[StatsController]:
    log, _ = EventLog.open(tmp_path / "unclench.sqlite3")
    log.record_many(history(TODAY, 30))
    settings = Settings(tension=TensionSettings(offer_after="always"))
    wired = StatsController(log, FakeClock(NOW), lambda: settings, FakeStatsDialogs())
    yield wired
    for widget in (wired.window, wired.checkin):
        if widget is not None:
            widget.close()
    log.close()


def test_controller_exports_deletes_and_restores(
    qtbot: QtBot, controller: StatsController, tmp_path: Path
) -> None:
    controller.open_window()
    window = controller.window
    assert window is not None and window.isVisible()
    total = window.snapshot.total_events if window.snapshot else 0
    fake = dialogs(window)
    fake.save_paths = [tmp_path / "backup.json"]
    fake.confirm_answers = [True]
    fake.open_paths = [tmp_path / "backup.json"]

    click(qtbot, window, "export_json")
    assert len(json.loads((tmp_path / "backup.json").read_text())["events"]) == total
    click(qtbot, window, "delete_data")
    assert window.snapshot is not None and window.snapshot.total_events == 0
    click(qtbot, window, "import_backup")  # restored on a thread of its own, with a progress dialog
    status = window.findChild(QLabel, "data_status")
    assert status is not None
    qtbot.waitUntil(lambda: "Restored" in status.text(), timeout=20_000)
    assert window.snapshot is not None and window.snapshot.total_events == total


def test_controller_records_check_ins_and_offers_them_after_activities(
    qtbot: QtBot, controller: StatsController
) -> None:
    controller.activity_finished("stretch")
    checkin = controller.checkin
    assert checkin is not None and checkin.after == "stretch"
    with qtbot.waitSignal(controller.tension_recorded) as recorded:
        qtbot.mouseClick(checkin.region_buttons["neck"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(checkin.level_buttons[3], Qt.MouseButton.LeftButton)
    assert (recorded.args[0].level, recorded.args[0].region) == (3, "neck")
    latest = controller.service.snapshot().today.latest_tension
    assert latest is not None and (latest.level, latest.region) == (3, "neck")


def test_an_unanswered_check_in_is_logged_as_skipped_when_replaced(controller: StatsController) -> None:
    controller.open_checkin(None)
    controller.open_checkin(None)
    skipped = [e for e in _events(controller) if e.kind == "tension" and e.outcome == "skipped"]
    assert len(skipped) == 1


def _events(controller: StatsController) -> list[Event]:
    return [stored.event for stored in controller.service._log.events(kinds=["tension"])]


def test_the_app_style_is_left_alone(qapp: QApplication) -> None:
    before = qapp.styleSheet()
    StatsWindow(FakeStatsDialogs()).close()
    assert qapp.styleSheet() == before


def test_a_longer_log_shows_in_the_quarter_and_the_year(
    qtbot: QtBot, window: StatsWindow, tmp_path: Path
) -> None:
    log = EventLog.in_memory()
    log.record_many(history(TODAY, 60))
    snapshot = StatsService(log, FakeClock(NOW)).snapshot(Goals(water_ml=2000, breaks=6))
    log.close()
    window.show_snapshot(snapshot)
    window.show()
    qtbot.waitExposed(window)
    click(qtbot, window, "period_90")
    assert window.period == 90 and window.series_model.rowCount() == 90
    shown = [window.series_model.index(row, 0).data(HAS_DATA_ROLE) for row in range(90)]
    in_a_month = sum(point.has_data for point in snapshot.last(30))
    assert sum(bool(s) for s in shown) > in_a_month  # the whole 60-day log, not only the last 30 days
    adherence_30 = sum(a.offered for a in snapshot.adherence[30])
    assert sum(a.offered for a in snapshot.adherence[90]) > adherence_30
    click(qtbot, window, "period_365")
    assert window.series_model.rowCount() == 365 and "365 days" in window.breaks_chart.accessibleName()
    window.grab().save(str(tmp_path / "year.png"))


def test_the_window_shows_time_worked_and_movement_breaks_per_day(controller: StatsController) -> None:
    """Issue 14's daily view: time worked against movement breaks taken, and the longest sitting."""
    from desktop.ui.sitting_view import SittingView

    controller.open_window()
    window = controller.window
    assert window is not None
    sitting = window.findChild(SittingView, "sitting_view")
    assert sitting is not None and len(sitting.rows) == 7  # the last seven days, today last
    heading = window.findChild(QLabel, "sitting_heading")
    assert heading is not None and "7 days" in heading.text()
    texts = [label.text() for label in sitting.rows[-1] if isinstance(label, QLabel)]
    assert any("movement breaks" in text for text in texts) and any("longest" in text for text in texts)
