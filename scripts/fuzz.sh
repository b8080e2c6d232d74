#!/usr/bin/env bash
# Fuzzes the case-file loader for MINUTES minutes (default 5), starting from the committed
# corpus (fuzz/corpus/load). Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Findings land in fuzz/artifacts/load/; add each one to the corpus once fixed.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
minutes=${1:-5}
work=$(mktemp -d)
cp corpus/load/* "$work"/
cargo +nightly fuzz run load "$work" corpus/load -- -max_total_time=$((minutes * 60)) -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1
