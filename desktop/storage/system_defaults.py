"""The administrator's defaults files: where the system keeps them, and reading them.

Linux and other XDG systems: `unclench/defaults.json` in each folder of $XDG_CONFIG_DIRS (default
/etc/xdg), the first folder winning; Windows: %PROGRAMDATA%\\unclench\\defaults.json; macOS:
/Library/Application Support/unclench/defaults.json. The files belong to the administrator: they
are only ever read (never moved aside or rewritten), and a broken one is skipped with a notice.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from desktop import APP_ID
from desktop.core.admin_defaults import AdminDefaults, apply_defaults_file
from desktop.core.bounded_file import MIB, read_bounded_text

DEFAULTS_FILE_NAME = "defaults.json"
MAX_DEFAULTS_BYTES = MIB


def system_defaults_files() -> tuple[Path, ...]:
    """The administrator's defaults files to look for, the one that wins first."""
    folders = platformdirs.PlatformDirs(APP_ID, appauthor=False, multipath=True).site_config_dir
    return tuple(Path(folder) / DEFAULTS_FILE_NAME for folder in folders.split(os.pathsep) if folder)


def read_admin_defaults(files: Sequence[Path]) -> tuple[AdminDefaults, list[str]]:
    """The defaults of every existing file in `files` (the first wins) and notices about broken ones.

    Never raises: a missing file is normal, a broken one is reported and left out.
    """
    admin = AdminDefaults()
    notices: list[str] = []
    for path in reversed(files):  # the least important first, so the first file is applied last
        try:
            data = json.loads(read_bounded_text(path, MAX_DEFAULTS_BYTES))
        except FileNotFoundError:
            continue
        except OSError as error:
            notices.append(
                f"The administrator's defaults in {path} could not be read ({error.strerror or error})."
            )
            continue
        except UnicodeDecodeError:
            notices.append(f"The administrator's defaults in {path} are not UTF-8 text and were not applied.")
            continue
        except (ValueError, RecursionError) as error:
            reason = str(error)[:120]
            notices.append(
                f"The administrator's defaults in {path} are not valid JSON ({reason}) and were not applied."
            )
            continue
        admin, problems = apply_defaults_file(data, admin)
        notices += [f"In the administrator's defaults {path}: {problem}." for problem in problems]
    return admin, notices
