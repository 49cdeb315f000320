#!/bin/sh
# The Debian/Ubuntu package from the one-folder build (dist/timedesk, made by packaging/build.sh):
#
#     sh packaging/build.sh && sh packaging/linux/make-deb.sh
#
# Produces dist/timedesk_VERSION_ARCH.deb (ARCH: dpkg --print-architecture) with dpkg-deb:
#   /opt/timedesk/                          the program
#   /usr/bin/timedesk                       -> /opt/timedesk/timedesk
#   /usr/share/applications/*.desktop       the app and the lobby display
#   /usr/share/icons/hicolor/scalable/apps/timedesk.svg
#   /etc/timedesk/timedesk.toml             conffile: `timedesk config template` (all commented)
#   /usr/lib/systemd/system/timedesk-serve.service   `timedesk serve` as the system user timedesk
# and the maintainer scripts of packaging/linux/deb/ (user, /var/lib/timedesk, secrets.env, purge).
# Environment: TIMEDESK_DIST (where dist/ is), TIMEDESK_DEB_VERSION (the package's version;
# default: timedesk's, with ~ before a pre-release tag), TIMEDESK_DEB_COMPRESSION (dpkg-deb's
# -Z; default zstd, which the dpkg of Debian 12 and Ubuntu 22.04 read: 110 MB in 3 CPU seconds,
# where gzip -9 takes 43 s for 111 MB) and TIMEDESK_DEB_LEVEL (its -z).
set -eu

. "$(dirname -- "$0")/common.sh"
command -v dpkg-deb >/dev/null 2>&1 || { echo "dpkg-deb is needed (Debian/Ubuntu)" >&2; exit 1; }

ARCH=$(dpkg --print-architecture)
DEB_VERSION="${TIMEDESK_DEB_VERSION:-$(printf '%s' "$VERSION" | sed 's/\.\{0,1\}\(dev\|a\|b\|rc\)\([0-9]\)/~\1\2/')}"
COMPRESSION="${TIMEDESK_DEB_COMPRESSION:-zstd}"
DEB="$DIST/timedesk_${DEB_VERSION}_$ARCH.deb"
# The Qt libraries of packaging/linux/system-packages.txt ("run"), as the package's dependencies.
DEPENDS=$(sed -e 's/#.*//' "$HERE/system-packages.txt" | awk '$2 == "run" {print $1}' \
    | paste -sd, - | sed 's/,/, /g')

STAGE=$(mktemp -d "$DIST/.deb-stage.XXXXXX")
trap 'rm -rf -- "$STAGE"' EXIT
ROOT="$STAGE/root"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/etc/timedesk" "$ROOT/usr/lib/systemd/system"
cp -a "$APP" "$ROOT/opt/timedesk"
ln -s /opt/timedesk/timedesk "$ROOT/usr/bin/timedesk"
cp "$HERE/timedesk.desktop" "$HERE/timedesk-display.desktop" "$ROOT/usr/share/applications/"
cp "$ICON" "$ROOT/usr/share/icons/hicolor/scalable/apps/timedesk.svg"
cp "$HERE/deb/timedesk-serve.service" "$ROOT/usr/lib/systemd/system/"
"$APP/timedesk" config template > "$ROOT/etc/timedesk/timedesk.toml"

cp "$HERE/deb/postinst" "$HERE/deb/prerm" "$HERE/deb/postrm" "$ROOT/DEBIAN/"
echo /etc/timedesk/timedesk.toml > "$ROOT/DEBIAN/conffiles"
SIZE=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$DEB_VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" \
    -e "s/@DEPENDS@/$DEPENDS/" "$HERE/deb/control.in" > "$ROOT/DEBIAN/control"

# Files root:root (--root-owner-group), readable by all, writable by root only.
chmod -R u+rwX,go+rX,go-w "$ROOT"
chmod 0755 "$ROOT" "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/prerm" "$ROOT/DEBIAN/postrm"
chmod 0644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/conffiles"

dpkg-deb --root-owner-group -Z"$COMPRESSION" ${TIMEDESK_DEB_LEVEL:+-z"$TIMEDESK_DEB_LEVEL"} \
    --build "$ROOT" "$DEB" >/dev/null
echo "wrote $DEB ($(du -h "$DEB" | cut -f1))"
