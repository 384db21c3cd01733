"""The words of the Qt-free layers and the command line, in the user's language, through gettext.

Mark a message `_("...")`, a counted one `ngettext("1 routine", "{0} routines", n)`, and text that
must be marked where it is defined but translated where it is used (a module-level table)
`N_("...")`, then `_(TABLE[key])` at the use. The catalogues are
resources/locale/<language>/LC_MESSAGES/unclench.mo, made by scripts/update_translations.py.

`install` picks the language once per process, before the first message: the `language` setting
when pinned, else the environment's LANGUAGE (a colon-separated list), LC_ALL, LC_MESSAGES and
LANG, in that order; English (the source language) whenever nothing else has a catalogue. Until
then every message is English. Qt's own catalogues are separate (desktop/services/translations.py).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping, Sequence

from desktop.resources import resource_path

DOMAIN = "unclench"
SOURCE_LANGUAGE = "en"
_NOT_LANGUAGES = {"", "C", "POSIX"}

_catalogue: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE


def _(message: str) -> str:
    """`message` in the installed language."""
    return _catalogue.gettext(message)


def N_(message: str) -> str:  # gettext's conventional name
    """Marks `message` for the catalogue without translating it (translate it at its use)."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` in the installed language (Polish has three, some one)."""
    return _catalogue.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` as marked with a context (the reminder kinds' words, context "Kinds")."""
    return _catalogue.pgettext(context, message)


def environment_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the environment asks for, in order: ["de_AT", "de", ...] (maybe empty)."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        tags = [tag.split(".")[0].split("@")[0] for tag in value.split(":")]
        tags = [tag for tag in tags if tag not in _NOT_LANGUAGES]
        if tags:
            return tags
    return []


def find_catalogue(languages: Sequence[str]) -> tuple[str, gettext.NullTranslations]:
    """The first of `languages` with a catalogue, English as soon as it comes first; else English."""
    folder = resource_path("locale")
    for language in languages:
        if language.replace("-", "_").split("_")[0].lower() == SOURCE_LANGUAGE:
            break
        try:
            found = gettext.translation(DOMAIN, folder, [language.replace("-", "_")])
        except OSError:  # no catalogue for it (FileNotFoundError), or an unreadable one
            continue
        return found.info().get("language", language), found  # fr_CA finds "fr"
    return SOURCE_LANGUAGE, gettext.NullTranslations()


def install(setting: str = "system", environ: Mapping[str, str] | None = None) -> str:
    """Use the catalogue for the `language` setting ("system": the environment's); returns the
    language chosen ("en" when there is no catalogue for any of them)."""
    global _catalogue, _language
    wanted = environment_languages(environ) if setting == "system" else [setting]
    _language, _catalogue = find_catalogue(wanted)
    return _language


def installed_language() -> str:
    return _language
