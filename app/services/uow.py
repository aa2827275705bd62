"""The unit of work every service call runs in.

One transaction: check the actor's role, change rows, and for each change stamp the row (rev, HLC,
device, user), append the audit event and write the outbox entry. Commit makes all of it durable
together or none of it (a crash in between leaves the previous state). The UI and CLI never hold a
session across user actions.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import operator
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Column, Table, TypeDecorator, insert, inspect, text
from sqlalchemy.orm import Session

from app.errors import InvalidInput, PermissionDenied
from app.models import Case, OutboxEntry, Person, StageChange, Synced, User, limits
from app.models.base import Base, utcnow
from app.models.natural_keys import natural_id
from app.models.roles import allowed, change_refusal, refusal_text
from app.services.search_index import drop_person, person_changed
from app.store import audit
from app.store.settings import read_setting, write_setting
from app.store.workspace import Workspace
from app.util.ids import uuid7
from app.wire.hlc import HybridClock

HLC_SETTING = "hlc_last"
DEVICE_SEQ_SETTING = "device_seq"


def plain(value: Any) -> Any:
    """A JSON-safe copy of a column value for the outbox and the audit trail."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | dict) and value:
        return json.loads(json.dumps(value, default=str))
    return value


def user_fields(obj: Synced) -> tuple[str, ...]:
    model: type = type(obj)  # (mypy takes a plain class object for unhashable: it reads __hash__ unbound)
    return _user_fields(model)


@functools.cache
def _user_fields(model: type[Synced]) -> tuple[str, ...]:
    return tuple(c.key for c in inspect(model).column_attrs if c.key not in Synced.SYNC_META)


def _apply_defaults(obj: Synced) -> None:
    for column in inspect(type(obj)).columns:
        default = column.default
        if default is None or getattr(obj, column.key, None) is not None:
            continue
        if default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default.is_callable and column.key not in ("id",):
            setattr(obj, column.key, default.arg(None))


@dataclass(frozen=True)
class NewRow:
    """A row for `UnitOfWork.create_many`: its id, its case (for the audit event), every user field
    as sent to HQ, values stored but sent as given (a datetime where `fields` holds its text) and a
    summary for the audit event."""

    id: str
    case_id: str | None
    fields: dict[str, Any]
    stored: dict[str, Any] = field(default_factory=dict)
    summary: str | None = None


class UnitOfWork:
    def __init__(
        self, ws: Workspace, session: Session, actor: str, role: str, *, rules: bool = True, reason: str | None = None
    ) -> None:
        self.ws = ws
        self.session = session
        self.actor = actor
        self.role = role
        # The role rules on each change (app/models/roles.py): off only for the workspace's own
        # bookkeeping (its first user, a set-aside change sent again), which no user asked for.
        self.rules = rules
        # Why the user makes this change, when a rule asks for one (a stage moved backwards)
        self.reason = reason
        self.device_id = ws.meta.device_id
        self._clock = HybridClock(self.device_id, read_setting(session, HLC_SETTING))
        self._device_seq = int(read_setting(session, DEVICE_SEQ_SETTING) or 0)
        self._audit_writer = audit.AuditWriter(session)
        self._outbox_rows: list[dict[str, Any]] = []
        self._deferred: dict[str, list[dict[str, Any]]] = {}
        self._fts_rowid: int | None = None
        self._after_commit: list[Callable[[], object]] = []

    def after_commit(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the transaction has committed (e.g. erase files the rows pointed to)."""
        self._after_commit.append(callback)

    def require(self, action: str) -> None:
        if not allowed(self.role, action):
            raise PermissionDenied(refusal_text(self.role, action))

    def check_change(self, obj: Synced, old: dict[str, Any] | None, changes: dict[str, Any]) -> None:
        """Refuse a change the actor's role may not make (a decision, a stage moved back without a
        reason, a user record): the same rules HQ applies to what the laptop pushes."""
        self.check_change_fields(type(obj).__tablename__, old, changes)

    def check_change_fields(self, table: str, old: dict[str, Any] | None, changes: dict[str, Any]) -> None:
        if not self.rules:
            return
        refusal = change_refusal(self.role, table, old, changes, reason=self.reason)
        if refusal:
            raise PermissionDenied(refusal)

    # ----- changes --------------------------------------------------------------------------
    def create(self, obj: Synced, *, case_id: str | None, summary: str | None = None) -> Synced:
        if not getattr(obj, "id", None):
            obj.id = uuid7()
        obj.rev = 1
        _apply_defaults(obj)  # so the outbox carries the values the row will have, not None
        # A case's first stage is dated with a StageChange, except a case whose id is made from its
        # case number (a manifest imported on several laptops makes the same record on each): each
        # laptop's date would differ and conflict; its stage is read as "since its last update".
        dated = isinstance(obj, Case) and bool(obj.stage) and obj.id != natural_id("cases", obj.case_number)
        if dated and isinstance(obj, Case) and obj.stage_since is None:
            obj.stage_since = utcnow()  # the case enters its first stage now
        fields = {k: plain(getattr(obj, k)) for k in user_fields(obj)}
        self.check_change(obj, None, fields)
        self._stamp(obj)
        self.session.add(obj)
        self._outbox(obj, fields)
        details: dict[str, Any] = {"fields": sorted(k for k, v in fields.items() if v not in (None, "", [], {}))}
        if summary:
            details["summary"] = summary
        self._audit("create", obj, case_id, details)
        if dated and isinstance(obj, Case):
            self._stage_change(obj, None)
        return obj

    def create_many(self, model: type[Synced], rows: Sequence[NewRow]) -> None:
        """New rows of one table recorded as `create` records each one (checked against the actor's
        role, stamped, queued for HQ, audited, signed at `finish`) and written with a single insert:
        for a batch of tens of thousands (a first quality-check run), where an ORM object per row
        (made, defaulted, flushed) costs most of the time (docs/benchmarks.md). Each row's `fields`
        must hold every user field (no column default is applied), and the table must be one that
        `create` gives no side effect (not cases: their stage record; not persons: their name keys).

        Per row only what differs from row to row is done: the role rule, the values' limits (the
        same verdict as `limits.fields_problem`, `_fields_problem`), a device sequence number and
        an HLC stamp, the audit event (hash-chained: `AuditWriter.append_many`, the chain `append` makes
        one by one). What every row shares (the time, the device, the user, the table, an audit
        event's encoding) is worked out once, and the rows, like the outbox entries and the audit
        events at `finish`, go to the database in one executemany each (`insert_rows`)."""
        if model in (Case, Person):
            raise ValueError("cases and persons are created one by one (their stage record, their name keys)")
        if not rows:
            return
        table, now = model.__tablename__, utcnow()
        check, stamps, outbox = self.check_change_fields, iter(self._clock.tick_many(len(rows))), self._outbox_rows
        device, actor, is_row_id = self.device_id, self.actor, limits.is_row_id
        empty: tuple[Any, ...] = (None, "", [], {})
        values = []
        events: list[tuple[str | None, str | None, dict[str, Any]]] = []
        # Rows with the same filled-in fields and summary share one details object: the audit
        # batch encodes it once (and each event still stores its own copy of the same JSON).
        shared: dict[tuple[tuple[str, ...], str | None], dict[str, Any]] = {}
        for row in rows:
            fields = row.fields
            check(table, None, fields)
            if not is_row_id(row.id):
                raise InvalidInput(f"A {table} record has an id that is not a valid identifier; nothing was saved.")
            problem = _fields_problem(fields)
            if problem:
                raise InvalidInput(f"A {table} record cannot be saved: {problem}. Nothing was saved.")
            self._device_seq += 1
            hlc = next(stamps)
            outbox.append(
                {"device_seq": self._device_seq, "table_name": table, "row_id": row.id, "rev": 1, "hlc": hlc,
                 "fields": fields, "created_at": now, "acked": False}
            )  # fmt: skip
            filled = tuple(k for k, v in fields.items() if v not in empty)
            details = shared.get((filled, row.summary))
            if details is None:
                details = shared[(filled, row.summary)] = {"fields": sorted(filled)}
                if row.summary:
                    details["summary"] = row.summary
            events.append((row.id, row.case_id, details))
            values.append(
                fields | row.stored | {"id": row.id, "rev": 1, "hlc": hlc, "origin_device": device,
                                       "updated_by": actor, "updated_at": now}
            )  # fmt: skip
        insert_rows(self.session, Base.metadata.tables[table], values)
        # hash-chained, so in order, but what the events share is encoded once (AuditWriter.append_many)
        self._audit_writer.append_many(
            actor=actor, device_id=device, action="create", entity=table, events=events, at=now
        )

    def update(self, obj: Synced, changes: dict[str, Any], *, case_id: str | None) -> dict[str, tuple[Any, Any]]:
        """Apply the changes that differ from the stored values; return {field: (old, new)}."""
        changed: dict[str, tuple[Any, Any]] = {}
        for key, new in changes.items():
            old = getattr(obj, key)
            if plain(old) != plain(new):
                changed[key] = (plain(old), plain(new))
        if not changed:
            return changed
        if isinstance(obj, Case) and "stage" in changed:
            # Every stage change is dated, whatever the path (case set, a result, the app, an import):
            # stage_since moves with the stage, in the same change, and a StageChange records the move.
            since = utcnow()
            changes = {**changes, "stage_since": since}
            changed["stage_since"] = (plain(obj.stage_since), plain(since))
        self.check_change(obj, {k: o for k, (o, _n) in changed.items()}, {k: n for k, (_o, n) in changed.items()})
        for key in changed:
            setattr(obj, key, changes[key])
        obj.rev = (obj.rev or 0) + 1
        self._stamp(obj)
        sent = {k: v[1] for k, v in changed.items()}
        if isinstance(obj, Person) and ("dob" in sent or "dob_precision" in sent):
            # A date of birth and its precision are one value: they travel, merge and conflict together.
            sent["dob"], sent["dob_precision"] = plain(obj.dob), plain(obj.dob_precision)
        self._outbox(obj, sent)
        if isinstance(obj, Person):  # every edit path keeps name search in step (names, date of birth)
            person_changed(self, obj, changed)
        if isinstance(obj, Case) and "stage" in changed:
            # recorded before the case's own event, which stays the last one and carries the reason
            self._stage_change(obj, changed["stage"][0])
        details: dict[str, Any] = {"changes": {k: [o, n] for k, (o, n) in changed.items()}}
        if self.reason:
            details["reason"] = self.reason
        self._audit("update", obj, case_id, details)
        return changed

    def _stage_change(self, case: Case, from_stage: str | None) -> None:
        """The dated record of a case's move to its current stage (one per move; sync carries it, so
        a stage change pulled from HQ arrives with its own record and is not recorded again here)."""
        record = StageChange(
            case_id=case.id,
            from_stage=from_stage,
            to_stage=case.stage,
            changed_at=case.stage_since or utcnow(),
            changed_by=self.actor,
        )
        self.create(record, case_id=case.id)

    def delete(self, obj: Synced, *, case_id: str | None) -> None:
        if obj.deleted:
            return
        self.check_change(obj, None, {"deleted": True})
        obj.deleted = True
        obj.rev = (obj.rev or 0) + 1
        self._stamp(obj)
        self._outbox(obj, {"deleted": True})
        if isinstance(obj, Person):  # a deleted person is no longer found by name
            drop_person(self.session, obj.id)
        self._audit("delete", obj, case_id, {})

    def note(
        self, action: str, entity: str, entity_id: str | None, case_id: str | None, details: dict[str, Any]
    ) -> None:
        """An audit event for something that is not a row change (export, backup, view of a case)."""
        self._audit_writer.append(
            actor=self.actor,
            device_id=self.device_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            details=details,
        )

    def note_many(
        self, action: str, entity: str, events: Sequence[tuple[str | None, str | None, dict[str, Any]]]
    ) -> None:
        """`note` for many (entity id, case id, details) of one action on one kind of entity, hashed
        into the chain as `note` would one by one (AuditWriter.append_many): a first pull notes every
        record it receives."""
        if events:
            self._audit_writer.append_many(
                actor=self.actor, device_id=self.device_id, action=action, entity=entity, events=events
            )

    # ----- bookkeeping ----------------------------------------------------------------------
    def _stamp(self, obj: Synced) -> None:
        obj.hlc = self._clock.tick()
        obj.origin_device = obj.origin_device or self.device_id
        obj.updated_by = self.actor
        obj.updated_at = utcnow()

    def _outbox(self, obj: Synced, fields: dict[str, Any]) -> None:
        self.outbox_change(type(obj).__tablename__, obj.id, fields, rev=obj.rev, hlc=obj.hlc)

    def outbox_change(
        self, table_name: str, row_id: str, fields: dict[str, Any], *, rev: int = 0, hlc: str | None = None
    ) -> str:
        """Queue a change for HQ; also used for rows that are not `Synced` (a conflict's resolution).

        The backstop of every entry path: a value the sync protocol would refuse is refused here, so a
        record that could never be sent is never stored (it would block the laptop's sync)."""
        if not limits.is_row_id(row_id):
            raise InvalidInput(f"A {table_name} record has an id that is not a valid identifier; nothing was saved.")
        problem = limits.fields_problem(fields)
        if problem:
            raise InvalidInput(f"A {table_name} record cannot be saved: {problem}. Nothing was saved.")
        self._device_seq += 1
        stamp = hlc or self._clock.tick()
        self._outbox_rows.append(
            {
                "device_seq": self._device_seq,
                "table_name": table_name,
                "row_id": row_id,
                "rev": rev,
                "hlc": stamp,
                "fields": fields,
                "created_at": utcnow(),
                "acked": False,
            }
        )
        return stamp

    def observe(self, remote_hlc: str) -> None:
        """A change from HQ was applied: the next local stamp must come after it."""
        if remote_hlc:
            self._clock.observe(remote_hlc)

    def _audit(self, action: str, obj: Synced, case_id: str | None, details: dict[str, Any]) -> None:
        self.note(action, type(obj).__tablename__, obj.id, case_id, details)

    def defer(self, sql: str, params: dict[str, Any]) -> None:
        """Queue a raw insert (search index rows) to run as one executemany before commit."""
        self._deferred.setdefault(sql, []).append(params)

    def next_fts_rowid(self) -> int:
        if self._fts_rowid is None:
            self._fts_rowid = int(
                self.session.execute(text("SELECT coalesce(max(fts_rowid), 0) FROM person_search_keys")).scalar() or 0
            )
        self._fts_rowid += 1
        return self._fts_rowid

    def checkpoint(self) -> None:
        """Write everything pending (still uncommitted) and let go of the ORM objects, so a long
        import keeps memory flat while remaining a single all-or-nothing transaction."""
        self.finish()
        self.session.expunge_all()

    def finish(self) -> None:
        """Write the buffered audit events and outbox entries and the counters (before commit)."""
        self.session.flush()
        for sql, rows in self._deferred.items():
            self.session.execute(text(sql), rows)
        self._deferred = {}
        self._audit_writer.flush(insert_rows)
        if self._outbox_rows:
            if self.rules:  # a user's own changes: signed with their key (bookkeeping is not)
                from app.services.authorship import sign_outbox

                sign_outbox(self, self._outbox_rows)
            insert_rows(self.session, OutboxEntry.__table__, self._outbox_rows)
            self._outbox_rows = []
        write_setting(self.session, HLC_SETTING, self._clock.last.encode())
        write_setting(self.session, DEVICE_SEQ_SETTING, str(self._device_seq))


# ----- writing many rows -------------------------------------------------------------------------
_FIT_BYTES = 20  # the most JSON bytes a None, a bool or an int below 10**18 takes


def _fields_problem(fields: dict[str, Any]) -> str | None:
    """`limits.fields_problem(fields)`, without serializing the values when they cannot be a
    problem: when every value is None, a bool, an int below 10**18 or ASCII text within the text
    limit, and their JSON (at most 6 bytes a character, escapes included, and 6 bytes of quotes and
    separators a field) cannot reach the size limit, its answer is None. Anything else is asked of
    `limits.fields_problem` itself, so the verdict (and its words) is always the same."""
    size = 2
    for key, value in fields.items():
        kind = type(value)
        if kind is str:
            if len(value) > limits.MAX_TEXT_CHARS or not value.isascii():
                return limits.fields_problem(fields)
            size += 6 * len(value) + 2
        elif value is None or kind is bool or (kind is int and -(10**18) < value < 10**18):
            size += _FIT_BYTES
        else:
            return limits.fields_problem(fields)
        if type(key) is not str or not key.isascii():
            return limits.fields_problem(fields)
        size += 6 * len(key) + 6
    return None if size <= limits.MAX_CHANGE_BYTES else limits.fields_problem(fields)


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (dicts holding every column of `table`) with one executemany, each value
    converted by its column type's own bind processor, as a Core insert would store it (same text,
    same JSON, same datetime format), without SQLAlchemy's per-row statement machinery, which costs
    about as much as SQLite's own work for tens of thousands of rows. A datetime shared by the rows
    (the time they were made) is converted once (equal datetimes convert alike: to the same UTC
    time). Rows missing a column go through a Core insert, which applies the column's default."""
    if not rows:
        return
    columns = list(table.columns)
    if any(c.key not in rows[0] for c in columns):
        session.execute(insert(table), rows)
        return
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "  # noqa: S608 - schema names
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    keys = [c.key for c in columns]
    # The rows as tuples, and their columns, by C-level getters and transposes (no Python step
    # per value); only the columns with a conversion are converted, a value at a time.
    pick = operator.itemgetter(*keys) if len(keys) > 1 else lambda row: (row[keys[0]],)
    tuples = list(map(pick, rows))
    converters = []
    for i, column in enumerate(columns):
        convert = column.type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            converters.append((i, convert, _is_datetime(column), _is_json(column)))
    if converters:
        values_by_column: list[Any] = list(zip(*tuples, strict=True))
        for i, convert, is_datetime, is_json in converters:
            values_by_column[i] = _converted(values_by_column[i], convert, is_datetime, is_json)
        tuples = list(zip(*values_by_column, strict=True))
    session.connection().exec_driver_sql(sql, tuples)


def _converted(values: Sequence[Any], convert: Callable[[Any], Any], is_datetime: bool, is_json: bool) -> list[Any]:
    """`[convert(v) for v in values]`, each distinct value converted once where that is safe to
    know: equal datetimes (converted alike: to the same UTC time), an empty list or dict, and the
    same JSON object met again (audit events of one kind share their details)."""
    if is_datetime:
        made: dict[Any, Any] = {}
        return [made[v] if v in made else made.setdefault(v, convert(v)) for v in values]
    if is_json:
        empty_list, empty_dict = convert([]), convert({})
        seen: dict[int, Any] = {}
        out = []
        for v in values:
            kind = type(v)
            if (kind is list or kind is dict) and not v:
                out.append(empty_list if kind is list else empty_dict)
            elif kind is list or kind is dict:
                done = seen.get(id(v))
                if done is None:
                    done = seen[id(v)] = convert(v)
                out.append(done)
            else:
                out.append(convert(v))
        return out
    return [convert(v) for v in values]


def _is_json(column: Column[Any]) -> bool:
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    return isinstance(kind, JSON)


def _is_datetime(column: Column[Any]) -> bool:
    """A datetime column, a TypeDecorator over one included (UTCDateTime: its own python_type is
    `object`, and every stamp column is one)."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    try:
        return kind.python_type is dt.datetime
    except NotImplementedError:
        return False


def actor_role(session: Session, username: str) -> str:
    if username == "@recovery":
        return "admin"  # opened with HQ's recovery key: an administrator's act by definition
    from sqlalchemy import select

    user = session.scalar(select(User).where(User.username == username, User.deleted.is_(False)))
    return user.role if user and user.active else "none"


VIEWER = "circuitride.viewer"  # session.info key: (role, user name) of whoever the session serves


def viewer_of(session: Session) -> tuple[str, str | None]:
    """The role and user name a session reads for (need-to-know filters); ("none", None) when the
    session was not opened by `reading` or `unit_of_work`, so nothing restricted is shown."""
    viewer: tuple[str, str | None] = session.info.get(VIEWER, ("none", None))
    return viewer


@contextmanager
def reading(ws: Workspace, action: str = "read_cases") -> Iterator[Session]:
    """A read-only session for queries: the role check without the write bookkeeping."""
    actor = ws.username or "system"
    with ws.session() as session:
        role = actor_role(session, actor)
        if not allowed(role, action):
            raise PermissionDenied(refusal_text(role, action))
        session.info[VIEWER] = (role, actor)
        yield session


def require_permission(ws: Workspace, action: str) -> None:
    """Refuse now, before anything is written, if the workspace's user may not do `action`."""
    with reading(ws, action):
        pass


@contextmanager
def unit_of_work(ws: Workspace, action: str | None = None, *, reason: str | None = None) -> Iterator[UnitOfWork]:
    """A transaction for `action` (checked against the actor's role). Without an action it is the
    workspace's own bookkeeping and the per-change role rules are off."""
    actor = ws.username or "system"
    with ws.session() as session:
        # Foreign keys are checked at commit: rows are written in batches whose order the ORM
        # does not derive from our plain ForeignKey columns (no relationship() objects).
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        uow = UnitOfWork(ws, session, actor, actor_role(session, actor), rules=action is not None, reason=reason)
        session.info[VIEWER] = (uow.role, actor)
        if action:
            uow.require(action)
        yield uow
        uow.finish()
    for callback in uow._after_commit:
        callback()
