"""Who made each pushed change, and what their role lets them do (issue 19.14).

A push is signed by its laptop (app/wire/signing.py), which proves the device, not the person. Each
change therefore names a group signed by the user who made it, with that user's own key
(app/services/authorship.py). For each change HQ decides its **author**:

- a change in a group whose user HQ knows and whose key that user bound from this very laptop
  (`circuitride user enroll`): the group's signature must verify and the change's digest must be
  in the group, or the change is refused (it was altered after it was signed, or its group is
  missing); then it has that user's role at HQ (`hq user add/set-role`), and the group's reason;
- a change in a group of a user HQ does not know, or signed with a key HQ has not bound for that
  user from this laptop (a laptop not yet enrolled for the user, a key made anew after a recovery):
  an interviewer's rights, the lowest role;
- a change without a group (an older laptop, the laptop's own bookkeeping, changes from before
  the laptop signed, a workspace opened with HQ's recovery key): an interviewer's rights.

`refusal` then applies the same rules as the laptop's unit of work (app/models/roles.py) to the
row as HQ stores it, plus: settling a conflict needs `resolve_conflicts`, and each table needs the
right the laptop's services ask for before writing it (`TABLE_RIGHTS`: a new case `create_cases`,
a note `write_notes`, ...). Reference data also needs the device's own right (app/hq/merge.py).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.hq.models import Device, HQUser, UserKey
from app.models.roles import ACTION_WORDS, allowed, change_refusal, needed_actions, role_words
from app.wire import protocol as p
from app.wire.signing import change_digest, group_signature_ok

LOWEST_ROLE = "interviewer"

# The right the laptop's services check before they write a row of each table (the unit of work's
# action); a new case needs `create_cases`. Reference tables and adjudication results need more,
# from roles.TABLE_ACTIONS (through `change_refusal`).
TABLE_RIGHTS: dict[str, str] = {
    "cases": "edit_cases",
    "persons": "edit_cases",
    "interviews": "edit_cases",
    "form_submissions": "edit_cases",
    "appointments": "edit_cases",
    "adjudication_results": "edit_cases",
    "notices": "edit_cases",
    "stage_changes": "edit_cases",
    "qc_findings": "edit_cases",  # who may assign or dismiss one is the services' rule (roles.py)
    "attachments": "attach_files",
    "notes": "write_notes",
    "file_movements": "move_files",
}


@dataclass(frozen=True)
class Author:
    """Who made a change as far as HQ can tell, and the role HQ judges it by."""

    user: str  # "" when unsigned
    role: str
    reason: str | None = None
    verified: bool = False
    refused: str | None = None  # the change's signature does not hold: refused whatever the role

    def who(self) -> str:
        if self.verified:
            return f"user {self.user} ({role_words(self.role)} at HQ)"
        if self.user:
            return (
                f"user {self.user} (not enrolled at HQ with this laptop's key, so with an "
                f"{role_words(LOWEST_ROLE)}'s rights)"
            )
        return f"an unsigned change (an {role_words(LOWEST_ROLE)}'s rights at HQ)"


UNSIGNED = Author("", LOWEST_ROLE)


def _public_key(text: str) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except (binascii.Error, ValueError):
        return None


def authors(session: Session, pushes: list[tuple[Device, p.PushRequest]]) -> list[dict[int, Author]]:
    """For each push, the author of each of its signed changes by device_seq (a change not in the
    map is unsigned). Two queries for all the pushes together, none when nothing is signed."""
    names = sorted({g.user for _, request in pushes for g in request.groups})
    if not names:
        return [{} for _ in pushes]
    roles = dict(session.execute(select(HQUser.username, HQUser.role).where(HQUser.username.in_(names))).all())
    bound = {
        (user, key): device
        for user, key, device in session.execute(
            select(UserKey.username, UserKey.public_key, UserKey.device_id).where(UserKey.username.in_(names))
        )
    }
    return [_authors_of(device, request, roles, bound) for device, request in pushes]


def _authors_of(
    device: Device, request: p.PushRequest, roles: Mapping[str, str], bound: Mapping[tuple[str, str], str]
) -> dict[int, Author]:
    verdicts: dict[int, tuple[Author, frozenset[bytes] | None]] = {}
    for group in request.groups:
        reason = group.reason or None
        known = group.user in roles and bound.get((group.user, group.key)) == device.device_id
        key = _public_key(group.key) if known else None
        if key is None:
            verdicts[group.id] = (Author(group.user, LOWEST_ROLE, reason), None)
            continue
        signed = b"".join(group.digest_list())
        signature = base64.b64decode(group.signature)
        if not group_signature_ok(key, group.user, group.reason, signed, signature):
            refused = f"the signature of user {group.user} over this change does not verify (altered after signing?)"
            verdicts[group.id] = (Author(group.user, roles[group.user], reason, refused=refused), None)
            continue
        verdicts[group.id] = (
            Author(group.user, roles[group.user], reason, verified=True),
            frozenset(group.digest_list()),
        )
    out: dict[int, Author] = {}
    missing = Author("", LOWEST_ROLE, refused="the signed group this change names is not in the push")
    for change in request.changes:
        if change.group is None:
            continue
        verdict = verdicts.get(change.group)
        if verdict is None:
            out[change.device_seq] = missing
            continue
        author, digests = verdict
        if digests is not None:
            digest = change_digest(
                device.device_id or "", change.device_seq, change.table, change.row_id, change.hlc, change.fields
            )
            if digest not in digests:
                author = Author(
                    author.user,
                    author.role,
                    author.reason,
                    refused=f"this change is not among those user {author.user} signed (altered after signing?)",
                )
        out[change.device_seq] = author
    return out


def refusal(author: Author, change: p.Change, stored: Mapping[str, Any] | None) -> str | None:
    """Why `author` may not make `change` to a row stored with the values `stored` (None: a new
    row), by the laptop's own role rules; None when they may."""
    if author.refused:
        return author.refused
    role, table = author.role, change.table
    if table == p.CONFLICTS_TABLE:
        return (
            None
            if allowed(role, "resolve_conflicts")
            else f"{author.who()} may not {ACTION_WORDS['resolve_conflicts']}"
        )
    right = "create_cases" if table == "cases" and stored is None else TABLE_RIGHTS.get(table)
    if right is not None and not allowed(role, right):
        return f"{author.who()} may not {ACTION_WORDS[right]}"
    denied = change_refusal(role, table, stored, change.fields, reason=author.reason)
    if denied is None:
        return None
    action = next((a for a in needed_actions(table, stored, change.fields) if not allowed(role, a)), None)
    if action is not None:
        return f"{author.who()} may not {ACTION_WORDS[action]}"
    return f"{author.who()}: {denied}"
