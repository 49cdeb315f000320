#!/bin/sh
# Build the PyInstaller one-folder app from timedesk.spec and smoke-test it:
#
#     sh packaging/build.sh            # -> dist/timedesk/   (build/ holds PyInstaller's work files)
#
# Uses ./.venv (created if missing, with the [build] extra). Linux/macOS shells and Git Bash on
# Windows. Build on the OLDEST distribution you support: the build bundles this machine's system
# libraries (glibc is not bundled, so the result needs a glibc at least as new as this one).
set -eu

. "$(dirname -- "$0")/lib.sh"

ensure_venv
install_into_venv '.[build]'

DIST="${TIMEDESK_DIST:-$REPO/dist}"
WORK="${TIMEDESK_BUILD:-$REPO/build}"
start=$(date +%s)
say "building timedesk.spec into $DIST/timedesk"
( cd "$REPO" && "$VENV_PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" timedesk.spec ) || die "PyInstaller failed"
say "built in $(( $(date +%s) - start )) s; $(du -sh "$DIST/timedesk" | cut -f1) in $DIST/timedesk"

if [ -x "$DIST/timedesk/timedesk-cli.exe" ]; then EXE="$DIST/timedesk/timedesk-cli.exe"; else EXE="$DIST/timedesk/timedesk"; fi
home=$(mktemp -d)
trap 'rm -rf -- "$home"' EXIT
export QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
TIMEDESK_HOME="$home" "$EXE" --version || die "the built program does not start"
TIMEDESK_HOME="$home" "$EXE" --self-test || die "the built program fails its self-test"
