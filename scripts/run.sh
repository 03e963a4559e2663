#!/usr/bin/env bash
# Installs what is missing, builds, and launches Revox Desk.
# Without REVOX_API_KEY (or a key saved in the app's settings) it runs on demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec ./build/app/revox-desk "$@"
