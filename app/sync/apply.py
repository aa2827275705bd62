"""Applying what HQ sends to the local workspace, one pull page per transaction.

- A field with a local change not yet acknowledged by HQ is left alone (the push decides it).
- Rows arriving before the row they point to (a person before its case, which HQ may number later)
  are **held**, not dropped: kept encrypted in the workspace and applied when the parent arrives.
- Cases that left this device's scope are erased: their rows, search entries, sync bookkeeping and
  the attachment files only they used.
- Received changes are audited ("received from HQ": one event per case and page, naming the case's
  records that came and what changed in each) but never written to the outbox.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, select
from sqlalchemy.orm import Session

from app.models import MODEL_BY_TABLE, Attachment, Case, Conflict, OutboxEntry, Person, Setting, SyncRow, limits
from app.models import fields as F
from app.models.base import Base
from app.models.bookkeeping import merged_seqs
from app.services.search_index import drop_person, index_new_persons, person_changed, searchable
from app.services.uow import UnitOfWork, insert_rows
from app.store.audit import RECEIVED_NEW
from app.sync import problems
from app.wire import protocol as p
from app.wire.protocol import convert

HELD_PREFIX = "sync_held:"


def pending_fields(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """Fields with local changes HQ has not acknowledged yet, per (table, row id)."""
    wanted = set(keys)
    out: dict[tuple[str, str], set[str]] = {}
    if session.scalar(select(OutboxEntry.device_seq).where(OutboxEntry.acked.is_(False)).limit(1)) is None:
        return out  # nothing waits for HQ (a new laptop's first pull)
    ids = sorted({row_id for _, row_id in wanted})
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(OutboxEntry.table_name, OutboxEntry.row_id, OutboxEntry.fields).where(
                OutboxEntry.acked.is_(False), OutboxEntry.row_id.in_(ids[start : start + 500])
            )
        ).all()
        for table, row_id, fields in rows:
            if (table, row_id) in wanted:
                out.setdefault((table, row_id), set()).update(fields or {})
    return out


def apply_page(uow: UnitOfWork, page: p.PullResponse) -> dict[str, int]:
    session = uow.session
    stats = {"received": 0, "changed": 0, "held": 0, "erased": 0, "conflicts": 0, "unappliable": 0}
    for case_id in page.exits:
        stats["erased"] += erase_case(uow, case_id)
    states = _take_held(session) + list(page.rows)
    stats["received"] = len(page.rows)
    pending = pending_fields(session, ((s.table, s.row_id) for s in states if s.table != p.CONFLICTS_TABLE))
    inserted: dict[tuple[str, str], p.RowState] = {}
    touched: list[tuple[Any, p.RowState, list[str], bool]] = []
    objects, sync_rows = _preload(session, states)
    flagged: set[tuple[str, str]] = set()  # rows kept out in whole or in part on this page
    fresh: list[FreshRow] = []  # new rows and new bookkeeping rows, kept as plain rows
    with session.no_autoflush:
        _apply_states(uow, states, pending, objects, sync_rows, inserted, touched, stats, flagged, fresh)
        _insert_fresh(session, fresh)
    problems.clear_unappliable(session, {(s.table, s.row_id) for _, s, _, _ in touched} - flagged)
    session.flush()
    held = _hold_orphans(session, inserted, objects)
    stats["held"] = len(held)
    # What was received is audited once per case (one event naming the case's records that came
    # on this page: "new", or the fields that changed), and once per record of a table that
    # belongs to no case (sites, rides, interpreters). An event per record cost a fifth of a first
    # pull (tens of thousands of hashed rows, two indexes, half of the workspace's size) and read
    # in the case's history as nine separate edits. Records with the same changed fields share one
    # details object (a record's own event's, encoded once) and its list of fields.
    runs: dict[str, list[tuple[str | None, str | None, dict[str, Any]]]] = {}
    cases: dict[str, dict[str, dict[str, Any]]] = {}  # case id -> table -> row id -> "new" or fields
    shared: dict[tuple[str, ...], dict[str, list[str]]] = {}
    new_persons: list[Any] = []
    for obj, state, changed, is_new in touched:
        if (state.table, state.row_id) in held:
            continue
        if not changed:
            continue
        stats["changed"] += 1
        if state.table == "persons":
            if is_new:
                new_persons.append(obj)
            else:
                person_changed(uow, obj, changed)
        named = tuple(changed if len(changed) <= 40 else changed[:40])
        details = shared.get(named)
        if details is None:
            details = shared[named] = {"fields": list(named)}
        if state.case_id is None or state.table not in p.CASE_TABLES:
            runs.setdefault(state.table, []).append((state.row_id, state.case_id, details))
            continue
        fields = details["fields"]
        records = cases.setdefault(state.case_id, {}).setdefault(state.table, {})
        before = records.get(state.row_id)
        if is_new or before == RECEIVED_NEW:  # a later state of a record new on this page: still new
            records[state.row_id] = RECEIVED_NEW
        elif before is None:
            records[state.row_id] = fields
        else:  # a second state of the row on this page: both changes, once each
            records[state.row_id] = sorted(set(before) | set(fields))
    index_new_persons(uow, new_persons)
    for table, events in runs.items():
        uow.note_many("sync_receive", table, events)
    uow.note_many("sync_receive", "cases", [(case_id, case_id, {"records": r}) for case_id, r in cases.items()])
    return stats


def _apply_states(
    uow: UnitOfWork,
    states: list[p.RowState],
    pending: dict[tuple[str, str], set[str]],
    objects: dict[tuple[str, str], Any],
    sync_rows: dict[tuple[str, str], Any],
    inserted: dict[tuple[str, str], p.RowState],
    touched: list[tuple[Any, p.RowState, list[str], bool]],
    stats: dict[str, int],
    flagged: set[tuple[str, str]],
    fresh: list[FreshRow],
) -> None:
    session = uow.session
    latest = ""  # the page's newest clock stamp (stamps sort as text in clock order)
    suspect = _suspect(states)
    for at, state in enumerate(states):
        if state.table == p.CONFLICTS_TABLE:
            _upsert_conflict(session, state)
            stats["conflicts"] += 1
            continue
        known = sync_rows.get((state.table, state.row_id))
        if known is not None and known.seqs and state.seq <= max(known.seqs.values()):
            continue  # this state (or a newer one) was applied already: an old bundle or a repeated page
        model = MODEL_BY_TABLE[state.table]
        skip = pending.get((state.table, state.row_id), set())
        values = convert(model, state.values, p.table_fields(state.table), skip)
        obj = objects.get((state.table, state.row_id))
        is_new = obj is None
        problem = _unstorable(model, state, values, is_new=is_new)
        if problem is None:
            # The page's records were screened together (`_suspect`); of a suspect one, only the values
            # that would change a stored row are checked (a pull of 10,000 rows changes a field or two
            # of each): a new row has all of them checked.
            if at in suspect:
                check = values if is_new else {k for k, v in values.items() if getattr(obj, k) != v}
                if check:
                    problem = _keep_out_invalid(state, values, check, is_new=is_new)
        if problem:  # HQ keeps the record; this laptop says why it cannot, instead of failing every sync
            problems.record(session, "unappliable", state.table, state.row_id, problem, case_id=state.case_id)
            stats["unappliable"] += 1
            flagged.add((state.table, state.row_id))
            if problem.endswith(NOT_STORED):
                continue
        if obj is None:
            # A plain row, not an ORM object, written with the page's other new rows in one
            # executemany per table (_insert_fresh): a first pull brings tens of thousands.
            obj = FreshRow(model, {**values, "id": state.row_id, "rev": 1, "hlc": state.hlc, "origin_device": "",
                                 "updated_by": ""})  # fmt: skip
            fresh.append(obj)
            objects[(state.table, state.row_id)] = obj
            changed = sorted(values)
            inserted[(state.table, state.row_id)] = state
        else:
            changed = [k for k, v in values.items() if getattr(obj, k) != v]
            for key in changed:
                setattr(obj, key, values[key])
            if changed:
                obj.rev = (obj.rev or 0) + 1
        if state.hlc > (obj.hlc or ""):
            obj.hlc = state.hlc
        latest = max(latest, state.hlc)
        seqs = {k: v for k, v in state.seqs.items() if k not in skip}
        _record_seqs(sync_rows, state.table, state.row_id, seqs, fresh)
        touched.append((obj, state, changed, is_new))
    uow.observe(latest)  # the next local stamp comes after every change applied


NOT_STORED = "; it was not stored"


def _suspect(states: list[p.RowState]) -> set[int]:
    """The positions of the states holding some value no record may hold, the page's records checked
    a table at a time (`F.records_with_problems`). Only these are checked field by field
    (`_keep_out_invalid`): a record whose values are all fine is fine in any of its fields."""
    by_table: dict[str, list[int]] = {}
    for at, state in enumerate(states):
        if state.table != p.CONFLICTS_TABLE:
            by_table.setdefault(state.table, []).append(at)
    out: set[int] = set()
    for table, positions in by_table.items():
        found = F.records_with_problems(table, [states[at].values for at in positions])
        out.update(positions[i] for i in found)
    return out


def _keep_out_invalid(state: p.RowState, values: dict[str, Any], fields: Iterable[str], *, is_new: bool) -> str | None:
    """Values no record may hold (sent by an older HQ or laptop: a stage "banana") are kept out:
    this laptop keeps its own value of such a field, or cannot store a new record without it.
    Checks `fields` of `values`; returns what was kept out, in words, or None; `values` loses the
    invalid fields."""
    if is_new and len(values) == len(state.values):
        checked = state.values  # a new row with every value it came with (what follows would copy it)
    else:
        wanted = set(fields)
        if wanted & {"dob", "dob_precision"}:  # a date of birth is checked with its precision
            wanted |= {"dob", "dob_precision"}
        checked = {k: state.values[k] for k in wanted if k in state.values}
    invalid = F.record_problems(state.table, checked)
    if not invalid:
        return None
    label = p.TABLE_LABELS.get(state.table, state.table)
    if is_new and invalid.keys() & p.required_fields(state.table):
        return f"HQ sent a {label} with {F.describe_problems(state.table, invalid)}{NOT_STORED}"
    for field in invalid:
        values.pop(field, None)
    if "dob" in invalid:  # a date of birth and its precision travel and stay together
        values.pop("dob_precision", None)
    return f"HQ sent a {label} with {F.describe_problems(state.table, invalid)}; this laptop kept its own value"


def _unstorable(model: type, state: p.RowState, values: dict[str, Any], *, is_new: bool) -> str | None:
    label = p.TABLE_LABELS.get(state.table, state.table)
    if not limits.is_row_id(state.row_id):
        return f"HQ sent a {label} whose id is not a valid identifier{NOT_STORED}"
    required = p.required_fields(state.table)
    missing = sorted(f for f in required if (f not in values and is_new) or (f in values and values[f] is None))
    if state.table in p.CASE_TABLES and state.table != "cases" and "case_id" in missing:
        return f"HQ sent a {label} that belongs to no case{NOT_STORED}"
    if missing:
        return f"HQ sent a {label} without {', '.join(missing[:5])}{NOT_STORED}"
    return None


def _preload(
    session: Session, states: list[p.RowState]
) -> tuple[dict[tuple[str, str], Any], dict[tuple[str, str], SyncRow]]:
    """The page's existing rows and their sync bookkeeping, a few IN queries per table."""
    objects: dict[tuple[str, str], Any] = {}
    by_table: dict[str, list[str]] = {}
    for state in states:
        if state.table != p.CONFLICTS_TABLE:
            by_table.setdefault(state.table, []).append(state.row_id)
    sync_rows: dict[tuple[str, str], SyncRow] = {}
    connection = session.connection()
    for table, ids in by_table.items():
        model = MODEL_BY_TABLE[table]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            # Which of them are here at all, by their ids alone (a first pull's rows never are):
            # only those are loaded.
            marks = ", ".join("?" * len(chunk))
            stored = _ids(connection, f'SELECT id FROM "{table}" WHERE id IN ({marks})', tuple(chunk))
            if stored:
                for obj in session.scalars(select(model).where(model.id.in_(stored))):
                    objects[(table, obj.id)] = obj
            known = _ids(
                connection,
                f"SELECT row_id FROM sync_rows WHERE table_name = ? AND row_id IN ({marks})",
                (table, *chunk),
            )
            if known:
                rows = select(SyncRow).where(SyncRow.table_name == table, SyncRow.row_id.in_(known))
                for row in session.scalars(rows):
                    sync_rows[(table, row.row_id)] = row
    return objects, sync_rows


def _ids(connection: Connection, sql: str, params: tuple[str, ...]) -> list[str]:
    return [row[0] for row in connection.exec_driver_sql(sql, params)]


class FreshRow:
    """A record a pull page brings for the first time: its column values, kept as a plain dict
    until the page's new rows are written together (an ORM object per row, made, instrumented and
    flushed, cost most of a first pull). Reads and writes of attributes go to the dict, so a later
    state of the same row on the page and the search index treat it as they treat a stored row."""

    __slots__ = ("model", "values")
    model: type
    values: dict[str, Any]

    def __init__(self, model: type, values: dict[str, Any]) -> None:
        object.__setattr__(self, "model", model)
        object.__setattr__(self, "values", values)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self.values[name] = value


def _record_seqs(
    sync_rows: dict[tuple[str, str], Any], table: str, row_id: str, seqs: dict[str, int], fresh: list[FreshRow]
) -> None:
    if not seqs:
        return
    row = sync_rows.get((table, row_id))
    if row is None:
        row = FreshRow(SyncRow, {"table_name": table, "row_id": row_id, "seqs": merged_seqs(None, seqs)})
        fresh.append(row)
        sync_rows[(table, row_id)] = row
    else:
        row.seqs = merged_seqs(row.seqs, seqs)


def _insert_fresh(session: Session, fresh: list[FreshRow]) -> None:
    """Write the page's new rows (plain rows, so later states of the same row on this page changed
    them in place) with one executemany per table (uow.insert_rows), each column converted as the
    ORM would store it; a column the row does not name gets its default, as an ORM insert gives it.
    A new person gets its search forms now, so the row is written once (index_new_persons indexes
    them). Foreign keys are deferred to commit in a unit of work; orphans are found and held after."""
    by_model: dict[type, list[dict[str, Any]]] = {}
    for row in fresh:
        by_model.setdefault(row.model, []).append(row.values)
    # Parents before children (cases before persons, persons before notes): a row written before
    # the row it points to counts as a foreign key violation until its parent comes, and while any
    # is counted SQLite looks for the children of every parent row written (a scan of the tables
    # whose reference has no index, notes.person_id: 2 s of a first pull of 10,000 cases).
    for model in sorted(by_model, key=_write_order):
        rows = by_model[model]
        table = cast(Table, model.__table__)  # type: ignore[attr-defined]
        fill = _column_defaults(table)
        for values in rows:  # in place: the row's later readers (the search index) see them too
            for key in fill.keys() - values.keys():
                values[key] = fill[key]
        if model is Person:
            for values in rows:
                values["search_latin"], values["search_native"] = searchable(cast(Person, FreshRow(model, values)))
        insert_rows(session, table, rows)


@functools.cache
def _write_order(model: type) -> int:
    """Where `model`'s table comes in an order that writes parents before their children."""
    return [t.name for t in Base.metadata.sorted_tables].index(model.__tablename__)  # type: ignore[attr-defined]


def _column_defaults(table: Table) -> dict[str, Any]:
    """What each column of `table` gets when an insert does not name it: its default (a callable
    one, such as `updated_at`'s time, called once for the page), else NULL."""
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is None:
            out[column.key] = None
        elif getattr(default, "is_scalar", False):
            out[column.key] = default.arg  # type: ignore[attr-defined]
        elif getattr(default, "is_callable", False):
            out[column.key] = default.arg(None)  # type: ignore[attr-defined]
        else:
            out[column.key] = None
    return out


def _upsert_conflict(session: Session, state: p.RowState) -> None:
    v = state.values
    row = session.get(Conflict, state.row_id)
    if row is not None and row.seq >= state.seq:
        return
    if row is None:
        row = Conflict(id=state.row_id)
        session.add(row)
    row.table_name = str(v.get("table_name", ""))
    row.row_id = str(v.get("row_id", ""))
    row.case_id = v.get("case_id")
    row.field = str(v.get("field", ""))
    row.kind = "duplicate" if v.get("kind") == "duplicate" else "concurrent"
    row.candidates = list(v.get("candidates") or [])
    row.winner = v.get("winner")
    row.created_at = str(v.get("created_at") or "")
    row.resolved = bool(v.get("resolved"))
    row.resolution = v.get("resolution")
    row.resolved_by = v.get("resolved_by")
    row.resolved_at = v.get("resolved_at")
    row.seq = state.seq


def _hold_orphans(
    session: Session, inserted: dict[tuple[str, str], p.RowState], objects: dict[tuple[str, str], Any]
) -> set[tuple[str, str]]:
    """New rows whose parent has not arrived yet: take them out of this transaction and keep them.

    Only the page's new rows are looked at (what `PRAGMA foreign_key_check` would report of them,
    without reading the whole workspace): each reference of a new row is to a row written on this
    page or to one looked up in the workspace; a row pointing to a missing or held row is held, and
    so on until no more are (a held parent orphans its children in turn)."""
    if not inserted:
        return set()
    refs: list[tuple[tuple[str, str], str, Any]] = []  # (new row, parent table, parent id)
    for key in inserted:
        values = objects[key].values
        for column, parent in _references(key[0]):
            value = values.get(column)
            if value is not None:
                refs.append((key, parent, value))
    wanted: dict[str, set[Any]] = {}
    for _key, parent, value in refs:
        if (parent, value) not in inserted:
            wanted.setdefault(parent, set()).add(value)
    missing: set[tuple[str, Any]] = set()
    for parent, ids in wanted.items():
        table = Base.metadata.tables[parent]
        column = _referenced_column(parent)
        listed = sorted(ids)
        found: set[Any] = set()
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            found.update(session.execute(select(table.c[column]).where(table.c[column].in_(chunk))).scalars())
        missing.update((parent, v) for v in ids - found)
    held: set[tuple[str, str]] = set()
    while missing:
        more = {key for key, parent, value in refs if (parent, value) in missing and key not in held}
        if not more:
            break
        held |= more
        missing = set(more)  # the rows now held are missing to their own children
    for name, row_id in sorted(held):
        rows = Base.metadata.tables[name]
        session.execute(delete(rows).where(rows.c.id == row_id))
        session.execute(delete(SyncRow).where(SyncRow.table_name == name, SyncRow.row_id == row_id))
        session.merge(Setting(key=f"{HELD_PREFIX}{name}:{row_id}", value=inserted[(name, row_id)].model_dump_json()))
    if held:
        session.flush()
    return held


@functools.cache
def _references(table: str) -> tuple[tuple[str, str], ...]:
    """(column key, parent table) of each foreign key of `table`."""
    return tuple((fk.parent.key, fk.column.table.name) for fk in Base.metadata.tables[table].foreign_keys)


@functools.cache
def _referenced_column(parent: str) -> str:
    """The column of `parent` that references to it name (its id, for every table)."""
    columns = {
        fk.column.key for t in Base.metadata.tables.values() for fk in t.foreign_keys if fk.column.table.name == parent
    }
    if len(columns) != 1:
        raise ValueError(f"references to {parent} name {sorted(columns)}")
    return columns.pop()


def _take_held(session: Session) -> list[p.RowState]:
    rows = session.scalars(select(Setting).where(Setting.key.like(f"{HELD_PREFIX}%"))).all()
    out = [p.RowState.model_validate_json(r.value) for r in rows]
    for r in rows:
        session.delete(r)
    if rows:
        session.flush()
    return out


def held_count(session: Session) -> int:
    return len(session.scalars(select(Setting.key).where(Setting.key.like(f"{HELD_PREFIX}%"))).all())


def erase_case(uow: UnitOfWork, case_id: str) -> int:
    """Remove a case that left this device's scope, with everything that belongs to it."""
    session = uow.session
    case = session.get(Case, case_id)
    if case is None:
        return 0
    hashes: set[str] = set()
    for content, thumb in session.execute(
        select(Attachment.content_hash, Attachment.thumbnail_hash).where(Attachment.case_id == case_id)
    ):
        hashes.update(h for h in (content, thumb) if h)
    for person_id in session.scalars(select(Person.id).where(Person.case_id == case_id)).all():
        drop_person(session, person_id)
    for table in reversed(p.CASE_TABLES):
        model = MODEL_BY_TABLE[table]
        # Every case table but cases has a case_id column; the model, looked up by name, is typed Synced.
        column = model.id if table == "cases" else model.case_id  # type: ignore[attr-defined]
        ids = list(session.scalars(select(model.id).where(column == case_id)))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(delete(SyncRow).where(SyncRow.table_name == table, SyncRow.row_id.in_(chunk)))
        session.execute(delete(model).where(column == case_id))
    session.execute(delete(Conflict).where(Conflict.case_id == case_id))
    session.flush()
    still_used = set(session.scalars(select(Attachment.content_hash).where(Attachment.content_hash.in_(hashes)))) | set(
        session.scalars(select(Attachment.thumbnail_hash).where(Attachment.thumbnail_hash.in_(hashes)))
    )

    def erase_unused() -> None:
        for h in hashes - still_used:
            uow.ws.vault.delete(h)

    uow.after_commit(erase_unused)
    uow.note("sync_scope_exit", "cases", case_id, case_id, {"attachments_erased": len(hashes - still_used)})
    return 1
