"""The settings dialog's "Quiet times" tab: calls, calendars and app rules that hold reminders.

Apps are chosen from the programs running now (the dialog is handed them), never typed; calendar
files through a file chooser. Edits a copy; `value()` is the QuietTimesSettings as edited.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.app_rules import AppRule, AppRulesError, AppRuleWhen, format_app_rules, parse_app_rules
from desktop.core.settings import QuietTimesSettings, Range, allowed_values
from desktop.ui.plain_text import plain_label
from desktop.ui.settings_fields import NumberField
from desktop.ui.start_folder import START_FOLDER
from desktop.ui.text_colours import mute

ROLE = Qt.ItemDataRole.UserRole  # an item's value (its AppRule)


class QuietTimesPage(QWidget):
    """Owns the Quiet times editors; `fields` are the checked ones the dialog validates; the dialog
    reads `value()` on Apply. Signals: `doctor_requested()` show what every detector sees now."""

    doctor_requested = Signal()

    def __init__(self, settings: QuietTimesSettings, running_apps: tuple[tuple[str, str], ...] = ()) -> None:
        """`running_apps`: (process name, name shown) of the programs running now."""
        super().__init__()
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.addWidget(self._calls_group(settings))
        layout.addWidget(self._calendar_group(settings))
        layout.addWidget(self._apps_group(settings, running_apps))
        doctor = QPushButton(self.tr("What Unclench sees…"))
        doctor.setObjectName("doctor")
        doctor.clicked.connect(self.doctor_requested)
        layout.addWidget(doctor)
        layout.addStretch(1)
        self.fields = [self.grace, self.cap]

    # ---- groups -----------------------------------------------------------------------------

    def _calls_group(self, settings: QuietTimesSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Calls"))
        form = QFormLayout(box)
        self.detect_calls = QCheckBox(self.tr("Hold reminders while the microphone or camera is in use"))
        self.detect_calls.setObjectName("detect_calls")
        self.detect_calls.setChecked(settings.detect_calls)
        form.addRow(self.detect_calls)
        self.grace = self._number("call_grace_minutes", settings.call_grace_minutes, self.tr(" min"))
        _add_row(form, self.tr("After a call ends, wait"), self.grace)
        self.cap = self._number(
            "hold_cap_minutes_per_day", settings.hold_cap_minutes_per_day, self.tr(" min")
        )
        #: After this much holding in a day, reminders come anyway, quietly.
        _add_row(form, self.tr("Hold at most, per day"), self.cap)
        self.not_a_call = QListWidget()
        self.not_a_call.setObjectName("not_a_call_apps")
        self.not_a_call.setAccessibleName(self.tr("Apps that are not calls"))
        for app in sorted(settings.not_a_call(), key=str.casefold):
            self.not_a_call.addItem(app)
        forget = QPushButton(self.tr("Count as calls again"))
        forget.clicked.connect(lambda: _remove_selected(self.not_a_call))
        form.addRow(self.tr("Not calls"), _with_buttons(self.not_a_call, forget))
        return box

    def _calendar_group(self, settings: QuietTimesSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Calendar"))
        form = QFormLayout(box)
        self.calendar_files = QListWidget()
        self.calendar_files.setObjectName("calendar_files")
        self.calendar_files.setAccessibleName(self.tr("Calendar files"))
        for path in settings.calendar_paths():
            self.calendar_files.addItem(path)
        add = QPushButton(self.tr("Add calendar file…"))
        add.setObjectName("add_calendar_file")
        add.clicked.connect(self._choose_calendar_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: _remove_selected(self.calendar_files))
        form.addRow(self.tr("Calendar files (.ics)"), _with_buttons(self.calendar_files, add, remove))
        self.fetch = QCheckBox(self.tr("Also read a calendar from the web"))
        self.fetch.setObjectName("calendar_fetch_enabled")
        self.fetch.setChecked(settings.calendar_fetch_enabled)
        self.url = QLineEdit(settings.calendar_url)
        self.url.setObjectName("calendar_url")
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(self.tr("Calendar address"))
        form.addRow(self.fetch, self.url)
        note = plain_label(
            self.tr(
                "Only this address is contacted, at most every 15 minutes; nothing else leaves the computer."
            )
        )
        note.setObjectName("calendar_fetch_note")
        note.setWordWrap(True)
        mute(note)
        form.addRow(note)
        self.addresses = QLineEdit(settings.calendar_addresses)
        self.addresses.setObjectName("calendar_addresses")
        self.addresses.setPlaceholderText(self.tr("you@example.org, …"))
        #: Events the user declined (as this address) do not hold reminders.
        form.addRow(self.tr("Your addresses"), self.addresses)
        return box

    def _apps_group(self, settings: QuietTimesSettings, running: tuple[tuple[str, str], ...]) -> QGroupBox:
        box = QGroupBox(self.tr("Apps"))
        form = QFormLayout(box)
        self.rules = QListWidget()
        self.rules.setObjectName("app_rules")
        self.rules.setAccessibleName(self.tr("App rules"))
        self._unread_rules: str | None = None  # rules this page cannot read: kept as they are until edited
        try:
            rules = parse_app_rules(settings.app_rules)
        except AppRulesError:
            rules, self._unread_rules = (), settings.app_rules
        for rule in rules:
            self._add_rule(rule)
        self.rules.model().rowsInserted.connect(self._rules_edited)
        self.rules.model().rowsRemoved.connect(self._rules_edited)
        self.app_choice = QComboBox()
        self.app_choice.setObjectName("app_choice")
        self.app_choice.setAccessibleName(self.tr("Running app"))
        for name, shown in running:
            self.app_choice.addItem(shown if shown == name else f"{shown} ({name})", name)
        self.when_choice = QComboBox()
        self.when_choice.setObjectName("app_when")
        self.when_choice.setAccessibleName(self.tr("When"))
        self.when_choice.addItem(self.tr("is in front"), AppRuleWhen.FRONT.value)
        self.when_choice.addItem(self.tr("is running"), AppRuleWhen.RUNNING.value)
        add = QPushButton(self.tr("Add rule"))
        add.setObjectName("add_app_rule")
        add.setEnabled(bool(running))
        add.clicked.connect(self._add_chosen_rule)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: _remove_selected(self.rules))
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.app_choice, self.when_choice, add):
            row.addWidget(widget)
        form.addRow(self.tr("Hold reminders while"), chooser)
        form.addRow(self.tr("Rules"), _with_buttons(self.rules, remove))
        return box

    # ---- edits --------------------------------------------------------------------------------

    def _choose_calendar_files(self) -> None:
        start = str(START_FOLDER.path())
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose calendar files"), start, self.tr("Calendars (*.ics)")
        )
        if paths:
            START_FOLDER.remember(paths[0])
        known = {self.calendar_files.item(i).text() for i in range(self.calendar_files.count())}
        for path in paths:
            if path not in known and ";" not in path:
                self.calendar_files.addItem(path)

    def _add_chosen_rule(self) -> None:
        app = self.app_choice.currentData()
        if app:
            self._add_rule(AppRule(app, AppRuleWhen(self.when_choice.currentData())))

    def _add_rule(self, rule: AppRule) -> None:
        text = (
            self.tr("{0} is in front") if rule.when is AppRuleWhen.FRONT else self.tr("{0} is running")
        ).format(rule.app)
        item = QListWidgetItem(text)
        item.setData(ROLE, rule)
        self.rules.addItem(item)

    def _rules_edited(self) -> None:
        self._unread_rules = None

    def value(self) -> QuietTimesSettings:
        """The settings as edited (the checked fields' validity is the dialog's to ask)."""
        files = [self.calendar_files.item(i).text() for i in range(self.calendar_files.count())]
        apps = [self.not_a_call.item(i).text() for i in range(self.not_a_call.count())]
        rules = format_app_rules(self.rules.item(i).data(ROLE) for i in range(self.rules.count()))
        return replace(
            self._settings,
            detect_calls=self.detect_calls.isChecked(),
            call_grace_minutes=self.grace.value,
            hold_cap_minutes_per_day=self.cap.value,
            not_a_call_apps=", ".join(apps),
            calendar_files="; ".join(files),
            calendar_url=self.url.text().strip(),
            calendar_fetch_enabled=self.fetch.isChecked(),
            calendar_addresses=self.addresses.text().strip(),
            app_rules=rules if self._unread_rules is None else self._unread_rules,
        )

    def _number(self, name: str, value: int, suffix: str) -> NumberField:
        allowed = allowed_values(QuietTimesSettings, name)
        assert isinstance(allowed, Range)
        return NumberField(name, allowed, value, suffix)


def _add_row(form: QFormLayout, label: str, field: NumberField) -> None:
    form.addRow(label, field)
    field.editor.setAccessibleName(label)  # screen readers hear the row's words


def _with_buttons(items: QListWidget, *buttons: QPushButton) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    items.setMaximumHeight(90)
    layout.addWidget(items)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return widget


def _remove_selected(items: QListWidget) -> None:
    for item in items.selectedItems():
        items.takeItem(items.row(item))
