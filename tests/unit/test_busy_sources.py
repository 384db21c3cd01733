"""Do-not-disturb sources: each backend through fakes or real data, and detection per desktop."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from desktop.platform.busy import AnyBusySource, BusyReason, NullBusySource, detect_busy_source
from desktop.platform.busy.gnome_banners import GnomeBannersSource, user_dconf_database
from desktop.platform.busy.gvdb import GvdbError, GvdbTable, djb_hash
from desktop.platform.busy.kde_inhibited import NotificationsInhibitedSource
from desktop.platform.busy.windows import WindowsNotificationStateSource, reason_for_state
from desktop.platform.dbus_calls import DBusCallError
from desktop.platform.session_info import current_session
from tests.fakes import FakeMethodCaller

DATA = Path(__file__).parent / "data"
INHIBITED = ("org.freedesktop.Notifications", "Get")


# --- GVDB / GNOME --------------------------------------------------------------------------------


def test_gvdb_reads_booleans_written_by_dconf() -> None:
    table = GvdbTable((DATA / "dconf-banners-off.gvdb").read_bytes())
    assert table.lookup_boolean("/org/gnome/desktop/notifications/show-banners") is False
    assert table.lookup_boolean("/org/gnome/desktop/notifications/show-in-lock-screen") is True
    assert table.lookup_boolean("/org/gnome/desktop/notifications/application/firefox/enable") is True
    # A string is not a boolean; a directory is not a key; an absent key is absent.
    assert table.lookup_boolean("/org/gnome/desktop/interface/clock-format") is None
    assert table.lookup_boolean("/org/gnome/desktop/notifications/") is None
    assert table.lookup_boolean("/show-banners") is None
    on = GvdbTable((DATA / "dconf-banners-on.gvdb").read_bytes())
    assert on.lookup_boolean("/org/gnome/desktop/notifications/show-banners") is True


def test_gvdb_hash_matches_glib_for_signed_chars() -> None:
    assert djb_hash(b"") == 5381
    assert djb_hash(b"a") == (5381 * 33 + 97) & 0xFFFFFFFF
    assert djb_hash(b"\xc3") == (5381 * 33 - 61) & 0xFFFFFFFF


@pytest.mark.parametrize(
    "data",
    [b"", b"GVariant", b"NotGVDB" + bytes(40), b"GVariant" + bytes(8) + (1000).to_bytes(4, "little") * 2],
)
def test_gvdb_refuses_damaged_files_with_a_clear_error(data: bytes) -> None:
    with pytest.raises(GvdbError):
        GvdbTable(data)


def test_gvdb_damaged_tables_never_raise_anything_else() -> None:
    whole = (DATA / "dconf-banners-off.gvdb").read_bytes()
    damaged = [whole[:cut] for cut in range(0, len(whole), 7)]
    for at in range(len(whole)):
        for junk in (0x00, 0xFF):
            damaged.append(whole[:at] + bytes([junk]) + whole[at + 1 :])
    for data in damaged:
        with contextlib.suppress(GvdbError):
            GvdbTable(data).lookup_boolean("/org/gnome/desktop/notifications/show-banners")


def test_gnome_banners_off_is_do_not_disturb(tmp_path: Path) -> None:
    database = tmp_path / "user"
    shutil.copy(DATA / "dconf-banners-off.gvdb", database)
    source = GnomeBannersSource(database)
    assert source.is_busy() is BusyReason.DO_NOT_DISTURB
    # dconf replaces the file on every write: the change is seen.
    replacement = tmp_path / "user.new"
    shutil.copy(DATA / "dconf-banners-on.gvdb", replacement)
    os.replace(replacement, database)
    assert source.is_busy() is None


def test_gnome_banners_default_when_missing_or_damaged(tmp_path: Path) -> None:
    database = tmp_path / "user"
    source = GnomeBannersSource(database)
    assert source.is_busy() is None  # no database yet
    shutil.copy(DATA / "dconf-no-banners-key.gvdb", database)
    assert source.is_busy() is None  # key at its default: banners shown
    database.write_bytes(b"garbage")
    assert source.is_busy() is None
    assert source.problem is not None and str(database) in source.problem


def test_user_dconf_database_location() -> None:
    assert user_dconf_database({"XDG_CONFIG_HOME": "/c", "HOME": "/h"}) == Path("/c/dconf/user")
    assert user_dconf_database({"HOME": "/h"}) == Path("/h/.config/dconf/user")


# --- KDE -----------------------------------------------------------------------------------------


def test_kde_inhibited_property() -> None:
    caller = FakeMethodCaller({INHIBITED: (("b", True),)})
    source = NotificationsInhibitedSource.probe(caller)
    assert source is not None
    assert source.is_busy() is BusyReason.DO_NOT_DISTURB
    assert caller.calls[-1] == (
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        "org.freedesktop.DBus.Properties",
        "Get",
        "ss",
        ("org.freedesktop.Notifications", "Inhibited"),
    )
    caller.replies[INHIBITED] = (("b", False),)
    assert source.is_busy() is None
    caller.replies[INHIBITED] = DBusCallError("Timeout")
    assert source.is_busy() is None


def test_servers_without_inhibited_are_not_used() -> None:
    no_property = FakeMethodCaller({INHIBITED: DBusCallError("org.freedesktop.DBus.Error.InvalidArgs")})
    assert NotificationsInhibitedSource.probe(no_property) is None
    wrong_type = FakeMethodCaller({INHIBITED: (("s", "yes"),)})
    assert NotificationsInhibitedSource.probe(wrong_type) is None


# --- Windows -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        (1, BusyReason.SCREEN_LOCKED),
        (2, BusyReason.FULLSCREEN),
        (3, BusyReason.FULLSCREEN),
        (4, BusyReason.PRESENTATION),
        (5, None),
        (6, BusyReason.DO_NOT_DISTURB),
        (7, BusyReason.FULLSCREEN),
        (None, None),
        (99, None),
    ],
)
def test_windows_notification_states(state: int | None, reason: BusyReason | None) -> None:
    assert reason_for_state(state) is reason
    assert WindowsNotificationStateSource(lambda: state).is_busy() is reason


# --- combining and detection ---------------------------------------------------------------------


def test_any_busy_source_reports_the_first_reason() -> None:
    class Fixed:
        def __init__(self, name: str, reason: BusyReason | None) -> None:
            self.name, self.reason, self.closed = name, reason, False

        def is_busy(self) -> BusyReason | None:
            return self.reason

        def close(self) -> None:
            self.closed = True

    quiet, dnd = Fixed("a", None), Fixed("b", BusyReason.DO_NOT_DISTURB)
    both = AnyBusySource([quiet, dnd])
    assert both.name == "a, b"
    assert both.is_busy() is BusyReason.DO_NOT_DISTURB
    dnd.reason = None
    assert both.is_busy() is None
    both.close()
    assert quiet.closed and dnd.closed


def test_detection_per_desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    gnome = current_session({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}, "linux")
    assert detect_busy_source(gnome).name == "GNOME notification banners setting"
    kde = current_session({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}, "linux")
    found = detect_busy_source(kde, FakeMethodCaller({INHIBITED: (("b", False),)}))
    assert found.name == "KDE notifications do-not-disturb"
    sway = current_session({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "sway"}, "linux")
    assert detect_busy_source(sway, FakeMethodCaller()).name == "not available on this session"
    mac = detect_busy_source(current_session({}, "darwin"))
    assert isinstance(mac, NullBusySource) and "macOS" in mac.name
    assert isinstance(detect_busy_source(current_session({}, "win32")), NullBusySource)  # not on Windows here
