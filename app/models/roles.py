"""Who may do what: the role rules, defined once for the laptop's services and for HQ.

Plain data and pure functions (no database, no Qt), so the unit of work on a laptop and HQ's merge
judge a change by the same rules: HQ must not take from a laptop what the laptop itself would have
refused its user.

The roles (vocab.ROLES):
- interviewer: interviews families, edits biographic data, fills forms, writes notes;
- adjudication_support: all that, and records adjudication outcomes and security-check results;
- team_lead: all that, and resolves sync conflicts, works quality findings, assigns work, moves a
  case's stage backwards (with a reason), imports and exports, installs forms;
- admin: the laptop's administrator (IT): users, device enrollment, keys, backups. An administrator
  does not take case decisions and does not read restricted or medical notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.errors import Message
from app.models import vocab

ALL_STAFF = frozenset(vocab.ROLES)
CASE_STAFF = frozenset({"interviewer", "adjudication_support", "team_lead"})
LEADS = frozenset({"team_lead", "admin"})
DECIDERS = frozenset({"adjudication_support", "team_lead"})

PERMISSIONS: dict[str, frozenset[str]] = {
    "read_cases": ALL_STAFF,
    "edit_cases": CASE_STAFF,
    "create_cases": frozenset({"interviewer", "team_lead"}),
    "delete_records": frozenset({"team_lead"}),
    "attach_files": CASE_STAFF,
    "write_notes": CASE_STAFF,
    "move_files": CASE_STAFF,
    "import_manifest": frozenset({"team_lead"}),
    "export_data": LEADS,
    "manage_reference_data": LEADS,
    "backup": ALL_STAFF,
    "sync": ALL_STAFF,
    # the administrator's
    "manage_users": frozenset({"admin"}),
    "enroll_device": frozenset({"admin"}),
    "manage_keys": frozenset({"admin"}),
    # the team lead's
    "resolve_conflicts": frozenset({"team_lead"}),
    "quality_control": frozenset({"team_lead"}),
    "assign_work": frozenset({"team_lead"}),
    "move_stage_back": frozenset({"team_lead"}),
    "override_schedule": frozenset({"team_lead"}),
    "appeal_denial": frozenset({"team_lead"}),
    # decisions recorded for the adjudication officer
    "record_adjudication": DECIDERS,
    "record_security_checks": DECIDERS,
    # need-to-know
    "read_restricted_notes": DECIDERS,
    "read_medical_notes": DECIDERS,
}

# What each action is called in a sentence ("Your role (interviewer) may not …"): translatable
# messages (app/errors.py), so the desktop shows a refusal in the interface language.
ACTION_WORDS: dict[str, Message] = {
    "read_cases": Message("read cases"),
    "edit_cases": Message("edit cases"),
    "create_cases": Message("register new cases"),
    "delete_records": Message("delete records"),
    "attach_files": Message("attach files"),
    "write_notes": Message("write notes"),
    "move_files": Message("record file movements"),
    "import_manifest": Message("import case manifests"),
    "export_data": Message("export data"),
    "manage_reference_data": Message("change reference data (forms, sites, rides, interpreters)"),
    "backup": Message("make backups"),
    "sync": Message("sync"),
    "manage_users": Message("manage users"),
    "enroll_device": Message("enroll this laptop"),
    "manage_keys": Message("manage keys"),
    "resolve_conflicts": Message("resolve sync conflicts"),
    "quality_control": Message("work quality findings"),
    "assign_work": Message("assign work"),
    "move_stage_back": Message("move a case's stage backwards"),
    "override_schedule": Message("book an appointment despite a schedule conflict"),
    "appeal_denial": Message("take a case past a denial (an appeal)"),
    "record_adjudication": Message("record adjudication outcomes"),
    "record_security_checks": Message("record security-check results"),
    "read_restricted_notes": Message("read restricted notes"),
    "read_medical_notes": Message("read medical notes"),
}

# Who to ask, by action: the administrator for the laptop's own matters, else a team lead.
_ASK_ADMIN = frozenset({"manage_users", "enroll_device", "manage_keys"})

# The stages in the order a case moves through them; the adjudication outcomes share one rank.
STAGE_RANK: dict[str, int] = {
    "pre-screening": 0,
    "interview-scheduled": 1,
    "interviewed": 2,
    "adjudicated": 3,
    "approved": 4,
    "denied": 4,
    "on-hold": 4,
    "medical": 5,
    "cultural-orientation": 6,
    "ready-for-departure": 7,
    "departed": 8,
    "closed": 9,
}
OUTCOME_STAGES = frozenset({"adjudicated", "approved", "denied", "on-hold"})

# Tables whose every change needs one permission.
TABLE_ACTIONS: dict[str, str] = {
    "users": "manage_users",
    "devices": "manage_users",
    "forms": "manage_reference_data",
    "sites": "manage_reference_data",
    "circuit_rides": "manage_reference_data",
    "interpreters": "manage_reference_data",
    "adjudication_results": "record_adjudication",
}
NOTE_READ_ACTION = {"restricted": "read_restricted_notes", "medical": "read_medical_notes"}

assert set(vocab.STAGES) == set(STAGE_RANK), "every stage needs a rank"
assert set(ACTION_WORDS) == set(PERMISSIONS), "every action needs words"


def allowed(role: str, action: str) -> bool:
    return role in PERMISSIONS.get(action, frozenset())


ROLE_WORDS: dict[str, Message] = {
    "interviewer": Message("interviewer"),
    "adjudication_support": Message("adjudication support"),
    "team_lead": Message("team lead"),
    "admin": Message("admin"),
    "none": Message("no role: the account is deactivated"),
}


def role_words(role: str) -> Message:
    return ROLE_WORDS.get(role) or Message(role.replace("_", " "))


def refusal_text(role: str, action: str) -> Message:
    """'Your role (interviewer) may not record adjudication outcomes. Ask a team lead.'"""
    return Message(
        "Your role ({role}) may not {action}. Ask {who}.",
        {
            "role": role_words(role),
            "action": ACTION_WORDS.get(action) or Message(action.replace("_", " ")),
            "who": Message("an administrator") if action in _ASK_ADMIN else Message("a team lead"),
        },
    )


def stage_moves_back(old: Any, new: Any) -> bool:
    return (
        isinstance(old, str)
        and isinstance(new, str)
        and old in STAGE_RANK
        and new in STAGE_RANK
        and STAGE_RANK[new] < STAGE_RANK[old]
    )


def needed_actions(table: str, old: Mapping[str, Any] | None, changes: Mapping[str, Any]) -> list[str]:
    """The permissions a change to one row needs beyond the edit itself: `old` is the stored row's
    values (None for a new row), `changes` the fields that change (field -> new value)."""
    needs: list[str] = []
    if table in TABLE_ACTIONS:
        needs.append(TABLE_ACTIONS[table])
    if table == "cases":
        before = old or {}
        if "stage" in changes and changes["stage"] != before.get("stage"):
            # Recording an outcome, or taking a case past a denial or a hold, is a decision.
            if changes["stage"] in OUTCOME_STAGES or before.get("stage") in {"denied", "on-hold"}:
                needs.append("record_adjudication")
            if before.get("stage") == "denied":
                needs.append("appeal_denial")  # a denial is reopened by a team lead only
            if stage_moves_back(before.get("stage"), changes["stage"]):
                needs.append("move_stage_back")
        if "security_check_status" in changes and changes["security_check_status"] != before.get(
            "security_check_status", "not_started"
        ):
            needs.append("record_security_checks")
    if table == "qc_findings":
        before = old or {}
        # Dismissing a quality finding, or giving it to someone, is the team lead's (issue 22)
        if changes.get("status") == "dismissed" and before.get("status") != "dismissed":
            needs.append("quality_control")
        if "assignee" in changes and changes["assignee"] != before.get("assignee"):
            needs.append("assign_work")
    if (
        table in ("cases", "appointments")
        and "assignee" in changes
        and changes["assignee"] != (old or {}).get("assignee")
    ):
        needs.append("assign_work")  # giving a case or an appointment to someone is the team lead's (issue 22)
    return needs


def change_refusal(
    role: str, table: str, old: Mapping[str, Any] | None, changes: Mapping[str, Any], *, reason: str | None
) -> Message | None:
    """Why `role` may not make this change to a row of `table` (None: it may). A stage moved
    backwards also needs a reason, recorded with the change."""
    for action in needed_actions(table, old, changes):
        if not allowed(role, action):
            return refusal_text(role, action)
        if action == "move_stage_back" and not (reason or "").strip():
            stage_from = (old or {}).get("stage")
            return Message(
                "Moving a case's stage back (from {old} to {new}) needs a reason, kept in the case's "
                "history: give it when the app asks, or with `circuitride case set NUMBER stage=STAGE "
                "--reason TEXT`.",
                {"old": stage_from, "new": changes["stage"]},
            )
    return None


def may_read_note(role: str, username: str | None, confidentiality: str | None, author: str | None) -> bool:
    """Need-to-know: a restricted or medical note is read by its author and by the roles that
    need it; everyone on the case reads normal notes."""
    action = NOTE_READ_ACTION.get(confidentiality or "normal")
    return action is None or allowed(role, action) or (username is not None and author == username)
