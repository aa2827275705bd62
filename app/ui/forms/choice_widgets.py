"""Choice questions beyond a plain list of buttons: ranking (odk:rank), acknowledging (trigger), a
filterable drop-down (`autocomplete`), a scale or a grid of buttons (`likert`, `columns`,
`columns-N`, `columns-pack`) and ODK's tables of choices (`label` heads the table with the choice
labels, `list-nolabel` rows show only the buttons, in the same columns).

Like questions.py these know nothing of the engine: the renderer offers (value, label) choices
through `set_choices` and hears `answered`.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.forms.questions import (
    COMBO_MAX_PX,
    ChoiceCheck,
    ChoiceQuestion,
    ChoiceRadio,
    QuestionWidget,
    muted_color,
    set_text_color,
)

TABLE_LABEL_PX = 260  # the question's column in a label / list-nolabel table
TABLE_COLUMN_PX = 96  # each choice's column: the same in every row, so the buttons line up
LIKERT_COLUMN_PX = 110
PACK_COLUMNS = 4
GRID_CELL_MAX_PX = 260  # a longer choice wraps within its column


def folded(text: str) -> str:
    """Text for matching: lower case, accents and transliteration marks removed ("sev" finds
    "Sévaré", "zaat" finds "Zaʿatari": a person types what the keyboard has)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Lm")


class _RankList(QListWidget):
    """Ctrl+Up and Ctrl+Down move the current item (a plain arrow moves the selection)."""

    def __init__(self, on_move: object) -> None:
        super().__init__()
        self._on_move = on_move

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and callable(self._on_move):
            self._on_move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class RankQuestion(ChoiceQuestion):
    """Items put in order with Move up / Move down, Ctrl+arrows or dragging. The order is no answer
    until the person confirms it (an untouched list would otherwise read as a ranking); after that,
    every move is an answer."""

    _own_clear = True  # "Clear ranking"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str]] = []
        self._value = ""
        self.list = _RankList(self.move_current)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setMaximumWidth(420)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # After a drop, once the view is done with it: renumbering rebuilds the items it moved.
        self.list.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._reordered))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_current(-1))
        self.up_button.setToolTip(self.tr("Move the chosen item up (Ctrl+Up)"))
        self.down_button = self._button(self.tr("Move down"), lambda: self.move_current(1))
        self.down_button.setToolTip(self.tr("Move the chosen item down (Ctrl+Down)"))
        self.confirm_button = self._button(self.tr("Confirm this order"), self.confirm)
        self.clear_button = self._button(self.tr("Clear ranking"), lambda: self._choose(""))
        self.clear_button.setFlat(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.list, 1)
        body.addLayout(side)
        body.addStretch(0)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.state, 1)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(body)
        box.addLayout(actions)
        self._add_editor(holder)
        self._show_value()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def set_choices(self, choices: list[tuple[str, str]]) -> bool:
        self._remember(choices)
        if choices == self._choices:
            return False
        rebuilt = [v for v, _ in choices] != [v for v, _ in self._choices]
        self._choices = list(choices)
        self._show_value()
        return rebuilt

    def order(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def _show_value(self) -> None:
        """The items in the answer's order (unranked ones after, in the form's order)."""
        labels = dict(self._choices)
        ranked = [v for v in self._value.split() if v in labels]
        order = ranked + [v for v, _ in self._choices if v not in ranked]
        current = self.list.currentRow()
        self.list.clear()
        for i, v in enumerate(order, start=1):
            # Isolated, so the number leads in the label's own direction ("1. Water" in a
            # right-to-left window too, and "١. ماء" read from the right).
            self.list.addItem(f"\u2068{i}. {labels[v]}\u2069" if self._value else labels[v])
            self.list.item(i - 1).setData(Qt.ItemDataRole.UserRole, v)
        self.list.setFixedHeight(max(3, len(order)) * (self.list.fontMetrics().height() + 8) + 6)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        if self._value:
            self.state.setText(self.tr("Ranked. Moving an item changes the answer."))
            set_text_color(self.state, self.palette().color(self.palette().ColorRole.WindowText))
        else:
            self.state.setText(self.tr("Not ranked yet: put the items in order, then confirm."))
            set_text_color(self.state, muted_color(self.state))
        self._enable()

    def _enable(self) -> None:
        row, n, editable = self.list.currentRow(), self.list.count(), not self.read_only
        self.up_button.setEnabled(editable and 0 < row < n)
        self.down_button.setEnabled(editable and 0 <= row < n - 1)
        self.confirm_button.setVisible(editable and not self._value)
        self.confirm_button.setEnabled(n > 0)
        self.clear_button.setVisible(editable and bool(self._value))

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        to = row + delta
        if self.read_only or not (0 <= row < self.list.count() and 0 <= to < self.list.count()):
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)
        self._reordered()

    def _reordered(self) -> None:
        if self._value:
            self._choose(" ".join(self.order()))
        else:
            self._enable()

    def confirm(self) -> None:
        if not self.read_only and self.list.count():
            self._choose(" ".join(self.order()))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.list.setDragEnabled(not read_only)
        self._enable()

    def focus_chain(self) -> list[QWidget]:
        return [self.list, self.up_button, self.down_button, self.confirm_button, self.clear_button]


class AcknowledgeQuestion(QuestionWidget):
    """A trigger: one check box, "OK" when ticked, no answer when not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self.tr("OK"))
        self.box.clicked.connect(lambda checked: self.answered.emit("OK" if checked else ""))
        self._add_editor(self.box)

    def set_value(self, value: str) -> None:
        self.box.setChecked(value == "OK")

    def value(self) -> str:
        return "OK" if self.box.isChecked() else ""

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.box.setEnabled(not read_only)

    def focus_chain(self) -> list[QWidget]:
        return [self.box]

    def _name_editors(self) -> None:
        # The box says only "OK": the question is its description, so a screen reader reads both.
        if self._texts is not None:
            self.box.setAccessibleDescription(self._texts[0])


class _SearchEdit(QLineEdit):
    """Down (or Alt+Down, F4) opens the list of matches, all of them when nothing is typed yet:
    the keyboard reaches every choice without guessing a first letter."""

    def __init__(self, on_list: object) -> None:
        super().__init__()
        self._on_list = on_list

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        popup = self.completer().popup() if self.completer() is not None else None
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_F4) and (popup is None or not popup.isVisible()):
            if callable(self._on_list):
                self._on_list()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Return answers; it must not press a dialog's default button


class AutocompleteQuestion(ChoiceQuestion):
    """A box that offers the choices containing what is typed (anywhere in the label, accents and
    case ignored); the answer is the choice picked, or blank when the box is emptied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str]] = []
        self._value = ""
        self._local = ""
        self._edited = False  # typed into (or picked from the list) since the answer was shown
        self.edit = _SearchEdit(self.open_list)
        self.edit.setMaximumWidth(COMBO_MAX_PX)
        self.edit.setPlaceholderText(self.tr("Type to search the answers"))
        self.edit.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._picked)
        self.edit.setCompleter(self.completer)
        self.edit.textEdited.connect(self._filter)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.commit)
        self._add_editor(self.edit)

    def _typed(self) -> None:
        self._edited = True

    def set_choices(self, choices: list[tuple[str, str]]) -> bool:
        self._remember(choices)
        if choices == self._choices:
            return False
        self._choices = list(choices)
        self._filter(self.edit.text())
        self._show_value()
        return False

    def matches(self, text: str) -> list[str]:
        needle = folded(text.strip())
        return [label for _, label in self._choices if needle in folded(label)]

    def _filter(self, text: str) -> None:
        self.model.setStringList(self.matches(text))
        if text.strip() and self.edit.hasFocus():
            self.completer.complete()

    def open_list(self) -> None:
        if self.read_only:
            return
        self.model.setStringList(self.matches(self.edit.text()))
        self.completer.complete()

    def _picked(self, label: str) -> None:
        self.edit.setText(label)
        self._edited = True
        self.commit()

    def commit(self) -> None:
        text = self.edit.text().strip()
        if not text and not self._edited:
            return  # an empty box nobody touched (an answer no longer offered shows empty): no answer
        if not text:
            value = ""
        else:
            exact = [v for v, label in self._choices if folded(label) == folded(text)]
            found = self.matches(text)
            if not exact and len(found) == 1:
                exact = [v for v, label in self._choices if label == found[0]]
            if not exact:
                self._local = self.tr(
                    "“{text}” is not one of the answers. Type part of an answer and pick it from the list."
                ).format(text=text)
                self.set_problem("")
                return
            value = exact[0]
        self._local = ""
        self._edited = False
        self.set_problem("")
        if value != self._value:
            self._value = value
            self.answered.emit(value)
        self._show_value()

    def set_problem(self, text: str) -> None:
        super().set_problem(self._local or text)

    def _show_value(self) -> None:
        if self._local:
            return
        # An answer no longer offered shows an empty box: the warning under it names the answer.
        label = dict(self._choices).get(self._value, "")
        if self.edit.text() != label:
            self.edit.setText(label)
        self._edited = False

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)

    def focus_chain(self) -> list[QWidget]:
        return [self.edit]


def grid_columns(appearance: str, count: int) -> int:
    """How many columns a `columns` appearance asks for: columns-N exactly, `columns` as many as
    make rows of about equal length (ODK fits them to the screen), `columns-pack` a packed four."""
    for word in appearance.split():
        if word.startswith("columns-") and word[8:].isdigit():
            return max(1, int(word[8:]))
        if word == "columns-pack":
            return min(PACK_COLUMNS, max(count, 1))
        if word == "columns":
            return min(3 if count > 4 else 2, max(count, 1))
    return 1


class ChoiceGridQuestion(ChoiceQuestion):
    """Buttons in a grid: `columns*` (row by row, as ODK fills them), `likert` (one row, the label
    under each button, evenly spaced so the scale reads as a scale) or `list-nolabel` (one row of
    bare buttons in the table's fixed columns, the question's label in the first column). Radio
    buttons for select one, check boxes for select many."""

    def __init__(self, appearance: str, *, many: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.many = many
        self.table = "list-nolabel" in appearance
        self.likert = "likert" in appearance and not many
        self._choices: list[tuple[str, str]] = []
        self._value = ""
        self.buttons: list[QRadioButton | QCheckBox] = []
        self.group: QButtonGroup | None = None
        self._content: QWidget | None = None
        self._holder = QWidget()
        self._holder_box = QVBoxLayout(self._holder)
        self._holder_box.setContentsMargins(0, 0, 0, 0)
        if self.table:
            # The label sits beside its buttons, as a row of a table.
            self._box.removeWidget(self.label)
            self.label.setFixedWidth(TABLE_LABEL_PX)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(0)
            row.addWidget(self.label, 0, Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(self._holder, 1)
            self._box.insertLayout(0, row)
            self._box.addWidget(self.message)
        else:
            self._add_editor(self._holder)

    def set_choices(self, choices: list[tuple[str, str]]) -> bool:
        self._remember(choices)
        if [v for v, _ in choices] == [v for v, _ in self._choices] and self._content is not None:
            if choices != self._choices:
                self._choices = list(choices)
                for button, (_, label) in zip(self.buttons, choices, strict=True):
                    self._set_label(button, label)
            return False
        self._choices = list(choices)
        self._build()
        return True

    def _set_label(self, button: QRadioButton | QCheckBox, label: str) -> None:
        if isinstance(button, (ChoiceRadio, ChoiceCheck)):
            button.setText(label)
        else:
            button.setAccessibleName(label)
            caption = button.property("caption")
            if isinstance(caption, QLabel):
                caption.setText(label)

    def _build(self) -> None:
        if self._content is not None:
            self._holder_box.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons = []
        self.group = None if self.many else QButtonGroup(content)
        if self.table or self.likert:
            width = TABLE_COLUMN_PX if self.table else LIKERT_COLUMN_PX
            grid.setHorizontalSpacing(0)
            grid.setVerticalSpacing(2)
            for i, (value, label) in enumerate(self._choices):
                button: QRadioButton | QCheckBox = QCheckBox() if self.many else QRadioButton()
                button.setAccessibleName(label)
                button.setToolTip(label)
                cell = QWidget()
                cell.setFixedWidth(width)
                cell_box = QVBoxLayout(cell)
                cell_box.setContentsMargins(2, 0, 2, 0)
                cell_box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
                if self.likert:
                    caption = QLabel(label)
                    caption.setWordWrap(True)
                    caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                    caption.setBuddy(button)
                    button.setProperty("caption", caption)
                    cell_box.addWidget(caption)
                self._add_button(button, value)
                grid.addWidget(cell, 0, i, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(len(self._choices), 1)
        else:
            columns = grid_columns(self.appearance, len(self._choices))
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(2)
            for i, (value, label) in enumerate(self._choices):
                choice: ChoiceRadio | ChoiceCheck = ChoiceCheck(label) if self.many else ChoiceRadio(label)
                self._add_button(choice, value)
                # On one line when it fits: a grid otherwise squeezes short labels to wrap.
                choice.row.setMinimumWidth(min(choice.row.sizeHint().width() + 6, GRID_CELL_MAX_PX))
                grid.addWidget(choice.row, i // columns, i % columns)
            grid.setColumnStretch(columns, 1)  # columns as wide as their labels, kept together
        self._holder_box.addWidget(content)
        self._content = content
        self._name_editors()
        self.set_read_only(self.read_only)
        self._show_value()

    def _add_button(self, button: QRadioButton | QCheckBox, value: str) -> None:
        button.setProperty("value", value)
        button.clicked.connect(self._clicked)
        if self.group is not None:
            self.group.addButton(button)
        self.buttons.append(button)

    def _clicked(self) -> None:
        value = " ".join(str(b.property("value")) for b in self.buttons if b.isChecked())
        if value != self._value:
            self._value = value
            self.answered.emit(value)

    def _show_value(self) -> None:
        chosen = set(self._value.split())
        if self.group is not None:
            self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(b.property("value") in chosen)
        if self.group is not None:
            self.group.setExclusive(True)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for b in self.buttons:
            b.setEnabled(not read_only)

    def focus_chain(self) -> list[QWidget]:
        return list(self.buttons)

    def focus_editor(self) -> None:
        checked = next((b for b in self.buttons if b.isChecked()), None)
        (checked or (self.buttons[0] if self.buttons else self)).setFocus(Qt.FocusReason.OtherFocusReason)


class ChoiceHeaderQuestion(QuestionWidget):
    """The `label` appearance: the head of a table, the choices' labels in the columns the
    `list-nolabel` rows below use. It asks nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str]] = []
        self._box.removeWidget(self.label)
        self.label.setFixedWidth(TABLE_LABEL_PX)
        self.heads = QWidget()
        self._heads_box = QHBoxLayout(self.heads)
        self._heads_box.setContentsMargins(0, 0, 0, 0)
        self._heads_box.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.label, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.heads, 1)
        self._box.insertLayout(0, row)
        self._box.addWidget(self.message)

    def set_choices(self, choices: list[tuple[str, str]]) -> bool:
        if choices == self._choices:
            return False
        self._choices = list(choices)
        while self._heads_box.count():
            item = self._heads_box.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        for _, label in choices:
            head = QLabel(label)
            head.setWordWrap(True)
            head.setFixedWidth(TABLE_COLUMN_PX)
            head.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            font = head.font()
            font.setWeight(font.Weight.DemiBold)
            head.setFont(font)
            self._heads_box.addWidget(head)
        self._heads_box.addStretch(1)
        return False

    def set_value(self, value: str) -> None:
        """A table's head has no answer of its own."""


class _CheckPopup(QListWidget):
    """The list a `minimal` select-many opens: check boxes, Space or a click toggles one, Escape
    or a click elsewhere closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.close()  # back to the button, which keeps the focus
            return
        super().keyPressEvent(event)


class SelectManyMinimalQuestion(ChoiceQuestion):
    """A select-many with the `minimal` appearance: one button naming what is chosen, opening the
    list of check boxes (ODK Collect's drop-down), for long lists that would fill the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str]] = []
        self._value = ""
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.setMaximumWidth(COMBO_MAX_PX)
        self.button.setToolTip(self.tr("Open the list of answers (Space)"))
        self.button.clicked.connect(self.open_list)
        self.popup = _CheckPopup(self)
        self.popup.itemChanged.connect(lambda _item: self._toggled())
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.button)
        line.addStretch(1)
        self.button.setMinimumWidth(180)
        self._add_editor(row)
        self._show_value()

    def set_choices(self, choices: list[tuple[str, str]]) -> bool:
        self._remember(choices)
        if choices == self._choices:
            return False
        self._choices = list(choices)
        self.popup.blockSignals(True)
        self.popup.clear()
        for value, label in choices:
            self.popup.addItem(label)
            item = self.popup.item(self.popup.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        self.popup.blockSignals(False)
        self._show_value()
        return False

    def open_list(self) -> None:
        if self.read_only or not self._choices:
            return
        rows = min(len(self._choices), 12)
        self.popup.resize(max(self.button.width(), 260), rows * (self.popup.fontMetrics().height() + 8) + 8)
        self.popup.move(self.button.mapToGlobal(self.button.rect().bottomLeft()))
        self.popup.show()
        self.popup.setCurrentRow(0)
        self.popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def _toggled(self) -> None:
        chosen = [
            str(self.popup.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.popup.count())
            if self.popup.item(i).checkState() == Qt.CheckState.Checked
        ]
        value = " ".join(chosen)
        if value != self._value:
            self._value = value
            self._show_value()
            self.answered.emit(value)

    def _show_value(self) -> None:
        chosen = set(self._value.split())
        labels = [label for value, label in self._choices if value in chosen]
        text = ", ".join(labels) if labels else self.tr("Choose…")
        shown = self.button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, COMBO_MAX_PX - 40)
        self.button.setText(f"{shown}  ▾")  # the arrow says a list opens, as on a drop-down
        self.button.setToolTip(text if labels else self.tr("Open the list of answers (Space)"))
        self.popup.blockSignals(True)
        for i in range(self.popup.count()):
            item = self.popup.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.popup.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.button.setEnabled(not read_only)

    def focus_chain(self) -> list[QWidget]:
        return [self.button]

    def _name_editors(self) -> None:
        # The button names the answers chosen; the question is its description.
        if self._texts is not None:
            self.button.setAccessibleDescription(self._texts[0])
