"""Render the statistics window and the tension check-in with a realistic month of data to PNG,
in a light and a dark palette, offscreen, to look at them as a person would.

    python scripts/render_stats.py /tmp/stats        # writes stats-light.png, stats-dark.png, ...
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d31"),
        (roles.WindowText, "#e6e7e9"),
        (roles.Base, "#1f2124"),
        (roles.AlternateBase, "#292b2f"),
        (roles.Text, "#e6e7e9"),
        (roles.Button, "#35383d"),
        (roles.ButtonText, "#e6e7e9"),
        (roles.Highlight, "#3d7fd6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#a3a7ad"),
        (roles.ToolTipBase, "#35383d"),
        (roles.ToolTipText, "#e6e7e9"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--period", type=int, default=30, choices=(7, 30, 90, 365))
    parser.add_argument("--tables", action="store_true", help="also open the tables")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.folder.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.core.stats import Goals
    from desktop.services.stats_service import StatsService
    from desktop.storage.eventlog import EventLog
    from desktop.ui.stats_window import StatsWindow
    from desktop.ui.tension_checkin import TensionCheckin
    from scripts.sample_history import FixedClock, history

    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    today = date(2026, 3, 18)
    log = EventLog.in_memory()
    log.record_many(history(today, args.days))
    clock = FixedClock(datetime(2026, 3, 18, 15, 40, tzinfo=UTC))
    snapshot = StatsService(log, clock).snapshot(Goals(water_ml=2000, breaks=6))
    light = app.palette()
    for name, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        window = StatsWindow()
        window.show_snapshot(snapshot)
        window.show_period(args.period)
        if args.tables:
            window.table_toggle.setChecked(True)
        window.show()
        app.processEvents()
        window.grab().save(str(args.folder / f"stats-{name}.png"))
        window.content.resize(window.content.sizeHint().expandedTo(window.content.size()))
        window.content.grab().save(str(args.folder / f"stats-full-{name}.png"))
        checkin = TensionCheckin(after="stretch")
        checkin.show()
        app.processEvents()
        checkin.grab().save(str(args.folder / f"checkin-{name}.png"))
        window.close()
        checkin.close()
    print(f"wrote PNGs to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
