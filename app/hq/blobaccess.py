"""Which attachment files a device may read, and which HQ may say it holds (issue 19.13).

A file is served to a device only through an attachment record in the device's scope (the pull's
rule of scope, `merge.scope_filter`) whose naming of the file is vouched for: the device that
set that record's hash field (the field's stamp at HQ) **holds** the file. A device holds a file
when it showed HQ the whole file (an upload or a bundle; HQ checked its hash), or when it named
the file in a record while it could read it already (a record copied on a laptop that had
downloaded the file). So a laptop that learned the hash of another ride's photo and names it in a
record of its own case reads nothing: it never showed HQ the photo, and no vouched record of its
scope names it.

What HQ says about its files follows the same rule: asked which files it lacks, or how far an
upload got, HQ answers about a file the device may not know of as if it did not hold it; the
device then uploads the file, HQ checks its hash and keeps the one copy it has (deduplicated), and
the device holds it from then on.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, bindparam, insert, literal_column, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.hq.models import BlobHolder, Device, Row
from app.wire import protocol as p

# Attachment rows name their files in these fields; migration 0004 indexes both (attachments only).
ATTACHMENT_HASH_FIELDS = ("content_hash", "thumbnail_hash")
_STEP = 500


def hash_field(dialect: str, field: str) -> ColumnElement[Any]:
    # Written exactly as migration 0004's expression indexes are (the key a literal, not a bound
    # parameter), so that both engines answer from the index.
    if dialect == "postgresql":
        return literal_column(f"(hq_rows.\"values\" ->> '{field}')")
    return literal_column(f"json_extract(hq_rows.\"values\", '$.{field}')")


def holders(session: Session, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of the (hash, device id) pairs are recorded as holding."""
    wanted = sorted(set(pairs))
    found: set[tuple[str, str]] = set()
    for start in range(0, len(wanted), _STEP):
        chunk = wanted[start : start + _STEP]
        found.update(
            (sha, device)
            for sha, device in session.execute(
                select(BlobHolder.hash, BlobHolder.device_id).where(
                    tuple_(BlobHolder.hash, BlobHolder.device_id).in_(chunk)
                )
            )
        )
    return found


def add_holders(session: Session, pairs: Iterable[tuple[str, str]]) -> None:
    """Record that these devices hold these files (in the caller's transaction; known pairs skipped)."""
    wanted = {(sha, device) for sha, device in pairs if sha and device}
    new = wanted - holders(session, wanted)
    if not new:
        return
    try:
        with session.begin_nested():
            session.execute(insert(BlobHolder), [{"hash": sha, "device_id": device} for sha, device in sorted(new)])
    except IntegrityError:  # recorded meanwhile by a concurrent request: one by one, skipping those
        for sha, device in sorted(new):
            try:
                with session.begin_nested():
                    session.execute(insert(BlobHolder).values(hash=sha, device_id=device))
            except IntegrityError:
                continue


def readable(session: Session, device: Device, hashes: Iterable[str]) -> set[str]:
    """The hashes `device` may read: named by an attachment record (live or deleted) in its scope
    whose naming device holds the file."""
    from app.hq.merge import scope_filter  # the pull's own rule of scope

    wanted = sorted({h for h in hashes if p.SHA_RE.match(h)})
    if not wanted:
        return set()
    dialect = session.get_bind().dialect.name
    namers: set[tuple[str, str]] = set()
    scope = scope_filter(device)
    # One query per hash and field, each an index look-up: with OR, or with IN, SQLite's planner
    # leaves the expression indexes aside and reads every attachment row instead.
    queries = {
        field: select(Row.meta).where(
            Row.table_name == literal_column("'attachments'"), hash_field(dialect, field) == bindparam("sha"), scope
        )
        for field in ATTACHMENT_HASH_FIELDS
    }
    for sha in wanted:
        for field, query in queries.items():
            for meta in session.scalars(query, {"sha": sha}):
                stamp = (meta or {}).get(field)
                if isinstance(stamp, list) and len(stamp) > 2 and stamp[2]:
                    namers.add((sha, str(stamp[2])))
    return {sha for sha, _ in holders(session, namers)}


def known(session: Session, device: Device, hashes: Iterable[str]) -> set[str]:
    """The hashes HQ may tell `device` it holds: those it holds itself, or may read."""
    wanted = {h for h in hashes if p.SHA_RE.match(h)}
    if not wanted or not device.device_id:
        return set()
    own = {sha for sha, _ in holders(session, ((sha, device.device_id) for sha in wanted))}
    return own | readable(session, device, wanted - own)


def named_by(changes: Iterable[p.Change]) -> set[str]:
    """The file hashes attachment changes set."""
    out: set[str] = set()
    for change in changes:
        if change.table == "attachments":
            for field in ATTACHMENT_HASH_FIELDS:
                value = change.fields.get(field)
                if isinstance(value, str) and p.SHA_RE.match(value):
                    out.add(value)
    return out


def vouch(session: Session, device: Device, hashes: set[str]) -> None:
    """After `device` named these files in records: it holds those it could read already (a laptop
    that downloaded a file and names it again in another record), so its naming is vouched for too.
    Costs a query only for files it has not shown HQ itself."""
    if not hashes or not device.device_id:
        return
    own = {sha for sha, _ in holders(session, ((sha, device.device_id) for sha in hashes))}
    others = readable(session, device, hashes - own)
    add_holders(session, ((sha, device.device_id) for sha in others))
