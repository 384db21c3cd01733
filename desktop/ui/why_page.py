""" "Why this helps": what Unclench asks of you, what the research says about it, and how sure it is.

A non-modal window reachable from the tray and from each reminder kind's card or window. It shows
the EvidenceNotes it is given (translated by the caller, like the other content) and can open at a
topic: `WhyPage(notes, topic="water")`, or `show_topic("water")` when it is already open. Every
text from the notes file is shown as plain text, never as markup.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.evidence import EvidenceNotes, Source, Strength, Topic
from desktop.ui.calm_style import is_dark, scaled_font, style_panel
from desktop.ui.fit import cap_to_screen
from desktop.ui.keyboard import enter_presses_buttons, show_focus
from desktop.ui.ring_scroll_area import RingScrollArea
from desktop.ui.text_colours import mute

_TOPIC_ROLE = Qt.ItemDataRole.UserRole
_SCROLL_MARGIN = 12  # pixels left above a topic's title when the page scrolls to it
# Topics built before the window first paints: more than its first screen shows at the usual size.
FIRST_TOPICS = 2


def _label(text: str, font: QFont) -> QLabel:
    label = QLabel(text)
    label.setFont(font)  # before it is measured: a later font would measure it all again
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file-supplied text is never read as markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def source_line(source: Source) -> str:
    """One reference as people cite it: authors (year). Title. Venue."""
    return f"{source.authors} ({source.year}). {source.title}. {source.venue}."


@dataclass(frozen=True)
class _Fonts:
    """The page's fonts, scaled from the window's own."""

    heading: QFont
    body: QFont
    title: QFont
    strength: QFont
    sources_title: QFont
    sources: QFont

    @classmethod
    def scaled_from(cls, base: QFont) -> _Fonts:
        return cls(
            heading=scaled_font(base, 1.6, QFont.Weight.DemiBold),
            body=scaled_font(base, 1.05),
            title=scaled_font(base, 1.25, QFont.Weight.DemiBold),
            strength=scaled_font(base, 1.0, QFont.Weight.DemiBold),
            sources_title=scaled_font(base, 0.95, QFont.Weight.DemiBold),
            sources=scaled_font(base, 0.95),
        )


class _TopicSection(QFrame):
    """One topic: its title, how strong the evidence is, the summary and the sources."""

    def __init__(self, topic: Topic, strength: str, sources: tuple[Source, ...], fonts: _Fonts) -> None:
        super().__init__()
        self.setObjectName(f"why_topic_{topic.id}")
        self.topic_id = topic.id
        self.title = _label(topic.title, fonts.title)
        self.strength = _label(strength, fonts.strength)
        self.strength.setObjectName("why_strength")
        self.summary = _label(topic.summary, fonts.body)
        self.sources_title = _label(self.tr("Sources"), fonts.sources_title)
        self.sources = _label("\n".join(f"• {source_line(source)}" for source in sources), fonts.sources)
        self.sources.setObjectName("why_sources")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(6)
        for widget in (self.title, self.strength, self.summary, self.sources_title, self.sources):
            layout.addWidget(widget)
        mute(self.sources)


class WhyPage(QDialog):
    """The "Why this helps" window: a list of topics beside one scrolling page of all of them.

    Owns its widgets only. Choosing a topic in the list scrolls the page to it. Only the topics
    the page opens with are built before it first paints; the rest follow straight after that
    paint, or at once when one of them is asked for (`section`, `show_topic`).
    Signals: `safety_requested` (the user asked for "When to see a professional").
    """

    safety_requested = Signal()

    def __init__(self, notes: EvidenceNotes, topic: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(self.tr("Why this helps — Unclench"))
        self.setAccessibleName(self.tr("Why this helps"))
        self.setMinimumSize(560, 400)
        self.resize(860, 640)
        self.notes = notes
        self._fonts = _Fonts.scaled_from(QFont(self.font()))

        self.heading = _label(self.tr("Why this helps"), self._fonts.heading)
        self.intro = _label(
            self.tr(
                "What Unclench asks of you, what research says about it, and how sure that is. "
                "Where the evidence is thin or says less than common advice, this page says so."
            ),
            self._fonts.body,
        )
        self.legend = _label(
            self.tr(
                "Strong: consistent results from good studies. Moderate: a real effect that is "
                "small or less certain. Weak: little, low-quality or indirect evidence. "
                "Mixed: good studies disagree."
            ),
            self._fonts.body,
        )
        self.sections: dict[str, _TopicSection] = {}  # the topics built so far, in page order
        body = QWidget()
        body.setObjectName("why_body")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 20, 24, 12)
        body_layout.setSpacing(10)
        for widget in (self.heading, self.intro, self.legend):
            body_layout.addWidget(widget)
        body_layout.addSpacing(6)
        self.not_a_diagnosis = QFrame()
        self.not_a_diagnosis.setObjectName("why_not_a_diagnosis")
        self.not_a_diagnosis_text = _label(
            self.tr(
                "Unclench does not diagnose or treat anything. If pain is severe, keeps getting worse, "
                "spreads down a leg or comes with numbness or weakness, see a doctor or physiotherapist."
            ),
            self._fonts.body,
        )
        panel_layout = QVBoxLayout(self.not_a_diagnosis)
        panel_layout.setContentsMargins(16, 12, 16, 12)
        panel_layout.addWidget(self.not_a_diagnosis_text)
        body_layout.addWidget(self.not_a_diagnosis)
        body_layout.addStretch(1)
        self._body = body
        self._body_layout = body_layout
        self._scrolled_to: tuple[str, int] | None = None  # the topic last scrolled to, and where
        self._rest_queued = False
        wanted = next((row for row, item in enumerate(notes.topics) if item.id == topic), -1)
        self._build_sections(max(FIRST_TOPICS, wanted + 2))  # a topic asked for, and the one below it

        # With the arrow keys or Page Down once it has the focus (Tab), like the safety page.
        self.text_area = RingScrollArea()
        self.text_area.setObjectName("why_scroll")
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.setAccessibleName(self.tr("Why this helps"))

        self.topic_list = QListWidget()
        self.topic_list.setObjectName("why_topics")
        self.topic_list.setAccessibleName(self.tr("Topics"))
        for item in notes.topics:
            entry = QListWidgetItem(item.title)
            entry.setData(_TOPIC_ROLE, item.id)
            self.topic_list.addItem(entry)
        self.topic_list.setSpacing(3)
        self.topic_list.setWordWrap(True)
        self.topic_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topic_list.currentItemChanged.connect(self._on_topic_chosen)

        self.safety_button = QPushButton(self.tr("When to see a &professional"))
        self.safety_button.setObjectName("why_safety")
        self.safety_button.setAccessibleName(self.tr("When to see a professional"))
        self.safety_button.clicked.connect(self.safety_requested.emit)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("why_close")
        self.close_button.setAccessibleName(self.tr("Close"))
        for button in (self.safety_button, self.close_button):
            button.setAutoDefault(False)  # Escape closes; Enter presses the focused button
        self.close_button.clicked.connect(self.close)

        panes = QHBoxLayout()
        panes.setSpacing(8)
        panes.addWidget(self.topic_list)
        panes.addWidget(self.text_area, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.safety_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(panes, 1)
        layout.addLayout(buttons)
        mute(self.legend)
        self._fit_topic_list()
        self._apply_colours()
        self.text_area.setWidget(body)  # last: the area measures its page once, fonts and colours set
        show_focus(self)
        enter_presses_buttons(self)
        self._pending: str | None = None
        if not (topic and self.show_topic(topic)) and notes.topics:
            self.topic_list.blockSignals(True)  # the first topic is chosen, but the page starts at the top
            self.topic_list.setCurrentRow(0)
            self.topic_list.blockSignals(False)
        self.topic_list.setFocus()

    def strength_words(self, strength: Strength) -> str:
        words = {
            "strong": self.tr("Evidence: strong"),
            "moderate": self.tr("Evidence: moderate"),
            "weak": self.tr("Evidence: weak"),
            "mixed": self.tr("Evidence: mixed"),
        }
        return words[strength]

    def current_topic(self) -> str | None:
        item = self.topic_list.currentItem()
        return str(item.data(_TOPIC_ROLE)) if item is not None else None

    def section(self, topic_id: str) -> _TopicSection | None:
        """The page's part for `topic_id`, built now if it was not yet; None if there is no such topic."""
        if topic_id not in self.sections:
            self._build_sections(len(self.notes.topics))
        return self.sections.get(topic_id)

    def show_topic(self, topic_id: str) -> bool:
        """Select `topic_id` in the list and scroll the page to it; False if there is no such topic."""
        for row in range(self.topic_list.count()):
            if self.topic_list.item(row).data(_TOPIC_ROLE) == topic_id:
                self._pending = topic_id
                self.topic_list.setCurrentRow(row)
                self._scroll_to(topic_id)
                return True
        return False

    def _build_sections(self, count: int, *, measure: bool = True) -> None:
        """Build the topics up to `count` (in file order) that are not built yet, below those that are."""
        at = self._body_layout.indexOf(self.not_a_diagnosis)
        built_before = len(self.sections)
        for item in self.notes.topics[len(self.sections) : count]:
            section = _TopicSection(
                item, self.strength_words(item.strength), self.notes.sources_of(item), self._fonts
            )
            self.sections[item.id] = section
            self._body_layout.insertWidget(at, section)
            section.show()  # now: a layout shows a widget added to a shown page only later
            at += 1
        complete = len(self.sections) == len(self.notes.topics)
        # The note closes the page: until then it would show right below the first topics (small fonts).
        self.not_a_diagnosis.setVisible(complete)
        if measure and built_before < len(self.sections) and self._body.parentWidget() is not None:
            self.text_area.measure_now()  # the scroll range takes them in before anything scrolls

    def _build_the_rest(self) -> None:
        if not self.isVisible():
            return  # closed meanwhile; a page kept hidden builds a topic when it is asked for
        # Qt takes the new topics into the scroll range by itself, soon; only a scroll needs it now.
        self._build_sections(len(self.notes.topics), measure=False)
        if self._scrolled_to is not None:
            # A topic near the end went as high as the short page let it: now it can go to the top.
            topic, value = self._scrolled_to
            if self.text_area.verticalScrollBar().value() == value:
                self.text_area.measure_now()
                self._scroll_to(topic)

    def _on_topic_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self._scroll_to(str(current.data(_TOPIC_ROLE)))

    def _scroll_to(self, topic_id: str) -> None:
        if not self.isVisible():
            return  # showEvent scrolls once the page has its size
        section = self.section(topic_id)
        if section is None:
            return
        layout = self._body.layout()
        if layout is not None:
            layout.activate()  # the sections' places are current even right after a resize
        bar = self.text_area.verticalScrollBar()
        bar.setValue(max(0, section.y() - _SCROLL_MARGIN))
        self._scrolled_to = (topic_id, bar.value())

    def _fit_topic_list(self) -> None:
        self.topic_list.setFont(scaled_font(QFont(self.font()), 1.05))
        # As wide as the longest title (within reason), so no title is cut off.
        wanted = self.topic_list.sizeHintForColumn(0) + 2 * self.topic_list.frameWidth() + 24
        self.topic_list.setFixedWidth(max(160, min(wanted, 300)))

    def _apply_colours(self) -> None:
        style_panel(self.not_a_diagnosis, is_dark(self.palette()), urgent=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        cap_to_screen(self)  # never larger than the screen's free area
        if self._pending is not None:
            topic, self._pending = self._pending, None
            QTimer.singleShot(0, self, lambda: self._scroll_to(topic))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._rest_queued and len(self.sections) < len(self.notes.topics):
            self._rest_queued = True  # once the first picture is on the screen
            # A weak reference: if the page is deleted first, Qt drops the call but PySide keeps the callable.
            page = weakref.ref(self)
            QTimer.singleShot(0, self, lambda: _build_the_rest_of(page()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        super().changeEvent(event)


def _build_the_rest_of(page: WhyPage | None) -> None:
    if page is not None:
        page._build_the_rest()
