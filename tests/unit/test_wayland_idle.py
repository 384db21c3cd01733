"""ext-idle-notify-v1 as an idle source, without a compositor: the idle arithmetic on a fake clock, the
version choice, where detection puts it, and that X11 sessions never load pywayland. The real
protocol runs in tests/e2e/test_platform_wayland.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.platform.idle import NullIdleSource, detect_idle_source, idle_candidates
from desktop.platform.idle.dbus_idle import FreedesktopScreenSaverIdle
from desktop.platform.idle.notify_state import IdleNotifyState, InputResumed, InputStopped, bind_plan
from desktop.platform.session_info import current_session
from tests.fakes import FakeClock, FakeMethodCaller

REPO_ROOT = Path(__file__).resolve().parents[2]
FDO = ("org.freedesktop.ScreenSaver", "GetSessionIdleTime")


def test_idle_time_counts_from_the_timeout_after_idled_and_is_zero_otherwise() -> None:
    clock = FakeClock()
    state = IdleNotifyState(timeout_seconds=3.0, monotonic=clock.monotonic)
    assert state.idle_seconds() == 0.0  # below the timeout: all we know is "less than 3 s"
    clock.advance(10)
    stopped = state.idled()  # the compositor: no input for 3 s
    assert stopped == InputStopped(since=clock.monotonic() - 3.0)
    assert state.idle_seconds() == 3.0
    clock.advance(57)
    assert state.idle_seconds() == 60.0
    resumed = state.resumed()
    assert resumed == InputResumed(at=clock.monotonic())
    assert state.idle_seconds() == 0.0
    clock.advance(2)
    assert state.idle_seconds() == 0.0  # typing on: still below the timeout as far as we know


def test_a_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError):
        IdleNotifyState(0.0, FakeClock().monotonic)


@pytest.mark.parametrize(
    ("offered", "known", "plan"),
    [
        (1, 2, (1, False)),  # KWin 5.27, Sway 1.8-1.10: idle notification (respects inhibitors)
        (2, 2, (2, True)),  # input idle: ignores inhibitors, what a break app wants
        (3, 2, (2, True)),  # a newer compositor: bind what we know
        (2, 1, (1, False)),  # an older pywayland wheel without the v2 request
    ],
)
def test_bind_plan_prefers_input_idle_when_both_sides_know_it(
    offered: int, known: int, plan: tuple[int, bool]
) -> None:
    assert bind_plan(offered, known) == plan


def test_the_session_knows_its_wayland_display() -> None:
    assert current_session({"WAYLAND_DISPLAY": "wayland-1"}).wayland_display == "wayland-1"
    assert current_session({"DISPLAY": ":0"}).wayland_display is None


def test_wayland_sessions_try_the_protocol_first_then_dbus() -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}
    with_socket = current_session(env | {"WAYLAND_DISPLAY": "/nonexistent/wayland-socket"})
    caller = FakeMethodCaller({FDO: (42_000,)})
    assert len(idle_candidates(with_socket, caller)) == 3
    # No compositor listens there: the protocol candidate declines and the KDE service answers.
    chosen = detect_idle_source(with_socket, idle_candidates(with_socket, caller))
    assert isinstance(chosen, FreedesktopScreenSaverIdle)
    # Without WAYLAND_DISPLAY there is nothing to connect to: only the D-Bus services are tried.
    assert len(idle_candidates(current_session(env), caller)) == 2


def test_other_wayland_compositors_without_the_protocol_still_say_unavailable() -> None:
    sway = current_session({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "/nonexistent/wayland-socket"})
    chosen = detect_idle_source(sway, idle_candidates(sway, FakeMethodCaller()))
    assert isinstance(chosen, NullIdleSource)
    assert chosen.name == "not available on this Wayland session"


def test_x11_sessions_never_load_pywayland() -> None:
    script = (
        "import sys\n"
        "from desktop.platform.idle import detect_idle_source, idle_candidates\n"
        "from desktop.platform.session_info import current_session\n"
        "from tests.fakes import FakeMethodCaller\n"
        "session = current_session({'DISPLAY': ':nonexistent.0'})\n"
        "print(detect_idle_source(session, idle_candidates(session, FakeMethodCaller())).name)\n"
        "print('pywayland' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["not available on this session", "False"]
