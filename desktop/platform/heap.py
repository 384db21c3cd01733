"""Handing freed heap back to the system after a large window closes.

glibc keeps memory that Python and Qt freed in its arenas, so a closed statistics or breathing
window would still count in the app's resident size. `malloc_trim(0)` returns the free pages at the
top of each arena and the unused pages inside them (measured: 1-3 MiB after a window cycle, see
scripts/memory_attribution.py). Other C libraries (musl, macOS, Windows) have no such call; there it
does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return trim


def release_free_heap() -> bool:
    """Give the C heap's free pages back to the system; False where the C library cannot."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
