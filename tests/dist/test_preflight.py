"""The desktop's start-up checks (app/ui/preflight.py): one sentence and exit 2 instead of Qt's abort.

The library check loads real libraries with ctypes; "missing" is made real by asking for one no
system has (CIRCUITRIDE_PREFLIGHT_REQUIRE), not by replacing the check.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui import preflight

ROOT = Path(__file__).resolve().parents[2]
ABSENT = "libcircuitride-absent.so.7=libcircuitride-absent7"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries are Linux's")


@linux_only
def test_a_library_that_loads_is_not_missing_and_one_that_does_not_is() -> None:
    required = {"libc.so.6": "libc6", "libcircuitride-absent.so.7": "libcircuitride-absent7"}
    assert preflight.missing_libraries(required) == [("libcircuitride-absent.so.7", "libcircuitride-absent7")]


@linux_only
def test_the_sentence_names_the_library_and_the_package() -> None:
    env = {"DISPLAY": ":0", preflight.EXTRA_ENV: ABSENT}
    problem = preflight.library_problem(env)
    assert problem is not None
    assert "libcircuitride-absent.so.7" in problem
    assert "sudo apt-get install" in problem and "libcircuitride-absent7" in problem
    assert "\n" not in problem


def test_the_xcb_check_applies_only_when_qt_will_use_xcb() -> None:
    assert preflight.uses_xcb({"DISPLAY": ":0"})
    assert preflight.uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not preflight.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not preflight.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"})
    assert not preflight.uses_xcb({})
    assert preflight.library_problem({"QT_QPA_PLATFORM": "offscreen", preflight.EXTRA_ENV: ABSENT}) is None


@pytest.mark.parametrize(
    ("system", "release", "needs"),
    [("win32", "6.1", "Windows 10"), ("darwin", "10.15.7", "macOS 11"), ("linux", "2.17", "glibc 2.28")],
)
def test_an_old_system_is_told_what_it_needs(system: str, release: str, needs: str) -> None:
    problem = preflight.os_problem(system, release)
    assert problem is not None and needs in problem


@pytest.mark.parametrize(("system", "release"), [("win32", "10.0"), ("darwin", "14.5"), ("linux", "2.36")])
def test_a_supported_system_passes(system: str, release: str) -> None:
    assert preflight.os_problem(system, release) is None


def test_this_computer_is_supported() -> None:
    assert preflight.os_problem() is None


def gui(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CIRCUITRIDE_", "QT_QPA", "DISPLAY", "WAYLAND"))}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), **extra)
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
    )


@linux_only
def test_the_app_says_which_package_is_missing_and_exits_2(tmp_path: Path) -> None:
    r = gui(tmp_path, DISPLAY=":99", CIRCUITRIDE_PREFLIGHT_REQUIRE=ABSENT)
    assert r.returncode == 2
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    assert "libcircuitride-absent7" in lines[0] and "Traceback" not in r.stderr
    assert not (tmp_path / "ws").exists()  # nothing was started


@linux_only
def test_without_a_display_the_app_says_so_and_exits_2(tmp_path: Path) -> None:
    r = gui(tmp_path)
    assert r.returncode == 2
    assert "No display found" in r.stderr and "Traceback" not in r.stderr
