"""Every Unclench window in a realistic state, and the desktop themes they are checked in.

Shared by tests/gui/test_accessibility.py and scripts/render_accessibility.py (which renders them
at 200 % and with large fonts to look at). Each maker returns a window that is not shown yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.breathing_files import load_patterns
from desktop.core.events import Kind
from desktop.core.policy import Prompt
from desktop.core.routines import load_library
from desktop.core.settings import BreathingSettings, Settings
from desktop.core.stats import Goals
from desktop.resources import resource_path
from tests.fakes import FakeChime, FakeClock, FakeSpeaker, FakeStatsDialogs

NOW = datetime(2026, 3, 18, 15, 40, tzinfo=UTC)

# ---- themes -----------------------------------------------------------------------------------

Role = QPalette.ColorRole


def _palette(colours: dict[Role, str], placeholder_alpha: int = 255) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        colour = QColor(value)
        if role is Role.PlaceholderText:
            colour.setAlpha(placeholder_alpha)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, colour)
    disabled = QColor(colours[Role.WindowText])
    disabled.setAlpha(110)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    for role in (Role.Window, Role.Base, Role.Button):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours[role]))
    return palette


def qt_light() -> QPalette:
    """Qt's own palette (Fusion without a desktop theme): the one the offscreen tests get."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def breeze_light() -> QPalette:
    return _palette(
        {
            Role.Window: "#eff0f1",
            Role.WindowText: "#232629",
            Role.Base: "#fcfcfc",
            Role.AlternateBase: "#eff0f1",
            Role.Text: "#232629",
            Role.Button: "#eff0f1",
            Role.ButtonText: "#232629",
            Role.Highlight: "#3daee9",
            Role.HighlightedText: "#ffffff",
            Role.PlaceholderText: "#707d8a",
            Role.ToolTipBase: "#f7f7f7",
            Role.ToolTipText: "#232629",
            Role.Link: "#2980b9",
            Role.Light: "#ffffff",
            Role.Midlight: "#f6f7f7",
            Role.Mid: "#c4c9cd",
            Role.Dark: "#888e93",
            Role.Shadow: "#474a4c",
        }
    )


def breeze_dark() -> QPalette:
    return _palette(
        {
            Role.Window: "#202326",
            Role.WindowText: "#fcfcfc",
            Role.Base: "#141618",
            Role.AlternateBase: "#1d1f22",
            Role.Text: "#fcfcfc",
            Role.Button: "#292c30",
            Role.ButtonText: "#fcfcfc",
            Role.Highlight: "#3daee9",
            Role.HighlightedText: "#fcfcfc",
            Role.PlaceholderText: "#a1a9b1",
            Role.ToolTipBase: "#292c30",
            Role.ToolTipText: "#fcfcfc",
            Role.Link: "#1d99f3",
            Role.Light: "#40464c",
            Role.Midlight: "#363b40",
            Role.Mid: "#1e2124",
            Role.Dark: "#141618",
            Role.Shadow: "#0d0e10",
        }
    )


def fusion_dark() -> QPalette:
    """The dark Fusion palette many Qt apps set by hand (placeholder as Qt derives it: text at half)."""
    return _palette(
        {
            Role.Window: "#353535",
            Role.WindowText: "#ffffff",
            Role.Base: "#2a2a2a",
            Role.AlternateBase: "#424242",
            Role.Text: "#ffffff",
            Role.Button: "#353535",
            Role.ButtonText: "#ffffff",
            Role.Highlight: "#2a82da",
            Role.HighlightedText: "#ffffff",
            Role.PlaceholderText: "#ffffff",
            Role.ToolTipBase: "#353535",
            Role.ToolTipText: "#ffffff",
            Role.Link: "#2a82da",
            Role.Light: "#505050",
            Role.Midlight: "#424242",
            Role.Mid: "#242424",
            Role.Dark: "#1e1e1e",
            Role.Shadow: "#141414",
        },
        placeholder_alpha=128,
    )


THEMES: dict[str, Callable[[], QPalette]] = {
    "qt-light": qt_light,
    "breeze-light": breeze_light,
    "fusion-dark": fusion_dark,
    "breeze-dark": breeze_dark,
}


# ---- windows ----------------------------------------------------------------------------------


@dataclass
class Made:
    """A window ready to show, and what to call once it is shown to reach the state under test."""

    window: QWidget
    after_show: Callable[[], None] = lambda: None


def _prompt(*kinds: Kind) -> Prompt:
    return Prompt(kinds=kinds, due_at=tuple(NOW for _ in kinds), shown_at=NOW)


def reminder(kind: Kind = Kind.POSTURE) -> Made:
    from desktop.core.posture import load_posture_items
    from desktop.core.routine_summary import move_summaries
    from desktop.ui.reminder_popup import PromptView, ReminderPopup

    items, _ = load_posture_items()
    routine = next(r for r in load_library().routines if r.id == "micro-neck")
    kinds = (kind, Kind.HYDRATION) if kind is Kind.POSTURE else (kind,)
    view = PromptView(
        prompt=_prompt(*kinds),
        checklist=tuple((item.id, item.text) for item in items[:3]) if kind is Kind.POSTURE else (),
        moves=move_summaries(routine) if kind is Kind.STRETCH else (),
        routine_id=routine.id if kind is Kind.STRETCH else None,
        water_today_ml=750,
    )
    popup = ReminderPopup()
    popup.present(view)
    popup.hide()
    return Made(popup, lambda: popup.present(view, take_keyboard=True))


def status() -> Made:
    from desktop.core.policy import Upcoming
    from desktop.ui.status_window import StatusWindow
    from desktop.ui.tray import TrayMenu
    from desktop.ui.wording import describe

    menu = TrayMenu()
    window = StatusWindow(menu)
    window.setProperty("menu", menu)  # keeps the menu alive with the window
    from datetime import timedelta

    upcoming = Upcoming(False, None, None, Kind.POSTURE, NOW + timedelta(minutes=12))
    window.show_state(describe(upcoming, NOW, UTC))
    return Made(window)


def settings() -> Made:
    from desktop.ui.settings_dialog import DesktopFacts, SettingsDialog

    facts = DesktopFacts(
        sources=(
            ("Away detection", "XScreenSaver"),
            ("Calls and fullscreen", "not available on this session"),
        ),
        autostart_supported=True,
    )
    dialog = SettingsDialog(Settings(), facts)
    return Made(dialog)


def breathing(pattern: str = "4-7-8") -> Made:
    from desktop.ui.breathing_cues import PhaseCues
    from desktop.ui.breathing_window import BreathingWindow

    patterns = load_patterns(resource_path("breathing")).patterns
    cues = PhaseCues(lambda _r: FakeChime(), lambda _r: FakeSpeaker())  # type: ignore[arg-type, return-value]
    clock = FakeClock()
    window = BreathingWindow(
        patterns,
        BreathingSettings(pattern=pattern),
        clock,
        pattern_problems=("box.json: 'phases' must be a list",),
        cues=cues,
    )
    window.setProperty("clock", clock)

    def start() -> None:
        window.session_page.options_button.setChecked(True)  # every control on the page
        window.start()

    return Made(window, start)


def routine(routine_id: str = "muscle-relaxation") -> Made:
    from desktop.ui.routine_window import RoutineWindow

    chosen = next(r for r in load_library().routines if r.id == routine_id)
    clock = FakeClock()
    window = RoutineWindow(chosen, monotonic=clock.monotonic)
    window.setProperty("clock", clock)
    return Made(window)


def safety() -> Made:
    from desktop.ui.safety_page import SafetyPage

    return Made(SafetyPage())


def why() -> Made:
    from desktop.core.evidence import load_notes
    from desktop.ui.why_page import WhyPage

    return Made(WhyPage(load_notes(), topic="water"))


def stats() -> Made:
    from desktop.services.stats_service import StatsService
    from desktop.storage.eventlog import EventLog
    from desktop.ui.stats_window import StatsWindow
    from scripts.sample_history import history

    log = EventLog.in_memory()
    log.record_many(history(date(2026, 3, 18), 30))
    snapshot = StatsService(log, FakeClock(NOW)).snapshot(Goals(water_ml=2000, breaks=6))
    log.close()
    window = StatsWindow(FakeStatsDialogs())
    window.show_snapshot(snapshot)
    window.table_toggle.setChecked(True)
    return Made(window)


def tension() -> Made:
    from desktop.ui.tension_checkin import TensionCheckin

    checkin = TensionCheckin("stretch")
    return Made(checkin, lambda: checkin.present(activate=True))


def notice() -> Made:
    from desktop.ui.notice import notice as make_notice

    box = make_notice("Some content files have problems and were left out:\nneck.json: 'moves' is empty")
    assert isinstance(box, QMessageBox)
    return Made(box)


def water_amount() -> Made:
    from desktop.ui.water_amount import WaterAmountDialog

    return Made(WaterAmountDialog(250))


WINDOWS: dict[str, Callable[[], Made]] = {
    "reminder-posture": reminder,
    "reminder-water": lambda: reminder(Kind.HYDRATION),
    "reminder-stretch": lambda: reminder(Kind.STRETCH),
    "reminder-breathing": lambda: reminder(Kind.BREATHING_BREAK),
    "status": status,
    "settings": settings,
    "breathing": breathing,
    "breathing-custom": lambda: breathing("custom"),
    "routine": routine,
    "safety": safety,
    "why": why,
    "stats": stats,
    "tension": tension,
    "notice": notice,
    "water-amount": water_amount,
}


def apply_theme(app: QApplication, name: str) -> None:
    app.setPalette(THEMES[name]())
