"""HQ's own tables. The server does not mirror the client's typed tables: it holds each synced row
as JSON values with per-field bookkeeping, which is what field-level merge needs and lets one
server schema carry every client table (and survive client schema additions).

Every accepted change gets the next number of one global, gap-free **server sequence**; pulls page
by it. Scope (which cases a ride's devices receive) is kept in `hq_case_scope`; a case leaving a
ride is logged in `hq_scope_exits` with its own sequence number so devices learn to erase it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sqlalchemy import JSON, BigInteger, Boolean, Dialect, Index, Integer, MetaData, String, Table, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from app.models.base import NAMING, UTCDateTime, utcnow


class HQBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}
    if TYPE_CHECKING:
        __table__: ClassVar[Table]  # every model here maps a table (SQLAlchemy says FromClause)


class Counter(HQBase):
    """Single row holding the last server sequence number. Each push locks it for its transaction,
    so batches apply one after another and sequence numbers never interleave."""

    __tablename__ = "hq_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


def pack_meta(meta: dict[str, Any]) -> Any:
    """A row's meta ({field: stamp}) as stored: each distinct stamp written once, `[stamps, {field: index}]`.
    A stamp is `[seq, hlc, device, by, open conflict]` and the fields one change set share it (all of a
    new row's do), so the full form repeated the same stamp for every field (five times the row's values).
    The fields keep their order (merge reads the first edited field of a row). An empty meta, or one
    whose stamps are not lists of plain values, is stored as it is (the full form, still read). Stamps
    are compared as Python values: 1 and 1.0 would share one (a seq is always an int)."""
    if not meta:
        return meta
    index: dict[tuple[Any, ...], int] = {}
    stamps: list[Any] = []
    fields: dict[str, int] = {}
    try:
        for field, stamp in meta.items():
            if type(stamp) is not list:
                return meta
            key = tuple(stamp)  # (seq, hlc, device, by, open): an int, text and None
            at = index.get(key)
            if at is None:
                at = index[key] = len(stamps)
                stamps.append(stamp)
            fields[field] = at
    except TypeError:  # an unhashable value in a stamp: not a stamp this code writes
        return meta
    return [stamps, fields]


def unpack_meta(stored: Any) -> dict[str, Any]:
    """A row's meta as every reader uses it, {field: [seq, hlc, device, by, open]}, from either stored
    form: the compact one (`pack_meta`) or the full one older HQs wrote. Each field gets its own list."""
    if type(stored) is list:
        stamps, fields = stored
        return {field: stamps[at][:] for field, at in fields.items()}
    return stored if stored else {}


def meta_seqs(stored: Any) -> dict[str, int]:
    """{field: server seq of its last change} from a stored meta of either form, without expanding it."""
    if type(stored) is list:
        stamps, fields = stored
        if len(stamps) == 1:
            return dict.fromkeys(fields, int(stamps[0][0]))
        seqs = [int(s[0]) for s in stamps]
        return {field: seqs[at] for field, at in fields.items()}
    return {k: int(v[0]) for k, v in (stored or {}).items()}


def meta_stamps(stored: Any) -> list[Any]:
    """The stamps of a stored meta of either form (each distinct one at least once; order not kept)."""
    if type(stored) is list:
        return cast("list[Any]", stored[0])
    return list((stored or {}).values())


class MetaJSON(TypeDecorator[dict[str, Any]]):
    """hq_rows.meta: JSON in the compact form of `pack_meta` when written, a full dict when read."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> Any:
        return pack_meta(value) if value else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dict[str, Any] | None:
        return unpack_meta(value) if value is not None else None


class Row(HQBase):
    __tablename__ = "hq_rows"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(String(36))  # indexed with seq: ix_hq_rows_case_seq
    values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # per field: [server seq of its last change, hlc of that change, device that made it, user who
    # signed it, open conflict id]; stored compactly (see `pack_meta`)
    meta: Mapped[dict[str, Any]] = mapped_column(MetaJSON, default=dict)
    hlc: Mapped[str] = mapped_column(String(64), default="")
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseScope(HQBase):
    __tablename__ = "hq_case_scope"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ride_id: Mapped[str | None] = mapped_column(String(36), index=True)


class ScopeExit(HQBase):
    __tablename__ = "hq_scope_exits"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    case_id: Mapped[str] = mapped_column(String(36))
    ride_id: Mapped[str | None] = mapped_column(String(36), index=True)


class Device(HQBase):
    __tablename__ = "hq_devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the enrollment's id
    name: Mapped[str] = mapped_column(String(120))
    ride_id: Mapped[str | None] = mapped_column(String(36))
    # May add and change reference data (sites, rides, interpreters, forms): a team lead's or hub
    # laptop, granted at enrollment (by default the devices that receive every case).
    reference_data: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    device_id: Mapped[str | None] = mapped_column(String(36), unique=True)  # the workspace's device id
    public_key: Mapped[str | None] = mapped_column(String(64))
    box_key: Mapped[str | None] = mapped_column(String(64))
    token_hash: Mapped[str | None] = mapped_column(String(64))
    token_expires: Mapped[dt.datetime | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    enrolled_at: Mapped[dt.datetime | None] = mapped_column()
    revoked_at: Mapped[dt.datetime | None] = mapped_column()
    accepted_through: Mapped[int] = mapped_column(BigInteger, default=0)  # highest device_seq applied
    device_head: Mapped[int] = mapped_column(BigInteger, default=0)  # newest device_seq the device reported
    pulled_through: Mapped[int] = mapped_column(BigInteger, default=0)  # cursor of its last complete pull
    last_push_at: Mapped[dt.datetime | None] = mapped_column()
    last_pull_at: Mapped[dt.datetime | None] = mapped_column()


class Receipt(HQBase):
    """What HQ received from each device and when (team reconciliation after travel)."""

    __tablename__ = "hq_receipts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))  # push, pull, blob, bundle
    first_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    count: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)


class Nonce(HQBase):
    __tablename__ = "hq_nonces"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    ts: Mapped[int] = mapped_column(BigInteger, index=True)


class Blob(HQBase):
    __tablename__ = "hq_blobs"
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class HQUser(HQBase):
    __tablename__ = "hq_users"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class UserKey(HQBase):
    """A user's signing key, bound at HQ with a one-time user code from a laptop (`circuitride user
    enroll`). A user working on several laptops has a key on each (a workspace makes its own); HQ
    gives a change signed with a bound key, pushed by the laptop that bound it, that user's role."""

    __tablename__ = "hq_user_keys"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))  # the laptop (workspace) the key lives on
    bound_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class UserCode(HQBase):
    """A one-time code for a user to bind a key (printed by `hq user add` and `hq user code`). Used
    once: the same laptop and key may send it again (an answer lost on the way), nobody else."""

    __tablename__ = "hq_user_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    expires_at: Mapped[dt.datetime] = mapped_column()
    used_at: Mapped[dt.datetime | None] = mapped_column()
    used_by_device: Mapped[str | None] = mapped_column(String(36))
    used_key: Mapped[str | None] = mapped_column(String(64))


class BlobHolder(HQBase):
    """A device that showed it holds a file: it uploaded the whole file (HQ checked its hash), or it
    named the file in an attachment record while it could read it already. HQ serves a file only
    through an attachment record whose naming came from such a device (app/hq/api.py)."""

    __tablename__ = "hq_blob_holders"
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class Key(HQBase):
    """A natural key of a live row (app/models/natural_keys.py): several rows may hold one while a
    conflict about it waits for a team lead."""

    __tablename__ = "hq_keys"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class Setting(HQBase):
    __tablename__ = "hq_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_hq_rows_case_seq", Row.case_id, Row.seq)
# Two more indexes on hq_rows live only in migration 0004 (ix_hq_rows_attachment_content_hash and
# ix_hq_rows_attachment_thumbnail_hash): partial expression indexes over the JSON values of attachment
# rows, written differently for SQLite and PostgreSQL. They answer "which attachment names this file"
# for a blob download.
# Alembic's autogenerate does not see them: never let it drop them.
