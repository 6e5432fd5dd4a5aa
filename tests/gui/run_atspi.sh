#!/bin/sh
# Runs a GUI test binary as a screen reader meets it: a private D-Bus session (the AT-SPI bus
# starts on demand from it), Xvfb with the xcb platform (offscreen is invisible to AT-SPI), and
# Qt's AT-SPI bridge switched on. SKIPPED without dbus-run-session or the AT-SPI bindings.
set -u
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v dbus-run-session >/dev/null 2>&1; then
  echo "SKIPPED: dbus-run-session is not installed (Debian package dbus-daemon)"
  exit 0
fi
# Debian's own Python has the bindings (python3-gi); a python3 earlier on PATH may not.
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
if ! "$python" -c 'import gi; gi.require_version("Atspi", "2.0")' >/dev/null 2>&1; then
  echo "SKIPPED: the AT-SPI Python bindings are not installed (gir1.2-atspi-2.0, python3-gi)"
  exit 0
fi
# Inside the session: start the AT-SPI bus first (Qt's bridge connects to it at start-up).
exec dbus-run-session -- sh -c '
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
    >/dev/null || { echo "the AT-SPI bus (at-spi2-core) did not start"; exit 1; }
  exec "$@"' sh env QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 INTEGREAT_ATSPI_PYTHON="$python" \
  INTEGREAT_ATSPI_SCRIPT="$here/atspi_page.py" "$here/../kiosk/run_under_xvfb.sh" "$@"
