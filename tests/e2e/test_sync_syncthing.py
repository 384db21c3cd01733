"""Two Unclench profiles syncing through two real Syncthing instances on 127.0.0.1.

Slow (Syncthing starts, connects and rescans in seconds), so marked `sync` as well as `e2e`:
`pytest -m sync` runs exactly these; CI's full run includes them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.storage.row_text import ExportRow
from desktop.storage.sync.entries import EventEntry, encode
from tests.e2e.syncthing import Syncthing, syncthing_missing, wait_until
from tests.sync_profiles import DAY, SyncProfile

pytestmark = [pytest.mark.e2e, pytest.mark.sync, pytest.mark.timeout(300)]
SYNC_TIMEOUT = 60


@dataclass
class Computer:
    syncthing: Syncthing
    profile: SyncProfile

    def water(self, ml: int) -> None:
        self.profile.water(ml)
        self.profile.engine.sync_now()
        if self.syncthing.running:
            self.syncthing.rescan()


@pytest.fixture
def computers(tmp_path: Path) -> Iterator[tuple[Computer, Computer]]:
    if syncthing_missing():
        reason = "the sync tests need syncthing: `bash scripts/bootstrap.sh --test` (as root)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    instances = [Syncthing(tmp_path / name, tmp_path / name / "share") for name in ("A", "B")]
    instances[0].configure([instances[1]])
    instances[1].configure([instances[0]])
    pair = [Computer(st, SyncProfile(st.home, st.home.name)) for st in instances]
    try:
        for computer in pair:
            computer.profile.engine.join(computer.syncthing.share)
            computer.syncthing.start()
        yield pair[0], pair[1]
    except BaseException:
        for computer in pair:
            print(f"--- syncthing {computer.syncthing.home.name} ---\n{computer.syncthing.log_tail()}")
        raise
    finally:
        for computer in pair:
            computer.syncthing.stop()
            computer.profile.close()


def converge(a: Computer, b: Computer, count: int) -> None:
    """Sync both profiles until each holds the same `count` events, woken by Syncthing's events."""

    def same() -> bool:
        a.profile.engine.sync_now()
        b.profile.engine.sync_now()
        return a.profile.uids() == b.profile.uids() and len(a.profile.uids()) == count

    def tick() -> None:
        for computer in (a, b):
            if computer.syncthing.running:
                computer.syncthing.wait_for_news(1)

    try:
        wait_until(same, SYNC_TIMEOUT, tick)
    except AssertionError:
        files = {
            computer.syncthing.home.name: sorted(
                f"{path.relative_to(computer.syncthing.share)} {path.stat().st_size}"
                for path in computer.syncthing.share.rglob("*")
                if path.is_file()
            )
            for computer in (a, b)
        }
        counts = (len(a.profile.uids()), len(b.profile.uids()))
        raise AssertionError(f"not {count} events on both: {counts}; files {files}") from None


def test_water_on_a_shows_on_b_and_both_catch_up_after_being_away(
    computers: tuple[Computer, Computer],
) -> None:
    a, b = computers
    a.water(250)
    converge(a, b, 1)
    assert b.profile.log.water_total_ml(DAY) == 250
    status = {device.name: device for device in b.profile.engine.devices()}
    assert status.keys() == {"A", "B"} and status["A"].events == 1

    def a_manifest_arrived() -> bool:  # the events may come before A's newest manifest does
        b.profile.engine.sync_now()
        last = {device.name: device.last_write for device in b.profile.engine.devices()}["A"]
        return last == a.profile.clock.now()  # when A last wrote, by A's clock

    wait_until(a_manifest_arrived, SYNC_TIMEOUT, lambda: b.syncthing.wait_for_news(1))

    b.syncthing.stop()
    a.water(100)  # A writes while B is away
    a.syncthing.stop()
    b.syncthing.start()
    b.water(50)  # and B while A is away
    a.syncthing.start()

    converge(a, b, 3)
    assert a.profile.log.water_total_ml(DAY) == b.profile.log.water_total_ml(DAY) == 400


def test_a_conflict_copy_is_merged_without_duplicates(computers: tuple[Computer, Computer]) -> None:
    a, b = computers
    a.water(250)
    converge(a, b, 1)

    a.syncthing.stop()
    journal_on_a = next(a.profile.own_folder.glob("events-*.jsonl"))
    journal_on_b = b.profile.engine.folder / journal_on_a.relative_to(a.syncthing.share)  # type: ignore[operator]
    extra = ExportRow("restored-on-b", DAY, "hydration", "done", None, None, None, '{"ml": 57}')
    with journal_on_b.open("ab") as out:  # B's copy of A's file changes (say, an old backup put back)
        out.write(journal_on_b.read_bytes() + (encode(EventEntry(99, extra)) + "\n").encode())
    b.syncthing.rescan()
    a.water(100)  # while A appends to its own copy of the same file
    a.syncthing.start()

    def conflict_copy_seen() -> bool:
        copies = [
            *a.syncthing.share.rglob("*.sync-conflict-*"),
            *b.syncthing.share.rglob("*.sync-conflict-*"),
        ]
        return bool(copies)

    wait_until(conflict_copy_seen, SYNC_TIMEOUT, lambda: b.syncthing.wait_for_news(1))
    converge(a, b, 3)
    for computer in (a, b):
        assert computer.profile.uids() >= {"restored-on-b"}
        assert computer.profile.log.water_total_ml(DAY) == 407  # each event once
