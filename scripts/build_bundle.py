"""Build the one-folder bundle (dist/unclench) with PyInstaller and packaging/unclench.spec.

    bash scripts/build_bundle.sh [--if-stale]     the usual way: uses (or sets up) .venv
    python scripts/build_bundle.py [--if-stale]   with the Python environment that runs it

Installs PyInstaller into that environment when it is missing, builds from scratch (`--clean`),
writes dist/unclench.inputs (a fingerprint of everything the bundle is made from) and prints the
bundle's size and the build time. With --if-stale it does nothing when dist/unclench is there and
was built from exactly the current inputs (tests/e2e/test_bundle.py relies on that).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "unclench.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "unclench"
STAMP = DIST / "unclench.inputs"
WORK = ROOT / "build" / "pyinstaller"
PYINSTALLER = "pyinstaller>=6.10,<7"
LINUX_TOOLS = ("ldd", "objdump", "strip")  # PyInstaller reads and strips the ELF files with them
SIZE_LIMIT_MB = 150  # the Linux bundle's budget on disk (issue 8)

# What the bundle is made of: the app, its assets, the recipe, and the versions of what gets frozen.
INPUT_FOLDERS = ("desktop", "resources", "packaging")
INPUT_FILES = ("pyproject.toml",)
INPUT_DISTRIBUTIONS = (
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "PySide6-Essentials",
    "shiboken6",
    "APScheduler",
    "plyer",
    "platformdirs",
    "tzlocal",
    "tzdata",
    "jeepney",
)


def _input_files() -> Iterator[Path]:
    for name in INPUT_FOLDERS:
        for path in sorted((ROOT / name).rglob("*")):  # a missing folder has no files
            notes = name == "packaging" and path.suffix == ".md"  # for people; not part of the build
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc" and not notes:
                yield path
    for name in INPUT_FILES:
        yield ROOT / name


def fingerprint() -> str:
    """sha256 over the inputs' paths and contents, the interpreter and the frozen packages' versions."""
    digest = hashlib.sha256()
    for path in _input_files():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(f"{sys.version}|{sys.platform}|{platform.machine()}|{sys.prefix}".encode())
    for name in INPUT_DISTRIBUTIONS:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"|{name}={version}".encode())
    return digest.hexdigest()


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / ("unclench.exe" if sys.platform == "win32" else "unclench")


def is_current() -> bool:
    """dist/unclench exists and was built from the current inputs."""
    return executable().is_file() and STAMP.is_file() and STAMP.read_text().strip() == fingerprint()


def disk_usage(folder: Path) -> int:
    """Bytes the folder takes on disk (allocated blocks, like `du`), each inode counted once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        blocks = getattr(info, "st_blocks", None)
        total += blocks * 512 if blocks is not None else info.st_size
    return total


def _ensure_pyinstaller() -> None:
    try:
        importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        print(f"build_bundle: installing {PYINSTALLER} into {sys.prefix}", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", PYINSTALLER], check=True)


def build() -> float:
    """Build dist/unclench from scratch; the seconds it took."""
    _ensure_pyinstaller()
    inputs = fingerprint()  # before building: a source edited meanwhile makes the stamp stale
    STAMP.unlink(missing_ok=True)
    started = time.monotonic()
    argv = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
    ]
    # The spec builds for the platform it runs on; keep the user's Qt settings out of the build.
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    subprocess.run(argv, check=True, cwd=ROOT, env=env)
    if sys.platform.startswith("linux"):
        _add_desktop_integration(BUNDLE / "share")
    seconds = time.monotonic() - started
    STAMP.write_text(inputs + "\n")
    return seconds


def _add_desktop_integration(share: Path) -> None:
    """The menu entry, AppStream data and icons in a /usr/share layout beside the program, so
    `cp -r dist/unclench/share ~/.local/` puts Unclench in the application menu."""
    linux = ROOT / "packaging" / "linux"
    desktop_id = "io.github.unclench.Unclench"
    for source, target in (
        (linux / f"{desktop_id}.desktop", share / "applications"),
        (linux / f"{desktop_id}.metainfo.xml", share / "metainfo"),
    ):
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    shutil.copytree(linux / "icons", share / "icons", dirs_exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--if-stale", action="store_true", help="skip the build when dist/unclench is up to date"
    )
    args = parser.parse_args(argv)
    if args.if_stale and is_current():
        print(f"build_bundle: {BUNDLE.relative_to(ROOT)} is up to date")
    else:
        missing = [tool for tool in LINUX_TOOLS if shutil.which(tool) is None]
        if missing and sys.platform.startswith("linux"):
            print(f"build_bundle: PyInstaller needs {', '.join(missing)} (Debian: binutils)", file=sys.stderr)
            return 1
        seconds = build()
        print(f"build_bundle: built {BUNDLE.relative_to(ROOT)} in {seconds:.0f} s")
    size = disk_usage(BUNDLE)
    size_mb = size / 1e6
    files = sum(1 for path in BUNDLE.rglob("*") if path.is_file())
    print(
        f"build_bundle: {BUNDLE.relative_to(ROOT)} takes {size_mb:.0f} MB "
        f"({size / 2**20:.0f} MiB, as du -sh shows it) on disk in {files} files"
    )
    if sys.platform.startswith("linux") and size_mb > SIZE_LIMIT_MB:
        print(f"build_bundle: that is over the {SIZE_LIMIT_MB} MB budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
