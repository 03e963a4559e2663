#!/usr/bin/env bash
# Starts Revox Desk on demo data under Xvfb with an accessibility bus, and lists (through
# AT-SPI, as a screen reader sees the window) the interactive controls that have no name.
# Extra arguments go to revox-desk (e.g. --campaign <id>).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${REVOX_BUILD_DIR:-build}"
cmake --build "$build" --target revox-desk
export REVOX_AUDIT_SCRIPT="$PWD/scripts/a11y_audit.py"
exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  launcher=$!
  sleep 1
  export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
  export XDG_CONFIG_HOME="$(mktemp -d)"
  "$0" --demo "$@" &
  app=$!
  /usr/bin/python3 "$REVOX_AUDIT_SCRIPT" revox-desk 8
  status=$?
  kill "$app" "$launcher" 2>/dev/null || true
  exit $status
' "$build/app/revox-desk" "$@"
