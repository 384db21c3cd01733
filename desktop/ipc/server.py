"""The app's side of the control socket: the one ControlServer for this platform.

Linux and macOS: a stdlib Unix socket driven by QSocketNotifiers (unix_server.py), so the tray
never loads QtNetwork (+3 MB resident). Windows: Qt's local socket on a named pipe (qt_server.py).
Both read one JSON line per request and answer it through a Handler, under the limits in
framing.py.
"""

from __future__ import annotations

import sys

from desktop.ipc.framing import Handler, ServerError

if sys.platform == "win32":
    from desktop.ipc.qt_server import QtControlServer as ControlServer
else:
    from desktop.ipc.unix_server import UnixControlServer as ControlServer

__all__ = ["ControlServer", "Handler", "ServerError"]
