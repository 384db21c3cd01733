"""Every window fits a small laptop screen (1366×768 and 1280×720 at 100 %) in every shipped
language: the whole window inside the room the screen leaves (a panel and the title bar taken off),
every button outside a scroll area fully visible, and no label or button narrower or lower than
its text.

A Qt application reads its screens once, so each size runs tests/gui/screen_fit_check.py in a child
process whose offscreen screen has that size; the windows are saved as PNGs under tmp_path. The
smaller screen renders every window in every language; the larger one every window in English and
in one other language, taking turns, to keep the suite quick as languages are added.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.screen_fit_check import PANEL, TITLE_BAR, windows
from tests.languages import shipped_languages, translated_languages

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("width", "height", "rotate"), [(1366, 768, True), (1280, 720, False)])
def test_every_window_fits_a_small_screen_in_every_language(
    tmp_path: Path, width: int, height: int, rotate: bool
) -> None:
    screens = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "LANGUAGE": "en"}
    languages = shipped_languages()
    command = [sys.executable, "-m", "tests.gui.screen_fit_check", str(tmp_path), ",".join(languages)]
    done = subprocess.run(
        [*command, *(["--rotate"] if rotate else [])],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    misfits = json.loads(done.stdout)
    assert misfits == [], f"room {width}×{height - PANEL - TITLE_BAR}: {misfits}"
    pictures = {p.name for p in tmp_path.glob("*.png")}
    names = [name for name, _make, _arrange in windows()]
    assert len(names) >= 16
    for name in names:  # every window in English and in at least one other language
        assert f"en-{name}.png" in pictures
        if translated_languages():
            assert any(f"{language}-{name}.png" in pictures for language in translated_languages())
    for language in translated_languages() if not rotate else []:
        assert {f"{language}-{name}.png" for name in names} <= pictures  # every window in every language


def test_the_clipping_check_sees_a_label_and_a_button_narrower_than_their_text(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from tests.gui.screen_fit_check import clipped

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label, button = QLabel("Schultern sinken lassen und ausatmen"), QPushButton("Erinnerungen pausieren")
    layout.addWidget(label)
    layout.addWidget(button)
    window.show()
    assert clipped(window) == []
    label.setFixedWidth(40)
    button.setFixedWidth(40)
    found = clipped(window)
    assert len(found) == 2 and "Schultern" in found[0] and "Erinnerungen" in found[1]
