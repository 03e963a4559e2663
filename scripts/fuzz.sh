#!/usr/bin/env bash
# Builds the libFuzzer target over the API body reader with clang (ASan + UBSan) and runs it
# for the given number of seconds (default 60), seeded with the test fixtures.
# Usage: bash scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
bash scripts/install-deps.sh
cmake -S fuzz -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DREVOX_BUILD_FUZZ=ON > /dev/null
cmake --build build-fuzz --parallel "$(nproc)"
mkdir -p build-fuzz/corpus
# -rss_limit_mb guards against memory blow-ups; any crash, leak or timeout fails the run.
build-fuzz/fuzz_api_body_reader -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 build-fuzz/corpus tests/data 2>&1 | tail -n 25
echo "fuzz: ${seconds}s without a crash"
