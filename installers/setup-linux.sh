#!/usr/bin/env bash
# Set up UnionDesk from a checkout on Debian/Ubuntu (a fresh machine included):
#   1. the system libraries Qt needs (xcb/EGL/fontconfig …) and a Chinese font for the screen,
#      installed with apt-get when missing (as root, or through sudo);
#   2. a virtual environment in .venv with UnionDesk and its test tools;
#   3. the compiled translation catalogue (resources/translations/*.qm, built, not committed).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libfontconfig1
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1
  fonts-noto-cjk
  libreoffice-writer-nogui   # tests: the Word copies of papers open in LibreOffice with our page count
  libreoffice-calc-nogui     # tests: exports and rosters as LibreOffice reads and writes them
  postgresql                 # tests: the store, domain and command suites also run on a throwaway server
)
PYTHON=${PYTHON:-python3}

if ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
  SYSTEM_PACKAGES+=(python3-venv)
fi

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" = "none" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "UnionDesk setup: please install these system packages first: ${missing[*]}" >&2
  else
    echo "UnionDesk setup: installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "UnionDesk needs Python 3.11 or newer; $("$PYTHON" --version) was found." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
.venv/bin/python -m desktop.i18n.build
# The program's own bytecode (pip compiles the libraries only): without it, where
# PYTHONDONTWRITEBYTECODE is set, every start compiles its ~700 modules again (~1 s of CPU).
.venv/bin/python -m compileall -q desktop
echo "UnionDesk setup: ready (.venv)."
