"""The audit chain: every service-level change appends a hash-chained event.

hash_n = SHA-256(canonical JSON of event n, including hash_{n-1}). Editing an event, removing one
from the middle or re-ordering breaks the chain; the `audit_head` row, written in the same
transaction, pins the last sequence number and hash so that cutting events off the end is found
too. Details hold field names and old/new values; they live only in the encrypted database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.models import AuditEvent, AuditHead
from app.util.ids import uuid7

GENESIS_HASH = "0" * 64


def _canonical(event: dict[str, Any]) -> bytes:
    body = dict(event)
    body.pop("hash", None)
    body["at"] = event["at"].astimezone(dt.UTC).isoformat(timespec="microseconds")
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def event_hash(event: AuditEvent | dict[str, Any]) -> str:
    if isinstance(event, AuditEvent):
        event = {key: getattr(event, key) for key in _FIELDS}
    return hashlib.sha256(_canonical(event)).hexdigest()


_FIELDS = ("seq", "id", "at", "actor", "device_id", "action", "entity", "entity_id", "case_id", "details", "prev_hash")
# What `_canonical` encodes with: json.dumps with the same arguments builds this very encoder.
_ENCODE = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode
# What that encoder does with a str (JSONEncoder.encode hands it straight to this), without the
# call through it: a batch encodes four ids per event.
_ENCODE_TEXT = json.encoder.encode_basestring
# The fields of a batch's events that differ from event to event (the others are the batch's own).
_PER_EVENT = ("case_id", "details", "entity_id", "id", "prev_hash", "seq")


def _batch_template(shared: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The canonical JSON of a batch's events as a format string: the shared fields already
    encoded, a `{n}` for each per-event one (their names returned in that order). Built by the
    rules `_canonical` follows (keys sorted, no spaces), so filling it in gives the same bytes."""
    body = {key: shared.get(key) for key in _FIELDS if key not in _PER_EVENT}
    body["at"] = shared["at"].astimezone(dt.UTC).isoformat(timespec="microseconds")
    parts: list[str] = []
    order: list[str] = []
    for key in sorted(_FIELDS):
        if key in _PER_EVENT:
            value = "{" + str(len(order)) + "}"
            order.append(key)
        else:
            value = _ENCODE(body[key]).replace("{", "{{").replace("}", "}}")
        parts.append(_ENCODE(key) + ":" + value)
    return "{{" + ",".join(parts) + "}}", tuple(order)


def _ids(n: int) -> list[str]:
    """`n` UUIDv7 ids for a batch of events (app/util/ids.py's layout: 48 bits of Unix milliseconds,
    version 7, a 12-bit counter, variant, 62 random bits), made together: one clock reading and one
    read of the system's randomness for the batch, not two per id (a third of a batch event's cost).
    The counter starts at a random value below 0x400 and counts up, borrowing the next millisecond
    when it runs out, so the batch's ids are in order and distinct from one another; across
    batches and devices the 62 random bits keep them apart, as they do for `uuid7`."""
    if n <= 0:
        return []
    noise = os.urandom(8 * n + 2)
    ms = time.time_ns() // 1_000_000
    seq = int.from_bytes(noise[:2], "big") & 0x3FF
    out: list[str] = []
    for i in range(n):
        if seq > 0xFFF:
            ms, seq = ms + 1, 0
        rand_b = int.from_bytes(noise[2 + 8 * i : 10 + 8 * i], "big") & ((1 << 62) - 1)
        h = f"{(ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | seq << 64 | 0b10 << 62 | rand_b:032x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
        seq += 1
    return out


class AuditWriter:
    """Appends events for one transaction. Events are hashed in order as they are appended and
    written in one batch by flush(), together with the new chain head (same transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).first()
        self._has_head = head is not None
        self._seq: int = head.seq if head else 0
        self._hash: str = head.hash if head else GENESIS_HASH
        self._pending: list[dict[str, Any]] = []

    def append(
        self,
        *,
        actor: str,
        device_id: str,
        action: str,
        entity: str,
        entity_id: str | None,
        case_id: str | None,
        details: dict[str, Any],
        at: dt.datetime | None = None,
        event_id: str | None = None,
    ) -> dict[str, Any]:
        event: dict[str, Any] = {
            "seq": self._seq + 1,
            "id": event_id or uuid7(),
            "at": at or dt.datetime.now(dt.UTC),
            "actor": actor,
            "device_id": device_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "case_id": case_id,
            "details": details,
            "prev_hash": self._hash,
        }
        event["hash"] = event_hash(event)
        self._seq, self._hash = event["seq"], event["hash"]
        self._pending.append(event)
        return event

    def append_many(
        self,
        *,
        actor: str,
        device_id: str,
        action: str,
        entity: str,
        events: Iterable[tuple[str | None, str | None, dict[str, Any]]],
        at: dt.datetime | None = None,
        event_ids: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Append one event per (entity_id, case_id, details) of `events`, all made by one actor at
        one time (`at`, now by default) with one action on one kind of entity: the events and their
        hashes are exactly those `append` would make one by one with that time and those ids (the
        chain is the same chain), but what the events share is encoded once, and a details dict
        given for several events (the same object) is encoded once: a first quality-check run
        records tens of thousands of findings, and hashing them one by one cost ~18 µs each.

        The details objects must not change until `flush` (they are written as they are then)."""
        at = at or dt.datetime.now(dt.UTC)
        template, order = _batch_template(
            {"at": at, "actor": actor, "device_id": device_id, "action": action, "entity": entity}
        )
        if order != _PER_EVENT:  # the format below fills the per-event fields in this order
            raise AssertionError(f"audit batch template has fields {order}")
        fill, encode, text, sha256 = template.format, _ENCODE, _ENCODE_TEXT, hashlib.sha256
        encoded: dict[int, tuple[dict[str, Any], str]] = {}  # id(details) -> (details, its JSON)
        seq, prev = self._seq, self._hash
        made: list[dict[str, Any]] = []
        events = list(events)
        ids = list(event_ids) if event_ids is not None else _ids(len(events))
        for (entity_id, case_id, details), event_id in zip(events, ids, strict=True):
            known = encoded.get(id(details))
            if known is None or known[0] is not details:
                known = encoded[id(details)] = (details, encode(details))
            seq += 1
            before = prev
            canonical = fill(
                text(case_id) if type(case_id) is str else encode(case_id),
                known[1],
                text(entity_id) if type(entity_id) is str else encode(entity_id),
                text(event_id) if type(event_id) is str else encode(event_id),
                text(before),  # a hash (hex text)
                seq,
            )
            prev = sha256(canonical.encode()).hexdigest()
            made.append(
                {"seq": seq, "id": event_id, "at": at, "actor": actor, "device_id": device_id, "action": action,
                 "entity": entity, "entity_id": entity_id, "case_id": case_id, "details": details,
                 "prev_hash": before, "hash": prev}
            )  # fmt: skip
        self._seq, self._hash = seq, prev
        self._pending.extend(made)
        return made

    def flush(self, insert_rows: Callable[[Session, Any, list[dict[str, Any]]], None] | None = None) -> None:
        """Write the pending events and the new chain head. `insert_rows(session, table, rows)`, when
        given, writes the events (the unit of work's one-executemany insert) instead of a Core insert."""
        if not self._pending:
            return
        if insert_rows is None:
            self.session.execute(insert(AuditEvent), self._pending)
        else:
            insert_rows(self.session, AuditEvent.__table__, self._pending)
        self._pending = []
        # Core statements, not ORM state: the writer survives expunge_all() between import batches.
        if self._has_head:
            self.session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=self._seq, hash=self._hash))
        else:
            self.session.execute(insert(AuditHead).values(id=1, seq=self._seq, hash=self._hash))
            self._has_head = True


@dataclass(frozen=True, slots=True)
class ChainReport:
    events: int
    problems: list[str]


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    problems: list[str] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    last_seq = 0
    last_hash = GENESIS_HASH
    stmt = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch)
    for event in session.scalars(stmt):
        count += 1
        if event.seq != expected_seq:
            problems.append(f"audit chain: event {expected_seq} is missing (next found is {event.seq})")
        if event.prev_hash != expected_prev:
            problems.append(f"audit chain: event {event.seq} does not follow the event before it")
        if event_hash(event) != event.hash:
            problems.append(f"audit chain: event {event.seq} was altered after it was written")
        expected_prev = event.hash
        expected_seq = event.seq + 1
        last_seq, last_hash = event.seq, event.hash
        if len(problems) > 20:
            problems.append("audit chain: more problems not listed")
            break
    head = session.get(AuditHead, 1)
    if head is None and count:
        problems.append("audit chain: the chain head record is missing")
    elif head is not None and (head.seq != last_seq or head.hash != last_hash):
        problems.append(
            f"audit chain: the chain ends at event {last_seq} but {head.seq} were written "
            "(events were removed from the end)"
        )
    return ChainReport(count, problems)


RECEIVED_NEW = "new"  # in a case's receipt event: a record received for the first time (not its fields)


def received_records(entity: str, entity_id: str | None, details: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """The records one "sync_receive" audit event says were received, (table, row id) -> "new" or
    the fields that changed: a case's event names its records; a record's own event (a table that
    belongs to no case, or a workspace from before receipts were grouped by case) names itself."""
    records = details.get("records")
    if isinstance(records, dict):
        return {
            (table, row_id): what
            for table, rows in records.items()
            if isinstance(rows, dict)
            for row_id, what in rows.items()
        }
    return {} if entity_id is None else {(entity, entity_id): details.get("fields") or []}
