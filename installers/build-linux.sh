#!/usr/bin/env bash
# Build the installable UnionDesk for Linux (x86-64) into dist/:
#   dist/uniondesk/                              the one-folder program (PyInstaller, installers/uniondesk.spec)
#   dist/uniondesk_<version>_amd64.deb           /opt/uniondesk, /usr/bin/uniondesk, desktop entry and icons
#   dist/uniondesk-<version>-linux-x86_64.tar.gz the same folder, portable (unpack, run ./uniondesk/uniondesk)
# and compiles the Windows setup script (installers/windows/uniondesk.nsi) with makensis against
# this build laid out as the Windows one is, so a broken .nsi shows here and not on Windows.
#
# Needs the developer set-up first (bash installers/setup-linux.sh: .venv with UnionDesk); it adds
# PyInstaller to .venv and, with apt-get, the system tools the build and its smoke test use when
# they are missing. Safe to run again; each run starts from a clean build/.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${UNIONDESK_BUILD_VENV:-.venv}
PYINSTALLER_VERSION=${PYINSTALLER_VERSION:-6.22.3}
# binutils for PyInstaller, nsis for makensis, xvfb + xauth for the smoke test's X11 screenshot.
BUILD_PACKAGES=(binutils dpkg nsis xvfb xauth)

missing=()
for package in "${BUILD_PACKAGES[@]}"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  echo "UnionDesk build: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller==$PYINSTALLER_VERSION"
"$VENV/bin/python" -m desktop.i18n.build            # the .qm catalogue the program ships
VERSION=$("$VENV/bin/python" -c 'import desktop; print(desktop.__version__)')
echo "UnionDesk build: version $VERSION"

rm -rf build dist/uniondesk
# Compiled caches of the migrations must not travel: Alembic reads the .py files.
find desktop/store/migrations -name __pycache__ -type d -prune -exec rm -rf {} +
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installers/uniondesk.spec

# -- the .deb --------------------------------------------------------------------------------------
stage=build/deb
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/DEBIAN"
cp -a dist/uniondesk "$stage/opt/uniondesk"
# A launcher script rather than a symlink: the program finds its _internal folder beside itself.
printf '#!/bin/sh\nexec /opt/uniondesk/uniondesk "$@"\n' >"$stage/usr/bin/uniondesk"
chmod 0755 "$stage/usr/bin/uniondesk"
cp installers/linux/uniondesk.desktop "$stage/usr/share/applications/"
for png in resources/icons/uniondesk-*.png; do
  size=$(basename "$png" .png); size=${size#uniondesk-}
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/uniondesk.png"
done
installed_kib=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
# PyInstaller copies the build machine's libraries, so the package needs the newest C library any
# of them was linked against (2.36 when built on Debian 12). Older systems (Ubuntu 22.04 has 2.35,
# 统信 UOS 20 and 麒麟 V10 2.28-2.31) need a build made on the oldest system to be supported, and
# for 2.28 an older PySide6 too (6.12's wheels are manylinux_2_34).
glibc=$( { find dist/uniondesk -type f \( -name '*.so*' -o -name uniondesk \) -exec objdump -T {} + 2>/dev/null || true; } \
  | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 | cut -d_ -f2)
echo "UnionDesk build: the program needs glibc >= $glibc (the build machine's libraries travel with it)"
# Everything but the C library and the graphics stack (GL/EGL/xcb, part of every desktop) is inside.
# No maintainer scripts: removing the package removes /opt/uniondesk and never a user's data folder
# (~/.local/share/UnionDesk); the desktop entry and icon caches are refreshed by dpkg triggers.
cat >"$stage/DEBIAN/control" <<CONTROL
Package: uniondesk
Version: $VERSION
Architecture: amd64
Maintainer: UnionDesk <uniondesk@localhost>
Installed-Size: $installed_kib
Depends: libc6 (>= $glibc), libgl1, libegl1, libxcb1, libfontconfig1, libxkbcommon0
Section: misc
Priority: optional
Description: UnionDesk (工会工作台), office program of a grassroots trade union
 Member register, activities, dues, union funds, hardship aid and votes in one
 embedded database, with printed notices, rosters and sign-in sheets and the
 parent union's exports. Everything it needs is inside /opt/uniondesk.
CONTROL
deb="dist/uniondesk_${VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$deb" >/dev/null

# -- the portable .tar.gz ---------------------------------------------------------------------------
tarball="dist/uniondesk-${VERSION}-linux-x86_64.tar.gz"
tar -C dist -czf "$tarball" uniondesk

# -- the Windows setup script, compiled against this build laid out as Windows' --------------------
if [ -f installers/windows/uniondesk.nsi ]; then
  bash installers/windows/check-nsi.sh "$VERSION"
fi

ls -l "$deb" "$tarball"
du -sh dist/uniondesk
