"""Giving back memory that nothing needs any more: during start-up, and after a large window closes.

Two things hold it. PySide6's import hook (shibokensupport's `feature_imported`) reads the source
of every module imported after PySide6 through `inspect.getsource`, which leaves each file's text in
`linecache`: about 3.5 MiB of strings at idle (8 MiB with their lists, by tracemalloc), kept only for
tracebacks that can read the files again. Emptying the cache once at the end frees the strings but
not the memory: they lie between the modules' own objects, so Python's allocator can return almost
none of its arenas. Emptying it between the big steps of start-up's imports lets each step reuse
what the last one's sources took: 7.5 MiB less anonymous memory at idle.

Qt keeps what it rendered for windows that are gone: the font cache (font engines and their glyph
caches, with the font files they mapped) and the pixmap cache. Both are rebuilt on the next paint
of whatever still shows (Qt clears the font cache itself whenever the font database changes), so
emptying them once a window has closed gives back about 2 MiB after a window cycle.

Other owners register what they can rebuild (`also_release`): the log's SQLite page cache holds up
to 2 MiB after a large log was read at start-up or by the statistics, and refills on the next query.

And glibc keeps memory that Python and Qt freed in its arenas, so a closed window would still count
in the resident size: `malloc_trim(0)` returns the free pages (1-3 MiB after a window cycle). Other
C libraries (musl, macOS, Windows) have no such call. Measured with scripts/memory_attribution.py.
"""

from __future__ import annotations

import ctypes
import gc
import importlib
import linecache
import sys
from collections.abc import Callable, Iterable
from functools import cache

_RELEASERS: list[Callable[[], object]] = []


def also_release(releaser: Callable[[], object]) -> Callable[[], None]:
    """Call `releaser` (a cache its owner can rebuild) whenever unused memory is released; returns
    the function that takes it off again (when its owner closes)."""
    _RELEASERS.append(releaser)
    return lambda: _RELEASERS.remove(releaser) if releaser in _RELEASERS else None


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return trim


def release_unused_memory() -> bool:
    """Drop the source-line cache, collect reference cycles (a closed window's Python side is one;
    about 10 ms), empty the registered caches and Qt's render caches, and give the C heap's free
    pages back to the system; whether the C library could do the last."""
    linecache.clearcache()
    gc.collect()
    for releaser in list(_RELEASERS):
        releaser()
    drop_render_caches()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def drop_render_caches() -> None:
    """Empty Qt's font and pixmap caches (see above); nothing if no Qt GUI application runs."""
    from PySide6.QtGui import QFont, QGuiApplication, QPixmapCache

    if QGuiApplication.instance() is None:
        return
    QPixmapCache.clear()
    QFont.cleanup()  # deletes this thread's font cache; the next text drawn makes a new one


def import_in_steps(modules: Iterable[str]) -> None:
    """Import `modules` one after the other, emptying the source-line cache after each, so the next
    import reuses the memory the sources took (see above)."""
    for name in modules:
        importlib.import_module(name)
        linecache.clearcache()
