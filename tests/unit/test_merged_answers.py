"""A merged card's answer credits each carried reminder only with what the user did with it."""

from __future__ import annotations

from desktop.core.events import Outcome
from desktop.core.kinds import Kind
from desktop.core.merged_answers import credits, item_done

STRETCH_CARD = (Kind.STRETCH, Kind.HYDRATION, Kind.POSTURE)


def test_done_on_a_stretch_card_carrying_water_logs_water_only_when_an_amount_was_chosen() -> None:
    nothing = credits(STRETCH_CARD, Kind.STRETCH, Outcome.DONE, {})
    assert [(kind, outcome) for kind, outcome, _ in nothing] == [
        (Kind.STRETCH, Outcome.DONE),
        (Kind.HYDRATION, Outcome.SKIPPED),
        (Kind.POSTURE, Outcome.SKIPPED),
    ]
    drank = credits(STRETCH_CARD, Kind.STRETCH, Outcome.DONE, {"merged": {"hydration": {"ml": 250}}})
    assert drank[0] == (Kind.STRETCH, Outcome.DONE, {})
    assert drank[1] == (Kind.HYDRATION, Outcome.DONE, {"merged_into": "stretch", "ml": 250})


def test_snooze_and_skip_apply_to_every_item() -> None:
    for outcome in (Outcome.SNOOZED, Outcome.SKIPPED, Outcome.MISSED, Outcome.DEFERRED):
        answer = {"merged": {"hydration": {"ml": 250}}}
        result = credits(STRETCH_CARD, Kind.STRETCH, outcome, answer)
        assert {item_outcome for _, item_outcome, _ in result} == {outcome}
        assert "ml" not in result[1][2]  # no drink is logged with a snooze


def test_what_counts_as_done_per_answer_style() -> None:
    assert item_done(Kind.POSTURE, {"fixed": ["jaw"]}) and not item_done(Kind.POSTURE, {"fixed": []})
    assert item_done(Kind.HYDRATION, {"ml": 250})
    assert not item_done(Kind.HYDRATION, {"ml": 5}) and not item_done(Kind.HYDRATION, {"ml": True})
    assert item_done(Kind.BREATHING_BREAK, {"done": True}) and not item_done(Kind.BREATHING_BREAK, {})


def test_a_malformed_merged_answer_credits_nothing() -> None:
    result = credits(STRETCH_CARD, Kind.STRETCH, Outcome.DONE, {"merged": ["hydration"]})
    assert [outcome for _, outcome, _ in result] == [Outcome.DONE, Outcome.SKIPPED, Outcome.SKIPPED]
    assert result[0][2] == {}
