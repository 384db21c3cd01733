"""The notifier chain and its Qt-side backends (popup, tray, plyer) with fakes, offscreen.
The freedesktop backend is exercised for real on a private bus in tests/e2e/test_notifications_dbus.py."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from desktop.platform.notify import (
    DEFAULT_ACTION,
    Notification,
    Notifier,
    NotifierChain,
    PopupNotifier,
    detect_notifier,
    escape_markup,
)
from desktop.platform.notify.plyer_notifier import PlyerNotifier
from desktop.platform.notify.tray import TrayNotifier
from desktop.platform.session_info import current_session

NOTE = Notification(
    "Time to stretch", "Don't rush: «ça va?» <3 & 肩を回そう", (("done", "Done"), ("snooze", "Later"))
)


class RecordingNotifier(Notifier):
    def __init__(self, name: str, accepts: bool = True) -> None:
        super().__init__()
        self.name = name
        self.accepts = accepts
        self.shown: list[tuple[str, Notification]] = []
        self.withdrawn: list[str] = []
        self.closed = False

    def show(self, key: str, notification: Notification) -> bool:
        if self.accepts:
            self.shown.append((key, notification))
        return self.accepts

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)

    def close(self) -> None:
        self.closed = True


def test_markup_escaping_keeps_quotes_and_other_scripts() -> None:
    assert escape_markup('Don\'t <b>slouch</b> & "breathe" — 深呼吸') == (
        'Don\'t &lt;b&gt;slouch&lt;/b&gt; &amp; "breathe" — 深呼吸'
    )


def test_chain_uses_the_first_backend_that_accepts(qtbot: QtBot) -> None:
    refusing, system, popup = RecordingNotifier("a", accepts=False), RecordingNotifier("b"), PopupNotifier()
    chain = NotifierChain([refusing, system, popup])
    assert chain.name == "a"
    assert chain.show("k1", NOTE)
    assert system.shown == [("k1", NOTE)]
    chain.withdraw("k1")
    assert system.withdrawn == ["k1"]
    chain.close()
    assert refusing.closed and system.closed


def test_chain_relays_results_from_any_backend(qtbot: QtBot) -> None:
    system = RecordingNotifier("system")
    chain = NotifierChain([system])
    chain.show("k1", NOTE)
    with qtbot.waitSignal(chain.action_invoked, timeout=1000) as action:
        system.action_invoked.emit("k1", "snooze")
    assert action.args == ["k1", "snooze"]
    with qtbot.waitSignal(chain.dismissed, timeout=1000) as dismissed:
        system.dismissed.emit("k2")
    assert dismissed.args == ["k2"]


def test_a_notification_acted_on_is_still_withdrawn_by_its_backend(qtbot: QtBot) -> None:
    system = RecordingNotifier("system")
    chain = NotifierChain([system])
    chain.show("k1", NOTE)
    with qtbot.waitSignal(chain.action_invoked, timeout=1000):
        system.action_invoked.emit("k1", "done")
    chain.withdraw("k1")  # the answer takes it off the screen even if the server kept it
    assert system.withdrawn == ["k1"]


def test_a_late_failure_falls_through_to_the_next_backend(qtbot: QtBot) -> None:
    flaky, popup = RecordingNotifier("flaky"), PopupNotifier()
    chain = NotifierChain([flaky, popup])
    with qtbot.waitSignal(popup.show_requested, timeout=1000) as shown:
        chain.show("k1", NOTE)
        flaky.failed.emit("k1")
    assert shown.args == ["k1", NOTE]
    # A failure report for something the chain did not show through that backend changes nothing.
    with qtbot.assertNotEmitted(popup.show_requested):
        flaky.failed.emit("other")


def test_when_every_backend_fails_the_chain_says_so(qtbot: QtBot) -> None:
    only = RecordingNotifier("only")
    chain = NotifierChain([only])
    chain.show("k1", NOTE)
    with qtbot.waitSignal(chain.failed, timeout=1000) as failed:
        only.failed.emit("k1")
    assert failed.args == ["k1"]
    assert not NotifierChain([RecordingNotifier("no", accepts=False)]).show("k2", NOTE)


def test_popup_notifier_round_trip(qtbot: QtBot) -> None:
    popup = PopupNotifier()
    with qtbot.waitSignal(popup.show_requested, timeout=1000) as shown:
        assert popup.show("k1", NOTE)
    assert shown.args == ["k1", NOTE]
    with qtbot.waitSignal(popup.action_invoked, timeout=1000) as action:
        popup.report_action("k1", "done")
    assert action.args == ["k1", "done"]
    with qtbot.waitSignal(popup.dismissed, timeout=1000):
        popup.report_dismissed("k1")
    with qtbot.waitSignal(popup.withdraw_requested, timeout=1000):
        popup.withdraw("k1")


def test_tray_notifier_declines_without_a_visible_tray(qtbot: QtBot) -> None:
    tray = QSystemTrayIcon()
    notifier = TrayNotifier(tray)
    assert not notifier.show("k1", NOTE)  # offscreen: no tray, no messages


def test_tray_click_reports_the_default_action_for_the_last_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = QSystemTrayIcon()
    notifier = TrayNotifier(tray)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(tray, "isVisible", lambda: True)
    monkeypatch.setattr(tray, "showMessage", lambda title, body, *_: shown.append((title, body)))
    assert notifier.show("k1", NOTE)
    assert shown == [(NOTE.title, NOTE.body)]  # plain text, as typed
    with qtbot.waitSignal(notifier.action_invoked, timeout=1000) as action:
        tray.messageClicked.emit()
    assert action.args == ["k1", DEFAULT_ACTION]
    notifier.show("k2", NOTE)
    notifier.withdraw("k2")
    with qtbot.assertNotEmitted(notifier.action_invoked):
        tray.messageClicked.emit()


def test_plyer_runs_off_the_gui_thread(qtbot: QtBot) -> None:
    calls: list[tuple[str, str, bool]] = []
    done = threading.Event()

    def notify(title: str, body: str) -> None:
        calls.append((title, body, threading.current_thread() is threading.main_thread()))
        done.set()

    notifier = PlyerNotifier(notify)
    with qtbot.assertNotEmitted(notifier.failed, wait=100):
        assert notifier.show("k1", NOTE)
        assert done.wait(2)
    notifier.close()
    assert calls == [(NOTE.title, NOTE.body, False)]
    assert not notifier.show("k2", NOTE)  # closed


def test_plyer_failure_comes_back_as_failed(qtbot: QtBot) -> None:
    def broken(title: str, body: str) -> None:
        raise NotImplementedError("no notification backend for this platform")

    notifier = PlyerNotifier(broken)
    with qtbot.waitSignal(notifier.failed, timeout=2000) as failed:
        notifier.show("k1", NOTE)
    assert failed.args == ["k1"]
    notifier.close()


def test_detect_notifier_order_without_a_notification_server(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    popup = PopupNotifier()
    tray = QSystemTrayIcon()
    chain = detect_notifier(current_session({"DISPLAY": ":0"}, "linux"), tray=tray, popup=popup)
    assert [n.name for n in chain.notifiers] == ["system tray messages", "plyer", "in-app popup"]
    chain.close()
    windows = detect_notifier(current_session({}, "win32"), tray=tray, popup=popup, use_plyer=False)
    assert [n.name for n in windows.notifiers] == ["system tray messages", "in-app popup"]
