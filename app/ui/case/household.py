"""The household: a table of the case's persons (model/view) and the "Add person" button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services.case_view import age_of, display_name, verification_of
from app.ui.case import labels as L
from app.ui.table_model import Column, RowTableModel

ICON_PX = 36
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole


class HouseholdModel(RowTableModel[dict[str, Any]]):
    NAME, NATIVE, ROLE, AGE, SEX, VERIFIED = range(6)

    def __init__(self) -> None:
        super().__init__()
        self._photos: dict[str, QPixmap] = {}
        self._drafts: set[str] = set()
        person_id = {PERSON_ID_ROLE.value: lambda p: p["id"]}  # every cell names its person
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.set_columns(
            [
                Column(
                    self.tr("Name"),
                    self._name,
                    tooltip=lambda p: (
                        self.tr("Has unsaved changes kept as a draft") if p["id"] in self._drafts else None
                    ),
                    # An icon is drawn at the view's icon size; a bare pixmap would be drawn full size.
                    roles={**person_id, Qt.ItemDataRole.DecorationRole.value: self._icon},
                ),
                Column(self.tr("Native script"), _native, align=_native_alignment, roles=person_id),
                Column(self.tr("Relationship"), _relationship, tooltip=_role_and_relation, roles=person_id),
                Column(self.tr("Age"), _age, tooltip=self._born, align=right, roles=person_id),
                Column(self.tr("Sex"), lambda p: p.get("sex") or "", roles=person_id),
                Column(
                    self.tr("Verified"),
                    _verified,
                    tooltip=lambda _p: self.tr("Fields checked against a document, of the fields filled in"),
                    align=right,
                    roles=person_id,
                ),
            ]
        )

    def set_persons(
        self, persons: list[dict[str, Any]], photos: dict[str, QPixmap] | None = None, drafts: set[str] | None = None
    ) -> None:
        self._photos = dict(photos or {})
        self._drafts = set(drafts or ())
        self.set_rows(persons)

    def set_drafts(self, drafts: set[str]) -> None:
        self._drafts = set(drafts)
        self.rows_changed(self.NAME, self.NAME)

    def person_at(self, row: int) -> dict[str, Any]:
        return self.row_at(row)

    def row_of(self, person_id: str | None) -> int:
        return next((i for i, p in enumerate(self.rows) if p["id"] == person_id), -1)

    def photo_of(self, person_id: str) -> QPixmap | None:
        return self._photos.get(person_id)

    def _name(self, p: dict[str, Any]) -> str:
        name = display_name(p)
        return ("✎ " + name) if p["id"] in self._drafts else name

    def _icon(self, p: dict[str, Any]) -> QIcon | None:
        photo = self._photos.get(p["id"])
        return QIcon(photo) if photo is not None else None

    def _born(self, p: dict[str, Any]) -> str | None:
        if not p.get("dob"):
            return None
        precision = L.label(L.precisions(), p.get("dob_precision"))
        return self.tr("Born {dob} ({precision})").format(dob=p["dob"], precision=precision)


def _native(p: dict[str, Any]) -> str:
    return " ".join(x for x in (p.get("native_given_names"), p.get("native_family_name")) if x)


def _native_alignment(p: dict[str, Any]) -> int | None:
    if L.is_right_to_left(_native(p)):
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
    return None


def _relationship(p: dict[str, Any]) -> str:
    # "Son" says more than "Child"; the principal applicant and a spouse are named by role.
    relation = p.get("relationship_to_pa")
    if relation and relation not in ("self", "spouse") and p.get("role") in ("child", "other_dependent"):
        return L.label(L.relationships(), relation)
    return L.label(L.roles(), p.get("role"))


def _role_and_relation(p: dict[str, Any]) -> str:
    role = L.label(L.roles(), p.get("role"))
    relation = L.label(L.relationships(), p.get("relationship_to_pa"))
    return f"{role} · {relation}" if relation else role


def _age(p: dict[str, Any]) -> str:
    return L.age_text(age_of(p.get("dob"), p.get("dob_precision")))


def _verified(p: dict[str, Any]) -> str:
    v = verification_of(p)
    return f"{v.verified}/{v.total}"


class HouseholdView(QWidget):
    """The persons of the case; emits the id of the person the user moves to."""

    person_activated = Signal(str)
    add_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.model = HouseholdModel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add pe&rson…"))
        self.add_button.setToolTip(self.tr("Add a family member to this case"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(ICON_PX, ICON_PX))
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Household"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HouseholdModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HouseholdModel.NATIVE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HouseholdModel.ROLE, QHeaderView.ResizeMode.Stretch)
        for col in (HouseholdModel.AGE, HouseholdModel.SEX, HouseholdModel.VERIFIED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._quiet = False

    def set_persons(
        self, persons: list[dict[str, Any]], photos: dict[str, QPixmap], drafts: set[str], select: str | None
    ) -> None:
        self._quiet = True
        try:
            self.model.set_persons(persons, photos, drafts)
            # Room for a photo only when someone has one; otherwise the list stays compact.
            height = ICON_PX + 6 if photos else self.table.fontMetrics().height() + 12
            self.table.verticalHeader().setDefaultSectionSize(height)
            self.title.setText(self.tr("%n person(s) in the household", "", len(persons)))
            # A household with names in Latin script only does not need an empty column.
            has_native = any(p.get("native_family_name") or p.get("native_given_names") for p in persons)
            self.table.setColumnHidden(HouseholdModel.NATIVE, not has_native)
            self.select(select)
        finally:
            self._quiet = False

    def select(self, person_id: str | None) -> None:
        """Move the selection without announcing it (the caller shows the person itself)."""
        row = self.model.row_of(person_id)
        quiet, self._quiet = self._quiet, True
        try:
            if row < 0:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
            else:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectRow(row)
        finally:
            self._quiet = quiet

    def current_person_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.person_at(index.row())["id"] if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.person_activated.emit(self.model.person_at(current.row())["id"])
