"""Which capture streams of a PulseAudio (or PipeWire-pulse) server are a call, from plain data.

A capture stream ("source-output") counts when it records a real input (not the monitor of an
output), is running (not corked), is not a level meter and is not ours. Level meters are what
volume controls show as bouncing bars: PulseAudio marks them with the "peaks" resampler
(PA_STREAM_PEAK_DETECT); PipeWire-pulse with the `stream.monitor` / `resample.peaks` properties;
the application ids are a backstop for mixers that do neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.platform.calls.base import CallSignal

LEVEL_METER_APP_IDS = frozenset(
    {
        "org.pulseaudio.pavucontrol",  # pavucontrol
        "com.saivert.pwvucontrol",  # pwvucontrol
        "org.gnome.volumecontrol",  # GNOME's volume control library (shell menu, settings panel)
    }
)
LEVEL_METER_MEDIA_NAMES = frozenset({"peak detect"})  # what pavucontrol and pwvucontrol call theirs
LEVEL_METER_ROLES = frozenset({"peak"})
_TRUE = frozenset({"1", "true", "yes"})


@dataclass(frozen=True)
class CaptureStream:
    """One source-output as the server describes it."""

    source_is_monitor: bool  # recording what a sink plays (screen recorders, meters), not an input
    corked: bool  # paused by its client
    resample_method: str  # "peaks" for PulseAudio's level meters
    properties: Mapping[str, str] = field(default_factory=dict)


def is_level_meter(stream: CaptureStream) -> bool:
    props = stream.properties
    if stream.resample_method == "peaks":
        return True
    if any(props.get(key, "").lower() in _TRUE for key in ("stream.monitor", "resample.peaks")):
        return True
    return (
        props.get("application.id", "").lower() in LEVEL_METER_APP_IDS
        or props.get("media.name", "").lower() in LEVEL_METER_MEDIA_NAMES
        or props.get("media.role", "").lower() in LEVEL_METER_ROLES
    )


def app_name(properties: Mapping[str, str]) -> str:
    """The name the client gave itself ("Firefox", "ZOOM VoiceEngine"), else its program name."""
    for key in ("application.name", "application.process.binary"):
        value = properties.get(key, "").strip()
        if value:
            return value
    return ""


def call_signals(streams: Iterable[CaptureStream], own_pid: int) -> tuple[CallSignal, ...]:
    """The microphone uses among `streams` (one per app, in the server's order)."""
    found: list[CallSignal] = []
    for stream in streams:
        if stream.source_is_monitor or stream.corked or is_level_meter(stream):
            continue
        if stream.properties.get("stream.capture.sink", "").lower() in _TRUE:
            continue  # PipeWire's way of saying "recording an output"
        if stream.properties.get("application.process.id") == str(own_pid):
            continue
        found.append(CallSignal("microphone", app_name(stream.properties)))
    return tuple(dict.fromkeys(found))
