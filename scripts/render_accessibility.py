"""Render every window at 200 % and with large fonts, in a light and a dark theme, to look at.

    python scripts/render_accessibility.py [OUT_DIR]            (default /tmp/unclench-a11y)

Each picture is made in its own process, because QT_SCALE_FACTOR is read once when Qt starts:
one run per scale (1 and 2), font size (the default and 17 pt) and language (English, and
German for its longer words). Windows come from
tests/gui/a11y_windows.py, in the states the accessibility tests check. Open the PNGs and look
for clipped or overlapping text; tests/gui/test_accessibility.py checks the same by sizes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# (label, QT_SCALE_FACTOR, font size in points or 0 for the usual, language)
RUNS = (
    ("1x", "1", 0, "en"),
    ("2x", "2", 0, "en"),
    ("1x-17pt", "1", 17, "en"),
    ("2x-17pt", "2", 17, "en"),
    ("2x-de", "2", 0, "de"),  # German words are longer
    ("1x-17pt-de", "1", 17, "de"),
)
THEMES = ("qt-light", "breeze-dark")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(Path(argv[1]), argv[2], int(argv[3]), argv[4], argv[5])
    out = Path(argv[0]) if argv else Path("/tmp/unclench-a11y")
    out.mkdir(parents=True, exist_ok=True)
    for label, scale, points, language in RUNS:
        for theme in THEMES:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
            command = [sys.executable, __file__, "--child", str(out), theme, str(points), label, language]
            subprocess.run(command, check=True, env=env, cwd=REPO)
    print(out)
    return 0


def child(out: Path, theme: str, points: int, label: str, language: str) -> int:
    sys.path[:0] = [str(REPO)]
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.services.translations import install_language
    from tests.gui.a11y_windows import THEMES as PALETTES
    from tests.gui.a11y_windows import WINDOWS

    app = QApplication([])
    install_language(app, language)
    app.setStyle("Fusion")
    font = QFont("DejaVu Sans", points or 10)
    app.setFont(font)
    app.setPalette(PALETTES[theme]())
    for name, make in WINDOWS.items():
        made = make()
        window: QWidget = made.window
        window.show()
        made.after_show()
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}-{label}-{theme}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
