#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (the
# "asan" preset) and runs the whole test suite; any sanitizer report fails its test.
# Usage: scripts/asan.sh [extra ctest arguments, e.g. -R tst_hardening]
# REVOX_ASAN_BUILD_DIR overrides the build directory (default: build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# REVOX_ASAN_PRESET=asan-core builds and tests the GUI-free core only (what CI runs).
preset=${REVOX_ASAN_PRESET:-asan}
default_dir=$root/build-asan
[ "$preset" = "asan-core" ] && default_dir=$root/build-asan-core
build_dir=${REVOX_ASAN_BUILD_DIR:-$default_dir}

start=$(date +%s)
cmake --preset "$preset" -B "$build_dir"
cmake --build "$build_dir" -j"$(nproc)"
built=$(date +%s)

export QT_QPA_PLATFORM=offscreen
# Any report aborts the process, so the test fails with the report on stderr.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:print_summary=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
export LSAN_OPTIONS="suppressions=$root/tests/hardening/lsan.supp:print_suppressions=0"

# Tests that play audio or build the whole window allocate inside GStreamer and PulseAudio
# callbacks: they need whole allocation stacks (fast_unwind_on_malloc=0) for those leaks to
# match their suppressions. That unwinding is ten times slower, so only they get it.
media_tests='^(tst_dashboard|tst_security|tst_windowfaults)$'
status=0
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -E "$media_tests" "$@" || status=$?
# The GUI-free build (asan-core) has none of them: skip the pass rather than print
# "No tests were found" as the run's last word.
media_count=$(ctest --test-dir "$build_dir" -N -R "$media_tests" "$@" | sed -n 's/^Total Tests: *//p')
if [ "${media_count:-0}" -gt 0 ]; then
  ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" \
    ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -R "$media_tests" "$@" || status=$?
fi
done_at=$(date +%s)
echo "asan: build $((built - start)) s, tests $((done_at - built)) s, total $((done_at - start)) s, ctest exit $status"
exit "$status"
