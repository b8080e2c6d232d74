#!/usr/bin/env bash
# Starts the real window under Xvfb and saves a screenshot: scripts/screenshot.sh OUT.png [SIZE] [-- ARGS…]
# Example: scripts/screenshot.sh /tmp/matrix.png 1280x800 -- saves/club-randonnee.ron --view position
# The window fills the screen; TEXT_SCALE=1.3 shows the text at 130 %, UI_LANG=En the window in
# English.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/screenshot.sh OUT.png [WIDTHxHEIGHT] [-- ARGS…]}; shift
size=${1:-1280x800}; [[ $# -gt 0 ]] && shift
[[ ${1:-} == "--" ]] && shift
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp &
xvfb=$!
export DISPLAY=$display XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_STATE_HOME=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
settings=()
[[ -n ${TEXT_SCALE:-} ]] && settings+=("text_scale: $TEXT_SCALE")
[[ -n ${UI_LANG:-} ]] && settings+=("lang: $UI_LANG")
if [[ ${#settings[@]} -gt 0 ]]; then
    mkdir -p "$XDG_CONFIG_HOME/atelier-mse"
    (IFS=,; echo "(${settings[*]})") > "$XDG_CONFIG_HOME/atelier-mse/settings.ron"
fi
sleep 1
target/debug/atelier-mse "$@" &
app=$!
w=${size%x*}; h=${size#*x}
for _ in $(seq 1 40); do
    sleep 0.5
    if xwininfo -root -tree 2>/dev/null | grep -q "Atelier MSE"; then break; fi
done
# No window manager: the window is sized to the screen by hand.
xdotool search --name "Atelier MSE" windowmove 0 0 windowsize "$w" "$h" 2>/dev/null || true
sleep ${SETTLE:-3}
xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$out"
echo "$out"
