"""What a user types for a command, read and checked: lengths of time, days and amounts of water.

Every problem is an ArgsError whose text says what to write instead; `desktop.core.commands` builds
its Commands from these values and re-exports them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, timedelta

from desktop.core.i18n import _
from desktop.core.settings import DRINK_ML, Range

PAUSE_LIMITS = (timedelta(minutes=1), timedelta(hours=24))
PAUSE_SECONDS = Range(int(PAUSE_LIMITS[0].total_seconds()), int(PAUSE_LIMITS[1].total_seconds()), "seconds")


class ArgsError(ValueError):
    """A command's argument is missing, of the wrong type or out of range; the text says which."""


def check_duration(value: timedelta) -> timedelta:
    low, high = PAUSE_LIMITS
    if not low <= value <= high:
        problem = _(
            "a pause lasts from {low} to {high} (got {value}); "
            "for longer, pause until tomorrow or until resumed"
        )
        raise ArgsError(
            problem.format(
                low=describe_duration(low), high=describe_duration(high), value=describe_duration(value)
            )
        )
    return value


# Hours, then minutes (the unit may be left off after hours: 1h30), then seconds.
_DURATION = re.compile(r"(?:(?P<h>\d{1,4})h)?(?:(?P<m>\d{1,5})(?:min|m|(?!\d)))?(?:(?P<s>\d{1,6})s)?")


def parse_duration(text: str) -> timedelta:
    """`30m`, `1h`, `1h30m`, `1h30`, `90s` or a bare number of minutes (`45`); raises ArgsError."""
    cleaned = text.strip().lower().replace(" ", "")
    match = _DURATION.fullmatch(cleaned)
    if not cleaned or match is None or not any(match.groupdict().values()):
        raise ArgsError(_("'{text}' is not a duration: write it like 30m, 1h or 1h30m").format(text=text))
    hours, minutes, seconds = (int(match[unit] or 0) for unit in ("h", "m", "s"))
    return check_duration(timedelta(hours=hours, minutes=minutes, seconds=seconds))


def describe_duration(value: timedelta) -> str:
    """1 h 30 min, 45 min, 90 s: how the command line writes a duration back."""
    total = int(value.total_seconds())
    if total % 60:
        return _("{seconds} s").format(seconds=total)
    hours, minutes = divmod(total // 60, 60)
    if hours and minutes:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return _("{hours} h").format(hours=hours) if hours else _("{minutes} min").format(minutes=minutes)


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_day(text: str) -> str:
    """A calendar date written YYYY-MM-DD, returned as written (without spaces); raises ArgsError."""
    cleaned = text.strip()
    if _DAY.fullmatch(cleaned):
        try:
            date.fromisoformat(cleaned)
            return cleaned
        except ValueError:
            problem = _("'{text}' is not a date in the calendar (check the month and day)")
            raise ArgsError(problem.format(text=text)) from None
    raise ArgsError(_("'{text}' is not a date: write it YYYY-MM-DD, like 2025-01-31").format(text=text))


_AMOUNT = re.compile(r"(?P<number>\d{1,5}(?:\.\d{1,3})?)(?P<unit>ml|l)?")


def parse_millilitres(text: str) -> int:
    """`250`, `250ml`, `0.5l`, `1l`; raises ArgsError."""
    cleaned = text.strip().lower().replace(" ", "")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise ArgsError(
            f"'{text}' is not an amount of water: write millilitres like 250 or 250ml, or litres like 0.5l"
        )
    number = float(match["number"])
    ml = round(number * 1000) if match["unit"] == "l" else number
    if match["unit"] != "l" and not number.is_integer():
        raise ArgsError(_("'{text}' is not a whole number of millilitres").format(text=text))
    low, high = DRINK_ML.low, DRINK_ML.high
    if not low <= ml <= high:
        problem = (
            _("an amount of water is between {low} and {high} ml (got {ml} ml); for litres add an l, like 1l")
            if ml < low
            else _("an amount of water is between {low} and {high} ml (got {ml} ml)")
        )
        raise ArgsError(problem.format(low=low, high=high, ml=int(ml)))
    return int(ml)


NAME_MAX_CHARS = 64


def check_range(value: object, allowed: Range, field: str) -> int:
    problem = allowed.problem(value)
    if problem is not None:
        if isinstance(value, int) and not isinstance(value, bool):
            raise ArgsError(
                _("'{field}' {problem} (got {value})").format(field=field, problem=problem, value=value)
            )
        raise ArgsError(_("'{field}' {problem}").format(field=field, problem=problem))
    assert isinstance(value, int)
    return value


def check_name(value: object, field: str) -> str:
    """A pattern or routine name: short, visible text. Whether it exists is the app's call."""
    if not isinstance(value, str):
        raise ArgsError(_("'{field}' must be text").format(field=field))
    if not value.strip():
        raise ArgsError(_("'{field}' must not be empty").format(field=field))
    if len(value) > NAME_MAX_CHARS:
        raise ArgsError(
            _("'{field}' must be at most {count} characters long").format(field=field, count=NAME_MAX_CHARS)
        )
    if any(unicodedata.category(char).startswith("C") for char in value):
        raise ArgsError(_("'{field}' must not contain control or invalid characters").format(field=field))
    return value


def only_known(args: Mapping[str, object], known: tuple[str, ...]) -> None:
    unknown = sorted(repr(key)[:40] for key in args if key not in known)
    if unknown:
        raise ArgsError(_("unknown argument {names}").format(names=", ".join(unknown)))


def bool_arg(args: Mapping[str, object], key: str) -> bool:
    value = args.get(key, False)
    if not isinstance(value, bool):
        raise ArgsError(_("'{field}' must be true or false").format(field=key))
    return value


def optional_int(args: Mapping[str, object], key: str) -> int | None:
    value = args.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ArgsError(_("'{field}' must be a whole number").format(field=key))
    return value


def optional_str(args: Mapping[str, object], key: str) -> str | None:
    value = args.get(key)
    if value is not None and not isinstance(value, str):
        raise ArgsError(_("'{field}' must be text").format(field=key))
    return value
