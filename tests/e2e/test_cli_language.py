"""The real `unclench` command line speaks the user's language: the environment's, or the
`language` setting when one is pinned (no desktop needed: Unclench is not running)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import APP_ID
from tests.e2e.x11 import REPO_ROOT


def unclench(home: Path, *argv: str, **language: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
        **language,
    )
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ({"LANGUAGE": "de"}, "Unclench läuft nicht."),
        ({"LANG": "de_DE.UTF-8"}, "Unclench läuft nicht."),
        ({"LANGUAGE": "pl:de"}, "Unclench nie działa."),
        ({"LC_ALL": "pt_BR.UTF-8"}, "O Unclench não está rodando."),
        ({"LANGUAGE": "en:de"}, "Unclench is not running."),
        ({}, "Unclench is not running."),
    ],
)
def test_status_speaks_the_environment_s_language(
    tmp_path: Path, language: dict[str, str], line: str
) -> None:
    done = unclench(tmp_path, "status", **language)
    assert done.returncode == 3, done.stderr
    assert done.stdout.strip() == line


def test_the_pinned_setting_wins_and_problems_and_help_are_translated(tmp_path: Path) -> None:
    settings = tmp_path / ".config" / APP_ID / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"language": "de"}), encoding="utf-8")
    done = unclench(tmp_path, "pause", "5 days", LANGUAGE="fr")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "Aufruf: unclench pause [-h] LENGTH",
        "unclench pause: Fehler: Argument LENGTH: '5 days' ist keine Dauer: "
        "schreib sie etwa als 30m, 1h oder 1h30m",
    ]
    done = unclench(tmp_path, "--help", LANGUAGE="fr")
    assert done.stdout.startswith("Aufruf: unclench")
    for heading in (
        "Optionen:",
        "Befehle:",
        "Rückgabewerte:",
        "diese Hilfe zeigen und beenden",
        "Atemübungen",
    ):
        assert heading in done.stdout
    done = unclench(tmp_path, "remind", LANGUAGE="pl", LC_ALL="pl_PL.UTF-8")  # the setting still wins
    assert "unclench remind: Fehler: diese Argumente fehlen: KIND" in done.stderr
    done = unclench(tmp_path, "quit", LANGUAGE="fr")
    assert done.returncode == 3
    assert (
        done.stderr.strip()
        == "unclench: Unclench läuft nicht, und 'quit' braucht es. Starte es mit: unclench"
    )


def test_doctor_speaks_the_environment_s_language(tmp_path: Path) -> None:
    """Every word of `unclench doctor` that is Unclench's own is German with LANGUAGE=de: the
    areas, the health, the hints, and the idle and do-not-disturb source names."""
    done = unclench(tmp_path, "doctor", LANGUAGE="de")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    settings_line = next(line for line in lines if line.startswith("Einstellungsdatei "))
    assert "hier nicht verfügbar: " in settings_line and settings_line.endswith("(noch nicht da)")
    assert "was du tun kannst: wird beim ersten Start angelegt" in done.stdout
    assert any(line.startswith("Leerlaufzeit ") for line in lines)
    assert any(line.startswith("Vollbild / Nicht stören ") for line in lines)
    for english in ("settings file", "not there yet", "what to do:", "idle time"):
        assert english not in done.stdout
    healths = ("working: ", "not available here: ", "not permitted: ")
    assert not any(health in line for line in lines for health in healths)
    english = unclench(tmp_path, "doctor")
    assert "settings file" in english.stdout and "what to do: made at the first start" in english.stdout
