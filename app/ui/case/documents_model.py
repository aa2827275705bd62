"""The documents of a case as a tree model: document → pages → translations of each page.

Built from `DocumentGroup` values (app/services/attachments.py group_documents decides what a
document is); this model only arranges them for a QTreeView.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from app.services.attachments import AttachmentInfo, DocumentGroup
from app.ui.case import labels

Index = QModelIndex | QPersistentModelIndex
COL_DOCUMENT, COL_PERSON, COL_LANGUAGE, COL_FORMAT, COL_ADDED = range(5)
COLUMN_COUNT = 5
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_PX = 40


class Node:
    """A row: a document (group), one of its pages, or a translation of a page."""

    __slots__ = ("kind", "group", "info", "parent", "children", "row")

    def __init__(
        self, kind: str, group: DocumentGroup, info: AttachmentInfo | None, parent: Node | None, row: int
    ) -> None:
        self.kind = kind  # "document", "page" or "translation"
        self.group = group
        self.info = info
        self.parent = parent
        self.children: list[Node] = []
        self.row = row

    @property
    def attachment_ids(self) -> list[str]:
        if self.info is not None:
            return [self.info.id]
        return [p.id for p in self.group.pages]


def language_text(code: str | None) -> str:
    if not code:
        return ""
    name = labels.language_name(code)
    return f"{name} ({code})" if name else code


def document_title(group: DocumentGroup) -> str:
    name = labels.label(labels.document_types(), group.document_type) or QCoreApplication.translate(
        "DocumentsModel", "Document of unknown type"
    )
    return f"{name} — {group.title}" if group.title else name


class DocumentsModel(QAbstractItemModel):
    def __init__(self, person_label: Callable[[str | None], str], image: Callable[[str], QImage | None]) -> None:
        super().__init__()
        self._person_label = person_label
        self._image = image
        self.roots: list[Node] = []
        self._icons: dict[str, QIcon] = {}

    # ----- content ----------------------------------------------------------------------------
    def set_groups(self, groups: Sequence[DocumentGroup]) -> None:
        self.beginResetModel()
        self._icons.clear()
        self.roots = []
        for g_row, group in enumerate(groups):
            document = Node("document", group, None, None, g_row)
            for p_row, page in enumerate(group.pages):
                page_node = Node("page", group, page, document, p_row)
                page_node.children = [
                    Node("translation", group, t, page_node, t_row)
                    for t_row, t in enumerate(group.translations.get(page.id, ()))
                ]
                document.children.append(page_node)
            self.roots.append(document)
        self.endResetModel()

    def clear(self) -> None:
        self.set_groups([])

    def node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, attachment_id: str) -> QModelIndex:
        for document in self.roots:
            for page in document.children:
                if page.info is not None and page.info.id == attachment_id:
                    return self.createIndex(page.row, 0, page)
                for translation in page.children:
                    if translation.info is not None and translation.info.id == attachment_id:
                        return self.createIndex(translation.row, 0, translation)
        return QModelIndex()

    def thumbnails_arrived(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        for attachment_id in wanted:
            self._icons.pop(attachment_id, None)
            index = self.index_of(attachment_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # ----- tree structure ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self.node(parent)  # None for the root (an invalid index)
        siblings = self.roots if node is None else node.children
        if 0 <= row < len(siblings) and 0 <= column < COLUMN_COUNT:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    # QAbstractItemModel.parent is overloaded (QObject.parent() as well); Qt calls this one, with an index.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        if not parent.isValid():
            return len(self.roots)
        if parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Document"), self.tr("Person"), self.tr("Language"), self.tr("Pages / file"), self.tr("Added"))[
            section
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    # ----- data -------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == NODE_ROLE:
            return node
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DOCUMENT:
            return self._icon(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        return None

    def _text(self, node: Node, column: int) -> str:
        group, info = node.group, node.info
        if node.kind == "document":
            first = group.pages[0]
            return {
                COL_DOCUMENT: document_title(group),
                COL_PERSON: self._person_label(group.person_id),
                COL_LANGUAGE: ", ".join(language_text(code) for code in group.languages),
                COL_FORMAT: self.tr("%n page(s)", "", len(group.pages)),
                COL_ADDED: first.captured_at[:10],
            }.get(column, "")
        assert info is not None
        if column == COL_DOCUMENT:
            if node.kind == "translation":
                return self.tr("Translation")
            return self.tr("Page {number}").format(number=node.row + 1)
        if column == COL_LANGUAGE:
            return language_text(info.language)
        if column == COL_FORMAT:
            if info.is_pdf:
                return self.tr("PDF, {size}").format(size=_size(info.size))
            if info.width and info.height:
                return self.tr("Image {width} × {height}").format(width=info.width, height=info.height)
            return self.tr("Image")
        if column == COL_ADDED:
            return info.captured_at[:16].replace("T", " ")
        return ""

    def _tooltip(self, node: Node) -> str:
        if node.kind == "document":
            return self.tr("{title}: {pages}").format(
                title=document_title(node.group), pages=self.tr("%n page(s)", "", len(node.group.pages))
            )
        assert node.info is not None
        if node.kind == "translation":
            return self.tr("Translation into {language} of page {number}").format(
                language=language_text(node.info.language) or self.tr("an unknown language"),
                number=(node.parent.row + 1) if node.parent else 1,
            )
        return self.tr("Page {number} of {total}. Enter opens it.").format(
            number=node.row + 1, total=len(node.group.pages)
        )

    def _icon(self, node: Node) -> QIcon | None:
        info = node.info if node.info is not None else node.group.pages[0]
        style = QApplication.style()
        if node.kind == "document":
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        if info.is_pdf:
            return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        icon = self._icons.get(info.id)
        if icon is not None:
            return icon
        image = self._image(info.id) if info.has_thumbnail else None
        if image is None or image.isNull():
            return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        icon = QIcon(
            QPixmap.fromImage(
                image.scaled(
                    ICON_PX * 2,
                    ICON_PX * 2,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )
        self._icons[info.id] = icon
        return icon


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("DocumentsModel", "{n} MB").format(n=f"{size / (1024 * 1024):.1f}")
    return QCoreApplication.translate("DocumentsModel", "{n} KB").format(n=max(1, round(size / 1024)))
