#!/usr/bin/env bash
# The whole test suite: system packages, formatting, lints, tests.
# Installs the Debian packages it needs when run as root; otherwise prints the exact command.
set -euo pipefail
cd "$(dirname "$0")/.."

# Rendering tests (egui_kittest on wgpu) run on Mesa's software Vulkan (lavapipe); the PDF
# checks use poppler; the screenshot script uses Xvfb and netpbm.
packages=(mesa-vulkan-drivers libvulkan1 libgl1-mesa-dri libegl1 libgl1 poppler-utils
          xvfb x11-utils x11-apps netpbm libxkbcommon-x11-0)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "Installation des paquets Debian manquants : ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "Paquets Debian manquants. Installez-les puis relancez :" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
cargo fmt --all -- --check
cargo clippy --locked --all-targets -- -D warnings
log=$(mktemp)
set +e
cargo test --locked 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE '^test result: .* ([0-9]+) passed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
rm -f "$log"
echo
echo "Total: $passed passed, $failed failed"
exit "$status"
