"""Child process of test_break_screen.py: show the break screen on the virtual screens the offscreen
platform was configured with, save each page as PNG and print what was shown as JSON.

    QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json python break_screen_two_screens.py OUT_DIR all|pointer
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.core.events import Kind
from desktop.ui.break_panel import BreakView
from desktop.ui.break_screen import BreakScreen


def main(out: Path, mode: str) -> int:
    app = QApplication([])
    screen = BreakScreen(clock_text=lambda: "10:42")
    view = BreakView(
        Kind.MOVEMENT,
        "Loosen your shoulders",
        "Stand up, roll your shoulders slowly back a few times and let them drop.",
        seconds=300,
        reduced_motion=True,
        every_screen=mode == "all",
    )
    screen.present(view)
    app.processEvents()
    pages = []
    for index, page in enumerate(screen.pages):
        png = out / f"break-screen-{index}.png"
        page.grab().save(str(png))
        rect = page.geometry()
        pages.append({"geometry": [rect.x(), rect.y(), rect.width(), rect.height()], "png": str(png)})
    screen.close()
    print(json.dumps({"pages": pages}))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
