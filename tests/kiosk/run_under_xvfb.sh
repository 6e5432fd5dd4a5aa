#!/bin/sh
# Runs a GUI test binary in a real X window: starts Xvfb on a free display (Xvfb picks it,
# -displayfd), runs "$@" with QT_QPA_PLATFORM=xcb, stops Xvfb. Without Xvfb: SKIPPED.
set -u
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "SKIPPED: Xvfb is not installed (Debian package xvfb)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$tmp"' EXIT
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb=$!
# Xvfb writes the display number once it accepts clients; wait for that (or for it to die).
i=0
while [ ! -s "$tmp/display" ]; do
  if ! kill -0 "$xvfb" 2>/dev/null; then
    echo "Xvfb did not start:"; cat "$tmp/xvfb.log"; exit 1
  fi
  i=$((i + 1))
  [ "$i" -gt 300 ] && { echo "Xvfb gave no display number"; exit 1; }
  sleep 0.1
done
display=$(head -n1 "$tmp/display")
DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$@"
