"""`unclench status` names the computers syncing and when each last wrote; JSON round trip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.core.reminder_state import State
from desktop.core.sync_view import ComputerView, SyncView
from desktop.ipc.status import StatusReport, status_text
from desktop.ipc.sync_status import sync_from_json

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
ZONE = timezone(timedelta(hours=1))
VIEW = SyncView(
    folder="/home/me/Sync",
    online=True,
    computers=(
        ComputerView("a" * 32, "Office", NOW - timedelta(minutes=5), True),
        ComputerView("b" * 32, "Laptop", datetime(2026, 12, 5, 17, 0, tzinfo=UTC), False),
        ComputerView("c" * 32, "New", None, False),
    ),
)


def test_the_status_names_each_computer_and_its_last_write() -> None:
    text = status_text(StatusReport(State.ACTIVE, sync=VIEW), NOW, ZONE)
    assert text.splitlines()[-1] == (
        "Syncing with 3 computers: Office (this one) wrote today 12:55; "
        "Laptop wrote 2026-12-05 18:00; New has not written yet."
    )


def test_no_sync_line_when_not_joined() -> None:
    assert "Syncing" not in status_text(StatusReport(State.ACTIVE), NOW, ZONE)


def test_an_offline_folder_is_said() -> None:
    offline = SyncView(VIEW.folder, False, VIEW.computers[:1])
    assert "(the folder is not there now)" in status_text(StatusReport(State.ACTIVE, sync=offline), NOW, ZONE)


def test_the_json_round_trip_keeps_names_and_times() -> None:
    data = StatusReport(State.ACTIVE, sync=VIEW).to_json()
    assert data["sync"]["computers"][1] == {
        "name": "Laptop",
        "last_write": "2026-12-05T17:00:00+00:00",
        "this_computer": False,
    }
    back = StatusReport.from_json(data).sync
    assert back is not None and back.folder == VIEW.folder
    assert [(c.name, c.last_write, c.this_computer) for c in back.computers] == [
        (c.name, c.last_write, c.this_computer) for c in VIEW.computers
    ]
    assert StatusReport.from_json(StatusReport(State.ACTIVE).to_json()).sync is None


@pytest.mark.parametrize(
    "bad",
    [
        "yes",
        {"folder": 3},
        {"folder": "/x", "computers": [{"name": 1}]},
        {"folder": "/x", "computers": "all"},
    ],
)
def test_a_bad_sync_part_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="sync"):
        sync_from_json(bad)


def test_an_older_app_without_sync_is_read() -> None:
    data = StatusReport(State.ACTIVE).to_json()
    del data["sync"]
    assert StatusReport.from_json(data).sync is None
