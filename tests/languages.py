"""The languages the tests walk: every language with a catalogue besides English, from the data.

A new language (its code in the `language` Choice and its resources/translations/unclench_<code>.ts)
is tested by every test that uses these lists, with no test edited.
"""

from __future__ import annotations

from desktop.services.translations import SOURCE_LANGUAGE
from scripts.update_translations import language_of, ts_files


def translated_languages() -> list[str]:
    """The shipped languages other than English (the source language), sorted: ["de", ...]."""
    return [language_of(ts) for ts in ts_files() if language_of(ts) != SOURCE_LANGUAGE]


def shipped_languages() -> list[str]:
    """English first, then every translated language."""
    return [SOURCE_LANGUAGE, *translated_languages()]
