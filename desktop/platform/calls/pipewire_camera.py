"""Camera use through PipeWire: its running video capture streams, read with PipeWire's `pw-dump`.

Apps that take the camera through PipeWire (through the camera portal, or OBS and browsers that
use PipeWire directly) leave only PipeWire itself holding /dev/video*, so the /proc scan cannot
tell who films. The scan asks this only when it saw PipeWire or WirePlumber holding a camera, so
the program runs only on systems that route cameras through PipeWire, and only at a look.
There is no maintained Python client for PipeWire's own protocol; `pw-dump` is its own tool.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.platform.calls.base import ANSWER_TIMEOUT_S, CallSignal

Runner = Callable[[Sequence[str], float], str]  # argv, timeout → standard output; OSError on failure

VIDEO_CAPTURE_CLASS = "Stream/Input/Video"


class PipeWireUnanswered(OSError):
    """pw-dump is missing, failed, timed out or printed something else than its JSON."""


def run_program(argv: Sequence[str], timeout: float, env: Mapping[str, str] | None = None) -> str:
    """The program's output. It goes to in-memory files, not pipes: pw-dump writes its JSON in
    hundreds of small pieces, and reading a pipe would wake us for each (measured: ~440 a run)."""
    if shutil.which(argv[0]) is None:
        raise PipeWireUnanswered(f"{argv[0]} is not installed")
    out, err = os.memfd_create("unclench-out"), os.memfd_create("unclench-err")
    try:
        try:
            done = subprocess.run(list(argv), stdout=out, stderr=err, timeout=timeout, env=env)
        except subprocess.TimeoutExpired as error:
            raise PipeWireUnanswered(f"{argv[0]} did not answer within {timeout:g} s") from error
        if done.returncode != 0:
            complaint = _contents(err).strip()[:200]
            raise PipeWireUnanswered(f"{argv[0]} failed ({done.returncode}): {complaint}")
        return _contents(out)
    finally:
        os.close(out)
        os.close(err)


def _contents(fd: int) -> str:
    size = os.lseek(fd, 0, os.SEEK_END)
    return os.pread(fd, size, 0).decode("utf-8", "replace")


def running_stream_apps(objects: Any, media_class: str, own_pid: int) -> tuple[str, ...]:
    """The apps behind running nodes of `media_class` in `pw-dump`'s list of objects, each once."""
    apps: list[str] = []
    for item in objects if isinstance(objects, list) else ():
        info = item.get("info") if isinstance(item, dict) else None
        if not isinstance(info, dict) or info.get("state") != "running":
            continue
        props = info.get("props")
        if not isinstance(props, dict) or props.get("media.class") != media_class:
            continue
        if str(props.get("application.process.id")) == str(own_pid):
            continue
        apps.append(str(props.get("application.name") or props.get("application.process.binary") or ""))
    return tuple(dict.fromkeys(apps))


def running_video_captures(objects: Any, own_pid: int) -> tuple[CallSignal, ...]:
    """The camera uses in `pw-dump`'s list of objects: running video capture streams."""
    apps = running_stream_apps(objects, VIDEO_CAPTURE_CLASS, own_pid)
    return tuple(CallSignal("camera", app) for app in apps)


class PipeWireCameraStreams:
    """Runs `pw-dump` when asked; owns nothing in between. Emits no signals."""

    def __init__(self, own_pid: int, runner: Runner = run_program) -> None:
        self._own_pid = own_pid
        self._run = runner

    def running(self) -> tuple[CallSignal, ...]:
        """The running video capture streams; PipeWireUnanswered when PipeWire could not be asked."""
        output = self._run(["pw-dump"], ANSWER_TIMEOUT_S)
        try:
            objects = json.loads(output)
        except ValueError as error:
            raise PipeWireUnanswered(f"pw-dump printed no JSON: {error}") from error
        return running_video_captures(objects, self._own_pid)
