"""The case list an interviewer lives in: search box, filter bar, table, count.

Search starts as soon as the keystrokes already queued are handled (a paste or a burst of typing
is one search) and runs on the worker through `app.services.search` (names in any script,
case number / UNHCR id prefix, dates of birth); its case ids, the filter bar's `CaseFilter` and the
sort column are combined by CaseFilterProxy over rows loaded once per unlock (on the worker too);
cases found only through spelling variants of the typed names are listed after the others, and the
Matched column says which member each name search found, and how. A changed case is re-read alone
(on the worker) and replaced in place. The worker only reads the workspace and builds values: what
it finds reaches the model and the view on the GUI thread, in the runner's callbacks. Column layout
is the only thing saved (QSettings "cases/header"); search text and filters are never written
anywhere.

A team lead (the `assign_work` permission, read on the worker after each load) also gets "Assign":
the selected cases (Shift/Ctrl select several), or every case the list shows, go to a team member
or to nobody through `app.services.work` (`assign_filtered` with the filter bar's `CaseFilter` when
only filters narrow the list; the shown case numbers when a search does too, since the service's
filter knows nothing of the search). Other roles never see the action; the service refuses them
anyway. The list shows the result at once: one case changed is re-read in place (its "Assigned to"
cell), several are read again with the whole list; "Assigned to" in the filter bar ("everything
Dana has", "everything nobody has") is a filter like the others, so its whole result can be given
away in one step.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QByteArray, QEvent, QLocale, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.services.case_list import CaseFacets, CaseFilter, CaseRow, case_facets, case_row, case_rows
from app.services.search import CaseMatches, IdPrefixIndex, MemberMatch, find_cases, id_prefix, read_members
from app.ui import gc_guard
from app.ui.cases.filter_bar import FilterBar
from app.ui.cases.model import (
    COL_ASSIGNEE,
    COL_CASE,
    COL_FILE,
    COL_ISSUES,
    COL_MATCH,
    COL_NATIVE,
    COL_PERSONS,
    COL_PRINCIPAL,
    COL_PRIORITY,
    COL_RIDE,
    COL_SITE,
    COL_STAGE,
    COLUMN_COUNT,
    CaseTableModel,
)
from app.ui.cases.proxy import CaseFilterProxy
from app.ui.cases.table import CaseTable
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.tasks import Task
from app.ui.work.assign import AssignDialog, Assignees, assignment_text, may_assign, read_assignees

if TYPE_CHECKING:
    from app.services.work import Assignment

log = logging.getLogger(__name__)

# No wait for typing to pause: a search and its repaint are quicker than any pause worth adding
# (see `make bench`), and a pause added to every keystroke was most of what a user waited for.
# The zero-time timer still folds keystrokes that arrive together into one search.
SEARCH_DELAY_MS = 0
# Rows shown at once after unlock; a longer list loads the rest on the worker thread.
FIRST_ROWS = 300
# Enough for any real search; beyond it the user is told to type more (the list says so).
SEARCH_LIMIT = 500  # a longer list is not read; the list says to type more
HEADER_KEY = "cases/header"
# How many columns the saved layout knew: a layout saved before a column existed gets it placed
# where a new user sees it (Qt's restoreState appends it at the end). Absent: saved by a version
# whose model had 11 columns (before "Assigned to").
COLUMNS_KEY = "cases/header_columns"
COLUMNS_BEFORE_KEY = 11
FITTED_KEY = "cases/header_fitted"  # the widths follow the window until the user sizes a column
# How a wider window's extra room is shared: names and places first, never the count columns
# (a 1920 px window gave "Open issues", the last column, 700 px while names were cut).
GROW_WEIGHTS = {
    COL_PRINCIPAL: 4,
    COL_NATIVE: 3,
    COL_MATCH: 2,
    COL_FILE: 2,
    COL_RIDE: 2,
    COL_ASSIGNEE: 1,
    COL_STAGE: 1,
    COL_SITE: 1,
}
HEADER_SAVE_DELAY_MS = 300
# Chosen so every column fits a 1366x768 laptop beside the navigation; long values elide with a
# tooltip, and the last column takes whatever room is left.
DEFAULT_WIDTHS = {
    COL_CASE: 105,
    COL_PRINCIPAL: 150,
    COL_NATIVE: 110,
    COL_PERSONS: 62,
    COL_PRIORITY: 56,
    COL_STAGE: 115,
    COL_SITE: 85,
    COL_RIDE: 100,
    COL_FILE: 95,
    COL_ISSUES: 90,
    COL_MATCH: 140,
    COL_ASSIGNEE: 110,
}
# The Matched and "Assigned to" columns come last in the model (older saved layouts keep their
# columns) but are shown, unless the user moves them, after the column each is read with: the names
# a search found, the stage the case's work is at.
MATCH_AFTER = COL_NATIVE
SHOWN_AFTER = {COL_MATCH: MATCH_AFTER, COL_ASSIGNEE: COL_STAGE}

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_INTO_TABLE_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
ASSIGN_SHORTCUT = "Ctrl+Shift+A"


class CasesView(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: case number, UNHCR id, name in any script, date of birth"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setToolTip(
            self.tr(
                "Type part of a name (any script), a case number or UNHCR id, or a date of birth. "
                "Enter opens the case when only one matches; Down moves into the list; Ctrl+F comes back here."
            )
        )
        self.filters = FilterBar()
        self.model = CaseTableModel()
        self.proxy = CaseFilterProxy(self.model)
        self.table = CaseTable()
        self.table.setAccessibleName(self.tr("Cases"))
        # The table shows the model itself: the proxy computes which rows it shows and in what order
        # (it passes rows through unchanged), and a view attached to the model gets all of a cell's
        # roles in one multiData() call, where through a proxy it asked seven times per cell.
        self.model.sorter = self.proxy.sort
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several to assign
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Always there (disabled when everything fits): a scroll bar that came and went as the
        # search narrowed the list resized the rows' area and repainted the table two or three
        # times per keystroke.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = QLabel(self.table)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.count = QLabel()
        self.capped = QLabel()
        self.capped.setObjectName("searchCapped")
        self.capped.hide()

        # Assigning work (a team lead's): shown once the role is known to allow it.
        self.assign_action = QAction(self.tr("&Assign selected cases…"), self)
        self.assign_action.setShortcut(QKeySequence(ASSIGN_SHORTCUT))
        self.assign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.assign_action.setToolTip(self.tr("Give the selected cases to a member of the team"))
        self.assign_all_action = QAction(self)
        self.assign_button = QPushButton(self.tr("Assi&gn"))
        self.assign_button.setToolTip(self.tr("Give cases to a member of the team"))
        assign_menu = QMenu(self.assign_button)
        assign_menu.addAction(self.assign_action)
        assign_menu.addAction(self.assign_all_action)
        self.assign_button.setMenu(assign_menu)
        self.assign_dialog: AssignDialog | None = None
        self._may_assign = False
        self._assigning = False  # an assignment (or the read of its users) is on the worker
        self._role_generation = 0
        self.assign_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filters.toggles)
        top.addWidget(self.assign_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addSpacing(12)
        bottom.addWidget(self.capped, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        # Searches run on the task runner's worker thread (a slow query must not freeze typing);
        # each gets a generation number and only the newest one's results are shown.
        self._requested: str | None = ""  # the query last sent (None: send the current one again)
        self._generation = 0
        self._searching = False  # the newest search has not answered yet
        self._search_task: Task | None = None
        self._when_found: str | None = None  # "open" / "list": Enter / Down pressed mid-search
        self._search_capped = False
        self._variant_ids: frozenset[str] = frozenset()  # of the shown search's matches
        self._reading_members = False  # members of the shown search are being read (scrolled to)
        self._id_index: tuple[int, IdPrefixIndex | None] = (-1, None)  # (model version, index of its rows)
        self._loading = False  # the first rows are shown, the rest are being read
        self._load_generation = 0
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._header_timer = QTimer(self, singleShot=True, interval=HEADER_SAVE_DELAY_MS)
        self._fitted, self._fitting = True, False
        self._restore_header()
        self._connect()
        self._show_counts()
        self._update_assign()

    def _connect(self) -> None:
        header = self.table.horizontalHeader()
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_edited)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._activated)  # mouse (double click); keys: eventFilter
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_assign())
        self.assign_action.triggered.connect(self.assign_selected)
        self.assign_all_action.triggered.connect(self.assign_shown)
        self.addAction(self.assign_action)
        self.filters.changed.connect(self._filters_changed)
        self.proxy.refreshed.connect(self._show_counts)
        self.proxy.rowsInserted.connect(self._show_counts)
        self.proxy.rowsRemoved.connect(self._show_counts)
        self.model.modelReset.connect(self._update_assign)
        header.sectionResized.connect(self._section_resized)
        header.sectionResized.connect(self._header_changed)
        header.sectionMoved.connect(self._header_changed)
        header.sortIndicatorChanged.connect(self._header_changed)
        header.customContextMenuRequested.connect(self._header_menu)
        self._header_timer.timeout.connect(self.save_header)
        events = self.ctx.events
        events.case_changed.connect(self.refresh_case)
        events.cases_reloaded.connect(self.reload)
        events.locked.connect(self.clear)
        # Asked while a row is painted: the members are read after the paint.
        self.model.wants_members = lambda: QTimer.singleShot(0, self._read_pending_members)

    # ----- public API (the shell calls these) ------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reload(self) -> None:
        """Load every case again (after unlock or a bulk change); search and filters stay.

        Read on the worker thread. A list longer than FIRST_ROWS shows its first rows as soon as
        they are read (when it is sorted by case number) while the rest load: 50,000 cases take
        about two seconds to read. Searches typed meanwhile run when every case is there."""
        self._load_generation += 1
        generation, ws = self._load_generation, self.ctx.ws
        by_number = self.proxy.sort_column == COL_CASE and self.proxy.sort_order == Qt.SortOrder.AscendingOrder
        self._loading = True
        self._show_counts()

        def first(_task: Task) -> tuple[list[CaseRow], CaseFacets | None]:
            rows = case_rows(ws, limit=FIRST_ROWS if by_number else None)
            every = not by_number or len(rows) < FIRST_ROWS
            return rows, case_facets(ws) if every else None

        def shown_first(loaded: tuple[list[CaseRow], CaseFacets | None]) -> None:
            if generation != self._load_generation:
                return
            rows, facets = loaded
            if facets is not None:  # that is every case
                self._show_rows(rows, facets)
                return
            self.model.set_rows(rows)
            self.proxy.refresh()
            self.ctx.tasks.run(
                load,
                on_done=lambda everything: self._loaded(generation, everything),
                on_failed=lambda exc: self._load_failed(generation, exc),
            )

        def load(_task: Task) -> tuple[list[CaseRow], CaseFacets, IdPrefixIndex]:
            rows = case_rows(ws)
            return rows, case_facets(ws), IdPrefixIndex(rows)  # sorted here, not on the first case-number search

        self.ctx.tasks.run(first, on_done=shown_first, on_failed=lambda exc: self._load_failed(generation, exc))
        self._read_role()

    def _show_rows(self, rows: list[CaseRow], facets: CaseFacets, index: IdPrefixIndex | None = None) -> None:
        self._loading = False
        self.model.set_rows(rows)
        gc_guard.keep_long_lived()  # the rows stay until lock: collections need not walk them
        if index is not None:
            self._id_index = (self.model.version, index)
        self.proxy.refresh()  # the current search matches, filters and sort over the new rows
        self.filters.set_facets(facets)
        when_found = self._when_found  # Enter or Down pressed while the list was loading
        self._requested = None  # and search again: the new rows may match differently
        self.apply_search()
        if self._searching:
            self._when_found = when_found

    def _loaded(self, generation: int, loaded: tuple[list[CaseRow], CaseFacets, IdPrefixIndex]) -> None:
        if generation == self._load_generation:
            self._show_rows(*loaded)

    def _load_failed(self, generation: int, exc: CircuitRideError) -> None:
        if generation == self._load_generation:
            self._loading = False
            self._show_counts()
            self.ctx.show_error(service_text(exc))

    def clear(self) -> None:
        """On lock: no rows, no search text, no filters, nothing pending."""
        self._search_timer.stop()
        self._forget_search()
        self.save_header()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._requested = ""
        self._search_capped = False
        self._load_generation += 1  # a load still running is not shown
        self._loading = False
        self.model.set_rows([])
        self.model.set_members("", {})  # names of the last search's members go with the rows
        gc_guard.release_long_lived()
        self._id_index = (-1, None)  # case numbers and UNHCR ids are not kept after a lock either
        self.filters.forget()
        self.proxy.reset()
        self._role_generation += 1
        if self.assign_dialog is not None:
            self.assign_dialog.reject()
        self._set_may_assign(False)

    @property
    def search_pending(self) -> bool:
        """True while typed text has not yet reached the list (search queued or running)."""
        return self._search_timer.isActive() or self._searching or self._loading

    def apply_search(self) -> None:
        """Send the search now if the text changed (the search timer calls this; so do Enter and
        Down). The list updates when the answer comes back from the worker thread."""
        self._search_timer.stop()
        if self._loading:
            self._requested = None  # searched as soon as every case is loaded
            return
        query = self.search.text().strip()
        if query == self._requested:
            return
        self._forget_search()
        self._requested = query
        if not query:
            self._show_matches(None, capped=False)
            return
        ws, generation = self.ctx.ws, self._generation
        # Case numbers and UNHCR ids are matched in memory against the listed rows, sorted once (on
        # the worker) for every id-like search until a row changes.
        version, index = self._id_index
        rows: tuple[CaseRow, ...] = ()
        if version != self.model.version:
            index, version = None, self.model.version
            if id_prefix(query):
                rows = tuple(self.model.rows)  # a snapshot for the worker (copying references: under a millisecond)

        # The members of the cases listed first are read with the search, the others when shown.
        order, model_rows = self.proxy.orderer(), self.model.rows

        def shown_first(case_ids: list[str], variants: frozenset[str]) -> list[str]:
            return [model_rows[p].case_id for p in order(case_ids, variants)]

        def work(task: Task) -> tuple[CaseMatches, IdPrefixIndex | None]:
            task.check()  # superseded while still queued: never starts
            made = IdPrefixIndex(rows) if index is None and rows else index
            return find_cases(ws, query, limit=SEARCH_LIMIT, rows=made, shown_first=shown_first), made

        def done(result: tuple[CaseMatches, IdPrefixIndex | None]) -> None:
            found, made = result
            if made is not None and made is not index and version == self.model.version:
                self._id_index = (version, made)  # kept for the next id-like search, unless the rows changed
            self._search_done(generation, query, found)

        self._searching = True
        self._search_task = self.ctx.tasks.run(
            work, on_done=done, on_failed=lambda exc: self._search_failed(generation, exc)
        )

    def refresh_case(self, number: str) -> None:
        """One case changed: re-read its row (on the worker) and replace it in place (selection and
        scroll stay).

        A row that no longer fits the filters stays until the next search or filter change, so
        the case being worked on does not jump out from under the cursor.
        """
        if not self.ctx.ws.is_unlocked:
            return
        generation, ws = self._load_generation, self.ctx.ws

        def failed(exc: CircuitRideError) -> None:
            log.warning("could not refresh a case row: %s", type(exc).__name__)

        self.ctx.tasks.run(
            lambda _task: case_row(ws, number),
            on_done=lambda row: self._case_read(number, row) if generation == self._load_generation else None,
            on_failed=failed,
        )

    def _case_read(self, number: str, row: CaseRow | None) -> None:
        if row is None:  # deleted (or renumbered away): drop the row with that number
            for r in self.model.rows:
                if r.case_number == number.strip().upper():
                    self.model.remove_case(r.case_id)
                    break
            return
        if not self.model.update_row(row):
            self.model.add_row(row, self.proxy.insert_position(row))
            self._show_counts()

    def save_header(self) -> None:
        self._header_timer.stop()
        self.ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        self.ctx.settings.setValue(COLUMNS_KEY, COLUMN_COUNT)
        self.ctx.settings.setValue(FITTED_KEY, self._fitted)

    # ----- internals -------------------------------------------------------------------------
    def _forget_search(self) -> None:
        """Make any search in flight stale: its answer will be ignored."""
        self._generation += 1
        self._searching = False
        self._when_found = None
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None

    def _search_done(self, generation: int, query: str, found: CaseMatches) -> None:
        if generation != self._generation:
            return
        self._searching = False
        self._search_task = None
        self.model.set_members(query, found.members, found.pending)
        self._variant_ids = found.variant_ids
        self._show_matches(
            frozenset(found.case_ids), capped=len(found.case_ids) >= SEARCH_LIMIT, variants=found.variant_ids
        )

    def _read_pending_members(self) -> None:
        """A row whose member is not read yet is being painted (the list was scrolled or sorted):
        read all the search's remaining members once, then repaint."""
        if self._reading_members or not self.model.pending_members:
            return
        self._reading_members = True
        generation, ws = self._generation, self.ctx.ws
        pending, variants = dict(self.model.pending_members), self._variant_ids
        self.ctx.tasks.run(
            lambda _task: read_members(ws, pending, variants),
            on_done=lambda members: self._members_read(generation, members),
            on_failed=lambda exc: self._members_failed(generation, exc),
        )

    def _members_read(self, generation: int, members: dict[str, MemberMatch]) -> None:
        self._reading_members = False
        if generation == self._generation:
            self.model.add_members(members)
            self.table.viewport().update()

    def _members_failed(self, generation: int, exc: CircuitRideError) -> None:
        self._reading_members = False
        if generation == self._generation:
            log.warning("could not read the members a search found: %s", type(exc).__name__)

    def _search_failed(self, generation: int, exc: CircuitRideError) -> None:
        if generation != self._generation:
            return
        self._searching = False
        self._search_task = None
        self._requested = None  # try again on the next keystroke or Enter
        self._when_found = None
        self.ctx.show_status(service_text(exc))

    def _show_matches(
        self, ids: frozenset[str] | None, *, capped: bool, variants: frozenset[str] = frozenset()
    ) -> None:
        self._search_capped = capped
        if ids is None:
            self.model.set_members("", {})
        self.proxy.set_matches(ids, variants)
        # Lay the rows out now, not on Qt's delayed-layout call after the first paint: when the row
        # count moves the scroll bar, that call repainted the whole table a second time.
        self.table.doItemsLayout()
        when_found, self._when_found = self._when_found, None
        if when_found == "open":
            self._open_or_focus()
        elif when_found == "list" or self.table.hasFocus():
            self._focus_table()  # the user already asked for the list: its first row

    def _search_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _filters_changed(self, case_filter: CaseFilter) -> None:
        self.proxy.set_filter(case_filter)

    def _show_counts(self) -> None:
        shown, total = self.proxy.rowCount(), len(self.model.rows)
        if self._loading:
            self.count.setText(self.tr("Loading every case…"))
            self.capped.hide()
            self.empty.hide()
            return
        self.count.setText(self.tr("%1 of %Ln case(s)", "", total).replace("%1", QLocale().toString(shown)))
        self.capped.setVisible(self._search_capped)
        if self._search_capped:
            self.capped.setText(
                self.tr("Only the first %s search matches are listed; type more of the name or number.")
                % QLocale().toString(SEARCH_LIMIT)
            )
        if shown:
            self.empty.hide()
            return
        if not total:
            message = (
                self.tr("No cases are loaded.")
                if not self.ctx.ws.is_unlocked
                else self.tr("This workspace has no cases yet. Cases arrive with a sync or an imported manifest.")
            )
        elif not self.proxy.case_filter.active:
            message = self.tr(
                "No case matches this search. Check the spelling, or try part of a name, the case number "
                "or a date of birth."
            )
        elif self.proxy.matches is None:
            message = self.tr("No case matches these filters.")
        else:
            message = self.tr("No case matches the search and filters. Check the spelling, or clear the filters.")
        self.empty.setText(message)
        self._place_empty()
        self.empty.show()

    def _place_empty(self) -> None:
        # A child of the table laid over its viewport (a viewport child would scroll with it).
        self.empty.setGeometry(self.table.viewport().geometry().adjusted(24, 24, -24, -24))

    def _enter_in_search(self) -> None:
        self.apply_search()
        if self._searching or self._loading:
            self._when_found = "open"
        else:
            self._open_or_focus()

    def _down_from_search(self) -> None:
        self.apply_search()
        if self._searching or self._loading:
            self._when_found = "list"
        else:
            self._focus_table()

    def _open_or_focus(self) -> None:
        """Enter in the search box: open the case when exactly one matches, else go to the list."""
        rows = self.proxy.rowCount()
        if rows == 1:
            self._activated(self.model.index(0, 0))
        elif rows > 1:
            self._focus_table()

    def _focus_table(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        current = self.table.currentIndex()
        if not current.isValid():
            current = self.model.index(0, 0)
            self.table.setCurrentIndex(current)
        self.table.selectRow(current.row())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.ctx.open_case(self.model.row_at(index.row()).case_number)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = event.modifiers() in _PLAIN
            if watched is self.search and plain:
                if key in _OPEN_KEYS:
                    self._enter_in_search()
                    return True
                if key in _INTO_TABLE_KEYS:
                    self._down_from_search()
                    return True
            elif watched is self.table and plain:
                if key in _OPEN_KEYS:
                    self._activated(self.table.currentIndex())
                    return True
                if key == Qt.Key.Key_Escape:
                    self.focus_search()
                    return True
        elif event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._place_empty()
            self._fit_widths()
        return super().eventFilter(watched, event)

    # ----- assigning work -----------------------------------------------------------------------
    def selected_numbers(self) -> list[str]:
        """The case numbers of the selected rows, in the order shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).case_number for r in rows if r < self.model.rowCount()]

    def shown_numbers(self) -> list[str]:
        """The case numbers of every row the list shows, in the order shown."""
        return [self.model.row_at(r).case_number for r in range(self.model.rowCount())]

    def _read_role(self) -> None:
        self._role_generation += 1
        generation, ws = self._role_generation, self.ctx.ws

        def read(allowed: bool) -> None:
            if generation == self._role_generation:
                self._set_may_assign(allowed)

        def failed(exc: CircuitRideError) -> None:
            log.warning("could not read whether the role may assign work: %s", type(exc).__name__)

        self.ctx.tasks.run(lambda _task: may_assign(ws), on_done=read, on_failed=failed)

    def _set_may_assign(self, allowed: bool) -> None:
        self._may_assign = allowed
        self.assign_button.setVisible(allowed)
        self._update_assign()

    def _shown_scope(self) -> CaseFilter | None:
        """The filter that is the whole list shown, when only filters narrow it (a search does not
        reach the service's filter: its cases are assigned by number instead)."""
        case_filter = self.proxy.case_filter
        return case_filter if self.proxy.matches is None and case_filter.active else None

    def _update_assign(self) -> None:
        selected, shown = len(self.selected_numbers()), self.model.rowCount()
        narrowed = self.proxy.matches is not None or self.proxy.case_filter.active
        idle = self._may_assign and not self._assigning
        self.assign_action.setEnabled(idle and selected > 0)
        self.assign_action.setVisible(self._may_assign)
        self.assign_all_action.setText(self.tr("Assign all %n case(s) shown…", "", shown))
        self.assign_all_action.setEnabled(idle and shown > 0 and narrowed and not self._loading)
        self.assign_all_action.setVisible(self._may_assign)
        self.assign_all_action.setToolTip(
            self.tr("Give every case the list shows to a member of the team")
            if narrowed
            else self.tr("Choose a filter or search first: every case at once is not assigned from here.")
        )
        self.assign_button.setEnabled(idle)

    def _table_menu(self, pos: QPoint) -> None:
        if not self._may_assign:
            return
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())  # the row under the mouse, as file managers do
        menu = QMenu(self)
        menu.addAction(self.assign_action)
        menu.addAction(self.assign_all_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def assign_selected(self) -> None:
        """Ask to whom the selected cases go, then give them (on the worker)."""
        numbers = self.selected_numbers()
        if numbers and self._may_assign and not self._assigning:
            self._ask_assignee(len(numbers), numbers, None)

    def assign_shown(self) -> None:
        """Ask to whom every case the list shows goes: the filter's whole result through the
        service's filter, or the shown numbers when a search narrows the list too."""
        if not self._may_assign or self._assigning or self._loading:
            return
        numbers = self.shown_numbers()
        if not numbers or (self.proxy.matches is None and not self.proxy.case_filter.active):
            return
        scope = self._shown_scope()
        self._ask_assignee(len(numbers), numbers, scope)

    def _ask_assignee(self, count: int, numbers: list[str], scope: CaseFilter | None) -> None:
        self._assigning = True
        self._update_assign()
        ws = self.ctx.ws

        def read(assignees: Assignees) -> None:
            self._assigning = False
            self._update_assign()
            dialog = AssignDialog(count, numbers, assignees, self)
            self.assign_dialog = dialog
            dialog.accepted.connect(lambda: self.assign(numbers if scope is None else scope, dialog.chosen()))
            dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
            dialog.open()
            dialog.user.setFocus()

        self.ctx.tasks.run(lambda _task: read_assignees(ws), on_done=read, on_failed=self._assign_failed)

    def _dialog_closed(self, dialog: AssignDialog) -> None:
        if dialog is self.assign_dialog:
            self.assign_dialog = None
        dialog.deleteLater()

    def assign(self, which: list[str] | CaseFilter, to: str | None) -> None:
        """Give the cases of `which` (case numbers, or a filter's whole result) to `to` (None:
        nobody), on the worker; the status bar says what changed and the lists read again."""
        ws = self.ctx.ws
        self._assigning = True
        self._update_assign()

        def work(_task: Task) -> Assignment:
            from app.services.work import assign_cases, assign_filtered

            if isinstance(which, CaseFilter):
                return assign_filtered(ws, which, to)
            return assign_cases(ws, which, to)

        def done(result: Assignment) -> None:
            self._assigning = False
            self._update_assign()
            self.ctx.show_status(assignment_text(result))
            if len(result.changed) == 1:
                self.ctx.events.case_changed.emit(result.changed[0])
            elif result.changed:
                self.ctx.events.cases_reloaded.emit()  # many cases changed: every page reads again

        self.ctx.tasks.run(work, on_done=done, on_failed=self._assign_failed)

    def _assign_failed(self, exc: CircuitRideError) -> None:
        self._assigning = False
        self._update_assign()
        self.ctx.show_error(service_text(exc))

    # ----- column layout ---------------------------------------------------------------------
    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = self.ctx.settings.value(HEADER_KEY) if self.ctx.settings.contains(HEADER_KEY) else None
        known = self._saved_columns()
        restored = False
        if isinstance(state, QByteArray | bytes):
            if known < COLUMN_COUNT:
                restored = self._restore_older(QByteArray(state), known)
            else:
                restored = header.restoreState(QByteArray(state))
        fitted = self.ctx.settings.value(FITTED_KEY, True)
        self._fitted = not restored or fitted in (True, "true", "1", 1)
        if not restored:
            for column, width in DEFAULT_WIDTHS.items():
                header.resizeSection(column, width)
            self._place_late_columns(range(COLUMN_COUNT))
            header.setSortIndicator(COL_CASE, Qt.SortOrder.AscendingOrder)
        if not 0 <= header.sortIndicatorSection() < COLUMN_COUNT:
            header.setSortIndicator(COL_CASE, Qt.SortOrder.AscendingOrder)
        # Applies the (restored) sort indicator through model.sort (the proxy's) and keeps them in step after.
        self.table.setSortingEnabled(True)

    def _saved_columns(self) -> int:
        """How many columns the saved layout knew (COLUMNS_KEY; see there for when it is absent)."""
        known = self.ctx.settings.value(COLUMNS_KEY, COLUMNS_BEFORE_KEY)
        try:
            return int(str(known))  # QSettings hands back str (ini files) or int
        except (TypeError, ValueError):
            return COLUMNS_BEFORE_KEY

    def _restore_older(self, state: QByteArray, count: int) -> bool:
        """Apply a layout saved when the model had `count` columns, and place the newer columns.

        Not through restoreState on the table's header: given fewer sections than the model has,
        Qt (6.11) appends the new ones but keeps the old total length, and the state it saves from
        then on is refused by every later restoreState (the user's layout would be lost at the
        next start). So the old state is read by a header over a model of its own size, and its
        order, widths, hidden columns and sort are applied here one by one."""
        probe = QHeaderView(Qt.Orientation.Horizontal)
        probe.setModel(QStandardItemModel(0, max(count, 1), probe))
        try:
            if count < 1 or not probe.restoreState(state):
                return False
            header = self.table.horizontalHeader()
            count = min(probe.count(), COLUMN_COUNT)
            for visual in range(count):
                logical = probe.logicalIndex(visual)
                if 0 <= logical < COLUMN_COUNT:
                    header.moveSection(header.visualIndex(logical), visual)
            for column in range(COLUMN_COUNT):
                hidden = column < count and probe.isSectionHidden(column)
                # A hidden column's width is not readable from the old state: it gets the default.
                width = probe.sectionSize(column) if column < count and not hidden else DEFAULT_WIDTHS[column]
                header.resizeSection(column, width)
                header.setSectionHidden(column, hidden)
            header.setSortIndicator(probe.sortIndicatorSection(), probe.sortIndicatorOrder())
            self._place_late_columns(range(count, COLUMN_COUNT))
            return True
        finally:
            probe.deleteLater()

    def _place_late_columns(self, columns: range) -> None:
        """Show each of `columns` that comes late in the model after the column it is read with."""
        header = self.table.horizontalHeader()
        for column, after in SHOWN_AFTER.items():
            if column in columns:
                target = header.visualIndex(after) + 1
                source = header.visualIndex(column)
                header.moveSection(source, target if source > target else target - 1)

    def _header_changed(self, *_args: object) -> None:
        self._header_timer.start()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        # A column sized by the user keeps its width from then on; our own fitting and the last
        # section's stretch are not the user's doing.
        header = self.table.horizontalHeader()
        if not self._fitting and header.visualIndex(column) != header.count() - 1:
            self._fitted = False

    def _fit_widths(self) -> None:
        """Default widths, with a wider window's extra room shared among the text columns."""
        if not self._fitted or self._fitting:
            return
        header = self.table.horizontalHeader()
        shown = [c for c in range(COLUMN_COUNT) if not header.isSectionHidden(c)]
        extra = self.table.viewport().width() - sum(DEFAULT_WIDTHS[c] for c in shown) - 2
        growing = {c: w for c, w in GROW_WEIGHTS.items() if c in shown}
        total = sum(growing.values()) or 1
        self._fitting = True
        try:
            for column in shown:
                share = max(0, extra) * growing.get(column, 0) // total
                header.resizeSection(column, DEFAULT_WIDTHS[column] + share)
        finally:
            self._fitting = False

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        model: QAbstractItemModel = self.model
        menu = QMenu(self)
        for column in range(COLUMN_COUNT):
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != COL_CASE)  # the case number always stays
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.triggered.connect(self._reset_header)
        menu.exec(header.mapToGlobal(pos))
        menu.deleteLater()

    def _reset_header(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(COLUMN_COUNT):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
            header.resizeSection(column, DEFAULT_WIDTHS[column])
        self._place_late_columns(range(COLUMN_COUNT))
        self._fitted = True
        self._fit_widths()
        self.save_header()
