"""The gettext catalogues of the Qt-free layers and the command line (desktop/core/i18n.py).

Run by scripts/update_translations.py, never on its own:

1. xgettext reads every _(), N_(), ngettext() and pgettext() (and the reminder kinds' words,
   marked QT_TRANSLATE_NOOP("Kinds", ...)) in desktop/core, storage, ipc and cli and writes a
   template (a scratch file: the .po files are what is kept).
2. msgmerge brings each resources/locale/<lang>/LC_MESSAGES/unclench.po up to date with it (a new
   language starts with msginit, which also writes the language's plural rule): new messages
   arrive with an empty msgstr, removed ones go.
3. msgfmt --check compiles each .po to the .mo the program loads (committed, like the .qm), and
   refuses a translation whose {placeholders} differ from the source.

The tools come with GNU gettext (Debian: `apt-get install gettext`); the app itself only needs
Python's own `gettext` module. Like the .ts files, the catalogues carry no source locations, and
no creation date either, so a refresh that finds nothing new changes no file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOCALE = REPO / "resources" / "locale"
DOMAIN = "unclench"
LAYERS = ("core", "storage", "ipc", "cli", "services", "platform")  # Qt-free layers, CLI, doctor, replies
KEYWORDS = ("_", "N_", "ngettext:1,2", "pgettext:1c,2", "QT_TRANSLATE_NOOP:1c,2")


def gettext_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; it comes with GNU gettext (apt-get install gettext)")
    return found


def gettext_sources() -> list[Path]:
    return sorted(path for layer in LAYERS for path in (REPO / "desktop" / layer).rglob("*.py"))


def po_languages(qt_languages: list[str]) -> list[str]:
    """The languages with a gettext catalogue: every Qt language but English, and every folder
    under resources/locale that holds one (the command line may be translated first)."""
    found = {po.parents[1].name for po in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return sorted((found | set(qt_languages)) - {"en"})


def po_file(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract(template: Path) -> Path:
    """Write the template of every marked message in the sources to `template`."""
    command = [
        gettext_tool("xgettext"),
        "--language=Python",
        "--from-code=UTF-8",
        "--no-location",
        "--sort-output",
        "--package-name=Unclench",
        *(f"--keyword={keyword}" for keyword in KEYWORDS),
        f"--output={template}",
        *(str(path.relative_to(REPO)) for path in gettext_sources()),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO)
    header = template.read_text(encoding="utf-8").replace("CHARSET", "UTF-8")
    template.write_text(re.sub(r'"POT-Creation-Date: [^"]*\\n"\n', "", header), encoding="utf-8")
    return template


def update_po(po: Path, language: str, template: Path) -> None:
    """Merge the template into `po` (created, with the language's plural rule, if missing)."""
    if not po.exists():
        po.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                gettext_tool("msginit"),
                "--no-translator",
                f"--locale={language}.UTF-8",
                f"--input={template}",
                f"--output-file={po}",
            ],
            check=True,
            capture_output=True,
            text=True,
        )
    merge = [gettext_tool("msgmerge"), "--quiet", "--update", "--backup=none", "--no-fuzzy-matching"]
    subprocess.run([*merge, "--no-location", "--sort-output", str(po), str(template)], check=True)
    tidy = [gettext_tool("msgattrib"), "--no-obsolete", "--no-location", "--sort-output"]
    subprocess.run([*tidy, f"--output-file={po}", str(po)], check=True)


def compile_mo(po: Path, mo: Path | None = None) -> Path:
    """Compile `po` next to itself (or to `mo`); raises on a broken placeholder or plural form."""
    mo = mo or po.with_suffix(".mo")
    subprocess.run(
        [gettext_tool("msgfmt"), "--check", f"--output-file={mo}", str(po)],
        check=True,
        capture_output=True,
        text=True,
    )
    return mo
