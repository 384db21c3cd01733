"""The microphone detector without a server: which capture streams are calls, and the detector's
answers and states (the real server is in tests/e2e/test_call_detection.py)."""

from __future__ import annotations

import os
import select
import time

import pytest

from desktop.platform.calls import CallSignal, DetectorStatus
from desktop.platform.calls.base import without_ignored
from desktop.platform.calls.pulse import (
    DeadlinePoll,
    PulseCaptureDetector,
    ServerReading,
    SoundServerError,
)
from desktop.platform.calls.pulse_streams import CaptureStream, app_name, call_signals, is_level_meter
from tests.fakes import FakeClock

OWN_PID = 4242


def stream(monitor: bool = False, corked: bool = False, resample: str = "", **props: str) -> CaptureStream:
    properties = {"application.name": "Firefox", "application.process.id": "100"}
    properties.update({key.replace("_", "."): value for key, value in props.items()})
    return CaptureStream(monitor, corked, resample, properties)


# --- which capture streams are calls --------------------------------------------------------------


def test_a_running_capture_of_an_input_is_a_call() -> None:
    assert call_signals([stream()], OWN_PID) == (CallSignal("microphone", "Firefox"),)


@pytest.mark.parametrize(
    "meter",
    [
        stream(resample="peaks"),  # PulseAudio's PA_STREAM_PEAK_DETECT
        stream(stream_monitor="true"),  # PipeWire-pulse's mark for the same
        stream(resample_peaks="1"),
        stream(application_id="org.PulseAudio.pavucontrol"),
        stream(application_id="org.gnome.VolumeControl"),
        stream(media_name="Peak detect"),
        stream(media_role="peak"),
    ],
)
def test_level_meters_are_not_calls(meter: CaptureStream) -> None:
    assert is_level_meter(meter)
    assert call_signals([meter], OWN_PID) == ()


def test_monitors_paused_streams_and_our_own_are_not_calls() -> None:
    streams = [
        stream(monitor=True),  # a screen recorder taking what the speakers play
        stream(stream_capture_sink="true"),  # PipeWire's way of saying the same
        stream(corked=True),
        stream(application_process_id=str(OWN_PID)),
    ]
    assert call_signals(streams, OWN_PID) == ()


def test_one_signal_per_app_and_the_program_name_as_fallback() -> None:
    nameless = CaptureStream(False, False, "", {"application.process.binary": "zoom"})
    anonymous = CaptureStream(False, False, "", {})
    assert call_signals([stream(), stream(), nameless, anonymous], OWN_PID) == (
        CallSignal("microphone", "Firefox"),
        CallSignal("microphone", "zoom"),
        CallSignal("microphone", ""),
    )
    assert app_name({"application.name": "  ", "application.process.binary": "pacat"}) == "pacat"


def test_ignored_apps_match_in_any_case_and_unknown_apps_always_count() -> None:
    signals = [CallSignal("microphone", "Firefox"), CallSignal("camera", "zoom"), CallSignal("camera", "")]
    assert without_ignored(signals, frozenset({"FIREFOX", "Zoom"})) == (CallSignal("camera", ""),)


# --- the PulseAudio detector's answers and states ---------------------------------------------------


def test_pulse_detector_reports_calls_and_a_working_state() -> None:
    seen: list[float] = []

    def query(timeout: float) -> ServerReading:
        seen.append(timeout)
        return ServerReading("pulseaudio 16.1", (stream(), stream(resample="peaks")))

    detector = PulseCaptureDetector(query, own_pid=OWN_PID)
    assert detector.active() == (CallSignal("microphone", "Firefox"),)
    assert detector.active(frozenset({"firefox"})) == ()
    assert seen == [0.5, 0.5]  # every look is bounded
    assert detector.state().status is DetectorStatus.WORKING
    assert "pulseaudio 16.1" in detector.state().detail


@pytest.mark.parametrize("status", [DetectorStatus.UNAVAILABLE, DetectorStatus.NOT_PERMITTED])
def test_pulse_detector_without_an_answer_sees_nothing_and_says_why(status: DetectorStatus) -> None:
    def query(timeout: float) -> ServerReading:
        raise SoundServerError(status, "the sound server did not answer within 0.5 s", "restart it")

    detector = PulseCaptureDetector(query, own_pid=OWN_PID)
    assert detector.active() == ()
    assert detector.state().status is status
    assert detector.state().hint == "restart it"


def test_pulse_detector_leaves_a_hung_server_alone_for_a_minute() -> None:
    clock = FakeClock()
    calls: list[float] = []
    hung = True

    def query(timeout: float) -> ServerReading:
        calls.append(clock.monotonic())
        if hung:
            raise SoundServerError(DetectorStatus.UNAVAILABLE, "did not answer", hung=True)
        return ServerReading("pulseaudio 16.1", (stream(),))

    detector = PulseCaptureDetector(query, own_pid=OWN_PID, monotonic=clock.monotonic)
    assert detector.active() == ()
    clock.advance(seconds=59)
    assert detector.active() == ()
    assert len(calls) == 1  # not asked again within the pause
    assert detector.state().detail == "did not answer"
    hung = False
    clock.advance(seconds=1)
    assert detector.active() == (CallSignal("microphone", "Firefox"),)
    assert len(calls) == 2


def test_state_before_any_look_takes_one() -> None:
    calls: list[float] = []

    def query(timeout: float) -> ServerReading:
        calls.append(timeout)
        return ServerReading("pulseaudio 16.1", ())

    detector = PulseCaptureDetector(query, own_pid=OWN_PID)
    assert detector.state().status is DetectorStatus.WORKING
    assert calls == [0.5]
    detector.state()
    assert calls == [0.5]  # later calls report the last look


class FakePulse:
    connected: bool | None = True


class PollFd:
    def __init__(self, fd: int, events: int) -> None:
        self.fd, self.events, self.revents = fd, events, 0


def test_deadline_poll_reports_ready_fds_then_gives_up_at_the_deadline() -> None:
    read, write = os.pipe()
    try:
        pulse = FakePulse()
        poll = DeadlinePoll(pulse, time.monotonic() + 60)
        fds = [PollFd(read, select.POLLIN)]
        os.write(write, b"x")
        assert poll(fds, -0.001) == 1  # libpulse's "no timeout" is negative
        assert fds[0].revents == select.POLLIN
        assert pulse.connected and not poll.expired
        late = DeadlinePoll(pulse, time.monotonic() - 1)
        assert late(fds, -0.001) == 0
        assert late.expired
        assert pulse.connected is False  # ends pulsectl's wait for an answer
    finally:
        os.close(read)
        os.close(write)
