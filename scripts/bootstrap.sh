#!/usr/bin/env bash
# Set up Unclench on a fresh Debian/Ubuntu machine; safe to run again (it only does what is missing).
#
#   bash scripts/bootstrap.sh          Debian packages the app needs, then .venv with `pip install -e .`
#   bash scripts/bootstrap.sh --test   also what the tests need (Xvfb, trayer, ...) and `pip install -e '.[test]'`
#
# As root it installs the Debian packages itself; otherwise it prints the sudo command and goes on.
# PYTHON=/path/to/python3.x picks the interpreter for the venv (default: the first python3 >= 3.11).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

with_tests=0
for arg in "$@"; do
    case "$arg" in
        --test) with_tests=1 ;;
        -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "bootstrap: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

say() { printf 'bootstrap: %s\n' "$*"; }

# What Qt 6's xcb platform plugin (PySide6-Essentials) loads, checked with `ldd`/readelf on
# libqxcb.so and the Qt libraries it pulls in, and with /proc/PID/maps of a tray icon, a menu and a
# window with text running on Xvfb. libxcb-xinerama0 (often listed for Qt 5) is not used by Qt 6.
runtime_packages=(
    libxcb1 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libxkbcommon0 libxkbcommon-x11-0
    libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
    fonts-dejavu-core # any font: without one every label is blank
    libxss1           # X11 idle time (XScreenSaver extension, loaded with ctypes)
    libasound2        # the chime (ALSA, loaded with ctypes)
    libpulse0         # call detection: pulsectl loads libpulse for the sound server's capture streams
)
# The end-to-end tests: a virtual screen, a tray host, X tools to look at it, a private session bus,
# a notification daemon on it (dbus-x11 satisfies dunst's session-bus dependency without pulling in
# systemd's user session), and a small window manager for the fullscreen tests.
test_packages=(xvfb trayer xdotool x11-utils dbus dbus-x11 dunst openbox
    syncthing                    # the sync folder tests: two real instances on 127.0.0.1
    desktop-file-utils appstream # validators for the menu entry and the AppStream file
    binutils                     # objdump and strip, for PyInstaller's Linux bundle
    x11-xserver-utils            # xrandr: two monitors on one Xvfb screen for the break screen's tests
    gettext                      # xgettext, msgmerge, msgfmt: scripts/update_translations.py and its tests
    kwin-wayland                 # a headless Wayland compositor offering ext-idle-notify-v1 (tests/e2e/wayland.py)
    plasma-wayland-protocols     # KDE's idle protocol XML: the Wayland tests' "user activity"
    pulseaudio pulseaudio-utils  # call detection: private sound servers, parecord and pactl
    pipewire pipewire-pulse wireplumber pipewire-bin)

packages=("${runtime_packages[@]}")
((with_tests)) && packages+=("${test_packages[@]}")

# ---- a Python >= 3.11 with venv ----------------------------------------------------------------

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}
python=$(find_python || true)
if [[ -z "$python" ]]; then
    packages+=(python3 python3-venv) # Debian 12 and Ubuntu 24.04 ship 3.11 / 3.12
elif ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
    packages+=("python3-venv" "python$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv")
fi

# ---- Debian packages -----------------------------------------------------------------------------

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=()
    for package in "${packages[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
        [[ "$status" == installed ]] || missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then
        say "Debian packages: all ${#packages[@]} present"
    elif [[ $(id -u) -eq 0 ]]; then
        say "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        say "missing Debian packages; run this, then run me again:"
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    fi
else
    say "not a Debian-like system: install the equivalents of: ${packages[*]}"
fi

python=${python:-$(find_python || true)}
if [[ -z "$python" ]]; then
    say "no python3 >= 3.11 found (set PYTHON=/path/to/python3.11 or install python3)" >&2
    exit 1
fi

# ---- the venv and the project --------------------------------------------------------------------

venv=.venv
if [[ -x "$venv/bin/python" ]] && python_ok "$venv/bin/python"; then
    say "reusing $venv ($("$venv/bin/python" --version))"
else
    rm -rf "$venv"
    say "creating $venv with $python ($("$python" --version))"
    "$python" -m venv "$venv"
fi

spec=.
((with_tests)) && spec='.[test]'
# pyproject.toml is the whole recipe: unchanged recipe, unchanged venv.
stamp="$spec $(sha256sum pyproject.toml | cut -d' ' -f1)"
if [[ -f "$venv/.bootstrap-stamp" ]] && [[ "$(cat "$venv/.bootstrap-stamp")" == "$stamp" ]]; then
    say "project already installed in $venv"
else
    say "pip install -e '$spec'"
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 "$venv/bin/python" -m pip install -q -e "$spec"
    echo "$stamp" >"$venv/.bootstrap-stamp"
fi
say "ready: $venv/bin/unclench to run$( ((with_tests)) && echo ", $venv/bin/python -m pytest to test")"
