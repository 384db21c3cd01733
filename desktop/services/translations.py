"""The interface language: which one, read early, and the Qt translators that provide it.

launch.py calls `install_language` before it makes the first widget, so every `tr()` from then on
answers in the chosen language. The choice is the `language` setting: "system" follows the
desktop's preferred languages, in order; "en" or "de" pins one. A change applies at the next start
(the windows that exist keep their words).

English always loads its own small catalogue: it holds only the plural forms ("1 day", "2 days")
for the sources written with %n. Another language loads on top of it, together with Qt's own
translations for standard buttons (OK, Cancel, Apply) when Qt ships them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.settings import Choice, Settings, allowed_values
from desktop.resources import resource_path

SOURCE_LANGUAGE = "en"
CATALOGUE = "unclench"  # resources/translations/unclench_<language>.qm


def language_options() -> tuple[str, ...]:
    """The values the setting allows: "system" and the language codes."""
    allowed = allowed_values(Settings, "language")
    assert isinstance(allowed, Choice)
    return allowed.options


def language_setting(settings_file: Path) -> str:
    """The `language` setting, read on its own before the rest of the app loads its settings.

    Never raises and never changes the file: anything unreadable means "system", and the full
    settings load later tells the user about a bad file.
    """
    from desktop.storage.settings_file import peek_settings
    from desktop.storage.system_defaults import system_defaults_files

    return peek_settings(settings_file, system_defaults_files()).language


def available_languages() -> frozenset[str]:
    """Languages with a compiled catalogue in resources/translations (English always counts)."""
    folder = resource_path("translations")
    found = {path.stem.removeprefix(CATALOGUE + "_") for path in folder.glob(CATALOGUE + "_*.qm")}
    return frozenset(found | {SOURCE_LANGUAGE})


def pick_language(setting: str, ui_languages: Sequence[str], available: Collection[str]) -> str:
    """The language to show: the pinned one, or the first of the desktop's languages we have.

    `ui_languages` are BCP 47 tags in the user's order of preference ("de-AT", "de", "en-US");
    English listed before German wins, and anything unknown falls back to English.
    """
    if setting != "system":
        return setting if setting in available else SOURCE_LANGUAGE
    for tag in ui_languages:
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in available:
            return base
    return SOURCE_LANGUAGE


@dataclass
class InstalledLanguage:
    """What `install_language` did, so it can be undone (tests switch languages in one process)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale | None = None  # the default locale before a pinned language replaced it

    def uninstall(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
            self.previous_locale = None


def install_language(app: QCoreApplication, setting: str) -> InstalledLanguage:
    """Install the translators for the chosen language; missing files just mean English words."""
    system = QLocale.system()
    language = pick_language(setting, system.uiLanguages(), available_languages())
    installed = InstalledLanguage(language)
    _load(app, installed, resource_path("translations"), f"{CATALOGUE}_{SOURCE_LANGUAGE}")
    if language != SOURCE_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(app, installed, qt_folder, f"qtbase_{language}")
        _load(app, installed, resource_path("translations"), f"{CATALOGUE}_{language}")
    if setting != "system" and system.name().split("_")[0].lower() != language:
        # A pinned language unlike the system's: dates and numbers follow the words, so a
        # German window does not name the weekday in English. ("system" keeps the regional formats.)
        installed.previous_locale = QLocale()
        QLocale.setDefault(QLocale(language))
    return installed


def _load(app: QCoreApplication, installed: InstalledLanguage, folder: Path, name: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, str(folder)) and QCoreApplication.installTranslator(translator):
        installed.translators.append(translator)
