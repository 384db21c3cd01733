"""plyer as a late fallback: run on one worker thread (its Linux path may block on a subprocess),
without action buttons. A failure comes back as `failed(key)` on the GUI thread so the chain can
try the next backend. Known plyer 2.1 defect: its Flatpak path drops any text with an apostrophe,
which is one reason it comes after the freedesktop notifier."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal

from desktop.platform.notify.base import Notifier
from desktop.platform.notify.payload import Notification

NotifyCall = Callable[[str, str], None]  # (title, body)


def plyer_notify(app_name: str, timeout_s: int = 15) -> NotifyCall:
    def notify(title: str, body: str) -> None:
        from plyer import notification

        notification.notify(title=title, message=body, app_name=app_name, timeout=timeout_s)

    return notify


class PlyerNotifier(Notifier):
    """The last-resort Notifier through plyer: owns one worker thread, shows no buttons, and reports a failure
    back on the GUI thread.

    Signals: those of Notifier (only `failed` in practice).
    """

    name = "plyer"

    _finished = Signal(str, bool)  # key, worked; crosses from the worker to the GUI thread

    def __init__(self, notify: NotifyCall | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notify = notify or plyer_notify("Unclench")
        self._worker: ThreadPoolExecutor | None = ThreadPoolExecutor(1, thread_name_prefix="plyer")
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def show(self, key: str, notification: Notification) -> bool:
        if self._worker is None:
            return False
        future = self._worker.submit(self._notify, notification.title, notification.body)
        future.add_done_callback(lambda done: self._report(key, done))
        return True

    def close(self) -> None:
        if self._worker is not None:
            worker, self._worker = self._worker, None
            worker.shutdown(wait=True, cancel_futures=True)

    def _report(self, key: str, done: Future[None]) -> None:
        worked = not done.cancelled() and done.exception() is None
        self._finished.emit(key, worked)

    def _on_finished(self, key: str, worked: bool) -> None:
        if not worked:
            self.failed.emit(key)
