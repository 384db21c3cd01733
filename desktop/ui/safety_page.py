""" "When to see a professional": the warning signs that need more than stretches and breathing.

A small non-modal window, reachable from the tray and the settings and shown once on first run
(the caller decides when). It says plainly that Unclench does not diagnose anything.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.calm_style import is_dark, scaled_font, style_panel
from desktop.ui.keyboard import enter_presses_buttons, show_focus
from desktop.ui.ring_scroll_area import RingScrollArea
from desktop.ui.text_colours import mute


def _text(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SafetyPage(QDialog):
    """The non-modal "When to see a professional" window: the note that Unclench does not diagnose, the signs
    that need help now, and those that need a doctor or physiotherapist soon.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(self.tr("When to see a professional — Unclench"))
        self.setAccessibleName(self.tr("When to see a professional"))
        self.setMinimumWidth(440)
        self.resize(520, 540)

        self.heading = _text(self.tr("When to see a professional"))
        self.not_a_diagnosis = _text(
            self.tr(
                "Unclench reminds you to move, breathe and let go of tension. It does not diagnose "
                "anything, and it does not replace a doctor or a physiotherapist."
            )
        )

        self.emergency = QFrame()
        self.emergency.setObjectName("safetyEmergency")
        self.emergency_title = _text(self.tr("Get help now"))
        self.emergency_text = _text(
            self.tr(
                "If back pain comes with losing control of your bladder or bowels, treat it as an "
                "emergency: call your local emergency number or go to an emergency department straight away."
            )
        )
        emergency_layout = QVBoxLayout(self.emergency)
        emergency_layout.setContentsMargins(16, 12, 16, 12)
        emergency_layout.setSpacing(4)
        emergency_layout.addWidget(self.emergency_title)
        emergency_layout.addWidget(self.emergency_text)

        self.soon_title = _text(self.tr("See a doctor or physiotherapist soon if"))
        self.red_flags = [
            self.tr("the pain does not ease with rest and self-care, or it is getting worse;"),
            self.tr("pain spreads down one leg or both;"),
            self.tr("you feel numbness or tingling in your legs or feet;"),
            self.tr("your legs or feet feel weak;"),
            self.tr("the pain began after a fall, an accident or another injury;"),
            self.tr("the pain is severe or keeps coming back;"),
            self.tr("worry or anxiety is getting in the way of your daily life."),
        ]
        self.red_flag_list = _text(self._bullets(self.red_flags), rich=True)

        self.gentle = _text(
            self.tr(
                "During any routine, move gently and stop a movement that increases pain. "
                "When you are unsure, ask a professional before carrying on."
            )
        )

        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        # Not a default button: Fusion draws one like a focused one, which would hide where the
        # focus is. The focus starts on the text; Escape closes, Enter presses a focused Close.
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(28, 24, 28, 8)
        body_layout.setSpacing(12)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.not_a_diagnosis)
        body_layout.addSpacing(2)
        body_layout.addWidget(self.emergency)
        body_layout.addSpacing(2)
        body_layout.addWidget(self.soon_title)
        body_layout.addWidget(self.red_flag_list)
        body_layout.addWidget(self.gentle)
        body_layout.addStretch(1)
        # With a large font the text outgrows a screen: it scrolls (Tab to it, then the arrow
        # keys or Page Down), and the Close button stays in view.
        self.text_area = RingScrollArea()
        self.text_area.setObjectName("safety_scroll")
        self.text_area.setWidget(body)
        self.text_area.setAccessibleName(self.tr("When to see a professional"))
        self._body = body

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 20)
        layout.setSpacing(8)
        layout.addWidget(self.text_area, 1)
        buttons.setContentsMargins(28, 0, 28, 0)
        layout.addLayout(buttons)
        mute(self.gentle)  # follows a theme change by itself
        self._apply_style()
        show_focus(self)
        enter_presses_buttons(self)

    @staticmethod
    def _bullets(items: list[str]) -> str:
        # Qt's rich text has no list spacing of its own; a little margin per item reads calmer.
        rows = "".join(f'<li style="margin-bottom: 5px;">{escape(item)}</li>' for item in items)
        return f'<ul style="margin-left: 0px; -qt-list-indent: 1;">{rows}</ul>'

    def _apply_style(self) -> None:
        base = QFont(self.font())
        dark = is_dark(self.palette())
        self.heading.setFont(scaled_font(base, 1.6, QFont.Weight.DemiBold))
        body = scaled_font(base, 1.1)
        for label in (self.not_a_diagnosis, self.emergency_text, self.red_flag_list, self.gentle):
            label.setFont(body)
        strong = scaled_font(base, 1.1, QFont.Weight.DemiBold)
        self.emergency_title.setFont(strong)
        self.soon_title.setFont(strong)
        style_panel(self.emergency, dark, urgent=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Tall enough for the whole text where the screen allows; beyond that it scrolls.
        chrome = self.height() - self.text_area.viewport().height()
        wanted = self._body.heightForWidth(self.text_area.viewport().width()) + chrome
        screen = self.screen()
        limit = round(screen.availableGeometry().height() * 0.9) if screen is not None else wanted
        if self.height() < min(wanted, limit):
            self.resize(self.width(), min(wanted, limit))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
        super().changeEvent(event)
