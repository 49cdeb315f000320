# Shared by packaging/linux/make-dist.sh and make-deb.sh (POSIX sh). Sourced, not run.
# Sets REPO, DIST (TIMEDESK_DIST, else dist/), APP (the one-folder build made by
# packaging/build.sh: $DIST/timedesk), HERE (packaging/linux), VERSION (timedesk/__init__.py)
# and ICON; stops with a message when the build is missing.

REPO=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
DIST="${TIMEDESK_DIST:-$REPO/dist}"
APP="$DIST/timedesk"
HERE="$REPO/packaging/linux"
[ -x "$APP/timedesk" ] || { echo "no $APP/timedesk: run sh packaging/build.sh first" >&2; exit 1; }

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/timedesk/__init__.py")
ICON="$REPO/resources/icons/timedesk.svg"
