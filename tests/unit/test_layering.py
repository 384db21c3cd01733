"""desktop/core and desktop/storage stay free of Qt, so they run (and are tested) without it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
QT_FREE_PACKAGES = ("desktop/core", "desktop/storage")
FORBIDDEN = {"PySide6", "shiboken6"}


def qt_free_sources() -> list[Path]:
    return sorted(path for package in QT_FREE_PACKAGES for path in (REPO_ROOT / package).rglob("*.py"))


def forbidden_imports(source: str, filename: str) -> list[str]:
    """Top-level module names from FORBIDDEN that `source` imports, however it spells it."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        else:
            continue
        found += [f"line {node.lineno}: {name}" for name in names if name.split(".")[0] in FORBIDDEN]
    return found


def test_there_are_sources_to_check() -> None:
    names = {path.relative_to(REPO_ROOT).as_posix() for path in qt_free_sources()}
    assert {"desktop/core/settings.py", "desktop/storage/eventlog.py"} <= names


@pytest.mark.parametrize("path", qt_free_sources(), ids=lambda p: p.relative_to(REPO_ROOT).as_posix())
def test_module_does_not_import_qt(path: Path) -> None:
    assert forbidden_imports(path.read_text(encoding="utf-8"), str(path)) == []


def test_the_checker_catches_every_spelling() -> None:
    source = "\n".join(
        [
            "import PySide6",
            "import os, PySide6.QtCore as qc",
            "from PySide6.QtWidgets import QWidget",
            "from shiboken6 import isValid",
            "def later():",
            "    import PySide6.QtGui",
            "importlib.import_module('PySide6.QtCore')",
            "__import__('shiboken6')",
            "from .PySide6 import fine",  # a relative import of our own module of that name is not Qt
            "import PySide6x",  # nor is a different top-level name
        ]
    )
    assert [hit.split(": ")[1] for hit in forbidden_imports(source, "example.py")] == [
        "PySide6",
        "PySide6.QtCore",
        "PySide6.QtWidgets",
        "shiboken6",
        "PySide6.QtGui",
        "PySide6.QtCore",
        "shiboken6",
    ]


def test_importing_every_module_loads_no_qt() -> None:
    """Catches Qt arriving indirectly, through another desktop module that the AST walk does not follow."""
    modules = [
        ".".join(path.relative_to(REPO_ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in qt_free_sources()
    ]
    program = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({sorted(FORBIDDEN)!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
