"""The interface languages the settings offer, each named in itself."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from desktop.core.settings import Choice, Settings, allowed_values
from desktop.ui.text_colours import mute


def language_codes() -> tuple[str, ...]:
    """The languages the `language` setting offers (the settings model says which)."""
    allowed = allowed_values(Settings, "language")
    assert isinstance(allowed, Choice)
    return tuple(code for code in allowed.options if code != "system")


# Qt names some languages after a country ("American English", "español de España").
NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt_BR": "Português (Brasil)",
}


def native_language_name(code: str) -> str:
    """ "Deutsch", "Español", "Português (Brasil)": a language named in itself."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if "_" in code:
        name += f" ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


class LanguageChoice(QComboBox):
    """The language combo of the settings (each language named in itself, so someone lost in the
    wrong one still finds their own), and `row`: it with a note under it that the words change at
    the next start."""

    def __init__(self, current: str) -> None:
        super().__init__()
        self.setObjectName("language")
        self.setAccessibleName(self.tr("Language"))
        self.addItem(self.tr("Same as the system"), "system")
        for code in language_codes():
            self.addItem(native_language_name(code), code)
        self.setCurrentIndex(max(0, self.findData(current)))
        note = QLabel(self.tr("Applies the next time Unclench starts."))
        note.setObjectName("language_note")
        note.setWordWrap(True)
        mute(note)
        self.setAccessibleDescription(note.text())
        self.row = QWidget()
        layout = QVBoxLayout(self.row)  # under the combo, not beside it: longer languages need the width
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self)
        layout.addWidget(note)
