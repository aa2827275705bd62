#!/usr/bin/env bash
# Checks the system libraries Qt needs offscreen (and QtMultimedia later) and the fonts that
# render Latin, Cyrillic, Arabic and Ethiopic names. Installs what is missing with apt-get when
# we are root on a Debian-like system; otherwise prints the exact command for an administrator.
set -u
# xcb-*: what Qt 6's X11 platform plugin needs on a real desktop (libxcb-cursor0 since Qt 6.5).
PKGS="libpulse0 libegl1 libxkbcommon0 libxkbcommon-x11-0 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-noto-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"
# The tests open each Word document the app writes as a person would see it: LibreOffice turns it
# into a PDF and pdftoppm into pictures (tests/docx_render.py).
PKGS="$PKGS libreoffice-writer-nogui poppler-utils"
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "sysdeps: not a Debian-like system; make sure Qt 6's runtime libraries (EGL, xkbcommon, fontconfig, PulseAudio client)" >&2
  echo "sysdeps: and fonts covering Cyrillic, Arabic and Ethiopic are installed." >&2
  exit 0
fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "sysdeps: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null; }; then
    echo "sysdeps: apt-get could not install:$missing" >&2
    echo "sysdeps: install them by hand, then re-run make: apt-get install -y$missing" >&2
    exit 1
  fi
else
  echo "sysdeps: missing system packages:$missing" >&2
  echo "sysdeps: ask an administrator to run: sudo apt-get install -y$missing" >&2
fi
exit 0
