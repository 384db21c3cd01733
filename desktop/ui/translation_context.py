"""Translation contexts for modules of plain functions, spelled so lupdate can read them.

lupdate files `Name.tr("...")` under the context "Name", and only reads plural forms ("%n days")
from tr() calls whose count is an expression: QCoreApplication.translate() needs a literal count
there. A module of functions therefore declares `class Stats(TranslationContext)` and writes
`Stats.tr("%Ln days", "", n)`; at run time that is QCoreApplication.translate("Stats", ...).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TranslationContext:
    """A base class whose subclass name is a translation context: `Name.tr(...)` translates under "Name", so
    lupdate finds strings in modules of plain functions.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
