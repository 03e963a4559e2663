#!/usr/bin/env bash
# Configures and builds Revox Desk into ./build (Ninja, RelWithDebInfo). Extra arguments go to CMake.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/CMakeCache.txt ]; then
  cmake --preset default "$@"
elif [ $# -gt 0 ]; then
  cmake -S . -B build "$@"
fi
cmake --build build --parallel "$(nproc)"
