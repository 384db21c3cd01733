""" "What Unclench sees": the `unclench doctor` report in a window, to read or copy into a bug report."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout

from desktop.ui.plain_text import plain_label


class DoctorPage(QDialog):
    """Owns a read-only view of the doctor's report (each detector: working, not available here or
    not permitted, and what to do) and a Copy button. Emits nothing."""

    def __init__(self, report: str) -> None:
        super().__init__()
        self.setObjectName("doctor_page")
        self.setWindowTitle(self.tr("What Unclench sees"))
        intro = plain_label(self.tr("What each detector sees on this desktop right now:"))
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setObjectName("doctor_report")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What Unclench sees"))
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("doctor_copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report.toPlainText()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)
