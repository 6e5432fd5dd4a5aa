#!/bin/sh
# systemd-analyze verify on the kiosk units. The units name installed programs; the test
# points them at the built ones (and at /bin/true for cage when it is not installed), in a
# temporary copy. SKIPPED where systemd-analyze is missing.
set -eu
if ! command -v systemd-analyze >/dev/null 2>&1; then
  echo "SKIPPED: systemd-analyze is not installed"
  exit 0
fi
src=$1 cli=$2 desktop=$3
cage=$(command -v cage || echo /bin/true)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for unit in integreat-kiosk.service integreat-kiosk-sync.service integreat-kiosk-sync.timer \
            integreat-kiosk-boot-sync.service integreat-kiosk-boot-sync.timer; do
  sed -e "s|/usr/bin/integreat-cli|$cli|g" -e "s|/usr/bin/integreat-desktop|$desktop|g" \
      -e "s|/usr/bin/cage|$cage|g" "$src/$unit" >"$tmp/$unit"
done
cd "$tmp"
out=$(systemd-analyze verify --man=no integreat-kiosk.service integreat-kiosk-sync.service \
        integreat-kiosk-sync.timer integreat-kiosk-boot-sync.service integreat-kiosk-boot-sync.timer 2>&1) || { echo "$out"; exit 1; }
# verify also reports problems of other units on this machine: fail only on ours.
if echo "$out" | grep -q "integreat-kiosk"; then
  echo "$out"
  exit 1
fi
echo "systemd-analyze verify: the kiosk units are fine"
