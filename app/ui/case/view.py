"""One case: header, then tabs for the household (with the person panel), photos and documents,
notes, history, appointments and the physical file's movements.

Everything that touches the workspace runs on the task runner's worker: opening a case reads it,
its drafts and its profile photos (decrypted and decoded there) in one job, and the view shows
them when they arrive (`case_shown`); a newer read or a lock makes an older one's answer stale.
Writes go through the runner from the panel and dialogs, and each success emits `case_changed`,
which this view (and the case list) answer by reading that case again. On lock, unsaved edits are
kept as encrypted drafts, queued on the worker before the shell drops the keys (it waits for the
runner first); they come back when the case is opened again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.errors import CircuitRideError, NotFound
from app.services.attachments import thumbnail
from app.services.case_view import show_case
from app.services.drafts import DRAFT_PREFIX, Draft, discard_draft, drafts_with_prefix, save_draft
from app.services.workspaces import Workspace
from app.ui.case.appointments import CaseAppointmentsTab
from app.ui.case.dialogs import AddPersonDialog, CaseDetailsDialog, MoveFileDialog
from app.ui.case.header import CaseHeader
from app.ui.case.history import HistoryTab
from app.ui.case.household import HouseholdView
from app.ui.case.interviews import InterviewsTab
from app.ui.case.media import MediaPanel
from app.ui.case.notes import NotesTab
from app.ui.case.person_panel import PersonPanel
from app.ui.case.records import MovementsTab
from app.ui.case.results import ResultsTab
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.tasks import Task

log = logging.getLogger(__name__)

NOTE_DRAFT = "note"
PANEL_MAX_PX = 640
PANEL_MIN_PX = 420
PANEL_SHARE = 0.46


@dataclass(frozen=True, slots=True)
class CaseRead:
    """What opening (or refreshing) a case reads on the worker."""

    doc: dict[str, Any]  # services.case_view.show_case
    drafts: dict[str, Draft]  # what follows "draft:<case id>:" in the key (a person id, "note") -> draft
    photos: dict[str, QImage]  # profile photo attachment id -> decoded thumbnail (null: unavailable)


def read_case(ws: Workspace, number: str, known_photos: frozenset[str] = frozenset()) -> CaseRead:
    """Runs on the worker: the case, its drafts, and the profile photos not in `known_photos`."""
    doc = show_case(ws, number)
    prefix = f"{DRAFT_PREFIX}{doc['id']}:"
    drafts = {d.key[len(prefix) :]: d for d in drafts_with_prefix(ws, prefix)}
    photos: dict[str, QImage] = {}
    for person in doc["persons"]:
        attachment_id = person.get("profile_photo_id")
        if not attachment_id or attachment_id in known_photos or attachment_id in photos:
            continue
        try:
            stored = thumbnail(ws, attachment_id)
        except CircuitRideError as exc:
            # A missing or damaged blob must not stop the case from opening; `check` reports it.
            log.warning("thumbnail of attachment %s unavailable: %s", attachment_id, type(exc).__name__)
            stored = None
        # QImage (unlike QPixmap) may be made off the GUI thread: the decoding happens here too.
        photos[attachment_id] = QImage.fromData(stored.data) if stored is not None else QImage()
    return CaseRead(doc, drafts, photos)


class CaseView(QWidget):
    back_requested = Signal()
    case_shown = Signal(str)  # a case read on the worker is on screen (its number)

    HOUSEHOLD, FORMS, MEDIA, NOTES, HISTORY, APPOINTMENTS, MOVEMENTS = range(7)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_number: str | None = None
        self.case_id: str | None = None
        self.doc: dict[str, Any] | None = None
        # The case that was open when the workspace locked, for the shell to reopen after unlock.
        self.last_case_number: str | None = None
        self._photos: dict[str, QPixmap] = {}  # attachment id -> decoded thumbnail, for this case
        self._reads = 0  # the newest read's number: an older read's answer is not shown
        self._select_when_read: str | None = None  # a person just added: selected once the case is read

        self.header = CaseHeader()
        self.household = HouseholdView()
        self.panel = PersonPanel(ctx)
        self.forms = InterviewsTab(ctx)
        self.media = MediaPanel(ctx)
        self.notes = NotesTab(ctx)
        self.history = HistoryTab()
        self.appointments = CaseAppointmentsTab(ctx)
        self.movements = MovementsTab()

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.household)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        self.split.setChildrenCollapsible(False)
        self._split_moved_by_user = False
        self.split.splitterMoved.connect(self._splitter_moved)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget in (
            self.split,
            self.forms,
            self.media,
            self.notes,
            self.history,
            self.appointments,
            self.movements,
        ):
            self.tabs.addTab(widget, "")
        self._tab_titles({})
        self.results = ResultsTab(ctx)  # the officers' results, read for each case shown
        self.tabs.addTab(self.results, self.results.title())
        self.case_shown.connect(self.results.set_case)
        self.results.loaded.connect(lambda: self.tabs.setTabText(self.tabs.indexOf(self.results), self.results.title()))

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._connect()

    # ----- wiring ----------------------------------------------------------------------------
    def _connect(self) -> None:
        self.header.back_requested.connect(self.request_back)
        self.header.details_requested.connect(self.edit_case_details)
        self.header.move_requested.connect(self.move_file)
        self.header.decide_requested.connect(lambda conflict_id: self.ctx.open_conflict(conflict_id))
        self.household.person_activated.connect(self._person_activated)
        self.household.add_requested.connect(self.add_person)
        self.household.table.activated.connect(lambda _i: self.panel.start_edit())
        self.ctx.events.locked.connect(self._on_locked)
        self.ctx.events.case_changed.connect(self._on_case_changed)
        self.forms.loaded.connect(lambda: self._tab_titles(self.doc or {}))

        def shortcut(keys: str, slot: Any) -> None:
            made = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.activated.connect(slot)

        shortcut("Alt+Left", self.request_back)
        shortcut("Escape", self._escape)
        shortcut("Ctrl+E", self.edit_person)
        shortcut("Ctrl+S", self._save)
        for i in range(self.tabs.count()):
            shortcut(f"Ctrl+{i + 1}", lambda i=i: self.tabs.setCurrentIndex(i))
            self.tabs.setTabToolTip(i, self.tr("Ctrl+{n}").format(n=i + 1))

    def _tab_titles(self, doc: dict[str, Any]) -> None:
        titles = (
            self.tr("&Household (%n)", "", len(doc.get("persons", []))),
            self.tr("&Interviews and forms (%n)", "", self.forms.count()),
            self.tr("&Photos and documents (%n)", "", len(doc.get("attachments", []))),
            self.tr("&Notes (%n)", "", len(doc.get("notes", []))),
            self.tr("Histor&y"),
            self.tr("&Appointments (%n)", "", len(doc.get("appointments", []))),
            self.tr("&File movements (%n)", "", len(doc.get("file_movements", []))),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if not self._split_moved_by_user:
            # The panel's values are short: wider, it would only push the ticks away from their
            # values and squeeze the names in the household list. A handle the user dragged wins.
            width = event.size().width()
            panel = max(PANEL_MIN_PX, min(PANEL_MAX_PX, int(width * PANEL_SHARE)))
            self.split.setSizes([max(width - panel, 1), panel])

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._split_moved_by_user = True

    # ----- showing a case --------------------------------------------------------------------
    def show_case(self, number: str, on_shown: Callable[[], None] | None = None) -> None:
        """Open a case: read on the worker, shown (then `on_shown` called) when it arrives. An
        unknown number changes nothing; the case reopened after an unlock is then forgotten."""
        self._read(number, opening=True, on_shown=on_shown)

    def refresh(self) -> None:
        """Read the shown case again (after a change); one that is gone closes with a notice."""
        if self.case_number is None or not self.ctx.ws.is_unlocked:
            return
        self._read(self.case_number, opening=False)

    def _read(self, number: str, *, opening: bool, on_shown: Callable[[], None] | None = None) -> None:
        self._reads += 1
        generation, ws = self._reads, self.ctx.ws
        same = self.case_number is not None and number.strip().upper() == self.case_number
        known = frozenset(self._photos) if same else frozenset()

        def work(_task: Task) -> CaseRead:
            return read_case(ws, number, known)

        def done(read: CaseRead) -> None:
            if generation != self._reads:
                return  # a newer read, or the lock, came after this one
            if opening and self.case_number is not None and read.doc["case_number"] != self.case_number:
                self._keep_edits("left")
            self._load(read)
            if on_shown is not None:
                on_shown()
            self.case_shown.emit(read.doc["case_number"])

        def failed(exc: CircuitRideError) -> None:
            if generation != self._reads:
                return
            if not isinstance(exc, NotFound):
                self.ctx.show_error(service_text(exc))
            elif opening:
                if self.last_case_number == number:
                    self.last_case_number = None
            else:
                self.ctx.show_status(self.tr("This case is no longer in the workspace."))
                self.clear()
                self.back_requested.emit()

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)

    def _load(self, read: CaseRead) -> None:
        doc = read.doc
        same_case = doc["case_number"] == self.case_number
        if not same_case:
            self._photos = {}
        for attachment_id, image in read.photos.items():
            self._photos[attachment_id] = QPixmap.fromImage(image)  # a null image gives a null pixmap
        previous = self.panel.person_id if same_case else None
        self.doc = doc
        self.case_number, self.case_id = doc["case_number"], doc["id"]
        self.panel.set_case(self.case_number, self.case_id)
        persons = doc["persons"]
        ids = {p["id"] for p in persons}
        self.panel.set_drafts({key: d for key, d in read.drafts.items() if key in ids})
        drafts = self._draft_person_ids()
        if previous not in ids:
            previous = None
        select = previous or next((p["id"] for p in persons if p["id"] in drafts), None)
        select = select or (persons[0]["id"] if persons else None)
        photos = self._person_photos(persons)

        self.header.set_case(doc)
        self.household.set_persons(persons, photos, drafts, select)
        person = next((p for p in persons if p["id"] == select), None)
        self.panel.show_person(person, photos.get(select or ""))
        self.household.model.set_drafts(self._draft_person_ids())  # a draft restored unchanged is gone
        self.notes.set_case(self.case_number, doc["notes"], int(doc.get("notes_withheld") or 0))
        self.forms.set_case(self.case_number, self.case_id)
        self.history.set_doc(doc)
        self.appointments.set_case(self.case_number)
        self.movements.set_rows(doc["file_movements"])
        self._tab_titles(doc)
        if not same_case:
            self._restore_note_draft(read.drafts.get(NOTE_DRAFT))
            self.media.set_case(self.case_number)
            self.tabs.setCurrentIndex(self.HOUSEHOLD)
            self.household.table.setFocus()
        wanted, self._select_when_read = self._select_when_read, None
        if wanted is not None and wanted in ids and same_case:
            self.select_person(wanted)

    def _draft_person_ids(self) -> set[str]:
        return set(self.panel.drafts)

    def _person_photos(self, persons: list[dict[str, Any]]) -> dict[str, QPixmap]:
        out: dict[str, QPixmap] = {}
        for person in persons:
            pixmap = self._photos.get(person.get("profile_photo_id") or "")
            if pixmap is not None and not pixmap.isNull():
                out[person["id"]] = pixmap
        return out

    def _person_activated(self, person_id: str) -> None:
        if person_id == self.panel.person_id:
            return
        if self.panel.is_dirty():
            # Stay on the person being edited until the user decides what happens to the edit.
            self.household.select(self.panel.person_id)
            self.panel.confirm_leave(lambda: self.select_person(person_id))
            return
        self.select_person(person_id)

    def select_person(self, person_id: str) -> None:
        if self.doc is None:
            return
        person = next((p for p in self.doc["persons"] if p["id"] == person_id), None)
        if person is None:
            return
        self.household.select(person_id)
        self.panel.show_person(person, self.household.model.photo_of(person_id))
        self.household.model.set_drafts(self._draft_person_ids())

    def _on_case_changed(self, number: str) -> None:
        if number and self.case_number and number.upper() == self.case_number:
            self.refresh()

    # ----- actions ---------------------------------------------------------------------------
    def request_back(self) -> None:
        self.panel.confirm_leave(self.back_requested.emit)

    def _escape(self) -> None:
        if self.panel.editing:
            self.panel.cancel_edit()
        elif not (self.tabs.currentIndex() == self.NOTES and self.notes.is_dirty()):
            self.request_back()

    def edit_person(self) -> None:
        self.tabs.setCurrentIndex(self.HOUSEHOLD)
        self.panel.start_edit()

    def _save(self) -> None:
        if self.panel.editing:
            self.panel.save()

    def add_person(self) -> None:
        if self.case_number is None:
            return
        dialog = AddPersonDialog(self.ctx, self.case_number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        number = self.case_number

        def added() -> None:
            new_id = dialog.result_value
            if isinstance(new_id, str) and number == self.case_number:
                self._select_when_read = new_id  # the refresh case_changed starts brings them
            self.ctx.events.case_changed.emit(number)

        dialog.accepted.connect(added)
        self.panel.confirm_leave(dialog.open)

    def edit_case_details(self) -> None:
        if self.doc is not None:
            self._open_case_dialog(CaseDetailsDialog(self.ctx, self.doc, self))

    def move_file(self) -> None:
        if self.doc is not None:
            self._open_case_dialog(MoveFileDialog(self.ctx, self.doc, self))

    def _open_case_dialog(self, dialog: CaseDetailsDialog | MoveFileDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        number = self.doc["case_number"] if self.doc else ""
        dialog.accepted.connect(lambda: self.ctx.events.case_changed.emit(number))
        dialog.open()

    # ----- lock and drafts -------------------------------------------------------------------
    def _on_locked(self) -> None:
        """Runs before the shell drops the keys: keep unsaved edits as drafts, then forget all."""
        if self.case_number is not None:
            self.last_case_number = self.case_number
        self._keep_edits("lock")
        self.clear()

    def keep_edits(self, reason: str) -> None:
        """Keep unsaved edits (a person's fields, a note being written) as encrypted drafts; they
        come back when this case is opened again (after a lock, or in the window a language change
        builds)."""
        self._keep_edits(reason)

    def _keep_edits(self, reason: str) -> None:
        """Queue the drafts on the worker (the shell waits for it before the keys go)."""
        if not self.ctx.ws.is_unlocked or self.case_id is None:
            return
        self.panel.keep_draft(reason)
        if self.notes.is_dirty():
            ws, key, case_id = self.ctx.ws, self._note_key(), self.case_id
            values = {"text": self.notes.text.toPlainText(), "confidentiality": self.notes.level.code()}

            def failed(exc: CircuitRideError) -> None:
                log.error("could not keep a draft of case %s: %s", case_id, type(exc).__name__)

            self.ctx.tasks.run(lambda _task: save_draft(ws, key, values, reason=reason), on_failed=failed)
            self.notes.text.clear()

    def _note_key(self) -> str:
        return f"{DRAFT_PREFIX}{self.case_id}:{NOTE_DRAFT}"

    def _restore_note_draft(self, draft: Draft | None) -> None:
        if draft is None:
            return
        ws, key = self.ctx.ws, self._note_key()
        self.ctx.tasks.run(lambda _task: discard_draft(ws, key), on_failed=_note_draft_not_discarded)
        if not self.notes.text.toPlainText().strip():
            self.notes.text.setPlainText(str(draft.values.get("text") or ""))
            self.notes.level.set_code(draft.values.get("confidentiality") or "normal")
            self.notes.notice.show_message(self.tr("The note you were writing before was restored."))

    def clear(self) -> None:
        """Forget the case (after keeping any unsaved edit as a draft while that is possible)."""
        self._keep_edits("left")
        self._reads += 1  # a read still on its way is not shown
        self.case_number = self.case_id = None
        self.doc = None
        self._photos = {}
        self.header.clear()
        self.panel.set_case(None, None)
        self.panel.show_person(None)
        self.household.set_persons([], {}, set(), None)
        self.notes.set_case(None, [])
        self.forms.set_case(None, None)
        self.history.set_doc(None)
        self.appointments.set_case(None)
        self.movements.set_rows([])
        self.media.clear()
        self._tab_titles({})


def _note_draft_not_discarded(exc: CircuitRideError) -> None:
    # The note is on screen; its draft offers it again at the next opening, which loses nothing.
    log.warning("could not discard a note draft: %s", type(exc).__name__)
