#!/usr/bin/env bash
# Builds the Debian package into ./build, validates the desktop entry and metainfo,
# then installs the package and checks that the installed revox-desk and revox-cli run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
desktop-file-validate packaging/com.getrevox.RevoxDesk.desktop
appstreamcli validate --no-net packaging/com.getrevox.RevoxDesk.metainfo.xml
(cd build && cpack -G DEB)
deb=$(ls -t build/revox-desk_*.deb | head -n 1)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
if [ "${REVOX_INSTALL_PACKAGE:-0}" = "1" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq --no-install-recommends "./$deb"
  QT_QPA_PLATFORM=offscreen /usr/bin/revox-desk --version
  /usr/bin/revox-cli --version
fi
