"""Issue 17.1: an acknowledgement means the row is committed. A write that fails (a full disk, a
read-only log) is not called saved: the command line exits 1 with what happened, the entry waits in
memory and is saved once the log can be written, and the user hears of it once."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import UnclenchApp
from desktop.cli.parse import ExitCode, Invocation
from desktop.cli.report import report_reply
from desktop.core.commands import Water
from desktop.ipc.handler import ControlHandler
from desktop.ipc.protocol import Request
from desktop.storage.eventlog import EventLog, StorageError


def test_a_drink_that_cannot_be_saved_is_not_acknowledged(
    qapp: QApplication, app: UnclenchApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_record = EventLog.record

    def disk_full(self: EventLog, event: object) -> int:
        raise StorageError("database or disk is full")

    monkeypatch.setattr(EventLog, "record", disk_full)
    handler = ControlHandler(app.dispatcher)
    out, err = io.StringIO(), io.StringIO()
    codes = []
    for _ in range(5):
        reply = handler(Request(id=1, command=Water(250)))
        codes.append(report_reply(Invocation(Water(250)), reply, out, err, datetime.now(UTC), UTC))
    assert codes == [ExitCode.FAILED] * 5
    assert "Logged" not in out.getvalue() and "not saved yet" in err.getvalue()
    assert app.log.water_today() == 0  # the tray's total counts only what is committed
    boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1  # one notice, not one window per failed write

    monkeypatch.setattr(EventLog, "record", real_record)  # space came back
    app.log._retry_now()  # what the retry timer does
    assert app.log.waiting == 0 and app.log.water_today() == 5 * 250
