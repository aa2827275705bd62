#!/usr/bin/env bash
# Installs Circuit Ride for the current user (no administrator rights): the program under
# ~/.local/opt/circuitride, a `circuitride` command in ~/.local/bin, a menu entry and its icon.
# Run it from the unpacked tarball: ./install.sh   (again after unpacking a newer version: the
# workspace lives in the user's data folder, not here, and is kept).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/circuitride"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
rm -rf "$opt.new"
cp -a "$here/circuitride" "$opt.new"
rm -rf "$opt.old"
[ -d "$opt" ] && mv "$opt" "$opt.old"
mv "$opt.new" "$opt"
rm -rf "$opt.old"
ln -sf "$opt/circuitride" "$HOME/.local/bin/circuitride"
cp "$here/circuitride.png" "$prefix/icons/hicolor/256x256/apps/circuitride.png"
sed "s|^Exec=.*|Exec=$opt/circuitride|" "$here/circuitride.desktop" > "$prefix/applications/circuitride.desktop"
echo "Circuit Ride $("$opt/circuitride" --version | cut -d' ' -f2) is installed: find it in the applications menu, or run $HOME/.local/bin/circuitride"
