"""System-wide defaults an administrator sets under every user's own settings.

A defaults file is a settings file (the same keys and groups) plus an optional
`"locked": ["posture.interval_minutes", "hydration"]` list: a locked setting (or every setting in
a locked group) keeps the administrator's value whatever the user's file says, and the settings
dialog shows it greyed. Several files may apply; the first in the search order wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any

from desktop.core.settings import Settings, settings_from_dict, shown_key

LOCKED_KEY = "locked"
_MAX_LISTED = 5


def setting_names(group: Any = None, prefix: str = "") -> frozenset[str]:
    """Every dotted name a `locked` list may hold: each setting and each group of settings."""
    group = Settings() if group is None else group
    names: set[str] = set()
    for f in fields(group):
        value = getattr(group, f.name)
        names.add(prefix + f.name)
        if is_dataclass(value):
            names |= setting_names(value, f"{prefix}{f.name}.")
    return frozenset(names)


def is_locked(locked: frozenset[str], name: str) -> bool:
    """Whether `name` or one of the groups it belongs to is among the `locked` names."""
    parts = name.split(".")
    return any(".".join(parts[:n]) in locked for n in range(1, len(parts) + 1))


@dataclass(frozen=True)
class AdminDefaults:
    """The administrator's values (`settings`: the built-in defaults with every system file applied)
    and the dotted names of the settings users cannot change. Emits nothing; pure data."""

    settings: Settings = field(default_factory=Settings)
    locked: frozenset[str] = frozenset()

    def is_locked(self, name: str) -> bool:
        """Whether the setting `name` (e.g. "posture.interval_minutes") is locked, itself or by its group."""
        return is_locked(self.locked, name)

    def enforce(self, settings: Settings) -> Settings:
        """`settings` with every locked setting put back to the administrator's value."""
        for name in sorted(self.locked):
            settings = _with_value(settings, name.split("."), _value_at(self.settings, name.split(".")))
        return settings


def apply_defaults_file(data: object, admin: AdminDefaults) -> tuple[AdminDefaults, list[str]]:
    """`admin` with one parsed defaults file applied over it, plus the problems found in the file.

    Bad values keep what `admin` had; unknown names in `locked` are reported and ignored.
    """
    if not isinstance(data, dict):
        return admin, ["the file does not hold a group of settings; it was not applied"]
    data = dict(data)
    problems: list[str] = []
    locked, lock_problems = _locked_names(data.pop(LOCKED_KEY, []))
    settings, setting_problems = settings_from_dict(data, admin.settings)
    problems += setting_problems + lock_problems
    return AdminDefaults(settings, admin.locked | locked), problems


def _locked_names(raw: object) -> tuple[frozenset[str], list[str]]:
    if not isinstance(raw, list):
        return frozenset(), [
            f"'{LOCKED_KEY}' must be a list of setting names like \"posture.interval_minutes\""
        ]
    known = setting_names()
    names = frozenset(name for name in raw if isinstance(name, str) and name in known)
    unknown = [item for item in raw if not (isinstance(item, str) and item in known)]
    return names, _worded_unknown(unknown)


def _worded_unknown(unknown: Iterable[object]) -> list[str]:
    items = list(unknown)
    problems = [
        f"'{LOCKED_KEY}' names '{shown_key(item)}', which is not a setting Unclench knows; it was ignored"
        for item in items[:_MAX_LISTED]
    ]
    if len(items) > _MAX_LISTED:
        problems.append(f"and {len(items) - _MAX_LISTED:,} more unknown names in '{LOCKED_KEY}'")
    return problems


def _value_at(group: Any, path: list[str]) -> Any:
    for name in path:
        group = getattr(group, name)
    return group


def _with_value(group: Any, path: list[str], value: Any) -> Any:
    head, *rest = path
    new = _with_value(getattr(group, head), rest, value) if rest else value
    return replace(group, **{head: new})
