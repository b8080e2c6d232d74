# Sourced by run.sh and test.sh: `need_packages PKG…` installs the missing Debian packages when
# run as root, and otherwise prints the exact command and exits.
need_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    if [[ $(id -u) -eq 0 ]]; then
        echo "Installation des paquets Debian manquants : ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "Paquets Debian manquants. Installez-les puis relancez :" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
}

# What the window needs at run time on X11 or Wayland (winit loads them dynamically).
WINDOW_PACKAGES=(libxkbcommon-x11-0 libgl1 libegl1 mesa-vulkan-drivers libvulkan1 libgl1-mesa-dri)
