"""Real Syncthing instances for the sync tests, on 127.0.0.1 only.

Each instance has its own HOME and config (made by `syncthing generate`, then edited): GUI/REST on
a free loopback port with a known API key, the sync protocol on `tcp://127.0.0.1:PORT`, no global
or local discovery, no relays, no NAT traversal, no usage reports, no upgrades. Peers are
introduced in config.xml with their loopback address; the shared folder is rescanned every 2 s and
watched. Waiting uses the REST event long-poll, so a test wakes as soon as Syncthing does something.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

FOLDER_ID = "unclench"
_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "startBrowser": "false",
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "reconnectionIntervalS": "1",
    "setLowPriority": "false",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Syncthing:
    """One instance: `share` is the folder it syncs; start/stop it like a computer going away."""

    def __init__(self, home: Path, share: Path) -> None:
        self.home = home
        self.share = share
        self.config = home / "config"
        self.api_key = f"unclench-test-{os.getpid()}-{home.name}"
        self.gui_port = free_port()
        self.listen_port = free_port()
        self._process: subprocess.Popen[bytes] | None = None
        self._log = home / "syncthing.log"
        self._since = 0
        home.mkdir(parents=True, exist_ok=True)
        share.mkdir(parents=True, exist_ok=True)
        (share / ".stfolder").mkdir(exist_ok=True)
        out = self._run("generate", f"--config={self.config}", "--no-default-folder", "--skip-port-probing")
        self.device_id = next(
            line.split("Device ID:", 1)[1].strip() for line in out.splitlines() if "Device ID:" in line
        )

    def configure(self, peers: list[Syncthing]) -> None:
        path = self.config / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        options = root.find("options")
        assert gui is not None and options is not None
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        _set(options, "listenAddress", f"tcp://127.0.0.1:{self.listen_port}")
        for name, value in _OPTIONS.items():
            _set(options, name, value)
        folder = ET.SubElement(
            root,
            "folder",
            id=FOLDER_ID,
            label=FOLDER_ID,
            path=str(self.share),
            type="sendreceive",
            rescanIntervalS="2",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        for member in (self, *peers):
            ET.SubElement(folder, "device", id=member.device_id)
        _set(folder, "maxConflicts", "10")  # a missing element would mean 0: no conflict copies at all
        for peer in peers:
            device = ET.SubElement(root, "device", id=peer.device_id, name=peer.home.name)
            _set(device, "address", f"tcp://127.0.0.1:{peer.listen_port}")
        tree.write(path)

    def start(self) -> None:
        env = {**os.environ, "HOME": str(self.home), "STNOUPGRADE": "1", "STNORESTART": "1"}
        with self._log.open("ab") as log:
            self._process = subprocess.Popen(
                [_binary(), "serve", f"--home={self.config}", "--no-browser", "--no-restart", "--no-upgrade"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self._since = 0
        wait_until(self._answers, timeout=30, tick=lambda: self._exited_check())

    @property
    def running(self) -> bool:
        return self._process is not None

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None

    def rest(self, method: str, path: str, timeout: float = 10) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", method=method, headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body else None

    def rescan(self) -> None:
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def wait_for_news(self, seconds: float = 2) -> None:
        """Block until this instance reports any event, or `seconds` pass (REST long-poll)."""
        events = self.rest("GET", f"/rest/events?since={self._since}&timeout={int(seconds)}", seconds + 10)
        if events:
            self._since = max(event["id"] for event in events)

    def log_tail(self) -> str:
        return self._log.read_text(errors="replace")[-4000:] if self._log.exists() else ""

    def _answers(self) -> bool:
        try:
            return self.rest("GET", "/rest/system/ping", timeout=2) == {"ping": "pong"}
        except (OSError, urllib.error.URLError):
            return False

    def _exited_check(self) -> None:
        assert self._process is not None
        if self._process.poll() is not None:
            raise AssertionError(f"syncthing exited:\n{self.log_tail()}")
        # Not up yet: its port refuses at once, so give it a moment by waiting on the process.
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=0.2)

    def _run(self, *args: str) -> str:
        env = {**os.environ, "HOME": str(self.home)}
        done = subprocess.run(
            [_binary(), *args], env=env, capture_output=True, text=True, timeout=60, check=True
        )
        return done.stdout + done.stderr


def wait_until(condition: Callable[[], bool], timeout: float, tick: Callable[[], None]) -> None:
    """Check `condition` after each `tick` (a call that blocks until something may have changed)
    until it holds; AssertionError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        tick()


def syncthing_missing() -> bool:
    return shutil.which("syncthing") is None


def _binary() -> str:
    found = shutil.which("syncthing")
    assert found is not None
    return found


def _set(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text
