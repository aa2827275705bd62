"""What the trimmed bundle must still hold (installers/circuitride.spec leaves out what the app never
loads): every library a bundled library needs, the Qt plugins the app uses, Qt's catalogues for each
interface language and Babel's CLDR data for each language the app writes in.

Reads the files of dist/circuitride/ (`make dist`); skipped without it. Linux only: the folder
layout and the ELF check are Linux's (the release workflow smoke-tests the other systems).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
INTERNAL = ROOT / "dist" / "circuitride" / "_internal"
QT = INTERNAL / "PySide6" / "Qt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's layout"),
    pytest.mark.skipif(not INTERNAL.is_dir(), reason="no bundle in dist/circuitride/: run `make dist`"),
]


def shared_libraries() -> list[Path]:
    return sorted(
        p
        for p in INTERNAL.rglob("*.so*")
        if p.is_file() and not p.is_symlink() and (p.suffix == ".so" or ".so." in p.name)
    )


def needed(lib: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True, check=False).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


def test_every_bundled_library_finds_what_it_needs() -> None:
    """A library the spec's pruning left out while something kept still needs it: a DT_NEEDED name
    that is not in the bundle, that PyInstaller bundles (not libc, libGL, Wayland… which it always
    leaves to the system), and that this machine has, so the build could have bundled it."""
    from PyInstaller.depend.dylib import include_library  # type: ignore[import-untyped]

    system = {
        line.split()[0]
        for line in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout.splitlines()
        if "=>" in line
    }

    def wanted(name: str) -> bool:  # the dynamic loader itself is never bundled
        return include_library(name) and not name.startswith("ld-linux")

    libraries = shared_libraries()
    assert len(libraries) > 100
    bundled = {p.name for p in INTERNAL.rglob("*.so*")}
    missing = {
        str(lib.relative_to(INTERNAL)): absent
        for lib in libraries
        if (absent := [n for n in needed(lib) if n not in bundled and n in system and wanted(n)])
    }
    assert missing == {}


@pytest.mark.parametrize(
    "plugin",
    [
        "platforms/libqxcb.so",  # X11 desktops
        "platforms/libqwayland.so",  # Wayland desktops
        "platforms/libqoffscreen.so",  # --screenshot and the tests
        "multimedia/libffmpegmediaplugin.so",  # the camera for photo questions and ID photos
        "position/libqtposition_geoclue2.so",  # location questions
        "position/libqtposition_nmea.so",  # a GPS receiver on a serial port
        "imageformats/libqjpeg.so",
        "imageformats/libqwebp.so",
        "imageformats/libqtiff.so",
        "imageformats/libqgif.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",  # input methods (Amharic, Arabic)
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "wayland-shell-integration/libxdg-shell.so",
        "platformthemes/libqxdgdesktopportal.so",
    ],
)
def test_the_qt_plugins_the_app_uses_are_there(plugin: str) -> None:
    assert (QT / "plugins" / plugin).is_file()


def test_gtk_theme_and_its_libraries_are_left_out() -> None:
    """The GTK3 theme cannot load without the system's GTK, and bundling its cairo and pango from the
    build machine would shadow the target's own: neither is in the bundle."""
    assert not (QT / "plugins" / "platformthemes" / "libqgtk3.so").exists()
    assert not list(INTERNAL.glob("libpango-1.0.so*")) and not list(INTERNAL.glob("libcairo.so*"))


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"en"}))
def test_qt_catalogues_for_each_interface_language(lang: str) -> None:
    """app/ui/i18n.py loads qt_<lang>.qm, a meta-catalogue of qtbase_ and qtmultimedia_."""
    for catalogue in ("qt", "qtbase", "qtmultimedia"):
        assert (QT / "translations" / f"{catalogue}_{lang}.qm").is_file(), f"{catalogue}_{lang}.qm"


def locale_chain(locale: str) -> list[str]:
    parts = locale.split("_")
    return ["root"] + ["_".join(parts[: i + 1]) for i in range(len(parts))]


def test_cldr_data_for_every_language_the_app_writes_in() -> None:
    """Babel's data for the interface languages (case labels: language and country names) and the
    notice templates' locales (dates in the family's language); each needs its parents and root."""
    notices = [
        json.loads(p.read_text(encoding="utf-8"))["locale"] for p in (ROOT / "resources" / "notices").glob("*.json")
    ]
    assert notices, "no notice templates found"
    wanted = {name for locale in [*LANGUAGES, *notices] for name in locale_chain(locale)}
    data = INTERNAL / "babel" / "locale-data"
    assert sorted(name for name in wanted if not (data / f"{name}.dat").is_file()) == []
    assert (INTERNAL / "babel" / "global.dat").is_file()
