"""What sync could not do, kept in the workspace and told to the user in words, with the case.

Three kinds, none of which stops the rest of a sync:
- **refused**: HQ would not take a change of this laptop (with HQ's reason), e.g. a ride laptop
  renaming a ride. The change stays in this workspace; HQ and the other laptops never see it.
- **unsent**: a change this laptop cannot send because its record breaks the sync protocol's limits
  (stored by an older version that did not check at entry). It is set aside, the changes after it
  are sent, and it is sent as soon as the record is corrected (`retry_unsent`).
- **unappliable**: a record from HQ that this laptop cannot store (one an older HQ accepted without
  its case, say). HQ keeps it; the laptop says so instead of failing every sync.
Rows received before the record they belong to are *held* (app/sync/apply.py), not problems: they
are applied when it arrives.

Kept as settings (inside the encrypted database), one per item, newest `KEEP` per kind.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Set as AbstractSet
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import MODEL_BY_TABLE, Case, OutboxEntry, Setting, limits
from app.models.base import utcnow
from app.models.bookkeeping import OutboxChange
from app.services.uow import UnitOfWork, plain
from app.wire import protocol as p

log = logging.getLogger(__name__)

PREFIX = "sync_problem:"
KINDS = ("refused", "unsent", "unappliable")
KEEP = 500  # per kind: the newest are kept (a laptop refused thousands of changes needs HQ, not a list)


@dataclass(frozen=True)
class SyncProblem:
    kind: str
    table: str
    row_id: str
    case_id: str | None
    case_number: str | None
    reason: str
    at: str
    device_seq: int = 0

    def describe(self) -> str:
        """One line for a person: which record, of which case, and why (no personal data)."""
        label = p.TABLE_LABELS.get(self.table, self.table)
        where = f"case {self.case_number}" if self.case_number else ("a case" if self.case_id else "no case")
        return f"{label} ({where}): {self.reason}"


def _key(kind: str, table: str, row_id: str, device_seq: int) -> str:
    # one item per change for refused/unsent (device_seq), per row for unappliable
    return f"{PREFIX}{kind}:{device_seq:020d}:{table}:{row_id}"


def case_of(session: Session, table: str, row_id: str, fields: dict[str, Any] | None = None) -> str | None:
    """The case a local row belongs to (None for reference data or a row this laptop lacks)."""
    if table == "cases":
        return row_id
    if table == p.CONFLICTS_TABLE or table not in p.CASE_TABLES:
        return None
    model = MODEL_BY_TABLE[table]
    # Every case table but cases has a case_id column; the model, looked up by name, is typed Synced.
    case_id = session.scalar(select(model.case_id).where(model.id == row_id))  # type: ignore[attr-defined]
    if case_id is None and fields:
        claimed = fields.get("case_id")
        case_id = claimed if isinstance(claimed, str) else None
    return case_id


def record(
    session: Session,
    kind: str,
    table: str,
    row_id: str,
    reason: str,
    *,
    case_id: str | None = None,
    device_seq: int = 0,
    fields: list[str] | None = None,
    trim: bool = True,
) -> None:
    assert kind in KINDS
    item = {
        "kind": kind,
        "table": table,
        "row_id": row_id[:80],
        "case_id": case_id,
        "reason": reason[:500],
        "at": utcnow().isoformat(timespec="seconds"),
        "device_seq": device_seq,
        "fields": sorted(fields or [])[:50],
    }
    session.merge(Setting(key=_key(kind, table, row_id[:80], device_seq), value=json.dumps(item)))
    log.info("sync %s: %s row %s (change %s)", kind, table, row_id[:40], device_seq)
    if trim:  # a caller recording many at once trims once, after the last
        _trim(session, kind)


def _trim(session: Session, kind: str) -> None:
    keys = session.scalars(select(Setting.key).where(Setting.key.like(f"{PREFIX}{kind}:%")).order_by(Setting.key)).all()
    for key in keys[: max(0, len(keys) - KEEP)]:
        row = session.get(Setting, key)
        if row is not None:
            session.delete(row)


def record_refused(session: Session, rejected: list[p.Rejected]) -> None:
    """HQ's refusals of pushed changes, named by the outbox entries they answer."""
    if not rejected:
        return
    seqs = [r.device_seq for r in rejected]
    entries = {e.device_seq: e for e in session.scalars(select(OutboxEntry).where(OutboxEntry.device_seq.in_(seqs)))}
    for r in rejected:
        entry = entries.get(r.device_seq)
        table, row_id = (entry.table_name, entry.row_id) if entry else ("", "")
        record(
            session,
            "refused",
            table,
            row_id,
            r.reason,
            case_id=case_of(session, table, row_id, entry.fields if entry else None) if entry else None,
            device_seq=r.device_seq,
            fields=list(entry.fields or {}) if entry else None,
            trim=False,
        )
    _trim(session, "refused")


def problems(session: Session, kinds: tuple[str, ...] = KINDS) -> list[SyncProblem]:
    """Every recorded problem, newest change last, with the case number where the case is here."""
    rows = session.scalars(select(Setting).where(Setting.key.like(f"{PREFIX}%")).order_by(Setting.key)).all()
    items = []
    for row in rows:
        try:
            item = json.loads(row.value)
        except ValueError:
            continue
        if item.get("kind") in kinds:
            items.append(item)
    case_ids = sorted({i["case_id"] for i in items if i.get("case_id")})
    numbers: dict[str, str] = {}
    for start in range(0, len(case_ids), 500):
        numbers.update(
            session.execute(select(Case.id, Case.case_number).where(Case.id.in_(case_ids[start : start + 500]))).all()
        )
    return [
        SyncProblem(
            kind=i["kind"],
            table=i.get("table", ""),
            row_id=i.get("row_id", ""),
            case_id=i.get("case_id"),
            case_number=numbers.get(i.get("case_id") or ""),
            reason=i.get("reason", ""),
            at=i.get("at", ""),
            device_seq=int(i.get("device_seq") or 0),
        )
        for i in items
    ]


def as_json(items: list[SyncProblem]) -> list[dict[str, Any]]:
    return [{**asdict(i), "text": i.describe()} for i in items]


def summary_lines(items: list[SyncProblem], limit: int = 10) -> list[str]:
    """Grouped by what went wrong: "3 notes (cases LIM-1, LIM-2, …): reason"."""
    groups: dict[tuple[str, str, str], list[SyncProblem]] = {}
    for item in items:
        groups.setdefault((item.kind, item.table, item.reason), []).append(item)
    lines = []
    for (_kind, table, reason), members in list(groups.items())[:limit]:
        label = p.TABLE_LABELS.get(table, table or "record")
        if len(members) == 1:
            lines.append(members[0].describe())
            continue
        numbers = sorted({m.case_number for m in members if m.case_number})
        cases = f" (cases {', '.join(numbers[:3])}{', …' if len(numbers) > 3 else ''})" if numbers else ""
        lines.append(f"{len(members)} × {label}{cases}: {reason}")
    if len(groups) > limit:
        lines.append(f"… and {len(groups) - limit} more kinds of problem (`circuitride sync status --json` lists all)")
    return lines


def clear_unappliable(session: Session, applied: AbstractSet[tuple[str, str]]) -> None:
    """Forget "could not store" problems of rows that have now been applied (HQ sent a corrected
    state). One query for the whole page; nothing to do on the usual page without such problems."""
    rows = session.scalars(select(Setting).where(Setting.key.like(f"{PREFIX}unappliable:%"))).all()
    for row in rows:
        try:
            item = json.loads(row.value)
        except ValueError:
            continue
        if (item.get("table"), item.get("row_id")) in applied:
            session.delete(row)


# ----- changes that could not be sent --------------------------------------------------------------
def set_aside(session: Session, entry: OutboxChange, reason: str) -> None:
    record(
        session,
        "unsent",
        entry.table_name,
        entry.row_id,
        reason,
        case_id=case_of(session, entry.table_name, entry.row_id, entry.fields),
        device_seq=entry.device_seq,
        fields=list(entry.fields or {}),
    )


def retry_unsent(uow: UnitOfWork) -> int:
    """Queue again, as new changes with the record's current values, the set-aside changes whose
    record is now within the limits (someone shortened the note). Returns how many were queued."""
    session = uow.session
    queued = 0
    for row in session.scalars(select(Setting).where(Setting.key.like(f"{PREFIX}unsent:%"))).all():
        item = json.loads(row.value)
        table, row_id = item.get("table", ""), item.get("row_id", "")
        model = MODEL_BY_TABLE.get(table)
        obj = session.get(model, row_id) if model is not None and limits.is_row_id(row_id) else None
        if obj is None:
            continue  # the record is gone or its id can never travel: it stays listed
        allowed = p.table_fields(table)
        fields = {f: plain(getattr(obj, f)) for f in item.get("fields") or [] if f in allowed}
        if not fields:
            session.delete(row)
            continue
        try:
            uow.outbox_change(table, row_id, fields, rev=getattr(obj, "rev", 0))
        except InvalidInput:
            continue  # still too large: stays set aside
        session.delete(row)
        queued += 1
    return queued
