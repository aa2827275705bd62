"""Which cases the list shows and in what order: search matches, filters and the sort column.

Why this proxy does not filter or sort row by row: a stock QSortFilterProxyModel calls
`filterAcceptsRow`, `lessThan` and the source's `data()` through Python once per row or per
comparison, far too slow for a list of tens of thousands of cases (docs/benchmarks.md). So this
proxy passes the source rows through unchanged (no Python override runs per row) and instead
computes the shown rows with list operations over the model's plain rows, using per-column orders
the model caches: a filter change costs a few milliseconds, a search of k matches O(k log k).
The view still talks to a QSortFilterProxyModel (`index`, `mapToSource`, `sort`).
Cases a search found only through spelling variants of the typed names come after the others,
each group in the order of the sort column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal

from app.services.case_list import CaseFilter, CaseRow
from app.ui.cases.model import COL_CASE, COLUMN_COUNT, CaseTableModel, sort_key

_DESCENDING = Qt.SortOrder.DescendingOrder


class CaseFilterProxy(QSortFilterProxyModel):
    refreshed = Signal()  # the shown rows were recomputed (counts may have changed)

    def __init__(self, model: CaseTableModel) -> None:
        super().__init__(model)
        self.setDynamicSortFilter(False)
        self.setSourceModel(model)
        self._model = model
        self._filter = CaseFilter()
        self._matches: frozenset[str] | None = None
        self._variants: frozenset[str] = frozenset()  # of the matches, those found by spelling variants
        self._column = COL_CASE
        self._order = Qt.SortOrder.AscendingOrder

    # ----- state -----------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def matches(self) -> frozenset[str] | None:
        """Case ids the search found, or None when there is no search."""
        return self._matches

    @property
    def sort_column(self) -> int:
        return self._column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter != self._filter:
            self._filter = case_filter
            self.refresh()

    def set_matches(self, case_ids: frozenset[str] | None, variants: frozenset[str] = frozenset()) -> None:
        """Show only these cases (None: every case); `variants` of them after the rest."""
        self._matches = case_ids
        self._variants = variants if case_ids is not None else frozenset()
        self.refresh()

    def reset(self) -> None:
        """Forget search and filters (the sort stays: it is column layout, not data)."""
        self._filter = CaseFilter()
        self._matches = None
        self._variants = frozenset()
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt API, called when a header is clicked. Never calls the base class (see module doc)."""
        self._column = column if 0 <= column < COLUMN_COUNT else COL_CASE
        self._order = order
        self.refresh()

    def accepts(self, row: CaseRow) -> bool:
        return (self._matches is None or row.case_id in self._matches) and self._filter.matches(row)

    # ----- computing -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._model.show(self._compute())
        self.refreshed.emit()

    def _compute(self) -> list[int]:
        model, flt, column = self._model, self._filter, self._column
        rows = model.rows
        descending = self._order == _DESCENDING
        if self._matches is not None:
            return self.orderer()(self._matches, self._variants)
        order = model.order(column)
        if flt.active:
            matches = flt.matches
            order = [p for p in order if matches(rows[p])]
        return order[::-1] if descending else order

    def orderer(self) -> Callable[[Iterable[str], frozenset[str]], list[int]]:
        """order(case_ids, variants): how the list shows search matches (positions in the model's
        rows, filtered and sorted, `variants` last). The function may run on the worker thread:
        what it needs of the model is taken now, on the GUI thread (the sort column's ranks are
        cached by the model and never changed in place)."""
        model, flt = self._model, self._filter
        rows, position, rank = model.rows, model.position, model.rank(self._column).__getitem__
        descending = self._order == _DESCENDING

        def order(case_ids: Iterable[str], variants: frozenset[str]) -> list[int]:
            found = [p for p in map(position, case_ids) if p is not None and p < len(rows)]
            if flt.active:
                found = [p for p in found if flt.matches(rows[p])]
            if variants:
                later = sorted((p for p in found if rows[p].case_id in variants), key=rank, reverse=descending)
                found = [p for p in found if rows[p].case_id not in variants]
                found.sort(key=rank, reverse=descending)
                return found + later
            found.sort(key=rank, reverse=descending)
            return found

        return order

    def insert_position(self, row: CaseRow) -> int | None:
        """Where a newly loaded row belongs in the list as shown, or None if it is filtered out."""
        if not self.accepts(row):
            return None
        if row.case_id in self._variants:
            return len(self._model.shown_positions())  # after the exact matches: at the end
        key = sort_key(self._column)
        new = key(row)
        rows, shown = self._model.rows, self._model.shown_positions()
        lo, hi = 0, len(shown)
        if self._variants:  # among the exact matches, which come first
            hi = sum(1 for p in shown if rows[p].case_id not in self._variants)
        descending = self._order == _DESCENDING
        while lo < hi:  # first shown row that sorts after the new one
            mid = (lo + hi) // 2
            other = key(rows[shown[mid]])
            if (other >= new) if descending else (other <= new):
                lo = mid + 1
            else:
                hi = mid
        return lo
