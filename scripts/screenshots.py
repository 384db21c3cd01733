"""Render the README's screenshots from the real widgets with a realistic month of data.

    python scripts/screenshots.py [OUT_DIR]      (default docs/screenshots; offscreen, no display needed)

Each picture is made by the code users run, so the README stays current: run this after a
visible change and commit the PNGs.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "scripts")]

from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QGroupBox, QTabWidget, QWidget  # noqa: E402

SHOTS = ("tray-menu", "reminder", "breathing", "routine", "statistics", "settings")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    font = QFont("DejaVu Sans", 10)
    app.setFont(font)
    from desktop.services.translations import install_language

    install_language(app, "en")  # English wording and plurals, whatever this machine's language is
    home = Path(tempfile.mkdtemp(prefix="unclench-shots-"))
    for name, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        os.environ[name] = str(home / folder)

    from sample_history import history

    from desktop.app import UnclenchApp
    from desktop.core.events import Kind, Outcome
    from desktop.core.settings import Settings
    from desktop.storage.eventlog import EventLog
    from desktop.storage.paths import AppPaths
    from desktop.storage.settings_file import save_settings

    paths = AppPaths.for_user()
    paths.ensure()
    save_settings(paths.settings_file, Settings())  # not a first start: no safety page on top
    today = date.today()
    log, _ = EventLog.open(paths.database)
    log.record_many(list(history(today - timedelta(days=1), 30)))
    log.close()

    unclench = UnclenchApp(app, paths)
    unclench.start()
    unclench.engine.record_drink(250)
    unclench.engine.record_drink(500)

    unclench.menu.menu.aboutToShow.emit()
    save(_framed(unclench.menu.menu), out / "tray-menu.png")

    unclench.engine.show_now(Kind.POSTURE)
    popup = unclench._popup
    assert popup is not None
    save(_framed(popup), out / "reminder.png")
    unclench.engine.answer(Outcome.SKIPPED)

    unclench.open_breathing("box", 3)
    breathing = unclench._windows["breathing"]
    breathing.resize(520, 640)
    _advance(app, breathing, 2.6)
    save(breathing.grab(), out / "breathing.png")
    breathing.close()

    unclench.open_routine("back-reset")
    routine = unclench._windows["routine"]
    save(routine.grab(), out / "routine.png")
    routine.close()

    unclench.stats.open_window()
    stats = unclench.stats.window
    assert stats is not None
    stats.resize(900, 760)
    save(stats.grab(), out / "statistics.png")

    unclench.open_settings()
    settings = unclench._windows["settings"]
    tabs = settings.findChild(QTabWidget)
    tabs.setCurrentIndex(1)
    settings.findChild(QGroupBox, "working_hours").setChecked(True)  # shown as a user would set it up
    settings.adjustSize()
    save(settings.grab(), out / "settings.png")
    unclench.shutdown()
    print("\n".join(str(out / f"{name}.png") for name in SHOTS))
    return 0


def _advance(app: QApplication, window: QWidget, seconds: float) -> None:
    """Let the breathing pacer reach a pleasant moment (mid-inhale) without waiting for real."""
    session = getattr(window, "_session", None)
    if session is not None and hasattr(session, "_started"):
        session._started -= seconds
    window.refresh()  # type: ignore[attr-defined]
    app.processEvents()


def _framed(widget: QWidget) -> QPixmap:
    """A popup or menu on a plain desk-coloured backdrop, so its edge shows in the README."""
    widget.adjustSize()
    shot = widget.grab()
    margin = 16
    canvas = QPixmap(shot.size() + QSize(2 * margin, 2 * margin))
    canvas.fill(QColor("#d9dee3"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 40))
    painter.drawRoundedRect(margin + 2, margin + 3, shot.width(), shot.height(), 4, 4)
    painter.drawPixmap(margin, margin, shot)
    painter.end()
    return canvas


def save(picture: QPixmap, path: Path) -> None:
    if not picture.save(str(path)):
        raise OSError(f"could not write {path}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
