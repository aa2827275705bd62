"""First run: the data directory has no workspace yet. The interface language first, then: create
a workspace, restore a backup, enroll with an HQ code, or open the demo.

    ws = run_first_run(None, path)   # Workspace (unlocked if just made), or None if the user quit

A workspace just created, restored, enrolled or built is returned unlocked; the demo made on an
earlier run is returned locked, and the unlock screen takes it from there. Every long step (key
derivation, copying a backup, enrolling and the first sync, filling the demo) runs on the dialog's
one worker thread, with the dialog responsive and the demo cancellable.

Choosing a language installs it at once and remembers it as the app's language (QSettings
"ui/language", as Workspace → Language does); the dialog is rebuilt in it. It can only be chosen on
the first page, before anything is typed, so nothing is lost by the rebuild.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.workspaces import KdfParams, Workspace
from app.ui import i18n
from app.ui.context import settings
from app.ui.tasks import TaskRunner
from app.ui.unlock.create_page import CreatePage
from app.ui.unlock.demo_page import DemoPage, demo_path_for
from app.ui.unlock.enroll_page import EnrollPage
from app.ui.unlock.restore_page import RestorePage

__all__ = ["FirstRunDialog", "demo_path_for", "run_first_run"]


class FirstRunDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, *, kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.workspace: Workspace | None = None
        self._kdf = kdf
        self._close_when_idle = False
        self.runner = TaskRunner(self)  # one worker thread for this dialog's long steps
        self._layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self._layout.addWidget(self.pages)
        self.resize(640, 600)  # fits a 1366x768 screen; pages scroll rather than clip if it is smaller
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self).activated.connect(self._go_back)
        self._build()

    def _build(self) -> None:
        """Every text of the dialog, in the language installed now (called again when it changes)."""
        self.setWindowTitle(self.tr("Welcome to Circuit Ride"))
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language names itself, never translated
        self.language.setCurrentIndex(max(self.language.findData(i18n.current_language()), 0))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch()

        self.create_choice = QCommandLinkButton(
            self.tr("&Create a workspace"),
            self.tr(
                "Start with an empty encrypted workspace for your own cases. Choose a password; "
                "HQ's recovery key is optional but recommended."
            ),
        )
        self.restore_choice = QCommandLinkButton(
            self.tr("&Restore a backup"),
            self.tr("Bring back a workspace from a backup folder, with the password it was made with."),
        )
        self.enroll_choice = QCommandLinkButton(
            self.tr("&Enroll with an HQ code"),
            self.tr("HQ gave you a code: set up this laptop, connect it to HQ and receive your cases in one go."),
        )
        self.demo_choice = QCommandLinkButton(
            self.tr("Open the &demo workspace"),
            self.tr(
                "Look around with synthetic people only: invented families, photos and scans. "
                "Nothing real, nothing to lose."
            ),
        )
        intro = QLabel(self.tr("<h2>Welcome to Circuit Ride</h2><p>There is no workspace in this data folder yet:</p>"))
        intro.setWordWrap(True)
        where = QLabel(str(self.path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        self.quit_button = QPushButton(self.tr("&Quit"))
        quit_row = QHBoxLayout()
        quit_row.addStretch()
        quit_row.addWidget(self.quit_button)
        choice = QWidget()
        choice_layout = QVBoxLayout(choice)
        choice_layout.addLayout(language_row)
        choice_layout.addWidget(intro)
        choice_layout.addWidget(where)
        choice_layout.addSpacing(8)
        for button in (self.create_choice, self.restore_choice, self.enroll_choice, self.demo_choice):
            choice_layout.addWidget(button)
        choice_layout.addStretch()
        choice_layout.addLayout(quit_row)

        self.create_page = CreatePage(self.path, self.runner, self._kdf)
        self.restore_page = RestorePage(self.path, self.runner)
        self.enroll_page = EnrollPage(self.path, self.runner, self._kdf)
        self.demo_page = DemoPage(self.path, self.runner, self._kdf)
        while (old := self.pages.widget(0)) is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        for page in (choice, self.create_page, self.restore_page, self.enroll_page, self.demo_page):
            self.pages.addWidget(page)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.create_choice.clicked.connect(self.show_create)
        self.restore_choice.clicked.connect(self.show_restore)
        self.enroll_choice.clicked.connect(self.show_enroll)
        self.demo_choice.clicked.connect(self.show_demo)
        self.quit_button.clicked.connect(self.reject)
        for page in (self.create_page, self.restore_page, self.enroll_page, self.demo_page):
            page.back.connect(self.show_choice)
        self.create_page.created.connect(self._finish)
        self.restore_page.restored.connect(self._finish)
        self.enroll_page.enrolled.connect(self._finish)
        self.demo_page.opened.connect(self._finish)
        self.demo_page.idle.connect(self._maybe_close)
        self.show_choice()

    def _language_chosen(self, _index: int) -> None:
        code = str(self.language.currentData())
        if self.busy or code == i18n.current_language():
            return
        settings().setValue(i18n.SETTINGS_KEY, code)  # the app starts in it from now on
        i18n.install(code)
        self._build()
        self.language.setFocus()

    # ----- navigation -------------------------------------------------------------------------
    def show_choice(self) -> None:
        self.pages.setCurrentIndex(0)
        self.create_choice.setFocus()

    def show_restore(self) -> None:
        self.pages.setCurrentWidget(self.restore_page)
        self.restore_page.focus_first()

    def show_enroll(self) -> None:
        self.pages.setCurrentWidget(self.enroll_page)
        self.enroll_page.focus_first()

    def show_create(self) -> None:
        self.pages.setCurrentWidget(self.create_page)
        self.create_page.focus_first()

    def show_demo(self) -> None:
        self.demo_page.refresh()
        self.pages.setCurrentWidget(self.demo_page)
        self.demo_page.focus_first()

    def _go_back(self) -> None:
        if self.pages.currentIndex() != 0 and not self.busy:
            self.show_choice()

    @property
    def busy(self) -> bool:
        return self.create_page.busy or self.restore_page.busy or self.enroll_page.busy or self.demo_page.busy

    # ----- ending -----------------------------------------------------------------------------
    def _finish(self, ws: Workspace) -> None:
        self.workspace = ws
        self.accept()

    def reject(self) -> None:
        """Escape or the window's close button: never while a worker still writes to disk."""
        if self.create_page.busy or self.restore_page.busy or self.enroll_page.busy:
            return  # a copy or an enrollment must finish (or fail) first; then the dialog can close
        if self.demo_page.busy:
            self._close_when_idle = True
            self.demo_page.cancel()
            return
        restored = self.restore_page.workspace
        if restored is not None and self.workspace is None:  # restored, but closed before it was opened
            restored.lock()  # its keys leave memory; the next start unlocks it on the unlock screen
        super().reject()

    def _maybe_close(self) -> None:
        if self._close_when_idle and self.workspace is None:
            self._close_when_idle = False
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.busy:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def run_first_run(parent: QWidget | None, path: Path, *, kdf: KdfParams | None = None) -> Workspace | None:
    """Show the first-run dialog for data directory `path` (which has no workspace).

    Returns the workspace to open: unlocked if it was just created or built, locked if it is a demo
    made on an earlier run; None if the user quit. `kdf` is for tests only (keyslots.TEST_KDF);
    the app passes nothing and the key derivation is calibrated on this machine.
    """
    dialog = FirstRunDialog(path, parent, kdf=kdf)
    dialog.exec()
    ws = dialog.workspace
    dialog.deleteLater()
    return ws
