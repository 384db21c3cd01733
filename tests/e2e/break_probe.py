"""Child process of test_break_screen_x11.py, run on an Xvfb display: a window the user types in,
then the heads-up edge and the break screen; the X11 input focus is read with `xdotool
getwindowfocus` before and after, and what was shown is printed as JSON.

    DISPLAY=:N QT_QPA_PLATFORM=xcb python tests/e2e/break_probe.py OUT_DIR normal|strict
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.core.events import Kind
from desktop.ui.break_panel import BreakView
from desktop.ui.break_screen import BreakScreen
from desktop.ui.heads_up_edge import HeadsUpEdge
from tests.e2e.x11_screens import set_right_monitor


def settle(app: QApplication, seconds: float) -> None:
    """Run the event loop for a while (the X server answers asynchronously)."""
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def focus() -> int:
    done = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True, text=True, timeout=10)
    return int(done.stdout.strip() or 0)


def main(out: Path, mode: str) -> int:
    app = QApplication([])
    editor = QLineEdit()
    editor.setWindowTitle("Typing here")
    editor.setGeometry(100, 100, 400, 40)
    editor.show()
    settle(app, 0.3)
    subprocess.run(["xdotool", "windowfocus", "--sync", str(int(editor.winId()))], timeout=10, check=True)
    settle(app, 0.3)
    report: dict[str, object] = {
        "editor": int(editor.winId()),
        "screens": [
            [s.geometry().x(), s.geometry().y(), s.geometry().width(), s.geometry().height()]
            for s in app.screens()
        ],
        "focus_before": focus(),
    }
    edge = HeadsUpEdge()
    edge.show()
    settle(app, 0.3)
    report["focus_with_edge"] = focus()
    app.primaryScreen().grabWindow(0).save(str(out / f"x11-{mode}-edge.png"))
    screen = BreakScreen(emergency_hold_ms=60_000)
    view = BreakView(
        Kind.MOVEMENT, "A short walk", "Walk for a few minutes.", seconds=300, strict=mode == "strict"
    )
    screen.present(view)
    settle(app, 0.6)
    report["focus_with_break"] = focus()
    report["pages"] = [
        {"window": int(page.winId()), "geometry": [page.x(), page.y(), page.width(), page.height()]}
        for page in screen.pages
    ]
    subprocess.run(["xdotool", "type", "--delay", "20", "abc"], timeout=10, check=True)
    settle(app, 0.3)
    report["typed_into_editor"] = editor.text()
    shots = []
    for index, shown_on in enumerate(app.screens()):  # what a person sees on each monitor
        path = out / f"x11-{mode}-{index}.png"
        shown_on.grabWindow(0).save(str(path))
        shots.append(str(path))
    report["screenshots"] = shots
    report["still_showing"] = bool(screen.pages)
    if mode == "normal":  # unplug the right monitor, then plug it back in, while the break shows
        display = os.environ["DISPLAY"]
        set_right_monitor(display, present=False)
        settle(app, 0.5)
        report["pages_after_unplug"] = len(screen.pages)
        set_right_monitor(display, present=True)
        settle(app, 0.5)
        report["pages_after_plug"] = len(screen.pages)
    screen.close()
    edge.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
