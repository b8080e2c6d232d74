#!/usr/bin/env bash
# Builds the Debian package: scripts/package.sh [BINARY] [OUT_DIR]
# BINARY defaults to a release build (cargo build --release); the test suite passes the binary it
# already built, so that packaging costs seconds, not another build. The package is assembled
# in a staging tree and built with dpkg-deb, Debian's own packager (no extra tool to install).
# It holds: the binary, the .desktop entry, the icons (hicolor, 16 to 512 px, and the SVG), the
# MIME type of case files, the samples under /usr/share/atelier-mse/exemples/, the man page and
# the bash, zsh and fish completions generated from the command line's own definitions.
# DEB_COMPRESSION (dpkg-deb -Z: xz, the default, gzip, zstd or none): the test suite asks for
# none, since it checks what the package holds and xz spends half a minute on a debug binary.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-}
out=${2:-target/debian}
if [[ -z $binary ]]; then
    cargo build --release --locked
    binary=target/release/atelier-mse
fi
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/atelier-mse_${version}_$arch
install -Dm755 "$binary" "$root/usr/bin/atelier-mse"
# No debugging symbols in the package (a debug build carries hundreds of MB of them).
strip --strip-debug "$root/usr/bin/atelier-mse"
install -Dm644 packaging/atelier-mse.desktop "$root/usr/share/applications/atelier-mse.desktop"
install -Dm644 packaging/atelier-mse.xml "$root/usr/share/mime/packages/atelier-mse.xml"
install -Dm644 assets/icon/atelier-mse.svg "$root/usr/share/icons/hicolor/scalable/apps/atelier-mse.svg"
for png in assets/icon/png/*.png; do
    size=$(basename "$png" .png)
    install -Dm644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/atelier-mse.png"
done
for sample in saves/*.ron; do
    install -Dm644 "$sample" "$root/usr/share/atelier-mse/exemples/$(basename "$sample")"
done
install -Dm644 assets/fonts/DejaVu-LICENSE.txt "$root/usr/share/doc/atelier-mse/DejaVu-LICENSE.txt"
install -Dm644 README.md "$root/usr/share/doc/atelier-mse/README.md"
generated=$stage/generated
mkdir -p "$generated"
"$binary" package-files "$generated"
gzip -9n < "$generated/atelier-mse.1" > "$generated/atelier-mse.1.gz"
install -Dm644 "$generated/atelier-mse.1.gz" "$root/usr/share/man/man1/atelier-mse.1.gz"
install -Dm644 "$generated/atelier-mse.bash" "$root/usr/share/bash-completion/completions/atelier-mse"
install -Dm644 "$generated/_atelier-mse" "$root/usr/share/zsh/vendor-completions/_atelier-mse"
install -Dm644 "$generated/atelier-mse.fish" "$root/usr/share/fish/vendor_completions.d/atelier-mse.fish"
size=$(du -sk "$root/usr" | cut -f1)
mkdir -p "$root/DEBIAN"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" packaging/control > "$root/DEBIAN/control"
# The desktop and MIME databases are refreshed by dpkg's triggers (desktop-file-utils,
# shared-mime-info) when they are installed.
mkdir -p "$out"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$root" "$out/atelier-mse_${version}_$arch.deb" >/dev/null
echo "$out/atelier-mse_${version}_$arch.deb"
