"""The gettext catalogues of the Qt-free layers and the command line: one for every shipped
language, complete, placeholders intact, in step with the marked messages in the code, and
compiled (the .mo the program loads is the .po of today)."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from scripts import gettext_catalogues
from scripts.gettext_catalogues import LOCALE, compile_mo, extract, po_file, po_languages
from tests.languages import translated_languages

LANGUAGES = po_languages(translated_languages())
PLACEHOLDER = re.compile(r"\{[^{}]*\}")

needs_gettext = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("xgettext", "msgfmt", "msgen")),
    reason="GNU gettext is not installed (apt-get install gettext)",
)


def catalogue(mo: Path) -> dict[object, str]:
    with mo.open("rb") as file:
        return dict(gettext.GNUTranslations(file)._catalog)  # type: ignore[attr-defined]


def msgid(key: object) -> str:
    """The message a catalogue key stands for (a plural form's key is (msgid, form))."""
    return str(key[0] if isinstance(key, tuple) else key)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[object, str]:
    """Every marked message in today's code, as a catalogue that answers each with itself."""
    folder = tmp_path_factory.mktemp("template")
    pot = extract(folder / "unclench.pot")
    english = folder / "en.po"
    subprocess.run(["msgen", "-o", str(english), str(pot)], check=True)
    header = english.read_text(encoding="utf-8").replace(
        "nplurals=INTEGER; plural=EXPRESSION;", "nplurals=2; plural=(n != 1);"
    )
    english.write_text(header, encoding="utf-8")
    return catalogue(compile_mo(english, folder / "en.mo"))


def test_every_language_with_a_qt_catalogue_and_the_issue_s_six_have_one() -> None:
    assert set(translated_languages()) <= set(LANGUAGES)
    assert {"de", "es", "fr", "it", "pt_BR", "nl", "pl"} <= set(LANGUAGES)
    assert all(po_file(language).exists() for language in LANGUAGES)


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_translates_every_marked_message_and_nothing_else(
    language: str, template: dict[object, str], tmp_path: Path
) -> None:
    translated = catalogue(compile_mo(po_file(language), tmp_path / "fresh.mo"))
    wanted = {msgid(key) for key in template if key != ""}
    got = {msgid(key) for key, text in translated.items() if key != "" and text}
    refresh = "run scripts/update_translations.py, then translate"
    assert sorted(wanted - got) == [], f"untranslated in {language}: {refresh}"
    assert sorted(got - wanted) == [], f"no longer in the code: {refresh}"
    assert len(wanted) > 150


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_its_placeholders_and_plural_forms(
    language: str, template: dict[object, str], tmp_path: Path
) -> None:
    translated = catalogue(compile_mo(po_file(language), tmp_path / "fresh.mo"))
    forms = int(re.search(r"nplurals=(\d)", translated[""])[1])  # type: ignore[index]
    assert forms == (3 if language == "pl" else 2)
    for key, text in translated.items():
        if key == "":
            continue
        # A plural form is held against the English plural (it names every placeholder).
        source = template[(key[0], 1)] if isinstance(key, tuple) else str(key).split("\x04")[-1]
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (language, key, text)
        assert text.count("\n") == source.count("\n") or "\n" in source, (language, key)
    plurals = {key[0] for key in translated if isinstance(key, tuple)}
    assert all((msgid, form) in translated for msgid in plurals for form in range(forms))


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_current(language: str, tmp_path: Path) -> None:
    po = po_file(language)
    fresh = compile_mo(po, tmp_path / "fresh.mo")
    assert po.with_suffix(".mo").read_bytes() == fresh.read_bytes(), (
        f"{po.with_suffix('.mo').relative_to(LOCALE)} is older than its .po: "
        "run scripts/update_translations.py --compile"
    )


def test_the_extracted_layers_are_the_ones_the_command_line_prints() -> None:
    """The Qt-free layers, plus services (the dispatcher's replies and the doctor's checks reach the
    terminal) and platform (the source names the doctor prints, marked QT_TRANSLATE_NOOP("Sources"));
    never ui, whose words are Qt's alone."""
    layers = {
        path.relative_to(gettext_catalogues.REPO / "desktop").parts[0]
        for path in gettext_catalogues.gettext_sources()
    }
    assert {"core", "storage", "ipc", "cli", "services", "platform"} <= layers
    assert "ui" not in layers
