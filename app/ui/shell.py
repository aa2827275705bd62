"""The main window: unlock page, then left navigation + pages, and the status bar.

Owns the session life cycle (unlock, idle lock, lock) and routes the hooks in UiContext. It also
owns the window's one TaskRunner (`ctx.tasks`): every widget in the window, the unlock screen
included, does its disk, crypto and database work on that one worker thread, so two of them never
race and a lock can wait for all of it before the keys go.
"""

from __future__ import annotations

import datetime as dt
import importlib

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.services.workspaces import Workspace
from app.ui import i18n
from app.ui.context import Events, UiContext, settings
from app.ui.session import ClipboardGuard, IdleLock
from app.ui.status import StatusBar
from app.ui.tasks import TaskRunner
from app.ui.unlock.view import UnlockView
from app.ui.workspace_actions import WorkspaceActions

BODY_DELAY_MS = 30  # after the unlock screen's first paint
# The Qt-free layers the case views stand on (database models, services, sync, forms): the bulk of
# start-up's imports, done on the worker while the unlock screen takes the password, so typing
# into it never waits for them. tests/ui/test_main_window.py keeps this list complete.
BODY_SERVICES = (
    "app.services.attachments",
    "app.services.case_list",
    "app.services.case_view",
    "app.services.conflicts",
    "app.services.drafts",
    "app.services.forms",
    "app.services.history",
    "app.services.interpreters",
    "app.services.records",
    "app.services.schedule",
    "app.services.search",
    "app.services.status",
    "app.sync.client",
    "app.sync.engine",
)


def import_body_services(_task: object = None) -> None:
    for name in BODY_SERVICES:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    language_requested = Signal(str)  # main.py rebuilds the window in that language

    def __init__(self, ws: Workspace, *, defer_body: bool = False) -> None:
        """`defer_body=True` shows the unlock screen first and builds the case views (and imports
        the database layer) just after the first paint, while the user types the password."""
        super().__init__()
        self.ws = ws
        self._retired = False
        self.tasks = TaskRunner(self)
        self.events = Events(self)
        self.ctx = UiContext(ws, self.tasks, settings(), self.events)
        self.ctx.open_case = self.open_case
        self.ctx.open_conflict = self.open_conflict
        self.ctx.show_error = self.show_error
        self.ctx.show_status = lambda m: self.statusBar().showMessage(m, 5000)
        self.tasks.error.connect(self.show_error)
        self.setWindowTitle(self.tr("Circuit Ride"))

        self.unlock_view = UnlockView(self.ctx)
        self.unlock_view.unlocked.connect(self.unlocked)

        # Idle auto-lock (counts only while unlocked) and clipboard clean-up on every lock.
        self.idle_lock = IdleLock(self, settings=self.ctx.settings)
        self.idle_lock.idle.connect(self.lock)
        self.events.unlocked.connect(self.idle_lock.resume)
        self.events.locked.connect(self.idle_lock.suspend)
        self.clipboard = ClipboardGuard(self)
        self.events.locked.connect(self.clipboard.clear_if_ours)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_view)
        self.setCentralWidget(self.stack)
        self.status = StatusBar(self.ctx)
        self.setStatusBar(self.status)
        self._body_ready = False
        self._actions()
        self.resize(1280, 800)
        geometry = self.ctx.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if defer_body:
            QTimer.singleShot(BODY_DELAY_MS, self._prepare_body)
        else:
            self._ensure_body()

    def _prepare_body(self) -> None:
        """Import the layers under the case views on the worker, then build the views here (an
        import that fails does so again in _ensure_body, where the app's error handling shows it)."""
        if self._body_ready or self._retired:
            return
        self.tasks.run(
            import_body_services, on_done=lambda _: self._import_views(), on_failed=lambda _: self._ensure_body()
        )

    def _import_views(self) -> None:
        """The view modules (Qt: GUI thread), then the views in a later turn of the event loop: two
        short pauses of the unlock screen rather than one long one (docs/benchmarks.md)."""
        if self._body_ready or self._retired:
            return
        importlib.import_module("app.ui.case.view")
        importlib.import_module("app.ui.cases.view")
        importlib.import_module("app.ui.sync.view")
        importlib.import_module("app.ui.schedule.view")
        importlib.import_module("app.ui.adjudication.view")
        importlib.import_module("app.ui.files.view")
        importlib.import_module("app.ui.work.view")
        importlib.import_module("app.ui.reports.view")
        QTimer.singleShot(BODY_DELAY_MS, self._ensure_body)  # input typed meanwhile is handled first

    def _ensure_body(self) -> None:
        if self._body_ready or self._retired:
            return
        self._body_ready = True
        from app.ui.adjudication.view import AdjudicationView
        from app.ui.case.view import CaseView
        from app.ui.cases.view import CasesView
        from app.ui.files.view import FilesView
        from app.ui.reports.view import ReportsView
        from app.ui.schedule.view import ScheduleView
        from app.ui.sync.view import SyncView
        from app.ui.work.view import WorkView

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.cases = CasesView(self.ctx)
        self.case = CaseView(self.ctx)
        self.case.back_requested.connect(self.show_cases)
        self.cases_stack = QStackedWidget()
        self.cases_stack.addWidget(self.cases)
        self.cases_stack.addWidget(self.case)
        self.pages = QStackedWidget()
        self._add_page(self.tr("Cases"), self.cases_stack)
        self.work = WorkView(self.ctx)
        self.work.case_requested.connect(self.open_case)
        self._add_page(self.tr("My work"), self.work)
        self.schedule = ScheduleView(self.ctx)
        self._add_page(self.tr("Schedule"), self.schedule)
        self.adjudication = AdjudicationView(self.ctx)
        self.adjudication.case_requested.connect(self.open_case)
        self._add_page(self.tr("Adjudication"), self.adjudication)
        self.files = FilesView(self.ctx)
        self.files.case_requested.connect(self.open_case)
        self._add_page(self.tr("Files"), self.files)
        self._add_page(self.tr("Sync"), SyncView(self.ctx))
        self.reports = ReportsView(self.ctx)
        self.reports.case_requested.connect(self.open_case)
        self._add_page(self.tr("Reports and QC"), self.reports)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.stack.addWidget(body)

    def show_sync(self, conflict_id: str | None = None) -> None:
        """Bring up the Sync page (the `--view sync` screenshot uses it), with a conflict selected."""
        from app.ui.sync.view import SyncView

        self._ensure_body()
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if isinstance(page, SyncView):
                if conflict_id:
                    page.select_conflict(conflict_id)
                self.nav.setCurrentRow(index)
                return

    def show_page(self, name: str, day: dt.date | None = None) -> None:
        """Bring up the Schedule, Adjudication, Files, My work or Reports page, the first two on `day` when given
        (the `--view` screenshots use it)."""
        self._ensure_body()
        simple = {"files": self.files, "work": self.work, "reports": self.reports}
        if name in simple:
            self.nav.setCurrentRow(self.pages.indexOf(simple[name]))
            return
        page = self.schedule if name == "schedule" else self.adjudication
        self.nav.setCurrentRow(self.pages.indexOf(page))
        if day is not None:
            page.show_day(day)

    def open_conflict(self, conflict_id: str) -> None:
        self.show_sync(conflict_id)

    def _add_page(self, title: str, widget: QWidget) -> None:
        self.pages.addWidget(widget)
        QListWidgetItem(title, self.nav)

    def _actions(self) -> None:
        lock = QAction(self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        find = QAction(self.tr("&Find case"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        quit_ = QAction(self.tr("&Quit"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        self.workspace_actions = WorkspaceActions(self.ctx, self)
        import_ = QAction(self.tr("&Import cases…"), self)
        import_.setShortcut(QKeySequence("Ctrl+Shift+O"))
        import_.triggered.connect(lambda: self.workspace_actions.import_cases())
        export = QAction(self.tr("&Export cases…"), self)
        export.triggered.connect(lambda: self.workspace_actions.export_cases())
        backup = QAction(self.tr("&Back up…"), self)
        backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup.triggered.connect(lambda: self.workspace_actions.backup())
        menu = self.menuBar().addMenu(self.tr("&Workspace"))
        menu.addAction(find)
        menu.addAction(lock)
        menu.addSeparator()
        menu.addAction(import_)
        menu.addAction(export)
        menu.addAction(backup)
        menu.addSeparator()
        language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = QLocale().name().split("_")[0]
        for code, name in i18n.LANGUAGES.items():
            action = language_menu.addAction(name)  # each language names itself, never translated
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About Circuit Ride"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self._session_actions = [lock, find, import_, export, backup]
        for action in self._session_actions:
            action.setEnabled(False)

    def show_about(self) -> QDialog:
        """Help → About (version, workspace format, HQ, logs, data): locked or not, for support."""
        from PySide6.QtCore import Qt

        from app.ui.about import AboutDialog

        dialog = AboutDialog(self.ws, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ----- session ---------------------------------------------------------------------------
    def unlocked(self) -> None:
        self._ensure_body()
        self.stack.setCurrentIndex(1)
        self.nav.setCurrentRow(0)
        self.cases_stack.setCurrentIndex(0)
        for action in self._session_actions:
            action.setEnabled(True)
        self.cases.reload()
        self.events.unlocked.emit()
        self.cases.focus_search()
        # Back where the user was before the lock (drafts of unsaved edits are restored there); a
        # case gone meanwhile is forgotten and the list stays.
        if self.case.last_case_number:
            self.open_case(self.case.last_case_number)

    def lock(self) -> None:
        if not self.ws.is_unlocked:
            return
        # An open dialog (editor, viewer, confirmation) must not stay on screen over the lock.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.events.locked.emit()  # views queue their drafts on the worker and drop what they show
        self.tasks.wait()  # the drafts are written, and nothing still running reads the workspace
        self.ws.lock()
        for action in self._session_actions:
            action.setEnabled(False)
        self.stack.setCurrentIndex(0)
        self.unlock_view.reset()

    # ----- routing ---------------------------------------------------------------------------
    def open_case(self, number: str) -> None:
        """Show a case once it is read (on the worker); an unknown number leaves the list as it is."""
        self._ensure_body()
        self.nav.setCurrentRow(0)
        self.case.show_case(number, on_shown=lambda: self.cases_stack.setCurrentIndex(1))

    def show_cases(self) -> None:
        self.cases_stack.setCurrentIndex(0)
        self.cases.focus_search()

    def focus_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.show_cases()

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, QApplication.applicationName(), message)

    def keep_edits(self, reason: str) -> None:
        """Every unsaved text as an encrypted draft, before this window goes (a language change):
        open dialogs close as on a lock (a form's answers are autosaved as it closes), the case's
        person edits and note in progress are kept for the case's next opening."""
        if not self.ws.is_unlocked:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self._body_ready:
            self.case.keep_edits(reason)
        self.tasks.wait()

    def retire(self) -> None:
        """Close this window without locking: a replacement (another language) took over."""
        self._retired = True
        self.idle_lock.uninstall()
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        if not self._retired:
            self.lock()
        super().closeEvent(event)
