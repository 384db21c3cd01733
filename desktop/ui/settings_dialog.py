"""The settings dialog: edits a copy of Settings and emits the new value when the user applies it.

Fields accept what is typed and explain, next to the field, why a value is refused; the limits
come from the settings model, so they are written down once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.admin_defaults import is_locked
from desktop.core.events import Kind
from desktop.core.settings import (
    KindSettings,
    Range,
    Settings,
    WorkingHoursSettings,
    allowed_values,
)
from desktop.core.working_hours import WEEKDAYS
from desktop.ui.break_settings_page import BreakSettingsPage
from desktop.ui.fit import keep_fitted
from desktop.ui.keyboard import show_focus
from desktop.ui.languages import LanguageChoice
from desktop.ui.plain_text import plain_label
from desktop.ui.quiet_times_page import QuietTimesPage
from desktop.ui.settings_fields import CheckedField, NumberField, RangesField
from desktop.ui.sync_settings import SyncSettingsPage
from desktop.ui.text_colours import mute
from desktop.ui.wording import kind_name


@dataclass(frozen=True)
class DesktopFacts:
    """What this desktop offers, shown read-only so the user knows what Unclench can see."""

    sources: tuple[tuple[str, str], ...] = ()  # (what, which source in use)
    autostart_supported: bool = False
    autostart_enabled: bool = False
    autostart_name: str = ""
    running_apps: tuple[tuple[str, str], ...] = ()  # (process name, name shown), for app rules


class SettingsDialog(QDialog):
    """Edits a copy of the settings. Emits `settings_changed(Settings)` on Apply/OK when something
    changed, `autostart_requested(bool)`, `safety_page_requested()` and `doctor_requested()`.
    Settings named in `locked` (dotted names, a group locking all of its settings) are greyed: the
    administrator set them."""

    settings_changed = Signal(object)  # Settings
    autostart_requested = Signal(bool)
    safety_page_requested = Signal()
    doctor_requested = Signal()  # show what every detector sees now

    def __init__(
        self, settings: Settings, facts: DesktopFacts | None = None, locked: frozenset[str] = frozenset()
    ) -> None:
        super().__init__()
        self._locked = locked
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Unclench settings"))
        self._settings = settings
        self._facts = facts or DesktopFacts()
        self._fields: list[CheckedField] = []
        tabs = QTabWidget()
        tabs.addTab(_scrolling(self._reminders_tab(settings)), self.tr("Reminders"))
        tabs.addTab(_scrolling(self._timing_tab(settings)), self.tr("Timing"))
        self._quiet = QuietTimesPage(settings.quiet_times, self._facts.running_apps)
        self._fields += self._quiet.fields
        self._quiet.doctor_requested.connect(self.doctor_requested)
        tabs.addTab(_scrolling(self._quiet), self.tr("Quiet times"))
        tabs.addTab(_scrolling(self._general_tab(settings)), self.tr("General"))
        self._breaks = BreakSettingsPage(settings.breaks, self._number)
        tabs.addTab(_scrolling(self._breaks), self.tr("Breaks"))
        self.sync_page = SyncSettingsPage(settings)
        tabs.addTab(_scrolling(self.sync_page), self.tr("Sync"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settings_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        if self._lock_editors():
            note = plain_label(self.tr("Settings shown greyed are set by your administrator."))
            note.setObjectName("locked_note")
            note.setWordWrap(True)
            mute(note)
            layout.addWidget(note)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        for checked in self._fields:
            checked.validity_changed.connect(self._update_buttons)
        self._update_buttons()
        show_focus(self)
        keep_fitted(self)  # large fonts and longer languages need more room than the first size

    # ---- tabs ---------------------------------------------------------------------------------

    def _reminders_tab(self, settings: Settings) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        minutes = self.tr(" min")
        self._kinds: dict[Kind, tuple[QCheckBox, NumberField, NumberField]] = {}
        for kind in Kind:
            current = settings.for_kind(kind)
            box = QGroupBox(kind_name(kind))
            form = QFormLayout(box)
            enabled = QCheckBox(self.tr("Remind me"))
            enabled.setObjectName(f"{kind.value}_enabled")
            enabled.setChecked(current.enabled)
            interval = self._number(
                f"{kind.value}_interval", KindSettings, "interval_minutes", current.interval_minutes, minutes
            )
            snooze = self._number(
                f"{kind.value}_snooze", KindSettings, "snooze_minutes", current.snooze_minutes, minutes
            )
            form.addRow(enabled)
            #: Form label before the interval field: "Every [20 min]".
            self._add_row(form, self.tr("Every"), interval, kind_name(kind))
            #: Form label before the minutes that "Snooze" on a reminder waits: "Snooze for [5 min]".
            self._add_row(form, self.tr("Snooze for"), snooze, kind_name(kind))
            interval_name = f"{kind.value}.interval_minutes"
            enabled.toggled.connect(
                lambda on, field=interval, name=interval_name: field.setEnabled(
                    on and not self._is_locked(name)
                )
            )
            interval.setEnabled(current.enabled)
            self._kinds[kind] = (enabled, interval, snooze)
            layout.addWidget(box)
        form = QFormLayout()
        self._water_goal = self._number(
            "water_goal", Settings, "water_goal_ml", settings.water_goal_ml, " ml"
        )
        self._add_row(form, self.tr("Daily water goal"), self._water_goal)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _timing_tab(self, settings: Settings) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self._timeout = self._number(
            "popup_timeout", Settings, "popup_timeout_seconds", settings.popup_timeout_seconds, self.tr(" s")
        )
        self._natural = self._number(
            "natural_break",
            Settings,
            "natural_break_minutes",
            settings.natural_break_minutes,
            self.tr(" min"),
        )
        self._busy_cap = self._number(
            "busy_defer", Settings, "busy_defer_minutes", settings.busy_defer_minutes, self.tr(" min")
        )
        self._add_row(form, self.tr("Hide an unanswered reminder after"), self._timeout)
        self._add_row(form, self.tr("Away this long counts as a break"), self._natural)
        self._add_row(form, self.tr("During calls and fullscreen, wait at most"), self._busy_cap)
        layout.addLayout(form)

        hours = settings.working_hours
        box = QGroupBox(self.tr("&Working hours"))
        box.setObjectName("working_hours")
        box.setCheckable(True)
        box.setChecked(hours.enabled)
        box.setToolTip(self.tr("Outside these hours no reminder comes."))
        hours_form = QFormLayout(box)
        day_names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        self._days: dict[str, RangesField] = {}
        for day, label in zip(WEEKDAYS, day_names, strict=True):
            field = RangesField(f"hours_{day}", getattr(hours, day))
            self._fields.append(field)
            self._days[day] = field
            self._add_row(hours_form, label, field)
        self._hours_box = box
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _general_tab(self, settings: Settings) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self._style = QComboBox()
        self._style.setObjectName("reminder_style")
        for value, label in (
            ("popup", self.tr("Unclench's own card")),
            ("notification", self.tr("A desktop notification")),
            ("both", self.tr("Both")),
        ):
            self._style.addItem(label, value)
        self._style.setCurrentIndex(max(0, self._style.findData(settings.reminder_style)))
        form.addRow(self.tr("Show reminders as"), self._style)
        self._sound = QCheckBox(self.tr("Play a soft sound when a reminder appears"))
        self._sound.setObjectName("reminder_sound")
        self._sound.setChecked(settings.reminder_sound)
        form.addRow(self._sound)
        self._language = LanguageChoice(settings.language)
        form.addRow(self.tr("Language"), self._language.row)
        self._checkins = QComboBox()
        self._checkins.setObjectName("tension_offer_after")
        for value, label in (
            ("never", self.tr("Never")),
            ("sometimes", self.tr("Sometimes")),
            ("always", self.tr("After every one")),
        ):
            self._checkins.addItem(label, value)
        self._checkins.setCurrentIndex(max(0, self._checkins.findData(settings.tension.offer_after)))
        form.addRow(self.tr("After a break, ask how tense I feel"), self._checkins)
        self._autostart = QCheckBox(self.tr("&Start Unclench when I log in"))
        self._autostart.setObjectName("autostart")
        self._autostart.setChecked(self._facts.autostart_enabled)
        self._autostart.setEnabled(self._facts.autostart_supported)
        if not self._facts.autostart_supported:
            self._autostart.setToolTip(self._source_text(self._facts.autostart_name))
        form.addRow(self._autostart)
        layout.addLayout(form)
        if self._facts.sources:
            box = QGroupBox(self.tr("What Unclench can see on this desktop"))
            facts = QFormLayout(box)
            for what, source in self._facts.sources:
                source_label = plain_label(self._source_text(source))  # a file name
                source_label.setWordWrap(True)
                facts.addRow(what, source_label)
            layout.addWidget(box)
        safety = QPushButton(self.tr("When to see a &professional"))
        safety.setObjectName("settings_safety")
        safety.clicked.connect(self.safety_page_requested.emit)
        layout.addWidget(safety)
        layout.addStretch(1)
        return page

    def _source_text(self, source: str) -> str:
        # Backend names are technical names and stay as they are; only the "not available" phrases
        # of the Null backends (desktop/platform/*/base.py) are words to translate.
        return {
            "not available on this session": self.tr("not available on this session"),
            "not available on this system": self.tr("not available on this system"),
        }.get(source, source)

    # ---- administrator locks --------------------------------------------------------------------

    def _is_locked(self, name: str) -> bool:
        return is_locked(self._locked, name)

    def _lock_editors(self) -> bool:
        """Grey every editor of a locked setting, saying why; whether any was locked."""
        editors: dict[str, QWidget] = {
            "water_goal_ml": self._water_goal,
            "popup_timeout_seconds": self._timeout,
            "natural_break_minutes": self._natural,
            "busy_defer_minutes": self._busy_cap,
            "working_hours.enabled": self._hours_box,
            "reminder_style": self._style,
            "reminder_sound": self._sound,
            "language": self._language,
            "tension.offer_after": self._checkins,
        }
        for kind, (enabled, interval, snooze) in self._kinds.items():
            editors |= {
                f"{kind.value}.enabled": enabled,
                f"{kind.value}.interval_minutes": interval,
                f"{kind.value}.snooze_minutes": snooze,
            }
        editors |= {
            f"working_hours.{day}": field for day, field in self._days.items()
        } | self._breaks.editors()
        note = self.tr("Set by your administrator")
        found = False
        for name, editor in editors.items():
            if self._is_locked(name):
                found = True
                editor.setEnabled(False)
                inner = editor.editor if isinstance(editor, CheckedField) else editor
                inner.setToolTip(note)
                inner.setAccessibleDescription(note)
        return found

    # ---- values ---------------------------------------------------------------------------------

    def edited(self) -> Settings | None:
        """The settings as edited, or None while a field holds a refused value."""
        if any(f.problem() for f in self._fields):
            return None
        hours = WorkingHoursSettings(
            enabled=self._hours_box.isChecked(), **{day: field.value for day, field in self._days.items()}
        )
        settings = replace(
            self._settings,
            popup_timeout_seconds=self._timeout.value,
            natural_break_minutes=self._natural.value,
            busy_defer_minutes=self._busy_cap.value,
            water_goal_ml=self._water_goal.value,
            reminder_style=self._style.currentData(),
            reminder_sound=self._sound.isChecked(),
            language=self._language.currentData(),
            working_hours=hours,
            tension=replace(self._settings.tension, offer_after=self._checkins.currentData()),
            breaks=self._breaks.edited(),
            quiet_times=self._quiet.value(),
            computer_name=self.sync_page.computer_name,
        )
        for kind, (enabled, interval, snooze) in self._kinds.items():
            settings = settings.with_kind(
                kind,
                KindSettings(
                    enabled=enabled.isChecked(), interval_minutes=interval.value, snooze_minutes=snooze.value
                ),
            )
        return settings

    def apply(self) -> bool:
        settings = self.edited()
        if settings is None:
            return False
        if settings != self._settings:
            self._settings = settings
            self.settings_changed.emit(settings)
        wanted = self._autostart.isChecked()
        if self._facts.autostart_supported and wanted != self._facts.autostart_enabled:
            self._facts = replace(self._facts, autostart_enabled=wanted)
            self.autostart_requested.emit(wanted)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def _number(self, name: str, group: type, field: str, value: int, suffix: str) -> NumberField:
        allowed = allowed_values(group, field)
        assert isinstance(allowed, Range)
        number = NumberField(name, allowed, value, suffix)
        self._fields.append(number)
        return number

    def _add_row(self, form: QFormLayout, label: str, field: CheckedField, group: str = "") -> None:
        form.addRow(label, field)
        # Screen readers hear the row's own words (and its group's), not the field's object name.
        field.editor.setAccessibleName(self.tr("{0}: {1}").format(group, label) if group else label)

    def _update_buttons(self) -> None:
        valid = self.edited() is not None
        for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(which).setEnabled(valid)


def _scrolling(page: QWidget) -> QScrollArea:
    """A tab's page that scrolls when the screen is too small for it (1280×720, large fonts)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls; it scrolls to them
    return area
