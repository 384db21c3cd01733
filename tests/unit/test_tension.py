"""Tension check-ins: the log row, validation, and how often one is offered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.core.events import Event
from desktop.core.settings import (
    Settings,
    TensionSettings,
    allowed_values,
    settings_from_dict,
    settings_to_dict,
)
from desktop.core.tension import (
    REGIONS,
    CheckinOffers,
    TensionRating,
    TensionSkipped,
    rating_event,
    should_offer,
    skipped_event,
)
from tests.fakes import FakeClock


def test_a_rating_becomes_a_log_row_on_the_local_day() -> None:
    # 23:30 UTC is already the next day in Berlin
    clock = FakeClock(datetime(2026, 3, 2, 23, 30, tzinfo=UTC), zone="Europe/Berlin")

    event = rating_event(TensionRating(7, "upper back", "stretch"), clock)

    assert event == Event(
        kind="tension",
        outcome="rated",
        local_day="2026-03-03",
        answered_at=datetime(2026, 3, 2, 23, 30, tzinfo=UTC),
        details={"level": 7, "region": "upper back", "after": "stretch"},
    )


def test_a_skip_is_logged_without_a_level() -> None:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    event = skipped_event(TensionSkipped("breathing"), clock)
    assert (event.kind, event.outcome, event.details) == ("tension", "skipped", {"after": "breathing"})


def test_every_level_and_region_is_accepted() -> None:
    for level in range(11):
        for region in (None, *REGIONS):
            assert TensionRating(level, region).level == level


@pytest.mark.parametrize(
    ("level", "region", "after"),
    [
        (-1, None, None),
        (11, None, None),
        (True, None, None),
        (5.0, None, None),
        (5, "knee", None),
        (5, None, "nap"),
    ],
)
def test_impossible_ratings_are_refused(level: object, region: str | None, after: str | None) -> None:
    with pytest.raises(ValueError):
        TensionRating(level, region, after)  # type: ignore[arg-type]


def test_never_sometimes_always() -> None:
    finished = range(1, 11)
    assert [n for n in finished if should_offer("never", n)] == []
    assert [n for n in finished if should_offer("always", n)] == list(finished)
    assert [n for n in finished if should_offer("sometimes", n)] == [1, 4, 7, 10]
    assert not should_offer("sometimes", 0)
    assert not should_offer("from a newer version", 1)


def test_offers_count_finished_activities_and_follow_a_changed_setting() -> None:
    offers = CheckinOffers("sometimes")
    answers = [offers.after_finished(a) for a in ("stretch", "breathing", "routine", "stretch", "stretch")]
    assert answers == [True, False, False, True, False]
    offers.frequency = "never"
    assert not offers.after_finished("stretch")
    with pytest.raises(ValueError):
        offers.after_finished("lunch")


def test_the_setting_is_declared_with_its_choices() -> None:
    assert Settings().tension == TensionSettings(offer_after="sometimes")
    choice = allowed_values(TensionSettings, "offer_after")
    assert choice is not None and choice.problem("always") is None and choice.problem("often") is not None
    loaded, problems = settings_from_dict(
        {**settings_to_dict(Settings()), "tension": {"offer_after": "often"}}
    )
    assert loaded.tension.offer_after == "sometimes" and any("tension.offer_after" in p for p in problems)
    loaded, problems = settings_from_dict({"tension": {"offer_after": "always"}})
    assert loaded.tension.offer_after == "always" and problems == []
