"""The two deadlines of one control-socket connection, as both servers (unix_server.py, qt_server.py)
keep them: an idle timer and a line timer, single-shot Qt timers. Qt-side; framing.py stays Qt-free."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.ipc.framing import LineReader


def single_shot(parent: QObject, interval_ms: int, slot: Callable[[], None]) -> QTimer:
    """A stopped single-shot timer owned by `parent` that calls `slot`."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def follow_line(line: QTimer, reader: LineReader) -> None:
    """After a read: the line deadline runs only while part of a line waits for its newline."""
    if not reader.has_partial_line:
        line.stop()
    elif not line.isActive():
        line.start()


def timed_out(busy: bool, idle: QTimer) -> bool:
    """A deadline passed: True to close the connection. While its handler runs (it may spin a nested
    event loop) the connection is given another idle period instead."""
    if busy:
        idle.start()
    return not busy
