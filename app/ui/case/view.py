"""One case: header and household. (First cut; issue 4 completes it.)"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.services.case_view import show_case
from app.ui.context import UiContext


def _esc(value: object) -> str:
    return ("" if value is None else str(value)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CaseView(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_number: str | None = None
        back = QPushButton(self.tr("← &Cases"))
        back.clicked.connect(self.back_requested.emit)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back_requested.emit)
        self.body = QTextBrowser()
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)
        ctx.events.locked.connect(self.clear)

    def clear(self) -> None:
        self.case_number = None
        self.body.clear()

    def show_case(self, number: str) -> None:
        doc = show_case(self.ctx.ws, number)
        self.case_number = doc["case_number"]
        rows = "".join(
            f"<tr><td>{_esc(p['role'].replace('_', ' '))}</td><td><b>{_esc(p['given_names'])} {_esc(p['family_name'])}</b></td>"
            f"<td>{_esc(p['native_given_names'])} {_esc(p['native_family_name'])}</td><td>{_esc(p['dob'])} "
            f"({_esc(p['dob_precision'])})</td><td>{_esc(p['sex'])}</td><td>{_esc(', '.join(p['languages']))}</td></tr>"
            for p in doc["persons"]
        )
        self.body.setHtml(
            f"<h2>{_esc(doc['case_number'])} &nbsp; <small>{_esc(doc['priority'])} · {_esc(doc['stage'])}</small></h2>"
            f"<p>Site {_esc(doc['site'])} · ride {_esc(doc['ride'] or '—')} · UNHCR {_esc(doc['unhcr_id'] or '—')} · "
            f"file at {_esc(doc['file_location'] or 'unknown')}</p>"
            f"<table cellpadding='4'>{rows}</table>"
            f"<p>{len(doc['attachments'])} attachment(s) · {len(doc['notes'])} note(s) · "
            f"{len(doc['history'])} history event(s)</p>"
        )
