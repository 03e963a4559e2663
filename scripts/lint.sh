#!/usr/bin/env bash
# Runs clang-tidy 14 (the checks in .clang-tidy) over the project's own sources, in
# parallel, with the compile commands of ./build; any finding fails the run.
# Usage: scripts/lint.sh [regex of files to check, default: every source of ours]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ ! -f build/compile_commands.json ]; then
  bash scripts/build.sh
fi
# moc and rcc output lives in ./build and is not ours to fix.
files=${1:-"^$root/(app|bench|cli|fuzz|lib|sim|tests|tools|ui)/.*\\.cpp\$"}
start=$(date +%s)
status=0
run-clang-tidy-14 -p build -j "$(nproc)" -quiet "$files" 2>&1 |
  sed 's/\x1b\[[0-9;]*m//g' > build/lint.log || status=$?
# Findings only (a header's finding once), without progress and the run's own command lines.
findings=$(grep -E '^/.*: (warning|error): ' build/lint.log | sort -u || true)
[ -n "$findings" ] && echo "$findings"
echo "lint: $(printf '%s' "$findings" | grep -c . || true) findings in $(($(date +%s) - start)) s" \
  "(full output: build/lint.log)"
exit "$status"
