"""UI languages: Qt translation files compiled from app/ui/translations/circuitride_<lang>.ts.

`make install` compiles the .ts files into .qm with pyside6-lrelease; when a .qm is missing or
older than its .ts (a fresh clone run without make), it is compiled on first use. The chosen
language is remembered in QSettings ("ui/language": a language code, not personal data).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "uk": "Українська", "ru": "Русский"}
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []


def _lrelease() -> str | None:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else shutil.which("pyside6-lrelease")


def compiled(lang: str) -> Path | None:
    ts = TRANSLATIONS_DIR / f"circuitride_{lang}.ts"
    qm = ts.with_suffix(".qm")
    if not ts.exists():
        return qm if qm.exists() else None
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        tool = _lrelease()
        if tool is None:
            log.warning("pyside6-lrelease not found; %s stays untranslated", lang)
            return qm if qm.exists() else None
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=False, capture_output=True)
    return qm if qm.exists() else None


def preferred_language(settings: QSettings) -> str:
    stored = settings.value(SETTINGS_KEY)
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def current_language() -> str:
    """The interface language now in use (`install` sets the default locale to it)."""
    return QLocale().name().split("_")[0] or "en"


def install(lang: str) -> str:
    """Switch the application's translators to `lang` (English when unknown); returns it."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang not in LANGUAGES:
        lang = "en"
    QLocale.setDefault(QLocale(lang))
    if lang == "en" or app is None:
        return lang
    ours = QTranslator()
    qm = compiled(lang)
    if qm is not None and ours.load(str(qm)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator()  # Qt's own strings: standard dialog buttons, context menus
    if qt_base.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_base)
        _installed.append(qt_base)
    return lang
