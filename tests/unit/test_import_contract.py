"""The layers of desktop/ and which way they may import, checked on every module's source.

    core      pure rules and data: imports nothing of ours but core and resources
    storage   files and the log: never services, ui, platform, ipc, cli or the app
    platform  OS integration: never ui, services, ipc, cli or the app
    ui        widgets: never storage, services, ipc, cli or the app (they emit intents)
    ipc       the control socket: never cli, ui or the app
    services  the app's services: never cli or the app
    cli       the command line, on top: may use everything

Every import counts, also those under TYPE_CHECKING and inside functions. `desktop` itself
(the name and version) may be imported by anyone.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "desktop"
LAYERS = ("core", "storage", "platform", "ui", "ipc", "services", "cli")
ALL_OURS = {*LAYERS, "app", "resources", "__main__"}

FORBIDDEN: dict[str, set[str]] = {
    "core": ALL_OURS - {"core", "resources"},
    "storage": {"services", "ui", "platform", "ipc", "cli", "app", "__main__"},
    "platform": {"ui", "services", "ipc", "cli", "app", "__main__"},
    "ui": {"storage", "services", "ipc", "cli", "app", "__main__"},
    "ipc": {"cli", "ui", "app", "__main__"},
    "services": {"cli", "app", "__main__"},
    "cli": {"__main__"},
}


def imported_parts(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, first part under desktop) of every `desktop.X` module the source imports."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "desktop":  # `from desktop import app` imports a module too
                names += [f"desktop.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "desktop" and len(parts) > 1:
                found.append((node.lineno, parts[1]))
    return found


def violations(layer: str, source: str, filename: str = "<source>") -> list[str]:
    return [
        f"{filename}:{line} imports desktop.{part}"
        for line, part in imported_parts(source, filename)
        if part in FORBIDDEN[layer]
    ]


def modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_only_what_its_contract_allows(layer: str) -> None:
    modules = modules_of(layer)
    assert modules, f"desktop/{layer} has no modules"
    problems = [
        problem
        for path in modules
        for problem in violations(layer, path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT)))
    ]
    assert problems == []


def test_the_top_level_holds_only_the_entry_points_and_the_composition_root() -> None:
    loose = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "app.py", "resources.py"]
    folders = {path.name for path in PACKAGE.iterdir() if path.is_dir() and path.name != "__pycache__"}
    assert folders - {"_resources"} == set(LAYERS)  # _resources: the assets, inside a wheel only


@pytest.mark.parametrize(
    ("layer", "line"),
    [
        ("core", "from desktop.storage.eventlog import EventLog"),
        ("core", "import desktop.ui.tray"),
        ("storage", "from desktop.services.engine import ReminderEngine"),
        ("ui", "from desktop.storage.eventlog import EventLog"),
        ("ui", "from desktop import app"),
        ("platform", "from desktop.ui.tray import Tray"),
        ("ipc", "from desktop.cli.report import report_reply"),
        ("services", "from desktop.cli.parse import parse"),
    ],
)
def test_a_wrong_way_import_is_caught(layer: str, line: str) -> None:
    source = f"from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    {line}\n"
    assert len(violations(layer, source)) == 1


def test_allowed_imports_pass() -> None:
    assert violations("ui", "from desktop.core.kinds import Kind\nfrom desktop import APP_NAME\n") == []
    assert violations("services", "from desktop.storage.eventlog import EventLog\n") == []
