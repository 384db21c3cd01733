"""Microphone and camera use on macOS: "is this device running somewhere?".

CoreAudio answers it for audio devices (kAudioDevicePropertyDeviceIsRunningSomewhere; only devices
with input streams are asked), CoreMediaIO for cameras (kCMIODevicePropertyDeviceIsRunningSomewhere).
Both say nothing of *which* app, so the signal's app is "" and the "not a call" list cannot apply.
Both are plain C calls through ctypes behind a small adapter that tests fake. A headset that is one
device for both directions also "runs" while it only plays music: a known limit of this property.
"""

from __future__ import annotations

import ctypes
from typing import Protocol

from desktop.platform.calls.base import (
    CallSignal,
    DetectorState,
    DetectorStatus,
    Device,
    LookingDetector,
    without_ignored,
)


def fourcc(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


SYSTEM_OBJECT = 1  # kAudioObjectSystemObject, kCMIOObjectSystemObject
DEVICES = fourcc("dev#")  # kAudioHardwarePropertyDevices, kCMIOHardwarePropertyDevices
STREAMS = fourcc("stm#")  # kAudioDevicePropertyStreams
RUNNING_SOMEWHERE = fourcc("gone")  # k{Audio,CMIO}DevicePropertyDeviceIsRunningSomewhere
SCOPE_GLOBAL = fourcc("glob")
SCOPE_INPUT = fourcc("inpt")
ELEMENT_MAIN = 0


class DeviceApi(Protocol):
    """CoreAudio or CoreMediaIO, as the macOS detector asks them (a fake in tests)."""

    def devices(self) -> tuple[int, ...]:
        """The ids of the devices worth asking: audio devices with input, or cameras. OSError on failure."""

    def running_somewhere(self, device: int) -> bool:
        """Whether any process uses the device now. OSError on failure."""


class MacDeviceDetector(LookingDetector):
    """Asks the framework on each `active()`; owns nothing in between. Emits no signals."""

    def __init__(self, device: Device, api: DeviceApi, name: str) -> None:
        self.device = device
        self.name = name
        self._api = api

    def active(self, ignored_apps: frozenset[str] = frozenset()) -> tuple[CallSignal, ...]:
        try:
            ids = self._api.devices()
            running = [device for device in ids if self._api.running_somewhere(device)]
        except OSError as error:
            self._state = DetectorState(DetectorStatus.UNAVAILABLE, str(error))
            return ()
        self._state = DetectorState(DetectorStatus.WORKING, f"{len(ids)} device(s) watched")
        return without_ignored([CallSignal(self.device, "")] if running else [], ignored_apps)


class _PropertyAddress(ctypes.Structure):
    # AudioObjectPropertyAddress and CMIOObjectPropertyAddress have the same layout.
    _fields_ = (("selector", ctypes.c_uint32), ("scope", ctypes.c_uint32), ("element", ctypes.c_uint32))


class _ObjectProperties:
    """Reads integer properties of framework objects; subclasses bind the two C calls."""

    def _data_size(self, obj: int, selector: int, scope: int) -> int:
        raise NotImplementedError

    def _read(self, obj: int, selector: int, scope: int, buffer: ctypes.Array[ctypes.c_uint32]) -> None:
        raise NotImplementedError

    def _uint32s(self, obj: int, selector: int, scope: int) -> tuple[int, ...]:
        count = self._data_size(obj, selector, scope) // ctypes.sizeof(ctypes.c_uint32)
        if count == 0:
            return ()
        values = (ctypes.c_uint32 * count)()
        self._read(obj, selector, scope, values)
        return tuple(int(value) for value in values)

    def running_somewhere(self, device: int) -> bool:
        value = (ctypes.c_uint32 * 1)()
        self._read(device, RUNNING_SOMEWHERE, SCOPE_GLOBAL, value)
        return bool(value[0])


def _signature(*middle: type) -> tuple[type, ...]:
    return (ctypes.c_uint32, ctypes.POINTER(_PropertyAddress), ctypes.c_uint32, ctypes.c_void_p, *middle)


class CoreAudioApi(_ObjectProperties):
    """Audio input devices through CoreAudio (macOS only)."""

    def __init__(self) -> None:
        lib = ctypes.CDLL("/System/Library/Frameworks/CoreAudio.framework/CoreAudio")
        self._size = lib.AudioObjectGetPropertyDataSize
        self._size.argtypes = _signature(ctypes.POINTER(ctypes.c_uint32))
        self._get = lib.AudioObjectGetPropertyData
        self._get.argtypes = _signature(ctypes.POINTER(ctypes.c_uint32), ctypes.c_void_p)
        self._size.restype = self._get.restype = ctypes.c_int32

    def devices(self) -> tuple[int, ...]:
        every = self._uint32s(SYSTEM_OBJECT, DEVICES, SCOPE_GLOBAL)
        return tuple(d for d in every if self._data_size(d, STREAMS, SCOPE_INPUT) > 0)

    def _data_size(self, obj: int, selector: int, scope: int) -> int:
        size = ctypes.c_uint32(0)
        address = _PropertyAddress(selector, scope, ELEMENT_MAIN)
        status = self._size(obj, ctypes.byref(address), 0, None, ctypes.byref(size))
        _check(status, "AudioObjectGetPropertyDataSize")
        return size.value

    def _read(self, obj: int, selector: int, scope: int, buffer: ctypes.Array[ctypes.c_uint32]) -> None:
        address = _PropertyAddress(selector, scope, ELEMENT_MAIN)
        size = ctypes.c_uint32(ctypes.sizeof(buffer))
        status = self._get(obj, ctypes.byref(address), 0, None, ctypes.byref(size), buffer)
        _check(status, "AudioObjectGetPropertyData")


class CoreMediaIOApi(_ObjectProperties):
    """Cameras through CoreMediaIO (macOS only)."""

    def __init__(self) -> None:
        lib = ctypes.CDLL("/System/Library/Frameworks/CoreMediaIO.framework/CoreMediaIO")
        self._size = lib.CMIOObjectGetPropertyDataSize
        self._size.argtypes = _signature(ctypes.POINTER(ctypes.c_uint32))
        self._get = lib.CMIOObjectGetPropertyData
        self._get.argtypes = _signature(ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32), ctypes.c_void_p)
        self._size.restype = self._get.restype = ctypes.c_int32

    def devices(self) -> tuple[int, ...]:
        return self._uint32s(SYSTEM_OBJECT, DEVICES, SCOPE_GLOBAL)

    def _data_size(self, obj: int, selector: int, scope: int) -> int:
        size = ctypes.c_uint32(0)
        address = _PropertyAddress(selector, scope, ELEMENT_MAIN)
        status = self._size(obj, ctypes.byref(address), 0, None, ctypes.byref(size))
        _check(status, "CMIOObjectGetPropertyDataSize")
        return size.value

    def _read(self, obj: int, selector: int, scope: int, buffer: ctypes.Array[ctypes.c_uint32]) -> None:
        address = _PropertyAddress(selector, scope, ELEMENT_MAIN)
        used, size = ctypes.c_uint32(0), ctypes.sizeof(buffer)
        status = self._get(obj, ctypes.byref(address), 0, None, size, ctypes.byref(used), buffer)
        _check(status, "CMIOObjectGetPropertyData")


def _check(status: int, call: str) -> None:
    if status != 0:
        raise OSError(f"{call} failed (OSStatus {status})")


def open_mac_detector(device: Device) -> MacDeviceDetector | None:
    """The detector for `device`, or None when the framework cannot be loaded."""
    try:
        if device == "microphone":
            return MacDeviceDetector(device, CoreAudioApi(), "CoreAudio input devices in use")
        return MacDeviceDetector(device, CoreMediaIOApi(), "CoreMediaIO cameras in use")
    except (OSError, AttributeError):
        return None
