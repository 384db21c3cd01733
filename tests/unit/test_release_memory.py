"""Memory nothing needs goes back to the system: the source-line cache PySide6's import hook fills,
and the C heap's free pages where the C library can return them."""

from __future__ import annotations

import linecache
import platform
import sys

import pytest

from desktop.platform.memory import import_in_steps, release_unused_memory


def test_the_source_line_cache_is_emptied() -> None:
    assert linecache.getline(__file__, 1)  # read this file into the cache
    assert __file__ in linecache.cache
    release_unused_memory()
    assert __file__ not in linecache.cache
    assert linecache.getline(__file__, 1).startswith('"""')  # a traceback can still read it later


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_glibc_gives_free_heap_back() -> None:
    if platform.libc_ver()[0] != "glibc":
        pytest.skip("not glibc")
    assert release_unused_memory() is True


def test_it_is_safe_to_call_anywhere_and_repeatedly() -> None:
    results = {release_unused_memory() for _ in range(3)}
    assert len(results) == 1  # the same answer each time; False where there is no malloc_trim


def test_start_up_imports_in_steps_leave_no_sources_behind() -> None:
    assert linecache.getline(__file__, 1)
    import_in_steps(["json", "desktop.core.kinds"])
    assert "desktop.core.kinds" in sys.modules
    assert __file__ not in linecache.cache


def test_objects_kept_only_by_a_cycle_are_gone() -> None:
    import weakref

    class Node:
        pass

    node = Node()
    node.me = node  # type: ignore[attr-defined]
    ref = weakref.ref(node)
    del node
    release_unused_memory()
    assert ref() is None
