"""Documents of a case: each with its pages (and their translations) in a tree.

Import scan or PDF (Ctrl+Shift+I; several files become the pages of one document), View (Enter),
Move page up / down (Ctrl+Up / Ctrl+Down), Edit details (F2), Attach translation (Ctrl+Shift+T),
Remove (Delete). PDFs are opened with QtPdf from memory before they are stored, so a file that
will not display is refused at import with a clear message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.attachments import (
    AttachmentInfo,
    PersonRef,
    attach_document,
    attach_translation,
    group_documents,
    read_attachment_file,
    remove_attachment,
    reorder_pages,
    set_document_details,
)
from app.services.workspaces import sniff_mime
from app.ui.case.documents_dialogs import DocumentDetails, DocumentDetailsDialog
from app.ui.case.documents_model import COL_DOCUMENT, COLUMN_COUNT, DocumentsModel, Node, document_title
from app.ui.case.pdf_view import check_pdf
from app.ui.tasks import Task

if TYPE_CHECKING:
    from app.ui.case.media import MediaPanel

ROW_ICON_PX = 28
SCAN_FILTER_SUFFIXES = "*.pdf *.jpg *.jpeg *.png *.webp *.tif *.tiff"


def read_scans(paths: Sequence[Path], task: Task) -> list[tuple[str, bytes]]:
    """Read the chosen files on the worker; PDFs must open in QtPdf (from memory) to be accepted."""
    files = []
    for done, path in enumerate(paths):
        task.check()
        task.progress(done, len(paths), path.name)
        data = read_attachment_file(path)
        if sniff_mime(data) == "application/pdf":
            check_pdf(data, path.name)
        files.append((path.name, data))
    return files


class DocumentsView(QWidget):
    def __init__(self, host: MediaPanel) -> None:
        super().__init__()
        self.host = host
        self.ctx = host.ctx
        self.model = DocumentsModel(host.person_label, host.thumbnails.image)
        host.thumbnails.arrived.connect(self.model.thumbnails_arrived)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(QSize(ROW_ICON_PX, ROW_ICON_PX))
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.setAccessibleName(self.tr("Documents"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_DOCUMENT, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(lambda _i: self.view_current())
        self.tree.selectionModel().currentChanged.connect(lambda *_a: self._enable())

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._actions()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self._persons: list[PersonRef] = []
        self._select_after: str | None = None
        self._show_empty()
        self._enable()

    def _actions(self) -> None:
        def add(text: str, key: str | None, slot: Callable[[], None], tip: str, *, in_list: bool = True) -> QAction:
            action = QAction(text, self)
            if key:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            if in_list:
                self.tree.addAction(action)
            return action

        self.import_action = add(
            self.tr("&Import scan or PDF…"),
            None,
            lambda: self.import_documents(),
            self.tr("Import scan or PDF (Ctrl+Shift+I)"),
            in_list=False,
        )
        self.toolbar.addSeparator()
        self.view_action = add(self.tr("&View"), None, self.view_current, self.tr("View the page (Enter)"))
        self.up_action = add(
            self.tr("Page &up"), "Ctrl+Up", lambda: self.move_page(-1), self.tr("Move the page up (Ctrl+Up)")
        )
        self.down_action = add(
            self.tr("Page do&wn"), "Ctrl+Down", lambda: self.move_page(1), self.tr("Move the page down (Ctrl+Down)")
        )
        self.edit_action = add(
            self.tr("&Edit details…"), "F2", lambda: self.edit_details(), self.tr("Type, person, language (F2)")
        )
        self.translation_action = add(
            self.tr("Attach &translation…"),
            "Ctrl+Shift+T",
            lambda: self.attach_translation(),
            self.tr("Attach a translation of the selected page (Ctrl+Shift+T)"),
        )
        self.remove_action = add(self.tr("&Remove…"), "Delete", lambda: self.remove(), self.tr("Remove (Delete)"))

    # ----- data -------------------------------------------------------------------------------
    def set_data(self, persons: list[PersonRef], attachments: list[AttachmentInfo]) -> None:
        current = self.current()
        keep = self._select_after or (
            current.attachment_ids[0] if current is not None and current.kind != "document" else None
        )
        keep_group = current.group.pages[0].id if current is not None and current.kind == "document" else None
        self._persons = persons
        self.model.set_groups(group_documents(attachments))
        self.tree.expandAll()
        self.host.thumbnails.request([a.id for a in attachments if a.has_thumbnail])
        self._select_after = None
        if keep is not None:
            self.select(keep)
        elif keep_group is not None:
            index = self.model.index_of(keep_group)
            if index.isValid():
                self._set_current(index.parent())
        self._show_empty()
        self._enable()

    def clear(self) -> None:
        self.model.clear()
        self._persons = []
        self._select_after = None
        self._show_empty()
        self._enable()

    def _show_empty(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.tree)
            return
        self.empty.setText(
            ""
            if self.host.case_number is None
            else self.tr(
                "No documents in this case yet.\nImport scans or PDFs (Ctrl+Shift+I): passports, UNHCR "
                "registrations, birth and marriage certificates. Several files become the pages of one document."
            )
        )
        self.stack.setCurrentWidget(self.empty)

    def current(self) -> Node | None:
        return self.model.node(self.tree.currentIndex())

    def select(self, attachment_id: str) -> None:
        index = self.model.index_of(attachment_id)
        if index.isValid():
            self._set_current(index)

    def _set_current(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)

    def _enable(self) -> None:
        node = self.current()
        self.import_action.setEnabled(self.host.case_number is not None)
        self.view_action.setEnabled(node is not None)
        self.edit_action.setEnabled(node is not None)
        self.remove_action.setEnabled(node is not None)
        page = node if node is not None and node.kind == "page" else None
        self.up_action.setEnabled(page is not None and page.row > 0)
        self.down_action.setEnabled(page is not None and page.row < len(page.group.pages) - 1)
        self.translation_action.setEnabled(node is not None and self._page_for_translation(node) is not None)

    @staticmethod
    def _page_for_translation(node: Node) -> AttachmentInfo | None:
        if node.kind == "page":
            return node.info
        if node.kind == "document" and len(node.group.pages) == 1:
            return node.group.pages[0]
        return None

    def _title(self, node: Node) -> str:
        title = document_title(node.group)
        if node.kind == "translation" and node.parent is not None:
            return self.tr("{document}, translation of page {number}").format(
                document=title, number=node.parent.row + 1
            )
        page = node.row if node.kind == "page" else 0
        return self.tr("{document}, page {number} of {total}").format(
            document=title, number=page + 1, total=len(node.group.pages)
        )

    # ----- actions ----------------------------------------------------------------------------
    def import_documents(self, paths: Sequence[Path] | None = None, details: DocumentDetails | None = None) -> None:
        """Files → pages of one document; the details are asked unless given (tests, scripts)."""
        number = self.host.case_number
        if number is None:
            return
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Import scan or PDF"),
                "",
                self.tr("Scans and PDF documents ({patterns})").format(patterns=SCAN_FILTER_SUFFIXES),
            )
            paths = [Path(n) for n in names]
        if not paths:
            return
        if details is None:
            dialog = DocumentDetailsDialog(
                self._persons, mode="import", person_label=self.host.person_label, parent=self
            )
            self.host.keep_dialog(dialog)
            generation = self.host.generation

            def accepted() -> None:
                if self.host.is_current(generation):
                    self.import_documents(paths, dialog.details())

            dialog.accepted.connect(accepted)
            dialog.open()
            return
        files, ws = list(paths), self.ctx.ws

        def work(task: Task) -> list[str]:
            read = read_scans(files, task)
            results = attach_document(
                ws,
                number,
                read,
                document_type=details.document_type,
                person_id=details.person_id,
                language=details.language,
                title=details.title,
                progress=task.progress,
                check=task.check,
            )
            return [r.attachment_id for r in results]

        def done(ids: list[str]) -> None:
            self.ctx.show_status(self.tr("%n page(s) imported.", "", len(ids)))
            self._select_after = ids[0]

        self.host.run(work, label=self.tr("Importing pages…"), on_done=done)

    def view_current(self) -> None:
        node = self.current()
        if node is None:
            return
        info = node.info if node.info is not None else node.group.pages[0]
        self.host.view_attachment(info, self._title(node))

    def move_page(self, step: int) -> None:
        node = self.current()
        number = self.host.case_number
        if node is None or node.kind != "page" or number is None:
            return
        order = [p.id for p in node.group.pages]
        target = node.row + step
        if not 0 <= target < len(order):
            return
        order[node.row], order[target] = order[target], order[node.row]
        moved, ws = order[target], self.ctx.ws
        self._select_after = moved
        self.host.run(lambda _t: reorder_pages(ws, number, order), label=self.tr("Saving the page order…"))

    def edit_details(self, details: DocumentDetails | None = None) -> None:
        node = self.current()
        if node is None:
            return
        info = node.info if node.info is not None else node.group.pages[0]
        if details is None:
            mode = "edit"
            initial = DocumentDetails(info.document_type, info.person_id, info.language, info.title)
            dialog = DocumentDetailsDialog(
                self._persons,
                mode=mode,
                person_label=self.host.person_label,
                initial=initial,
                pages=1 if node.kind == "translation" else len(node.group.pages),
                page_selected=node.kind == "page",
                parent=self,
            )
            if node.kind == "translation":
                dialog.type_box.setEnabled(False)
                dialog.person_box.setEnabled(False)
            self.host.keep_dialog(dialog)
            generation = self.host.generation

            def accepted() -> None:
                if self.host.is_current(generation):
                    self.edit_details(dialog.details())

            dialog.accepted.connect(accepted)
            dialog.open()
            return
        # Only what the user changed: pages of one document may differ in language, and an edit of
        # the type must not overwrite each page's language with the first page's.
        before = DocumentDetails(info.document_type, info.person_id, info.language, info.title)
        changes = {
            name: getattr(details, name)
            for name in ("document_type", "person_id", "language", "title")
            if getattr(details, name) != getattr(before, name)
        }
        if node.kind == "translation":
            changes = {k: v for k, v in changes.items() if k == "language"}
        if not changes:
            return
        ws, attachment_id, whole = self.ctx.ws, info.id, details.whole_document and node.kind != "translation"
        change = lambda _t: set_document_details(ws, attachment_id, whole_document=whole, **changes)  # noqa: E731
        self._select_after = attachment_id
        self.host.run(change, label=self.tr("Saving…"))

    def attach_translation(self, path: Path | None = None, language: str | None = None) -> None:
        node = self.current()
        page = self._page_for_translation(node) if node is not None else None
        if page is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Attach translation"),
                "",
                self.tr("Scans and PDF documents ({patterns})").format(patterns=SCAN_FILTER_SUFFIXES),
            )
            if not name:
                return
            path = Path(name)
        if language is None:
            dialog = DocumentDetailsDialog(
                self._persons,
                mode="translation",
                person_label=self.host.person_label,
                initial=DocumentDetails(None, None, "en", None),
                parent=self,
            )
            self.host.keep_dialog(dialog)
            generation, chosen = self.host.generation, path

            def accepted() -> None:
                if self.host.is_current(generation):
                    self.attach_translation(chosen, dialog.details().language or "")

            dialog.accepted.connect(accepted)
            dialog.open()
            return
        ws, target, lang = self.ctx.ws, page.id, language

        def work(task: Task) -> str:
            [(name, data)] = read_scans([path], task)
            return attach_translation(ws, target, data, name, lang).attachment_id

        def done(attachment_id: str) -> None:
            self.ctx.show_status(self.tr("Translation attached."))
            self._select_after = attachment_id

        self.host.run(work, label=self.tr("Attaching the translation…"), on_done=done)

    def remove(self, *, confirm: bool = True) -> None:
        node = self.current()
        if node is None:
            return
        ids = node.attachment_ids
        if confirm:
            if node.kind == "document":
                text = self.tr("Remove the whole document “{title}” (%n page(s)) and its translations?", "", len(ids))
            elif node.kind == "page":
                text = self.tr("Remove page {number} of “{title}”? Its translations are removed with it.")
            else:
                text = self.tr("Remove this translation of “{title}”?")
            text = text.format(title=document_title(node.group), number=node.row + 1)
            answer = QMessageBox.question(
                self,
                self.tr("Remove"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes or self.host.case_number is None:
                return
        ws = self.ctx.ws

        def work(_task: Task) -> int:
            for attachment_id in ids:
                remove_attachment(ws, attachment_id)
            return len(ids)

        self.host.run(
            work,
            label=self.tr("Removing…"),
            on_done=lambda n: self.ctx.show_status(self.tr("%n file(s) removed.", "", n)),
        )
