#!/usr/bin/env bash
# Removes the debug information several wheels ship in their shared libraries (SQLCipher, zstandard
# and others carry it: tens of megabytes a field laptop never uses) from a built bundle.
# Only debug sections (strip --strip-debug), never symbols, and never the libraries auditwheel
# vendored into `<package>.libs/` folders: those were rewritten by patchelf, and strip breaks them
# (a fully stripped bundle fails to import numpy).
# Usage: strip_debug.sh BUNDLE_DIR
set -eu
bundle="$1"
command -v strip >/dev/null 2>&1 || { echo "strip_debug: no strip (binutils); bundle left as it is" >&2; exit 0; }
before=$(du -sm "$bundle" | cut -f1)
find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' -print0 |
  while IFS= read -r -d '' lib; do
    if file -b "$lib" | grep -q 'with debug_info'; then
      strip --strip-debug "$lib"
    fi
  done
echo "strip_debug: $bundle ${before} MB -> $(du -sm "$bundle" | cut -f1) MB"
