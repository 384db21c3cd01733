"""The break screen on a real X server with two monitors (Xvfb, RandR monitors): a page on each,
the input focus stays in the user's window while the heads-up edge and the break show (typed text
goes there), strict mode takes it, and unplugging and plugging a monitor is followed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.x11 import REPO_ROOT, missing_tools
from tests.e2e.x11_screens import two_monitor_display

PROBE = Path(__file__).with_name("break_probe.py")

pytestmark = pytest.mark.skipif(
    bool(missing_tools(("Xvfb", "xdotool", "xrandr"))), reason="needs Xvfb, xdotool and xrandr"
)


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("xvfb")
    with open(folder / "xvfb.log", "ab") as log, two_monitor_display(log) as shown:
        yield shown


def probe(display: str, out: Path, mode: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO_ROOT))
    done = subprocess.run(
        [sys.executable, str(PROBE), str(out), mode], env=env, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_every_monitor_gets_a_page_and_the_focus_stays_with_the_user(display: str, tmp_path: Path) -> None:
    report = probe(display, tmp_path, "normal")
    assert report["screens"] == [[0, 0, 1366, 768], [1366, 0, 1280, 720]]
    pages = report["pages"]
    assert isinstance(pages, list)
    assert sorted(page["geometry"] for page in pages) == [[0, 0, 1366, 768], [1366, 0, 1280, 720]]
    editor = report["editor"]
    assert report["focus_before"] == editor
    assert report["focus_with_edge"] == editor  # the heads-up edge takes nothing
    assert report["focus_with_break"] == editor  # nor does the break screen without strict mode
    assert report["typed_into_editor"] == "abc"  # text typed as it appears goes where it was meant
    assert report["pages_after_unplug"] == 1 and report["pages_after_plug"] == 2
    for shot in report["screenshots"]:  # type: ignore[union-attr]
        assert Path(shot).stat().st_size > 5000  # a painted page, not a black screen


def test_strict_mode_takes_the_keyboard(display: str, tmp_path: Path) -> None:
    report = probe(display, tmp_path, "strict")
    pages = report["pages"]
    assert isinstance(pages, list)
    assert report["focus_with_break"] in [page["window"] for page in pages]
    assert report["typed_into_editor"] == ""
