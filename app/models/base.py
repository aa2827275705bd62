"""Declarative base, the `Synced` mixin and the column types every entity shares.

Every row that travels between a laptop and HQ carries the same bookkeeping: a UUIDv7 id made on the
device, a revision counter, the hybrid-logical-clock stamp of its last change, who and which device
changed it, and a tombstone flag (rows are never hard-deleted while they can still sync).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, Boolean, DateTime, Integer, MetaData, String, Table, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every engine (SQLite stores naive text otherwise)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}
    if TYPE_CHECKING:
        __table__: ClassVar[Table]  # every model here maps a table (SQLAlchemy says FromClause)


class Synced:
    """Columns of every synced row. `hlc` strings sort in causal order (see app/wire/hlc.py)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer, default=1)
    hlc: Mapped[str] = mapped_column(String(64), default="")
    origin_device: Mapped[str] = mapped_column(String(36), default="")
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    # Columns that are bookkeeping, not user data: merge and change capture skip them.
    SYNC_META = frozenset({"id", "rev", "hlc", "origin_device", "updated_by", "updated_at"})

    if TYPE_CHECKING:
        # Every synced class is also a Base model: a table, made with keyword arguments.
        __tablename__: str

        def __init__(self, **kw: Any) -> None: ...
