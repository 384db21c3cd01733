"""The one way to find runtime assets (icons, sounds, data files).

Looks in the PyInstaller bundle, then inside the installed package (a wheel puts `resources/`
at `desktop/_resources`), then in the source checkout's top-level `resources/`.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resource_root() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "Unclench's resources folder is missing; looked in " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    """The path of an asset, e.g. resource_path("icons", "unclench.svg")."""
    return resource_root().joinpath(*parts)
