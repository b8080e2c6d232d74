#!/usr/bin/env bash
# Builds Atelier MSE for Windows on this Debian machine: scripts/windows.sh
#
#   target/windows/atelier-mse.exe               the program (release, symbols stripped)
#   target/windows/atelier-mse-VERSION-x64.msi   the installer (wixl, packaging/windows/)
#   target/windows/wine-shim/bcryptprimitives.dll  for the tests under Wine only, never shipped
#
# The compiler is Debian's own Rust (rustc-web, cargo-web: 1.96, with the standard library's
# source in rust-web-src), which builds the standard library for x86_64-pc-windows-gnu itself
# (-Zbuild-std; RUSTC_BOOTSTRAP lets a stable compiler take that flag); MinGW-w64 links. It is
# called by its full path with RUSTC set: the rustup proxy first in PATH would obey
# rust-toolchain.toml (1.95, with no Windows standard library). Everything goes under
# target/windows, so that the Linux builds in target/ are never touched.
# A second run is incremental: cargo rebuilds what changed, the icon and the MSI are remade
# only when one of their inputs is newer.
# Installs its Debian packages when run as root; otherwise prints the exact command.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/packages.sh
# Compiler and linker; Wine (the tests run the .exe and the installer under it); msitools and
# wixl (the MSI); osslsigncode (Authenticode signature, checked by the tests); librsvg2-bin and
# icoutils (the .ico from the SVG).
WINDOWS_PACKAGES=(rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 wine wine64 msitools wixl
    osslsigncode librsvg2-bin icoutils)
need_packages "${WINDOWS_PACKAGES[@]}"

out=target/windows
target=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
mkdir -p "$out"

# 1. The program.
PATH=/usr/bin:/bin RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$out" \
    /usr/bin/cargo build --release --locked --target "$target" -Zbuild-std=std,panic_unwind
built=$out/$target/release/atelier-mse.exe
exe=$out/atelier-mse.exe
# The symbol table is a quarter of the file and of no use to a consultant. Replaced only when
# it changed (cargo may link an older build back in place: dates do not tell), so that the MSI
# below is remade only then.
x86_64-w64-mingw32-strip -o "$exe.tmp" "$built"
if cmp -s "$exe.tmp" "$exe"; then
    rm "$exe.tmp"
else
    mv "$exe.tmp" "$exe"
fi

# 2. The icon of the Start-menu entry and of « Ajout/suppression de programmes »: every size
# Windows asks for, rendered from the vector source (as scripts/icons.sh does for Linux); the
# 256 px image is stored as PNG inside the .ico, as Windows expects.
ico=$out/atelier-mse.ico
if [[ ! -f $ico || assets/icon/atelier-mse.svg -nt $ico || scripts/windows.sh -nt $ico ]]; then
    pngs=$(mktemp -d)
    for size in 16 24 32 48 64 128 256; do
        rsvg-convert -w "$size" -h "$size" assets/icon/atelier-mse.svg -o "$pngs/$size.png"
    done
    icotool -c -o "$ico.tmp" "$pngs"/{16,24,32,48,64,128}.png -r "$pngs/256.png"
    rm -rf "$pngs"
    mv "$ico.tmp" "$ico"
fi

# 3. The installer. wixl reads the WiX 3 source; the files it packs are named relative to the
# repository (SourceDir) and to target/windows (BuildDir): wixl takes no absolute path there.
msi=$out/atelier-mse-$version-x64.msi
wxs=packaging/windows/atelier-mse.wxs
rebuild=0
[[ -f $msi ]] || rebuild=1
for input in "$exe" "$ico" "$wxs" saves/*.ron assets/fonts/DejaVu-LICENSE.txt Cargo.toml; do
    if [[ $input -nt $msi ]]; then rebuild=1; fi
done
if ((rebuild)); then
    wixl -a x64 -D "Version=$version" -D SourceDir=. -D "BuildDir=$out" \
        -o "$msi.tmp" "$wxs"
    mv "$msi.tmp" "$msi"
fi

# 4. For the tests only: Wine 8 has no bcryptprimitives.dll, whose ProcessPrng Rust's standard
# library calls for random numbers (Windows 10 and 11 have it). tests/windows.rs puts it in
# the system32 folder of its Wine prefix, where Windows has it; never in the MSI.
shim=$out/wine-shim/bcryptprimitives.dll
if [[ ! -f $shim || packaging/windows/bcryptprimitives.c -nt $shim ]]; then
    mkdir -p "$out/wine-shim"
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$shim" packaging/windows/bcryptprimitives.c \
        -ladvapi32
fi

echo "$exe"
echo "$msi"
