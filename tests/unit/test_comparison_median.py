"""The comparison's own median (written out to keep `statistics`, `decimal` and `fractions` unloaded)
agrees with the standard library's on any list of break counts."""

from __future__ import annotations

import statistics

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.comparison import _median


@given(st.lists(st.integers(min_value=0, max_value=500), min_size=1, max_size=400))
def test_the_median_is_the_standard_librarys(values: list[int]) -> None:
    assert _median(values) == statistics.median(values)


def test_an_even_count_takes_the_mean_of_the_middle_two() -> None:
    assert _median([4, 1, 3, 2]) == 2.5
    assert _median([7]) == 7
