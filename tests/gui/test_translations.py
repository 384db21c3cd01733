"""Translations: the catalogues are complete and current, the app shows each shipped language
throughout with its catalogue installed (no English text slips through), and English stays English.

The walk over the windows is the test the issue asks for: with a language installed, any visible
text that is an English source with a different translation fails, naming the widget. Every test
about a complete catalogue or a translated window runs for every language with a .ts
(tests/languages.py reads them from the data); the checks of particular German words stay German.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.breathing_files import load_patterns
from desktop.core.events import Kind
from desktop.core.policy import Prompt
from desktop.core.posture import load_posture_items
from desktop.core.routines import RoutineLibrary, load_library
from desktop.core.settings import BreathingSettings, Settings
from desktop.core.stats import Goals
from desktop.platform.notify.payload import Notification
from desktop.resources import resource_path
from desktop.services.content_translation import (
    translated_library,
    translated_patterns,
    translated_posture_items,
)
from desktop.services.translations import (
    InstalledLanguage,
    available_languages,
    install_language,
    language_options,
    language_setting,
    pick_language,
)
from desktop.ui import stats_text
from desktop.ui.breathing_cues import PhaseCues
from desktop.ui.reminder_notification import ReminderNotification
from desktop.ui.reminder_popup import PromptView, ReminderPopup
from desktop.ui.settings_dialog import DesktopFacts, SettingsDialog
from desktop.ui.tray import TrayMenu
from scripts import update_translations
from tests.fakes import FakeChime, FakeClock, FakeSpeaker, FakeStatsDialogs
from tests.languages import shipped_languages, translated_languages

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
TRANSLATED = translated_languages()  # every language with a .ts but English
NOW = datetime(2026, 3, 18, 15, 40, tzinfo=UTC)

# {0}, {1:02d}, %1, %n and %Ln: what must survive translation unchanged.
PLACEHOLDER = re.compile(r"\{\d+(?::[^}]*)?\}|%L?n|%\d")


# ---- the catalogues ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            finished = translation.get("type") is None and all(texts)
            messages.append(Message(name, message.findtext("source") or "", texts, finished))
    return messages


def lupdate_available() -> bool:
    try:
        update_translations.tool("pyside6-lupdate")
        update_translations.tool("pyside6-lrelease")
    except SystemExit:
        return False
    return True


needs_qt_tools = pytest.mark.skipif(not lupdate_available(), reason="pyside6-lupdate/lrelease not found")


@pytest.mark.parametrize("language", shipped_languages())
def test_every_entry_is_translated_and_keeps_its_placeholders(language: str) -> None:
    messages = read_ts(TRANSLATIONS / f"unclench_{language}.ts")
    assert messages
    unfinished = [(m.context, m.source) for m in messages if not m.finished]
    assert unfinished == [], f"unfinished in unclench_{language}.ts"
    for m in messages:
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            # A singular form may say the number in words; every other placeholder stays.
            got = sorted(PLACEHOLDER.findall(text))
            assert [p for p in wanted if not p.endswith("n")] == [p for p in got if not p.endswith("n")], (
                m.context,
                m.source,
                text,
            )


@needs_qt_tools
@pytest.mark.parametrize("language", shipped_languages())
def test_the_catalogue_holds_every_text_in_the_code_and_the_data(language: str, tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing new (an untranslated text) and nothing gone."""
    committed = TRANSLATIONS / f"unclench_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    update_translations.update_ts(fresh, language)
    before = {(m.context, m.source): m for m in read_ts(committed)}
    after = {(m.context, m.source): m for m in read_ts(fresh)}
    refresh = "run scripts/update_translations.py"
    assert sorted(set(after) - set(before)) == [], f"new texts: {refresh}, then translate them"
    assert sorted(set(before) - set(after)) == [], f"texts no longer used: {refresh}"
    assert [key for key, m in after.items() if not m.finished] == []


@needs_qt_tools
@pytest.mark.parametrize("language", shipped_languages())
def test_the_compiled_catalogue_is_current(language: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"unclench_{language}.ts"
    compiled = update_translations.compile_qm(ts, tmp_path / "fresh.qm")
    committed = ts.with_suffix(".qm")
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is older than {ts.name}: run scripts/update_translations.py --compile"
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_lupdate_read_every_translatable_call(language: str) -> None:
    """lupdate's Python reader silently skips some calls (translate() with a computed count, for
    one); every literal passed to tr()/translate() must reach the catalogue under its context."""
    in_catalogue = {(m.context, m.source) for m in read_ts(TRANSLATIONS / f"unclench_{language}.ts")}
    calls = list(translatable_calls(REPO / "desktop"))
    assert len(calls) > 300
    assert [call for call in calls if call[1:] not in in_catalogue] == []


def translatable_calls(folder: Path) -> Iterator[tuple[str, str, str]]:
    """(where, context, source) of every tr()/translate()/QT_TRANSLATE_NOOP with literal text."""
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [tree, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            owner = cls.name if isinstance(cls, ast.ClassDef) else ""
            for node in _walk_skipping_classes(cls):
                found = _translatable(node, owner)
                if found is not None:
                    yield (f"{path.relative_to(REPO)}:{node.lineno}", *found)


def _walk_skipping_classes(root: ast.AST) -> Iterator[ast.AST]:
    for child in ast.iter_child_nodes(root):
        if isinstance(child, ast.ClassDef):
            continue  # visited with its own name as the owner
        yield child
        yield from _walk_skipping_classes(child)


def _translatable(node: ast.AST, owner: str) -> tuple[str, str] | None:
    if not isinstance(node, ast.Call):
        return None
    func, args = node.func, node.args

    def text(index: int) -> str | None:
        arg = args[index] if len(args) > index else None
        return arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None

    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name == "tr" and text(0) is not None and isinstance(func, ast.Attribute):
        target = func.value
        context = owner if isinstance(target, ast.Name) and target.id in ("self", "cls") else ""
        context = context or (target.id if isinstance(target, ast.Name) else "")
        return context, text(0)  # type: ignore[return-value]
    if name in ("translate", "QT_TRANSLATE_NOOP") and text(0) is not None and text(1) is not None:
        return text(0), text(1)  # type: ignore[return-value]
    return None


# ---- choosing and loading a language ---------------------------------------------------------


def test_pick_language_follows_the_setting_then_the_desktop() -> None:
    have = {"en", "de"}
    assert pick_language("de", ["en-US"], have) == "de"
    assert pick_language("en", ["de-DE", "de"], have) == "en"
    assert pick_language("system", ["de-AT", "de", "en"], have) == "de"
    assert pick_language("system", ["de_DE"], have) == "de"
    assert pick_language("system", ["fr-FR", "en-GB", "de"], have) == "en"  # English preferred first
    assert pick_language("system", ["fr-FR", "es"], have) == "en"
    assert pick_language("system", ["C"], have) == "en"
    assert pick_language("de", [], {"en"}) == "en"  # a catalogue missing from the install


def test_the_shipped_languages_are_found() -> None:
    assert {"en", "de"} <= set(shipped_languages()) <= available_languages()


def test_the_language_setting_is_read_early_and_forgivingly(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    assert language_setting(settings) == "system"  # first start: no file yet
    settings.write_text('{"language": "de", "posture": {"interval_minutes": 20}}', encoding="utf-8")
    assert language_setting(settings) == "de"
    settings.write_text('\ufeff{"language": "en"}', encoding="utf-8")  # a byte-order mark from an editor
    assert language_setting(settings) == "en"
    for bad in ('{"language": "klingon"}', '{"language": 3}', "[1, 2]", "{not json", ""):
        settings.write_text(bad, encoding="utf-8")
        assert language_setting(settings) == "system", bad


@pytest.fixture
def german(qapp: QApplication) -> Iterator[InstalledLanguage]:
    installed = install_language(qapp, "de")
    try:
        yield installed
    finally:
        installed.uninstall()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[InstalledLanguage]:
    installed = install_language(qapp, "en")
    try:
        yield installed
    finally:
        installed.uninstall()


def test_german_loads_the_app_and_qt_catalogues_and_its_dates(german: InstalledLanguage) -> None:
    assert german.language == "de"
    assert len(german.translators) >= 2  # English plural forms + German (+ Qt's own when shipped)
    assert QLocale().language() == QLocale.Language.German
    assert stats_text.days(1) == "1 Tag" and stats_text.days(3) == "3 Tage"
    assert stats_text.day_name("2026-03-17", stats_text.FULL_DAY) == "Dienstag, 17. März"
    menu = TrayMenu()
    assert menu.breathe.text() == "Jetzt atmen"


def test_uninstalling_restores_english_and_the_locale(qapp: QApplication) -> None:
    before = QLocale().name()
    install_language(qapp, "de").uninstall()
    assert QLocale().name() == before
    assert TrayMenu().breathe.text() == "Breathe now"


def test_english_stays_english_with_proper_plurals(english: InstalledLanguage, qtbot: QtBot) -> None:
    assert english.language == "en"
    menu = TrayMenu()
    assert menu.breathe.text() == "Breathe now"
    assert menu.quit.text() == "Quit Unclench"
    assert stats_text.days(1) == "1 day" and stats_text.days(2) == "2 days"
    assert stats_text.minutes(1) == "1 minute"
    from desktop.ui.breathing_session_page import SessionPage

    page = SessionPage([])
    qtbot.addWidget(page)
    assert page.length_box.itemText(0) == "1 minute" and page.length_box.itemText(1) == "2 minutes"
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    texts = {text for _, text in visible_texts(dialog)}
    assert {"Reminders", "Timing", "General", "Language", "Show reminders as"} <= texts


def test_the_language_choice_is_a_setting_that_applies_at_the_next_start(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "language")
    assert combo is not None
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == list(language_options()) and set(shipped_languages()) <= set(offered)
    assert combo.itemText(offered.index("de")) == "Deutsch"  # each language named in itself
    assert combo.currentData() == "system"
    note = dialog.findChild(QLabel, "language_note")
    assert note is not None and "next time" in note.text()
    combo.setCurrentIndex(combo.findData("de"))
    edited = dialog.edited()
    assert edited is not None and edited.language == "de"


# ---- no English text in a translated window ---------------------------------------------------


@dataclass
class Catalogue:
    """What must not be seen in a translated window: an English source whose translation differs.
    A text equal to some translation is fine even where it is also English ("Pause"). Texts with
    placeholders are matched as patterns ("Snooze 5 min")."""

    english_exact: set[str] = field(default_factory=set)
    translated_exact: set[str] = field(default_factory=set)
    english: list[re.Pattern[str]] = field(default_factory=list)
    translated: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def load(cls, language: str) -> Catalogue:
        catalogue = cls()
        for m in read_ts(TRANSLATIONS / f"unclench_{language}.ts"):
            for text in m.translations:
                catalogue.translated_exact.add(text.strip())
                catalogue.translated_exact.add(text.replace("&", "").strip())  # as a button shows it
                if _telling(text):
                    catalogue.translated.append(_pattern(text))
            if all(text == m.source for text in m.translations):
                continue  # the same in both languages ("{0} ml", "4-7-8", "Pause" on a button)
            if not PLACEHOLDER.search(m.source):
                catalogue.english_exact.add(m.source.strip())
            elif _telling(m.source):
                catalogue.english.append(_pattern(m.source))
        return catalogue

    def untranslated(self, text: str) -> bool:
        # Whole texts and their pieces: composed texts join translated parts with these.
        parts = {text, *re.split(r"\n+| · |; |: |, ", text)}
        return any(self._english(part) for part in (part.strip() for part in parts) if part)

    def _english(self, part: str) -> bool:
        if part in self.translated_exact:
            return False
        if part in self.english_exact:
            return True
        return any(p.fullmatch(part) for p in self.english) and not any(
            p.fullmatch(part) for p in self.translated
        )


def _telling(text: str) -> bool:
    """Enough words around the placeholders to recognise the text ("{0} {1} ({2})" is not)."""
    return len(re.sub(r"[^A-Za-zÄÖÜäöüß]", "", PLACEHOLDER.sub("", text))) >= 3


def _pattern(text: str) -> re.Pattern[str]:
    pieces = PLACEHOLDER.split(text.strip())
    return re.compile(".+?".join(re.escape(piece) for piece in pieces), re.DOTALL)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see or a screen reader can say in `root`."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.isWindow():
            yield where + " title", widget.windowTitle()
        yield where + " tooltip", widget.toolTip()
        yield where + " accessible name", widget.accessibleName()
        yield where + " accessible description", widget.accessibleDescription()
        if isinstance(widget, QLabel):
            yield where, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text().replace("&", "")
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            yield from ((f"{where} tab {i}", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from ((f"{where} item {i}", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            yield where + " placeholder", widget.placeholderText()
        elif isinstance(widget, QAbstractSpinBox):
            yield where + " suffix", getattr(widget, "suffix", lambda: "")()
        elif isinstance(widget, QMenu):
            yield where, widget.title()
        for action in widget.actions():
            yield from action_texts(action)


def action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    where = f"action {action.objectName()!r}"
    yield where, action.text().replace("&", "")
    # Qt makes a tooltip from the text (without "…") unless one is set: only a set one is new.
    yield where + " tooltip", action.toolTip() if action.toolTip() != action.iconText() else ""
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"menu {menu.objectName()!r}", menu.title()
        for inner in menu.actions():
            yield from action_texts(inner)


def _plain(text: str) -> str:
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@cache
def _catalogue(language: str) -> Catalogue:
    return Catalogue.load(language)


@pytest.fixture(params=TRANSLATED)
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[InstalledLanguage]:
    """Each shipped language but English in turn, installed."""
    installed = install_language(qapp, request.param)
    assert installed.language == request.param
    try:
        yield installed
    finally:
        installed.uninstall()


@pytest.fixture
def catalogue(translated: InstalledLanguage) -> Catalogue:
    return _catalogue(translated.language)


def assert_all_translated(root: QWidget | QMenu, catalogue: Catalogue) -> int:
    found = [(where, text) for where, text in visible_texts(root) if text and catalogue.untranslated(text)]
    assert found == [], "English text in a translated window"
    return sum(1 for _ in visible_texts(root))


@pytest.fixture
def library(translated: InstalledLanguage) -> RoutineLibrary:
    return translated_library(load_library())


def prompt(*kinds: Kind) -> Prompt:
    return Prompt(kinds=kinds, due_at=tuple(NOW for _ in kinds), shown_at=NOW)


def test_tray_menu_and_status_window_are_translated(
    translated: InstalledLanguage, library: RoutineLibrary, catalogue: Catalogue, qtbot: QtBot
) -> None:
    from desktop.ui.status_window import StatusWindow
    from desktop.ui.wording import describe

    menu = TrayMenu()
    menu.set_routine_source(lambda: [(r.id, r.name, r.user) for r in library.routines])
    menu.routines_menu.aboutToShow.emit()  # fills the routine list as opening it would
    menu.show_water(750, 2000, can_undo=True, glass_ml=250)
    menu.show_state("", paused=True)
    names = [a.text() for a in menu.routines_menu.actions()]
    assert "Progressive muscle relaxation" not in names
    if translated.language == "de":
        assert "Progressive Muskelentspannung" in names
    assert assert_all_translated(menu.menu, catalogue) > 30
    window = StatusWindow(menu)
    qtbot.addWidget(window)
    from desktop.core.policy import Upcoming

    upcoming = Upcoming(False, None, None, Kind.POSTURE, NOW + timedelta(minutes=12))
    window.show_state(describe(upcoming, NOW, UTC))
    if translated.language == "de":
        assert window.status.text().startswith("Haltungscheck in 12 Min.")
    assert assert_all_translated(window, catalogue) > 5


@pytest.mark.parametrize(
    "kinds",
    [(Kind.POSTURE,), (Kind.HYDRATION, Kind.POSTURE), (Kind.STRETCH,), (Kind.BREATHING_BREAK, Kind.STRETCH)],
    ids=lambda kinds: "+".join(k.value for k in kinds),
)
def test_every_reminder_card_is_translated(
    kinds: tuple[Kind, ...], library: RoutineLibrary, catalogue: Catalogue, qtbot: QtBot
) -> None:
    from desktop.core.routine_summary import move_summaries

    items, _ = load_posture_items()
    routine = next(r for r in library.routines if r.id == "micro-neck")
    view = PromptView(
        prompt=prompt(*kinds),
        checklist=tuple((item.id, item.text) for item in translated_posture_items(items)[:3]),
        moves=move_summaries(routine),
        routine_id=routine.id,
        water_today_ml=500,
    )
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    popup.present(view)
    assert assert_all_translated(popup, catalogue) > 5
    composed = _compose(view)  # the same reminder as a desktop notification
    words = [composed.title, composed.body, *(label for _, label in composed.actions)]
    assert [w for w in words if catalogue.untranslated(w)] == []


class SilentNotifier(QObject):
    action_invoked = Signal(str, str)
    name = "silent"


def _compose(view: PromptView) -> Notification:
    return ReminderNotification(SilentNotifier()).compose(view)  # type: ignore[arg-type]


def test_settings_dialog_is_translated(
    translated: InstalledLanguage, catalogue: Catalogue, qtbot: QtBot
) -> None:
    facts = DesktopFacts(  # as TimingSources.names() and the Null backends give them
        sources=(
            (QCoreApplication.translate("TimingSources", "Away detection"), "not available on this session"),
        ),
        autostart_supported=False,
        autostart_name="not available on this system",
    )
    dialog = SettingsDialog(Settings(), facts)
    qtbot.addWidget(dialog)
    assert assert_all_translated(dialog, catalogue) > 60
    qt_catalogue = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    if (
        translated.language == "de" and qt_catalogue.exists()
    ):  # Qt's own words for its standard buttons come from Qt's catalogue
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Abbrechen"


def test_breathing_window_is_translated_on_every_page(
    translated: InstalledLanguage, catalogue: Catalogue, qtbot: QtBot
) -> None:
    from desktop.ui.breathing_window import BreathingWindow

    patterns = translated_patterns(load_patterns(resource_path("breathing")).patterns)
    cues = PhaseCues(lambda _report: FakeChime(), lambda _report: FakeSpeaker())  # type: ignore[arg-type, return-value]
    window = BreathingWindow(
        patterns,
        BreathingSettings(pattern="4-7-8", ask_stress_rating=True),
        FakeClock(),
        pattern_problems=("box.json: 'phases' must be a list",),
        cues=cues,
    )
    qtbot.addWidget(window)
    window.show_and_start()
    window.session_page.options_button.setChecked(True)  # the options panel, made on first use
    window.rating.ask(window.tr("How tense do you feel right now?"))
    window.summary.show_result(None, 95, patterns[0].name)
    assert window.session_page.pattern_box.itemText(0) == patterns[0].name != "Longer exhale"
    assert assert_all_translated(window, catalogue) > 40


def test_custom_pattern_editor_is_translated(
    translated: InstalledLanguage, catalogue: Catalogue, qtbot: QtBot
) -> None:
    from desktop.core.breathing import CustomValues
    from desktop.ui.breathing_custom import CustomPatternEditor

    editor = CustomPatternEditor(CustomValues(40, 0, 6, 0))  # a refused value shows its message
    qtbot.addWidget(editor)
    assert assert_all_translated(editor, catalogue) > 10


def test_routine_window_is_translated_while_playing_and_when_done(
    translated: InstalledLanguage, library: RoutineLibrary, catalogue: Catalogue, qtbot: QtBot
) -> None:
    from desktop.ui.routine_window import RoutineWindow

    routine = next(r for r in library.routines if r.id == "muscle-relaxation")
    clock = FakeClock()
    window = RoutineWindow(routine, monotonic=clock.monotonic)
    qtbot.addWidget(window)
    window.show()
    assert window.title_label.text() == routine.moves[0].name
    if translated.language == "de":
        assert routine.moves[0].name == "Langsame Bauchatmung"
    assert assert_all_translated(window, catalogue) > 20
    clock.advance(seconds=routine.moves[0].hold_seconds + 0.1)
    window.refresh()  # the rest after the first hold
    assert assert_all_translated(window, catalogue) > 20
    for _ in range(200):
        window.go_next()
    assert window.pages.currentIndex() == 1
    assert assert_all_translated(window, catalogue) > 20


def test_safety_page_is_translated(translated: InstalledLanguage, catalogue: Catalogue, qtbot: QtBot) -> None:
    from desktop.ui.safety_page import SafetyPage

    page = SafetyPage()
    qtbot.addWidget(page)
    if translated.language == "de":
        assert "112" in page.emergency_text.text()
    assert assert_all_translated(page, catalogue) > 10


def test_stats_window_and_checkin_are_translated(
    translated: InstalledLanguage, catalogue: Catalogue, qtbot: QtBot
) -> None:
    from desktop.core.data_requests import DataCleared
    from desktop.services.stats_service import StatsService
    from desktop.storage.eventlog import EventLog
    from desktop.ui.stats_window import StatsWindow
    from desktop.ui.tension_checkin import TensionCheckin
    from scripts.sample_history import history

    log = EventLog.in_memory()
    log.record_many(history(date(2026, 3, 18), 30))
    snapshot = StatsService(log, FakeClock(NOW)).snapshot(Goals(water_ml=2000, breaks=6))
    log.close()
    window = StatsWindow(FakeStatsDialogs())
    qtbot.addWidget(window)
    window.show_snapshot(snapshot)
    window.table_toggle.click()  # the tables too
    if translated.language == "de":
        assert window.title.text().startswith("Heute, Mittwoch, 18. März")
    assert assert_all_translated(window, catalogue) > 60
    window.show_period(30)
    window.show_outcome(DataCleared(1))
    assert assert_all_translated(window, catalogue) > 60
    for model in (window.series_model, window.figures_model):
        cells = [
            str(model.data(model.index(row, column)))
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        ]
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        assert [text for text in cells + headers if catalogue.untranslated(text)] == []

    checkin = TensionCheckin("stretch")
    qtbot.addWidget(checkin)
    assert checkin.region_buttons["upper back"].text() != "Upper back"
    if translated.language == "de":
        assert checkin.region_buttons["upper back"].text() == "Oberer Rücken"
    assert assert_all_translated(checkin, catalogue) > 10
