"""Real X and D-Bus servers for the platform end-to-end tests: an Xvfb display and a private
session bus, each started for one test module and stopped after it. (Plain context managers, so
the test modules can wrap them in fixtures of their own scope.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
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


# A session bus of our own, without service activation: nothing on the machine (an installed dunst,
# say) is started behind the test's back, so "no notification server" really means none.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def private_session_bus() -> Iterator[str]:
    require("dbus-daemon")
    with tempfile.TemporaryDirectory(prefix="unclench-bus-") as folder:
        config = os.path.join(folder, "bus.conf")
        with open(config, "w") as file:
            file.write(BUS_CONFIG)
        with _bus_daemon(config) as address:
            yield address


@contextmanager
def _bus_daemon(config: str) -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
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
