"""The clock that keeps counting while the machine sleeps, where the OS offers one.

Python's time.monotonic() stops during suspend on Linux (CLOCK_MONOTONIC) and macOS
(mach_absolute_time); the difference to a suspend-counting clock is exactly the time slept, which
lets the heartbeat tell sleep from a wall-clock change. Windows has none that pairs with
time.monotonic() this way; there the power broadcast messages carry sleep.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable


def suspend_counting_clock(platform: str | None = None) -> Callable[[], float] | None:
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    if platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
        # On macOS CLOCK_MONOTONIC (mach_continuous_time) keeps counting during sleep.
        return lambda: time.clock_gettime(time.CLOCK_MONOTONIC)
    return None
