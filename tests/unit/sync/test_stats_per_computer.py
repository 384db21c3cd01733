"""The statistics filtered to one computer: every figure, the sitting view too, is that computer's."""

from __future__ import annotations

from desktop.core.events import Event, Outcome
from desktop.core.kinds import Kind
from desktop.core.stats import Goals
from desktop.services.stats_service import StatsRequest, StatsService
from tests.sync_profiles import DAY, SyncProfile


def test_one_computers_sitting_view_counts_only_its_breaks(a: SyncProfile, b: SyncProfile) -> None:
    b.clock.advance(minutes=1)
    b.log.record(Event(Kind.MOVEMENT, Outcome.DONE, DAY, answered_at=b.clock.now(), details={"seconds": 60}))
    b.engine.sync_now()
    a.water(250)
    a.engine.sync_now()
    service = StatsService(a.log, a.clock)
    me = a.engine.device_id
    ids = {device.name: device.device for device in a.engine.devices()}

    def breaks_today(computer: str | None) -> int:
        figures = service.figures(StatsRequest(Goals(), computer, me))
        assert figures.sitting[-1].day == DAY
        return figures.sitting[-1].movement_breaks

    assert breaks_today(None) == 1  # all computers together
    assert breaks_today(ids["B"]) == 1
    assert breaks_today(ids["A"]) == 0
