"""The Linux desktop integration files in packaging/linux: valid for the freedesktop tools, and
consistent with the app (one desktop id, the `unclench` command, the version, the icons)."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from desktop import __version__
from desktop.platform.autostart.base import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
SCREENSHOTS = ("tray-menu", "reminder", "breathing", "routine", "statistics", "settings")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"needs {name} (Debian packages desktop-file-utils, appstream)"
        if os.environ.get("CI"):  # .ci/run installs them: a skip there would hide a broken set-up
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _script_name() -> str:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    (name,) = [name for name, target in scripts.items() if target == "desktop.__main__:main"]
    return str(name)


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate_offline() -> None:
    argv = [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)]
    result = subprocess.run(argv, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_command_under_the_apps_id() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == _script_name() == "unclench"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Type"] == "Application"
    assert entry["StartupNotify"] == "false"  # a tray app shows no window to end a busy cursor
    assert "Utility" in entry["Categories"].split(";")


def test_metainfo_describes_this_app_and_release() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == _script_name()
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert component.findtext("metadata_license") == "CC0-1.0"
    versions = [release.get("version") for release in component.iterfind("releases/release")]
    assert versions[0] == __version__  # newest first


def test_metainfo_shows_the_six_screenshots_from_docs() -> None:
    component = ET.parse(METAINFO).getroot()
    images = [image.text or "" for image in component.iterfind("screenshots/screenshot/image")]
    assert [Path(url).name for url in images] == [f"{name}.png" for name in SCREENSHOTS]
    assert all(url.startswith("https://") and "/docs/screenshots/" in url for url in images)


def test_screenshots_the_metainfo_names_are_in_the_repository() -> None:
    folder = ROOT / "docs" / "screenshots"
    if not folder.is_dir():
        pytest.skip("docs/screenshots/ is not generated yet")
    assert [name for name in SCREENSHOTS if not (folder / f"{name}.png").is_file()] == []


def _render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "scripts" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hicolor_icons_exist_in_every_size_and_match_the_svg() -> None:
    render_icons = _render_icons()
    assert render_icons.DESKTOP_ID == DESKTOP_ID
    assert render_icons.problems() == []
