"""Every public class in desktop/ says what it owns, and a class with Qt signals names each of them.

Read from the source with `ast` (nothing is imported, so no Qt): a class is public when its name and
the names of the classes around it do not start with "_" (classes inside functions are not counted).
Its public signals are the `name = Signal(...)` lines in its own body; each name must appear in the
class docstring as a word (by convention on a line "Signals: `name(args)` meaning; ...").
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "desktop"

# Known gaps, in files being rewritten while the docstrings were written: "path:Class" (relative to
# the repository, nested classes as Outer.Inner). Remove an entry once its class is documented.
KNOWN_GAPS: frozenset[str] = frozenset()


def public_classes(tree: ast.Module) -> Iterator[tuple[str, ast.ClassDef]]:
    """(qualified name, node) of each public class at module level or nested in public classes."""

    def walk(body: list[ast.stmt], prefix: str) -> Iterator[tuple[str, ast.ClassDef]]:
        for node in body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                name = prefix + node.name
                yield name, node
                yield from walk(node.body, name + ".")

    yield from walk(tree.body, "")


def public_signals(cls: ast.ClassDef) -> list[str]:
    """Names bound to `Signal(...)` (or `QtCore.Signal(...)`) in the class body, private ones left out."""
    names = []
    for statement in cls.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        if not isinstance(value, ast.Call):
            continue
        func = value.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if called != "Signal":
            continue
        names += [t.id for t in targets if isinstance(t, ast.Name) and not t.id.startswith("_")]
    return names


def class_problems(source: str, where: str) -> dict[str, str]:
    """ "where:Class" -> what is missing, for every public class of `source` that falls short."""
    problems = {}
    for name, cls in public_classes(ast.parse(source)):
        docstring = ast.get_docstring(cls)
        if not docstring:
            problems[f"{where}:{name}"] = "no docstring"
            continue
        unnamed = [
            signal
            for signal in public_signals(cls)
            if not re.search(rf"(?<!\w){re.escape(signal)}(?!\w)", docstring)
        ]
        if unnamed:
            problems[f"{where}:{name}"] = "docstring does not name signal(s) " + ", ".join(unnamed)
    return problems


def package_problems() -> dict[str, str]:
    problems = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(REPO_ROOT).as_posix()
        problems.update(class_problems(path.read_text(encoding="utf-8"), where))
    return problems


def test_every_public_class_has_a_docstring_naming_its_signals() -> None:
    problems = package_problems()
    unexpected = {key: why for key, why in problems.items() if key not in KNOWN_GAPS}
    assert not unexpected, "Public classes to document:\n" + "\n".join(
        f"  {key}: {why}" for key, why in sorted(unexpected.items())
    )


def test_known_gaps_are_still_gaps() -> None:
    # A documented class must leave the list, so it shrinks to empty and stays there.
    fixed = sorted(KNOWN_GAPS - package_problems().keys())
    assert not fixed, "Documented now, remove from KNOWN_GAPS: " + ", ".join(fixed)


def test_the_check_finds_each_kind_of_gap() -> None:
    source = '''
class Plain:
    x = 1

class _Private:
    pass

class Widget(QObject):
    """Owns a thing. Signals: `changed()` it changed."""

    changed = Signal()
    problem_seen = QtCore.Signal(str)
    _internal = Signal()

    class Inner:
        pass

class Named(QObject):
    """Signals: `done(int)` finished; `done_early()` stopped before the end."""

    done = Signal(int)
    done_early: Signal = Signal()

def helper() -> None:
    class Local:
        pass
'''
    assert class_problems(source, "m.py") == {
        "m.py:Plain": "no docstring",
        "m.py:Widget": "docstring does not name signal(s) problem_seen",
        "m.py:Widget.Inner": "no docstring",
    }


def test_a_signal_name_inside_a_longer_word_does_not_count() -> None:
    source = '''
class Emitter(QObject):
    """Signals: `left_side()` moved to the side; `leftover(int)` what remained."""

    left = Signal()
'''
    assert class_problems(source, "m.py") == {"m.py:Emitter": "docstring does not name signal(s) left"}
