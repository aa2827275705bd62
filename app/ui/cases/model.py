"""The case list as a Qt table model over plain CaseRow values from the services.

The model holds every loaded row (`rows`) and, separately, which of them are shown and in what
order (`show()`, driven by CaseFilterProxy in proxy.py). Filtering and sorting 50,000 rows happen
in bulk on Python lists, never one virtual call per row (see proxy.py for the measurements). A
single case's row is replaced in place (`update_row`), so selection and scroll survive a refresh.
During a name search the "Matched" column says which member of each case the search found, and
marks (≈) a member found by a spelling variant of what was typed; its tooltip says which word.
"Assigned to" shows the display name of the case's assignee (the row carries it: the service reads
the few users once per load, not once per row); it is the model's last column so that a column
layout saved before it existed keeps its columns (see view.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.models.vocab import STAGES
from app.services.case_list import CaseRow
from app.services.search import MemberMatch, variant_words

Index = QModelIndex | QPersistentModelIndex
SortKey = str | int

(
    COL_CASE,
    COL_PRINCIPAL,
    COL_NATIVE,
    COL_PERSONS,
    COL_PRIORITY,
    COL_STAGE,
    COL_SITE,
    COL_RIDE,
    COL_FILE,
    COL_ISSUES,
    COL_MATCH,
    COL_ASSIGNEE,
) = range(12)
COLUMN_COUNT = 12
NUMERIC_COLUMNS = frozenset({COL_PERSONS, COL_ISSUES})
EXPEDITED_MARK = "\u2691"  # ⚑ after the case number
VARIANT_MARK = "\u2248"  # ≈ before a member found by a spelling variant
_STAGE_ORDER = {stage: i for i, stage in enumerate(STAGES)}

# Plain ints: comparing against PySide6 enum members costs more than the rest of data() together.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_USER = Qt.ItemDataRole.UserRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _USER, _FONT})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def stage_labels() -> dict[str, str]:
    """Human labels for the stored stage codes, in process order (translated; one list app-wide)."""
    from app.ui.case.labels import stages

    return stages()


def role_labels() -> dict[str, str]:
    from app.ui.case.labels import roles

    return roles()


_LAST = "\U0010ffff"  # sorts after every real character: empty values go to the end


def _text(value: str) -> str:
    return value.casefold() if value else _LAST


# One plain value (str or int) per column to sort by. Plain values keep a 50,000-row sort fast
# (tuples with a tie-breaker compare several times slower); ties keep case-number order because the sort is
# stable and starts from the case-number order (see CaseTableModel.order).
_SORT_VALUES: dict[int, Callable[[CaseRow], SortKey]] = {
    COL_CASE: lambda r: r.case_number,
    COL_PRINCIPAL: lambda r: _text(r.principal),
    COL_NATIVE: lambda r: _text(r.native),
    COL_PERSONS: lambda r: r.persons,
    COL_PRIORITY: lambda r: r.priority,
    COL_STAGE: lambda r: _STAGE_ORDER.get(r.stage, len(STAGES)),
    COL_SITE: lambda r: _text(r.site),
    COL_RIDE: lambda r: _text(r.ride),
    COL_FILE: lambda r: _text(r.file_location),
    COL_ISSUES: lambda r: r.open_issues,
    COL_MATCH: lambda r: r.case_number,  # the member found depends on the search: by case number
    COL_ASSIGNEE: lambda r: _text(r.assignee_name),  # by the name shown; unassigned cases last
}


def sort_value(column: int) -> Callable[[CaseRow], SortKey]:
    return _SORT_VALUES.get(column, _SORT_VALUES[COL_CASE])


def sort_key(column: int) -> Callable[[CaseRow], tuple[SortKey, str]]:
    """The full ascending key of a row for `column`: its value, then the case number."""
    value = sort_value(column)
    return lambda r: (value(r), r.case_number)


class CaseTableModel(QAbstractTableModel):
    def __init__(self, rows: list[CaseRow] | None = None) -> None:
        super().__init__()
        self._rows: list[CaseRow] = []
        self._pos: dict[str, int] = {}  # case id -> position in _rows
        self._shown: list[int] = []  # positions in _rows, in display order
        self._orders: dict[int, list[int]] = {}  # column -> positions sorted ascending by it
        self._ranks: dict[int, list[int]] = {}  # column -> place of each position in that order
        self._stages = stage_labels()
        self._roles = role_labels()
        self.sorter: Callable[[int, Qt.SortOrder], None] | None = None  # the proxy's sort (see sort())
        self.version = 0  # moves whenever a row comes, goes or changes
        self._query = ""
        self._members: dict[str, MemberMatch] = {}  # case id -> the member the search found
        self._pending: dict[str, str] = {}  # case id -> person id of members found, not read yet
        self.wants_members: Callable[[], None] | None = None  # a pending member is to be painted
        self._match_texts: dict[str, tuple[str, str]] = {}  # case id -> (cell text, tooltip), made when shown
        self._italic = QFont()
        self._italic.setItalic(True)
        self._headers = [
            self.tr("Case"),
            self.tr("Principal applicant"),
            self.tr("Native script"),
            self.tr("Persons"),
            self.tr("Priority"),
            self.tr("Stage"),
            self.tr("Site"),
            self.tr("Ride"),
            self.tr("File location"),
            self.tr("Open issues"),
            self.tr("Matched"),
            self.tr("Assigned to"),
        ]
        self._header_tips = {
            COL_CASE: self.tr("Case number; %s marks an expedited case") % EXPEDITED_MARK,
            COL_NATIVE: self.tr("The principal applicant's name in their own script"),
            COL_ISSUES: self.tr(
                "Persons without a date of birth or with an approximate one not yet verified, "
                "a missing principal applicant, an unknown file location"
            ),
            COL_MATCH: self.tr(
                "The member of the case whose name the search found; %s: found by a spelling variant "
                "of what was typed (other letters, another script)"
            )
            % VARIANT_MARK,
            COL_ASSIGNEE: self.tr("The member of the team the case is assigned to (empty: nobody)"),
        }
        if rows:
            self.set_rows(rows)

    # ----- contents --------------------------------------------------------------------------
    @property
    def rows(self) -> Sequence[CaseRow]:
        """Every loaded row, shown or not."""
        return self._rows

    def position(self, case_id: str) -> int | None:
        return self._pos.get(case_id)

    def set_rows(self, rows: list[CaseRow]) -> None:
        """Replace every row and show them all in the given order."""
        self.version += 1
        self.beginResetModel()
        self._rows = list(rows)
        self._pos = {r.case_id: i for i, r in enumerate(self._rows)}
        self._shown = list(range(len(self._rows)))
        self._orders, self._ranks = {}, {}
        self.endResetModel()

    def set_members(self, query: str, members: dict[str, MemberMatch], pending: dict[str, str] | None = None) -> None:
        """The members a name search found, by case id (shown in the Matched column from the next
        reset or repaint; the search's list is shown through `show`, which resets). `pending`:
        case id -> person id of members not read yet; painting one calls `wants_members`."""
        self._query = query
        self._members = members
        self._pending = dict(pending or {})
        self._match_texts = {}

    def add_members(self, members: dict[str, MemberMatch]) -> None:
        """Members read after the search (see set_members); the view repaints."""
        self._members = {**self._members, **members}
        for case_id in members:
            self._pending.pop(case_id, None)
            self._match_texts.pop(case_id, None)

    @property
    def pending_members(self) -> dict[str, str]:
        return self._pending

    def member(self, case_id: str) -> MemberMatch | None:
        return self._members.get(case_id)

    def show(self, positions: list[int]) -> None:
        """Show these rows (positions in `rows`) in this order."""
        self.beginResetModel()
        self._shown = list(positions)  # a copy: `positions` may be a cached order
        self.endResetModel()

    def order(self, column: int) -> list[int]:
        """Positions of all rows sorted ascending by `column` (cached until a row changes; do not
        modify the list)."""
        order = self._orders.get(column)
        if order is None:
            rows = self._rows
            if column == COL_CASE:
                numbers = [r.case_number for r in rows]
                order = sorted(range(len(rows)), key=numbers.__getitem__)
            else:
                values = list(map(sort_value(column), rows))
                order = sorted(self.order(COL_CASE), key=values.__getitem__)
            self._orders[column] = order
        return order

    def rank(self, column: int) -> list[int]:
        """rank[i] = place of rows[i] in `order(column)` (cached likewise)."""
        ranks = self._ranks.get(column)
        if ranks is None:
            ranks = [0] * len(self._rows)
            for place, i in enumerate(self.order(column)):
                ranks[i] = place
            self._ranks[column] = ranks
        return ranks

    def _forget_order(self, old: CaseRow | None, new: CaseRow | None) -> None:
        """Drop the cached orders a changed row invalidates (all of them when rows come or go)."""
        if old is None or new is None:
            self._orders, self._ranks = {}, {}
            return
        if old.case_number != new.case_number:
            self._orders, self._ranks = {}, {}
            return
        for column in list(self._orders):
            value = sort_value(column)
            if value(old) != value(new):
                self._orders.pop(column, None)
                self._ranks.pop(column, None)

    def row_at(self, row: int) -> CaseRow:
        """The row shown at `row` (a row of this model, i.e. of the list as shown)."""
        return self._rows[self._shown[row]]

    def shown_row(self, case_id: str) -> int | None:
        pos = self._pos.get(case_id)
        if pos is None:
            return None
        try:
            return self._shown.index(pos)
        except ValueError:
            return None

    def update_row(self, row: CaseRow) -> bool:
        """Replace a known case's row in place (dataChanged, no reset); False if it is not loaded."""
        pos = self._pos.get(row.case_id)
        if pos is None:
            return False
        old = self._rows[pos]
        if old == row:
            return True
        self.version += 1
        self._rows[pos] = row
        self._forget_order(old, row)
        shown = self.shown_row(row.case_id)
        if shown is not None:
            self.dataChanged.emit(self.index(shown, 0), self.index(shown, COLUMN_COUNT - 1))
        return True

    def add_row(self, row: CaseRow, show_at: int | None) -> None:
        """Load a case that was not loaded; insert it into the list at `show_at` (or keep it hidden)."""
        self.version += 1
        pos = len(self._rows)
        if show_at is None:
            self._rows.append(row)
            self._pos[row.case_id] = pos
            self._forget_order(None, row)
            return
        self.beginInsertRows(QModelIndex(), show_at, show_at)
        self._rows.append(row)
        self._pos[row.case_id] = pos
        self._forget_order(None, row)
        self._shown.insert(show_at, pos)
        self.endInsertRows()

    def remove_case(self, case_id: str) -> None:
        pos = self._pos.get(case_id)
        if pos is None:
            return
        self.version += 1
        shown = self.shown_row(case_id)
        if shown is not None:
            self.beginRemoveRows(QModelIndex(), shown, shown)
        del self._rows[pos]
        self._pos = {r.case_id: i for i, r in enumerate(self._rows)}
        self._shown = [i - (i > pos) for i in self._shown if i != pos]
        self._forget_order(None, None)
        if shown is not None:
            self.endRemoveRows()

    def shown_positions(self) -> list[int]:
        return self._shown

    # ----- Qt API ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt API
        # The base class checks hasIndex(), i.e. calls rowCount() and columnCount() back into Python:
        # the proxy asks for an index once per role of every painted cell (many of a repaint's Python
        # calls went there).
        if 0 <= row < len(self._shown) and 0 <= column < COLUMN_COUNT and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == _DISPLAY:
            return self._headers[section]
        if role == _TOOLTIP:
            return self._header_tips.get(section)
        if role == _ALIGN and section in NUMERIC_COLUMNS:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # A painted cell asks for ~7 roles; answer the ones we never use before touching the index.
        if role not in _ROLES or not index.isValid():
            return None
        return self._value(self._rows[self._shown[index.row()]], index.column(), role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803 - Qt API
        # The view's delegate asks for all of a cell's roles in one call: one call into Python per
        # painted cell instead of seven (the table is attached to this model directly for that).
        if not index.isValid():
            for item in roleDataSpan:
                item.clearData()
            return
        r, column = self._rows[self._shown[index.row()]], index.column()
        for item in roleDataSpan:
            role = item.role()
            value = self._value(r, column, role) if role in _ROLES else None
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt API (a header click): the sort is the filter proxy's to compute (see proxy.py)."""
        if self.sorter is not None:
            self.sorter(column, order)

    # ----- painting (CaseTable paints rows itself, see table.py) ------------------------------
    def cell_text(self, r: CaseRow, column: int, locale: QLocale) -> str:
        """A cell's text as Qt's item delegate would show it (numbers in the locale's digits)."""
        value = self._display(r, column)
        if isinstance(value, int):
            return locale.toString(value)
        return value or ""

    @staticmethod
    def cell_italic(r: CaseRow, column: int) -> bool:
        return column == COL_FILE and not r.file_location

    def _value(self, r: CaseRow, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._display(r, column)
        if role == _ALIGN:
            return _RIGHT if column in NUMERIC_COLUMNS else None
        if role == _TOOLTIP:
            if column == COL_CASE and r.expedited:
                return self.tr("%s: expedited") % r.case_number
            if column in (COL_PRINCIPAL, COL_NATIVE, COL_RIDE, COL_FILE):
                return self._display(r, column) or None
            if column == COL_MATCH:
                return self._match(r)[1] or None
            if column == COL_ASSIGNEE and r.assignee:
                if r.assignee_name == r.assignee:
                    return r.assignee
                return self.tr("%1 (%2)").replace("%1", r.assignee_name).replace("%2", r.assignee)
            return None
        if role == _FONT and self.cell_italic(r, column):
            return self._italic
        if role == _USER:
            return r.case_id
        return None

    def _match(self, r: CaseRow) -> tuple[str, str]:
        """The Matched cell's text and tooltip, worked out once per case and search."""
        texts = self._match_texts.get(r.case_id)
        if texts is None:
            member = self._members.get(r.case_id)
            if member is None:
                if r.case_id in self._pending and self.wants_members is not None:
                    self.wants_members()  # not cached: painted again once the members are read
                return ("", "")
            texts = self._match_texts[r.case_id] = self._describe(member)
        return texts

    def _describe(self, m: MemberMatch) -> tuple[str, str]:
        name = m.name or m.native_name
        role = self._roles.get(m.role, m.role)
        text = name if m.role == "principal_applicant" else self.tr("%1 (%2)").replace("%1", name).replace("%2", role)
        names = " ".join(x for x in (m.name, m.native_name) if x)
        if not m.variant:
            return text, self.tr("%1: %2 (the name as typed)").replace("%1", role).replace("%2", names)
        tip = self.tr("%1: %2").replace("%1", role).replace("%2", names)
        pairs = variant_words(self._query, (m.name, m.native_name))
        why = [
            self.tr("“%1” is a spelling variant of “%2” (as typed)").replace("%1", recorded).replace("%2", typed)
            for typed, recorded in pairs
        ] or [self.tr("a spelling variant of what was typed (in another of the person's names)")]
        return f"{VARIANT_MARK} {text}", "\n".join([tip, *why])

    def _display(self, r: CaseRow, column: int) -> Any:
        if column == COL_MATCH:
            return self._match(r)[0]
        if column == COL_CASE:
            return f"{r.case_number} {EXPEDITED_MARK}" if r.expedited else r.case_number
        if column == COL_PRINCIPAL:
            return r.principal
        if column == COL_NATIVE:
            return r.native
        if column == COL_PERSONS:
            return r.persons
        if column == COL_PRIORITY:
            return r.priority
        if column == COL_STAGE:
            return self._stages.get(r.stage, r.stage)
        if column == COL_SITE:
            return r.site
        if column == COL_RIDE:
            return r.ride
        if column == COL_FILE:
            return r.file_location if r.file_location else self.tr("unknown")
        if column == COL_ISSUES:
            return r.open_issues if r.open_issues else ""
        if column == COL_ASSIGNEE:
            return r.assignee_name
        return None
