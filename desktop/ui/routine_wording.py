"""What the routine window says about a step: its side and phase, the next step's name, the time
left and the length of a finished routine. Words only; they keep the routine window's translation
context, so the translations stay where translators find them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from desktop.core.routine_player import Phase, Side, Step


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutineWindow", text)


def step_detail(step: Step) -> str:
    """Side, hold or let go, and the repetition: "Left side · Hold · 2 of 3"."""
    parts = []
    if step.side is Side.LEFT:
        parts.append(_tr("Left side"))
    elif step.side is Side.RIGHT:
        parts.append(_tr("Right side"))
    if step.exercise.rest_seconds:
        parts.append(_tr("Let go") if step.phase is Phase.REST else _tr("Hold"))
    if step.exercise.repetitions > 1:
        of = _tr("%1 of %2")
        parts.append(of.replace("%1", str(step.repetition)).replace("%2", str(step.exercise.repetitions)))
    return " · ".join(parts)


def next_step_text(step: Step | None) -> str:
    """ "Next: …" with the step's name as a name is written (capitalised in either language)."""
    if step is None:
        return _tr("Last step")
    if step.phase is Phase.REST:
        name = _tr("Let go")
    elif step.side is Side.LEFT:
        name = _tr("%1, left side").replace("%1", step.exercise.name)
    elif step.side is Side.RIGHT:
        name = _tr("%1, right side").replace("%1", step.exercise.name)
    else:
        name = step.exercise.name
    return _tr("Next: %1").replace("%1", name[:1].upper() + name[1:])


def countdown_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else str(seconds)


def time_left_text(seconds: float) -> str:
    if seconds < 60:
        return _tr("%1 s left").replace("%1", str(max(1, math.ceil(seconds))))
    return _tr("about %1 min left").replace("%1", str(math.ceil(seconds / 60)))


def duration_text(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return _tr("%1 s").replace("%1", str(rest))
    return _tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(rest))
