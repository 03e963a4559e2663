#!/usr/bin/env bash
# Renders PNG screenshots of Revox Desk's main views (campaign page, call detail, settings)
# on demo data into a folder (default docs/screenshots): in English and in French, in the
# light and dark palettes, in high contrast, and the campaign page at 200% scale.
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
# shoot <screen size> <tool arguments...>
shoot() {
  local screen="$1"
  shift
  if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 ${screen}x24" "$tool" "$@"
  else
    QT_QPA_PLATFORM=offscreen "$tool" "$@"
  fi
}
shoot 1600x1000 "$out"
shoot 1600x1000 --language fr --prefix fr- "$out"
shoot 1600x1000 --themes contrast "$out"
export QT_SCALE_FACTOR=2
shoot 3000x1900 --themes light --only campaign --prefix scale200- "$out"
unset QT_SCALE_FACTOR

# Keep the files small: strip metadata, recompress.
if command -v convert >/dev/null 2>&1; then
  for f in "$out"/*.png; do
    convert "$f" -strip -define png:compression-level=9 "$f.tmp.png" && mv "$f.tmp.png" "$f"
  done
fi
ls -l "$out"/*.png
