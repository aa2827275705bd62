"""A dialog whose OK runs one service call on the task runner (never on the GUI thread): the
buttons wait while it runs; it closes when the service has done it, and stays open saying why when
the service refuses, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.errors import CircuitRideError
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text


class ServiceDialog(QDialog):
    """`form` holds the fields; `job()` says what OK runs; `result_value` is what it returned."""

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = MessageLine("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.result_value: Any = None

    def job(self) -> Callable[[Any], Any]:
        """What OK runs on the worker; read every widget here, on the GUI thread, not in the job."""
        raise NotImplementedError

    def submit(self) -> None:
        self.error.clear_message()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(self.job(), on_done=self._done, on_failed=self._failed)

    def refused(self, exc: CircuitRideError) -> None:
        """Say why the service refused (a subclass may put it beside the field it is about)."""
        self.error.show_message(service_text(exc))

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, exc: CircuitRideError) -> None:
        self.buttons.setEnabled(True)
        self.refused(exc)
