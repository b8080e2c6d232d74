#!/usr/bin/env bash
# Runs the app (release build); without arguments it opens on the start screen (new case,
# recent files, the examples of saves/).
# Any arguments go to the app: scripts/run.sh saves/club-randonnee.ron --view position
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
need_packages "${WINDOW_PACKAGES[@]}"
exec cargo run --release --locked -- "$@"
