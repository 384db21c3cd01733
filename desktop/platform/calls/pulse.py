"""Microphone use on Linux: the capture streams of the PulseAudio or PipeWire-pulse server.

Each look connects, reads the server's name, the sources and the capture streams, and disconnects:
under a millisecond of CPU on a local socket (scripts/bench_calls.py; a kept connection would save
about 0.4 ms a look), so nothing is kept open between looks and a restarted server needs no special
case. libpulse comes through pulsectl; its blocking
calls are bounded by a poll function with a deadline, so a hung server costs at most
ANSWER_TIMEOUT_S and reads as "no signal". The server is never autospawned.
"""

from __future__ import annotations

import os
import select
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.platform.calls.base import (
    ANSWER_TIMEOUT_S,
    CallSignal,
    DetectorState,
    DetectorStatus,
    LookingDetector,
    without_ignored,
)
from desktop.platform.calls.pulse_streams import CaptureStream, call_signals

_NO_INDEX = 0xFFFFFFFF  # PA_INVALID_INDEX: a source that monitors no sink
_PA_ERR_ACCESS = 1
_TEARDOWN_S = 0.02  # closing the connection after a missed deadline, kept inside the timeout
HUNG_PAUSE_S = 60.0  # after a server did not answer, looks within this time do not ask it again


class SoundServerError(Exception):
    """No answer from the sound server; `status` says whether it was absent or refused us."""

    def __init__(self, status: DetectorStatus, detail: str, hint: str = "", hung: bool = False) -> None:
        super().__init__(detail)
        self.status, self.detail, self.hint = status, detail, hint
        self.hung = hung  # it is there but did not answer in time


@dataclass(frozen=True)
class ServerReading:
    """One look at the sound server: its name and version, and its capture streams."""

    server: str  # "pulseaudio 16.1", "PulseAudio (on PipeWire 1.0.5) 15.0.0"
    streams: tuple[CaptureStream, ...]


Query = Callable[[float], ServerReading]  # timeout in seconds → reading, or SoundServerError


class PulseCaptureDetector(LookingDetector):
    """Owns no connection between looks: each `active()` asks the server afresh. After a server
    did not answer, it is left alone for HUNG_PAUSE_S, so a hung server freezes the caller for
    ANSWER_TIMEOUT_S once a minute at most. Emits no signals."""

    name = "PulseAudio capture streams"

    def __init__(
        self,
        query: Query | None = None,
        own_pid: int | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._query = query or query_pulse_server
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._monotonic = monotonic
        self._hung_at: float | None = None

    def active(self, ignored_apps: frozenset[str] = frozenset()) -> tuple[CallSignal, ...]:
        if self._hung_at is not None and self._monotonic() - self._hung_at < HUNG_PAUSE_S:
            return ()  # the state still says it did not answer
        try:
            reading = self._query(ANSWER_TIMEOUT_S)
        except SoundServerError as error:
            self._hung_at = self._monotonic() if error.hung else None
            self._state = DetectorState(error.status, error.detail, error.hint)
            return ()
        self._hung_at = None
        self._state = DetectorState(DetectorStatus.WORKING, f"{reading.server} answered")
        return without_ignored(call_signals(reading.streams, self._own_pid), ignored_apps)


class DeadlinePoll:
    """libpulse's poll step with a deadline: past it, report "nothing happened" and mark the
    connection lost, which ends pulsectl's wait for an answer."""

    def __init__(self, pulse: Any, deadline: float) -> None:
        self._pulse = pulse
        self._deadline = deadline
        self.expired = False

    def __call__(self, fds: Sequence[Any], timeout: float) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            self._pulse.connected = False  # pulsectl waits "while connected is None" or "while connected"
            return 0
        wait = left if timeout < 0 else min(timeout, left)
        poller = select.poll()
        for fd in fds:
            poller.register(fd.fd, fd.events)
        ready = dict(poller.poll(wait * 1000))
        for fd in fds:
            fd.revents = ready.get(fd.fd, 0)
        return len(ready)


def query_pulse_server(timeout: float, server: str | None = None) -> ServerReading:
    """One look at the server named by `server` (default: the session's, as libpulse finds it)."""
    try:
        import pulsectl
    except (ImportError, OSError) as error:  # OSError: pulsectl is there, libpulse.so.0 is not
        raise SoundServerError(
            DetectorStatus.UNAVAILABLE, f"libpulse is not available ({error})", "install libpulse0"
        ) from error
    deadline = time.monotonic() + timeout - _TEARDOWN_S
    pulse = pulsectl.Pulse("Unclench call check", server=server, connect=False)
    poll = DeadlinePoll(pulse, deadline)
    pulse.set_poll_func(poll)
    try:
        try:
            # Not connect(timeout=...): on success that waits out the whole timeout (pulsectl 24.12).
            pulse.connect(autospawn=False)
        except pulsectl.PulseError as error:
            raise _connect_error(pulse, poll.expired, timeout) from error
        try:
            info = pulse.server_info()
            monitors = {s.index for s in pulse.source_list() if s.monitor_of_sink != _NO_INDEX}
            outputs = pulse.source_output_list()
        except pulsectl.PulseError as error:
            if poll.expired:
                raise _no_answer(timeout) from error
            raise SoundServerError(DetectorStatus.UNAVAILABLE, f"the sound server failed: {error}") from error
    finally:
        pulse.close()
    streams = tuple(
        CaptureStream(
            source_is_monitor=output.source in monitors,
            corked=bool(output.corked),
            resample_method=str(output.resample_method or ""),
            properties=dict(output.proplist),
        )
        for output in outputs
    )
    return ServerReading(f"{info.server_name} {info.server_version}", streams)


def _no_answer(timeout: float) -> SoundServerError:
    return SoundServerError(
        DetectorStatus.UNAVAILABLE,
        f"the sound server did not answer within {timeout:g} s",
        "it may be hung; restarting it (pulseaudio -k, or systemctl --user restart pipewire-pulse) helps",
        hung=True,
    )


def _connect_error(pulse: Any, expired: bool, timeout: float) -> SoundServerError:
    if expired:
        return _no_answer(timeout)
    from pulsectl import _pulsectl

    code = int(_pulsectl.pa.context_errno(pulse._ctx)) if pulse._ctx else 0
    if code == _PA_ERR_ACCESS:
        return SoundServerError(
            DetectorStatus.NOT_PERMITTED,
            "the sound server refused the connection",
            "in a Flatpak, allow --socket=pulseaudio; otherwise check ~/.config/pulse/cookie",
        )
    return SoundServerError(
        DetectorStatus.UNAVAILABLE,
        "no PulseAudio or PipeWire-pulse server is running for this session",
        "microphone use is detected through the PulseAudio protocol (PipeWire: install pipewire-pulse)",
    )
