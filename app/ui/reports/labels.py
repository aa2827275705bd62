"""What the Reports and QC page calls the codes the services return, and the severity icons.

Rules and severities share the work page's words (app/ui/work/labels.py), so a finding reads the
same on "My work" and here; the statuses here are all four (the work page shows only open ones).
Built on each call (not at import), so a language switch takes effect on the next read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

# Called by this name with literal arguments, so pyside6-lupdate finds every label.
translate = QCoreApplication.translate

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
STATUS_RANK = {"open": 0, "assigned": 1, "fixed": 2, "dismissed": 3}
SEVERITY_COLOURS = {"high": QColor("#b00020"), "medium": QColor("#b35c00"), "low": QColor("#5f6b7a")}
ICON_SIZE = 14


def finding_statuses() -> dict[str, str]:
    return {
        "open": translate("ReportsLabels", "Open"),
        "assigned": translate("ReportsLabels", "Assigned"),
        "fixed": translate("ReportsLabels", "Fixed"),
        "dismissed": translate("ReportsLabels", "Dismissed"),
    }


def severity_icon(severity: str) -> QIcon:
    """A shape per severity, so the cue reads without colour (printed, projected, colour-blind):
    high a filled triangle, medium a filled diamond, low a hollow circle."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["low"])
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour)
    s = float(ICON_SIZE)
    if severity == "high":
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 2), QPointF(1, s - 2)]))
    elif severity == "medium":
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF([QPointF(s / 2, 1), QPointF(s - 2, s / 2), QPointF(s / 2, s - 1), QPointF(2, s / 2)])
        )
    else:
        pen = painter.pen()
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.drawEllipse(QPointF(s / 2, s / 2), s / 2 - 3, s / 2 - 3)
    painter.end()
    return QIcon(pixmap)
