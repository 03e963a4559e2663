#!/usr/bin/env bash
# Installs the Debian packages Revox Desk needs to build, test and run.
# This is the one list of dependencies; it installs only what is missing and is safe to re-run.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git python3 ccache
  # fuzzing (libFuzzer) and sanitizer runs
  clang libclang-rt-14-dev
  # static analysis (scripts/lint.sh)
  clang-tidy
  # Qt 6 modules
  qt6-base-dev qt6-base-dev-tools
  # the local cache: Qt SQL's SQLite driver (QSQLITE)
  libqt6sql6-sqlite
  qt6-multimedia-dev qt6-charts-dev libqt6opengl6-dev
  qt6-svg-dev qt6-image-formats-plugins
  qtkeychain-qt6-dev
  # reading rows pages (simdjson's On-Demand parser)
  libsimdjson-dev
  # translations: lupdate / lrelease (Qt6LinguistTools), Qt's own French texts
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  # audio playback through Qt Multimedia's GStreamer backend
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  # headless GUI runs, screenshots
  xvfb xauth imagemagick fonts-dejavu-core
  # desktop notification tests (a session bus), the AT-SPI accessibility audit
  dbus dbus-daemon at-spi2-core python3-pyatspi
  # packaging checks
  desktop-file-utils appstream dpkg-dev file
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
