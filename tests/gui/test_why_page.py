"""The "Why this helps" page: every topic shown as plain text, opening at a topic, keyboard, size."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.evidence import EvidenceNotes, load_notes, parse_notes
from desktop.resources import resource_path
from desktop.services.content_translation import translated_notes
from desktop.ui.tray import TrayMenu
from desktop.ui.why_page import FIRST_TOPICS, WhyPage, source_line

NOTES = load_notes()
OpenPage = Callable[..., WhyPage]


@pytest.fixture
def open_page(qtbot: QtBot) -> Iterator[OpenPage]:
    def make(notes: EvidenceNotes = NOTES, topic: str | None = None) -> WhyPage:
        page = WhyPage(notes, topic=topic)
        qtbot.addWidget(page)
        page.resize(1280, 720)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield make


def visible_in_viewport(page: WhyPage, topic_id: str) -> bool:
    section = page.section(topic_id)
    assert section is not None
    viewport = page.text_area.viewport()
    top = section.title.mapTo(viewport, QPoint(0, 0)).y()
    bar = page.text_area.verticalScrollBar()
    # The title near the top, or (for the last topics) as near as the end of the page allows.
    near_top = top < viewport.height() // 3 or bar.value() == bar.maximum()
    return 0 <= top < viewport.height() and near_top


def test_every_topic_is_listed_and_shown_with_strength_and_sources(open_page: OpenPage, qtbot: QtBot) -> None:
    page = open_page()
    titles = [page.topic_list.item(row).text() for row in range(page.topic_list.count())]
    assert titles == [topic.title for topic in NOTES.topics]
    # The topics below the first screen come right after the first paint, in the file's order.
    qtbot.waitUntil(lambda: len(page.sections) == len(NOTES.topics), timeout=2000)
    tops = [page.sections[topic.id].y() for topic in NOTES.topics]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert page.sections[NOTES.topics[-1].id].y() < page.not_a_diagnosis.y()
    water = page.sections["water"]
    assert water.title.text() == "Water"
    assert water.strength.text() == "Evidence: moderate"
    assert "no good evidence that drinking more water prevents" in water.summary.text()
    for source in NOTES.sources_of(NOTES.topic("water")):  # type: ignore[arg-type]
        assert source_line(source) in water.sources.text()
    assert page.text_area.verticalScrollBar().value() == 0  # without a topic it opens at the top
    assert page.heading.visibleRegion().boundingRect().height() > 0


class SectionsAtFirstPaint(QObject):
    """Notes how many topics the page had built when its text was first painted."""

    def __init__(self, page: WhyPage) -> None:
        super().__init__()
        self.page = page
        self.built: int | None = None
        self.note_shown: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.built is None:
            self.built = len(self.page.sections)
            self.note_shown = self.page.not_a_diagnosis.isVisible()
        return False


def test_the_page_paints_with_its_first_topics_and_builds_the_rest_after(qtbot: QtBot) -> None:
    page = WhyPage(NOTES)
    qtbot.addWidget(page)
    assert list(page.sections) == [topic.id for topic in NOTES.topics[:FIRST_TOPICS]]
    watch = SectionsAtFirstPaint(page)
    page.text_area.widget().installEventFilter(watch)
    page.show()
    qtbot.waitUntil(lambda: len(page.sections) == len(NOTES.topics), timeout=2000)
    assert watch.built == FIRST_TOPICS  # the first picture came before the other topics were built
    assert watch.note_shown is False  # the closing note waits for them: never right below the first ones
    assert page.not_a_diagnosis.isVisible()
    last = page.sections[NOTES.topics[-1].id]
    assert last.isVisible() and last.summary.text() == NOTES.topics[-1].summary
    bar = page.text_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # the page reaches down to the last topic and the note below it
    assert last.visibleRegion().boundingRect().height() > 0


def test_a_topic_not_built_yet_is_built_when_asked_for(qtbot: QtBot) -> None:
    page = WhyPage(NOTES)
    qtbot.addWidget(page)
    last = page.section(NOTES.topics[-1].id)
    assert last is not None and last.title.text() == NOTES.topics[-1].title
    assert list(page.sections) == [topic.id for topic in NOTES.topics]  # in order, none twice
    assert page.section("no-such-topic") is None


@pytest.mark.parametrize("topic", [topic.id for topic in NOTES.topics])
def test_it_opens_at_any_topic_even_one_built_with_little_below_it(
    open_page: OpenPage, qtbot: QtBot, topic: str
) -> None:
    page = open_page(topic=topic)
    qtbot.waitUntil(lambda: len(page.sections) == len(NOTES.topics), timeout=2000)
    bar = page.text_area.verticalScrollBar()
    section = page.sections[topic]
    # Its title a little below the top of the text, unless the page ends before it could get there.
    qtbot.waitUntil(lambda: bar.value() == min(section.y() - 12, bar.maximum()), timeout=2000)
    assert visible_in_viewport(page, topic) and page.current_topic() == topic


def test_no_style_sheet_makes_qt_polish_the_page_again(open_page: OpenPage, qapp: QApplication) -> None:
    """A style sheet on the window or the text area would re-polish and re-measure every label in it."""
    page = open_page()
    styled = [widget.objectName() for widget in [page, *page.findChildren(QWidget)] if widget.styleSheet()]
    assert styled == ["why_not_a_diagnosis"]  # the tinted note: one frame and its one label
    assert page.text_area.frameWidth() == 2  # the room for the focus ring


def test_file_text_is_shown_as_plain_text(open_page: OpenPage) -> None:
    notes = parse_notes(
        {
            "topics": [
                {
                    "id": "markup",
                    "title": "<b>Bold</b> & <i>co</i>",
                    "summary": "<a href='x'>link</a>. <img src='x'>",
                    "strength": "mixed",
                    "sources": ["s"],
                }
            ],
            "sources": [{"key": "s", "authors": "<u>A</u>", "year": 2020, "title": "T", "venue": "V"}],
        }
    )
    page = open_page(notes)
    section = page.sections["markup"]
    for label in section.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert section.title.text() == "<b>Bold</b> & <i>co</i>"
    assert "<u>A</u> (2020)" in section.sources.text()
    assert section.strength.text() == "Evidence: mixed"


def test_opening_at_a_topic_scrolls_to_it(open_page: OpenPage, qtbot: QtBot) -> None:
    page = open_page(topic="water")
    qtbot.waitUntil(lambda: visible_in_viewport(page, "water"), timeout=2000)
    assert page.current_topic() == "water"
    assert page.text_area.verticalScrollBar().value() > 0
    assert page.show_topic("sleep")
    assert visible_in_viewport(page, "sleep") and page.current_topic() == "sleep"
    assert not page.show_topic("no-such-topic")
    assert page.current_topic() == "sleep"


def test_the_keyboard_moves_between_topics_and_closes(open_page: OpenPage, qtbot: QtBot) -> None:
    page = open_page()
    assert page.focusWidget() is page.topic_list  # the list first: arrows choose a topic
    QTest.keyClick(page.topic_list, Qt.Key.Key_Down)
    assert page.current_topic() == NOTES.topics[1].id
    qtbot.waitUntil(lambda: visible_in_viewport(page, NOTES.topics[1].id), timeout=2000)
    QTest.keyClick(page.topic_list, Qt.Key.Key_End)
    last = NOTES.topics[-1].id
    assert page.current_topic() == last
    qtbot.waitUntil(lambda: page.text_area.verticalScrollBar().value() > 0, timeout=2000)
    with qtbot.waitSignal(page.safety_requested, timeout=1000):
        page.safety_button.setFocus()
        QTest.keyClick(page.safety_button, Qt.Key.Key_Return)
    QTest.keyClick(page.topic_list, Qt.Key.Key_Escape)
    assert not page.isVisible()


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_it_fits_a_small_laptop_screen(open_page: OpenPage, width: int, height: int) -> None:
    page = open_page(topic="heat-cold")
    panel = 48  # a desktop panel or task bar
    assert page.minimumSizeHint().width() <= width and page.minimumSizeHint().height() <= height - panel
    page.resize(width, height - panel)
    QApplication.processEvents()
    assert page.width() <= width and page.height() <= height - panel
    assert not page.text_area.horizontalScrollBar().isVisible()
    for row in range(page.topic_list.count()):  # no title cut off in the list
        item = page.topic_list.item(row)
        assert page.topic_list.visualItemRect(item).right() <= page.topic_list.viewport().width()
        assert page.topic_list.visualItemRect(item).bottom() <= page.topic_list.viewport().height()
    assert page.close_button.isVisible() and page.safety_button.isVisible()


def test_the_tray_menu_offers_the_page() -> None:
    menu = TrayMenu()
    assert menu.why.objectName() == "why"
    assert menu.why in menu.menu.actions()
    fired: list[bool] = []
    menu.why_requested.connect(lambda: fired.append(True))
    menu.why.trigger()
    assert fired == [True]


def test_the_page_and_the_notes_speak_german(qapp: QApplication, qtbot: QtBot) -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "unclench_de.qm")))
    qapp.installTranslator(translator)
    try:
        notes = translated_notes(NOTES)
        page = WhyPage(notes, topic="water")
        qtbot.addWidget(page)
        assert page.windowTitle() == "Warum das hilft — Unclench"
        water = page.sections["water"]
        assert water.title.text() == "Wasser"
        assert water.strength.text() == "Belege: mäßig"
        assert "Durst" in water.summary.text()
        assert notes.sources == NOTES.sources  # references stay as published
    finally:
        qapp.removeTranslator(translator)
