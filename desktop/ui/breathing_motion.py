"""The system's "reduce motion" preference, where Qt exposes one.

Qt 6.12 added QStyleHints.accessibility().motionPreference() (macOS, Windows, GNOME and KDE
report it). Older Qt has no such call, and then only the app's own option counts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication


class SystemMotionPreference(QObject):
    """Owns the cached answer to whether the system asks for reduced motion, read from QStyleHints where this
    Qt has it (never reduced otherwise).

    Signals: `changed()` the system preference changed; ask `reduced()` again.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Keep both objects referenced: PySide drops the wrapper of a temporary accessibility().
        self._hints = QGuiApplication.styleHints()
        accessibility = getattr(self._hints, "accessibility", None)
        self._accessibility: Any = accessibility() if accessibility is not None else None
        self._reduced = self._read()
        signal = getattr(self._accessibility, "motionPreferenceChanged", None)
        if signal is not None:
            signal.connect(self._changed)

    def reduced(self) -> bool:
        return self._reduced  # cached: asked every frame, and Qt attribute lookups are not free

    def _changed(self, _preference: object) -> None:
        self._reduced = self._read()
        self.changed.emit()

    def _read(self) -> bool:
        read = getattr(self._accessibility, "motionPreference", None)
        reduced = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
        return read is not None and reduced is not None and read() == reduced
