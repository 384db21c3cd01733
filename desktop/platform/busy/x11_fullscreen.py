"""X11: is the active window fullscreen? (_NET_ACTIVE_WINDOW on the root, then its _NET_WM_STATE)

Through libxcb with ctypes: xcb hands errors back as values, so a window that closes between our two
requests is just "not busy". (Xlib would call a process-wide error handler, which by default exits.)
The window manager maintains both properties; without one nothing is ever fullscreen.
"""

from __future__ import annotations

import ctypes
import ctypes.util

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.platform.busy.base import BusyReason

_ANY_PROPERTY_TYPE = 0
_ATOM_TYPE = 4


class _Cookie(ctypes.Structure):
    _fields_ = (("sequence", ctypes.c_uint),)


class _InternAtomReply(ctypes.Structure):
    _fields_ = (
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    )


class _GetPropertyReply(ctypes.Structure):
    _fields_ = (
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad0", ctypes.c_uint8 * 12),
    )


class _ScreenIterator(ctypes.Structure):
    _fields_ = (("data", ctypes.POINTER(ctypes.c_uint32)), ("rem", ctypes.c_int), ("index", ctypes.c_int))


def _declare(xcb: ctypes.CDLL) -> None:
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_int))
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    xcb.xcb_get_setup.argtypes = (ctypes.c_void_p,)
    xcb.xcb_get_setup.restype = ctypes.c_void_p
    xcb.xcb_setup_roots_iterator.argtypes = (ctypes.c_void_p,)
    xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
    xcb.xcb_screen_next.argtypes = (ctypes.POINTER(_ScreenIterator),)
    xcb.xcb_intern_atom.argtypes = (ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p)
    xcb.xcb_intern_atom.restype = _Cookie
    xcb.xcb_intern_atom_reply.argtypes = (ctypes.c_void_p, _Cookie, ctypes.POINTER(ctypes.c_void_p))
    xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_InternAtomReply)
    xcb.xcb_get_property.argtypes = (
        ctypes.c_void_p,
        ctypes.c_uint8,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_uint32,
    )
    xcb.xcb_get_property.restype = _Cookie
    xcb.xcb_get_property_reply.argtypes = (ctypes.c_void_p, _Cookie, ctypes.POINTER(ctypes.c_void_p))
    xcb.xcb_get_property_reply.restype = ctypes.POINTER(_GetPropertyReply)
    xcb.xcb_get_property_value.argtypes = (ctypes.POINTER(_GetPropertyReply),)
    xcb.xcb_get_property_value.restype = ctypes.c_void_p
    xcb.xcb_get_property_value_length.argtypes = (ctypes.POINTER(_GetPropertyReply),)
    xcb.xcb_get_property_value_length.restype = ctypes.c_int


class X11FullscreenSource:
    """The X11 BusySource: owns an xcb connection and the needed atoms, and is busy while the active window's
    _NET_WM_STATE holds _NET_WM_STATE_FULLSCREEN.
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "X11 fullscreen window"))

    def __init__(self, xcb: ctypes.CDLL, libc: ctypes.CDLL, connection: int, root: int) -> None:
        self._xcb = xcb
        self._free = libc.free
        self._free.argtypes = (ctypes.c_void_p,)
        self._connection: int | None = connection
        self._root = root
        self._active = self._atom(b"_NET_ACTIVE_WINDOW")
        self._state = self._atom(b"_NET_WM_STATE")
        self._fullscreen = self._atom(b"_NET_WM_STATE_FULLSCREEN")

    @classmethod
    def open(cls, display_name: str | None) -> X11FullscreenSource | None:
        try:
            xcb = ctypes.CDLL(ctypes.util.find_library("xcb") or "libxcb.so.1")
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        except OSError:
            return None
        _declare(xcb)
        screen_number = ctypes.c_int()
        connection = xcb.xcb_connect(
            display_name.encode() if display_name else None, ctypes.byref(screen_number)
        )
        if not connection or xcb.xcb_connection_has_error(connection):
            if connection:
                xcb.xcb_disconnect(connection)
            return None
        screens = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(connection))
        for _ in range(screen_number.value):
            xcb.xcb_screen_next(ctypes.byref(screens))
        root = int(screens.data[0])  # xcb_screen_t starts with its root window
        return cls(xcb, libc, connection, root)

    def is_busy(self) -> BusyReason | None:
        if self._connection is None or self._xcb.xcb_connection_has_error(self._connection):
            return None
        active = self._property(self._root, self._active, _ANY_PROPERTY_TYPE)
        if not active or active[0] == 0:
            return None
        if self._fullscreen in self._property(active[0], self._state, _ATOM_TYPE):
            return BusyReason.FULLSCREEN
        return None

    def close(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            self._xcb.xcb_disconnect(connection)

    def _atom(self, name: bytes) -> int:
        cookie = self._xcb.xcb_intern_atom(self._connection, 0, len(name), name)
        reply = self._xcb.xcb_intern_atom_reply(self._connection, cookie, None)
        if not reply:
            raise OSError(f"cannot intern {name.decode()}")
        atom = int(reply.contents.atom)
        self._free(reply)
        return atom

    def _property(self, window: int, prop: int, prop_type: int) -> list[int]:
        """A 32-bit list property, or [] when unset, of another format, or the window is gone."""
        error = ctypes.c_void_p()
        cookie = self._xcb.xcb_get_property(self._connection, 0, window, prop, prop_type, 0, 64)
        reply = self._xcb.xcb_get_property_reply(self._connection, cookie, ctypes.byref(error))
        if error.value:
            self._free(error)
        if not reply:
            return []
        try:
            if reply.contents.format != 32:
                return []
            count = self._xcb.xcb_get_property_value_length(reply) // 4
            values = ctypes.cast(self._xcb.xcb_get_property_value(reply), ctypes.POINTER(ctypes.c_uint32))
            return [int(values[i]) for i in range(count)]
        finally:
            self._free(reply)
