import pytest

from desktop.core.delivery import BUSY_RECHECK_SECONDS, Decision, decide

CAP = 30 * 60


def test_shows_at_once_when_the_user_is_not_typing_and_nothing_is_fullscreen() -> None:
    assert decide(0, busy=False, idle_seconds=12.0, busy_cap_seconds=CAP) == Decision(show=True)
    assert decide(0, busy=False, idle_seconds=None, busy_cap_seconds=CAP) == Decision(show=True)


def test_waits_for_a_pause_in_typing_but_not_forever() -> None:
    waiting = decide(0, busy=False, idle_seconds=0.4, busy_cap_seconds=CAP)
    assert not waiting.show and waiting.retry_after == pytest.approx(2.6)
    assert decide(29.8, busy=False, idle_seconds=0.1, busy_cap_seconds=CAP).retry_after == pytest.approx(0.5)
    assert decide(30, busy=False, idle_seconds=0.1, busy_cap_seconds=CAP) == Decision(show=True)


def test_busy_defers_then_shows_quietly_at_the_cap() -> None:
    assert decide(0, busy=True, idle_seconds=50, busy_cap_seconds=CAP) == Decision(
        show=False, retry_after=BUSY_RECHECK_SECONDS
    )
    assert decide(CAP - 10, busy=True, idle_seconds=50, busy_cap_seconds=CAP).retry_after == 10
    assert decide(CAP, busy=True, idle_seconds=50, busy_cap_seconds=CAP) == Decision(show=True, quiet=True)
