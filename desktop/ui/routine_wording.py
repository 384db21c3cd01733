"""What the routine window says about a step: its side and phase, the next step's name, the time
left and the length of a finished routine. Words only, under the translation context
"RoutineWording".
"""

from __future__ import annotations

import math

from desktop.core.routine_player import Phase, Side, Step
from desktop.core.routine_summary import about_minutes
from desktop.ui.translation_context import TranslationContext


class RoutineWording(TranslationContext):
    """The translation context of the routine window's step wording."""


def step_detail(step: Step) -> str:
    """Side, hold or let go, and the repetition: "Left side · Hold · 2 of 3"."""
    parts = []
    if step.side is Side.LEFT:
        parts.append(RoutineWording.tr("Left side"))
    elif step.side is Side.RIGHT:
        parts.append(RoutineWording.tr("Right side"))
    if step.exercise.rest_seconds:
        parts.append(RoutineWording.tr("Let go") if step.phase is Phase.REST else RoutineWording.tr("Hold"))
    if step.exercise.repetitions > 1:
        of = RoutineWording.tr("%1 of %2")
        parts.append(of.replace("%1", str(step.repetition)).replace("%2", str(step.exercise.repetitions)))
    return " · ".join(parts)


def next_step_text(step: Step | None) -> str:
    """ "Next: …" with the step's name as a name is written (capitalised in either language)."""
    if step is None:
        return RoutineWording.tr("Last step")
    if step.phase is Phase.REST:
        name = RoutineWording.tr("Let go")
    elif step.side is Side.LEFT:
        name = RoutineWording.tr("%1, left side").replace("%1", step.exercise.name)
    elif step.side is Side.RIGHT:
        name = RoutineWording.tr("%1, right side").replace("%1", step.exercise.name)
    else:
        name = step.exercise.name
    return RoutineWording.tr("Next: %1").replace("%1", name[:1].upper() + name[1:])


def countdown_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else str(seconds)


def time_left_text(seconds: float) -> str:
    if seconds < 60:
        return RoutineWording.tr("%1 s left").replace("%1", str(max(1, math.ceil(seconds))))
    return RoutineWording.tr("about %1 min left").replace("%1", str(about_minutes(seconds)))


def duration_text(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return RoutineWording.tr("%1 s").replace("%1", str(rest))
    return RoutineWording.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(rest))
