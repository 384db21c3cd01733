"""Real X and D-Bus servers for the platform end-to-end tests: an Xvfb display and a private
session bus, each started for one test module and stopped after it. (Plain context managers, so
the test modules can wrap them in fixtures of their own scope.)"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def require(*programs: str) -> None:
    missing = [program for program in programs if shutil.which(program) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian packages; see the report)")


@contextmanager
def xvfb_display() -> Iterator[str]:
    """A fresh Xvfb; `-noreset` keeps root-window properties when the last client disconnects."""
    require("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-noreset", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()  # Xvfb writes the display number once it accepts clients
    try:
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(5)


@contextmanager
def private_session_bus() -> Iterator[str]:
    require("dbus-daemon")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()  # printed once the bus listens
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(5)
