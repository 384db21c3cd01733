"""The checks of `unclench doctor` and the settings' "What Unclench sees" page: every detector
and what it sees on this desktop right now, plus the data files.

Qt-free, so the command line runs them itself (whether or not Unclench is running). Each check is
asked in turn; one that fails says so in its own line and the others go on. Nothing here contacts
the network: a calendar address is only reported, never fetched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.doctor import Finding, Health
from desktop.core.i18n import N_, _, ngettext, pgettext
from desktop.platform.session_info import SessionInfo, current_session
from desktop.storage.paths import AppPaths

if TYPE_CHECKING:
    from desktop.platform.busy.base import BusySource

Check = Callable[[], Iterable[Finding]]
WORKING, UNAVAILABLE, NOT_PERMITTED = Health.WORKING, Health.UNAVAILABLE, Health.NOT_PERMITTED


def gather(checks: Iterable[Check]) -> list[Finding]:
    """Every check's findings; a check that raises becomes one line saying so."""
    findings: list[Finding] = []
    for check in checks:
        try:
            findings.extend(check())
        except Exception as error:  # a broken probe must not hide the others
            area = getattr(check, "__name__", "check").removeprefix("check_").replace("_", " ")
            findings.append(
                Finding(
                    area,
                    _("the check itself"),
                    UNAVAILABLE,
                    _("it failed: {error}").format(error=repr(error))[:200],
                )
            )
    return findings


def default_checks(session: SessionInfo | None = None, paths: AppPaths | None = None) -> list[Check]:
    session = session or current_session()
    paths = paths or AppPaths.for_user()
    return [
        lambda: check_tray(session),
        lambda: check_notifications(session),
        lambda: check_idle(session),
        lambda: check_sleep_and_lock(session),
        lambda: check_busy(session),
        check_calls,
        lambda: check_calendars(paths),
        check_autostart,
        lambda: check_files(paths),
    ]


# ---- the checks -----------------------------------------------------------------------------------


def check_tray(session: SessionInfo) -> list[Finding]:
    if session.system != "linux":
        return [
            Finding(_("tray"), _("the system's notification area"), WORKING, _("always there on this system"))
        ]
    found = []
    if _name_has_owner("org.kde.StatusNotifierWatcher"):
        found.append(_("StatusNotifierItem host"))
    if session.display and _x11_selection_owner(session.display, "_NET_SYSTEM_TRAY_S0"):
        found.append(_("XEmbed tray"))
    if found:
        return [Finding(_("tray"), _(" and ").join(found), WORKING)]
    hint = _("on GNOME, install the AppIndicator extension; without a tray Unclench shows a small window")
    return [
        Finding(
            _("tray"), _("StatusNotifierItem or XEmbed tray"), UNAVAILABLE, _("no tray host answers"), hint
        )
    ]


def check_notifications(session: SessionInfo) -> list[Finding]:
    if session.system != "linux":
        return [Finding(_("notifications"), _("the system's notifications"), WORKING, _("asked when shown"))]
    from desktop.platform.dbus_calls import DBusCallError, SessionBusCaller

    caller = SessionBusCaller()
    path, name = "/org/freedesktop/Notifications", "org.freedesktop.Notifications"
    try:
        server = caller.call(name, path, name, "GetServerInformation")
        capabilities = caller.call(name, path, name, "GetCapabilities")[0]
    except DBusCallError as error:
        hint = _("start a notification daemon (dunst, mako) or use the reminder card instead")
        return [Finding(_("notifications"), name, UNAVAILABLE, str(error)[:160], hint)]
    finally:
        caller.close()
    detail = _("{server} {version}; can: {capabilities}").format(
        server=server[0],
        version=server[2],
        capabilities=", ".join(sorted(capabilities)) or _("nothing extra"),
    )
    return [Finding(_("notifications"), name, WORKING, detail)]


def check_idle(session: SessionInfo) -> list[Finding]:
    from desktop.platform.idle import NullIdleSource, detect_idle_source

    source = detect_idle_source(session)
    try:
        if isinstance(source, NullIdleSource):
            hint = _("natural breaks and typing are not seen; reminders still come on time")
            return [Finding(_("idle time"), pgettext("Sources", source.name), UNAVAILABLE, "", hint)]
        idle = source.idle_seconds()
        seen = (
            _("no answer now")
            if idle is None
            else _("last input {seconds} s ago").format(seconds=f"{idle:.0f}")
        )
        return [
            Finding(
                _("idle time"),
                pgettext("Sources", source.name),
                WORKING if idle is not None else UNAVAILABLE,
                seen,
            )
        ]
    finally:
        source.close()


def check_sleep_and_lock(session: SessionInfo) -> list[Finding]:
    heartbeat = Finding(
        _("sleep"), _("clock heartbeat"), WORKING, _("notices sleep by the clock jump, always")
    )
    if session.system != "linux":
        return [heartbeat, Finding(_("sleep and lock"), _("the system's power and session events"), WORKING)]
    findings = [heartbeat]
    for area, bus, name, what in (
        (N_("sleep"), "SYSTEM", "org.freedesktop.login1", N_("logind sleep signals")),
        (N_("lock"), "SESSION", "org.freedesktop.ScreenSaver", N_("screensaver lock signals")),
    ):
        if _name_has_owner(name, bus):
            findings.append(Finding(_(area), _(what), WORKING, _("{name} answers").format(name=name)))
        else:
            findings.append(
                Finding(_(area), _(what), UNAVAILABLE, _("no {name} on the bus").format(name=name))
            )
    return findings


def check_busy(session: SessionInfo) -> list[Finding]:
    from desktop.platform.busy import detect_busy_source
    from desktop.platform.busy.base import NullBusySource

    source = detect_busy_source(session)
    try:
        if isinstance(source, NullBusySource):
            return [
                Finding(
                    _("fullscreen / do not disturb"),
                    _busy_name(source),
                    UNAVAILABLE,
                    "",
                    _("use meeting mode"),
                )
            ]
        busy = source.is_busy()
        seen = (
            _("holding now: {reason}").format(reason=busy.value)
            if busy is not None
            else _("nothing holds now")
        )
        return [Finding(_("fullscreen / do not disturb"), _busy_name(source), WORKING, seen)]
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


def check_calls() -> list[Finding]:
    from desktop.platform.calls import DetectorStatus, detect_call_detectors

    health = {
        DetectorStatus.WORKING: WORKING,
        DetectorStatus.UNAVAILABLE: UNAVAILABLE,
        DetectorStatus.NOT_PERMITTED: NOT_PERMITTED,
    }
    findings = []
    for index, detector in enumerate(detect_call_detectors()):
        try:
            state = detector.state()
            live = detector.active() if state.status is DetectorStatus.WORKING else ()
        finally:
            detector.close()
        seen = ", ".join(
            _("{device} in {app}").format(device=s.device, app=s.app or _("an unknown app")) for s in live
        ) or _("nothing live now")
        detail = f"{state.detail}; {seen}" if state.detail else seen
        area = _("microphone") if index == 0 else _("camera")
        findings.append(Finding(area, detector.name, health[state.status], detail, state.hint))
    return findings


def check_calendars(paths: AppPaths) -> list[Finding]:
    from desktop.core.calendar_busy import CalendarError, read_busy
    from desktop.core.clock import SystemClock
    from desktop.storage.settings_file import load_settings

    quiet = load_settings(paths.settings_file).settings.quiet_times
    files = quiet.calendar_paths()
    if not files and not quiet.calendar_url:
        return [
            Finding(
                _("calendar"), _("no calendar chosen"), UNAVAILABLE, "", _("choose .ics files in Settings")
            )
        ]
    findings = []
    now = SystemClock().now()
    for name in files:
        path = Path(name).expanduser()
        try:
            reading = read_busy(path.read_bytes(), now, now + timedelta(days=1))
        except PermissionError:
            findings.append(
                Finding(_("calendar"), str(path), NOT_PERMITTED, _("cannot be read"), _("check its rights"))
            )
        except (OSError, CalendarError) as error:
            findings.append(
                Finding(_("calendar"), str(path), UNAVAILABLE, str(error)[:160], _("choose the file again"))
            )
        else:
            findings.append(
                Finding(
                    _("calendar"),
                    str(path),
                    WORKING,
                    ngettext("{count} busy today", "{count} busy today", len(reading.periods)).format(
                        count=len(reading.periods)
                    ),
                )
            )
    if quiet.calendar_url:
        state = _("fetched at most every 15 minutes") if quiet.calendar_fetch_enabled else _("switched off")
        health = WORKING if quiet.calendar_fetch_enabled else UNAVAILABLE
        findings.append(
            Finding(
                _("calendar"),
                quiet.calendar_url[:80],
                health,
                _("{state}; not fetched by doctor").format(state=state),
            )
        )
    return findings


def check_autostart() -> list[Finding]:
    from desktop.platform.autostart import autostart_for_platform

    autostart = autostart_for_platform()
    if not autostart.supported:
        return [Finding(_("start at login"), autostart.name, UNAVAILABLE)]
    enabled = autostart.is_enabled()
    hint = "" if enabled else _("switch it on in Settings, General")
    return [Finding(_("start at login"), autostart.name, WORKING, _("on") if enabled else _("off"), hint)]


def check_files(paths: AppPaths) -> list[Finding]:
    return [
        _file_finding(_("settings file"), paths.settings_file, _("made at the first start")),
        _file_finding(_("activity log"), paths.database, _("made at the first start")),
    ]


# ---- helpers --------------------------------------------------------------------------------------


def _busy_name(source: BusySource) -> str:
    from desktop.platform.busy import name_parts

    return ", ".join(pgettext("Sources", part) for part in name_parts(source))


def _file_finding(area: str, path: Path, missing: str) -> Finding:
    if not path.exists():
        return Finding(area, str(path), UNAVAILABLE, _("not there yet"), missing)
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except PermissionError:
        return Finding(
            area, str(path), NOT_PERMITTED, _("cannot be read"), _("check the file's owner and rights")
        )
    except OSError as error:
        return Finding(area, str(path), UNAVAILABLE, str(error)[:160])
    return Finding(
        area,
        str(path),
        WORKING,
        ngettext("{size} byte", "{size} bytes", path.stat().st_size).format(size=f"{path.stat().st_size:,}"),
    )


def _name_has_owner(name: str, bus: str = "SESSION") -> bool:
    from desktop.platform.dbus_calls import DBusCallError, SessionBusCaller

    caller = SessionBusCaller(bus)
    try:
        owned = caller.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            "s",
            (name,),
        )
        return bool(owned[0])
    except DBusCallError:
        return False
    finally:
        caller.close()


def _x11_selection_owner(display: str, selection: str) -> bool:
    """Whether an X client owns `selection` (an XEmbed tray owns _NET_SYSTEM_TRAY_S<screen>)."""
    import ctypes
    import ctypes.util

    library = ctypes.util.find_library("X11")
    if library is None:
        return False
    xlib = ctypes.CDLL(library)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    xlib.XGetSelectionOwner.restype = ctypes.c_ulong
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        return False
    try:
        atom = xlib.XInternAtom(connection, selection.encode(), 0)
        return bool(xlib.XGetSelectionOwner(connection, atom))
    finally:
        xlib.XCloseDisplay(connection)
