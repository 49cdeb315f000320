#!/bin/sh
# Try timedesk on this machine with demo data:
#
#     sh packaging/run-demo.sh [timedesk arguments...]
#
# Creates ./.venv (Python >= 3.11) if missing, installs timedesk into it (pip install -e .), loads
# the demo data into the embedded SQLite database (idempotent: safe to run again) and opens the
# main window. Extra arguments go to `timedesk` (e.g. `sh packaging/run-demo.sh display`).
# Set TIMEDESK_HOME=/some/dir to keep the demo away from your real per-user data.
set -eu

. "$(dirname -- "$0")/lib.sh"

ensure_system_packages run
ensure_venv
install_into_venv .

case "$VENV_PY" in
    *Scripts/python.exe) TIMEDESK="$VENV/Scripts/timedesk.exe" ;;
    *) TIMEDESK="$VENV/bin/timedesk" ;;
esac

say "loading the demo data (idempotent)"
"$TIMEDESK" demo || die "loading the demo data failed (see above)"

# A Qt program without a screen aborts with "could not connect to display": say it plainly.
if [ "$(uname -s 2>/dev/null)" = Linux ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        cat >&2 <<EOF
timedesk: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window
cannot open. The demo data is loaded. On a machine without a screen you can:
  - run the HTTP listener alone (webhooks, API, the lobby display page at /display):
        $TIMEDESK serve            (then open http://127.0.0.1:8765/ from this machine)
  - run the window without showing it (for checks and screenshots):
        QT_QPA_PLATFORM=offscreen sh packaging/run-demo.sh
  - or connect with a display: ssh -X, a desktop session, or Xvfb (xvfb-run sh packaging/run-demo.sh)
EOF
        exit 2
    fi
    "$VENV_PY" "$REPO/packaging/check_qt_libs.py" || exit 3
fi

say "starting timedesk (demo users and password were printed above)"
exec "$TIMEDESK" "$@"
