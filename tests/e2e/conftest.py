"""Fixtures for end-to-end tests: a private desktop per test module (Xvfb, session bus, trayer,
dunst), a throw-away home per test, and a launcher for the real app. Helpers live in x11.py."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from tests.e2e.x11 import REPO_ROOT, AppProcess, Desktop, missing_tools, running_desktop

AppLauncher = Callable[..., AppProcess]


@pytest.fixture(scope="module")
def x11_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    missing = missing_tools()
    if missing:
        reason = (
            f"end-to-end tests need {', '.join(missing)}: "
            "install them with `bash scripts/bootstrap.sh --test` (as root)"
        )
        if os.environ.get("CI"):  # .ci/run installs them, so there a skip would hide a broken set-up
            pytest.fail(reason)
        pytest.skip(reason)
    with running_desktop(tmp_path_factory.mktemp("desktop")) as desktop:
        yield desktop


@pytest.fixture
def app_env(tmp_path: Path, x11_desktop: Desktop) -> dict[str, str]:
    """The environment of a first start on the private desktop: an empty home of its own."""
    home = tmp_path / "home"
    dirs = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_RUNTIME_DIR": tmp_path / "runtime",
    }
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    dirs["XDG_RUNTIME_DIR"].chmod(0o700)  # the spec's mode; the single-instance lock lives there
    return x11_desktop.client_env() | {name: str(path) for name, path in dirs.items()}


@pytest.fixture
def launch_app(app_env: dict[str, str], tmp_path: Path) -> Iterator[AppLauncher]:
    """`launch_app(*args)` starts `python -m desktop *args` on the private desktop; `argv=[...]` starts
    something else in the same environment. Stop it with `.stop_cleanly()`; leftovers are killed."""
    started: list[AppProcess] = []

    def launch(*args: str, argv: Sequence[str] | None = None) -> AppProcess:
        command = list(argv) if argv is not None else [sys.executable, "-m", "desktop", *args]
        log = tmp_path / f"app-{len(started)}.log"
        process = AppProcess(command, app_env, log, cwd=REPO_ROOT)
        started.append(process)
        return process

    yield launch
    for process in started:
        process.kill()
