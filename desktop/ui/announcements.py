"""Telling screen readers what changed when no focus moves: a new breathing phase, the next step.

Qt 6.8 and later send a QAccessibleAnnouncementEvent (AT-SPI `Announcement`, UIA notifications,
NSAccessibility announcements). Where that class is missing, the fallback renames a "live" label
and sends NameChanged, which screen readers read out for the label in view. Either way the words
also leave through `announcements().announced`, so tests (and anything else) can follow them
without a screen reader: Qt drops accessibility events while no assistive technology listens.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

_ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8+


@dataclass(frozen=True)
class Announcement:
    """Words handed to screen readers and whether they interrupt; the payload of `Announcements.announced`."""

    text: str
    assertive: bool  # interrupt what the screen reader is saying (polite ones wait their turn)


class Announcements(QObject):
    """The one application-wide hub (see `announcements()`) through which every screen-reader announcement is
    also reported, so tests can follow them without an assistive technology.

    Signals: `announced(Announcement)` the words were handed to the accessibility bridge.
    """

    announced = Signal(object)  # Announcement, after it was handed to the accessibility bridge


_hub: Announcements | None = None


def announcements() -> Announcements:
    """The one object that reports every announcement (made on first use, owned by the app)."""
    global _hub
    if _hub is None:
        _hub = Announcements(QCoreApplication.instance())
        _hub.destroyed.connect(_forget)
    return _hub


def _forget() -> None:
    global _hub
    _hub = None


def native_announcements() -> bool:
    return _ANNOUNCEMENT is not None


def announce(
    source: QWidget,
    text: str,
    *,
    live: QWidget | None = None,
    assertive: bool = False,
    even_inactive: bool = False,
) -> bool:
    """Ask screen readers to say `text` now, on behalf of `source` (a widget in the window).

    Only while `source`'s window is the active one, unless `even_inactive`: a breathing window
    behind the user's editor must not talk over their work every few seconds. `live` is the label
    whose accessible name carries the words where announcements are not available; give one that
    is on screen, so the change is read for the window in view. True when it was announced.
    """
    window = source.window()
    in_front = window.isActiveWindow() and window.isVisible() and not window.isMinimized()
    if not text or not (even_inactive or in_front):
        return False
    if _ANNOUNCEMENT is not None:
        event = _ANNOUNCEMENT(source, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
    elif live is not None and live.accessibleName() != text:
        live.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleEvent(live, QAccessible.Event.NameChanged))
    announcements().announced.emit(Announcement(text, assertive))
    return True
