#!/usr/bin/env bash
# Removes what a field laptop never uses from the shared libraries of a built bundle: the debug
# information several wheels ship (SQLCipher, zstandard and others: tens of megabytes) and the
# static symbol tables (.symtab/.strtab: cryptography's Rust library alone carries 2.9 MB).
# `strip --strip-unneeded` keeps the dynamic symbols the loader and Python's import use. Never the
# libraries auditwheel vendored into `<package>.libs/` folders: those were rewritten by patchelf, and
# strip breaks them (a fully stripped bundle fails to import numpy).
# Usage: strip_debug.sh BUNDLE_DIR
set -eu
bundle="$1"
command -v strip >/dev/null 2>&1 || { echo "strip_debug: no strip (binutils); bundle left as it is" >&2; exit 0; }
before=$(du -sm "$bundle" | cut -f1)
find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' -print0 |
  while IFS= read -r -d '' lib; do
    if file -b "$lib" | grep -q 'not stripped'; then
      strip --strip-unneeded "$lib"
    fi
  done
echo "strip_debug: $bundle ${before} MB -> $(du -sm "$bundle" | cut -f1) MB"
