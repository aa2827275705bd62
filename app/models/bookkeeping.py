"""Local tables that never sync as rows: the audit chain, the outbox, sync cursors, conflicts,
transfer state and workspace settings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AuditEvent(Base):
    """One change made through the services. `hash` = SHA-256 over the canonical event and
    `prev_hash`, so editing or removing an event breaks the chain; `audit_head` pins the tail."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    case_id: Mapped[str | None] = mapped_column(String(36), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """Single row: the last sequence number and hash, updated in the same transaction as each
    event, so cutting events off the end of the chain is detected too."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class OutboxChange(Protocol):
    """What pushing reads of an outbox entry: an `OutboxEntry`, or a plain row of these columns (a
    push reads thousands at a time, and an ORM object per entry was a third of building a batch)."""

    @property
    def device_seq(self) -> int: ...
    @property
    def table_name(self) -> str: ...
    @property
    def row_id(self) -> str: ...
    @property
    def hlc(self) -> str: ...
    @property
    def fields(self) -> dict[str, Any]: ...


class OutboxEntry(Base):
    """A local change waiting to be pushed. `device_seq` is this device's gap-free sequence."""

    __tablename__ = "outbox"
    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    rev: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(64))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    acked: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class SyncCursor(Base):
    __tablename__ = "sync_cursors"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Conflict(Base):
    """A concurrent edit of one field, as HQ recorded it: every candidate value with who/when, the
    provisional winner applied everywhere meanwhile, and (once a team lead decides) the resolution.
    HQ authors these; a device changes only the resolution, which syncs back like any change."""

    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    case_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    # "concurrent": two edits of one field; "duplicate": two records hold one natural key (a case
    # number, a UNHCR id, a site's name), each candidate naming its record (`row_id`, `case_id`)
    kind: Mapped[str] = mapped_column(String(16), default="concurrent", server_default="concurrent")
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    winner: Mapped[Any] = mapped_column(JSON, nullable=True)
    created_at: Mapped[str] = mapped_column(String(40), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    resolution: Mapped[Any] = mapped_column(JSON, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[str | None] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncRow(Base):
    """Per synced row, the HQ sequence number at which this device last took each field's value:
    the `base` a push sends, which lets HQ tell a sequential edit from a concurrent one.

    `seqs` maps field -> seq; the key EVERY_FIELD stands for each field not named beside it (a row
    received whole at one seq, as most are, is `{"*": 5012}`: a first pull writes one per record)."""

    __tablename__ = "sync_rows"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seqs: Mapped[dict[str, Any]] = mapped_column(default=dict)


EVERY_FIELD = "*"  # (no field is named so)


def merged_seqs(old: dict[str, int] | None, new: dict[str, int]) -> dict[str, int]:
    """`old` seqs with `new` ones taken over them, one EVERY_FIELD entry when all are one seq, and
    no field named beside EVERY_FIELD at its seq. `seq_of` reads from it what `{**old, **new}` held
    for each field it names, and its largest seq is the same, as long as no field's seq goes down
    (HQ's never does: a pull applies only states newer than the row's largest seq); a field it
    does not name read as the largest seq (what a push sends as the base of a field HQ never sent:
    HQ holds no stamp of it to compare, so the base is not looked at)."""
    merged = {**old, **new} if old else dict(new)
    values = set(merged.values())
    if len(values) == 1 and len(merged) > 1:
        return {EVERY_FIELD: values.pop()}
    every = merged.get(EVERY_FIELD)
    if every is not None:
        return {k: v for k, v in merged.items() if v != every or k == EVERY_FIELD}
    return merged


def seq_of(seqs: dict[str, int], field: str, default: int) -> int:
    """The seq at which this device took `field`'s value (`default` when the row says nothing of it)."""
    return int(seqs.get(field, seqs.get(EVERY_FIELD, default)))


class TransferState(Base):
    __tablename__ = "transfer_state"
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))
    offset: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """Workspace settings that belong with the data (encrypted), e.g. last backup time, clock."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
