#!/usr/bin/env bash
# The whole test suite: system packages, formatting, lints, tests.
# Installs the Debian packages it needs when run as root; otherwise prints the exact command.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/packages.sh
# Rendering tests (egui_kittest on wgpu) run on Mesa's software Vulkan (lavapipe); the PDF
# checks use poppler; scripts/screenshot.sh uses Xvfb and netpbm.
# The package test validates the desktop entry and the MIME type and renders the man page.
# The real-window test types with xdotool on a French keyboard (setxkbmap); the Windows tests
# sign the MSI with a certificate made by openssl. The clipboard test reads what the window copied
# with xclip; the workbook test has LibreOffice compute the exported .xlsx's formulas.
need_packages "${WINDOW_PACKAGES[@]}" poppler-utils xvfb x11-utils x11-apps netpbm \
    desktop-file-utils libxml2-utils man-db binutils shared-mime-info libglib2.0-bin \
    xdotool x11-xkb-utils openssl xclip libreoffice-calc-nogui

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
cargo fmt --all -- --check
# Lints and test build in one: Clippy's driver compiles our crate (scripts/lint-rustc: every
# warning an error, as `cargo clippy --all-targets -- -D warnings`) while cargo builds every
# target, so the dependencies are compiled once. The run below takes the same wrapper, or cargo
# would build our crate again.
lint=(env RUSTC_WORKSPACE_WRAPPER="$PWD/scripts/lint-rustc")
"${lint[@]}" cargo test --locked --all-targets --no-run
# The Windows build (.exe and MSI in target/windows/; installs its own packages: Debian's Rust
# 1.96, MinGW-w64, Wine, msitools, wixl, osslsigncode), tested under Wine by tests/windows.rs.
scripts/windows.sh
log=$(mktemp)
set +e
# --include-ignored: the Windows tests are ignored by a plain `cargo test` (they need the build
# above); every other test runs either way.
"${lint[@]}" cargo test --locked --no-fail-fast -- --include-ignored 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE '^test result: .* ([0-9]+) passed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
rm -f "$log"
echo
echo "Total: $passed passed, $failed failed"
exit "$status"
