"""Help → About: what support asks first — which version, which workspace format, which HQ, where
the logs and the data are — with one button that copies it all as plain text for a message.

The workspace's format and its enrollment are database reads, done on the window's worker; the
dialog shows "…" until they arrive. Nothing here is personal data: versions, an address, a device
id and folders.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import logsetup
from app.errors import CircuitRideError
from app.services.workspaces import Workspace, app_format, app_version, workspace_format
from app.ui.i18n import service_text
from app.ui.tasks import Task, TaskRunner


@dataclass(frozen=True, slots=True)
class WorkspaceFacts:
    """What only an unlocked workspace can tell (None when it is locked)."""

    format: str | None
    hq_url: str | None
    app_format: str


def read_facts(ws: Workspace) -> WorkspaceFacts:
    """On the worker: the schema revision and the HQ this workspace is enrolled with."""
    if not ws.is_unlocked:
        return WorkspaceFacts(None, None, app_format())
    from app.sync.engine import enrollment

    info = enrollment(ws)
    return WorkspaceFacts(workspace_format(ws), info.url if info is not None else None, app_format())


class AboutDialog(QDialog):
    def __init__(self, ws: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("About Circuit Ride"))
        title = QLabel(self.tr("<h2>Circuit Ride</h2>"))
        self.version = self._value(app_version())
        self.format = self._value("…")
        self.hq = self._value("…")
        self.device = self._value(ws.meta.device_id)
        log_file = logsetup.current_log_file()
        self.logs = self._value(
            str(log_file)
            if log_file is not None
            else self.tr("no log file: messages go to the terminal Circuit Ride was started from")
        )
        self.data = self._value(str(ws.path))
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Workspace format:"), self.format)
        form.addRow(self.tr("HQ:"), self.hq)
        form.addRow(self.tr("Device id:"), self.device)
        form.addRow(self.tr("Logs:"), self.logs)
        form.addRow(self.tr("Data:"), self.data)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy these lines, to paste them into a message to support"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addStretch(1)  # extra height below the facts, not between the title and them
        layout.addWidget(buttons)
        self._form = form
        self.resize(560, self.sizeHint().height())
        tasks.run(lambda _task: self._read(_task), on_done=self._show_facts, on_failed=self._facts_failed)

    def _read(self, _task: Task) -> WorkspaceFacts:
        return read_facts(self.ws)

    def _value(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _show_facts(self, facts: WorkspaceFacts) -> None:
        if facts.format is None:
            self.format.setText(
                self.tr("unlock the workspace to read it (this version writes {app})").format(app=facts.app_format)
            )
        elif facts.format == facts.app_format:
            self.format.setText(self.tr("{format} (this version's)").format(format=facts.format))
        else:
            self.format.setText(
                self.tr("{format} (this version writes {app})").format(format=facts.format, app=facts.app_format)
            )
        if facts.hq_url is not None:
            self.hq.setText(self.tr("enrolled with {url}").format(url=facts.hq_url))
        elif self.ws.is_unlocked:
            self.hq.setText(self.tr("not enrolled"))
        else:
            self.hq.setText(self.tr("unlock the workspace to read it"))

    def _facts_failed(self, exc: CircuitRideError) -> None:
        self.format.setText(service_text(exc))
        self.hq.setText(service_text(exc))

    def text(self) -> str:
        """The lines the Copy button puts on the clipboard, as shown."""
        lines = ["Circuit Ride"]
        for row in range(self._form.rowCount()):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            field_widget = field.widget() if field is not None else None
            if isinstance(label_widget, QLabel) and isinstance(field_widget, QLabel):
                lines.append(f"{label_widget.text()} {field_widget.text()}")
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.text())
        self.copy_button.setText(self.tr("Copied"))
