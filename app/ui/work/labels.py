"""What the work page calls the codes the services return: quality rules, severities, reviews.

Built on each call (not at import), like app/ui/case/labels.py, so a language switch takes effect
on the next read. An unknown code is shown as it is stored rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Called by this name with literal arguments, so pyside6-lupdate finds every label.
translate = QCoreApplication.translate


def rules() -> dict[str, str]:
    """A quality rule (app/services/qc.py RULES) as the problem a user has to fix."""
    return {
        "duplicate_person": translate("WorkLabels", "Possible duplicate person"),
        "missing_photo": translate("WorkLabels", "Principal applicant has no photo"),
        "dob_unverified": translate("WorkLabels", "Date of birth not verified"),
        "household": translate("WorkLabels", "Household does not add up"),
        "interpreter_language": translate("WorkLabels", "No booked interpreter speaks the family's language"),
        "expedited_idle": translate("WorkLabels", "Expedited case idle in its stage"),
        "file_overdue": translate("WorkLabels", "Paper file overdue"),
        "form_constraints": translate("WorkLabels", "Form answers break the form's rules"),
    }


def severities() -> dict[str, str]:
    return {
        "high": translate("WorkLabels", "High"),
        "medium": translate("WorkLabels", "Medium"),
        "low": translate("WorkLabels", "Low"),
    }


def finding_statuses() -> dict[str, str]:
    return {
        "open": translate("WorkLabels", "Open"),
        "assigned": translate("WorkLabels", "Assigned"),
    }


def reviews() -> dict[str, str]:
    return {
        "has_issues": translate("WorkLabels", "Has issues"),
        "rejected": translate("WorkLabels", "Rejected"),
    }


def label(labels: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    return labels.get(code, code.replace("_", " "))
