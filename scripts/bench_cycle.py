"""What scripts/bench_idle.py does to a running Unclench between its idle measurements, the way a
person would: a reminder shown and answered, and the breathing, routine and statistics windows
opened and closed; and a history to start with (a log of N events ending today).

Everything goes through the outside: the command line (`unclench remind posture`, `unclench
breathe`, `unclench stretch ROUTINE`), the tray menu (statistics has no command) and real X input
and window-manager messages (`WM_DELETE_WINDOW`, what a title bar's close button sends).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from tests.e2e.x11 import find_tray_icon, find_window, wait_for, x_tool  # noqa: E402

CARD_TITLE = "Unclench reminder"
STATS_TITLE = "Unclench statistics"
BREATHING_TITLE = "Breathe – Unclench"
ROUTINE = "neck-release"
ROUTINE_TITLE = "Neck and shoulder release — Unclench"
# The tray menu from its bottom: Quit, Settings…, When to see a professional, Why this helps,
# How tense am I right now?, Statistics… (desktop/ui/tray.py); Up from no selection starts at Quit.
UPS_TO_STATISTICS = 6
STEP_TIMEOUT_S = 20.0

# History written straight into the log (as scripts/bench_open.py does): 300 events a day, ending today.
_FILL = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
INSERT INTO events (kind, outcome, due_at, shown_at, answered_at, local_day, details)
SELECT CASE i % 3 WHEN 0 THEN 'posture' WHEN 1 THEN 'hydration' ELSE 'stretch' END,
       CASE i % 5 WHEN 0 THEN 'skipped' ELSE 'done' END,
       date('now', '-' || (i / 300) || ' days') || 'T09:00:00.000000+00:00',
       date('now', '-' || (i / 300) || ' days') || 'T09:00:01.000000+00:00',
       date('now', '-' || (i / 300) || ' days') || 'T09:00:20.000000+00:00',
       date('now', '-' || (i / 300) || ' days'),
       CASE i % 3 WHEN 1 THEN '{"ml": 250}' ELSE '{}' END
FROM n
"""


def write_history(database: Path, events: int) -> None:
    """A log with `events` events (the app's own schema, made by EventLog.open), if not there yet."""
    from desktop.storage.eventlog import EventLog

    if database.exists():
        return
    database.parent.mkdir(parents=True, exist_ok=True)
    log, _ = EventLog.open(database)
    log.close()
    with sqlite3.connect(database) as db:
        db.execute(_FILL, (events,))


def cli(env: dict[str, str], *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    if done.returncode != 0:
        raise RuntimeError(f"unclench {' '.join(args)}: {done.stderr.strip() or done.returncode}")


def close_window(display: str, wid: int) -> None:
    """Send WM_DELETE_WINDOW, as a window manager's close button does (Qt then closes the window)."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open display {display}")
    try:
        event = _XEvent()
        event.xclient.type = 33  # ClientMessage
        event.xclient.window = wid
        event.xclient.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        event.xclient.data[1] = 0  # CurrentTime
        x11.XSendEvent(connection, wid, 0, 0, ctypes.byref(event))
        x11.XFlush(connection)
    finally:
        x11.XCloseDisplay(connection)


class _XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _XClientMessageEvent), ("pad", ctypes.c_long * 24)]


def _shown(display: str, title: str, pid: int) -> Callable[[], object]:
    return lambda: find_window(display, title, pid)


def _gone(display: str, title: str, pid: int) -> Callable[[], bool | None]:
    return lambda: find_window(display, title, pid) is None or None


def open_and_close(display: str, pid: int, title: str, opener: Callable[[], None]) -> None:
    """Open a window, wait until it is on screen and painted, close it, wait until it is gone."""
    opener()
    window = wait_for(_shown(display, title, pid), STEP_TIMEOUT_S, f"the window '{title}'")
    time.sleep(1.0)  # let it paint and run its first second (a breathing session starts at once)
    close_window(display, window.wid)
    wait_for(_gone(display, title, pid), STEP_TIMEOUT_S, f"the window '{title}' to close")


def answer_a_reminder(display: str, pid: int, env: dict[str, str]) -> None:
    """A posture card, shown now, answered Done (its Alt+D, typed into the card)."""
    cli(env, "remind", "posture")
    card = wait_for(_shown(display, CARD_TITLE, pid), STEP_TIMEOUT_S, "the posture card")
    time.sleep(0.5)  # as a person would, after reading it
    x_tool(display, "xdotool", "windowfocus", "--sync", str(card.wid), "key", "alt+d")
    wait_for(_gone(display, CARD_TITLE, pid), STEP_TIMEOUT_S, "the card to close")


def open_statistics_from_the_tray(display: str, pid: int) -> None:
    icon = find_tray_icon(display, pid)
    if icon is None:
        raise RuntimeError("no tray icon to open the menu from")
    # Not `click()`: its `mousemove --sync` waits forever when the pointer is already there (last run).
    x, y = icon.x + icon.width // 2, icon.y + icon.height // 2
    x_tool(display, "xdotool", "mousemove", str(x), str(y), "click", "3").check_returncode()
    time.sleep(0.5)  # the menu pops up
    for _ in range(UPS_TO_STATISTICS):
        x_tool(display, "xdotool", "key", "Up")
    x_tool(display, "xdotool", "key", "Return")


def cycle(display: str, pid: int, env: dict[str, str]) -> None:
    """One reminder answered, then each window opened and closed once."""
    answer_a_reminder(display, pid, env)
    open_and_close(display, pid, BREATHING_TITLE, lambda: cli(env, "breathe"))
    open_and_close(display, pid, ROUTINE_TITLE, lambda: cli(env, "stretch", ROUTINE))
    open_and_close(display, pid, STATS_TITLE, lambda: open_statistics_from_the_tray(display, pid))
