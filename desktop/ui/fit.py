"""Windows that grow to what their text needs: with a large font, at 200 % or in a longer
language, wrapped text wants more height than the size a window was first given.

Qt keeps a top-level window at least as large as its layout's minimum, but that minimum leaves
out the height of word-wrapped labels at the window's actual width, and a minimum width set by
hand (setMinimumWidth) wins over the layout's. Either way text ends up squeezed or overlapping.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def fit_to_contents(window: QWidget) -> None:
    """Grow `window` (never shrink it) to its layout's minimum width and the height that
    minimum, or the wrapped text at that width, needs."""
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    window.ensurePolished()  # sizes come from the style; an unpolished widget guesses
    layout.activate()
    minimum = layout.totalMinimumSize()
    width = max(window.width(), minimum.width())
    height = max(window.height(), minimum.height())
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


class _KeepsFitted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # After the layout has done its own work (a panel opened, a message appeared).
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and isinstance(watched, QWidget):
            # Only a weak reference in the callable: if the window is deleted before the timer fires, Qt
            # drops the call but PySide keeps the callable, and with it anything it refers to.
            target = weakref.ref(watched)
            QTimer.singleShot(0, watched, lambda: _fit_if_visible(target()))
        return False


def _fit_if_visible(window: QWidget | None) -> None:
    if window is not None and window.isVisible():
        fit_to_contents(window)


def keep_fitted(window: QWidget) -> None:
    """Fit `window` to its contents when it is shown and whenever its contents change size."""
    window.installEventFilter(_KeepsFitted(window))
