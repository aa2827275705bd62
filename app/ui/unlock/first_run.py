"""First run: the data directory has no workspace yet. Create one, or open the demo.

    ws = run_first_run(None, path)   # Workspace (unlocked if just made), or None if the user quit

A workspace just created or built is returned unlocked; the demo made on an earlier run is returned
locked, and the unlock screen takes it from there. Both long steps (key derivation, filling the
demo) run on the dialog's one worker thread, with the dialog responsive and the demo cancellable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from app.ui.tasks import TaskRunner
from app.ui.unlock.create_page import CreatePage
from app.ui.unlock.demo_page import DemoPage, demo_path_for

__all__ = ["FirstRunDialog", "demo_path_for", "run_first_run"]


class FirstRunDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, *, kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.workspace: Workspace | None = None
        self._close_when_idle = False
        self.setWindowTitle(self.tr("Welcome to Circuit Ride"))
        self.runner = TaskRunner(self)  # one worker thread for this dialog's long steps

        self.create_choice = QCommandLinkButton(
            self.tr("&Create a workspace"),
            self.tr(
                "Start with an empty encrypted workspace for your own cases. Choose a password; "
                "HQ's recovery key is optional but recommended."
            ),
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
        choice_layout.addWidget(intro)
        choice_layout.addWidget(where)
        choice_layout.addSpacing(8)
        choice_layout.addWidget(self.create_choice)
        choice_layout.addWidget(self.demo_choice)
        choice_layout.addStretch()
        choice_layout.addLayout(quit_row)

        self.create_page = CreatePage(self.path, self.runner, kdf)
        self.demo_page = DemoPage(self.path, self.runner, kdf)
        self.pages = QStackedWidget()
        self.pages.addWidget(choice)
        self.pages.addWidget(self.create_page)
        self.pages.addWidget(self.demo_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(640, 600)  # fits a 1366x768 screen; pages scroll rather than clip if it is smaller

        self.create_choice.clicked.connect(self.show_create)
        self.demo_choice.clicked.connect(self.show_demo)
        self.quit_button.clicked.connect(self.reject)
        self.create_page.back.connect(self.show_choice)
        self.demo_page.back.connect(self.show_choice)
        self.create_page.created.connect(self._finish)
        self.demo_page.opened.connect(self._finish)
        self.demo_page.idle.connect(self._maybe_close)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self).activated.connect(self._go_back)
        self.create_choice.setFocus()

    # ----- navigation -------------------------------------------------------------------------
    def show_choice(self) -> None:
        self.pages.setCurrentIndex(0)
        self.create_choice.setFocus()

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
        return self.create_page.busy or self.demo_page.busy

    # ----- ending -----------------------------------------------------------------------------
    def _finish(self, ws: Workspace) -> None:
        self.workspace = ws
        self.accept()

    def reject(self) -> None:
        """Escape or the window's close button: never while a worker still writes to disk."""
        if self.create_page.busy:
            return  # key derivation takes a second; then the dialog can close
        if self.demo_page.busy:
            self._close_when_idle = True
            self.demo_page.cancel()
            return
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
