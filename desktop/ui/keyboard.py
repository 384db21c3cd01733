"""Keyboard use the windows share: Enter presses the focused button, focus always shows, a tab
order written down once, and the ring custom-painted widgets draw around themselves.

Qt presses a focused push button with Enter only inside a dialog, and tool buttons never; people
who drive a window by keyboard expect Enter to work everywhere. Fusion and the Windows style draw
focus only after a Tab since the focus last moved another way (Qt::WA_KeyboardFocusChange, which
Qt clears on every click and window activation): a window that puts the focus on a button itself
(the routine's Pause) would hide where Space goes until then.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QToolButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
FOCUS_RING_WIDTH = 2.0


class _EnterPresses(QObject):
    """Enter on a focused button that ignored it (outside dialogs they all do) clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        window = watched.window() if isinstance(watched, QWidget) else None
        focused = window.focusWidget() if window is not None else None
        if not isinstance(focused, QAbstractButton) or not focused.isEnabled():
            return False
        if isinstance(focused, QToolButton) and focused.menu() is not None:
            focused.showMenu()
        else:
            focused.animateClick()
        return True


def enter_presses_buttons(window: QWidget) -> None:
    """Let Enter press whichever button in `window` has the focus."""
    window.installEventFilter(_EnterPresses(window))


class _ShowsFocus(QObject):
    """Qt clears WA_KeyboardFocusChange whenever focus moves for any reason but a key, including
    the window's own activation; set it again once the activation has placed the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and isinstance(watched, QWidget):
            QTimer.singleShot(0, watched, lambda: _mark(watched))
        return False


def _mark(window: QWidget) -> None:
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    focused = window.focusWidget()
    if focused is not None:
        focused.update()  # the attribute alone repaints nothing


def show_focus(window: QWidget) -> None:
    """Draw the focus indicator in `window` whenever it becomes active, not only after a Tab: a
    window that puts the focus on a button itself must show where Enter and Space will go."""
    if window.findChild(_ShowsFocus, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        window.installEventFilter(_ShowsFocus(window))
    _mark(window)


def chain(widgets: Iterable[QWidget]) -> None:
    """Tab visits `widgets` in this order."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


def paint_focus_ring(painter: QPainter, widget: QWidget, radius: float = 0.0) -> None:
    """A ring in the highlight colour just inside `widget`, when it has the keyboard focus."""
    if not widget.hasFocus():
        return
    painter.save()
    pen = QPen(widget.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_RING_WIDTH / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset), radius, radius)
    painter.restore()
