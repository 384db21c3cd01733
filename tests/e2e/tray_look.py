"""Looking at a started app's tray icon from outside, for the packaging tests (bundle, wheel).

An icon whose SVG cannot be drawn (a missing asset, or Qt's SVG plugins left out of a bundle) still
gets its tray window, just an empty one ("QSystemTrayIcon::setVisible: No Icon set"), so finding
the window is not enough: `tray_icon_drawn` checks that something is painted in it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.e2e.x11 import REPO_ROOT, AppProcess, Window, find_tray_icon


def tray_icon_while_running(display: str, app: AppProcess) -> Window | None:
    """The app's tray icon once embedded; AssertionError (with its output) as soon as it has exited."""
    if not app.running():
        raise AssertionError(f"{app.argv[0]} exited before its tray icon showed:\n{app.output()}")
    return find_tray_icon(display, app.pid)


def tray_icon_drawn(display: str, icon: Window, folder: Path) -> bool:
    """True when at least a third of the icon differs from its corner (the panel's background: the
    app's icons are round and leave the corners free)."""
    picture = folder / f"tray-icon-{icon.wid}.png"
    crop = f"{icon.x},{icon.y},{icon.width},{icon.height}"
    argv = [
        sys.executable,
        str(REPO_ROOT / "scripts" / "screenshot.py"),
        "--display",
        display,
        "--crop",
        crop,
    ]
    subprocess.run([*argv, str(picture)], check=True, timeout=30, capture_output=True)

    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    assert not image.isNull(), picture
    background = image.pixel(0, 0)
    pixels = [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]
    painted = sum(pixel != background for pixel in pixels)
    return painted >= len(pixels) / 3
