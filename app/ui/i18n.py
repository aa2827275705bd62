"""UI languages: Qt translation files compiled from app/ui/translations/circuitride_<lang>.ts.

`make install` compiles the .ts files into .qm with pyside6-lrelease; when a .qm is missing or
older than its .ts (a fresh clone run without make), it is compiled on first use. The chosen
language is remembered in QSettings ("ui/language": a language code, not personal data).

English has a translation file too, holding only the plural forms ("%n case(s)" -> "1 case",
"300 cases"): without it Qt shows the source text. Qt's own strings (standard buttons, file
dialogs, context menus) come from Qt's translations, `qt_<lang>.qm`, which loads qtbase's and the
other modules' catalogues.

Messages of the services (app/errors.py) are English templates with parameters; `service_text`
puts one into the interface language (context "ServiceMessages", listed for the translators in
app/ui/service_messages.py) and fills the parameters in after translating.
"""

from __future__ import annotations

import logging
import shutil
import string
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.errors import Message, message_of

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "uk": "Українська", "ru": "Русский"}
SETTINGS_KEY = "ui/language"
SERVICE_CONTEXT = "ServiceMessages"
# Qt's catalogues, most complete first: qt_<lang> is a meta-catalogue that loads qtbase_<lang>,
# qtmultimedia_<lang>… as dependencies; qtbase_<lang> alone is the fallback where it is missing.
QT_CATALOGUES = ("qt", "qtbase")

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks `text` for translation in `context` and returns it: Qt's own, typed (PySide6's returns object)."""
    return text


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
    if app is None:
        return lang
    ours = QTranslator()  # in English: the plural forms only
    qm = compiled(lang)
    if qm is not None and ours.load(str(qm)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    if lang == "en":
        return lang  # Qt's own strings are English already
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in QT_CATALOGUES:  # Qt's own strings: standard dialog buttons, file dialogs, menus
        qt = QTranslator()
        if qt.load(QLocale(lang), catalogue, "_", qt_dir):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
            break
    else:
        log.warning("Qt's own translations for %s not found in %s", lang, qt_dir)
    return lang


# ----- the services' messages ---------------------------------------------------------------------
class _ServiceFormatter(string.Formatter):
    """Fills a translated template: nested messages translated in turn, `{n:,}` grouped the
    interface language's way; everything else as str.format does it."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return _translated(value)
        if isinstance(value, int) and not isinstance(value, bool) and format_spec == "," and abs(value) < 2**31:
            return QLocale().toString(value)
        return str(super().format_field(value, format_spec))


_FORMATTER = _ServiceFormatter()


def _translated(message: Message) -> str:
    text = QCoreApplication.translate(SERVICE_CONTEXT, message.template)
    return _FORMATTER.vformat(text, (), message.params) if message.params else text


def service_text(error: BaseException | Message | str) -> str:
    """A message of the services (an error, or a Message) in the interface language.

    Its template is translated, then filled with its parameters, so a translation may reorder them;
    a message not (yet) translated, or raised as plain text, is shown in English as before. A
    translation that does not fit its parameters (a mistyped field) falls back to English too."""
    message = message_of(error)
    try:
        return _translated(message)
    except (KeyError, IndexError, ValueError, AttributeError):
        # The template names the mistake; the parameters may hold personal data and are not logged.
        log.warning("the translation of a service message does not fit its parameters: %r", message.template)
        return str(message) if isinstance(error, Message | str) else str(error)
