"""The form renderer: one form being filled (app.forms.engine.FormInstance), shown page by page.

Pages: each top-level group is a page titled with its label; consecutive top-level questions
outside groups share a page; a top-level repeat (or a group holding one) is a page with each entry
in a framed section. Paging skips pages on which nothing is relevant with the answers given so far.

A page's repeat whose entries are long (more than ENTRY_QUESTIONS_PAGED questions: a household
member's twenty) shows one entry at a time once it has two, with an index of the entries beside it
(each entry's title and a mark: complete, needs attention, or not finished). Next and Previous
step through the entries before leaving the page; what the page holds before the repeat shows with
the first entry, what follows it with the last. Short entries (a name and an age) stay listed
together, where they are read and compared at a glance and filled without paging.

After every answer the engine recomputes the form and the renderer refreshes what depends on it:
which questions show (relevance), labels with `${…}` outputs, choice lists with filters, read-only
and calculated values, and the inline messages. Repeats that gained or lost entries (a
`repeat_count` answer, Add, Remove) have their page rebuilt. Required-but-empty messages appear once
a question was answered and cleared, or after `show_problems()` (a failed submit); a broken
constraint shows at once. The caller owns the instance and saving: it hears `changed`.

With a form audit log (the form's `audit` question; app/forms/audit_log.py) the view records what
ODK Collect records: a `question` event for each question from the moment it takes the keyboard
focus (or is answered) until another question does or its page is left, with the old and new
answer; a `group questions` event while a group's page is shown; `add repeat`, `delete repeat` and
`constraint error`; `jump` when an entry is picked from a repeat's index rather than reached by
Next or Previous (Collect's event for its hierarchy jump; no node, as Collect writes it). The form
window records the rest (start, resume, save, exit, finalize).

An answer the engine cannot work out within its limits (app/forms/limits.py) is refused like a
malformed one: the message under the question, the form as it was. A refresh that goes past them
stops there and says so above the page buttons, instead of freezing or crashing the window.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPaintEvent, QPalette, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.forms import audit_log as A
from app.forms import geo
from app.forms.engine import Field, FormInstance, Node, is_within
from app.forms.errors import AnswerError, FormTooComplex
from app.forms.model import Control
from app.ui.forms.geo_widgets import ReadOnlyGeoQuestion
from app.ui.forms.map_layer import MapTiles
from app.ui.forms.media_widgets import AnswerFiles, FileAnswerQuestion
from app.ui.forms.osm_widgets import OsmQuestion, TagField
from app.ui.forms.questions import (
    ERROR_COLOR,
    Line,
    NoteWidget,
    QuestionWidget,
    QuietComboBox,
    ReadOnlyQuestion,
    make_question,
    muted_color,
    set_text_color,
    shown_time,
)
from app.ui.i18n import service_text

log = logging.getLogger(__name__)

PAGE_MAX_PX = 900  # the reading column: lines of a question stay short enough to take in at once
MARGIN_PX = 12
TYPED = ("int", "decimal", "date", "time", "dateTime", "geopoint", "geotrace", "geoshape", "barcode")
# An entry of more questions than this fills a 1366x768 screen by itself (a question with its hint
# takes about 85 px of the 640 the form window leaves for the page): listed one after another,
# nine such entries are a long hunt by scrolling, so they are shown one at a time with an index.
ENTRY_QUESTIONS_PAGED = 6
CHOICE_KINDS = ("select1", "select", "rank")
GEO_TYPES = ("geopoint", "geotrace", "geoshape")
MARK_PX = 16  # the complete / needs-attention mark of an entry in the index
COMPLETE_COLOR = "#2e7d32"


@dataclass(eq=False)
class _Element:
    """One rendered piece of the layout: a question, a note, a group, a repeat or an entry."""

    field: Field
    kind: str  # question | shown | note | group | repeat | entry
    widget: QWidget
    children: list[_Element] = dataclasses.field(default_factory=list)  # shown children (a repeat: its entries)
    slots: list[_Element | None] = dataclasses.field(default_factory=list)  # group/entry: one per child field
    title: QLabel | None = None  # heading of a group or entry
    label_field: Field | None = None  # for a repeat wrapped in a group (pyxform's shape): the group
    empty: QLabel | None = None  # a repeat without entries
    add: QPushButton | None = None
    remove: QPushButton | None = None
    message: Line | None = None  # a repeat's own message line (adding failed)
    entries: QVBoxLayout | None = None  # a repeat's entry frames
    managed: bool = False  # a repeat the person adds entries to and removes them from
    household: bool = False  # the case's household repeat (its entries are "members")
    visible: bool = True  # relevant and with something to show
    off_step: bool = False  # relevant, but on another step of a page shown one entry at a time


@dataclass(eq=False)
class _Page:
    start: int  # slice of the layout's top-level fields
    stop: int
    scroll: QScrollArea
    column: QVBoxLayout
    empty: QLabel
    body: QWidget | None = None
    slots: list[_Element | None] = dataclasses.field(default_factory=list)  # one per top-level field of the page
    nodes: dict[Node, _Element] = dataclasses.field(default_factory=dict)  # questions and entries by their node
    relevant: bool = True
    paged: _Element | None = None  # the repeat shown one entry at a time, if any
    step_node: Node | None = None  # the entry of `paged` being shown
    step: int = 0  # its position among the shown entries (kept to land next to a removed one)
    stepped: set[_Element] = dataclasses.field(default_factory=set)  # elements hidden for being on another step

    @property
    def elements(self) -> list[_Element]:
        return [e for e in self.slots if e is not None]


class FormView(QWidget):
    """A paged, keyboard-friendly view of one form being filled (or, read-only, of a submission)."""

    changed = Signal()  # an answer changed (the caller autosaves)
    language_changed = Signal(str)  # the form language was switched

    def __init__(
        self,
        inst: FormInstance,
        *,
        read_only: bool = False,
        files: AnswerFiles | None = None,
        audit: A.AuditLog | None = None,
        maps: MapTiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._inst = inst
        self._maps = maps  # installed offline maps under location questions (map_layer.py)
        self._audit = None if read_only else audit
        self._audit_question: tuple[Node, str] | None = None  # the question whose event is open, its ref
        self._audit_group: str | None = None  # the group page whose `group questions` event is open
        self._audit_page = -1
        self._read_only = read_only
        self._files = files  # where photo, drawing, audio, video and file answers go (media_widgets)
        self._touched: set[Node] = set()
        self._input_errors: dict[Node, str] = {}  # answers the engine refused, still in their box
        self._reveal_all = False
        self._current = 0
        self._chain_dirty = False

        self.language = QuietComboBox()
        for lang in inst.form.languages:
            self.language.addItem(lang or self.tr("Default"), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(inst.lang)))
        self.language.setToolTip(self.tr("The language the questions are read out in; the program keeps its own"))
        self.language_label = QLabel(self.tr("Form lan&guage:"))
        self.language_label.setBuddy(self.language)
        show_languages = len(inst.form.languages) > 1
        self.language.setVisible(show_languages)
        self.language_label.setVisible(show_languages)
        self.language.activated.connect(lambda i: self.set_language(str(self.language.itemData(i))))
        self.indicator = QLabel()
        self.indicator.setWordWrap(True)
        font = self.indicator.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.indicator.setFont(font)

        self.stack = QStackedWidget()
        self.no_pages = QLabel(self.tr("This form has no questions."))
        self.no_pages.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.no_pages)
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.previous_button.setToolTip(self.tr("Go to the previous page (Page Up, Alt+Left)"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Go to the next page (Page Down, Alt+Right)"))
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)  # in a dialog, Return must never page (or close) by accident
        self._build_entry_index()
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
            (QKeySequence("Alt+Right"), self.next_page),
            (QKeySequence("Alt+Left"), self.previous_page),
        ):
            QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut).activated.connect(slot)

        top = QHBoxLayout()
        top.setContentsMargins(MARGIN_PX + 8, 4, MARGIN_PX, 4)  # the title lines up with the questions
        top.addWidget(self.indicator, 1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(MARGIN_PX, 6, MARGIN_PX, 0)
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        self.limit_message = Line("error")  # the form went past the engine's limits (see _refresh_safely)
        self.limit_message.setContentsMargins(MARGIN_PX, 0, MARGIN_PX, 0)
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        middle.addWidget(self.entry_panel)
        middle.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.limit_message)
        layout.addLayout(bottom)

        self._pages: list[_Page] = []
        fields = inst.layout()
        for start, stop in _partition(fields):
            page = self._new_page(start, stop)
            self._pages.append(page)
            self._build_page(page, fields[start:stop])
        self._refresh_safely(self._refresh_all)
        first = next((i for i, p in enumerate(self._pages) if p.relevant), 0)
        self._show_page(first, focus=False)
        app = QApplication.instance()
        if self._audit is not None and isinstance(app, QApplication):
            app.focusChanged.connect(self._audit_focus)

    # ----- public API ---------------------------------------------------------------------------------
    def instance(self) -> FormInstance:
        return self._inst

    def page_count(self) -> int:
        return len(self._pages)

    def current_page(self) -> int:
        return self._current

    def page_title(self, i: int) -> str:
        """The title of page `i` in the form language (the group's label)."""
        return self._title(self._pages[i])

    def page_of(self, ref: str) -> int | None:
        """The page a question or repeat entry is on."""
        found = self._find(ref)
        return found[0] if found is not None else None

    def question_widget(self, ref: str) -> QWidget | None:
        """The widget showing the question (or entry) `ref` names, once built. On a page shown one
        entry at a time, that page turns to the entry holding it: a caller wants it in view."""
        found = self._find(ref)
        if found is None:
            return None
        self._bring_forward(*found)
        found = self._find(ref)  # an answer committed on the way may have rebuilt the page
        return found[1].widget if found is not None else None

    def _find(self, ref: str) -> tuple[int, _Element] | None:
        try:
            node = self._inst.node_at(ref)
        except AnswerError:
            return None
        return self._locate(node)

    def go_to_page(self, i: int) -> None:
        if not self._pages:
            return
        self._commit_focused()
        self._show_page(max(0, min(i, len(self._pages) - 1)), focus=True)

    def next_page(self) -> None:
        """The next entry of a page shown one entry at a time, else the next page (at its first)."""
        self._commit_focused()
        if self._step_by(+1):
            return
        target = self._neighbour(+1)
        if target is not None:
            self._show_page(target, focus=True, at="first")

    def previous_page(self) -> None:
        """The previous entry, else the previous page at its last entry: stepping back retraces."""
        self._commit_focused()
        if self._step_by(-1):
            return
        target = self._neighbour(-1)
        if target is not None:
            self._show_page(target, focus=True, at="last")

    def set_language(self, lang: str) -> None:
        """Switch the form language ("Español (es)", or its code "es"); the UI language is untouched."""
        languages = self._inst.form.languages
        if lang not in languages:
            lang = next((x for x in languages if x.endswith(f"({lang})")), lang)
        if lang not in languages:
            log.debug("the form has no language %r", lang)
            return
        self.language.setCurrentIndex(self.language.findData(lang))
        if lang == self._inst.lang:
            return
        self._commit_focused()
        previous = self._inst.lang
        self._inst.lang = lang
        try:
            self._inst.recompute()  # jr:choice-name() calculations read the language
        except FormTooComplex as exc:
            self._inst.lang = previous
            self.language.setCurrentIndex(self.language.findData(previous))
            self.limit_message.show_message(service_text(exc))
            return
        self._refresh_safely(self._sync)
        self.language_changed.emit(lang)

    def problems(self) -> list[str]:
        """References of the relevant questions whose answer is missing, not allowed, or refused."""
        return [self._inst.ref(node) for node in self._problem_nodes()]

    def show_problems(self) -> int:
        """Mark every problem inline (on every page), go to the first and focus it; how many."""
        self._commit_focused()
        self._reveal_all = True
        self._refresh_safely(self._sync)
        nodes = self._problem_nodes()
        for node in nodes:
            found = self._locate(node)
            if found is None:
                continue  # a constraint on a node without a question: counted, nothing to show
            index, element = found
            self._show_page(index, focus=False)
            self._reveal(index, element)
            break
        return len(nodes)

    # ----- pages ----------------------------------------------------------------------------------------
    def _new_page(self, start: int, stop: int) -> _Page:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        outer = QHBoxLayout(content)
        outer.setContentsMargins(MARGIN_PX, 8, MARGIN_PX, 12)
        column_host = QWidget()
        column_host.setMaximumWidth(PAGE_MAX_PX)
        column_host.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(column_host, 1)
        outer.addStretch(0)
        column = QVBoxLayout(column_host)
        column.setContentsMargins(0, 0, 0, 0)
        empty = _muted(self.tr("Nothing to answer on this page with the answers given so far."))
        empty.hide()
        column.addWidget(empty)
        column.addStretch(1)
        scroll.setWidget(content)
        self.stack.addWidget(scroll)
        return _Page(start, stop, scroll, column, empty)

    def _build_page(self, page: _Page, fields: list[Field]) -> None:
        """Create a page's widgets (again, if the engine's layout no longer fits them)."""
        if page.body is not None:
            page.column.removeWidget(page.body)
            page.body.hide()
            page.body.deleteLater()  # this may run inside a click handler of one of its buttons
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        page.nodes = {}
        page.stepped = set()  # the old elements go with the old body
        page.slots = [self._build(f, box, page, top=True) for f in fields]
        page.column.insertWidget(0, body)
        page.body = body
        self._chain_dirty = True

    def _build(self, f: Field, box: QVBoxLayout, page: _Page, *, top: bool = False) -> _Element | None:
        if f.kind == "group":
            if len(f.children) == 1 and f.children[0].kind == "repeat" and f.children[0].control.ref == f.control.ref:
                return self._build_repeat(f.children[0], box, page, label_field=f)
            return self._build_group(f, box, page, top=top)
        if f.kind == "repeat":
            return self._build_repeat(f, box, page, label_field=None)
        if f.node is None:
            return None
        return self._build_question(f, box, page)

    def _build_group(self, f: Field, box: QVBoxLayout, page: _Page, *, top: bool) -> _Element:
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        title = None
        if not top and f.control.label is not None:
            title = _bold(scale=1.1)
            title.setContentsMargins(8, 8, 0, 0)  # lined up with the questions' labels
            inner.addWidget(title)
        element = _Element(f, "group", holder, title=title)
        element.slots = [self._build(c, inner, page) for c in f.children]
        element.children = [e for e in element.slots if e is not None]
        box.addWidget(holder)
        return element

    def _build_repeat(self, f: Field, box: QVBoxLayout, page: _Page, *, label_field: Field | None) -> _Element:
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        # No heading: each entry's title names the repeat ("Household member 2 — …").
        element = _Element(f, "repeat", holder, label_field=label_field)
        bind = self._inst.form.binds.get(f.control.ref)
        household = bind is not None and bind.prefill == "household" and bool(self._inst.prefill.persons)
        element.household = household
        if household and not self._read_only:
            note = _muted(
                self.tr(
                    "These are the persons on the case. To add or remove someone, change the household on the "
                    "case screen."
                )
            )
            inner.addWidget(note)
        element.managed = (
            not self._read_only
            and f.control.count is None
            and not f.control.no_add_remove
            and not household
            and f.parent_node is not None
        )
        element.entries = QVBoxLayout()
        element.entries.setSpacing(10)
        inner.addLayout(element.entries)
        for entry in f.children:
            element.children.append(self._build_entry(entry, element, page))
        element.empty = _muted("")
        inner.addWidget(element.empty)
        if element.managed:
            element.message = Line("error")
            inner.addWidget(element.message)
            element.add = QPushButton()
            element.add.setAutoDefault(False)
            element.add.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            element.add.clicked.connect(lambda: self._add_entry(element))
            inner.addWidget(element.add, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(holder)
        return element

    def _build_entry(self, f: Field, repeat: _Element, page: _Page, at: int = -1) -> _Element:
        frame = _EntryFrame()
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 8, 12, 10)
        inner.setSpacing(10)
        head = QHBoxLayout()
        title = _bold(scale=1.1)
        head.addWidget(title, 1)
        element = _Element(f, "entry", frame, title=title)
        if repeat.managed and f.node is not None and f.node.person_id is None:
            element.remove = QPushButton(self.tr("Remove"))
            element.remove.setAutoDefault(False)  # Return in an answer box must not remove the entry
            element.remove.setToolTip(self.tr("Remove this entry and its answers"))
            element.remove.clicked.connect(lambda: self._remove_entry(element))
            head.addWidget(element.remove, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(head)
        element.slots = [self._build(c, inner, page) for c in f.children]
        element.children = [e for e in element.slots if e is not None]
        assert repeat.entries is not None
        repeat.entries.insertWidget(at, frame)
        self._chain_dirty = True
        if f.node is not None:
            page.nodes[f.node] = element
        return element

    def _build_question(self, f: Field, box: QVBoxLayout, page: _Page) -> _Element | None:
        node = f.node
        assert node is not None
        bind = node.bind
        data_type = bind.type if bind is not None else "string"
        always_read_only = bind is not None and bind.readonly is not None and bind.readonly.source.strip() == "true()"
        if bind is not None and bind.calculate is not None:
            if f.control.label is None:
                return None  # a calculation without a label is the form's own bookkeeping
            kind = "shown"
        elif (
            f.kind == "input"
            and data_type == "string"
            and always_read_only
            and bind is not None
            and not bind.prefill
            and node.value == ""
        ):
            kind = "note"
        elif self._read_only or always_read_only:
            kind = "shown"
        else:
            kind = "question"
        widget: QWidget
        if f.kind == "upload" and (bind is None or bind.calculate is None):
            # A media question shows its photo or plays its recording even when it cannot change.
            ctl = f.control
            question = make_question(
                "binary",
                "upload",
                ctl.appearance,
                mediatype=ctl.mediatype,
                max_pixels=ctl.max_pixels,
                files=self._files,
                osm_tags=self._tag_fields(ctl, node) if ctl.osm_tags else None,
                location=self._form_location,
            )
            if kind != "question" and isinstance(question, FileAnswerQuestion):
                question.lock_read_only()  # a submitted form, or a read-only question: preview and play
            widget, kind = question, "question"
        elif kind == "note":
            widget = NoteWidget()
        elif kind == "shown" and data_type in GEO_TYPES:
            # A location shown, not asked: on the offline map too where one covers it.
            widget = ReadOnlyGeoQuestion(data_type, with_hint=not self._read_only, maps=self._maps)
        elif kind == "shown":
            widget = ReadOnlyQuestion(with_hint=not self._read_only)
        else:
            ctl = f.control
            question = make_question(
                data_type if data_type in TYPED else "string",
                f.kind,
                ctl.appearance,
                bounds=(ctl.start, ctl.end, ctl.step),
                maps=self._maps,
            )
            widget = question
        element = _Element(f, kind, widget)
        if isinstance(widget, QuestionWidget) and kind == "question":
            widget.answered.connect(lambda value: self._answer(element, value))
        box.addWidget(widget)
        page.nodes[node] = element
        return element

    # ----- refreshing -------------------------------------------------------------------------------
    def _refresh_safely(self, refresh: Callable[[], None]) -> None:
        """`refresh` within one time budget for all it asks of the engine; past a limit it stops
        where it is and the window says why (a label or a choice list the engine cannot work out)."""
        try:
            with self._inst.limited():
                refresh()
        except FormTooComplex as exc:
            log.warning("a form went past the engine's limits while refreshing")
            self.limit_message.show_message(service_text(exc))
            return
        self.limit_message.show_message("")

    def _sync(self) -> None:
        """After the engine changed: fit repeats to their entries now, then refresh everything."""
        fields = self._inst.layout()
        for page in self._pages:
            sub = fields[page.start : page.stop]
            try:
                self._reconcile(page.slots, sub, page)
            except _Misfit:
                log.warning("the form layout changed shape unexpectedly; page %d rebuilt", page.start)
                focus_node = self._focused_node()
                self._build_page(page, sub)
                found = self._locate(focus_node) if focus_node is not None else None
                if found is not None and isinstance(found[1].widget, QuestionWidget):
                    self._refresh_all()  # the new widgets' relevance and steps, before turning to it
                    self._bring_forward(*found)
                    found[1].widget.focus_editor()
        self._refresh_all()

    def _reconcile(self, slots: list[_Element | None], fields: list[Field], page: _Page) -> None:
        """Walk the built widgets along the new layout; only repeats can have changed size."""
        if len(slots) != len(fields):
            raise _Misfit
        for e, f in zip(slots, fields, strict=True):
            if e is None:
                continue
            if e.kind == "repeat":
                self._reconcile_repeat(e, f.children[0] if e.label_field is not None else f, page)
            elif e.kind == "group":
                self._reconcile(e.slots, f.children, page)
            elif f.node is not e.field.node:
                raise _Misfit

    def _reconcile_repeat(self, e: _Element, f: Field, page: _Page) -> None:
        """Keep the entries that are still there, build the new ones, drop the removed ones."""
        if f.kind != "repeat" or e.entries is None:
            raise _Misfit
        old = {c.field.node: c for c in e.children}
        entries: list[_Element] = []
        for i, entry_field in enumerate(f.children):
            kept = old.pop(entry_field.node, None)
            if kept is None:
                entries.append(self._build_entry(entry_field, e, page, at=i))
                continue
            self._reconcile(kept.slots, entry_field.children, page)
            if e.entries.indexOf(kept.widget) != i:
                e.entries.removeWidget(kept.widget)
                e.entries.insertWidget(i, kept.widget)
            entries.append(kept)
        for gone in old.values():
            e.entries.removeWidget(gone.widget)
            gone.widget.hide()
            gone.widget.deleteLater()  # its Remove button may be the one being clicked
            page.stepped.discard(gone)  # hidden for good: never shown again by a change of step
            for inner in _walk([gone]):
                if inner.field.node is not None:
                    page.nodes.pop(inner.field.node, None)
            self._chain_dirty = True
        e.children = entries
        e.field = f

    def _refresh_all(self) -> None:
        for page in self._pages:
            shown = [self._refresh(e) for e in page.elements]
            page.relevant = any(shown)
            page.empty.setVisible(not page.relevant)
            self._update_paging(page)
        if self._chain_dirty:
            self._apply_tab_order()
        self._update_nav()

    def _refresh(self, e: _Element) -> bool:
        f, node = e.field, e.field.node
        if e.kind in ("question", "shown", "note"):
            assert node is not None
            visible = node.relevant
            if visible:
                self._refresh_question(e, node)
        elif e.kind == "group":
            shown = [self._refresh(c) for c in e.children]
            visible = (node is None or node.relevant) and any(shown)
            if e.title is not None and visible:
                e.title.setText(self._inst.render(f.control.label, node or self._top()))
        elif e.kind == "entry":
            shown = [self._refresh(c) for c in e.children]
            visible = (node is None or node.relevant) and any(shown)
            if visible:
                self._refresh_entry_title(e)
        else:  # repeat
            shown = [self._refresh(c) for c in e.children]
            label = self._repeat_label(e)
            if e.title is not None:
                e.title.setText(label)
            # An "Add" the engine would refuse (a new entry would not be relevant) is not offered.
            refused = (
                e.add is not None
                and f.parent_node is not None
                and f.parent_node.relevant
                and self._inst.repeat_refusal(self._repeat_ref(e)) is not None
            )
            if e.children:
                visible = any(shown)
            else:
                visible = e.add is not None and (f.parent_node is None or f.parent_node.relevant) and not refused
            if e.empty is not None:
                e.empty.setText(self.tr("No entries yet. Use “Add {label}” to add one.").format(label=label))
                e.empty.setVisible(not e.children)
            if e.add is not None:
                e.add.setText(self.tr("Add {label}").format(label=label))
                e.add.setEnabled(not refused)
                e.add.setToolTip(
                    self.tr(
                        "The form takes no further “{label}” now: its condition for another entry is not met."
                    ).format(label=label)
                    if refused
                    else self.tr("Add another entry at the end")
                )
        e.visible = visible
        _show(e)
        return visible

    def _refresh_question(self, e: _Element, node: Node) -> None:
        inst = self._inst
        widget = e.widget
        if isinstance(widget, NoteWidget):
            widget.set_note(inst.label(node))
            return
        assert isinstance(widget, QuestionWidget)
        widget.set_texts(inst.label(node), inst.hint(node), node.required)
        if isinstance(widget, OsmQuestion):
            widget.set_tag_labels(self._tag_fields(e.field.control, node))  # in the form language
        if isinstance(widget, ReadOnlyQuestion):
            widget.set_value(self._display(e.field, node))
            if e.field.kind in CHOICE_KINDS:
                widget.set_unoffered(inst.unoffered(node) if node.value else [])
        else:
            choices = inst.choices(node) if e.field.kind in CHOICE_KINDS else None
            if choices is not None and widget.set_choices(choices):
                self._chain_dirty = True
            if widget.read_only != node.readonly:
                widget.set_read_only(node.readonly)
            if node not in self._input_errors:
                widget.set_value(node.value)
            if choices is not None:
                # An answer kept that the choices no longer offer is shown as such (the engine says
                # which; asked only when some value is missing from what was just offered).
                offered = {v for v, _ in choices}
                missing = node.value not in offered and any(v not in offered for v in node.value.split())
                widget.set_unoffered(inst.unoffered(node) if missing else [])
        widget.set_problem(self._message(node))

    def _tag_fields(self, ctl: Control, node: Node) -> list[TagField]:
        """An `osm` question's tags with their labels and offered values in the form language."""
        render = self._inst.render
        return [
            TagField(
                t.key,
                render(t.label, node).strip() or t.key,
                tuple((i.value, render(i.label, node).strip() or i.value) for i in t.items),
            )
            for t in ctl.osm_tags
        ]

    def _form_location(self) -> tuple[float, float] | None:
        """Where a new OSM feature goes: the first location answered in the form, if any."""
        for state in self._inst.states():
            bind = self._inst.form.binds.get(state.path)
            if state.value and state.relevant and bind is not None and bind.type == "geopoint":
                point = geo.parse_point(state.value)
                if point is not None:
                    return point.lat, point.lon
        return None

    def _message(self, node: Node) -> str:
        if node in self._input_errors:
            return self._input_errors[node]
        if node.violation == "constraint" or (
            node.violation == "required" and (self._reveal_all or node in self._touched)
        ):
            own = self._inst.form_message(node)
            if own:
                return own
            if node.violation == "constraint":
                return self.tr("This answer is not allowed.")
            return self.tr("This question needs an answer.")
        return ""

    def _display(self, f: Field, node: Node) -> str:
        """A value as a person reads it: choice labels for choices."""
        if f.kind in CHOICE_KINDS and node.value:
            labels = dict(self._inst.choices(node))
            return ", ".join(labels.get(v, v) for v in node.value.split())
        if node.bind is not None and node.bind.type in ("dateTime", "time"):
            return shown_time(node.bind.type, node.value)
        return node.value

    def _repeat_label(self, e: _Element) -> str:
        f = e.label_field or e.field
        context = e.children[0].field.node if e.children else None
        return self._inst.render(f.control.label, context or e.field.parent_node or self._top()).strip()

    def _refresh_entry_title(self, e: _Element) -> None:
        assert e.title is not None and e.field.node is not None
        inst = self._inst
        repeat_label = inst.render(e.field.control.label, e.field.node).strip()
        if not repeat_label:
            parent = self._parent_repeat(e)
            repeat_label = self._repeat_label(parent) if parent is not None else ""
        number = _entry_number(e.field.node)
        title = (
            self.tr("{label} {number}").format(label=repeat_label, number=number)
            if repeat_label
            else self.tr("Entry {number}").format(number=number)
        )
        answer = _first_text_answer(e)
        e.title.setText(f"{title} — {answer}" if answer else title)
        if e.remove is not None:
            e.remove.setAccessibleName(self.tr("Remove {title}").format(title=title))

    def _parent_repeat(self, entry: _Element) -> _Element | None:
        for page in self._pages:
            for top in page.elements:
                found = _find_parent(top, entry)
                if found is not None:
                    return found
        return None

    def _top(self) -> Node:
        return self._inst.doc.children[0]

    # ----- answers and repeats -----------------------------------------------------------------------
    def _answer(self, e: _Element, value: str) -> None:
        node = e.field.node
        assert node is not None and isinstance(e.widget, QuestionWidget)
        ref = self._inst.ref(node)  # fresh: entries before this one may have been removed
        self._audit_enter(node)
        try:
            if e.field.kind == "select":
                self._inst.select_values(ref, value.split())
            else:
                self._inst.set_value(ref, value)
        except (AnswerError, FormTooComplex) as exc:
            # Refused: the engine kept the form as it was; the typed text stays for the person to fix.
            message = self._refusal(node, exc)
            self._input_errors[node] = message
            e.widget.reject(message)
            return
        self._input_errors.pop(node, None)
        self._touched.add(node)
        if self._audit is not None and node.violation == "constraint":
            self._audit.log(A.CONSTRAINT_ERROR, ref, end=True)
        self._refresh_safely(self._sync)
        self.changed.emit()
        if value and "quick" in e.field.control.appearance.split():
            self._move_on(e.widget)

    def _move_on(self, question: QuestionWidget) -> None:
        """The `quick` appearance: an answer given, the next question (or the Next button) takes the
        focus, as ODK Collect turns the page."""
        page = self._pages[self.current_page()]
        questions = _questions(page.elements)
        if question not in questions:
            return
        at = questions.index(question)
        if at + 1 < len(questions):
            questions[at + 1].focus_editor()
        elif self.next_button.isEnabled():
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refusal(self, node: Node, exc: AnswerError | FormTooComplex) -> str:
        """What to say when the engine refuses an answer; the common cases in the UI language."""
        if isinstance(exc, FormTooComplex):
            return service_text(exc)
        if exc.code in ("out-of-range", "off-step"):  # a range: the widget offers only its steps
            return self.tr("Choose a value on the scale, or clear the answer.")
        if exc.code != "bad-value" or node.bind is None:
            return service_text(exc)
        return {
            "int": self.tr("Enter a whole number, for example 12."),
            "decimal": self.tr("Enter a number, for example 72.5."),
            "date": self.tr("Enter a real date as year-month-day, for example 2024-03-31."),
            "time": self.tr("Enter a time as hours:minutes, for example 14:30."),
            "dateTime": self.tr("Enter a date and time, for example 2024-03-31 14:30."),
            "geopoint": self.tr("Enter a location as latitude, longitude, for example -1.2921, 36.8219."),
            "geotrace": self.tr("A line needs at least two points, each as latitude, longitude."),
            "geoshape": self.tr("A shape needs at least three corners, each as latitude, longitude."),
        }.get(node.bind.type, service_text(exc))

    def _repeat_ref(self, repeat: _Element) -> str:
        f = repeat.field
        assert f.parent_node is not None
        return f"{self._inst.ref(f.parent_node)}/{f.control.ref.rsplit('/', 1)[-1]}"

    def _add_entry(self, repeat: _Element) -> None:
        ref = self._repeat_ref(repeat)
        try:
            added = self._inst.add_repeat(ref, 1)
        except (AnswerError, FormTooComplex) as exc:
            if repeat.message is not None:
                repeat.message.show_message(service_text(exc))
            return
        if self._audit is not None:
            for entry in added:
                self._audit.log(A.ADD_REPEAT, self._inst.ref(entry), end=True)
        self._refresh_safely(self._sync)
        self.changed.emit()
        if added:
            found = self._locate(added[0])
            if found is not None:
                self._reveal(*found)

    def _remove_entry(self, entry: _Element) -> None:
        node = entry.field.node
        assert node is not None and entry.title is not None
        if _has_answers(entry):
            answer = QMessageBox.question(
                self,
                self.tr("Remove entry"),
                self.tr("Remove “{title}” and all its answers?").format(title=entry.title.text()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        parent = self._parent_repeat(entry)
        gone_ref = self._inst.ref(node)
        if self._audit_question is not None and is_within(self._audit_question[0], node):
            self.audit_leave_question()
        try:
            self._inst.remove_repeat(gone_ref)
        except FormTooComplex as exc:  # the form without this entry cannot be worked out: it stays
            self.limit_message.show_message(service_text(exc))
            return
        if self._audit is not None:
            self._audit.log(A.DELETE_REPEAT, gone_ref, end=True)
        for gone in list(self._input_errors):
            if is_within(gone, node):
                del self._input_errors[gone]
        self._refresh_safely(self._sync)
        self.changed.emit()
        if parent is not None:
            # Keep the keyboard in the repeat: on its Add button (the old one was rebuilt away).
            for page in self._pages:
                for top in page.elements:
                    same = _find_repeat(top, parent.field.control.ref, parent.field.parent_node)
                    if same is not None and same.add is not None:
                        same.add.setFocus(Qt.FocusReason.OtherFocusReason)
                        return

    # ----- a repeat's entries one at a time ----------------------------------------------------------
    def _build_entry_index(self) -> None:
        """The index beside a page shown one entry at a time: every entry, the one shown selected."""
        self.entry_label = QLabel()
        font = self.entry_label.font()
        font.setWeight(font.Weight.DemiBold)  # a heading, as the questions' labels
        self.entry_label.setFont(font)
        self.entry_list = QListWidget()
        self.entry_label.setBuddy(self.entry_list)
        self.entry_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_list.setWordWrap(True)  # a long title (Russian, two scripts) wraps, never cut off
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entry_list.setIconSize(QSize(MARK_PX, MARK_PX))
        self.entry_list.setSpacing(2)
        self.entry_list.setToolTip(
            self.tr("Choose which one to show; Next and Previous (Page Down, Page Up) go through them in order")
        )
        self.entry_list.currentRowChanged.connect(self._entry_chosen)
        self.entry_list.itemActivated.connect(lambda _item: self._focus_first(self._pages[self._current]))
        self._marks = {state: _mark_icon(state, muted_color(self.entry_list)) for state in _STATES}
        self.entry_panel = QWidget()
        chars = self.entry_list.fontMetrics().averageCharWidth()
        self.entry_panel.setMinimumWidth(22 * chars)
        self.entry_panel.setMaximumWidth(34 * chars)  # the column of questions keeps the room
        self.entry_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        box = QVBoxLayout(self.entry_panel)
        box.setContentsMargins(MARGIN_PX, 8, 0, 12)  # its top lines up with the page's first card
        box.setSpacing(4)
        box.addWidget(self.entry_label)
        box.addWidget(self.entry_list, 1)
        self.entry_panel.hide()

    def _pageable(self, page: _Page) -> _Element | None:
        """The repeat of `page` to show one entry at a time: the page's only repeat (entries of an
        entry's own repeat stay inside it), with two entries or more of more than
        ENTRY_QUESTIONS_PAGED questions. Counted on the form, not the answers, so that an answer
        never switches the page between its two shapes under the interviewer's hands."""
        repeats = [e for e in _outside_entries(page.elements) if e.kind == "repeat"]
        if len(repeats) != 1:
            return None
        repeat = repeats[0]
        if sum(1 for c in repeat.children if c.visible) < 2:
            return None
        longest = max(sum(1 for x in _walk([c]) if x.kind in ("question", "shown")) for c in repeat.children)
        return repeat if longest > ENTRY_QUESTIONS_PAGED else None

    def _steps(self, page: _Page) -> list[_Element]:
        """The entries `page` steps through (none: the page is shown whole)."""
        return [c for c in page.paged.children if c.visible] if page.paged is not None else []

    def _update_paging(self, page: _Page) -> None:
        """After a refresh: which repeat is paged and on which entry (a removed one: its neighbour)."""
        page.paged = self._pageable(page)
        steps = self._steps(page)
        if steps:
            nodes = [s.field.node for s in steps]
            if page.step_node in nodes:
                page.step = nodes.index(page.step_node)
            else:
                page.step = min(page.step, len(steps) - 1)
                page.step_node = nodes[page.step]
        self._apply_steps(page)

    def _apply_steps(self, page: _Page) -> None:
        """Hide what is on other steps: the other entries, what precedes the repeat unless on the
        first entry and what follows it unless on the last (as if the long page were cut between
        entries); show again what came back onto this step."""
        off: set[_Element] = set()
        steps = self._steps(page)
        if steps and page.paged is not None:
            current = steps[page.step]
            off.update(c for c in page.paged.children if c is not current)
            for sibling, side in _around(page.elements, page.paged) or []:
                if current is not (steps[0] if side < 0 else steps[-1]):
                    off.add(sibling)
        for e in page.stepped - off:
            e.off_step = False
            _show(e)
        for e in off - page.stepped:
            e.off_step = True
            _show(e)
        page.stepped = off

    def _set_step(self, page: _Page, entry: _Element) -> None:
        steps = self._steps(page)
        if entry not in steps:
            return
        page.step, page.step_node = steps.index(entry), entry.field.node
        self._apply_steps(page)
        if self._pages and page is self._pages[self._current]:
            page.scroll.verticalScrollBar().setValue(0)
            self._update_nav()

    def _step_by(self, delta: int) -> bool:
        """Show the entry `delta` away on the current page; False when there is none that way."""
        if not self._pages:
            return False
        page = self._pages[self._current]
        steps = self._steps(page)
        target = page.step + delta
        if not steps or not 0 <= target < len(steps):
            return False
        self._set_step(page, steps[target])
        self._focus_first(page)
        return True

    def _bring_forward(self, index: int, element: _Element) -> None:
        """Turn page `index` to the step that shows `element` (a question, a note, an entry)."""
        page = self._pages[index]
        target = self._step_for(page, element)
        if target is None or target.field.node is page.step_node:
            return
        self._commit_focused()  # a typed answer counts before its box goes out of view
        target = self._step_for(page, element)
        if target is not None:
            self._set_step(page, target)

    def _step_for(self, page: _Page, element: _Element) -> _Element | None:
        steps = self._steps(page)
        if not steps or page.paged is None:
            return None
        for entry in page.paged.children:
            if any(x is element for x in _walk([entry])):
                return entry if entry in steps else None
        for sibling, side in _around(page.elements, page.paged) or []:
            if any(x is element for x in _walk([sibling])):
                return steps[0] if side < 0 else steps[-1]
        return None

    def _update_entry_index(self, page: _Page, steps: list[_Element]) -> None:
        self.entry_panel.setVisible(bool(steps))
        if not steps or page.paged is None:
            return
        self.entry_label.setText(self.tr("&Members") if page.paged.household else self.tr("&Entries"))
        self.entry_list.setAccessibleName(self.entry_label.text().replace("&", ""))
        names = {
            "complete": self.tr("complete"),
            "problem": self.tr("needs attention"),
            "open": self.tr("not finished"),
        }
        listing = self.entry_list
        listing.blockSignals(True)  # filling the list is not the interviewer choosing an entry
        while listing.count() > len(steps):
            listing.takeItem(listing.count() - 1)
        while listing.count() < len(steps):
            listing.addItem(QListWidgetItem())
        # A form that opens each entry with a note of its own ("Member 2 (Spouse): Rahel Tesfaye,
        # age 42") names its entries better than our title does ("Household member 2 — Tesfaye").
        headings = [_heading(entry) for entry in steps]
        distinct = all(headings) and len(set(headings)) == len(headings)  # not one instruction nine times
        for row, entry in enumerate(steps):
            item = listing.item(row)
            assert entry.title is not None
            state = self._entry_state(entry)
            title = headings[row] if distinct else entry.title.text()
            if item.text() != title or item.data(Qt.ItemDataRole.UserRole) != state:
                item.setText(title)
                item.setIcon(self._marks[state])
                item.setData(Qt.ItemDataRole.UserRole, state)
                item.setToolTip(names[state].capitalize())
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {names[state]}")
        if listing.currentRow() != page.step:
            listing.setCurrentRow(page.step)
        listing.blockSignals(False)
        listing.scrollToItem(listing.item(page.step))

    def _entry_state(self, entry: _Element) -> str:
        """complete: nothing required is missing, nothing wrong; problem: a message is showing (the
        same rule as under the questions: no red before the interviewer tried); else open."""
        complete = True
        for x in _walk(entry.children):
            node = x.field.node
            if x.kind not in ("question", "shown") or node is None or not node.relevant:
                continue
            if self._message(node):
                return "problem"
            if node.violation or node in self._input_errors:
                complete = False
        return "complete" if complete else "open"

    def _entry_chosen(self, row: int) -> None:
        """An entry picked in the index (click or arrow keys): shown, the keyboard stays in the index."""
        if not self._pages:
            return
        page = self._pages[self._current]
        steps = self._steps(page)
        if not 0 <= row < len(steps) or row == page.step:
            return
        self._commit_focused()
        steps = self._steps(page)  # the answer committed may have changed which entries show
        if row < len(steps):
            if self._audit is not None:
                self._audit.log(A.JUMP)  # an entry picked from the index, as Collect's hierarchy jump
            self._set_step(page, steps[row])

    # ----- navigation helpers ------------------------------------------------------------------------
    def _show_page(self, i: int, *, focus: bool, at: str = "keep") -> None:
        """Show page `i`; on a page shown one entry at a time, the entry it was left on, or its
        "first" or "last" (arriving by Next or by Previous)."""
        if not self._pages:
            self.stack.setCurrentWidget(self.no_pages)
            self._update_nav()
            return
        self._current = i
        page = self._pages[i]
        self._audit_show(i, page)
        steps = self._steps(page)
        if steps and at != "keep":
            self._set_step(page, steps[0] if at == "first" else steps[-1])
        self.stack.setCurrentWidget(page.scroll)
        page.scroll.verticalScrollBar().setValue(0)
        self._update_nav()
        if focus:
            self._focus_first(page)

    # ----- the form audit log --------------------------------------------------------------------------
    def _audit_show(self, i: int, page: _Page) -> None:
        """A page shown: the question of the page left ends, and a group's page opens its `group
        questions` event (one page of loose questions has none, as Collect's screens of them)."""
        if self._audit is None or i == self._audit_page:
            return
        self._audit_page = i
        self.audit_leave_question()
        group = None
        if len(page.elements) == 1 and page.elements[0].kind in ("group", "repeat"):
            node = page.elements[0].field.node
            group = self._inst.ref(node) if node is not None else page.elements[0].field.control.ref
        if group != self._audit_group:
            if self._audit_group is not None:
                self._audit.leave(self._audit_group)
            self._audit_group = group
            if group is not None:
                self._audit.enter(A.GROUP, group)

    def _audit_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return  # the window's own buttons, another window: the question stays the one shown
        node = self._focused_node()
        if node is not None:
            self._audit_enter(node)

    def _audit_enter(self, node: Node) -> None:
        if self._audit is None or (self._audit_question is not None and node is self._audit_question[0]):
            return
        self.audit_leave_question()
        ref = self._inst.ref(node)
        self._audit_question = (node, ref)
        self._audit.enter(A.QUESTION, ref, node.value)

    def audit_leave_question(self) -> None:
        """The open `question` event ends with the answer as it is now."""
        opened, self._audit_question = self._audit_question, None
        if self._audit is not None and opened is not None:
            self._audit.leave(opened[1], opened[0].value)

    def audit_leave_all(self) -> None:
        """Every open event ends (saving, leaving, finalizing); the page's group and the focused
        question open again if the window goes on."""
        self.audit_leave_question()
        if self._audit is not None:
            self._audit.close_all()
        self._audit_group = None
        self._audit_page = -1

    def _focus_first(self, page: _Page) -> None:
        first = next(iter(_questions(page.elements)), None)
        if first is not None:
            first.focus_editor()
        else:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _neighbour(self, step: int) -> int | None:
        i = self._current + step
        while 0 <= i < len(self._pages):
            if self._pages[i].relevant:
                return i
            i += step
        return None

    def _update_nav(self) -> None:
        if not self._pages:
            self.indicator.setText("")
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        page = self._pages[self._current]
        n, total, title = self._current + 1, len(self._pages), self._title(page)
        steps = self._steps(page)
        if not steps:
            self.indicator.setText(self.tr("Page {n} of {total}: {title}").format(n=n, total=total, title=title))
        else:
            assert page.paged is not None
            text = (
                self.tr("Page {n} of {total}: {title} — member {k} of {count}")
                if page.paged.household
                else self.tr("Page {n} of {total}: {title} — entry {k} of {count}")
            )
            self.indicator.setText(text.format(n=n, total=total, title=title, k=page.step + 1, count=len(steps)))
        self.previous_button.setEnabled(page.step > 0 and bool(steps) or self._neighbour(-1) is not None)
        self.next_button.setEnabled(page.step < len(steps) - 1 or self._neighbour(+1) is not None)
        self._update_entry_index(page, steps)

    def _title(self, page: _Page) -> str:
        if len(page.elements) == 1 and page.elements[0].kind in ("group", "repeat"):
            e = page.elements[0]
            if e.kind == "repeat":
                return self._repeat_label(e)
            return self._inst.render(e.field.control.label, e.field.node or self._top()).strip()
        return self._inst.form.title if page.start == 0 else self.tr("More questions")

    def _reveal(self, index: int, e: _Element) -> None:
        page = self._pages[index]
        self._bring_forward(index, e)
        if isinstance(e.widget, QuestionWidget):
            e.widget.focus_editor()
        else:
            first = next(iter(_questions([e])), None)
            if first is not None:
                first.focus_editor()
        page.scroll.ensureWidgetVisible(e.widget, 40, 80)
        # Once the page is laid out the positions are final: scroll again then.
        QTimer.singleShot(0, e.widget, lambda: page.scroll.ensureWidgetVisible(e.widget, 40, 80))

    def _locate(self, node: Node) -> tuple[int, _Element] | None:
        for i, page in enumerate(self._pages):
            element = page.nodes.get(node)
            if element is not None:
                return i, element
        return None

    def _problem_nodes(self) -> list[Node]:
        return [n for n in self._inst.leaves() if n.relevant and (n.violation or n in self._input_errors)]

    def _focused_question(self) -> QuestionWidget | None:
        w = QApplication.focusWidget()
        while w is not None and not isinstance(w, QuestionWidget):
            w = w.parentWidget()
        return w if w is not None and self.isAncestorOf(w) else None

    def _focused_node(self) -> Node | None:
        question = self._focused_question()
        if question is None:
            return None
        for page in self._pages:
            for node, element in page.nodes.items():
                if element.widget is question:
                    return node
        return None

    def _commit_focused(self) -> None:
        """A typed answer counts before paging or switching language, without leaving its box."""
        question = self._focused_question()
        if question is not None:
            question.commit()

    def _apply_tab_order(self) -> None:
        """Tab follows the document: language, the questions page by page, then the paging buttons."""
        self._chain_dirty = False
        chain: list[QWidget] = [self.language] if self.language.isVisibleTo(self) else []
        chain.append(self.entry_list)  # the index (when shown) comes before the entry it shows
        for page in self._pages:
            chain.extend(_chain(page.elements))
        chain += [self.previous_button, self.next_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)


# ----- pure helpers -----------------------------------------------------------------------------------
def _partition(fields: list[Field]) -> list[tuple[int, int]]:
    """Top-level groups and repeats are pages of their own; questions between them share one."""
    pages: list[tuple[int, int]] = []
    start: int | None = None
    for i, f in enumerate(fields):
        if f.kind in ("group", "repeat"):
            if start is not None:
                pages.append((start, i))
                start = None
            pages.append((i, i + 1))
        elif start is None:
            start = i
    if start is not None:
        pages.append((start, len(fields)))
    return pages


class _EntryFrame(QFrame):
    """One entry of a repeat: a card on the page's background."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()
        super().paintEvent(event)


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_text_color(label, muted_color(label))
    return label


def _bold(scale: float = 1.0) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setWeight(font.Weight.Bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class _Misfit(Exception):
    """The engine's layout does not match the built widgets other than in repeat entries."""


def _entry_number(node: Node) -> int:
    parent = node.parent
    if parent is None:
        return 1
    siblings = [c for c in parent.children if c.repeat and c.path == node.path]
    return siblings.index(node) + 1 if node in siblings else 1


def _first_text_answer(entry: _Element) -> str:
    for e in _walk(entry.children):
        node = e.field.node
        if (
            e.kind in ("question", "shown")
            and e.field.kind == "input"
            and node is not None
            and node.relevant
            and (node.bind is None or node.bind.type == "string")
            and node.value.strip()
        ):
            text = " ".join(node.value.split())
            return text if len(text) <= 60 else text[:59] + "…"
    return ""


def _has_answers(entry: _Element) -> bool:
    return any(
        e.kind == "question" and e.field.node is not None and e.field.node.value.strip() for e in _walk(entry.children)
    )


def _walk(elements: list[_Element]) -> Iterator[_Element]:
    for e in elements:
        yield e
        yield from _walk(e.children)


def _questions(elements: list[_Element]) -> list[QuestionWidget]:
    """The questions a person can answer now, in order: shown, on the current step, not read-only."""
    out: list[QuestionWidget] = []
    for e in elements:
        if not e.visible or e.off_step:
            continue
        if e.kind == "question" and isinstance(e.widget, QuestionWidget) and not e.widget.read_only:
            out.append(e.widget)
        out.extend(_questions(e.children))
    return out


def _heading(entry: _Element) -> str:
    """The note an entry opens with (after read-only answers such as the person's role), if any."""
    for e in entry.children:
        if not e.visible or e.kind == "shown":
            continue
        if e.kind == "note" and isinstance(e.widget, NoteWidget):
            return " ".join(e.widget.text().split())
        break
    return ""


def _show(e: _Element) -> None:
    """Show or hide an element's widget as its relevance and the step call for (only on a change:
    hiding and showing a member's twenty questions relays the page out)."""
    shown = e.visible and not e.off_step
    if e.widget.isHidden() == shown:
        e.widget.setHidden(not shown)


def _outside_entries(elements: list[_Element]) -> Iterator[_Element]:
    """The elements of a page not inside a repeat's entries (its groups, questions, repeats)."""
    for e in elements:
        yield e
        if e.kind == "group":
            yield from _outside_entries(e.children)


def _around(elements: list[_Element], target: _Element) -> list[tuple[_Element, int]] | None:
    """What comes before (-1) and after (+1) `target` at every level of groups holding it."""
    for i, e in enumerate(elements):
        inner = [] if e is target else _around(e.children, target) if e.kind == "group" else None
        if inner is not None:
            return [(x, -1) for x in elements[:i]] + inner + [(x, +1) for x in elements[i + 1 :]]
    return None


_STATES = ("complete", "problem", "open")


def _mark_icon(state: str, ring: QColor) -> QIcon:
    """An entry's mark in the index: a green tick, a red exclamation mark, or an empty ring (drawn,
    so it needs no font with these signs nor an image file), at 1x and 2x for high-DPI screens."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(MARK_PX * scale, MARK_PX * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        disc = QRectF(1.5, 1.5, MARK_PX - 3, MARK_PX - 3)
        if state == "open":
            painter.setPen(QPen(ring, 1.5))
            painter.drawEllipse(disc)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(COMPLETE_COLOR if state == "complete" else ERROR_COLOR))
            painter.drawEllipse(disc)
            pen = QPen(QColor("white"), 2.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            if state == "complete":
                painter.drawPolyline([QPointF(4.8, 8.3), QPointF(7.0, 10.6), QPointF(11.2, 5.8)])
            else:
                painter.drawLine(QPointF(8, 4.6), QPointF(8, 8.8))
                painter.drawPoint(QPointF(8, 11.4))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _chain(elements: list[_Element]) -> list[QWidget]:
    out: list[QWidget] = []
    for e in elements:
        if e.remove is not None:
            out.append(e.remove)
        if isinstance(e.widget, QuestionWidget):
            out.extend(e.widget.focus_chain())
        out.extend(_chain(e.children))
        if e.add is not None:
            out.append(e.add)
    return out


def _find_parent(top: _Element, child: _Element) -> _Element | None:
    for e in _walk([top]):
        if child in e.children and e.kind == "repeat":
            return e
    return None


def _find_repeat(top: _Element, ref: str, parent_node: Node | None) -> _Element | None:
    for e in _walk([top]):
        if e.kind == "repeat" and e.field.control.ref == ref and e.field.parent_node is parent_node:
            return e
    return None
