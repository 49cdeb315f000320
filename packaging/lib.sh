# Shared by packaging/run-demo.sh and packaging/test.sh (POSIX sh: dash, bash, busybox ash).
# Sourced, not run. Sets REPO, VENV, VENV_PY and provides say/die/ensure_venv/install_into_venv.

say() { printf '%s\n' "timedesk: $*"; }
die() { printf '%s\n' "timedesk: $*" >&2; exit 1; }

# The checkout this script belongs to, whatever the current directory is.
REPO=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd) || die "cannot find the checkout"
VENV="${TIMEDESK_VENV:-$REPO/.venv}"

venv_python() {
    for candidate in "$VENV/bin/python" "$VENV/Scripts/python.exe"; do
        if [ -x "$candidate" ]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

# A python3 >= 3.11 with venv and ensurepip: $PYTHON if given, else the first that fits.
find_python() {
    for candidate in ${PYTHON:-} python3 python3.14 python3.13 python3.12 python3.11 python py; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

ensure_venv() {
    if VENV_PY=$(venv_python) && "$VENV_PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
            >/dev/null 2>&1; then
        return 0
    fi
    if [ -e "$VENV" ]; then
        say "$VENV is broken or older than Python 3.11: recreating it"
        rm -rf -- "$VENV"
    fi
    base=$(find_python) || die "Python 3.11 or newer is needed and none was found.
  Debian/Ubuntu: sudo apt-get install python3 python3-venv   (Debian 12 has 3.11)
  Windows/macOS: install it from https://www.python.org/downloads/
  Or name one: PYTHON=/path/to/python3.12 sh $0"
    if ! "$base" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        die "$base cannot create virtual environments (no venv/ensurepip module).
  Debian/Ubuntu: sudo apt-get install python3-venv"
    fi
    say "creating $VENV with $base ($("$base" -c 'import platform; print(platform.python_version())'))"
    "$base" -m venv "$VENV" || die "could not create $VENV"
    VENV_PY=$(venv_python) || die "$VENV has no python after creation"
}

# install_into_venv SPEC: pip install -e SPEC, skipped when pyproject.toml and SPEC are unchanged
# since the last successful install (a stamp in the venv), so a second start is instant.
install_into_venv() {
    spec=$1
    stamp="$VENV/.timedesk-install-$(printf '%s' "$spec" | tr -c 'a-zA-Z0-9' '_')"
    digest=$("$VENV_PY" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' \
        "$REPO/pyproject.toml") || die "cannot read $REPO/pyproject.toml"
    # an install with extras (.[test,build]) also satisfies plain "."
    for done_stamp in "$stamp" $( [ "$spec" = . ] && ls "$VENV"/.timedesk-install-* 2>/dev/null ); do
        if [ -f "$done_stamp" ] && [ "$(cat "$done_stamp")" = "$digest" ] \
                && "$VENV_PY" -c 'import timedesk' >/dev/null 2>&1; then
            say "dependencies up to date ($spec)"
            return 0
        fi
    done
    say "installing $spec into $VENV (the first time downloads Qt: a few minutes)"
    ( cd "$REPO" && "$VENV_PY" -m pip install --disable-pip-version-check -q -e "$spec" ) \
        || die "pip install -e '$spec' failed (see the errors above)"
    printf '%s\n' "$digest" > "$stamp"
}

# system_packages KIND...: the packages of packaging/linux/system-packages.txt marked KIND.
system_packages() {
    sed -e 's/#.*//' "$REPO/packaging/linux/system-packages.txt" | while read -r pkg kind; do
        for wanted in "$@"; do
            if [ -n "$pkg" ] && [ "$kind" = "$wanted" ]; then
                printf '%s\n' "$pkg"
            fi
        done
    done
}

# ensure_system_packages KIND...: on Debian/Ubuntu, install the packages of those kinds that are
# missing — as root, or with `sudo -n` (no password prompt) — else print the one apt-get line
# and stop before doing anything else. Elsewhere (no dpkg-query) it does nothing.
ensure_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    missing=""
    for pkg in $(system_packages "$@"); do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        [ "$status" = installed ] || missing="$missing $pkg"
    done
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ]; then
        as_root=""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
        as_root="sudo -n"
    else
        die "these system packages are missing:$missing
  Install them, then run this again:
    sudo apt-get install --no-install-recommends$missing"
    fi
    say "installing the missing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086  # one word per package
    { $as_root apt-get -q -y update >/dev/null &&
        $as_root apt-get -q -y install --no-install-recommends $missing >/dev/null; } ||
        die "apt-get could not install:$missing (see its messages above)"
}
