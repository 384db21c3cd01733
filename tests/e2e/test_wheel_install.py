"""The wheel as `pip install` gives it to a user: built from this checkout, installed into a fresh
venv, started from a folder far from the checkout. It must carry every asset in resources/ and every
module of the app, find its assets inside the installed package, and come up in the tray.

Installing needs no network: the fresh venv borrows the dependencies (PySide6, APScheduler, ...)
from the venv that runs the tests through a .pth file, and the wheel goes in with `--no-deps`.
(Building it uses the hatchling at hand if there is one; otherwise pip fetches it.) The test venv's own
`unclench` (an editable install pointing at the checkout) does not leak in: a .pth line only adds
a folder to sys.path; the .pth files inside that folder, which make the editable install, are not run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from desktop import __version__
from tests.e2e.tray_look import tray_icon_drawn, tray_icon_while_running
from tests.e2e.x11 import REPO_ROOT, AppProcess, Desktop, wait_for

pytestmark = pytest.mark.timeout(300)

RESOURCES_IN_WHEEL = "desktop/_resources/"  # pyproject.toml force-includes resources/ there


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    argv = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out)]
    if importlib.util.find_spec("hatchling") is not None:
        argv.append("--no-build-isolation")  # build offline with the hatchling at hand
    result = subprocess.run(
        [*argv, str(REPO_ROOT)], capture_output=True, text=True, timeout=240, env=_pip_env()
    )
    assert result.returncode == 0, f"building the wheel failed:\n{result.stdout}\n{result.stderr}"
    (built,) = out.glob("unclench-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; its folder."""
    root = tmp_path_factory.mktemp("fresh") / "venv"
    venv.create(root, with_pip=False, symlinks=os.name != "nt")
    python = _venv_python(root)
    purelib = Path(_venv_path(python, "purelib"))
    # The test interpreter's package folders as it sees them (after its own .pth files ran), but
    # not the checkout that an editable install or pytest put on its path.
    borrowed = {entry for entry in sys.path if Path(entry).name in ("site-packages", "dist-packages")}
    (purelib / "_test_venv_packages.pth").write_text("".join(f"{path}\n" for path in sorted(borrowed)))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_pip_env(),
    )
    assert result.returncode == 0, f"installing the wheel failed:\n{result.stdout}\n{result.stderr}"
    return root


def test_wheel_carries_every_resource_file_and_module(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    in_wheel = {
        name.removeprefix(RESOURCES_IN_WHEEL) for name in names if name.startswith(RESOURCES_IN_WHEEL)
    }
    assert in_wheel == _files(REPO_ROOT / "resources")
    modules = {f"desktop/{name}" for name in _files(REPO_ROOT / "desktop") if name.endswith(".py")}
    assert modules - names == set()
    assert "unclench" in _entry_points(wheel)


def test_installed_app_finds_its_resources_inside_the_package(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import json, desktop, desktop.resources as r; "
        "print(json.dumps([desktop.__file__, str(r.resource_root()), desktop.__version__]))"
    )
    result = subprocess.run(
        [str(_venv_python(installed)), "-c", probe],
        cwd=tmp_path,
        env=_clean_env(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    module_file, resource_root, version = json.loads(result.stdout)
    site = Path(_venv_path(_venv_python(installed), "purelib"))
    assert Path(module_file).is_relative_to(site / "desktop"), module_file
    assert Path(resource_root) == site / "desktop" / "_resources"
    assert version == __version__


def test_installed_command_starts_into_the_tray_and_quits_on_sigterm(
    installed: Path, x11_desktop: Desktop, app_env: dict[str, str], tmp_path: Path
) -> None:
    command = installed / "bin" / "unclench"
    env = _clean_env(app_env)
    version = subprocess.run(
        [str(command), "--version"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"unclench {__version__}", version.stderr

    app = AppProcess([str(command)], env, tmp_path / "app.log", cwd=tmp_path)  # far from the checkout
    try:
        icon = wait_for(
            lambda: tray_icon_while_running(x11_desktop.display, app), 30, "the tray icon in trayer"
        )
        wait_for(
            lambda: tray_icon_drawn(x11_desktop.display, icon, tmp_path), 10, "a picture in the tray icon"
        )
        status = subprocess.run(
            [str(command), "status", "--json"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout)["state"] == "active"
        app.stop_cleanly()
        assert "Traceback" not in app.output(), app.output()
    finally:
        app.kill()


def _files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def _entry_points(wheel: Path) -> str:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
        return archive.read(name).decode()


def _venv_python(root: Path) -> Path:
    return root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _venv_path(python: Path, name: str) -> str:
    script = f"import sysconfig; print(sysconfig.get_paths()[{name!r}])"
    return subprocess.run(
        [str(python), "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()


def _clean_env(base: dict[str, str] | os._Environ[str]) -> dict[str, str]:
    """No hint of the checkout or the test venv: the installed app must stand on its own."""
    return {k: v for k, v in base.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


def _pip_env() -> dict[str, str]:
    return {**_clean_env(os.environ), "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
