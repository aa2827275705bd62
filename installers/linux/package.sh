#!/usr/bin/env bash
# The Linux tarball: dist/circuitride-<version>-linux-x86_64.tar.gz holding the one-folder bundle,
# a .desktop file, the icon and a per-user install script, plus its SHA-256 checksum file.
# Usage: package.sh BUNDLE_DIR ICON_PNG OUT_DIR
# (No AppImage: appimagetool is not available offline here; the tarball needs nothing but tar.)
set -eu
bundle="$1"; icon="$2"; out="$3"
here="$(cd "$(dirname "$0")" && pwd)"
version="$(env -i HOME="${HOME:-/tmp}" PATH=/usr/bin:/bin "$bundle/circuitride" --version | cut -d' ' -f2)"
arch="$(uname -m)"
name="circuitride-$version-linux-$arch"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name"
cp -a "$bundle" "$stage/$name/circuitride"
cp "$here/circuitride.desktop" "$stage/$name/"
cp "$icon" "$stage/$name/circuitride.png"
cp "$here/install.sh" "$stage/$name/"
chmod 755 "$stage/$name/install.sh"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$out/$name.tar.gz"
