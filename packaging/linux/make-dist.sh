#!/bin/sh
# Linux distributables from the one-folder build (dist/timedesk, made by packaging/build.sh):
#
#     sh packaging/build.sh && sh packaging/linux/make-dist.sh
#
# Produces in dist/:
#   timedesk-VERSION-linux-ARCH.tar.gz   the folder + desktop files + icon + install.sh
#                                        (install.sh: /opt/timedesk, /usr/local/bin/timedesk,
#                                        menu entries for the app and the lobby display)
#   timedesk.AppDir/                     an AppDir (AppRun, desktop file, icon)
#   timedesk-VERSION-ARCH.AppImage       when `appimagetool` is on PATH (it is not packaged by
#                                        Debian; get it from https://github.com/AppImage/appimagetool)
# Build on the oldest distribution you support (the bundle carries the build host's libraries).
set -eu

. "$(dirname -- "$0")/common.sh"
ARCH=$(uname -m)

# --- tar.gz -------------------------------------------------------------------------------------
NAME="timedesk-$VERSION-linux-$ARCH"
STAGE=$(mktemp -d)
trap 'rm -rf -- "$STAGE"' EXIT
mkdir -p "$STAGE/$NAME"
cp -a "$APP" "$STAGE/$NAME/timedesk"
cp "$HERE/timedesk.desktop" "$HERE/timedesk-display.desktop" "$STAGE/$NAME/"
[ ! -f "$ICON" ] || cp "$ICON" "$STAGE/$NAME/timedesk.svg"
cat > "$STAGE/$NAME/install.sh" <<'EOF'
#!/bin/sh
# Install timedesk machine-wide (run as root): sh install.sh [PREFIX=/opt/timedesk]
set -eu
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
PREFIX="${1:-/opt/timedesk}"
rm -rf -- "$PREFIX"
mkdir -p "$PREFIX" /usr/local/bin /usr/local/share/applications /usr/local/share/icons/hicolor/scalable/apps
cp -a "$HERE/timedesk/." "$PREFIX/"
ln -sf "$PREFIX/timedesk" /usr/local/bin/timedesk
cp "$HERE/timedesk.desktop" "$HERE/timedesk-display.desktop" /usr/local/share/applications/
[ ! -f "$HERE/timedesk.svg" ] || cp "$HERE/timedesk.svg" /usr/local/share/icons/hicolor/scalable/apps/
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/local/share/applications || true
echo "timedesk installed in $PREFIX; machine-wide settings: /etc/timedesk/timedesk.toml"
EOF
chmod +x "$STAGE/$NAME/install.sh"
tar -C "$STAGE" -czf "$DIST/$NAME.tar.gz" "$NAME"
echo "wrote $DIST/$NAME.tar.gz ($(du -h "$DIST/$NAME.tar.gz" | cut -f1))"

# --- AppDir / AppImage -------------------------------------------------------------------------
APPDIR="$DIST/timedesk.AppDir"
rm -rf -- "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications"
cp -a "$APP" "$APPDIR/usr/lib/timedesk"
cp "$HERE/timedesk.desktop" "$APPDIR/timedesk.desktop"
cp "$HERE/timedesk.desktop" "$HERE/timedesk-display.desktop" "$APPDIR/usr/share/applications/"
[ ! -f "$ICON" ] || cp "$ICON" "$APPDIR/timedesk.svg"
cat > "$APPDIR/AppRun" <<'EOF'
#!/bin/sh
# `./timedesk.AppImage` opens the app; `./timedesk.AppImage display` the lobby display, etc.
HERE=$(dirname -- "$(readlink -f -- "$0")")
exec "$HERE/usr/lib/timedesk/timedesk" "$@"
EOF
chmod +x "$APPDIR/AppRun"
echo "wrote $APPDIR"
if command -v appimagetool >/dev/null 2>&1; then
    ARCH="$ARCH" appimagetool --no-appstream "$APPDIR" "$DIST/timedesk-$VERSION-$ARCH.AppImage"
    echo "wrote $DIST/timedesk-$VERSION-$ARCH.AppImage"
else
    echo "appimagetool is not on PATH: AppImage not made (the AppDir is ready for it)"
fi
