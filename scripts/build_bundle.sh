#!/usr/bin/env bash
# Build the one-folder bundle dist/unclench (PyInstaller, packaging/unclench.spec) from this checkout.
#
#   bash scripts/build_bundle.sh             build from scratch; prints the size and the build time
#   bash scripts/build_bundle.sh --if-stale  only when dist/unclench is missing or out of date
#
# Uses .venv (VENV=/path/to/venv picks another), setting it up with scripts/bootstrap.sh when it is
# missing; installs PyInstaller into it. On Debian PyInstaller also needs the shared libpython
# (package libpython3.X for the venv's Python 3.X). Windows and macOS: see the README.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

venv=${VENV:-.venv}
if [[ ! -x "$venv/bin/python" ]]; then
    if [[ -n "${VENV:-}" ]]; then
        echo "build_bundle: no Python in $venv" >&2
        exit 1
    fi
    bash scripts/bootstrap.sh
fi
exec "$venv/bin/python" scripts/build_bundle.py "$@"
