"""Settings that follow the user across computers: the latest change of each setting wins.

Pure rules, no files: each computer publishes its settings as dotted names with the time each was
last changed (`Stamped`); reading everyone's, a setting takes the value of its newest change.
Working hours, the language and the computer's own name stay per computer. A value never changed
from the default carries the empty time, so a computer that joins with defaults overrides nobody.
Times are ISO 8601 UTC text, which sorts in time order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core.settings import Settings, settings_from_dict, settings_to_dict

PER_COMPUTER = ("working_hours", "language", "computer_name")
NEVER = ""  # the time of a value nobody changed from the default

Stamped = dict[str, tuple[Any, str]]  # dotted name -> (value, when it was last changed)


def flat(settings: Settings) -> dict[str, Any]:
    """The settings that follow, by dotted name ("posture.interval_minutes": 20)."""
    found: dict[str, Any] = {}

    def walk(prefix: str, data: dict[str, Any]) -> None:
        for key, value in data.items():
            name = f"{prefix}{key}"
            if key == "schema_version" or name.split(".")[0] in PER_COMPUTER:
                continue
            if isinstance(value, dict):
                walk(name + ".", value)
            else:
                found[name] = value

    walk("", settings_to_dict(settings))
    return found


def stamp(published: Stamped, settings: Settings, now: datetime) -> Stamped:
    """What this computer publishes now: a setting keeps its time while its value is unchanged;
    a changed one gets `now`; the first time, a default value gets NEVER."""
    at = now.isoformat()
    defaults = flat(Settings())
    stamped: Stamped = {}
    for name, value in flat(settings).items():
        if name in published and published[name][0] == value:
            stamped[name] = published[name]
        elif name not in published and defaults.get(name) == value:
            stamped[name] = (value, NEVER)
        else:
            stamped[name] = (value, at)
    return stamped


def newer(own: Stamped, others: list[Stamped]) -> Stamped:
    """The settings another computer changed after this one did, with that computer's value."""
    updates: Stamped = {}
    for theirs in others:
        for name, (value, at) in theirs.items():
            best = updates.get(name, own.get(name))
            if name in own and at > (best[1] if best else NEVER) and value != own[name][0]:
                updates[name] = (value, at)
    return updates


def applied(settings: Settings, updates: Stamped) -> Settings:
    """`settings` with `updates` put in, each checked by the settings model (a bad value is dropped)."""
    data = settings_to_dict(settings)
    for name, (value, _) in updates.items():
        group = data
        *path, last = name.split(".")
        for part in path:
            group = group.setdefault(part, {})
        group[last] = value
    result, _ = settings_from_dict(data, settings)
    return result


def stamped_from_json(data: object) -> Stamped:
    """Another computer's published settings, read leniently: anything malformed is left out."""
    if not isinstance(data, dict):
        return {}
    return {
        name: (entry[0], entry[1])
        for name, entry in data.items()
        if isinstance(name, str)
        and isinstance(entry, list)
        and len(entry) == 2
        and isinstance(entry[1], str)
        and len(entry[1]) <= 64
    }


def stamped_to_json(stamped: Stamped) -> dict[str, list[Any]]:
    return {name: [value, at] for name, (value, at) in sorted(stamped.items())}
