"""Applying pushes and answering pulls: the one code path for network pushes and sneakernet bundles.

Field-level merge, per incoming change and field:
- the field was never set, or the device had seen its latest value (`base` >= the field's seq), or
  the latest value came from the same device: a sequential edit, applied;
- otherwise the edit is concurrent. Equal values merge silently. Different values make (or join)
  the field's one open **conflict**: both candidates are kept on the conflict record, the higher
  HLC (device id as tie-break, inside the stamp) is applied provisionally everywhere, and a person
  resolves it later; the resolution travels as an ordinary change.
- edit vs delete: the edit survives (the row stays or comes back) and the delete becomes a conflict
  on the `deleted` field, whichever order they arrive in.

A batch is applied in one transaction holding the sequence counter's lock, so re-sending a batch is
harmless (changes up to `accepted_through` are skipped) and a crash mid-batch leaves nothing.

Each change is judged twice before it is applied: what its device may touch (`_Batch.refusal`: its
ride, reference data) and what the user who signed it may do (app/hq/authorship.py: the laptop's
own role rules, with the role HQ gives that user; an unsigned change has an interviewer's rights).
A refused change changes nothing and comes back to the laptop with the reason.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import orjson
from sqlalchemy import String, Text, and_, any_, bindparam, func, insert, or_, select
from sqlalchemy import cast as cast_
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.errors import CircuitRideError
from app.hq import authorship, blobaccess
from app.hq.models import CaseScope, Counter, Device, Key, Receipt, Row, ScopeExit, meta_seqs, meta_stamps, pack_meta
from app.hq.store import TextArray
from app.models import fields as F
from app.models.base import utcnow
from app.models.natural_keys import KEYED_FIELDS, natural_keys
from app.util import jsoncodec
from app.wire import protocol as p

if TYPE_CHECKING:
    import psycopg

_AS_IS = NullType()  # a bound value SQLAlchemy passes through untouched (psycopg adapts TextArray itself)
OPEN = 4  # index of the open conflict id in a field's meta list
DOB_PAIR = ("dob", "dob_precision")  # one value for merging (see `apply`)
HQ_EDIT = ""  # the "device" of a field value HQ set itself


class PushRefused(CircuitRideError):
    """The whole batch cannot be taken (HTTP status in `.status`); nothing was applied."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def lock_counter(session: Session) -> Counter:
    return session.execute(select(Counter).where(Counter.id == 1).with_for_update()).scalar_one()


def current_seq(session: Session) -> int:
    return int(session.scalar(select(Counter.seq).where(Counter.id == 1)) or 0)


def _conflict_id(table: str, row_id: str, field: str, seq: int) -> str:
    # Deterministic (same batch, same id on a retry) and shaped like our other ids.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"circuitride:conflict/{table}/{row_id}/{field}/{seq}"))


@dataclass
class _NewScope:
    """A scope first made in this batch (a plain object: an ORM instance costs more to create)."""

    case_id: str
    ride_id: str | None


@dataclass
class _NewRow:
    """A row first seen in this batch: inserted in one multi-row INSERT when the batch ends (the ORM's
    per-object bookkeeping cost more than the merge itself)."""

    table_name: str
    row_id: str
    case_id: str | None
    values: dict[str, Any]
    meta: dict[str, Any]
    hlc: str
    seq: int
    deleted: bool = False


# A row or scope of the batch: as stored (an ORM object) or first made in this batch.
_AnyRow = Row | _NewRow
_AnyScope = CaseScope | _NewScope


# New rows and scopes on PostgreSQL go in by COPY: cheaper for PostgreSQL than one
# INSERT ... SELECT FROM json_to_recordset(rows as one JSON parameter), which was itself cheaper
# than a multi-row VALUES list (new statement text for every batch size) or an executemany
# (docs/benchmarks.md).
_PG_COPY_ROWS = 'COPY hq_rows (table_name, row_id, case_id, "values", meta, hlc, seq, deleted) FROM STDIN'
_PG_COPY_SCOPES = "COPY hq_case_scope (case_id, ride_id) FROM STDIN"
_PG_COPY_KEYS = "COPY hq_keys (kind, key, row_id) FROM STDIN"
_SQLITE_INSERT_ROWS = 'INSERT INTO hq_rows (table_name, row_id, case_id, "values", meta, hlc, seq, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'


class _Batch:
    """The changes of one or several pushes applied in one pass: rows read once, new rows written once."""

    def __init__(self, session: Session, counter: Counter) -> None:
        self.session, self.counter = session, counter
        self.device: Device  # the device whose changes are being applied
        self.new_rows: list[_NewRow] = []
        self.new_scopes: dict[str, dict[str, Any]] = {}
        self.conflicts = 0
        self.keys: dict[tuple[str, str], set[str]] = {}  # natural key -> live rows holding it
        # (kind, key, row id) -> (held after the batch, may be in hq_keys already)
        self.key_writes: dict[tuple[str, str, str], tuple[bool, bool]] = {}
        self.now = utcnow().isoformat()
        self.postgres = session.get_bind().dialect.name == "postgresql"

    def preload(self, changes: list[p.Change]) -> None:
        """Fetch every row and scope the batch touches in a few queries, not a few per change."""
        self.rows: dict[tuple[str, str], _AnyRow | None] = {(c.table, c.row_id): None for c in changes}
        pointers = {t: [(f, target) for f, target in p.references(t).items() if f != "case_id"] for t in p.SYNC_TABLES}
        for c in changes:  # the rows they point at (a person an attachment names): checked in `refusal`
            for field, target in pointers.get(c.table, ()):
                value = c.fields.get(field)
                if isinstance(value, str):
                    self.rows.setdefault((target, value), None)
        by_table: dict[str, list[str]] = {}
        for table, row_id in self.rows:
            by_table.setdefault(table, []).append(row_id)
        step = 5000  # one parameter (`_among`)
        for table, ids in by_table.items():  # (table, id) is the primary key: each query is an index lookup
            for start in range(0, len(ids), step):
                query = select(Row).where(Row.table_name == table, self._among(Row.row_id, ids[start : start + step]))
                for row in self.session.scalars(query):
                    self.rows[(row.table_name, row.row_id)] = row
        self._preload_keys(changes)
        case_ids = {r.case_id for r in self.rows.values() if r is not None and r.case_id}
        case_ids |= {cid for c in changes if (cid := p.case_id_of(c.table, c.row_id, c.fields))}
        self.scopes: dict[str, _AnyScope | None] = dict.fromkeys(case_ids)
        ordered = sorted(case_ids)
        for start in range(0, len(ordered), step):
            for scope in self.session.scalars(
                select(CaseScope).where(self._among(CaseScope.case_id, ordered[start : start + step]))
            ):
                self.scopes[scope.case_id] = scope

    def _preload_keys(self, changes: list[p.Change]) -> None:
        """Who holds the natural keys the batch's changes may give their rows: a query per kind."""
        wanted: dict[str, set[str]] = {}
        for change in changes:
            for kind, key in natural_keys(change.table, change.fields):
                wanted.setdefault(kind, set()).add(key)
        for kind, keys in wanted.items():
            ordered = sorted(keys)
            for start in range(0, len(ordered), 5000):
                chunk = ordered[start : start + 5000]
                for key in chunk:
                    self.keys.setdefault((kind, key), set())
                for key, row_id in self.session.execute(
                    select(Key.key, Key.row_id).where(Key.kind == kind, self._among(Key.key, chunk))
                ):
                    self.keys[(kind, key)].add(row_id)

    def _among(self, column: Any, values: list[str]) -> Any:
        """`column IN (...)`; on PostgreSQL `column = ANY(array)`, one parameter whatever the count, so
        the statement text stays the same and psycopg parses it once and PostgreSQL prepares it."""
        if self.postgres:
            return column == any_(bindparam("among", TextArray(values), type_=_AS_IS))
        # SQLite: the ids as one JSON array parameter, read by json_each (a list of bound parameters
        # had SQLAlchemy write and SQLite parse a new statement for each chunk of 500).
        ids = func.json_each(bindparam("among", _dumps_list(values), type_=String)).table_valued("value")
        return column.in_(select(ids.c.value))

    def row(self, table: str, row_id: str) -> _AnyRow | None:
        key = (table, row_id)
        if key not in self.rows:
            self.rows[key] = self.session.get(Row, key)
        return self.rows[key]

    def scope(self, case_id: str) -> _AnyScope | None:
        if case_id not in self.scopes:
            self.scopes[case_id] = self.session.get(CaseScope, case_id)
        return self.scopes[case_id]

    def next_seq(self) -> int:
        self.counter.seq += 1
        return self.counter.seq

    # ----- what a device may change ----------------------------------------------------------------
    def refusal(self, change: p.Change, row: _AnyRow | None) -> str | None:
        """Why this batch's device may not make `change`, in words (None: it may).

        Judged on the row as HQ stores it, not on what the change claims: a row's case is the one it
        was created in and never changes, so a change cannot carry a record out of its case or into
        another ride's (sending a row first without its case, then with another ride's, is refused
        at the first step). Reference data (sites, rides, interpreters, forms) is written only by
        devices HQ enrolled for it. A record may point only at rows HQ has, of its own case."""
        table = change.table
        label = p.TABLE_LABELS.get(table, table)
        if table in p.REFERENCE_TABLES:
            if not self.device.reference_data:
                return (
                    f"this laptop may not add or change reference data (a {label}); HQ or a team lead's laptop "
                    "enrolled for it maintains sites, rides, interpreters and forms"
                )
            return self._incomplete(change, row)
        if table == p.CONFLICTS_TABLE:
            if row is None:
                return "unknown conflict record"
            if row.case_id is None:
                return (
                    None if self.device.reference_data else "this laptop may not settle conflicts about reference data"
                )
            return self._outside_ride(change, row, row.case_id)
        if row is not None:
            case_id = row.case_id
            if table != "cases" and "case_id" in change.fields and change.fields["case_id"] != case_id:
                return f"a {label} cannot move to another case"
            if case_id is None:  # stored by an older HQ without a case: nothing may build on it
                return f"this {label} belongs to no case at HQ"
        else:
            case_id = p.case_id_of(table, change.row_id, change.fields)
            if case_id is None:
                return f"a new {label} must belong to a case"
        return (
            self._incomplete(change, row)
            or self._outside_ride(change, row, case_id)
            or self._bad_reference(change, case_id)
        )

    @staticmethod
    def _incomplete(change: p.Change, row: _AnyRow | None) -> str | None:
        """A new row must carry what no row can be stored without (a note its text, a person a role)."""
        if row is not None:
            return None
        missing = sorted(f for f in p.required_fields(change.table) if change.fields.get(f) is None)
        if missing:
            return f"a new {p.TABLE_LABELS.get(change.table, change.table)} must carry {', '.join(missing[:5])}"
        return None

    def _outside_ride(self, change: p.Change, row: _AnyRow | None, case_id: str) -> str | None:
        scope = self.scope(case_id)
        if scope is None and change.table != "cases":
            return "its case is unknown at HQ (the case itself was refused or has not been sent)"
        ride = self.device.ride_id
        if ride is None:
            return None
        if scope is not None and scope.ride_id != ride:
            return "its case is outside this laptop's circuit ride"
        if change.table == "cases" and "ride_id" in change.fields and change.fields["ride_id"] != ride:
            # a case registered on the ride without naming it joins the ride (see `apply`)
            if not (row is None and change.fields.get("ride_id") is None):
                return "a laptop may not move a case to another circuit ride"
        return None

    def _bad_reference(self, change: p.Change, case_id: str) -> str | None:
        for field, target_table in p.references(change.table).items():
            value = change.fields.get(field)
            if field == "case_id" or value is None:
                continue
            target_label = p.TABLE_LABELS.get(target_table, target_table)
            target = self.row(target_table, value) if isinstance(value, str) else None
            if target is None:
                return f"{field} names a {target_label} HQ does not have"
            if target_table in p.CASE_TABLES and target.case_id != case_id:
                return f"{field} names a {target_label} of another case"
        return None

    # ----- merge ---------------------------------------------------------------------------------
    def apply(self, change: p.Change, row: _AnyRow | None) -> None:
        """Merge `change` into `row`, the row it changes as this batch holds it (`row()`; None: a new one)."""
        seq = self.next_seq()
        new = row is None
        if row is None:
            row = _NewRow(
                table_name=change.table,
                row_id=change.row_id,
                case_id=p.case_id_of(change.table, change.row_id, change.fields),
                values={},
                meta={},
                hlc="",
                seq=seq,
                deleted=False,
            )
            self.new_rows.append(row)
            self.rows[(change.table, change.row_id)] = row
        old_keys = [] if new or row.deleted else natural_keys(change.table, row.values or {})
        if new:
            values: dict[str, Any] = {}
            meta: dict[str, list[Any]] = {}
        else:
            values, meta = dict(row.values or {}), {k: list(v) for k, v in (row.meta or {}).items()}
        me, by, hlc, base = self.device.device_id or "", change.by, change.hlc, change.base
        seen = max(base.values(), default=0)

        def stamp(field: str, open_id: str | None) -> None:
            meta[field] = [seq, hlc, me, by, open_id]

        def concurrent(field: str) -> bool:
            cur = meta.get(field)
            return cur is not None and cur[0] > base.get(field, seen) and cur[2] != me

        fields = dict(change.fields)
        if change.table == p.CONFLICTS_TABLE:
            fields = {k: v for k, v in fields.items() if k in p.CONFLICT_DEVICE_FIELDS}
        if fields.get("deleted") is True and not values.get("deleted"):
            edited = [f for f in meta if f != "deleted" and concurrent(f)]
            if edited:  # delete vs a concurrent edit: the edit survives, the delete is kept as a conflict
                fields.pop("deleted")
                cur = meta.get("deleted") or [0, "", "", "", None]
                editor = meta[edited[0]]
                open_id = self._conflict(
                    row,
                    "deleted",
                    cur[OPEN],
                    current={"value": False, "hlc": editor[1], "device": editor[2], "by": editor[3]},
                    incoming={"value": True, "hlc": change.hlc, "device": me, "by": by},
                    winner=False,
                    seq=seq,
                )
                meta["deleted"] = [cur[0], cur[1], cur[2], cur[3], open_id]
        elif values.get("deleted") and "deleted" not in fields and concurrent("deleted"):
            # an edit of a row someone else deleted meanwhile: the row comes back, the delete is kept
            cur = meta["deleted"]
            open_id = self._conflict(
                row,
                "deleted",
                cur[OPEN],
                current={"value": True, "hlc": cur[1], "device": cur[2], "by": cur[3]},
                incoming={"value": False, "hlc": change.hlc, "device": me, "by": by},
                winner=False,
                seq=seq,
            )
            values["deleted"] = False
            stamp("deleted", open_id)

        if change.table == "persons" and fields.keys() & set(DOB_PAIR):
            # A date of birth and its precision are one value: merged, conflicting and resolved
            # together (two half-conflicts could be settled into "1981 [exact]"). An older laptop
            # sends one half: the other is the stored one.
            pair = {f: fields.pop(f) if f in fields else values.get(f) for f in DOB_PAIR}
            stored = {f: values.get(f) for f in DOB_PAIR}
            clash = [f for f in DOB_PAIR if concurrent(f)]
            if not clash:
                for f in DOB_PAIR:
                    values[f] = pair[f]
                    stamp(f, meta[f][OPEN] if f in meta else None)
            elif pair != stored:
                cur = meta[clash[0]]
                incoming_wins = change.hlc > cur[1]
                open_id = self._conflict(
                    row,
                    "dob",
                    (meta.get("dob") or [None] * 5)[OPEN],
                    current={"value": stored, "hlc": cur[1], "device": cur[2], "by": cur[3]},
                    incoming={"value": pair, "hlc": change.hlc, "device": me, "by": by},
                    winner=pair if incoming_wins else stored,
                    seq=seq,
                )
                for f in DOB_PAIR:
                    if incoming_wins:
                        values[f] = pair[f]
                        stamp(f, open_id)
                    else:
                        meta[f] = [*(meta.get(f) or [0, "", "", "", None])[:OPEN], open_id]

        for field, value in fields.items():
            last = meta.get(field)
            # `concurrent(field)` and `stamp(...)` written out: this loop runs for every field pushed
            if last is None:
                values[field] = value
                meta[field] = [seq, hlc, me, by, None]
            elif not (last[0] > base.get(field, seen) and last[2] != me):
                values[field] = value
                meta[field] = [seq, hlc, me, by, last[OPEN]]
            elif values.get(field) == value:
                pass  # both sides made the same edit: nothing to decide
            else:
                incoming_wins = change.hlc > last[1]
                open_id = self._conflict(
                    row,
                    field,
                    last[OPEN],
                    current={"value": values.get(field), "hlc": last[1], "device": last[2], "by": last[3]},
                    incoming={"value": value, "hlc": change.hlc, "device": me, "by": by},
                    winner=value if incoming_wins else values.get(field),
                    seq=seq,
                )
                if incoming_wins:
                    values[field] = value
                    stamp(field, open_id)
                else:
                    meta[field] = [*last[:OPEN], open_id]

        if change.table == "cases" and self.device.ride_id and values.get("ride_id") is None:
            # A laptop enrolled for a ride registered this case without naming the ride: it belongs to that ride.
            values["ride_id"] = self.device.ride_id
            # stamped as HQ's own edit, not the device's: the device must receive it (see `pull`)
            meta["ride_id"] = [seq, change.hlc, HQ_EDIT, by, None]
            fields["ride_id"] = self.device.ride_id
        if change.table == p.CONFLICTS_TABLE and fields.get("resolved") is True:
            self._close_conflict(values)
        row.values = values
        row.meta = meta
        row.deleted = bool(values.get("deleted", False))
        row.hlc = max(row.hlc or "", change.hlc)
        row.seq = seq
        if change.table == "cases" and ("ride_id" in fields or self.scope(row.row_id) is None):
            self._rescope(row.row_id, values.get("ride_id"))
        if change.table in KEYED_FIELDS:
            self._rekey(row, old_keys, change, seq)

    # ----- natural keys (app/models/natural_keys.py) ---------------------------------------------------
    def _holders(self, kind: str, key: str) -> set[str]:
        found = self.keys.get((kind, key))
        if found is None:
            found = self.keys[(kind, key)] = set(
                self.session.scalars(select(Key.row_id).where(Key.kind == kind, Key.key == key))
            )
        return found

    def _rekey(self, row: _AnyRow, old_keys: list[tuple[str, str]], change: p.Change, seq: int) -> None:
        """Keep the row's natural keys indexed; a key it newly holds that another live row holds too
        (the same case number registered on two laptops offline) becomes a conflict for a team lead:
        both rows are kept, nothing is merged or dropped silently."""
        new_keys = [] if row.deleted else natural_keys(row.table_name, row.values)
        writes = self.key_writes
        for kind, key in set(old_keys) - set(new_keys):
            self._holders(kind, key).discard(row.row_id)
            entry = (kind, key, row.row_id)
            writes[entry] = (False, writes[entry][1] if entry in writes else True)
        for kind, key in dict.fromkeys(k for k in new_keys if k not in old_keys):
            holders = self._holders(kind, key)
            others = sorted(holders - {row.row_id})
            holders.add(row.row_id)
            entry = (kind, key, row.row_id)
            writes[entry] = (True, writes[entry][1] if entry in writes else False)
            if others:
                self._duplicate(row, kind, others[0], change, seq)

    def _duplicate(self, row: _AnyRow, kind: str, other_id: str, change: p.Change, seq: int) -> None:
        field = next(f for f, k in KEYED_FIELDS[row.table_name] if k == kind)
        other = self.row(row.table_name, other_id)
        other_meta = (other.meta or {}).get(field) if other is not None else None
        value = row.values.get(field)
        self._conflict(
            row,
            field,
            None,
            current={
                "value": other.values.get(field) if other is not None else value,
                "hlc": other_meta[1] if other_meta else "",
                "device": other_meta[2] if other_meta else "",
                "by": other_meta[3] if other_meta else "",
                "row_id": other_id,
                "case_id": other.case_id if other is not None else None,
            },
            incoming={
                "value": value,
                "hlc": change.hlc,
                "device": self.device.device_id or "",
                "by": change.by,
                "row_id": row.row_id,
                "case_id": row.case_id,
            },
            winner=value,
            seq=seq,
            kind="duplicate",
        )

    def _conflict(
        self,
        row: _AnyRow,
        field: str,
        open_id: str | None,
        *,
        current: dict[str, Any],
        incoming: dict[str, Any],
        winner: Any,
        seq: int,
        kind: str = "concurrent",
    ) -> str:
        """Create the field's open conflict record or add a candidate to it; returns its id.
        `kind`: "concurrent" (two edits of one field) or "duplicate" (two rows, one natural key)."""
        conflict = self.row(p.CONFLICTS_TABLE, open_id) if open_id else None
        if open_id is None or conflict is None or conflict.values.get("resolved"):
            open_id = _conflict_id(
                row.table_name, row.row_id, field if kind == "concurrent" else f"{field}:{kind}", seq
            )
            conflict = _NewRow(
                table_name=p.CONFLICTS_TABLE,
                row_id=open_id,
                case_id=row.case_id,
                values={
                    "table_name": row.table_name,
                    "row_id": row.row_id,
                    "case_id": row.case_id,
                    "field": field,
                    "kind": kind,
                    "candidates": [current],
                    "created_at": self.now,
                    "resolved": False,
                    "resolution": None,
                    "resolved_by": None,
                    "resolved_at": None,
                },
                meta={},
                hlc=incoming["hlc"],
                seq=seq,
                deleted=False,
            )
            self.new_rows.append(conflict)
            self.rows[(p.CONFLICTS_TABLE, open_id)] = conflict
            self.conflicts += 1
        candidates = [c for c in conflict.values["candidates"] if c.get("device") != incoming["device"]]
        candidates.append(incoming)
        conflict.values = {**conflict.values, "candidates": candidates, "winner": winner}
        conflict.hlc = max(conflict.hlc or "", incoming["hlc"])
        conflict.seq = self.next_seq()
        return open_id

    def _close_conflict(self, conflict_values: dict[str, Any]) -> None:
        if conflict_values.get("kind") == "duplicate":
            return  # not linked from the field (the new value itself is checked against the keys)
        target = self.row(str(conflict_values.get("table_name")), str(conflict_values.get("row_id")))
        if target is None:
            return
        field = conflict_values.get("field")
        meta = {k: list(v) for k, v in (target.meta or {}).items()}
        for f in DOB_PAIR if field in DOB_PAIR and target.table_name == "persons" else (field,):
            if f in meta:
                meta[f][OPEN] = None
        target.meta = meta

    def finish(self) -> None:
        """Insert the rows and scopes first seen in this batch (one COPY or multi-row INSERT each)."""
        if self.new_rows:
            dumps, pack = _dumps, pack_meta  # meta in its compact stored form, as Row.meta's type writes it
            tuples = [
                (r.table_name, r.row_id, r.case_id, dumps(r.values), dumps(pack(r.meta)), r.hlc, r.seq, r.deleted)
                for r in self.new_rows
            ]
            if self.postgres:
                self._copy(_PG_COPY_ROWS, tuples)
            else:  # SQLite: one executemany of plain tuples (the ORM's bulk insert cost a third more)
                self.session.connection().exec_driver_sql(_SQLITE_INSERT_ROWS, tuples)
            for r in self.new_rows:  # later changes in the batch must update the stored row, not this copy
                self.rows.pop((r.table_name, r.row_id), None)
            self.new_rows = []
        self._write_keys()
        if self.new_scopes:
            if self.postgres:
                self._copy(_PG_COPY_SCOPES, [(s["case_id"], s["ride_id"]) for s in self.new_scopes.values()])
            else:
                self.session.execute(insert(CaseScope), list(self.new_scopes.values()))
            for case_id in self.new_scopes:
                self.scopes.pop(case_id, None)  # read back from the database if needed again
            self.new_scopes = {}

    def _write_keys(self) -> None:
        """The batch's net key changes: keys that may be stored are deleted, those held inserted."""
        if not self.key_writes:
            return
        stale = [{"k_kind": k, "k_key": v, "k_row": r} for (k, v, r), (_, stored) in self.key_writes.items() if stored]
        if stale:
            table = Key.__table__
            self.session.execute(
                table.delete().where(
                    table.c.kind == bindparam("k_kind"),
                    table.c.key == bindparam("k_key"),
                    table.c.row_id == bindparam("k_row"),
                ),
                stale,
            )
        held = [(k, v, r) for (k, v, r), (keep, _) in self.key_writes.items() if keep]
        if held:
            if self.postgres:
                self._copy(_PG_COPY_KEYS, held)
            else:
                self.session.execute(insert(Key), [{"kind": k, "key": v, "row_id": r} for k, v, r in held])
        self.key_writes = {}

    def _copy(self, statement: str, rows: list[tuple[Any, ...]]) -> None:
        """COPY `rows` in, on this session's connection and so in its transaction (PostgreSQL only)."""
        driver = cast("psycopg.Connection[Any]", self.session.connection().connection.driver_connection)
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)

    def _rescope(self, case_id: str, ride_id: Any) -> None:
        ride = ride_id if isinstance(ride_id, str) else None
        scope = self.scope(case_id)
        if scope is None:
            scope = _NewScope(case_id=case_id, ride_id=ride)  # inserted by finish()
            self.new_scopes[case_id] = {"case_id": case_id, "ride_id": ride}
            self.scopes[case_id] = scope
            return
        if scope.ride_id == ride:
            return
        if case_id in self.new_scopes:  # created in this very batch: nobody has received it yet
            scope.ride_id = ride
            self.new_scopes[case_id]["ride_id"] = ride
            return
        old = scope.ride_id
        scope.ride_id = ride
        self.session.add(ScopeExit(seq=self.next_seq(), case_id=case_id, ride_id=old))
        # The new ride's devices have pulled past these rows: give them fresh sequence numbers.
        self.finish()
        self.session.flush()
        rows = self.session.scalars(select(Row).where(Row.case_id == case_id).order_by(Row.seq)).all()
        for r in rows:
            r.seq = self.next_seq()


def _dumps(value: dict[str, Any]) -> str:
    """A row's values or meta as JSON text: orjson without jsoncodec's OPT_NON_STR_KEYS (a slower path),
    which these never need: their keys, at every depth, are text (field names, or keys of JSON HQ parsed)."""
    return orjson.dumps(value).decode()


def _dumps_list(values: list[str]) -> str:
    return orjson.dumps(values).decode()


def _invalid_values(changes: list[p.Change]) -> str | None:
    """The field rules every record obeys (app/models/fields.py), checked before anything of the
    push is applied: a value no laptop would accept (a stage "banana") is refused with the change
    that carries it, and the push changes nothing. Laptops check the same rules before sending.
    The changes are checked a table at a time (`F.records_with_problems`); the first one refused is named."""
    by_table: dict[str, list[int]] = {}
    for at, change in enumerate(changes):
        by_table.setdefault(change.table, []).append(at)
    first: int | None = None
    for table, positions in by_table.items():
        flagged = F.records_with_problems(table, [changes[at].fields for at in positions])
        if flagged and (first is None or positions[flagged[0]] < first):
            first = positions[flagged[0]]
    if first is None:
        return None
    change = changes[first]
    problems = F.record_problems(change.table, change.fields)
    label = p.TABLE_LABELS.get(change.table, change.table)
    return (
        f"change #{change.device_seq} ({label}) holds a value no record may hold: "
        f"{F.describe_problems(change.table, problems)}; nothing of this push was applied"
    )


def apply_push(
    session: Session, device: Device, request: p.PushRequest, counter: Counter | None = None
) -> p.PushResponse:
    """Apply one batch from `device` inside the caller's transaction (the caller commits). A caller
    that already holds the counter's lock passes it, having read `device` after taking it."""
    if counter is None:
        counter = lock_counter(session)
        session.refresh(device)  # read again under the lock: a push of the same device may have just committed
    (result,) = apply_pushes(session, [(device, request)], counter)
    if isinstance(result, PushRefused):
        raise result
    return result


def apply_pushes(
    session: Session, pushes: list[tuple[Device, p.PushRequest]], counter: Counter
) -> list[p.PushResponse | PushRefused]:
    """Apply batches, of one device or several, in order inside the caller's transaction, which
    holds the counter's lock. They share their reads and writes: one preload of every row they touch,
    one insert of the rows they create, one of their receipts (HQ's group commit merges fifty pushes
    in about as many statements as one). A batch that cannot be taken is answered by its
    `PushRefused`, in its place in the list, and changes nothing; the others are applied."""
    batch = _Batch(session, counter)
    batch.preload([c for _, request in pushes for c in request.changes])
    signed = authorship.authors(session, pushes)
    answers: list[p.PushResponse | PushRefused] = []
    receipts: list[dict[str, Any]] = []
    named: list[tuple[Device, set[str]]] = []  # files named by accepted attachment changes
    with session.no_autoflush:
        for (device, request), authors in zip(pushes, signed, strict=True):
            done = device.accepted_through
            if request.after > done:
                answers.append(
                    PushRefused(
                        409,
                        f"HQ has this device's changes only up to {done}, not {request.after}; "
                        "HQ may have been restored. Ask HQ support before syncing again.",
                    )
                )
                continue
            pending = [c for c in request.changes if c.device_seq > done]
            invalid = _invalid_values(pending)
            if invalid:
                answers.append(PushRefused(422, invalid))
                continue
            confirm_enrollment(device)
            batch.device, batch.conflicts = device, 0
            rejected: list[p.Rejected] = []
            first_seq = counter.seq + 1
            for change in pending:
                row = batch.row(change.table, change.row_id)
                author = authors.get(change.device_seq, authorship.UNSIGNED)
                # What the device may touch (its ride, reference data), then what its user may do.
                reason = batch.refusal(change, row) or authorship.refusal(
                    author, change, row.values if row is not None else None
                )
                if reason:
                    rejected.append(p.Rejected(device_seq=change.device_seq, reason=reason))
                    continue
                if author.verified and change.by != author.user:
                    change = change.model_copy(update={"by": author.user})  # who made it, as signed
                batch.apply(change, row)
                if change.table == "attachments":
                    files = blobaccess.named_by([change])
                    if files:
                        named.append((device, files))
            device.accepted_through = max(done, request.changes[-1].device_seq)
            device.device_head = max(device.device_head, request.device_head, device.accepted_through)
            device.last_push_at = now = utcnow()
            receipts.append(
                {
                    "device_id": device.device_id or device.id,
                    "at": now,
                    "kind": "push",
                    "first_seq": first_seq,
                    "last_seq": counter.seq,
                    "count": len(pending),
                    "conflicts": batch.conflicts,
                }
            )
            answers.append(
                p.PushResponse(
                    accepted_through=device.accepted_through,
                    conflicts=batch.conflicts,
                    rejected=rejected,
                    server_seq=counter.seq,
                )
            )
        batch.finish()
    if receipts:
        session.execute(insert(Receipt), receipts)
    for device, files in named:
        blobaccess.vouch(session, device, files)
    return answers


# Rows without a case that every device receives. A row of a case table without a case (an older
# HQ stored some) goes to nobody: no laptop could apply it.
SHARED_TABLES = (*p.REFERENCE_TABLES, p.CONFLICTS_TABLE)


def scope_filter(device: Device) -> Any:
    """The rows `device` receives. The test reads `case_id || ''` (the same value; NULL stays NULL),
    which no index answers: given the case column itself, SQLite fetched every row of the ride past
    a pull's `since` through ix_hq_rows_case_seq and sorted them all, for each page (0.9 s a page for
    a 10,000-case ride, a first pull's pages costing more the more there were); walking ix_hq_rows_seq
    in order and testing each row's scope stops at the page's limit (0.05 s a page)."""
    case_id = Row.case_id.concat("")
    shared = and_(case_id.is_(None), Row.table_name.in_(SHARED_TABLES))
    if device.ride_id is None:
        return or_(case_id.is_not(None), shared)
    in_ride = select(CaseScope.case_id).where(CaseScope.ride_id == device.ride_id)
    return or_(shared, case_id.in_(in_ride))


@dataclass
class PullPage:
    """A pull page as HQ read it: each row's `values` still the JSON text HQ stored (a page is only
    passed on, so it is neither parsed nor encoded again: `pull_json`), its `seqs` read from its meta."""

    rows: list[tuple[str, str, str | None, str, dict[str, int], str, int, bool]]
    exits: list[str]
    next: int
    more: bool
    server_seq: int


def read_page(session: Session, device: Device, since: int, limit: int = p.MAX_PAGE) -> PullPage:
    """The rows `device` receives after `since`, at most `limit` of them and about MAX_PAGE_BYTES of
    values (its own echoes left out, see `_own_echo`), the cases that left its scope meanwhile, and
    the cursor of the next page."""
    limit = max(1, min(limit, p.MAX_PAGE))
    server_seq = current_seq(session)
    # Plain columns on the Core connection, not ORM objects: a page is read once and sent, never changed.
    # `values` and `meta` as the text stored (CAST: PostgreSQL's driver would parse a json column): the
    # values of a row are passed through as they are, and those of an own echo never parsed.
    query = (
        select(
            Row.table_name,
            Row.row_id,
            Row.case_id,
            cast_(Row.values, Text),
            cast_(Row.meta, Text),
            Row.hlc,
            Row.seq,
            Row.deleted,
        )
        .where(Row.seq > since, scope_filter(device))
        .order_by(Row.seq)
        .limit(limit + 1)
    )
    rows = session.connection().execute(query).all()
    more = len(rows) > limit
    rows = rows[:limit]
    budget = p.MAX_PAGE_BYTES
    for index, row in enumerate(rows):
        budget -= len(row[3] or "")
        if budget < 0 and index:  # the page ends before this row (a page always has one)
            rows, more = rows[:index], True
            break
    upto = rows[-1].seq if more else max(server_seq, since)
    mine = device.device_id or ""
    loads = jsoncodec.loads
    kept: list[tuple[str, str, str | None, str, dict[str, int], str, int, bool]] = []
    for table, row_id, case_id, values, meta_text, hlc, seq, deleted in rows:
        # meta as stored (either form, see models.pack_meta), read without expanding it
        meta = loads(meta_text) if meta_text else {}
        # (an echo names the device in its stamps: a row whose text does not is not looked into)
        if mine and meta_text and mine in meta_text and _own_echo(table, meta_stamps(meta), since, mine):
            continue
        seqs = meta_seqs(meta)
        kept.append((table, row_id, case_id, values, seqs, hlc, seq, bool(deleted)))
    exits: list[str] = []
    if device.ride_id is not None:
        exits = list(
            session.scalars(
                select(ScopeExit.case_id)
                .where(ScopeExit.ride_id == device.ride_id, ScopeExit.seq > since, ScopeExit.seq <= upto)
                .order_by(ScopeExit.seq)
            ).all()
        )
        current = set(
            session.scalars(
                select(CaseScope.case_id).where(CaseScope.case_id.in_(exits), CaseScope.ride_id == device.ride_id)
            )
        )
        exits = [c for c in dict.fromkeys(exits) if c not in current]
    return PullPage(rows=kept, exits=exits, next=upto, more=more, server_seq=server_seq)


def pull(session: Session, device: Device, since: int, limit: int = p.MAX_PAGE) -> p.PullResponse:
    """A pull page as the message the laptop receives (`pull_json` writes the same, with less work)."""
    page = read_page(session, device, since, limit)
    loads = jsoncodec.loads
    return p.PullResponse(
        # Built without validation: HQ stored these rows only after checking them on their way in
        # (a push or an import), and the laptop validates the page it receives anyway.
        rows=[
            p.RowState.model_construct(
                table=cast(p.TableName, table),
                row_id=row_id,
                case_id=case_id,
                values=loads(values),
                seqs=seqs,
                hlc=hlc,
                seq=seq,
                deleted=deleted,
            )
            for table, row_id, case_id, values, seqs, hlc, seq, deleted in page.rows
        ],
        exits=page.exits,
        next=page.next,
        more=page.more,
        server_seq=page.server_seq,
    )


def pull_json(session: Session, device: Device, since: int, limit: int = p.MAX_PAGE) -> bytes:
    """`pull(...).model_dump_json()`, the same JSON document (p.PullResponse stays the contract: the
    laptop parses it with that model), written by orjson with each row's stored `values` text passed
    through unparsed: serving a page was mostly parsing and encoding again what HQ had stored as JSON.
    The keys come in the model's order, as pydantic writes them."""
    page = read_page(session, device, since, limit)
    fragment = orjson.Fragment
    rows = [
        {
            "table": table,
            "row_id": row_id,
            "case_id": case_id,
            "values": fragment(values),
            "seqs": seqs,
            "hlc": hlc,
            "seq": seq,
            "deleted": deleted,
        }
        for table, row_id, case_id, values, seqs, hlc, seq, deleted in page.rows
    ]
    return orjson.dumps(
        {
            "version": p.PROTOCOL_VERSION,
            "rows": rows,
            "exits": page.exits,
            "next": page.next,
            "more": page.more,
            "server_seq": page.server_seq,
        }
    )


def _own_echo(table: str, stamps: list[Any], since: int, device_id: str) -> bool:
    """True when everything that changed in a row after `since` is this device's own edits, exactly as it
    pushed them: it holds that state already, so it is not sent back (a laptop that pushed 10,000 edits
    would otherwise download and compare all 10,000 again). Conflict records, values HQ set itself, a
    losing edit (the field keeps the other device's stamp) and rows that only moved into the device's
    scope (no field newer than `since`) are sent. `stamps`: the row's field stamps, each distinct one at
    least once (`models.meta_stamps`)."""
    if table == p.CONFLICTS_TABLE or not device_id:
        return False
    newer = [m for m in stamps if int(m[0]) > since]
    return bool(newer) and all(m[2] == device_id for m in newer)


def confirm_enrollment(device: Device) -> None:
    """The device has signed a request with its keys, so it holds its enrollment: its one-time code
    can no longer be used, not even by the same workspace (until now it could finish an enrollment
    that was cut off; see /v1/enroll)."""
    if device.token_hash is not None:
        device.token_hash = None


def record_pull(session: Session, device: Device, through: int) -> None:
    device.pulled_through = max(device.pulled_through, through)
    device.last_pull_at = utcnow()


def ride_status(session: Session, ride_id: str | None) -> p.RideStatus:
    server_seq = current_seq(session)
    query = select(Device).where(Device.device_id.is_not(None)).order_by(Device.name)
    if ride_id is not None:
        query = query.where(Device.ride_id == ride_id)
    devices = []
    for d in session.scalars(query):
        devices.append(
            p.DeviceSummary(
                device_id=d.device_id or "",
                name=d.name,
                ride_id=d.ride_id,
                revoked=d.revoked_at is not None,
                last_push_at=_iso(d.last_push_at),
                last_pull_at=_iso(d.last_pull_at),
                accepted_through=d.accepted_through,
                device_head=d.device_head,
                pulled_through=d.pulled_through,
                fully_synced=d.accepted_through >= d.device_head
                and d.pulled_through >= _changes_for(session, d, server_seq),
            )
        )
    return p.RideStatus(server_seq=server_seq, devices=devices)


def _changes_for(session: Session, device: Device, server_seq: int) -> int:
    """The newest sequence number this device would receive (what 'fully pulled' must reach)."""
    query = select(Row.seq).where(scope_filter(device)).order_by(Row.seq.desc()).limit(1)
    newest = session.scalar(query) or 0
    return int(newest)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None
