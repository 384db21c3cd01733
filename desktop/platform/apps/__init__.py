"""App rules on this machine: the user's running programs (/proc) and the app in front (X11)."""

from __future__ import annotations

from desktop.platform.apps.desktop_entries import application_dirs, desktop_entry_names
from desktop.platform.apps.front import FrontAppReader, NullFrontApp, detect_front_app
from desktop.platform.apps.processes import AppInfo, running_apps, running_names

__all__ = [
    "AppInfo",
    "FrontAppReader",
    "NullFrontApp",
    "application_dirs",
    "desktop_entry_names",
    "detect_front_app",
    "running_apps",
    "running_names",
]
