"""The floor for scripts/bench_idle.py: a bare PySide6-Essentials tray icon and nothing else.

Only one addition, which every well-behaved tray app needs and which costs nothing while idle:
SIGTERM/SIGINT end the event loop, so the process exits with code 0 (Python's handler runs when the
wake-up byte arrives on a socket Qt watches; no polling timer).
"""

from __future__ import annotations

import signal
import socket
import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

ICON_COLOUR = "#2a9d8f"  # tests/e2e/test_harness.py looks for this colour on the screen


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("bare-tray")
    app.setQuitOnLastWindowClosed(False)

    wake_read, wake_write = socket.socketpair()
    wake_read.setblocking(False)
    wake_write.setblocking(False)
    signal.set_wakeup_fd(wake_write.fileno())
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: app.quit())
    notifier = QSocketNotifier(wake_read.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: wake_read.recv(64))

    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor(ICON_COLOUR))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("bare tray")
    tray.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
