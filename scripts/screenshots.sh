#!/usr/bin/env bash
# Renders PNG screenshots of Revox Desk's main views (campaign page, call detail, settings)
# in the light and dark palettes, on demo data, into a folder (default docs/screenshots).
# Builds the screenshot tool if needed. Runs under Xvfb when available, else offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
build="${REVOX_BUILD_DIR:-build}"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target revox-screenshots --parallel "$(nproc)"

mkdir -p "$out"
tool="$build/app/revox-screenshots"
export QT_LOGGING_RULES="revox.*.info=false;revox.*.debug=false;qt.multimedia.*=false"
if command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" "$out"
else
  QT_QPA_PLATFORM=offscreen "$tool" "$out"
fi

# Keep the files small: strip metadata, recompress.
if command -v convert >/dev/null 2>&1; then
  for f in "$out"/*.png; do
    convert "$f" -strip -define png:compression-level=9 "$f.tmp.png" && mv "$f.tmp.png" "$f"
  done
fi
ls -l "$out"/*.png
