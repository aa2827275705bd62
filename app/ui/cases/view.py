"""The case list: search box, table (model/view), count. (First cut; issue 4 completes it.)"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.services.case_list import CaseRow, case_rows
from app.services.search import search
from app.ui.cases.model import CaseTableModel
from app.ui.context import UiContext

SEARCH_DELAY_MS = 120


class CasesView(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: case number, UNHCR id, name in any script, date of birth"))
        self.search.setClearButtonEnabled(True)
        self.model = CaseTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
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
        self._all: list[CaseRow] = []
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open_first)
        ctx.events.locked.connect(self.clear)
        ctx.events.cases_reloaded.connect(self.reload)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear(self) -> None:
        self._all = []
        self.model.set_rows([])
        self.search.clear()

    def reload(self) -> None:
        self._all = case_rows(self.ctx.ws)
        self.apply_search()
        for col, width in enumerate((130, 220, 200, 70, 70, 170, 110)):
            self.table.setColumnWidth(col, width)

    def apply_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        if not query:
            rows = self._all
        else:
            wanted = {h.case_id for h in search(self.ctx.ws, query, limit=500)}
            rows = [r for r in self._all if r.case_id in wanted]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n case(s)", "", len(rows)))

    def _open_first(self) -> None:
        self.apply_search()
        if self.proxy.rowCount() == 1:
            self._activated(self.proxy.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        self.ctx.open_case(self.model.row_at(self.proxy.mapToSource(index).row()).case_number)
