"""One reminder that a merged card carries: its name, what it asks and its own answer.

When reminders fall due together, the card is about the biggest of them and carries the others. Each
carried one shows its own content (the posture ticks, today's water and an amount, a breathing or a
stretch tick) so that Done credits only what the user did with it (the rule:
`desktop/core/merged_answers.py`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.kinds import AnswerStyle, Kind, spec
from desktop.ui.plain_text import menu_text
from desktop.ui.wording import invitation, kind_name


class CarriedItem(QWidget):
    """Owns the own-answer controls of one carried reminder (`buttons`, in reading order) and says what
    the user did with them (`answer()`, for `details["merged"]`). No signals: the card's Done reads it."""

    def __init__(
        self,
        kind: Kind,
        checklist: tuple[tuple[str, str], ...],
        water_text: str,
        glass_ml: int,
    ) -> None:
        super().__init__()
        self.kind = kind
        self.setObjectName(f"carried_{kind.value}")
        self.buttons: list[QAbstractButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        self._label(layout, self.tr("Also due now: {0}").format(kind_name(kind)), f"also_due_{kind.value}")
        style = spec(kind).answer
        if style is AnswerStyle.CHECKLIST:
            self._label(layout, invitation(kind))
            for item_id, text in checklist:
                check = QCheckBox(menu_text(text))  # a file's "&" shows, and is no shortcut
                check.setObjectName(item_id)
                layout.addWidget(check)
                self.buttons.append(check)
        elif style is AnswerStyle.WATER:
            self._label(layout, water_text, "carried_water_total")
            row = QHBoxLayout()
            for name, ml in (("carried_glass", glass_ml), ("carried_bottle", 2 * glass_ml)):
                amount = QPushButton(self.tr("Drank &{0} ml").format(ml))
                amount.setObjectName(name)
                amount.setCheckable(True)  # chosen now, logged with Done
                amount.setProperty("ml", ml)
                row.addWidget(amount)
                self.buttons.append(amount)
            for button in self.buttons:  # one amount at most; pressed again, it is taken back
                button.toggled.connect(partial(self._chosen, button))
            layout.addLayout(row)
        elif style is AnswerStyle.BREATHING:
            check = QCheckBox(self.tr("I took a few slow breaths"))
            check.setObjectName("carried_breathing")
            layout.addWidget(check)
            self.buttons.append(check)
        elif style is AnswerStyle.ROUTINE:
            check = QCheckBox(self.tr("I did a short stretch"))
            check.setObjectName("carried_stretch")
            layout.addWidget(check)
            self.buttons.append(check)

    def answer(self) -> dict[str, Any]:
        """What the user did with this reminder on the card."""
        chosen = [button for button in self.buttons if button.isChecked()]
        style = spec(self.kind).answer
        if style is AnswerStyle.CHECKLIST:
            return {"fixed": [button.objectName() for button in chosen]}
        if style is AnswerStyle.WATER:
            return {"ml": int(chosen[0].property("ml"))} if chosen else {}
        return {"done": bool(chosen)}

    def _chosen(self, chosen: QAbstractButton, on: bool) -> None:
        for button in self.buttons:
            if on and button is not chosen:
                button.setChecked(False)

    def _label(self, layout: QVBoxLayout, text: str, name: str = "") -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            label.setObjectName(name)
        layout.addWidget(label)
