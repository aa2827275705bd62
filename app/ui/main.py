"""Desktop entry point: builds the QApplication and the main window.

`--screenshot PATH --view unlock|cases|schedule[:DATE]|adjudication[:DATE]|files|work|reports|sync|case:NUMBER [--lang xx] [--size WxH]` renders that view
(1440x900 unless --size says otherwise) into a PNG and exits (password from CIRCUITRIDE_PASSWORD);
used by tests and to look at the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from app import logsetup
from app.errors import CircuitRideError, UsageError, WorkspaceNotFound
from app.services.workspaces import Workspace, default_data_dir
from app.ui import gc_guard, i18n
from app.ui.context import settings
from app.ui.shell import MainWindow

SCREENSHOT_SIZE = (1440, 900)
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SETTLE_ROUNDS = 50  # background answers that ask for more before a screenshot is taken (a case: 3)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # QtMultimedia reports every optional codec library it cannot find (VA-API, PipeWire) on stderr
    # when the camera is probed: noise for a user, nothing to act on.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false")
    app.setApplicationName("Circuit Ride")
    app.setOrganizationName("CircuitRide")
    gc_guard.install(app)  # Qt objects must never be freed by a collection on the worker thread
    # An installer carries the fonts the field's names need (Latin, Cyrillic, Arabic, Ethiopic):
    # a Windows or macOS laptop may have no Ethiopic font at all. A source checkout has none here.
    for font in sorted(FONTS_DIR.glob("*.[ot]tf")):
        QFontDatabase.addApplicationFont(str(font))
    return app


def _check_display(screenshot: bool) -> None:
    """Qt aborts the process (a core dump, no sentence) when it cannot reach a display, misses a
    system library or runs on too old a system: say it first (app/ui/preflight.py). A screenshot
    needs no screen, so without one it draws offscreen."""
    from app.ui import preflight

    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if screenshot and sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") and no_screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = preflight.start_problem(screenshot)
    if problem:
        raise UsageError(problem)


def run_gui(args: argparse.Namespace) -> int:
    _check_display(bool(args.screenshot))
    app = make_app()
    if args.lang and args.lang not in i18n.LANGUAGES:
        raise UsageError(f"Unknown language '{args.lang}': use one of {', '.join(i18n.LANGUAGES)}.")
    i18n.install(args.lang or i18n.preferred_language(settings()))
    path = Path(args.data_dir) if args.data_dir else default_data_dir()
    if not args.screenshot:  # started from a menu there is no terminal: support reads this file
        logsetup.configure(logging.getLogger().level, log_file=logsetup.default_log_file())
    try:
        ws = Workspace(path)
    except WorkspaceNotFound:
        if args.screenshot:
            raise  # a screenshot needs a workspace; the error says how to make one
        from app.ui.unlock.first_run import run_first_run

        created = run_first_run(None, path)
        if created is None:
            return 0  # the user chose Quit
        ws = created
    except CircuitRideError as exc:  # a workspace of a newer version, an unreadable workspace.json
        if args.screenshot:
            raise
        QMessageBox.critical(None, "Circuit Ride", i18n.service_text(exc))
        return exc.exit_code
    window = MainWindow(ws, defer_body=not args.screenshot)
    window.language_requested.connect(lambda lang: switch_language(window, lang))
    view = args.view or "cases"
    password = os.environ.get("CIRCUITRIDE_PASSWORD")
    if args.screenshot:
        size = _size(getattr(args, "size", None))
        return screenshot(app, window, view, password, args.user, Path(args.screenshot), size)
    if ws.is_unlocked:  # just created (or the demo just built) by the first-run dialog
        window.unlocked()
    elif password:  # `make run` and scripted starts: unlock straight away, the screen is still there on lock
        window.unlock_view.user.setText(args.user or window.unlock_view.user.text())
        window.unlock_view.password.setText(password)
        window.unlock_view.try_unlock()
    window.show()
    try:
        return app.exec()
    finally:
        ws.lock()


def switch_language(window: MainWindow, lang: str) -> MainWindow:
    """Rebuild the main window in another language, keeping the session (no re-unlock) and the case."""
    window.ctx.settings.setValue(i18n.SETTINGS_KEY, lang)
    window.keep_edits("language")  # a note or an edit being written must not be lost
    i18n.install(lang)
    replacement = MainWindow(window.ws)
    replacement.language_requested.connect(lambda code: switch_language(replacement, code))
    replacement.setGeometry(window.geometry())
    if window.ws.is_unlocked:
        case = window.case.case_number if window.cases_stack.currentWidget() is window.case else None
        replacement.unlocked()
        if case:
            replacement.open_case(case)
    replacement.show()
    window.retire()
    return replacement


def _size(text: str | None) -> tuple[int, int]:
    if not text:
        return SCREENSHOT_SIZE
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and 200 <= int(width) <= 8000 and 200 <= int(height) <= 8000):
        raise UsageError(f"Unknown size '{text}': use WIDTHxHEIGHT in pixels, e.g. 1366x768.")
    return int(width), int(height)


def screenshot(
    app: QApplication,
    window: MainWindow,
    view: str,
    password: str | None,
    user: str | None,
    path: Path,
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    if view != "unlock":
        if not password:
            raise UsageError("--screenshot of an unlocked view needs CIRCUITRIDE_PASSWORD.")
        window.ws.unlock(password, user)
        window.unlocked()
        if view.startswith("case:"):
            window.open_case(view.split(":", 1)[1])
        elif view == "sync":
            window.show_sync()
        elif view in ("files", "work", "reports"):
            window.show_page(view)
        elif view.split(":", 1)[0] in ("schedule", "adjudication"):
            name, _, day = view.partition(":")
            try:
                window.show_page(name, dt.date.fromisoformat(day) if day else None)
            except ValueError:
                raise UsageError(f"--view {name}:DATE takes a date as YYYY-MM-DD, not '{day}'.") from None
        elif view != "cases":
            raise UsageError(
                f"Unknown view '{view}': use unlock, cases, schedule[:DATE], adjudication[:DATE], files, work, reports, sync or case:NUMBER."
            )
    window.resize(*size)
    window.show()
    for _ in range(5):
        app.processEvents()
    # What loads in the background (the case, the rest of a long case list, photos) is part of the
    # view; an answer can ask for more (a case's photos once the case is read), so until none is left.
    for _ in range(SETTLE_ROUNDS):
        window.tasks.wait()
        for _ in range(5):
            app.processEvents()
        if not window.tasks.busy:
            break
    ok = window.grab().save(str(path), "PNG")
    window.tasks.wait()
    window.ws.lock()
    if not ok:
        raise CircuitRideError(f"Could not write the screenshot to {path}.")
    return 0
