"""The compact bar above the case list: site, ride, stage, priority, assignee, two checkboxes, clear.

It only collects a `CaseFilter` and says when it changed; the proxy applies it. Site and ride
choices come from the data (`case_facets`), stages and priorities from the vocabulary, in process
order. "Assigned to" offers Anyone, Unassigned, Me (whoever unlocked), then the other users work can
be given to, by display name (a team lead's "everything Dana has", "everything nobody has", which
the Assign action can then give away whole). Nothing here is saved: filters hold site, ride and
user names, which stay out of QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.models.vocab import PRIORITIES
from app.services.case_list import NO_RIDE, UNASSIGNED, CaseFacets, CaseFilter
from app.ui.cases.model import stage_labels

_ADJUST = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


class FilterBar(QWidget):
    changed = Signal(object)  # CaseFilter

    def __init__(self) -> None:
        super().__init__()
        self.site = self._combo(12)
        self.ride = self._combo(16)
        self.stage = self._combo(14)
        self.priority = self._combo(4)
        self.assignee = self._combo(12)
        self.expedited = QCheckBox(self.tr("E&xpedited only"))
        self.open_issues = QCheckBox(self.tr("Has open &issues"))
        self.open_issues.setToolTip(
            self.tr(
                "Cases with a person without a date of birth or with an approximate one not yet "
                "verified, without a principal applicant, or whose file location is unknown"
            )
        )
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setEnabled(False)
        self._quiet = False
        # The value behind each combo entry lives here, not in Qt item data: no QVariant round trip
        # per read (PySide6 6.12.0 on Python 3.11 dropped a reference to None on every
        # currentData() that returned None, and the process aborted; the project now pins 6.11.3,
        # see tests/ui/test_qt_threads.py). Index 0 is always "All" (None).
        self._values: dict[QComboBox, list[str | None]] = {}

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, combo in (
            (self.tr("&Site:"), self.site),
            (self.tr("&Ride:"), self.ride),
            (self.tr("S&tage:"), self.stage),
            (self.tr("&Priority:"), self.priority),
            (self.tr("Assigned t&o:"), self.assignee),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
            layout.addSpacing(6)
        layout.addStretch()
        # The check boxes and "Clear filters" stand apart (the case list puts them beside the
        # search field): one row of five combos, their labels and these does not fit 1366 pixels
        # in every language.
        self.toggles = QWidget()
        row = QHBoxLayout(self.toggles)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.expedited)
        row.addWidget(self.open_issues)
        row.addWidget(self.clear_button)

        self._fill(self.stage, list(stage_labels().items()))
        self._fill(self.priority, [(p, p) for p in PRIORITIES])
        self.set_facets(CaseFacets((), (), False))

        for combo in self._combos:
            combo.currentIndexChanged.connect(self._emit)
        for box in (self.expedited, self.open_issues):
            box.toggled.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    @property
    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.site, self.ride, self.stage, self.priority, self.assignee)

    def _combo(self, chars: int) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(_ADJUST)
        combo.setMinimumContentsLength(chars)
        return combo

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]], anything: str | None = None) -> None:
        """Replace the choices, keeping the current one when it is still offered. The first entry
        (None) is `anything`, "All" unless said."""
        current = self.value(combo)
        values: list[str | None] = [None, *(value for value, _label in items)]
        self._values[combo] = values
        combo.clear()
        combo.addItems([anything or self.tr("All"), *(label for _value, label in items)])
        combo.setCurrentIndex(values.index(current) if current in values else 0)
        # The closed combo stays compact; the open list is as wide as its longest entry.
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)

    # ----- API -------------------------------------------------------------------------------
    def set_facets(self, facets: CaseFacets) -> None:
        self._quiet = True
        try:
            self._fill(self.site, [(s, s) for s in facets.sites])
            rides = [(r, r) for r in facets.rides]
            if facets.has_cases_without_ride:
                rides.append((NO_RIDE, self.tr("No ride")))
            self._fill(self.ride, rides)
            people = [(UNASSIGNED, self.tr("Unassigned"))]
            if facets.me:
                people.append((facets.me, self.tr("Me")))
            for username, shown in facets.users:
                if username != facets.me:
                    label = self.tr("%1 (inactive)").replace("%1", shown) if username in facets.inactive else shown
                    people.append((username, label))
            self._fill(self.assignee, people, self.tr("Anyone"))
        finally:
            self._quiet = False
        self._emit()

    def value(self, combo: QComboBox) -> str | None:
        """The value chosen in one of the combos (None for "All")."""
        values = self._values.get(combo, [None])
        index = combo.currentIndex()
        return values[index] if 0 <= index < len(values) else None

    def select(self, combo: QComboBox, value: str | None) -> bool:
        """Choose `value` in a combo; False if it is not offered."""
        values = self._values.get(combo, [None])
        if value not in values:
            return False
        combo.setCurrentIndex(values.index(value))
        return True

    def case_filter(self) -> CaseFilter:
        return CaseFilter(
            site=self.value(self.site),
            ride=self.value(self.ride),
            stage=self.value(self.stage),
            priority=self.value(self.priority),
            assignee=self.value(self.assignee),
            expedited_only=self.expedited.isChecked(),
            open_issues_only=self.open_issues.isChecked(),
        )

    def clear(self) -> None:
        """Every filter back to "All" (one change signal)."""
        self._quiet = True
        try:
            for combo in self._combos:
                combo.setCurrentIndex(0)
            self.expedited.setChecked(False)
            self.open_issues.setChecked(False)
        finally:
            self._quiet = False
        self._emit()

    def forget(self) -> None:
        """On lock: no filters and no site, ride or user names left in the widgets."""
        self.set_facets(CaseFacets((), (), False))
        self.clear()

    def _emit(self) -> None:
        if self._quiet:
            return
        current = self.case_filter()
        self.clear_button.setEnabled(current.active)
        self.changed.emit(current)
