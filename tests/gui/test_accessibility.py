"""Accessibility of every window: keyboard alone reaches every control and shows where it is,
every control has a name, text meets WCAG AA contrast in light and dark themes, the breathing
and routine windows announce their changes, and large fonts clip nothing.

The windows come from tests/gui/a11y_windows.py in realistic states; scripts/render_accessibility.py
renders the same windows at 200 % for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSlider,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui import contrast
from desktop.ui.announcements import Announcement, announcements
from desktop.ui.breathing_pacer import DARK as PACER_DARK
from desktop.ui.breathing_pacer import LIGHT as PACER_LIGHT
from desktop.ui.breathing_pacer import BreathingPacer
from desktop.ui.stats_cards import FigureCard
from desktop.ui.stats_charts import DayChart
from desktop.ui.stats_style import colours as chart_colours
from desktop.ui.stats_window import StatsWindow
from tests.gui.a11y_windows import THEMES, WINDOWS, Made
from tests.gui.screen_fit_check import clipped
from tests.languages import shipped_languages

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QAbstractItemView,
    QTabBar,
    QSlider,
)
PAINTS_OWN_CARD = (FigureCard, DayChart)  # custom-painted widgets with a card of their own


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[None]:
    """Restores the application palette and font a test changed."""
    palette, font = QApplication.palette(), QApplication.font()
    yield
    QApplication.setPalette(palette)
    QApplication.setFont(font)


def open_window(qtbot: QtBot, name: str) -> QWidget:
    made: Made = WINDOWS[name]()
    window = made.window
    qtbot.addWidget(window)
    window.show()
    made.after_show()
    qtbot.waitExposed(window)
    window.activateWindow()
    for _ in range(3):  # the activation, then what the windows do once it has placed the focus
        QApplication.processEvents()
    return window


# ---- keyboard: the focus chain --------------------------------------------------------------


def control_of(widget: QWidget | None) -> QWidget | None:
    """The control a focused widget belongs to (a spin box's line edit is the spin box)."""
    while widget is not None and not widget.isWindow():
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return parent
        if is_control(widget):
            return widget
        widget = parent
    return widget


def is_control(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar | QHeaderView):
        return False
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        return False
    if isinstance(widget, INTERACTIVE):
        return True
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return True
    if isinstance(widget, QScrollArea) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True  # a Tab stop of its own: there to be scrolled by keyboard
    return isinstance(widget, PAINTS_OWN_CARD)


def controls(window: QWidget) -> list[QWidget]:
    """Every control a person could use right now: visible, enabled, in this window."""
    return [
        w
        for w in window.findChildren(QWidget)
        if is_control(w) and w.isVisibleTo(window) and w.isEnabled() and w.window() is window
    ]


def tab_walk(window: QWidget) -> list[QWidget]:
    """The controls Tab visits, from the first one, until it comes round again."""
    first = next(
        (w for w in chain_from(window) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and is_control(w)),
        None,
    )
    assert first is not None, "nothing in the window takes the keyboard focus"
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(400):
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is window, "Tab left the window"
        control = control_of(focused)
        assert control is not None
        if control in seen and control is seen[0]:
            break
        if control not in seen:
            seen.append(control)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def chain_from(window: QWidget) -> Iterator[QWidget]:
    widget = window.nextInFocusChain()
    while widget is not window:
        if widget.isVisibleTo(window) and widget.isEnabled():
            yield widget
        widget = widget.nextInFocusChain()


def radio_group(widget: QWidget) -> list[QAbstractButton]:
    """The buttons an exclusive group shares one Tab stop with (arrow keys move between them)."""
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    return group.buttons() if group is not None and group.exclusive() else []


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says the control is called (its own name, its text, its label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    name = interface.text(QAccessible.Text.Name).replace("&", "").strip()
    if not name and isinstance(widget, QTabBar):  # the tabs carry the names
        name = " ".join(widget.tabText(i) for i in range(widget.count())).strip()
    return name


def walk_every_page(window: QWidget) -> tuple[set[QWidget], list[QWidget]]:
    """Tab through the window, and through each page of its tab widgets (Ctrl+Tab turns them)."""
    reached: set[QWidget] = set()
    expected: list[QWidget] = []
    tab_widgets = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)] or [None]
    for tabs in tab_widgets:
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
            reached |= set(tab_walk(window))
            expected += [c for c in controls(window) if c not in expected]
    return reached, expected


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_tab_reaches_every_control_and_each_has_a_name(qtbot: QtBot, name: str) -> None:
    window = open_window(qtbot, name)
    reached, expected = walk_every_page(window)
    assert expected, "no controls found"
    reached |= {b for c in reached for b in radio_group(c)}  # arrow keys move within a group
    missed = [
        f"{type(c).__name__} {c.objectName()!r} {accessible_name(c)!r}" for c in expected if c not in reached
    ]
    assert missed == [], "Tab never reaches these"
    unnamed = [f"{type(c).__name__} {c.objectName()!r}" for c in expected if not accessible_name(c)]
    assert unnamed == [], "controls without an accessible name"


@pytest.fixture(params=["Fusion", "Windows"])
def style(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Fusion (Qt's own, and what most Linux desktops without a Qt theme get) and the Windows style."""
    old = qapp.style().name()
    qapp.setStyle(request.param)
    yield request.param
    qapp.setStyle(old)


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_the_focused_control_looks_different(qtbot: QtBot, style: str, name: str) -> None:
    """A focus indicator shows on every control Tab reaches (custom-painted ones draw their own):
    each control's picture while focused differs from its picture after Tab moved on."""
    window = open_window(qtbot, name)
    order = tab_walk(window)
    order[0].setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(order[0], Qt.Key.Key_Backtab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # a real Tab lands on the first
    invisible = []
    for _ in order:
        control = control_of(QApplication.focusWidget())
        assert control is not None
        focused = control.grab().toImage()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if control_of(QApplication.focusWidget()) is control:
            continue  # a group shares one stop
        if _same(focused, control.grab().toImage()):
            invisible.append(
                f"{type(control).__name__} {control.objectName()!r} {accessible_name(control)!r}"
            )
    assert invisible == [], "focus does not show on these"


def test_focus_shows_from_the_start_in_both_styles(qtbot: QtBot, style: str) -> None:
    """The routine window focuses Pause itself: that must show before any Tab, in either style."""
    window = open_window(qtbot, "routine")
    pause = window.pause_button  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is pause
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    focused = pause.grab().toImage()
    window.next_button.setFocus()  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert not _same(focused, pause.grab().toImage())


def _same(a: QImage, b: QImage) -> bool:
    return a.size() == b.size() and a == b


def test_escape_closes_the_dialogs_and_windows(qtbot: QtBot) -> None:
    for name in ("settings", "safety", "why", "stats", "notice", "tension"):
        window = open_window(qtbot, name)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
        assert not window.isVisible(), name


def test_the_reminder_card_waits_to_be_turned_to_then_works_by_keyboard(qtbot: QtBot) -> None:
    from desktop.ui.reminder_popup import PromptAnswer, ReminderPopup

    made = WINDOWS["reminder-posture"]()
    popup = made.window
    assert isinstance(popup, ReminderPopup)
    qtbot.addWidget(popup)
    assert popup.view is not None
    popup.present(popup.view)
    assert not popup.accepts_focus()  # it pops up without taking the keyboard
    assert popup.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    text = next(label for label in popup.findChildren(QLabel) if label.wordWrap())
    QTest.mouseClick(text, Qt.MouseButton.LeftButton)  # the user clicks the card
    assert popup.accepts_focus() and popup.isVisible()
    done = popup.findChild(QPushButton, "done")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is done, timeout=1000)
    for name in ("carried_bottle", "carried_glass", ""):  # back past the carried water's own amounts
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert name == "" or QApplication.focusWidget().objectName() == name
    tick = QApplication.focusWidget()
    assert isinstance(tick, QCheckBox)
    QTest.keyClick(tick, Qt.Key.Key_Space)
    assert tick.isChecked()
    with qtbot.waitSignal(popup.answered) as answered:
        QTest.keyClick(tick, Qt.Key.Key_Return)  # Enter on a tick answers with the main button
    assert answered.args == [
        PromptAnswer(
            outcome=answered.args[0].outcome,
            details={"fixed": [tick.objectName()], "merged": {"hydration": {}}},  # no water chosen
        )
    ]
    assert answered.args[0].outcome.value == "done"


def test_the_reminder_buttons_answer_to_enter_space_mnemonics_and_escape(qtbot: QtBot) -> None:
    from desktop.core.events import Outcome

    for key, modifier, outcome in (
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, Outcome.SKIPPED),
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, Outcome.SKIPPED),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, Outcome.SNOOZED),
        (Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier, Outcome.SKIPPED),
    ):
        popup = open_window(qtbot, "reminder-water")
        skip = popup.findChild(QPushButton, "skip")
        skip.setFocus(Qt.FocusReason.TabFocusReason)
        with qtbot.waitSignal(popup.answered, timeout=1000) as answered:  # type: ignore[attr-defined]
            QTest.keyClick(skip, key, modifier)
        assert answered.args[0].outcome is outcome, key
        assert not popup.isVisible()


# ---- contrast ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    where: str
    text: QColor
    background: QColor
    needed: float

    @property
    def ratio(self) -> float:
        return contrast.contrast(self.text, self.background)


def background_of(widget: QWidget) -> QColor:
    """The colour behind a widget's text: the nearest ancestor that paints a background."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, PAINTS_OWN_CARD):
            return chart_colours(current.palette()).card
        styled = current is not widget and (
            current.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            or "background" in current.styleSheet()
        )
        if current.autoFillBackground() or styled or current.isWindow():
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    raise AssertionError("no window")


def text_pairs(window: QWidget) -> Iterator[Pair]:
    """(text colour, background) of every enabled label and button in the window."""
    for widget in [window, *window.findChildren(QWidget)]:
        widget.ensurePolished()
        if not widget.isEnabled() or widget.window() is not window:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        palette = widget.palette()
        if isinstance(widget, QLabel) and widget.text():
            where += f" {widget.text()[:30]!r}"
            text = palette.color(widget.foregroundRole())
            yield Pair(where, text, background_of(widget), contrast.required(widget.font()))
        elif isinstance(widget, QPushButton | QToolButton) and widget.text():
            where += f" {widget.text()[:30]!r}"
            flat = (isinstance(widget, QPushButton) and widget.isFlat()) or (
                isinstance(widget, QToolButton) and widget.autoRaise()
            )
            face = background_of(widget) if flat else palette.color(QPalette.ColorRole.Button)
            styled_face = palette.color(widget.backgroundRole())
            if widget.testAttribute(Qt.WidgetAttribute.WA_StyledBackground) and styled_face.alpha() == 255:
                face = styled_face
            needed = contrast.required(widget.font())
            yield Pair(where, palette.color(QPalette.ColorRole.ButtonText), face, needed)
        elif isinstance(widget, QCheckBox | QRadioButton | QGroupBox):
            yield Pair(where, palette.color(QPalette.ColorRole.WindowText), background_of(widget), 4.5)
        elif isinstance(widget, QComboBox):
            yield Pair(
                where,
                palette.color(QPalette.ColorRole.ButtonText),
                palette.color(QPalette.ColorRole.Button),
                4.5,
            )
        elif isinstance(widget, QLineEdit) and widget.isVisibleTo(window):
            yield Pair(
                where, palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 4.5
            )


def painted_pairs(window: QWidget) -> Iterator[Pair]:
    """Text the app paints itself: chart labels, the pacer's count, the chosen period."""
    for chart in window.findChildren(DayChart):
        c = chart_colours(chart.palette())
        yield Pair("chart text", c.text, c.card, 4.5)
        yield Pair("chart labels", c.muted, c.card, 4.5)
    for bars in window.findChildren(QWidget, "tension_bars") + window.findChildren(QWidget, "breathing_bars"):
        c = chart_colours(bars.palette())
        yield Pair("comparison bars", c.text, bars.palette().color(QPalette.ColorRole.Window), 4.5)
    for pacer in window.findChildren(BreathingPacer):
        from desktop.ui.breathing_style import is_dark

        colours = PACER_DARK if is_dark(pacer.palette()) else PACER_LIGHT
        for name in ("inner", "outer", "hold", "exhale"):  # the count is large text: 3:1
            yield Pair(f"pacer count on {name}", colours.text, getattr(colours, name), 3.0)
    if isinstance(window, StatsWindow):
        for where, text, background in window.period_switch_colours():
            yield Pair(where, text, background, 4.5)


@pytest.mark.parametrize("theme_name", sorted(THEMES))
@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_text_contrast_meets_wcag_aa(qtbot: QtBot, theme: None, name: str, theme_name: str) -> None:
    QApplication.setPalette(THEMES[theme_name]())
    window = open_window(qtbot, name)
    _show_every_message(window)
    pairs = [*text_pairs(window), *painted_pairs(window)]
    assert len(pairs) >= 2
    failing = [f"{p.where}: {p.ratio:.2f} < {p.needed}" for p in pairs if p.ratio < p.needed - 0.005]
    assert failing == []


@pytest.mark.parametrize("name", ["breathing", "routine", "safety", "why", "settings", "stats", "tension"])
def test_contrast_holds_when_the_theme_changes_while_open(qtbot: QtBot, theme: None, name: str) -> None:
    QApplication.setPalette(THEMES["qt-light"]())
    window = open_window(qtbot, name)
    _show_every_message(window)
    QApplication.setPalette(THEMES["breeze-dark"]())
    QApplication.processEvents()
    pairs = [*text_pairs(window), *painted_pairs(window)]
    failing = [f"{p.where}: {p.ratio:.2f} < {p.needed}" for p in pairs if p.ratio < p.needed - 0.005]
    assert failing == []


def test_the_breathing_rating_and_summary_pages_are_readable(qtbot: QtBot, theme: None) -> None:
    from desktop.ui.breathing_window import BreathingWindow

    for theme_name in ("breeze-light", "fusion-dark"):
        QApplication.setPalette(THEMES[theme_name]())
        window = open_window(qtbot, "breathing")
        assert isinstance(window, BreathingWindow)
        window.rating.ask("How tense do you feel right now?")
        window.summary.show_result(None, 95, "4-7-8")
        pairs = list(text_pairs(window))
        failing = [f"{p.where}: {p.ratio:.2f}" for p in pairs if p.ratio < p.needed - 0.005]
        assert failing == [], theme_name


def _show_every_message(window: QWidget) -> None:
    """Bring out the texts that only appear on a problem (refused values, a failed export)."""
    from desktop.core.data_requests import DataActionFailed
    from desktop.ui.settings_dialog import SettingsDialog

    if isinstance(window, SettingsDialog):
        spin = window.findChild(QAbstractSpinBox, "posture_interval")
        spin.setValue(0)  # type: ignore[attr-defined]
    if isinstance(window, StatsWindow):
        window.show_outcome(DataActionFailed("export", "disk full"))  # type: ignore[arg-type]
    QApplication.processEvents()


def test_the_contrast_formula() -> None:
    assert contrast.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    half = QColor(0, 0, 0, 128)  # Qt's default placeholder colour on its default window
    assert contrast.contrast(half, QColor("#efefef")) == pytest.approx(3.9, abs=0.1)
    for colour, back in (("#c0392b", "#353535"), ("#9c3d22", "#202326"), ("#cccccc", "#ffffff")):
        fixed = contrast.readable(QColor(colour), QColor(back))
        assert contrast.contrast(fixed, QColor(back)) >= 4.5
    assert contrast.is_large(QFont("Sans", 18)) and not contrast.is_large(QFont("Sans", 12))


# ---- announcements ----------------------------------------------------------------------------


@pytest.fixture
def heard(qapp: QApplication) -> Iterator[list[Announcement]]:
    said: list[Announcement] = []
    announcements().announced.connect(said.append)
    yield said
    announcements().announced.disconnect(said.append)


def test_the_breathing_window_announces_each_phase(qtbot: QtBot, heard: list[Announcement]) -> None:
    from desktop.ui.breathing_window import BreathingWindow

    window = open_window(qtbot, "breathing")
    assert isinstance(window, BreathingWindow)
    clock = window.property("clock")
    assert [a.text for a in heard][-1:] == ["Breathe in"]
    for seconds in (4.1, 7.0, 8.0):  # 4-7-8: in, hold, out, in again
        clock.advance(seconds)
        window.refresh()
    assert [a.text for a in heard][-4:] == ["Breathe in", "Hold", "Breathe out", "Breathe in"]
    count = len(heard)
    clock.advance(0.5)
    window.refresh()  # the count moves, the phase does not: nothing new to say
    assert len(heard) == count
    window.toggle_pause()
    assert heard[-1].text.startswith("Paused")
    window.toggle_pause()
    assert heard[-1].text == "Breathe in"


def test_the_breathing_window_is_quiet_in_the_background(qtbot: QtBot, heard: list[Announcement]) -> None:
    window = open_window(qtbot, "breathing")
    clock = window.property("clock")
    window.showMinimized()
    count = len(heard)
    clock.advance(4.1)
    window.refresh()  # type: ignore[attr-defined]
    assert len(heard) == count


def test_the_routine_window_announces_each_step(qtbot: QtBot, heard: list[Announcement]) -> None:
    from desktop.ui.routine_window import RoutineWindow

    window = open_window(qtbot, "routine")
    assert isinstance(window, RoutineWindow)
    first = heard[-1].text
    assert first.startswith("Step 1 of") and window.routine.moves[0].name in first
    window.go_next()
    assert heard[-1].text.startswith("Step 2 of")
    assert window.title_label.text() in heard[-1].text
    for _ in range(200):
        window.go_next()
    assert heard[-1].text.startswith("Nicely done")


def test_announcements_fall_back_to_a_live_label(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import announcements as module

    monkeypatch.setattr(module, "_ANNOUNCEMENT", None)  # as on Qt before 6.8
    live = QLabel("Breathe in")
    qtbot.addWidget(live)
    assert module.announce(live, "Hold", live=live, even_inactive=True)
    assert live.accessibleName() == "Hold"


def test_custom_painted_widgets_speak_their_numbers(qtbot: QtBot) -> None:
    window = open_window(qtbot, "stats")
    for chart in window.findChildren(DayChart):
        assert chart.accessibleName() and "—" in chart.accessibleDescription()
    for card in window.findChildren(FigureCard):
        assert any(ch.isdigit() for ch in card.accessibleName()), card.objectName()
    breathing = open_window(qtbot, "breathing")
    pacer = breathing.findChild(BreathingPacer)
    assert pacer is not None and pacer.accessibleName()
    assert pacer.accessibleDescription().startswith("Breathe in")


def test_the_stats_charts_step_through_days_by_keyboard(qtbot: QtBot, heard: list[Announcement]) -> None:
    window = open_window(qtbot, "stats")
    chart = window.findChildren(DayChart)[0]
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(chart, Qt.Key.Key_End)
    last = heard[-1].text
    QTest.keyClick(chart, Qt.Key.Key_Left)
    assert heard[-1].text != last and "—" in heard[-1].text
    QTest.keyClick(chart, Qt.Key.Key_Home)
    assert heard[-1].text == chart.describe_day(0)


# ---- large fonts ------------------------------------------------------------------------------

MAIN_WINDOWS = (
    "reminder-posture",
    "reminder-stretch",
    "status",
    "settings",
    "breathing",
    "routine",
    "safety",
    "why",
    "stats",
    "tension",
)


def overlapping(window: QWidget) -> list[str]:
    """Visible labels and controls whose rectangles overlap a sibling's in the same layout."""
    found = []
    for parent in [window, *window.findChildren(QWidget)]:
        children = [
            c
            for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if c.isVisibleTo(window) and not c.isWindow() and c.width() > 0 and c.height() > 0
        ]
        for i, a in enumerate(children):
            for b in children[i + 1 :]:
                shared = a.geometry().intersected(b.geometry())
                if shared.width() > 2 and shared.height() > 2 and not _stacked(a, b):
                    found.append(
                        f"{type(a).__name__} {a.objectName()!r} and {type(b).__name__} {b.objectName()!r}"
                    )
    return found


def _stacked(a: QWidget, b: QWidget) -> bool:
    """Pages of a stacked widget or scroll area parts share their place by design."""
    from PySide6.QtWidgets import QAbstractScrollArea, QStackedWidget

    parent = a.parentWidget()
    return isinstance(parent, QStackedWidget | QAbstractScrollArea | QTabWidget) or isinstance(
        parent.parentWidget(), QAbstractScrollArea
    )


@pytest.mark.parametrize("points", [16, 18])
@pytest.mark.parametrize("name", MAIN_WINDOWS)
def test_large_fonts_clip_nothing(qtbot: QtBot, theme: None, name: str, points: int) -> None:
    font = QFont(QApplication.font())
    font.setPointSize(points)
    QApplication.setFont(font)
    window = open_window(qtbot, name)
    QApplication.processEvents()
    assert clipped(window) == []
    assert overlapping(window) == []


# ---- mnemonics --------------------------------------------------------------------------------


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter keys of the visible buttons and boxes in the window, one per control."""
    keys = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        text = (
            widget.text()
            if isinstance(widget, QAbstractButton)
            else widget.title()
            if isinstance(widget, QGroupBox)
            else ""
        )
        marked = text.replace("&&", "")
        if "&" in marked:
            keys.append(marked[marked.index("&") + 1].lower())
    return keys


@pytest.mark.parametrize("language", shipped_languages())
@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_mnemonics_are_unique_in_each_window(
    qtbot: QtBot, qapp: QApplication, name: str, language: str
) -> None:
    from desktop.services.translations import install_language

    installed = install_language(qapp, language)
    try:
        window = open_window(qtbot, name)
        keys = mnemonics(window)
        assert keys or name in ("status", "notice", "settings")  # these show Qt's or the tray's words
        assert len(keys) == len(set(keys)), sorted(keys)
    finally:
        installed.uninstall()
