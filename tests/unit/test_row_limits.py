"""The limits an imported or synced event must meet: every kind the log holds is known, with its outcomes."""

from __future__ import annotations

from desktop.core.events import Activity, Kind, Outcome
from desktop.storage.row_limits import DAY_SECONDS, OUTCOMES, details_problem, kind_problem


def test_every_kind_and_activity_has_its_outcomes() -> None:
    assert set(OUTCOMES) == {*Kind, *Activity}


def test_a_hold_that_ended_is_a_valid_kind_and_only_ended_is() -> None:
    assert kind_problem("hold", "ended") is None
    assert kind_problem(Activity.HOLD, Outcome.ENDED) is None
    assert kind_problem("hold", "done") is not None


def test_a_hold_lasts_at_most_a_day() -> None:
    assert details_problem("hold", {"reason": "call", "seconds": 600, "ended": "shown"}) is None
    assert details_problem("hold", {"reason": "call", "seconds": 0, "ended": "shown"}) is None
    for seconds in (-1, DAY_SECONDS + 1, 1e300, "600", None, True):
        problem = details_problem("hold", {"reason": "call", "seconds": seconds, "ended": "shown"})
        assert problem is not None and "details.seconds" in problem, seconds
