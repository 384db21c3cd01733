"""The tension check-in: "How tense do your neck, shoulders and back feel right now?", 0 to 10.

One tap on a number answers (an optional body region can be picked first); "Not now", Escape or
closing the window skips, which is one tap too. Number keys 0–9 answer from the keyboard. It
emits `tension_rated(TensionRating)` or `skipped(TensionSkipped)` exactly once, then closes
itself when it is a window of its own. It touches no storage: app.py records the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.tension import REGIONS, TensionRating, TensionSkipped
from desktop.ui import stats_text as text
from desktop.ui.fit import keep_fitted
from desktop.ui.keyboard import enter_presses_buttons, show_focus
from desktop.ui.placement import move_beside
from desktop.ui.rating_scale import RatingScale
from desktop.ui.text_colours import mute


class TensionCheckin(QWidget):
    """The tension check-in: a 0-10 question with an optional body region, answered once; closing or Escape
    counts as a skip. `after` names what it followed, if anything.

    Signals: `tension_rated(TensionRating)` the user picked a level; `skipped(TensionSkipped)` the user
    declined.
    """

    tension_rated = Signal(object)  # TensionRating
    skipped = Signal(object)  # TensionSkipped

    def __init__(self, after: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tension_checkin")
        self.after = after
        self.answered = False
        if parent is None:
            self.setWindowTitle(self.tr("Tension check-in"))
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        question = QLabel(self.tr("How tense do your neck, shoulders and back feel right now?"))
        question.setObjectName("checkin_question")
        question.setWordWrap(True)
        font = QFont(question.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        question.setFont(font)
        self.setAccessibleName(question.text())
        where = QLabel(self.tr("Where, if one place stands out? (optional)"))
        mute(where)
        regions = QHBoxLayout()
        regions.setSpacing(6)
        self.region_buttons: dict[str, QPushButton] = {}
        for region in REGIONS:
            name = text.region_name(region)
            chip = QPushButton(name[:1].upper() + name[1:])  # not capitalize(): "oberer Rücken" keeps its R
            chip.setObjectName(f"region_{region.replace(' ', '_')}")
            chip.setCheckable(True)
            #: Screen readers only. {0} is a body region ("neck", "upper back"): word it to fit each.
            chip.setAccessibleName(self.tr("Mostly in the {0}").format(name))
            chip.toggled.connect(lambda on, chosen=region: self._region_toggled(chosen, on))
            regions.addWidget(chip)
            self.region_buttons[region] = chip
        regions.addStretch()

        self.scale = RatingScale()
        self.scale.hint.setText(self.scale.hint.text() + " " + self.tr("One tap is all it takes."))
        self.scale.level_chosen.connect(self.rate)
        self.level_buttons = self.scale.buttons

        self.skip_button = QPushButton(self.tr("&Not now"))
        self.skip_button.setObjectName("checkin_skip")
        self.skip_button.setAccessibleName(self.tr("Skip the check-in"))
        self.skip_button.clicked.connect(self.skip)
        footer = QHBoxLayout()
        footer.addStretch()
        footer.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(8)
        layout.addWidget(question)
        layout.addWidget(where)
        layout.addLayout(regions)
        layout.addSpacing(6)
        layout.addWidget(self.scale)
        layout.addSpacing(4)
        layout.addLayout(footer)
        self.setMinimumWidth(620)
        enter_presses_buttons(self)
        show_focus(self)
        keep_fitted(self)  # large fonts and longer languages need more room than the first size

    @property
    def region(self) -> str | None:
        return next((region for region, chip in self.region_buttons.items() if chip.isChecked()), None)

    def _region_toggled(self, region: str, on: bool) -> None:
        # One region at most, yet a second tap on the chosen one clears it again.
        if on:
            for other, chip in self.region_buttons.items():
                if other != region and chip.isChecked():
                    chip.setChecked(False)

    def present(self, activate: bool, follows: QWidget | None = None) -> None:
        """Show as a window. `activate=False` after a break or session, so it never takes the
        keyboard from whatever the user turns back to; True when they asked for it. `follows` is the
        window it comes after (a routine's last page, the breathing summary): it opens beside that,
        never over it. Without one, the window in front is taken."""
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        move_beside(self, follows if follows is not None else QApplication.activeWindow())
        self.show()
        self.raise_()
        if activate:
            self.activateWindow()
            self.level_buttons[5].setFocus(Qt.FocusReason.OtherFocusReason)

    def rate(self, level: int) -> None:
        if self.answered:
            return
        self.answered = True
        self.tension_rated.emit(TensionRating(level, self.region, self.after))
        self._done()

    def skip(self) -> None:
        if self.answered:
            return
        self.answered = True
        self.skipped.emit(TensionSkipped(self.after))
        self._done()

    def _done(self) -> None:
        if self.isWindow():
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if len(typed) == 1 and typed.isdigit():
            self.rate(int(typed))
        elif event.key() == Qt.Key.Key_Escape:
            self.skip()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.skip()  # closing the window is a skip; after an answer this does nothing
        super().closeEvent(event)
