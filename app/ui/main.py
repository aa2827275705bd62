"""Desktop entry point: unlock screen, then the main window. A first cut (issue 4 fills it in).

`--screenshot PATH --view unlock|cases|case:NUMBER` renders that view at 1440x900 into a PNG and exits.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError, LockedOut
from app.services.case_list import case_rows
from app.services.case_view import show_case
from app.services.search import search
from app.store.workspace import Workspace, default_data_dir
from app.ui.case_model import CaseTableModel

SCREEN_SIZE = (1440, 900)


class UnlockView(QWidget):
    def __init__(self, ws: Workspace, on_unlocked) -> None:  # noqa: ANN001
        super().__init__()
        self.ws, self.on_unlocked = ws, on_unlocked
        title = QLabel(self.tr("<h2>Circuit Ride</h2>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user = QLineEdit(ws.users()[0] if len(ws.users()) == 1 else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        button = QPushButton(self.tr("&Unlock"))
        button.setDefault(True)
        button.clicked.connect(self.try_unlock)
        form = QFormLayout()
        form.addRow(self.tr("Workspace:"), QLabel(ws.meta.name))
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addLayout(form)
        inner.addWidget(button)
        inner.addWidget(self.message)
        hint = QLabel(self.tr("Forgot your password? Your team lead can reopen this workspace with HQ's recovery key."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        inner.addWidget(hint)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box)
        outer.addStretch()

    def try_unlock(self) -> None:
        try:
            self.ws.unlock(self.password.text(), self.user.text().strip() or None)
        except LockedOut as exc:
            self.message.setText(exc.message)
        except CircuitRideError as exc:
            self.message.setText(exc.message)
        else:
            self.password.clear()
            self.message.clear()
            self.on_unlocked()


class CasesView(QWidget):
    def __init__(self, ws: Workspace, open_case) -> None:  # noqa: ANN001
        super().__init__()
        self.ws, self.open_case = ws, open_case
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: case number, UNHCR id, name in any script, date of birth"))
        self.search.setClearButtonEnabled(True)
        self.model = CaseTableModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self._all: list = []
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def reload(self) -> None:
        self._all = case_rows(self.ws)
        self.apply_search()
        for col, width in enumerate((130, 220, 200, 70, 70, 170, 110)):
            self.table.setColumnWidth(col, width)

    def apply_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            rows = self._all
        else:
            wanted = {h.case_id for h in search(self.ws, query, limit=500)}
            rows = [r for r in self._all if r.case_id in wanted]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n case(s)", "", len(rows)))

    def _activated(self, index) -> None:  # noqa: ANN001
        self.open_case(self.model.row_at(self.proxy.mapToSource(index).row()).case_number)


class CaseDetailView(QTextBrowser):
    def show_case(self, ws: Workspace, number: str) -> None:
        doc = show_case(ws, number)
        esc = lambda s: (str(s) if s is not None else "").replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
        rows = "".join(
            f"<tr><td>{esc(p['role'].replace('_', ' '))}</td><td><b>{esc(p['given_names'])} {esc(p['family_name'])}</b></td>"
            f"<td>{esc(p['native_given_names'])} {esc(p['native_family_name'])}</td><td>{esc(p['dob'])} "
            f"({esc(p['dob_precision'])})</td><td>{esc(p['sex'])}</td><td>{esc(', '.join(p['languages']))}</td></tr>"
            for p in doc["persons"]
        )
        self.setHtml(
            f"<h2>{esc(doc['case_number'])} &nbsp; <small>{esc(doc['priority'])} · {esc(doc['stage'])}</small></h2>"
            f"<p>Site {esc(doc['site'])} · ride {esc(doc['ride'] or '—')} · UNHCR {esc(doc['unhcr_id'] or '—')} · "
            f"file at {esc(doc['file_location'] or 'unknown')}</p>"
            f"<h3>{self.tr('Household')}</h3><table cellpadding='4'>{rows}</table>"
            f"<p>{len(doc['attachments'])} attachment(s) · {len(doc['notes'])} note(s) · "
            f"{len(doc['history'])} history event(s)</p>"
        )


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.setWindowTitle(self.tr("Circuit Ride — %s") % ws.meta.name)
        self.stack = QStackedWidget()
        self.unlock_view = UnlockView(ws, self.unlocked)
        self.nav = QListWidget()
        self.nav.addItems([self.tr("Cases"), self.tr("Case")])
        self.nav.setMaximumWidth(160)
        self.cases = CasesView(ws, self.open_case)
        self.detail = CaseDetailView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.cases)
        self.pages.addWidget(self.detail)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        body = QWidget()
        row = QHBoxLayout(body)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.stack.addWidget(self.unlock_view)
        self.stack.addWidget(body)
        self.setCentralWidget(self.stack)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=lambda: self.cases.search.setFocus())
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        self.statusBar().showMessage(self.tr("Locked"))

    def unlocked(self) -> None:
        self.cases.reload()
        self.stack.setCurrentIndex(1)
        self.nav.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Unlocked as %s · Ctrl+L locks") % self.ws.username)

    def lock(self) -> None:
        self.ws.lock()
        self.cases.model.set_rows([])
        self.detail.clear()
        self.stack.setCurrentIndex(0)
        self.statusBar().showMessage(self.tr("Locked"))

    def open_case(self, number: str) -> None:
        self.detail.show_case(self.ws, number)
        self.nav.setCurrentRow(1)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Circuit Ride")
    ws = Workspace(Path(args.data_dir) if args.data_dir else default_data_dir())
    window = MainWindow(ws)
    window.resize(*SCREEN_SIZE)
    env_password = os.environ.get("CIRCUITRIDE_PASSWORD")
    view = args.view or "cases"
    if env_password and view != "unlock":
        ws.unlock(env_password, args.user)
        window.unlocked()
        if view.startswith("case:"):
            window.open_case(view.split(":", 1)[1])
    if args.screenshot:
        window.show()
        app.processEvents()
        ok = window.grab().save(args.screenshot, "PNG")
        ws.lock()
        if not ok:
            raise CircuitRideError(f"Could not write the screenshot to {args.screenshot}.")
        return 0
    window.show()
    try:
        return app.exec()
    finally:
        ws.lock()


def show_error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QApplication.applicationName(), message)
