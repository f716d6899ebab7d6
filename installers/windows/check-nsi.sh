#!/usr/bin/env bash
# Compile installers/windows/uniondesk.nsi with makensis (Debian package nsis) against the Linux
# one-folder build laid out as the Windows one is (uniondesk.exe, uniondesk-cli.exe, _internal\),
# so a mistake in the setup script shows in CI here, not first on a Windows PC. The result is not
# a working setup program (the programs inside are Linux ones) and is deleted again.
#   bash installers/windows/check-nsi.sh VERSION        (build-linux.sh runs it after the build)
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$1
layout=build/windows-layout/uniondesk
rm -rf build/windows-layout
mkdir -p "$layout"
# Hard links: the layout costs no copy of the 290 MB build.
cp -al dist/uniondesk/_internal "$layout/_internal"
ln dist/uniondesk/uniondesk "$layout/uniondesk.exe"
ln dist/uniondesk/uniondesk "$layout/uniondesk-cli.exe"
out=build/windows-layout/UnionDesk-Setup-$VERSION-check.exe
# Warnings count as errors (-WX). No compression: the check is of the script, not of the ratio
# (7 s instead of 2-5 min with zlib, the script's solid LZMA longer still).
makensis -V2 -WX -X"SetCompress off" -DCOMPRESSOR=zlib -DVERSION="$VERSION" -DDIST_DIR="$PWD/$layout" \
  -DICON="$PWD/resources/icons/uniondesk.ico" -DOUT_FILE="$PWD/$out" installers/windows/uniondesk.nsi
echo "makensis compiled installers/windows/uniondesk.nsi ($(du -h "$out" | cut -f1) with the Linux files)"
rm -rf build/windows-layout
