"""Refresh the translation sources from the code and data, then compile them for the app.

    python scripts/update_translations.py            # update every .ts and .po, then compile them
    python scripts/update_translations.py --compile  # only compile (after editing a .ts or .po)

The windows use Qt's catalogues (.ts/.qm, steps 1-3); the Qt-free layers and the command line use
gettext's (.po/.mo, step 4). docs/translating.md tells a translator what to do with them.

1. lupdate reads every tr()/translate() in desktop/ plus the data-file texts that
   scripts/extract_content_strings.py lists (context "Content"), and merges them into
   resources/translations/unclench_<lang>.ts: new texts arrive unfinished, changed ones keep the
   old translation as a hint, removed ones go. unclench_en.ts holds only the plural forms
   (English is the source language; "%n days" needs "1 day").
   A text that only moved to another context keeps its translation.
2. Translate the unfinished entries (Qt Linguist: `pyside6-linguist FILE.ts`, or any editor).
3. lrelease compiles each .ts to the .qm the app loads (committed, so a wheel or bundle needs no
   Qt tools; tests/gui/test_translations.py fails when a .qm is older than its .ts).

4. The same command refreshes resources/locale/<lang>/LC_MESSAGES/unclench.po for every language
   but English and compiles each to its .mo (scripts/gettext_catalogues.py).

Locations are left out of the .ts files on purpose: line numbers would change with every edit of
the code and make every update a large diff. The `#:` notes tell translators where a text is used.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop.services.translations import language_options  # noqa: E402
from scripts.extract_content_strings import content_strings, python_source  # noqa: E402
from scripts.gettext_catalogues import compile_mo, extract, po_file, po_languages, update_po  # noqa: E402

TRANSLATIONS = REPO / "resources" / "translations"
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python (a venv) or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def code_sources() -> list[Path]:
    return sorted((REPO / "desktop").rglob("*.py"))


def ts_files() -> list[Path]:
    """One .ts per language the `language` setting offers (a new language starts there)."""
    languages = [option for option in language_options() if option != "system"]
    return [TRANSLATIONS / f"unclench_{language}.ts" for language in sorted(languages)]


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("unclench_")


def finished_translations(ts: Path) -> dict[str, ET.Element]:
    """Source text -> its finished <translation> element, from any context of `ts`."""
    if not ts.exists():
        return {}
    found: dict[str, ET.Element] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        found.setdefault(source.text or "", translation)
    return found


def carry_over(ts: Path, known: dict[str, ET.Element]) -> int:
    """A text that moved to another context (a class renamed, a module split) keeps its translation:
    fill each unfinished message whose exact source text was translated before. Returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") != "unfinished":
            continue
        earlier = known.get(source.text or "")
        if earlier is None or (message.get("numerus") == "yes") != (len(earlier) > 0):
            continue
        message.remove(translation)
        message.append(copy.deepcopy(earlier))
        filled += 1
    if filled:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update_ts(ts: Path, language: str | None = None) -> None:
    """Merge the texts in the code and data files into `ts` (created if missing)."""
    language = language or language_of(ts)
    known = finished_translations(ts)
    with tempfile.TemporaryDirectory() as scratch:
        content = Path(scratch) / "content_strings.py"
        content.write_text(python_source(content_strings()), encoding="utf-8")
        command = [
            tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
        ]
        if language == SOURCE_LANGUAGE:
            command.append("-pluralonly")
        sources = [str(path) for path in code_sources()] + [str(content)]
        run = [*command, *sources, "-ts", str(ts)]
        subprocess.run(run, check=True, capture_output=True, text=True)
        if carry_over(ts, known):
            subprocess.run(run, check=True, capture_output=True, text=True)  # lupdate's own layout again


def compile_qm(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files to .qm")
    args = parser.parse_args(argv)
    for ts in ts_files():
        if not args.compile:
            update_ts(ts)
        compile_qm(ts)
        print(f"{ts.relative_to(REPO)} -> {ts.with_suffix('.qm').name}")
    with tempfile.TemporaryDirectory() as scratch:
        template = None if args.compile else extract(Path(scratch) / "unclench.pot")
        for language in po_languages([language_of(ts) for ts in ts_files()]):
            po = po_file(language)
            if template is not None:
                update_po(po, language, template)
            compile_mo(po)
            print(f"{po.relative_to(REPO)} -> {po.with_suffix('.mo').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
