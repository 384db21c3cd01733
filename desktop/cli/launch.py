"""Becoming the running app: the tray icon first, then everything else.

The icon is what tells the user Unclench started, so it goes up before the scheduler, the log
and the content are imported and built (they take most of the start-up time).
"""

from __future__ import annotations

import os
import signal
import socket
import sys
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop import APP_NAME, __version__
from desktop.core.commands import Command, Start
from desktop.ipc.instance import InstanceError
from desktop.ui.tray import Tray, TrayMenu, app_icon

if TYPE_CHECKING:
    from desktop.app import UnclenchApp
    from desktop.ipc.instance import SingleInstance

DESKTOP_ID = "io.github.unclench.Unclench"


def run(command: Command | None = None, instance: SingleInstance | None = None) -> int:
    """Become the running app. `instance` holds the single-instance lock already (see __main__);
    `command` is what the user asked for when starting it (e.g. `unclench breathe`)."""
    problem = _no_desktop()
    if problem:
        print(f"unclench: {problem}", file=sys.stderr)
        return 1
    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName(DESKTOP_ID)
    qt_app.setQuitOnLastWindowClosed(False)
    qt_app.setWindowIcon(app_icon())
    signal_watch = _quit_on_signals(qt_app)
    _install_language(qt_app)  # before the first widget, so the tray menu is in the user's language
    tray = Tray(TrayMenu())
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray.show()
    if instance is not None:
        with suppress(InstanceError):  # then _build tries again and says why
            instance.listen()  # clients connect from now on; answered once the app is built
    started: list[UnclenchApp] = []
    QTimer.singleShot(0, lambda: _build_or_quit(qt_app, tray, command, instance, started))
    code = qt_app.exec()
    if started:
        started[0].shutdown()
    signal_watch.setEnabled(False)
    return code


def _build_or_quit(
    qt_app: QApplication,
    tray: Tray,
    command: Command | None,
    instance: SingleInstance | None,
    started: list[UnclenchApp],
) -> None:
    """Never leave a tray icon that does nothing: if the app cannot be built, say why and quit."""
    from desktop.storage.errors import StorageError

    try:
        started.append(_build(qt_app, tray, command, instance))
    except (StorageError, OSError) as error:
        from desktop.ui.plain_text import plain_error

        tray.hide()
        print(f"unclench: {error}", file=sys.stderr)
        text = QApplication.translate("Launch", "Unclench could not start: {0}").format(error)
        plain_error(text)
        qt_app.exit(1)


def _build(
    qt_app: QApplication, tray: Tray, command: Command | None, instance: SingleInstance | None
) -> UnclenchApp:
    from desktop.platform.memory import import_in_steps, release_unused_memory

    import_in_steps(START_UP_IMPORTS)  # 7.5 MiB less at idle than one `import desktop.app`
    from desktop.app import UnclenchApp
    from desktop.ipc.handler import ControlHandler
    from desktop.ipc.protocol import Request
    from desktop.storage.paths import AppPaths

    paths = AppPaths.for_user()
    paths.ensure()
    app = UnclenchApp(qt_app, paths, tray=tray, minute_seconds=_test_minute_seconds())
    handler = ControlHandler(app.dispatcher)
    if instance is not None:
        instance.answer_with(handler)
        qt_app.aboutToQuit.connect(instance.release)
    app.start()
    if command is not None and not isinstance(command, Start):
        handler(Request(id=0, command=command))  # as if sent by a second `unclench`
    QTimer.singleShot(0, release_unused_memory)  # start-up's leftovers (see platform/memory.py)
    return app


# What the app imports after the tray is up, in big steps (APScheduler's chain first: importlib.metadata,
# asyncio, concurrent.futures), each a chunk of the total; see desktop/platform/memory.py.
START_UP_IMPORTS = (
    "apscheduler",
    "apscheduler.util",
    "apscheduler.schedulers.base",
    "apscheduler.triggers.cron",
    "desktop.core.policy",
    "desktop.storage.eventlog",
    "desktop.services.engine",
    "desktop.app",
)

TEST_MINUTE_VARIABLE = "UNCLENCH_TEST_MINUTE_SECONDS"


def _test_minute_seconds() -> float:
    """For end-to-end tests only: a settings minute lasts this many seconds (1-60), so a test need
    not wait real minutes. Ignored unless set; a value out of range is ignored too."""
    try:
        seconds = float(os.environ.get(TEST_MINUTE_VARIABLE, "60"))
    except ValueError:
        return 60.0
    return seconds if 0.1 <= seconds <= 60 else 60.0


def _install_language(qt_app: QApplication) -> None:
    """Qt's catalogues for the windows, and gettext's for the Qt-free layers' messages."""
    from desktop.core.i18n import install
    from desktop.services.translations import install_language, language_setting
    from desktop.storage.paths import AppPaths

    setting = language_setting(AppPaths.for_user().settings_file)
    install_language(qt_app, setting)
    install(setting)


def _no_desktop() -> str | None:
    """Why there is no screen to show a tray icon on, before Qt aborts with a misleading hint
    about missing libraries."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no graphical desktop here (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "start Unclench from a desktop session"
    )


def _quit_on_signals(qt_app: QApplication) -> QSocketNotifier:
    """Let SIGTERM/SIGINT end the Qt event loop cleanly (a Python handler alone would never run
    while Qt waits in C++): the signal writes a byte to a socket the event loop watches."""
    reader, writer = socket.socketpair()
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, qt_app)

    def drain() -> None:
        reader.recv(64)
        qt_app.quit()

    notifier.activated.connect(drain)
    notifier.sockets = (reader, writer)  # type: ignore[attr-defined]  # they must live as long as it
    return notifier
