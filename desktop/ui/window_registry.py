"""One window of each kind (settings, breathing, a routine...), made on first use and forgotten
when it closes, so the next open starts fresh and its memory goes back to the system."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from desktop.platform.memory import release_unused_memory


class WindowRegistry:
    """Owns the open windows by name, at most one of each kind: made on first use, deleted on close and then
    forgotten, so the next open starts fresh; once one is gone, the unused memory goes back to the system.
    """

    def __init__(self) -> None:
        self._windows: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        return self._windows[name]

    def __contains__(self, name: object) -> bool:
        return name in self._windows

    def get(self, name: str) -> QWidget | None:
        return self._windows.get(name)

    def values(self) -> Iterator[QWidget]:
        return iter(list(self._windows.values()))

    def show(self, name: str, window: QWidget) -> None:
        if self._windows.get(name) is not window:
            self._windows[name] = window
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: self._forget(name, window))
        window.show()
        window.raise_()
        window.activateWindow()

    def _forget(self, name: str, window: QWidget) -> None:
        # Only if it is still the one registered: a replaced window is destroyed after its successor came.
        if self._windows.get(name) is window:
            del self._windows[name]
        QTimer.singleShot(0, release_unused_memory)  # once the deletion, still running now, has finished

    def close(self, name: str) -> None:
        """Close it now (a closed routine or breathing window reports its session as stopped)."""
        window = self._windows.pop(name, None)
        if window is not None:
            window.close()
