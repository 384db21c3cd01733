"""What one answer to a merged reminder credits to each reminder it carries.

When reminders fall due together they share one card, shown as the biggest of them (the primary).
The card shows each carried item with its own answer (posture ticks, a water amount, a breathing
tick) and reports them under `details["merged"]`, keyed by kind: `{"merged": {"posture": {"fixed":
["shoulders"]}, "hydration": {"ml": 250}}}`. The rule, written here once:

- Snooze and Skip (and a card left unanswered or held back) apply to every item the card carries.
- The main answer (Done, "Drank 250 ml") credits the primary with its own details.
- Every other item is done only when its own answer says the user did it: a posture tick given, a
  water amount chosen, the breathing tick given (`item_done`). Otherwise it is logged as skipped: it was
  offered and not taken. Its row keeps `merged_into` (the primary) and its own answer's details.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core.events import Outcome
from desktop.core.kinds import AnswerStyle, Kind, spec
from desktop.core.settings import DRINK_ML

MERGED_KEY = "merged"  # in an answer's details: each carried item's own answer, by kind


def item_done(kind: Kind, answer: Mapping[str, Any]) -> bool:
    """Whether a carried item's own answer on the card shows it was done."""
    style = spec(kind).answer
    if style is AnswerStyle.CHECKLIST:
        fixed = answer.get("fixed")
        return isinstance(fixed, list | tuple) and len(fixed) > 0
    if style is AnswerStyle.WATER:
        return DRINK_ML.problem(answer.get("ml")) is None
    return answer.get("done") is True


def credits(
    kinds: Sequence[Kind], primary: Kind, outcome: Outcome, details: Mapping[str, Any] | None
) -> list[tuple[Kind, Outcome, dict[str, Any]]]:
    """(kind, outcome, details) for each kind a prompt carries, by the rule above, in the prompt's order."""
    main = dict(details or {})
    carried = main.pop(MERGED_KEY, None)
    answers: Mapping[str, Any] = carried if isinstance(carried, Mapping) else {}
    result: list[tuple[Kind, Outcome, dict[str, Any]]] = []
    for kind in kinds:
        if kind is primary:
            result.append((kind, outcome, main))
            continue
        own = answers.get(kind.value)
        own_answer = dict(own) if isinstance(own, Mapping) else {}
        item_outcome = outcome
        if outcome is Outcome.DONE and not item_done(kind, own_answer):
            item_outcome = Outcome.SKIPPED
        if item_outcome is not Outcome.DONE:
            own_answer = {key: value for key, value in own_answer.items() if key != "ml"}  # no drink, no ml
        result.append((kind, item_outcome, {"merged_into": primary.value, **own_answer}))
    return result
