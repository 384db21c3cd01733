"""Once a window has closed, Qt's font and pixmap caches are emptied (issue 18), and what still
shows draws exactly as before."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QImage, QPixmap, QPixmapCache
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.platform.memory import drop_render_caches, release_unused_memory


def drawn(label: QLabel) -> QImage:
    return label.grab().toImage()


def test_the_pixmap_cache_is_emptied(qapp: QApplication) -> None:
    pixmap = QPixmap(8, 8)
    pixmap.fill(QColor("teal"))
    assert QPixmapCache.insert("unclench-test", pixmap)
    assert not QPixmapCache.find("unclench-test").isNull()

    release_unused_memory()

    assert not QPixmapCache.find("unclench-test")  # gone: None or a null pixmap


def test_text_still_draws_the_same_after_the_font_cache_is_dropped(qtbot: QtBot) -> None:
    label = QLabel("Stand up, stretch – Unclench ÄÖÜ")
    label.setFont(QFont(label.font().family(), 15, QFont.Weight.Bold))
    qtbot.addWidget(label)
    label.show()
    before = drawn(label)

    drop_render_caches()
    drop_render_caches()  # twice in a row is harmless
    after = drawn(label)

    assert not before.isNull()
    assert after == before
    assert QLabel("new text after the drop").sizeHint().width() > 0  # a new font engine is made
