"""The tray icon and its menu. They only show state and emit intents; app.py wires them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.core.holds import HoldReason
from desktop.core.reminder_state import PauseRequest, State, Upcoming
from desktop.resources import resource_path
from desktop.ui.plain_text import menu_text


def app_icon(state: str = "") -> QIcon:
    name = f"unclench-{state}.svg" if state else "unclench.svg"
    return QIcon(str(resource_path("icons", name)))


def countdown_icon(base: QIcon, seconds: int, size: int = 64) -> QIcon:
    """The app icon with the seconds left written over it on a round badge."""
    pixmap = base.pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f7a6f"))
    painter.drawEllipse(QRectF(size * 0.05, size * 0.05, size * 0.9, size * 0.9))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.5 if seconds < 100 else 0.36)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, str(seconds))
    painter.end()
    return QIcon(pixmap)


class TrayMenu(QObject):
    """The actions every front (tray menu, no-tray status window) offers. Each has an objectName.

    Owns the QMenu with those actions, the routines submenu (filled from its routine source as it
    opens) and the status line and water total it shows; it only emits intents.

    Signals: `breathe_requested()` breathe now; `stretch_requested()` take a stretch break now;
    `routine_requested(str)` play the routine with this id; `water_requested(int)` log this many ml;
    `custom_water_requested()` ask for another amount; `undo_water_requested()` undo the last water
    entry; `pause_requested(PauseRequest)` pause reminders; `meeting_requested(int | None)` meeting
    mode for these minutes, None until ended; `end_meeting_requested()` end meeting mode;
    `resume_requested()` end the pause; `import_routine_requested()` import a routine file;
    `remove_routine_requested(str)` remove the imported routine with this id; `statistics_requested()`
    open the statistics; `checkin_requested()` rate tension now; `safety_requested()` open "When to
    see a professional"; `why_requested()` open "Why this helps"; `settings_requested()` open the
    settings; `quit_requested()` quit Unclench; `not_now_requested()` postpone the break whose
    heads-up shows; `make_up_requested()` take a skipped or missed break now (break credit);
    `remind_anyway_requested()` show the held reminder now; `not_a_call_requested()` the app holding
    reminders as a call is no call.
    """

    breathe_requested = Signal()
    stretch_requested = Signal()
    routine_requested = Signal(str)  # routine id
    water_requested = Signal(int)  # millilitres
    custom_water_requested = Signal()
    undo_water_requested = Signal()
    pause_requested = Signal(object)  # PauseRequest
    meeting_requested = Signal(object)  # minutes, or None: until ended
    end_meeting_requested = Signal()
    resume_requested = Signal()
    import_routine_requested = Signal()
    remove_routine_requested = Signal(str)  # routine id of an imported routine
    statistics_requested = Signal()
    checkin_requested = Signal()
    safety_requested = Signal()
    why_requested = Signal()  # the "Why this helps" page, from its first topic
    remind_anyway_requested = Signal()  # show the held reminder now
    not_a_call_requested = Signal()  # the app holding reminders as a call is no call
    settings_requested = Signal()
    quit_requested = Signal()
    not_now_requested = Signal()
    make_up_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.status = self._action("status", "")
        self.status.setEnabled(False)
        self.remind_anyway = self._action(
            "remind_anyway", self.tr("Remind me anyway"), self.remind_anyway_requested.emit
        )
        self.not_a_call = self._action("not_a_call", "", self.not_a_call_requested.emit)
        self.show_hold(held=False, call_app=None)
        self.menu.addSeparator()
        self.breathe = self._action("breathe_now", self.tr("Breathe now"), self.breathe_requested.emit)
        self.stretch_now = self._action(
            "stretch_now", self.tr("Take a stretch break now"), self.stretch_requested.emit
        )
        self.not_now = self._action(
            "not_now", self.tr("Not now: postpone the coming break"), self.not_now_requested.emit
        )
        self.make_up = self._action("make_up", self.tr("Make up a break"), self.make_up_requested.emit)
        self.skips_left = self._action("skips_left", "")
        self.skips_left.setEnabled(False)
        self.show_breaks(owed=0, skips_left=None, heads_up=False)
        self.routines_menu = self._submenu("routines_menu", self.tr("Guided routines"))
        self.routines_menu.aboutToShow.connect(self._fill_routines)
        self._routines: Callable[[], list[tuple[str, str, bool]]] = list
        self._glass_ml = 0  # "a glass", from the settings (show_water)
        self.log_water = self._action(
            "log_water", self.tr("Log a glass of water"), lambda: self.water_requested.emit(self._glass_ml)
        )
        self.water_menu = self._submenu("water_menu", self.tr("Water today"))
        self.log_bottle = self._action(
            "log_bottle",
            self.tr("Drank a bottle"),
            lambda: self.water_requested.emit(2 * self._glass_ml),
            self.water_menu,
        )
        self._action(
            "log_custom_water", self.tr("Other amount…"), self.custom_water_requested.emit, self.water_menu
        )
        self.undo_water = self._action(
            "undo_water", self.tr("Undo the last entry"), self.undo_water_requested.emit, self.water_menu
        )
        self.undo_water.setEnabled(False)
        self.menu.addSeparator()
        self.pause_menu = self._submenu("pause_menu", self.tr("Pause"))
        self.pause_actions = [
            self._pause_action("pause_30m", self.tr("For 30 minutes"), PauseRequest(minutes=30)),
            self._pause_action("pause_1h", self.tr("For 1 hour"), PauseRequest(minutes=60)),
            self._pause_action("pause_2h", self.tr("For 2 hours"), PauseRequest(minutes=120)),
            self._pause_action(
                "pause_tomorrow", self.tr("Until tomorrow"), PauseRequest(until_tomorrow=True)
            ),
            self._pause_action("pause_indefinitely", self.tr("Until I resume"), PauseRequest()),
        ]
        self.resume = self._action("resume", self.tr("Resume"), self.resume_requested.emit)
        self.meeting_menu = self._submenu("meeting_menu", self.tr("Meeting mode"))
        for name, text, minutes in (
            ("meeting_30m", self.tr("For 30 minutes"), 30),
            ("meeting_1h", self.tr("For 1 hour"), 60),
            ("meeting_2h", self.tr("For 2 hours"), 120),
            ("meeting_open", self.tr("Until I end it"), None),
        ):
            self._action(name, text, partial(self.meeting_requested.emit, minutes), self.meeting_menu)
        self.end_meeting = self._action(
            "end_meeting", self.tr("End meeting mode"), self.end_meeting_requested.emit
        )
        self.end_meeting.setVisible(False)
        self.menu.addSeparator()
        self.statistics = self._action("statistics", self.tr("Statistics…"), self.statistics_requested.emit)
        self.checkin = self._action(
            "tension_checkin", self.tr("How tense am I right now?"), self.checkin_requested.emit
        )
        self.why = self._action("why", self.tr("Why this helps"), self.why_requested.emit)
        self.safety = self._action(
            "safety", self.tr("When to see a professional"), self.safety_requested.emit
        )
        # Lives at the end of the routines submenu (added there each time it opens).
        self.import_routine = self._action(
            "import_routine",
            self.tr("Import a routine…"),
            self.import_routine_requested.emit,
            self.routines_menu,
        )
        self.settings = self._action("settings", self.tr("Settings…"), self.settings_requested.emit)
        self.quit = self._action("quit", self.tr("Quit Unclench"), self.quit_requested.emit)
        self.show_state("", paused=False)

    def set_routine_source(self, routines: Callable[[], list[tuple[str, str, bool]]]) -> None:
        """Where the routines come from: (id, name, imported by the user), asked when the menu opens."""
        self._routines = routines

    def show_state(self, text: str, paused: bool, in_meeting: bool = False) -> None:
        self.status.setText(menu_text(text))
        self.end_meeting.setVisible(in_meeting)
        self.meeting_menu.menuAction().setVisible(not in_meeting)
        self.resume.setEnabled(paused)
        self.resume.setVisible(paused)
        # The pause entries stay enabled while paused: choosing one changes the pause (30 min → tomorrow).

    def show_breaks(self, owed: int, skips_left: int | None, heads_up: bool) -> None:
        """Break credit owed today, what is left of the skip budget (None: no budget), and whether a
        heads-up shows (then "Not now" is offered)."""
        self.not_now.setVisible(heads_up)
        self.make_up.setVisible(owed > 0)
        self.make_up.setText(self.tr("Make up a break ({0} owed)").format(owed))
        self.skips_left.setVisible(skips_left is not None)
        self.skips_left.setText(self.tr("Skips left today: {0}").format(skips_left or 0))

    def show_hold_of(self, upcoming: Upcoming) -> None:
        """The held reminder's offers, from the state of things."""
        hold = upcoming.hold if upcoming.state is State.HELD else None
        call_app = hold.detail if hold is not None and hold.reason is HoldReason.CALL else None
        self.show_hold(held=hold is not None, call_app=call_app)

    def show_hold(self, held: bool, call_app: str | None) -> None:
        """While a reminder is held: offer it now; while a call holds it: offer "not a call"."""
        self.remind_anyway.setVisible(held)
        self.not_a_call.setVisible(held and bool(call_app))
        if call_app:
            #: The app holding reminders as a call does not make calls (a recorder, a tuner).
            self.not_a_call.setText(self.tr("{0} is not a call").format(call_app))

    def show_water(self, today_ml: int, goal_ml: int, can_undo: bool, glass_ml: int) -> None:
        """Today's water against the goal, whether undo is possible, and the glass (a bottle is two)."""
        self.water_menu.setTitle(self.tr("Water today: {0} of {1} ml").format(today_ml, goal_ml))
        self.undo_water.setEnabled(can_undo)
        self._glass_ml = glass_ml
        self.log_water.setText(self.tr("Log a glass of water ({0} ml)").format(glass_ml))
        self.log_bottle.setText(self.tr("Drank a bottle ({0} ml)").format(2 * glass_ml))

    def _fill_routines(self) -> None:
        for old in self.routines_menu.findChildren(QMenu):
            old.deleteLater()  # clear() drops the submenu's entry but not the submenu itself
        self.routines_menu.clear()
        routines = self._routines()
        for routine_id, name, _ in routines:
            self._action(
                "routine_" + routine_id,
                menu_text(name),  # "Neck & shoulders" keeps its "&"
                partial(self.routine_requested.emit, routine_id),
                self.routines_menu,
            )
        self.routines_menu.addSeparator()
        self.routines_menu.addAction(self.import_routine)
        imported = [(routine_id, name) for routine_id, name, user in routines if user]
        if imported:
            remove = self.routines_menu.addMenu(self.tr("Remove an imported routine"))
            remove.setObjectName("remove_routine_menu")
            for routine_id, name in imported:
                self._action(
                    "remove_" + routine_id,
                    menu_text(name),
                    partial(self.remove_routine_requested.emit, routine_id),
                    remove,
                )

    def _submenu(self, name: str, title: str) -> QMenu:
        submenu = self.menu.addMenu(title)
        submenu.setObjectName(name)
        return submenu

    def _action(
        self, name: str, text: str, slot: Callable[[], object] | None = None, menu: QMenu | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(lambda *_: slot())
        (menu or self.menu).addAction(action)
        return action

    def _pause_action(self, name: str, text: str, request: PauseRequest) -> QAction:
        return self._action(name, text, lambda: self.pause_requested.emit(request), self.pause_menu)


class Tray(QObject):
    """The icon in the system tray; its look says active / paused / in a meeting / reminder waiting.

    Owns the QSystemTrayIcon, its four icons and its tooltip; its context menu is the TrayMenu's.
    Signals: `activated()` a plain click on the icon.
    """

    activated = Signal()  # a plain click on the icon

    def __init__(self, menu: TrayMenu) -> None:
        super().__init__()
        self.menu = menu
        self._icons = {state: app_icon(state) for state in ("", "paused", "meeting", "waiting")}
        self._state = ""
        self.icon = QSystemTrayIcon(self._icons[""])
        self.icon.setContextMenu(menu.menu)
        self.icon.setToolTip("Unclench")
        self.icon.activated.connect(self._on_activated)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def show_state(self, text: str, paused: bool, waiting: bool, in_meeting: bool = False) -> None:
        # Meeting mode has its own look (a headset badge): reminders wait, they are not paused.
        self._state = "waiting" if waiting else "paused" if paused else "meeting" if in_meeting else ""
        self.icon.setIcon(self._icons[self._state])
        self.icon.setToolTip(self.tr("Unclench — {0}").format(text))

    def show_countdown(self, seconds: int | None, break_name: str = "") -> None:
        """The heads-up: the icon counts down the seconds to a break (None: back to its state)."""
        if seconds is None:
            self.icon.setIcon(self._icons[self._state])
            return
        self.icon.setIcon(countdown_icon(self._icons[""], seconds))
        self.icon.setToolTip(self.tr("{0} in {1} s").format(break_name, seconds))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.activated.emit()
