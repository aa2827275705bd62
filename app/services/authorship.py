"""Who made a change, signed on the laptop with that user's own key (issue 19.14).

Each unit of work that runs on a user's behalf (an action checked against their role) signs the
outbox entries it writes with the unlocked user's Ed25519 key, in groups of at most
`signing.GROUP_MAX`: one group names the user, the unit of work's reason (why a stage moved back)
and each change's digest, with one signature over them (format: app/wire/signing.py). Signing a
change costs a digest (a few µs); a signature is made per group, not per change.

Groups are kept in `signing_groups` (laptop migration 0007), each over a range of device sequence
numbers (one unit of work's entries are consecutive), so an entry finds its group by its number.
A push carries, for each change, its group's id, and each group it names once.

Changes with no user key travel unsigned and HQ gives them an interviewer's rights: the
workspace's own bookkeeping (a set-aside change sent again), entries written before migration 0007,
and whatever is done while the workspace is open with HQ's recovery key.
"""

from __future__ import annotations

import base64
import bisect
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Index, Integer, LargeBinary, MetaData, String, Table, Text, insert, select

from app.util import jsoncodec
from app.wire import protocol as p
from app.wire.signing import GROUP_MAX, change_digest, public_key_text, sign_group

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from app.models.bookkeeping import OutboxChange
    from app.services.uow import UnitOfWork

log = logging.getLogger(__name__)

# A plain table, not an ORM model: the laptop's schema is made by its migrations (0007 here).
_metadata = MetaData()
signing_groups = Table(
    "signing_groups",
    _metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("first_seq", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Column("username", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("digests", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
)
Index("ix_signing_groups_last_seq", signing_groups.c.last_seq)


def travels(table: str) -> bool:
    return table in p.SYNC_TABLES or table == p.CONFLICTS_TABLE


def wire_fields(table: str, fields: dict[str, Any] | None) -> dict[str, Any]:
    """The values of an outbox entry exactly as a push carries them (and as HQ reads them back)."""
    allowed = p.table_fields(table)
    kept = {k: v for k, v in (fields or {}).items() if k in allowed}
    return _round_trip(kept)


def _round_trip(kept: dict[str, Any]) -> dict[str, Any]:
    """`kept` after a trip through the JSON codec. Values that come back as they went (None, a
    bool, an int within 64 bits, ASCII text) are kept without the trip; anything else (a float, a
    list, non-ASCII text that the codec might refuse) takes it, so the result, or the error, is
    always the codec's."""
    for value in kept.values():
        kind = type(value)
        if not (
            value is None
            or kind is bool
            or (kind is str and value.isascii())
            or (kind is int and -(2**63) <= value < 2**64)
        ):
            return jsoncodec.loads(jsoncodec.dumps(kept)) if kept else kept
    return kept


def sign_outbox(uow: UnitOfWork, rows: list[dict[str, Any]]) -> int:
    """Sign the unit of work's outbox rows (about to be inserted) as its user; returns the groups
    made. Nothing is signed without the user's key (recovery key, a slot that could not be given one).

    A first quality-check run signs tens of thousands of changes at once: what the rows share (the
    device, each table's travelling fields, the key) is looked up once, and each row costs only its
    digest; a signature is made per group of `GROUP_MAX`."""
    ws = uow.ws
    key = ws.user_key
    if key is None or not ws.username or ws.username != uow.actor:
        return 0
    device = ws.meta.device_id
    fields_of: dict[str, frozenset[str] | None] = {}  # per table: its travelling fields (None: it does not travel)
    signable = []
    for r in rows:
        table = r["table_name"]
        if table not in fields_of:
            fields_of[table] = p.table_fields(table) if travels(table) else None
        allowed = fields_of[table]
        if allowed is None:
            continue
        fields = _round_trip({k: v for k, v in (r["fields"] or {}).items() if k in allowed})
        if fields:
            signable.append((r, change_digest(device, r["device_seq"], table, r["row_id"], r["hlc"], fields)))
    if not signable:
        return 0
    public = public_key_text(key.public_key())
    reason = (uow.reason or "")[: p.MAX_GROUP_REASON]
    groups = []
    for start in range(0, len(signable), GROUP_MAX):
        part = signable[start : start + GROUP_MAX]
        digests = b"".join(digest for _, digest in part)
        groups.append(
            {
                "first_seq": part[0][0]["device_seq"],
                "last_seq": part[-1][0]["device_seq"],
                "username": ws.username,
                "reason": reason,
                "public_key": public,
                "digests": digests,
                "signature": sign_group(key, ws.username, reason, digests),
            }
        )
    uow.session.execute(insert(signing_groups), groups)
    return len(groups)


@dataclass
class _Group:
    id: int
    first_seq: int
    last_seq: int
    wire: p.SignedGroup
    digests: frozenset[bytes]


class Groups:
    """The signed groups of a run of outbox entries, for building pushes: which group a change
    belongs to, and each group once for the push that names it."""

    def __init__(self, session: Session, entries: Sequence[OutboxChange], device_id: str) -> None:
        self.device_id = device_id
        self._groups: list[_Group] = []
        if not entries:
            return
        first, last = entries[0].device_seq, entries[-1].device_seq
        rows = session.execute(
            select(signing_groups)
            .where(signing_groups.c.last_seq >= first, signing_groups.c.first_seq <= last)
            .order_by(signing_groups.c.first_seq)
        ).all()
        for row in rows:
            wire = p.SignedGroup(
                id=row.id,
                user=row.username,
                reason=row.reason,
                key=row.public_key,
                digests=base64.b64encode(row.digests).decode(),
                signature=base64.b64encode(row.signature).decode(),
            )
            digests = frozenset(row.digests[i : i + 32] for i in range(0, len(row.digests), 32))
            self._groups.append(_Group(row.id, row.first_seq, row.last_seq, wire, digests))
        self._starts = [g.first_seq for g in self._groups]

    def group_of(self, entry: OutboxChange, fields: dict[str, Any]) -> p.SignedGroup | None:
        """The signed group of the change `entry` becomes (with these wire fields), or None when it
        has none, or when what was signed is not what would be sent (then it goes unsigned, with an
        interviewer's rights at HQ, rather than be refused as altered)."""
        if not self._groups:
            return None
        index = bisect.bisect_right(self._starts, entry.device_seq) - 1
        if index < 0:
            return None
        group = self._groups[index]
        if entry.device_seq > group.last_seq:
            return None
        digest = change_digest(self.device_id, entry.device_seq, entry.table_name, entry.row_id, entry.hlc, fields)
        if digest not in group.digests:
            log.warning("a change's values differ from those its user signed; it is sent unsigned")
            return None
        return group.wire
