"""The small reminder card near the tray corner.

It never takes keyboard focus (the user may be mid-sentence), shows what to do for the reminder it
is about, and answers with a PromptAnswer. It does not time itself out: the engine owns time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.events import Kind, Outcome
from desktop.core.policy import Prompt
from desktop.ui.tray import app_icon
from desktop.ui.wording import kind_name

EDGE_MARGIN = 12
WIDTH = 340


@dataclass(frozen=True)
class PromptView:
    """Everything the card shows; app.py fills it from the content and the log."""

    prompt: Prompt
    checklist: tuple[tuple[str, str], ...] = ()  # posture: (id, what to check)
    moves: tuple[tuple[str, int], ...] = ()  # stretch: (move, seconds to hold)
    routine_id: str | None = None  # stretch: the routine "Start" opens
    water_today_ml: int = 0
    water_goal_ml: int = 2000
    snooze_minutes: int = 5


@dataclass(frozen=True)
class PromptAnswer:
    outcome: Outcome
    details: dict[str, Any]


class ReminderPopup(QFrame):
    answered = Signal(object)  # PromptAnswer
    routine_requested = Signal(str)  # routine id: the user pressed Start on a stretch card
    breathing_requested = Signal()  # the user pressed Start on a breathing-break card

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
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 14, 16, 14)
        self._layout.setSpacing(8)

    @property
    def view(self) -> PromptView | None:
        return self._view

    def present(self, view: PromptView, near: QRect | None = None) -> None:
        self._view = view
        self._rebuild(view)
        self.adjustSize()
        self.move(self._corner(near))
        self.show()
        self.raise_()

    # ---- content ----------------------------------------------------------------------------

    def _rebuild(self, view: PromptView) -> None:
        _clear(self._layout)
        self._checks = []
        kind = view.prompt.primary
        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(28, 28))
        title = QLabel(kind_name(kind))
        title.setObjectName("popup_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(icon)
        header.addWidget(title, 1)
        self._layout.addLayout(header)

        if kind is Kind.POSTURE:
            self._text(self.tr("Take a few seconds. Tick what you just eased:"))
            for item_id, text in view.checklist:
                check = QCheckBox(text)
                check.setObjectName(item_id)
                check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                self._checks.append(check)
                self._layout.addWidget(check)
        elif kind is Kind.HYDRATION:
            self._text(self.tr("A glass of water helps muscles that have been tense all morning."))
            self._text(
                self.tr("Today so far: {0} ml of {1} ml").format(view.water_today_ml, view.water_goal_ml),
                name="water_total",
            )
        elif kind is Kind.BREATHING_BREAK:
            self._text(self.tr("Slow breaths with a long out-breath tell tense muscles they can let go."))
        else:
            self._text(self.tr("Stand up if you can and move gently. Stop any move that hurts."))
            for move, seconds in view.moves:
                self._text(self.tr("• {0} — hold {1} s").format(move, seconds))

        others = [kind_name(k) for k in view.prompt.kinds[1:]]
        if others:
            self._text(self.tr("Also due now: {0}").format(", ".join(others)), name="also_due")
        self._layout.addLayout(self._buttons(kind, view))

    def _buttons(self, kind: Kind, view: PromptView) -> QVBoxLayout:
        rows = QVBoxLayout()
        row = QHBoxLayout()
        if kind is Kind.HYDRATION:
            # Two amounts need their own row; the card stays narrow.
            self._button(row, "drank_250", self.tr("Drank 250 ml"), Outcome.DONE, {"ml": 250}, primary=True)
            self._button(row, "drank_500", self.tr("Drank 500 ml"), Outcome.DONE, {"ml": 500})
            rows.addLayout(row)
            row = QHBoxLayout()
        elif kind is Kind.BREATHING_BREAK:
            start = QPushButton(self.tr("Start breathing"))
            start.setObjectName("start_breathing")
            start.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            start.setDefault(True)
            start.clicked.connect(self._start_breathing)
            row.addWidget(start)
            self._button(row, "done", self.tr("Done"), Outcome.DONE, None)
            rows.addLayout(row)
            row = QHBoxLayout()
        elif kind is Kind.STRETCH and view.routine_id:
            start = QPushButton(self.tr("Start guided stretch"))
            start.setObjectName("start_routine")
            start.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            start.setDefault(True)
            routine_id = view.routine_id
            start.clicked.connect(lambda: self._start_routine(routine_id))
            row.addWidget(start)
            self._button(row, "done", self.tr("Done"), Outcome.DONE, None)
            rows.addLayout(row)
            row = QHBoxLayout()
        else:
            self._button(row, "done", self.tr("Done"), Outcome.DONE, None, primary=True)
        self._button(
            row, "snooze", self.tr("Snooze {0} min").format(view.snooze_minutes), Outcome.SNOOZED, {}
        )
        self._button(row, "skip", self.tr("Skip"), Outcome.SKIPPED, {})
        rows.addLayout(row)
        return rows

    def _button(
        self,
        row: QHBoxLayout,
        name: str,
        text: str,
        outcome: Outcome,
        details: dict[str, Any] | None,
        primary: bool = False,
    ) -> None:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setDefault(primary)
        button.clicked.connect(lambda: self._answer(outcome, details))
        row.addWidget(button)

    def _text(self, text: str, name: str = "") -> None:
        label = QLabel(text)
        label.setWordWrap(True)
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
        self.hide()
        self.answered.emit(PromptAnswer(outcome, details))

    # ---- placement ------------------------------------------------------------------------

    def _corner(self, near: QRect | None) -> QPoint:
        """Next to the tray icon when its place is known, else the bottom-right of the screen."""
        screen = QGuiApplication.screenAt(near.center()) if near is not None and near.isValid() else None
        screen = screen or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.size())
        x = area.right() - size.width() - EDGE_MARGIN
        y = area.bottom() - size.height() - EDGE_MARGIN
        if near is not None and near.isValid():
            x = min(max(area.left() + EDGE_MARGIN, near.center().x() - size.width() // 2), x)
            # Clear of the panel too, where the desktop does not leave it out of the work area.
            if near.center().y() < area.center().y():  # the panel is at the top
                y = max(area.top(), near.bottom()) + EDGE_MARGIN
            else:
                y = min(y, near.top() - size.height() - EDGE_MARGIN)
        return QPoint(x, y)


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())
