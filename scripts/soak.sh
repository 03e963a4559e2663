#!/usr/bin/env bash
# Soak test (not part of the normal test run): starts revox-sim with a 10,000-row running
# campaign, refreshes it every 50 ms with revox-soak for 10 minutes, and prints a JSON report
# (resident memory and heap in use at start and end, rows and call attempts held, refreshes,
# errors). Exit code 0 when resident memory grew < 5%.
# Usage: scripts/soak.sh [--duration SECONDS] [--warmup SECONDS] [--speed X] [--malloc-trim]
#                        [--asan]
#   --speed  simulated seconds per real second (default 1; 0 freezes the campaign, so any
#            memory growth is the app's own and not new calls and transcripts).
#   --malloc-trim  returns free heap to the system after every refresh: if resident memory
#            then stays flat, growth without it was the allocator keeping memory, not a leak.
#   --asan  uses the ASan+UBSan build (build-asan) and LeakSanitizer; default 60 s.
# REVOX_SOAK_BUILD_DIR overrides the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=
warmup=30
asan=0
speed=1
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --asan) asan=1; shift ;;
    --speed) speed=$2; shift 2 ;;
    --malloc-trim) extra+=(--malloc-trim); shift ;;
    -h|--help) sed -n 2,13p "$0"; exit 0 ;;
    *) echo "soak.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ -z "$duration" ]; then duration=$([ "$asan" = 1 ] && echo 60 || echo 600); fi
if [ "$asan" = 1 ]; then
  build_dir=${REVOX_SOAK_BUILD_DIR:-$root/build-asan}
  [ -f "$build_dir/CMakeCache.txt" ] || cmake --preset asan -B "$build_dir"
  export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:fast_unwind_on_malloc=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  export LSAN_OPTIONS="suppressions=$root/tests/hardening/lsan.supp:print_suppressions=0"
else
  build_dir=${REVOX_SOAK_BUILD_DIR:-$root/build}
  [ -f "$build_dir/CMakeCache.txt" ] ||
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --target revox-soak revox-sim -j"$(nproc)" >&2

out=$(mktemp)
trap 'kill "$sim_pid" 2>/dev/null || true; rm -f "$out"' EXIT
# rows-scale 0.1: the largest running campaign has 10,000 rows; speed 1: it moves in real time.
"$build_dir/sim/revox-sim" --port 0 --rows-scale 0.1 --speed "$speed" >"$out" 2>/dev/null &
sim_pid=$!
for _ in $(seq 50); do [ -s "$out" ] && break; sleep 0.1; done
base=$(head -n 1 "$out")
[ -n "$base" ] || { echo "soak.sh: revox-sim did not start" >&2; exit 2; }

"$build_dir/tools/soak/revox-soak" --base-url "$base" --duration "$duration" \
  --warmup "$warmup" --interval-ms 50 --rows 10000 "${extra[@]}"
