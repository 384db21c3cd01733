"""Open every Unclench window on the screen this process was started with, in English and German,
save each as a PNG and report what does not fit, as JSON on stdout.

Run by tests/gui/test_screen_fit.py in a child process whose offscreen screen has the size under
test (`QT_QPA_PLATFORM=offscreen:configfile=...`): a Qt application reads its screens once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QRect, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QTabWidget, QWidget

from desktop.resources import resource_path
from tests.gui.a11y_windows import WINDOWS, Made

PANEL = 48  # a desktop panel or task bar takes this much of the screen's height
TITLE_BAR = 32  # the window manager's frame above the window (offscreen has none)


@dataclass(frozen=True)
class Misfit:
    """One window, or one button in it, that falls outside the room the screen leaves."""

    language: str
    window: str
    problem: str


def _settle(ms: int = 50) -> None:
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()


def _shown(made: Made) -> QWidget:
    window = made.window
    window.show()
    made.after_show()
    _settle()
    return window


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def misfits(language: str, name: str, window: QWidget, room: QRect) -> Iterator[Misfit]:
    frame = window.frameGeometry()
    size = f"{frame.width()}×{frame.height() + TITLE_BAR}"
    if frame.width() > room.width() or frame.height() + TITLE_BAR > room.height():
        yield Misfit(language, name, f"window {size} > room {room.width()}×{room.height()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window or _in_scroll_area(button, window):
            continue  # a button in a scroll area is reached by scrolling
        seen = button.visibleRegion().boundingRect()
        if seen != button.rect():
            label = button.text() or button.accessibleName() or button.objectName()
            yield Misfit(language, name, f"button {label!r} cut off ({seen} of {button.rect()})")


def windows() -> Iterator[tuple[str, Callable[[], Made], Callable[[QWidget], None]]]:
    """Every window, and for windows with parts that open, each state worth fitting."""
    for name, make in WINDOWS.items():
        if name in ("notice", "settings"):
            continue
        yield name, make, lambda _w: None
    for tab in range(3):
        yield (
            f"settings-tab{tab}",
            WINDOWS["settings"],
            lambda w, tab=tab: w.findChild(QTabWidget).setCurrentIndex(tab),
        )  # type: ignore[union-attr]

    def open_custom(window: QWidget) -> None:
        page = window.session_page  # type: ignore[attr-defined]
        index = page.pattern_box.findData("custom")
        page.pattern_box.setCurrentIndex(index)
        page.pattern_box.activated.emit(index)

    yield "breathing-options-custom", WINDOWS["breathing"], open_custom


def run(out: Path) -> list[Misfit]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    screen = app.primaryScreen()
    free = screen.availableGeometry()
    room = QRect(free.x(), free.y(), free.width(), free.height() - PANEL)
    found: list[Misfit] = []
    for language in ("en", "de"):
        translator = QTranslator()
        if language == "de":
            assert translator.load(str(resource_path("translations", "unclench_de.qm")))
            app.installTranslator(translator)
        for name, make, arrange in windows():
            made = make()
            window = _shown(made)
            arrange(window)
            _settle()
            found.extend(misfits(language, name, window, room))
            window.grab().save(str(out / f"{language}-{name}.png"))
            window.close()
            window.deleteLater()
            _settle(0)
        app.removeTranslator(translator)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    print(json.dumps([asdict(m) for m in run(args.out)]))
    sys.stdout.flush()
    os._exit(0)  # skip tearing down every window again


if __name__ == "__main__":
    main()
