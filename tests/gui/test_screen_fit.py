"""Every window fits a small laptop screen (1366×768 and 1280×720 at 100 %), in English and German:
the whole window inside the room the screen leaves (a panel and the title bar taken off) and every
button outside a scroll area fully visible.

A Qt application reads its screens once, so each size runs tests/gui/screen_fit_check.py in a child
process whose offscreen screen has that size; the windows are saved as PNGs under tmp_path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui.screen_fit_check import PANEL, TITLE_BAR

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_every_window_fits_a_small_screen_in_english_and_german(
    tmp_path: Path, width: int, height: int
) -> None:
    screens = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "LANGUAGE": "en"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.screen_fit_check", str(tmp_path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    misfits = json.loads(done.stdout)
    assert misfits == [], f"room {width}×{height - PANEL - TITLE_BAR}: {misfits}"
    pictures = sorted(p.name for p in tmp_path.glob("*.png"))
    for expected in (
        "en-breathing-options-custom.png",
        "de-stats.png",
        "de-settings-tab2.png",
        "en-tension.png",
    ):
        assert expected in pictures
    assert len(pictures) >= 2 * 16  # every window in both languages
