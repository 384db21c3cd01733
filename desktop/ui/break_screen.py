"""The break screen: a calm page on every monitor (or the one with the pointer), or a large
centred window, counting the break down.

It fades in (still when reduced motion is asked for), shows the suggestion, the countdown and its
progress, "Done early", "Postpone" (when allowed) and the current time. Keyboard: Enter is done,
Esc postpones. It never takes the focus or grabs the keyboard when it appears, so text typed at
that moment stays in the window it was meant for; the user clicks it to use the keyboard there.

Strict mode (opt-in per kind) takes the keyboard: no Skip, Esc does nothing, and postponing is
offered only while the day's allowance lasts. The emergency exit is holding Esc for
EMERGENCY_EXIT_SECONDS; it answers Skipped with `emergency_exit` in the details, so it is logged.

Screens added while it shows get a page too (every-screen mode); a page whose screen goes away
closes, and if none is left the break moves to the primary screen. A page the user closes through
the window system (Alt+F4) goes; the last one ends the break as Esc does (strict: it comes back).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QObject,
    QPropertyAnimation,
    QRect,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop.core.break_rules import outcome_of
from desktop.core.events import Outcome
from desktop.core.settings import EMERGENCY_EXIT_SECONDS
from desktop.ui.break_panel import BreakPanel, BreakView
from desktop.ui.breathing_motion import SystemMotionPreference
from desktop.ui.keyboard import ENTER_KEYS
from desktop.ui.reminder_popup import PromptAnswer

FADE_MS = 400
WINDOW_SHARE = 0.7  # the centred window's share of the screen's width and height


def _clock_text() -> str:
    return QTime.currentTime().toString("HH:mm")


class BreakScreen(QObject):
    """Owns the break screen's pages (one per screen shown on), its countdown timer, the fade-in and
    the keyboard handling, including strict mode's emergency exit.

    Signals: `answered(PromptAnswer)` done (at the end or early), postponed (snoozed), skipped, or
    skipped through the emergency exit (`{"emergency_exit": True}`); made up when the view says so.
    """

    answered = Signal(object)  # PromptAnswer

    def __init__(
        self,
        clock_text: Callable[[], str] = _clock_text,
        emergency_hold_ms: int = EMERGENCY_EXIT_SECONDS * 1000,
    ) -> None:
        super().__init__()
        self._clock_text = clock_text
        self._view: BreakView | None = None
        self._pages: dict[QScreen, BreakPanel] = {}
        self._elapsed = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update)
        self._emergency = QTimer(self)
        self._emergency.setSingleShot(True)
        self._emergency.setInterval(emergency_hold_ms)
        self._emergency.timeout.connect(lambda: self._answer(Outcome.SKIPPED, {"emergency_exit": True}))
        self._motion: SystemMotionPreference | None = None
        self._fades: list[QPropertyAnimation] = []
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)

    @property
    def view(self) -> BreakView | None:
        return self._view

    @property
    def pages(self) -> list[BreakPanel]:
        return list(self._pages.values())

    def present(self, view: BreakView) -> None:
        """Show the break for `view` on the screens it asks for and start the countdown."""
        self._close_pages()
        self._view = view
        self._elapsed.start()
        targets = QGuiApplication.screens() if view.every_screen else [self._pointer_screen()]
        for screen in targets:
            self._add_page(screen)
        self._update()
        self._tick.start()
        if view.strict:
            self._take_keyboard()

    def close(self) -> None:
        """Take the break screen away without an answer (the prompt was answered elsewhere)."""
        self._tick.stop()
        self._emergency.stop()
        self._close_pages()
        self._view = None

    def seconds_left(self) -> int:
        if self._view is None:
            return 0
        return max(0, self._view.seconds - int(self._elapsed.elapsed() // 1000))

    # ---- the pages -----------------------------------------------------------------------

    def _add_page(self, screen: QScreen) -> None:
        view = self._view
        assert view is not None
        page = BreakPanel(view)
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        page.setWindowFlags(flags)
        if not view.strict:
            page.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        page.done_requested.connect(lambda: self._answer(Outcome.DONE, {"early": True}))
        page.postpone_requested.connect(lambda: self._answer(Outcome.SNOOZED, {}))
        page.skip_requested.connect(lambda: self._answer(Outcome.SKIPPED, {}))
        page.closed_by_system.connect(lambda: self._forget(page))
        for widget in (page, *page.findChildren(QWidget)):
            widget.installEventFilter(self)
        page.setGeometry(self._rect(screen, view, page))
        page.setWindowOpacity(0.0 if self._animated(view) else 1.0)
        self._pages[screen] = page
        page.show_time(self.seconds_left(), view.seconds, self._clock_text())  # laid out with its text
        page.show()
        if self._animated(view):
            fade = QPropertyAnimation(page, b"windowOpacity", page)
            fade.setDuration(FADE_MS)
            fade.setStartValue(0.0)
            fade.setEndValue(1.0)
            fade.start()
            self._fades.append(fade)

    def _rect(self, screen: QScreen, view: BreakView, page: BreakPanel) -> QRect:
        if view.full_screen:
            return screen.geometry()
        area = screen.availableGeometry()
        least = page.minimumSizeHint()
        width = min(area.width(), max(least.width(), int(area.width() * WINDOW_SHARE)))
        height = min(area.height(), max(least.height(), int(area.height() * WINDOW_SHARE)))
        rect = QRect(0, 0, width, height)
        rect.moveCenter(area.center())
        return rect

    def _animated(self, view: BreakView) -> bool:
        if self._motion is None:
            self._motion = SystemMotionPreference(self)
        return not (view.reduced_motion or self._motion.reduced())

    def _pointer_screen(self) -> QScreen:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        return screen

    def _screen_added(self, screen: QScreen) -> None:
        if self._view is not None and self._view.every_screen and screen not in self._pages:
            self._add_page(screen)
            self._update()

    def _screen_removed(self, screen: QScreen) -> None:
        page = self._pages.pop(screen, None)
        if page is not None:
            page.close_quietly()
        if self._view is not None and not self._pages:
            primary = QGuiApplication.primaryScreen()
            if primary is not None and primary is not screen:
                self._add_page(primary)
                self._update()

    def _forget(self, page: BreakPanel) -> None:
        """A page the user closed through the window system (Alt+F4): with none left, the break ends as
        Esc ends it (postponed, or skipped when it may not be), or, strict, comes back on the primary."""
        for screen, known in list(self._pages.items()):
            if known is page:
                del self._pages[screen]
        page.deleteLater()
        view = self._view
        if view is None or self._pages:
            return
        if not view.strict:
            self._answer(Outcome.SNOOZED if view.may_postpone else Outcome.SKIPPED, {})
            return
        primary = QGuiApplication.primaryScreen()
        if primary is not None:
            self._add_page(primary)
            self._update()
            self._take_keyboard()

    def _close_pages(self) -> None:
        for fade in self._fades:
            fade.stop()
        self._fades.clear()
        grabber = QWidget.keyboardGrabber()
        if grabber is not None and grabber in self._pages.values():
            grabber.releaseKeyboard()
        for page in self._pages.values():
            page.close_quietly()
        self._pages.clear()

    def _take_keyboard(self) -> None:
        page = self._pages.get(self._pointer_screen()) or next(iter(self._pages.values()), None)
        if page is not None:
            page.activateWindow()
            page.done.setFocus()
            page.grabKeyboard()

    # ---- time and answers ----------------------------------------------------------------

    def _update(self) -> None:
        view = self._view
        if view is None:
            return
        left = self.seconds_left()
        for page in self._pages.values():
            page.show_time(left, view.seconds, self._clock_text())
        if left <= 0:
            self._answer(Outcome.DONE, {})

    def _answer(self, outcome: Outcome, details: dict[str, object]) -> None:
        view = self._view
        if view is None:
            return
        details = {**details, "seconds": min(view.seconds, int(self._elapsed.elapsed() // 1000))}
        self.close()
        self.answered.emit(PromptAnswer(outcome_of(outcome, view.making_up), details))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self._view
        if view is None or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if event.type() == QEvent.Type.KeyPress and key in ENTER_KEYS:
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and focused.window() in self._pages.values():
                focused.click()
            else:
                self._answer(Outcome.DONE, {"early": True})
            return True
        if key != Qt.Key.Key_Escape or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if view.strict:
            if not event.isAutoRepeat():
                if event.type() == QEvent.Type.KeyPress:
                    self._emergency.start()  # held for the whole time: the emergency exit
                else:
                    self._emergency.stop()
            return True
        if event.type() == QEvent.Type.KeyPress and view.may_postpone:
            self._answer(Outcome.SNOOZED, {})
        return True
