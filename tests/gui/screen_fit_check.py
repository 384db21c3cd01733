"""Open every Unclench window on the screen this process was started with, in the languages asked
for, save each as a PNG and report what does not fit or shows clipped text, as JSON on stdout.

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

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QWidget,
)

from desktop.services.translations import install_language
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
    for problem in clipped(window):
        yield Misfit(language, name, f"text clipped: {problem}")


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons shown smaller than their text needs."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if not text or (isinstance(widget, QLabel) and not widget.pixmap().isNull()):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r} {text[:30]!r}"
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(size.width())
            if needed > size.height() + 1:
                found.append(f"{where}: needs height {needed}, has {size.height()}")
            elif widget.minimumSizeHint().width() > size.width() + 1:
                found.append(f"{where}: a word is wider than {size.width()}")
            continue
        hint = text_size(widget)
        if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
            found.append(f"{where}: needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}")
    return found


def text_size(widget: QWidget) -> QSize:
    """The room a label's or button's text needs (a button's own minimum width of ~80 px is
    style, not text: a "0" on a narrow button is not clipped)."""
    if isinstance(widget, QLabel):
        return widget.sizeHint()
    metrics = widget.fontMetrics()
    text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")  # type: ignore[attr-defined]
    width = metrics.horizontalAdvance(text)
    style = widget.style()
    if isinstance(widget, QCheckBox | QRadioButton):
        width += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
        width += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, widget)
    else:
        width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
    return QSize(width, metrics.height())


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


def run(out: Path, languages: list[str], rotate: bool) -> list[Misfit]:
    """Render every window in every language of `languages`; with `rotate`, the first language
    (English) for every window plus one of the others, taking turns window by window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    screen = app.primaryScreen()
    free = screen.availableGeometry()
    room = QRect(free.x(), free.y(), free.width(), free.height() - PANEL)
    found: list[Misfit] = []
    plan = list(windows())
    for language in languages:
        installed = install_language(app, language)
        assert installed.language == language, f"no catalogue for {language}"
        for index, (name, make, arrange) in enumerate(plan):
            others = languages[1:]
            if rotate and language != languages[0] and others[index % len(others)] != language:
                continue
            made = make()
            window = _shown(made)
            arrange(window)
            _settle()
            found.extend(misfits(language, name, window, room))
            window.grab().save(str(out / f"{language}-{name}.png"))
            window.close()
            window.deleteLater()
            _settle(0)
        installed.uninstall()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("languages", help="comma-separated codes, English first: en,de,fr")
    parser.add_argument("--rotate", action="store_true", help="the other languages take turns")
    args = parser.parse_args()
    print(json.dumps([asdict(m) for m in run(args.out, args.languages.split(","), args.rotate)]))
    sys.stdout.flush()
    os._exit(0)  # skip tearing down every window again


if __name__ == "__main__":
    main()
