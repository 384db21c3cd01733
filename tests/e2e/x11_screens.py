"""An Xvfb display split into two monitors (RandR 1.5 monitors, which Qt reports as two screens),
for the break screen's end-to-end test and scripts/bench_break_screen.py. No pytest in here.

    with two_monitor_display(log) as display: ...      # left 1366x768, right 1280x720
    set_right_monitor(display, present=False)          # unplug the right one (Qt: screenRemoved)
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import IO

from tests.e2e.x11 import _first_line, _stop, spawn

WIDE_SCREEN = "2646x768x24"  # both monitors side by side; 24 bits for faithful screenshots
LEFT = ("left", "1366/361x768/203+0+0", "screen")
RIGHT = ("right", "1280/338x720/190+1366+0", "none")


@contextmanager
def xvfb_display(screen: str, log: IO[bytes]) -> Iterator[str]:
    """One Xvfb screen of the given geometry; stopped on exit."""
    read, write = os.pipe()
    argv = ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-noreset", "-screen", "0", screen]
    try:
        server = spawn(argv, os.environ, log, pass_fds=(write,))
    finally:
        os.close(write)
    try:
        number = _first_line(read, 15, "Xvfb")
        if not number:
            raise RuntimeError("Xvfb exited before it took a display")
        yield f":{number}"
    finally:
        os.close(read)
        _stop(server)


@contextmanager
def two_monitor_display(log: IO[bytes]) -> Iterator[str]:
    with xvfb_display(WIDE_SCREEN, log) as display:
        _xrandr(display, "--setmonitor", *LEFT)
        set_right_monitor(display, present=True)
        yield display


def set_right_monitor(display: str, present: bool, env: Mapping[str, str] | None = None) -> None:
    if present:
        _xrandr(display, "--setmonitor", *RIGHT)
    else:
        _xrandr(display, "--delmonitor", RIGHT[0])


def _xrandr(display: str, *args: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["xrandr", *args], env=env, check=True, timeout=10, capture_output=True)
