"""Freed heap goes back to the system where the C library can do it."""

from __future__ import annotations

import sys

import pytest

from desktop.platform.heap import release_free_heap


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_glibc_gives_free_heap_back() -> None:
    import platform

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("not glibc")
    assert release_free_heap() is True


def test_it_is_safe_to_call_anywhere_and_repeatedly() -> None:
    results = {release_free_heap() for _ in range(3)}
    assert len(results) == 1  # the same answer each time; False where there is no malloc_trim
