"""The small reminder card near the tray corner.

It never takes keyboard focus when it appears (the user may be mid-sentence), shows what to do for
the reminder it is about, and answers with a PromptAnswer. It does not time itself out: the engine
owns time.

Once the user turns to it (a click on the card, or opening it from its notification) it takes the
keyboard like any window: Tab between the ticks and buttons, Enter or Space presses, a letter
with Alt picks a button, Escape snoozes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.events import Outcome
from desktop.core.kinds import AnswerStyle, spec
from desktop.core.merged_answers import MERGED_KEY
from desktop.core.reminder_state import Prompt
from desktop.core.routine_summary import MoveSummary
from desktop.ui.card_placement import Corner, card_position, notification_area
from desktop.ui.carried_item import CarriedItem
from desktop.ui.keyboard import ENTER_KEYS, chain, show_focus
from desktop.ui.plain_text import menu_text
from desktop.ui.tray import app_icon
from desktop.ui.wording import invitation, kind_name

WIDTH = 340  # at the usual font size; the card widens with larger fonts and longer words
WIDTH_IN_CHARACTERS = 48


@dataclass(frozen=True)
class PromptView:
    """Everything the card shows; the prompt presenter fills it from the content and the log."""

    prompt: Prompt
    checklist: tuple[tuple[str, str], ...] = ()  # posture, main or carried: (id, what to check)
    moves: tuple[MoveSummary, ...] = ()  # stretch: each move with its holds
    routine_id: str | None = None  # stretch: the routine "Start" opens
    water_today_ml: int = 0
    water_goal_ml: int = 2000
    glass_ml: int = 250  # "a glass"; a bottle is two
    snooze_minutes: int = 5


@dataclass(frozen=True)
class PromptAnswer:
    """How the user answered a reminder (from the card or the notification): outcome and details."""

    outcome: Outcome
    details: dict[str, Any]


class ReminderPopup(QFrame):
    """The card of the prompt on screen (its PromptView).

    Signals: `answered(PromptAnswer)`; `routine_requested(str)` the routine a stretch card offers;
    `breathing_requested()` the session a breathing-break card offers; `why_requested(str)` the
    evidence topic of the reminder, when the user asks why it helps.
    """

    answered = Signal(object)  # PromptAnswer
    routine_requested = Signal(str)  # routine id: the user pressed Start on a stretch card
    breathing_requested = Signal()  # the user pressed Start on a breathing-break card
    why_requested = Signal(str)  # an evidence topic: the user asked why this reminder helps

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("reminder_popup")
        self.setWindowTitle(self.tr("Unclench reminder"))
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(WIDTH)
        self._view: PromptView | None = None
        self._checks: list[QCheckBox] = []
        self._carried: list[CarriedItem] = []  # the reminders this card carries, with their own answers
        self._buttons: list[QPushButton] = []  # in reading order; the first is the main answer
        self._snooze: QPushButton | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 14, 16, 14)
        self._layout.setSpacing(8)

    @property
    def view(self) -> PromptView | None:
        return self._view

    def present(
        self,
        view: PromptView,
        near: QRect | None = None,
        take_keyboard: bool = False,
        notification_at: Corner | None = None,
    ) -> None:
        """Show the card for `view`. `take_keyboard` when the user asked for it (from its
        notification): then it comes up ready for the keyboard; otherwise it leaves the focus alone.
        `notification_at`: the reminder is a desktop notification there too; the card keeps clear."""
        keep_keyboard = take_keyboard or (self.isVisible() and self.isActiveWindow())
        self._view = view
        self._rebuild(view)
        self._accept_focus(keep_keyboard)
        self.ensurePolished()  # the new ticks and buttons take the style's sizes before measuring
        width = self._width()
        self.setFixedWidth(width)
        self._layout.activate()
        # The height follows the wrapped text at that width (adjustSize measures at another one).
        self.resize(
            width, max(self._layout.totalMinimumSize().height(), self._layout.totalHeightForWidth(width))
        )
        self.move(self._corner(near, notification_at))
        self.show()
        self.raise_()
        if keep_keyboard:
            self.take_keyboard()

    def _width(self) -> int:
        """Narrow, as a card should be, but never narrower than its ticks and buttons need: with
        a large font (or at 200 %) a fixed width would cut the words off."""
        by_font = WIDTH_IN_CHARACTERS * self.fontMetrics().averageCharWidth()
        self._layout.activate()
        return max(WIDTH, by_font, self._layout.totalMinimumSize().width())

    # ---- keyboard ---------------------------------------------------------------------------

    def accepts_focus(self) -> bool:
        return not self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus

    def take_keyboard(self) -> None:
        """The user turned to the card: let it become the active window, focus on its main answer."""
        self._accept_focus(True)
        show_focus(self)  # where Enter and Space go must show at once, not only after a Tab
        self.activateWindow()
        self.raise_()
        if self._buttons and self.focusWidget() not in [*self._checks, *self._buttons]:
            self._buttons[0].setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _accept_focus(self, accept: bool) -> None:
        flags = self.windowFlags()
        if accept:
            flags &= ~Qt.WindowType.WindowDoesNotAcceptFocus
        else:
            flags |= Qt.WindowType.WindowDoesNotAcceptFocus
        if flags == self.windowFlags():
            return
        handle = self.windowHandle()
        if handle is None or not self.isVisible():
            self.setWindowFlags(flags)
            return
        # setWindowFlags() would hide and re-create a shown window; tell the window system directly.
        self.overrideWindowFlags(flags)
        handle.setFlags(flags)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click anywhere on the card except an answer (a tick, the text) turns to the card.
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and watched not in self._buttons
            and not self.accepts_focus()
        ):
            self.take_keyboard()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.accepts_focus():
            self.take_keyboard()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._snooze is not None:
            self._snooze.click()  # put it off, as closing a reminder usually means
            return
        focused = self.focusWidget()
        if event.key() in ENTER_KEYS and not isinstance(focused, QPushButton) and self._buttons:
            self._buttons[0].click()  # Enter on a tick answers with the main button, as in a dialog
            return
        super().keyPressEvent(event)

    # ---- content ----------------------------------------------------------------------------

    def _rebuild(self, view: PromptView) -> None:
        _clear(self._layout)
        self._checks = []
        self._carried = []
        self._buttons = []
        self._snooze = None
        kind = view.prompt.primary
        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(28, 28))
        title = QLabel(kind_name(kind))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setObjectName("popup_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(icon)
        header.addWidget(title, 1)
        self._layout.addLayout(header)

        answer = spec(kind).answer
        self._text(invitation(kind))
        if answer is AnswerStyle.CHECKLIST:
            for item_id, text in view.checklist:
                check = QCheckBox(menu_text(text))  # a file's "&" shows, and is no shortcut
                check.setObjectName(item_id)
                self._checks.append(check)
                self._layout.addWidget(check)
        elif answer is AnswerStyle.WATER:
            self._text(self._water_words(view), name="water_total")
        elif answer is AnswerStyle.ROUTINE:
            for move in view.moves:  # not every move is a hold: "s" rather than "hold"
                if move.times == 1:
                    self._text(self.tr("• {0}, {1} s").format(move.name, move.seconds))
                else:
                    self._text(self.tr("• {0}, {1} × {2} s").format(move.name, move.times, move.seconds))

        for other in view.prompt.kinds[1:]:  # each carried reminder with its own answer
            item = CarriedItem(other, view.checklist, self._water_words(view), view.glass_ml)
            self._carried.append(item)
            self._layout.addWidget(item)
        self._layout.addLayout(self._answer_buttons(answer, view))
        # Screen readers: the card is named after the reminder and says what it asks.
        self.setAccessibleName(kind_name(kind))
        words = [label.text() for label in self.findChildren(QLabel) if label.text() and label is not title]
        self.setAccessibleDescription(" ".join(words))
        carried = [button for item in self._carried for button in item.buttons]
        chain([*self._checks, *carried, *self._buttons])
        for widget in self.findChildren(QWidget):
            widget.installEventFilter(self)
            # Qt shows a child added to a visible window only later, and a hidden one takes no room:
            # show it now, so the card is measured with its new content.
            widget.show()

    def _answer_buttons(self, answer: AnswerStyle, view: PromptView) -> QVBoxLayout:
        rows = QVBoxLayout()
        row = QHBoxLayout()
        if answer is AnswerStyle.WATER:
            # Two amounts need their own row; the card stays narrow.
            glass, bottle = view.glass_ml, 2 * view.glass_ml
            self._button(
                row, "drank_glass", self.tr("Drank &{0} ml").format(glass), Outcome.DONE, {"ml": glass}, True
            )
            self._button(
                row, "drank_bottle", self.tr("Drank &{0} ml").format(bottle), Outcome.DONE, {"ml": bottle}
            )
            rows.addLayout(row)
            row = QHBoxLayout()
        elif answer is AnswerStyle.BREATHING:
            start = self._push(row, "start_breathing", self.tr("Start &breathing"), primary=True)
            start.clicked.connect(self._start_breathing)
            self._button(row, "done", self.tr("&Done"), Outcome.DONE, None)
            rows.addLayout(row)
            row = QHBoxLayout()
        elif answer is AnswerStyle.ROUTINE and view.routine_id:
            start = self._push(row, "start_routine", self.tr("Start &guided stretch"), primary=True)
            routine_id = view.routine_id
            start.clicked.connect(lambda: self._start_routine(routine_id))
            self._button(row, "done", self.tr("&Done"), Outcome.DONE, None)
            rows.addLayout(row)
            row = QHBoxLayout()
        else:
            self._button(row, "done", self.tr("&Done"), Outcome.DONE, None, primary=True)
        self._snooze = self._button(
            row, "snooze", self.tr("&Snooze {0} min").format(view.snooze_minutes), Outcome.SNOOZED, {}
        )
        self._snooze.setToolTip(self.tr("Remind me again in {0} min (Esc)").format(view.snooze_minutes))
        self._button(row, "skip", self.tr("S&kip"), Outcome.SKIPPED, {})
        rows.addLayout(row)
        why = QPushButton(self.tr("&Why this helps"))
        why.setObjectName("why")
        why.setAutoDefault(True)
        topic = spec(view.prompt.primary).evidence
        why.clicked.connect(lambda: self.why_requested.emit(topic))
        self._buttons.append(why)
        rows.addWidget(why, 0, Qt.AlignmentFlag.AlignLeft)
        return rows

    def _push(self, row: QHBoxLayout, name: str, text: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setDefault(primary)
        # Outside a dialog a push button ignores Enter unless it is an auto-default one.
        button.setAutoDefault(True)
        row.addWidget(button)
        self._buttons.append(button)
        return button

    def _button(
        self,
        row: QHBoxLayout,
        name: str,
        text: str,
        outcome: Outcome,
        details: dict[str, Any] | None,
        primary: bool = False,
    ) -> QPushButton:
        button = self._push(row, name, text, primary)
        button.clicked.connect(lambda: self._answer(outcome, details))
        return button

    def _water_words(self, view: PromptView) -> str:
        return self.tr("Today so far: {0} ml of {1} ml").format(view.water_today_ml, view.water_goal_ml)

    def _text(self, text: str, name: str = "") -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # content text, never markup
        if name:
            label.setObjectName(name)
        self._layout.addWidget(label)

    def _start_breathing(self) -> None:
        self.hide()
        self.breathing_requested.emit()

    def _start_routine(self, routine_id: str) -> None:
        self.hide()
        self.routine_requested.emit(routine_id)

    def _answer(self, outcome: Outcome, details: dict[str, Any] | None) -> None:
        if details is None:  # "Done": report what the user ticked, if this card had a checklist
            details = (
                {"fixed": [c.objectName() for c in self._checks if c.isChecked()]} if self._checks else {}
            )
        if outcome is Outcome.DONE and self._carried:
            details = {**details, MERGED_KEY: {item.kind.value: item.answer() for item in self._carried}}
        self.hide()
        self.answered.emit(PromptAnswer(outcome, details))

    # ---- placement ------------------------------------------------------------------------

    def _corner(self, near: QRect | None, notification_at: Corner | None) -> QPoint:
        """Next to the tray icon when its place is known, else the bottom-right of the screen; clear
        of the notification of the same reminder."""
        screen = QGuiApplication.screenAt(near.center()) if near is not None and near.isValid() else None
        area = (screen or QGuiApplication.primaryScreen()).availableGeometry()
        size = self.sizeHint().expandedTo(self.size())
        avoid = notification_area(area, notification_at) if notification_at is not None else None
        return card_position(area, size, near, avoid)


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            # Out of the card at once (findChildren must not see the old card's buttons), freed later.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())
