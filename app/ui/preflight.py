"""What the desktop needs from the computer, checked before Qt is asked to open a window.

Qt cannot report these itself in words a field team can act on: without a display, or with one of
the X11 platform plugin's libraries missing, it aborts the process ("could not load the Qt platform
plugin xcb ... Reinstalling may fix"), and on a system older than its wheels support it fails to
load at all. Each check here ends in one sentence that names what to install or which system is
needed. Plain Python (ctypes, no Qt): it runs before QApplication exists.

The library check is real: each library is loaded with ctypes the way the dynamic linker would load
it for the plugin (and, in a PyInstaller bundle, from the bundle's own folder first, where the
freezer may have put a copy). CIRCUITRIDE_PREFLIGHT_REQUIRE adds libraries to the list
(`soname=package,...`); the tests use it to name one that no system has.
"""

from __future__ import annotations

import ctypes
import os
import platform
import sys
from collections.abc import Mapping
from pathlib import Path

# What Qt 6's xcb platform plugin (libqxcb.so and libQt6XcbQpa.so) loads, beyond the C library,
# with the Debian/Ubuntu package that provides each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
EXTRA_ENV = "CIRCUITRIDE_PREFLIGHT_REQUIRE"
# PySide6 6.11's wheels: manylinux_2_28 (glibc 2.28), macOS 11, Windows 10.
MIN_GLIBC = (2, 28)
MIN_MACOS = (11, 0)
MIN_WINDOWS = 10


def _version(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(c for c in piece if c.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _windows_major() -> int:
    if sys.platform == "win32":
        return sys.getwindowsversion().major
    return MIN_WINDOWS


def os_problem(system: str | None = None, release: str | None = None) -> str | None:
    """One sentence when this operating system is older than Qt 6 supports, else None.
    `system`/`release` stand in for this computer's (sys.platform and its version) in tests."""
    system = system or sys.platform
    if system == "win32":
        major = _version(release)[0] if release else _windows_major()
        if major < MIN_WINDOWS:
            return "Circuit Ride needs Windows 10 or newer: this computer runs an older Windows. Use another laptop or upgrade Windows."
    elif system == "darwin":
        found = _version(release or platform.mac_ver()[0])
        if found and found < MIN_MACOS:
            return (
                f"Circuit Ride needs macOS 11 (Big Sur) or newer: this Mac runs macOS {'.'.join(map(str, found))}. "
                "Upgrade macOS or use another laptop."
            )
    elif system.startswith("linux"):
        text = release
        if text is None:
            try:
                text = os.confstr("CS_GNU_LIBC_VERSION") or ""
            except (ValueError, OSError):
                text = ""
            text = text.removeprefix("glibc ")
        found = _version(text)
        if found and found < MIN_GLIBC:
            return (
                f"Circuit Ride needs a Linux with glibc {'.'.join(map(str, MIN_GLIBC))} or newer (Debian 10, "
                f"Ubuntu 20.04 or later): this one has glibc {text}. Upgrade the system or use another laptop."
            )
    return None


def _loadable(soname: str) -> bool:
    candidates = [soname]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # a PyInstaller bundle may carry its own copy, found by the plugin's rpath, not by ctypes
        candidates = [str(Path(bundle) / soname), str(Path(bundle) / "PySide6" / "Qt" / "lib" / soname), soname]
    for candidate in candidates:
        if os.sep in candidate and not Path(candidate).exists():
            continue
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def required_libraries(env: Mapping[str, str] | None = None) -> dict[str, str]:
    env = os.environ if env is None else env
    required = dict(XCB_LIBRARIES)
    for item in env.get(EXTRA_ENV, "").split(","):
        soname, _, package = item.strip().partition("=")
        if soname:
            required[soname] = package or soname
    return required


def missing_libraries(required: Mapping[str, str]) -> list[tuple[str, str]]:
    """(library, package) for each library that cannot be loaded on this computer."""
    return [(soname, package) for soname, package in required.items() if not _loadable(soname)]


def uses_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will open its window through X11 (xcb): what it picks on Linux unless told otherwise
    or in a Wayland session."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(env.get("DISPLAY"))


def library_problem(env: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not uses_xcb(env):
        return None
    missing = missing_libraries(required_libraries(env))
    if not missing:
        return None
    names = ", ".join(soname for soname, _ in missing)
    packages = " ".join(dict.fromkeys(package for _, package in missing))
    what = "a system library is" if len(missing) == 1 else "system libraries are"
    return (
        f"The desktop app cannot open its window because {what} missing ({names}): "
        f"ask an administrator to run `sudo apt-get install {packages}` (Debian/Ubuntu) and start it again."
    )


def display_problem(env: Mapping[str, str], screenshot: bool) -> str | None:
    """Qt aborts the process (a core dump, no sentence) when it cannot reach a display. A screenshot
    needs no screen (the caller draws it offscreen)."""
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM") or screenshot:
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "No display found: the desktop app needs a graphical session (DISPLAY or WAYLAND_DISPLAY is not set). "
        "Start it from the desktop, or use the command line: circuitride --help."
    )


def start_problem(screenshot: bool, env: Mapping[str, str] | None = None) -> str | None:
    """The first reason the desktop cannot start here, as one sentence, or None."""
    env = os.environ if env is None else env
    return os_problem() or display_problem(env, screenshot) or library_problem(env)
