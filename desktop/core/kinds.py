"""The reminder kinds and everything that is said or decided about each: one frozen spec per kind.

A kind's priority (its place in KINDS), its words, how its card is answered and what it feeds in
the statistics are written here once. The policy merges by this order, the command line offers
these names, the tray, the card, the notification and `unclench status` take these words, and the
daily statistics count each kind's outcomes. A new kind is one Kind member and one KindSpec here,
plus its line in the settings model (`desktop/core/settings.py`), which holds every default.

The words are English source text marked for translation (context "Kinds"); the widgets and the
command line translate them when they show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the translators (lupdate reads these calls); returns it unchanged."""
    return text


WORDS_CONTEXT = "Kinds"


class Kind(StrEnum):
    """A reminder kind: the value is its settings key, its CLI name and its `kind` in the log."""

    MOVEMENT = "movement"  # the long movement break (walk, stand, look far away), on the break screen
    POSTURE = "posture"
    HYDRATION = "hydration"
    STRETCH = "stretch"
    BREATHING_BREAK = "breathing_break"  # a scheduled breathing exercise (off by default)


class AnswerStyle(StrEnum):
    """What a reminder's card and notification offer besides Snooze and Skip."""

    CHECKLIST = "checklist"  # tick what you just eased, then Done
    WATER = "water"  # Drank a glass / a bottle
    ROUTINE = "routine"  # the moves of a short routine: Start guided, or Done
    BREATHING = "breathing"  # Start breathing, or Done
    BREAK_SCREEN = "break_screen"  # a calm break screen with a suggestion and a countdown


@dataclass(frozen=True)
class KindSpec:
    """Everything about one reminder kind that is not a user setting."""

    kind: Kind
    cli_name: str  # `unclench remind NAME`
    title: str  # "Posture check": the card's title, the tray's and the settings' name for it
    phrase: str  # "posture check": the same in the middle of a sentence (`unclench status`)
    invitation: str  # the card's first sentence: what to do now
    answer: AnswerStyle
    is_break: bool  # done (or taken naturally, away long enough) it counts as a break taken
    evidence: str  # the topic of resources/evidence/notes.json that says why it helps


KINDS: tuple[KindSpec, ...] = (
    # Highest priority first: merged reminders are shown as the first of them, and the bigger break
    # absorbs the smaller ones (a stretch break is also a chance to drink and sit well).
    KindSpec(
        Kind.MOVEMENT,
        cli_name="movement",
        title=QT_TRANSLATE_NOOP("Kinds", "Movement break"),
        phrase=QT_TRANSLATE_NOOP("Kinds", "movement break"),
        invitation=QT_TRANSLATE_NOOP(
            "Kinds", "Get up for a few minutes: walk, stand, look far away or refill your water."
        ),
        answer=AnswerStyle.BREAK_SCREEN,
        is_break=True,
        evidence="movement",
    ),
    KindSpec(
        Kind.STRETCH,
        cli_name="stretch",
        title=QT_TRANSLATE_NOOP("Kinds", "Stretch break"),
        phrase=QT_TRANSLATE_NOOP("Kinds", "stretch break"),
        invitation=QT_TRANSLATE_NOOP(
            "Kinds", "Stand up if you can and move gently. Stop any move that hurts."
        ),
        answer=AnswerStyle.ROUTINE,
        is_break=True,
        evidence="micro-breaks",
    ),
    KindSpec(
        Kind.BREATHING_BREAK,
        cli_name="breathing",
        title=QT_TRANSLATE_NOOP("Kinds", "Breathing break"),
        phrase=QT_TRANSLATE_NOOP("Kinds", "breathing break"),
        invitation=QT_TRANSLATE_NOOP(
            "Kinds", "A few slow breaths with a longer out-breath; many people find it settling."
        ),
        answer=AnswerStyle.BREATHING,
        is_break=False,
        evidence="slow-breathing",
    ),
    KindSpec(
        Kind.HYDRATION,
        cli_name="water",
        title=QT_TRANSLATE_NOOP("Kinds", "Water break"),
        phrase=QT_TRANSLATE_NOOP("Kinds", "water"),
        invitation=QT_TRANSLATE_NOOP("Kinds", "Time for a drink, if you are thirsty or as you planned."),
        answer=AnswerStyle.WATER,
        is_break=False,
        evidence="water",
    ),
    KindSpec(
        Kind.POSTURE,
        cli_name="posture",
        title=QT_TRANSLATE_NOOP("Kinds", "Posture check"),
        phrase=QT_TRANSLATE_NOOP("Kinds", "posture check"),
        invitation=QT_TRANSLATE_NOOP("Kinds", "Take a few seconds. Tick what you just did:"),
        answer=AnswerStyle.CHECKLIST,
        is_break=False,
        evidence="posture",
    ),
)

_BY_KIND = {spec.kind: spec for spec in KINDS}
PRIORITY: tuple[Kind, ...] = tuple(spec.kind for spec in KINDS)


BY_CLI_NAME = {spec.cli_name: spec.kind for spec in KINDS}


def spec(kind: Kind) -> KindSpec:
    return _BY_KIND[kind]


def _check_registry() -> None:
    missing = set(Kind) - set(_BY_KIND)
    if missing or len(KINDS) != len(_BY_KIND):
        raise RuntimeError(f"every Kind needs exactly one KindSpec (missing: {sorted(missing)})")


_check_registry()
