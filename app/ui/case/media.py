"""Photos and documents of a case (placeholder until the media panel lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.context import UiContext


class MediaPanel(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)

    def set_case(self, case_number: str) -> None:
        self.label.setText(case_number)

    def clear(self) -> None:
        self.label.clear()
