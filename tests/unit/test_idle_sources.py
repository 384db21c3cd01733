"""Idle-time sources: detection per session and each backend's arithmetic, through fake OS adapters."""

from __future__ import annotations

import pytest

from desktop.platform.dbus_calls import DBusCallError
from desktop.platform.idle import NullIdleSource, detect_idle_source, idle_candidates
from desktop.platform.idle.dbus_idle import FreedesktopScreenSaverIdle, MutterIdle
from desktop.platform.idle.macos import ANY_INPUT_EVENT, HID_SYSTEM_STATE, MacIdle
from desktop.platform.idle.windows import WindowsIdle, idle_milliseconds
from desktop.platform.idle.x11_screensaver import X11ScreenSaverIdle
from desktop.platform.session_info import SessionInfo, current_session
from tests.fakes import FakeMethodCaller

MUTTER = ("org.gnome.Mutter.IdleMonitor", "GetIdletime")
FDO = ("org.freedesktop.ScreenSaver", "GetSessionIdleTime")


def session(env: dict[str, str], platform: str = "linux") -> SessionInfo:
    return current_session(env, platform)


# --- reading the session -------------------------------------------------------------------------


def test_session_kinds_are_read_from_the_environment() -> None:
    gnome_wayland = session(
        {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "DISPLAY": ":0"}
    )
    assert gnome_wayland.is_wayland and gnome_wayland.is_gnome and not gnome_wayland.is_kde
    kde_x11 = session({"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "KDE", "DISPLAY": ":0"})
    assert kde_x11.is_x11 and kde_x11.is_kde and kde_x11.display == ":0"
    bare_xvfb = session({"DISPLAY": ":99"})
    assert bare_xvfb.is_x11 and bare_xvfb.desktops == ()
    sway = session({"WAYLAND_DISPLAY": "wayland-1", "XDG_CURRENT_DESKTOP": "sway"})
    assert sway.is_wayland
    assert session({}, "win32").system == "win32"
    assert session({"DISPLAY": ":0"}, "darwin").display is None
    assert session({}, "freebsd14").system == "linux"


# --- detection -----------------------------------------------------------------------------------


def test_x11_session_tries_the_extension_first_then_dbus() -> None:
    caller = FakeMethodCaller({MUTTER: (1500,)})
    chosen = detect_idle_source(
        session({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":nonexistent.0"}),
        idle_candidates(session({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":nonexistent.0"}), caller),
    )
    # No X server answers at ":nonexistent": the Mutter service does.
    assert chosen.name == "GNOME Mutter idle monitor"
    assert chosen.idle_seconds() == 1.5


def test_wayland_never_uses_the_x11_extension() -> None:
    caller = FakeMethodCaller({FDO: (42_000,)})
    wayland = session({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE", "DISPLAY": ":0"})
    chosen = detect_idle_source(wayland, idle_candidates(wayland, caller))
    assert chosen.name == "freedesktop screensaver service (KDE)"
    assert chosen.idle_seconds() == 42.0
    assert [call[3] for call in caller.calls] == ["GetIdletime", "GetSessionIdleTime", "GetSessionIdleTime"]


def test_gnome_wayland_uses_mutter() -> None:
    caller = FakeMethodCaller({MUTTER: (250,), FDO: DBusCallError("NotSupported")})
    wayland = session({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"})
    chosen = detect_idle_source(wayland, idle_candidates(wayland, caller))
    assert isinstance(chosen, MutterIdle)
    assert chosen.idle_seconds() == 0.25


def test_other_wayland_compositors_say_unavailable() -> None:
    sway = session({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "sway"})
    chosen = detect_idle_source(sway, idle_candidates(sway, FakeMethodCaller()))
    assert isinstance(chosen, NullIdleSource)
    assert chosen.name == "not available on this Wayland session"
    assert chosen.idle_seconds() is None


def test_first_working_candidate_wins_and_none_means_null() -> None:
    working = NullIdleSource("second")
    assert detect_idle_source(session({}), [lambda: None, lambda: working]) is working
    assert detect_idle_source(session({}), []).name == "not available on this session"


def test_windows_and_macos_have_one_candidate_each() -> None:
    assert len(idle_candidates(session({}, "win32"))) == 1
    assert len(idle_candidates(session({}, "darwin"))) == 1
    # On this (Linux) machine neither OS library exists: detection falls back without raising.
    assert isinstance(detect_idle_source(session({}, "win32")), NullIdleSource)
    assert isinstance(detect_idle_source(session({}, "darwin")), NullIdleSource)


# --- D-Bus backends ------------------------------------------------------------------------------


def test_dbus_idle_reading_failure_is_none_not_an_exception() -> None:
    caller = FakeMethodCaller({MUTTER: (10,)})
    source = MutterIdle.probe(caller)
    assert source is not None
    caller.replies[MUTTER] = DBusCallError("Timeout")
    assert source.idle_seconds() is None
    caller.replies[MUTTER] = ("not a number",)
    assert source.idle_seconds() is None
    source.close()
    assert caller.closed


def test_dbus_probe_refuses_a_service_that_does_not_answer() -> None:
    assert FreedesktopScreenSaverIdle.probe(FakeMethodCaller({FDO: DBusCallError("NotSupported")})) is None
    assert MutterIdle.probe(FakeMethodCaller({MUTTER: (True,)})) is None


def test_dbus_targets_are_the_documented_ones() -> None:
    caller = FakeMethodCaller({MUTTER: (0,), FDO: (0,)})
    MutterIdle(caller).idle_seconds()
    FreedesktopScreenSaverIdle(caller).idle_seconds()
    assert caller.calls[0][:4] == (
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "org.gnome.Mutter.IdleMonitor",
        "GetIdletime",
    )
    assert caller.calls[1][:4] == (
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "GetSessionIdleTime",
    )


# --- Windows -------------------------------------------------------------------------------------


class FakeTicks:
    def __init__(self, now: int, last_input: int | None) -> None:
        self.now, self.last_input = now, last_input

    def tick_count(self) -> int:
        return self.now

    def last_input_tick(self) -> int | None:
        return self.last_input


@pytest.mark.parametrize(
    ("now", "last", "expected_ms"),
    [
        (10_000, 4_000, 6_000),
        (0xFFFFFFFF, 0xFFFFFFFF - 500, 500),
        (1_000, 0xFFFFFFFF - 999, 2_000),  # GetTickCount wrapped after 49.7 days
        (5, 5, 0),
    ],
)
def test_windows_idle_is_wrap_safe(now: int, last: int, expected_ms: int) -> None:
    assert idle_milliseconds(now, last) == expected_ms
    assert WindowsIdle(FakeTicks(now, last)).idle_seconds() == expected_ms / 1000


def test_windows_idle_failure_is_none() -> None:
    assert WindowsIdle(FakeTicks(100, None)).idle_seconds() is None


# --- macOS ---------------------------------------------------------------------------------------


def test_macos_asks_for_any_hardware_input() -> None:
    asked: list[tuple[int, int]] = []

    def seconds_since(state: int, event_type: int) -> float:
        asked.append((state, event_type))
        return 12.5

    assert MacIdle(seconds_since).idle_seconds() == 12.5
    assert asked == [(HID_SYSTEM_STATE, ANY_INPUT_EVENT)] == [(1, 0xFFFFFFFF)]


@pytest.mark.parametrize("nonsense", [-1.0, float("nan")])
def test_macos_nonsense_is_no_reading(nonsense: float) -> None:
    assert MacIdle(lambda _s, _t: nonsense).idle_seconds() is None


# --- X11 -----------------------------------------------------------------------------------------


def test_x11_without_a_server_is_none() -> None:
    assert X11ScreenSaverIdle.open(":nonexistent.0") is None
