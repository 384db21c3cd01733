"""App rules: "hold reminders while APP is in front" and "… while APP is running" (pure, no Qt).

An app is named by its process name (the executable's file name, as `running_apps()` lists it);
matching ignores case. Rules are stored in the settings as one line of text:
`front:zoom, running:obs` (the order is kept; the first rule that holds wins).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum


class AppRuleWhen(StrEnum):
    """When a rule holds reminders: while the app is in front, or while it runs at all."""

    FRONT = "front"  # the app's window is the active one
    RUNNING = "running"  # any process of the app runs for this user


@dataclass(frozen=True)
class AppRule:
    """One rule: hold reminders while `app` (a process name) is in front, or running."""

    app: str
    when: AppRuleWhen


class AppRulesError(ValueError):
    """The settings text is not a list of rules; the message says which part."""


def app_rules_hold(rules: Iterable[AppRule], front: str | None, running: Collection[str]) -> str | None:
    """The app of the first rule that holds now, or None. `front` is the process name of the
    active window's app (None when unknown), `running` the process names running now."""
    front_key = front.casefold() if front else None
    running_keys = {name.casefold() for name in running}
    for rule in rules:
        key = rule.app.casefold()
        if (rule.when is AppRuleWhen.FRONT and key == front_key) or (
            rule.when is AppRuleWhen.RUNNING and key in running_keys
        ):
            return rule.app
    return None


def parse_app_rules(text: str) -> tuple[AppRule, ...]:
    """Rules from the settings text `front:zoom, running:obs`; raises AppRulesError."""
    rules: list[AppRule] = []
    for part in (piece.strip() for piece in text.split(",")):
        if not part:
            continue
        when, colon, app = (s.strip() for s in part.partition(":"))
        if not colon or not app:
            raise AppRulesError(f"{part!r}: write front:APP or running:APP")
        try:
            kind = AppRuleWhen(when.lower())
        except ValueError:
            raise AppRulesError(f"{part!r}: {when!r} is neither front nor running") from None
        rule = AppRule(app, kind)
        if rule not in rules:
            rules.append(rule)
    return tuple(rules)


def format_app_rules(rules: Iterable[AppRule]) -> str:
    return ", ".join(f"{rule.when.value}:{rule.app}" for rule in rules)
