#!/usr/bin/env bash
# Renders the icon's vector source (assets/icon/atelier-mse.svg) to the PNG sizes a desktop
# uses (assets/icon/png/SIZE.png). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p assets/icon/png
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" assets/icon/atelier-mse.svg -o "assets/icon/png/$size.png"
done
