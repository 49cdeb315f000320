#!/bin/sh
# Run the whole test suite, on SQLite and on PostgreSQL:
#
#     sh packaging/test.sh [pytest arguments...]
#
# Without arguments: `ruff check` ([tool.ruff] in pyproject.toml), `mypy` ([tool.mypy]), the
# tests in parallel (pytest-xdist, TIMEDESK_TEST_WORKERS, default one per core), then
# tests/benchmarks on their own; any of the four failing fails the run. With arguments: one
# pytest run with them.
# Creates ./.venv (Python >= 3.11) if missing and installs timedesk with its test and build
# extras. PostgreSQL, in this order:
#   1. TIMEDESK_TEST_POSTGRES_URL, if set, is used as it is;
#   2. else, if PostgreSQL's server programs are installed (/usr/lib/postgresql/*/bin/initdb,
#      or initdb on PATH), a throw-away cluster is created in a temporary folder (free TCP port on
#      127.0.0.1, unix socket in that folder) and removed at exit; as root it runs as the
#      `postgres` user (initdb refuses root);
#   3. else the PostgreSQL half of the suite is skipped, and this says so.
# Exits with pytest's exit code.
set -eu

. "$(dirname -- "$0")/lib.sh"

ensure_system_packages run test
ensure_venv
install_into_venv '.[test,build]'

export QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
"$VENV_PY" "$REPO/packaging/check_qt_libs.py" --platform offscreen --warn-only || true

PG_TMP=""
PG_BIN=""
PG_OWNER=""

as_owner() {  # run a command as the cluster's owner (the postgres user when we are root)
    if [ -z "$PG_OWNER" ]; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u "$PG_OWNER" -- "$@"
    else
        # su needs one command string: quote every argument
        cmd=""
        for arg in "$@"; do
            cmd="$cmd '$(printf '%s' "$arg" | sed "s/'/'\\\\''/g")'"
        done
        su -s /bin/sh "$PG_OWNER" -c "$cmd"
    fi
}

stop_postgres() {
    if [ -n "$PG_TMP" ] && [ -d "$PG_TMP" ]; then
        if [ -f "$PG_TMP/data/postmaster.pid" ]; then
            ( cd / && as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop ) \
                >/dev/null 2>&1 || true
        fi
        rm -rf -- "$PG_TMP"
        PG_TMP=""
    fi
}

on_exit() {
    rc=$?
    trap - EXIT
    stop_postgres
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

find_pg_bin() {
    if [ -n "${TIMEDESK_PG_BIN:-}" ] && [ -x "$TIMEDESK_PG_BIN/initdb" ]; then
        printf '%s\n' "$TIMEDESK_PG_BIN"
        return 0
    fi
    newest=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -t/ -k4,4n | tail -n 1)
    if [ -n "$newest" ]; then
        dirname -- "$newest"
        return 0
    fi
    for dir in "$(pg_config --bindir 2>/dev/null || true)" "$(dirname -- "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")"; do
        if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            printf '%s\n' "$dir"
            return 0
        fi
    done
    return 1
}

start_postgres() {
    # /tmp, not $TMPDIR: the postgres user must reach it, and a unix socket path is short
    PG_TMP=$(mktemp -d /tmp/timedesk-pg.XXXXXX)
    if [ "$(id -u)" = 0 ]; then
        if id postgres >/dev/null 2>&1; then PG_OWNER=postgres; else PG_OWNER=nobody; fi
        chown "$PG_OWNER" "$PG_TMP"
    fi
    port=$("$VENV_PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password=$("$VENV_PY" -c 'import secrets; print(secrets.token_hex(16))')
    printf '%s\n' "$password" > "$PG_TMP/pwfile"
    [ -z "$PG_OWNER" ] || chown "$PG_OWNER" "$PG_TMP/pwfile"
    say "starting a throw-away PostgreSQL ($("$PG_BIN/postgres" --version | sed 's/.*) //')) in $PG_TMP on port $port"
    ( cd / && as_owner "$PG_BIN/initdb" -D "$PG_TMP/data" -U timedesk --pwfile="$PG_TMP/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale --no-sync ) \
        > "$PG_TMP/initdb.log" 2>&1 || { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }
    ( cd / && as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
        -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start ) > /dev/null 2>&1 || { cat "$PG_TMP/server.log" >&2 2>/dev/null; die "PostgreSQL did not start"; }
    ( cd / && as_owner "$PG_BIN/createdb" -h "$PG_TMP" -p "$port" -U timedesk timedesk_test ) \
        || die "createdb failed"
    export TIMEDESK_TEST_POSTGRES_URL="postgresql://timedesk:$password@127.0.0.1:$port/timedesk_test"
}

if [ -n "${TIMEDESK_TEST_POSTGRES_URL:-}" ]; then
    say "PostgreSQL: using TIMEDESK_TEST_POSTGRES_URL ($(printf '%s' "$TIMEDESK_TEST_POSTGRES_URL" | sed 's#//[^@/]*@#//***@#'))"
elif PG_BIN=$(find_pg_bin); then
    start_postgres
else
    cat >&2 <<EOF
timedesk: *** PostgreSQL is not installed here and TIMEDESK_TEST_POSTGRES_URL is not set:
timedesk: *** the PostgreSQL half of the suite is SKIPPED (only SQLite is tested).
timedesk: *** Install it (sudo apt-get install postgresql) or set TIMEDESK_TEST_POSTGRES_URL.
EOF
fi

set +e
if [ "$#" -gt 0 ]; then
    say "running: python -m pytest $*"
    ( cd "$REPO" && "$VENV_PY" -m pytest "$@" )
    rc=$?
else
    # The lint first ([tool.ruff] in pyproject.toml: pyflakes, bugbear, import order, pyupgrade):
    # a finding fails the run like a failing test, after the tests have run.
    say "running: ruff check"
    ( cd "$REPO" && "$VENV_PY" -m ruff check )
    lint_rc=$?
    # The types ([tool.mypy]: the whole package, strict on the core and domain packages); a
    # finding fails the run in the same way. About 12 s of CPU on a cold cache (as in CI), under
    # 1 s with .mypy_cache.
    say "running: mypy"
    ( cd "$REPO" && "$VENV_PY" -m mypy )
    type_rc=$?
    # The whole suite: the tests on every core (pytest-xdist; each test has its own home, SQLite
    # file and PostgreSQL schema), then the benchmarks alone, so that their figures are not
    # measured against the other tests' load.
    workers=${TIMEDESK_TEST_WORKERS:-auto}
    say "running: python -m pytest -n $workers --ignore=tests/benchmarks"
    ( cd "$REPO" && "$VENV_PY" -m pytest -n "$workers" --ignore=tests/benchmarks --durations=30 )
    rc=$?
    say "running: python -m pytest tests/benchmarks"
    ( cd "$REPO" && "$VENV_PY" -m pytest tests/benchmarks )
    bench_rc=$?
    [ "$rc" -ne 0 ] || rc=$bench_rc
    [ "$rc" -ne 0 ] || rc=$lint_rc
    [ "$rc" -ne 0 ] || rc=$type_rc
fi
set -e
say "pytest exited with $rc"
exit "$rc"
