"""The unlock screen: workspace name, user, password. (First cut; issue 4 completes it.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import CircuitRideError
from app.store.workspace import Workspace


class UnlockView(QWidget):
    unlocked = Signal()

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        title = QLabel("<h2>Circuit Ride</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        users = ws.users()
        self.user = QLineEdit(users[0] if len(users) == 1 else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        form = QFormLayout()
        form.addRow(self.tr("Workspace:"), QLabel(ws.meta.name))
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        box = QWidget()
        box.setMaximumWidth(440)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box)
        outer.addStretch()

    def reset(self) -> None:
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            self.ws.unlock(self.password.text(), self.user.text().strip() or None)
        except CircuitRideError as exc:
            self.message.setText(exc.message)
            self.password.selectAll()
            return
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()
