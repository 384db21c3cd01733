"""The routine window's wording of the time left: "about N min" follows the one rule of
`routine_summary.about_minutes`, as the card and the routine files do."""

from __future__ import annotations

import pytest

from desktop.core.routine_summary import about_minutes
from desktop.ui.routine_wording import time_left_text


@pytest.mark.parametrize("seconds", [65.0, 89.0, 90.0, 170.0, 310.0])
def test_the_minutes_left_are_the_nearest_whole_minute(seconds: float) -> None:
    assert time_left_text(seconds) == f"about {about_minutes(seconds)} min left"


def test_a_minute_and_a_half_less_a_second_is_about_one_minute() -> None:
    assert time_left_text(89.0) == "about 1 min left"  # not rounded up to 2


def test_under_a_minute_counts_seconds() -> None:
    assert time_left_text(12.2) == "13 s left"
