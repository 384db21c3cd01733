"""An idle tray keeps resident only what it needs (issue 18): building and starting the app imports
none of what a reminder, a break or a window shows; the first reminder loads its card then.

Run in a fresh interpreter, since this test process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app import UnclenchApp
from desktop.core.commands import Answer, CardReply
from desktop.core.kinds import Kind

REPO_ROOT = Path(__file__).resolve().parents[2]

# Loaded on first use: the break screen and heads-up edge when a movement break comes, the reminder
# card when a reminder shows, content, evidence and movement suggestions when asked for.
LAZY_MODULES = (
    "desktop.ui.break_screen",
    "desktop.ui.break_panel",
    "desktop.ui.breathing_motion",
    "desktop.ui.heads_up_edge",
    "desktop.ui.reminder_popup",
    "desktop.ui.carried_item",
    "desktop.ui.card_placement",
    "desktop.ui.reminder_notification",
    "desktop.core.evidence",
    "desktop.core.movement_content",
    "desktop.core.routine_summary",
    "desktop.core.routines",
    "desktop.services.content",
    "desktop.services.content_translation",
    "desktop.services.stats_controller",
)

PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from desktop.app import UnclenchApp
from desktop.core.kinds import Kind
from desktop.storage.paths import AppPaths

root = Path(sys.argv[1])
paths = AppPaths(root / "config", root / "data", root / "run")
paths.ensure()
(paths.settings_file).write_text('{"schema_version": 1}')  # not a first start (no safety page)
qt_app = QApplication([])
app = UnclenchApp(qt_app, paths)
app.start()
loop = QEventLoop()
QTimer.singleShot(200, loop.quit)
loop.exec()
idle = sorted(name for name in sys.modules if name.startswith("desktop"))
app.engine.show_now(Kind.POSTURE)
shown = sorted(type(w).__name__ for w in qt_app.topLevelWidgets() if w.isVisible())
print(json.dumps({"idle": idle, "shown": shown, "after": sorted(sys.modules)}))
app.shutdown()
"""


def run_probe(tmp_path: Path) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_an_idle_app_has_not_imported_what_reminders_and_windows_show(tmp_path: Path) -> None:
    probe = run_probe(tmp_path)

    assert "desktop.app" in probe["idle"]
    assert [name for name in LAZY_MODULES if name in probe["idle"]] == []
    # The first reminder loads its card and shows it.
    assert "desktop.ui.reminder_popup" in probe["after"]
    assert "ReminderPopup" in probe["shown"]


def test_an_answered_card_gives_back_what_it_drew_with(
    qtbot: QtBot, app: UnclenchApp, released: list[bool]
) -> None:
    app.engine.show_now(Kind.POSTURE)
    popup = app.prompts._popup
    assert popup is not None and popup.isVisible()
    assert released == []  # nothing while it shows
    assert app.dispatcher.run(Answer(reply=CardReply.DONE)).refused is None  # as the card's own button
    qtbot.waitUntil(lambda: released != [], timeout=3000)
    assert not popup.isVisible()
