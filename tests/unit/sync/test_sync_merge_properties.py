"""Property: however a sync engine delivers the journals — interleaved across files and conflict
copies, lines repeated, reordered, cut off mid-line and completed later — every computer ends
with the same merged log, and it is exactly the events no tombstone or clear deleted."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.storage.row_text import ExportRow
from desktop.storage.sync.engine import SUBFOLDER
from desktop.storage.sync.entries import ClearEntry, DeleteEntry, Entry, EventEntry, encode
from tests.sync_profiles import SyncProfile

DEVICES = ("a" * 32, "b" * 32)
FILE_NAMES = (
    "events-2026-12-0001.jsonl",
    "events-2026-11-0007.jsonl",
    "events-2026-12-0001.sync-conflict-20261206-101010-ABCDEFG.jsonl",
    "events-2026-12-0001 (conflicted copy 2026-12-06).jsonl",
)


@dataclass(frozen=True)
class Journals:
    lines: tuple[tuple[str, bytes], ...]  # (device, line with its newline)
    expected: frozenset[str]  # the uids that must survive


@st.composite
def journals(draw: st.DrawFn) -> Journals:
    counts = [draw(st.integers(0, 6)) for _ in DEVICES]
    uids = [
        f"{device[0]}{seq}"
        for device, count in zip(DEVICES, counts, strict=True)
        for seq in range(1, count + 1)
    ]
    entries: list[tuple[str, Entry]] = []
    deleted: set[str] = set()
    cutoff = dict.fromkeys(DEVICES, 0)
    for device, count in zip(DEVICES, counts, strict=True):
        seq = 0
        for seq in range(1, count + 1):
            row = ExportRow(
                f"{device[0]}{seq}", "2026-12-06", "hydration", "done", None, None, None, '{"ml": 250}'
            )
            entries.append((device, EventEntry(seq, row)))
        for uid in draw(st.lists(st.sampled_from(uids), max_size=3)) if uids else []:
            seq += 1
            entries.append((device, DeleteEntry(seq, uid, None)))
            deleted.add(uid)
        if draw(st.booleans()):
            target = draw(st.sampled_from(DEVICES))
            upto = draw(st.integers(0, 4))
            seq += 1
            entries.append((device, ClearEntry(seq, target, upto, None)))
            cutoff[target] = max(cutoff[target], upto)
    lines = tuple((device, (encode(entry) + "\n").encode()) for device, entry in entries)
    expected = frozenset(
        uid for uid in uids if uid not in deleted and int(uid[1:]) > cutoff[DEVICES[uid[0] == "b"]]
    )
    return Journals(lines, expected)


@dataclass(frozen=True)
class Delivery:
    order: tuple[int, ...]  # indices into the lines: every line at least once, some repeated
    files: tuple[int, ...]  # which file each delivered line goes to
    cuts: tuple[float, ...]  # sync after this fraction of each file's bytes has arrived


@st.composite
def deliveries(draw: st.DrawFn, size: int) -> Delivery:
    order = draw(st.permutations(range(size)))
    extra = draw(st.lists(st.integers(0, max(size - 1, 0)), max_size=4)) if size else []
    order = list(order)
    for index in extra:
        order.insert(draw(st.integers(0, len(order))), index)
    files = tuple(draw(st.integers(0, len(FILE_NAMES) - 1)) for _ in order)
    cuts = tuple(sorted(draw(st.lists(st.floats(0, 1), max_size=3))))
    return Delivery(tuple(order), files, cuts)


def merged_on(home: Path, name: str, journals: Journals, delivery: Delivery) -> set[tuple[str | None, ...]]:
    share = home / name / "share"
    share.mkdir(parents=True)
    contents: dict[Path, bytes] = {}
    for index, file in zip(delivery.order, delivery.files, strict=True):
        device, line = journals.lines[index]
        path = share / SUBFOLDER / device / FILE_NAMES[file]
        contents[path] = contents.get(path, b"") + line
    profile = SyncProfile(home, name)
    profile.engine.join(share)
    for fraction in (*delivery.cuts, 1.0):
        for path, data in contents.items():  # every file grows to `fraction`, cut mid-line or not
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data[: int(len(data) * fraction)])
        profile.engine.sync_now()
    rows = profile.rows()
    profile.close()
    return rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), journals=journals())
def test_any_delivery_gives_the_same_merged_log(data: st.DataObject, journals: Journals) -> None:
    first = data.draw(deliveries(len(journals.lines)))
    second = data.draw(deliveries(len(journals.lines)))
    with tempfile.TemporaryDirectory() as home:
        on_first = merged_on(Path(home), "first", journals, first)
        on_second = merged_on(Path(home), "second", journals, second)

    assert on_first == on_second
    assert {row[0] for row in on_first} == journals.expected
