"""Who may do what. Checked in the services, so the CLI, the UI and sync obey the same rules."""

from __future__ import annotations

ALL_STAFF = frozenset({"interviewer", "adjudication_support", "team_lead", "admin"})
LEADS = frozenset({"team_lead", "admin"})

PERMISSIONS: dict[str, frozenset[str]] = {
    "read_cases": ALL_STAFF,
    "edit_cases": ALL_STAFF,
    "create_cases": LEADS | {"interviewer"},
    "delete_records": LEADS,
    "attach_files": ALL_STAFF,
    "write_notes": ALL_STAFF,
    "move_files": ALL_STAFF,
    "import_manifest": LEADS,
    "export_data": LEADS,
    "manage_users": frozenset({"admin", "team_lead"}),
    "manage_reference_data": LEADS,
    "backup": ALL_STAFF,
    "sync": ALL_STAFF,
    "enroll_device": LEADS,
    "resolve_conflicts": LEADS,
}


def allowed(role: str, action: str) -> bool:
    return role in PERMISSIONS.get(action, frozenset())
