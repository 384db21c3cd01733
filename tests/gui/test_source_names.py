"""The names of the idle and do-not-disturb sources are words the user reads in Settings: with
German installed, `TimingSources.names()` gives them in German, each part of a combined busy
source on its own (desktop/platform marks them QT_TRANSLATE_NOOP("Sources", ...))."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.platform import busy, idle
from desktop.platform.busy import AnyBusySource, NullBusySource
from desktop.platform.busy.kde_inhibited import NotificationsInhibitedSource
from desktop.platform.idle import NullIdleSource, unavailable_name
from desktop.platform.session_info import SessionInfo
from desktop.services.timing_sources import TimingSources
from desktop.services.translations import InstalledLanguage, install_language
from desktop.ui.settings_dialog import DesktopFacts, SettingsDialog
from tests.fakes import FakeClock

WAYLAND = SessionInfo("linux", "wayland", ("KDE",), None, "wayland-0")


class KdeSwitch:
    """The KDE do-not-disturb source's name, without a session bus."""

    name = NotificationsInhibitedSource.name

    def is_busy(self) -> None:
        return None

    def close(self) -> None:
        pass


@pytest.fixture
def german(qapp: QApplication) -> Iterator[InstalledLanguage]:
    installed = install_language(qapp, "de")
    try:
        yield installed
    finally:
        installed.uninstall()


@pytest.fixture
def timing(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[TimingSources]:
    monkeypatch.setattr(idle, "detect_idle_source", lambda: NullIdleSource(unavailable_name(WAYLAND)))
    monkeypatch.setattr(busy, "detect_busy_source", lambda: AnyBusySource([KdeSwitch(), NullBusySource()]))
    sources = TimingSources(FakeClock())
    yield sources
    sources.stop()


def test_the_source_names_are_english_without_a_catalogue(timing: TimingSources) -> None:
    assert timing.names() == [
        ("Away detection", "not available on this Wayland session"),
        ("Do not disturb", "KDE notifications do-not-disturb, not available on this session"),
    ]


def test_the_settings_show_the_source_names_in_german(
    german: InstalledLanguage, timing: TimingSources, qtbot: QtBot
) -> None:
    names = timing.names()
    assert names == [
        ("Abwesenheit erkennen", "in dieser Wayland-Sitzung nicht verfügbar"),
        ("Nicht stören", "KDE-Benachrichtigungen „Nicht stören“, in dieser Sitzung nicht verfügbar"),
    ]
    dialog = SettingsDialog(Settings(), DesktopFacts(sources=tuple(names)))
    qtbot.addWidget(dialog)
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert {source for _, source in names} <= shown
    assert not any("not available" in text or "notifications do-not-disturb" in text for text in shown)
