"""The tray's "another amount" of water: a small dialog that takes a number of millilitres.

The allowed range is DRINK_ML's (desktop/core/settings.py). A number outside it is never replaced
behind the user's back: a plain message under the field says which amounts are allowed and "Log it"
stays disabled until the number fits. Enter logs a valid amount, Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop import APP_NAME
from desktop.core.settings import DRINK_ML
from desktop.ui.fit import keep_fitted
from desktop.ui.keyboard import show_focus
from desktop.ui.plain_text import plain_label
from desktop.ui.text_colours import warn
from desktop.ui.tray import app_icon

# Room for any number a person may type by mistake (a few digits too many), so it can be refused in words.
_TYPABLE = 99999


class WaterAmountDialog(QDialog):
    """Asks how much water the user drank; owns its field, the out-of-range message and its buttons.

    Signals: `water_requested(int)` the user logged this many millilitres (within DRINK_ML), once.
    """

    water_requested = Signal(int)  # millilitres

    def __init__(self, suggested_ml: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("water_amount")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        question = QLabel(self.tr("How much did you drink?"))
        question.setObjectName("water_amount_question")
        self.field = QLineEdit(str(suggested_ml))
        self.field.setObjectName("water_amount_field")
        self.field.setValidator(QIntValidator(0, _TYPABLE, self.field))
        self.field.setAccessibleName(self.tr("Amount in ml"))
        self.field.selectAll()
        question.setBuddy(self.field)
        unit = QLabel(self.tr("ml"))
        #: Shown under the water amount when the number typed is outside the allowed range.
        words = self.tr("Type an amount between {0} and {1} ml.")
        self.message = plain_label(words.format(DRINK_ML.low, DRINK_ML.high))
        self.message.setObjectName("water_amount_message")
        self.message.setWordWrap(True)
        warn(self.message)
        keeps_room = self.message.sizePolicy()
        keeps_room.setRetainSizeWhenHidden(True)  # the message appearing never moves the buttons
        self.message.setSizePolicy(keeps_room)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.log_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.log_button.setText(self.tr("&Log it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(unit)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._check)
        self._check()
        show_focus(self)
        keep_fitted(self)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def amount(self) -> int | None:
        """The amount typed when it is allowed, else None."""
        text = self.field.text().strip()
        if not text.isdigit():
            return None
        value = int(text)
        return value if DRINK_ML.problem(value) is None else None

    def accept(self) -> None:
        amount = self.amount
        if amount is None:
            return  # Enter on a refused number: the message already says why
        super().accept()
        self.water_requested.emit(amount)

    def _check(self) -> None:
        valid = self.amount is not None
        self.log_button.setEnabled(valid)
        self.message.setVisible(not valid)
        self.field.setAccessibleDescription("" if valid else self.message.text())
