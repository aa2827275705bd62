"""Sneakernet bundles, laptop side: export everything HQ has not acknowledged; import HQ's reply.

The record format and its framing are app/wire/bundle.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select

from app.errors import UsageError
from app.models import OutboxEntry
from app.services.uow import require_permission
from app.store.settings import read_setting
from app.store.workspace import Workspace
from app.sync.engine import (
    PULL_CURSOR,
    PUSH_CURSOR,
    S_HQ_ACCEPTED,
    acknowledge,
    apply_pull_page,
    cursor,
    cursor_of,
    enrollment,
    files_done,
    local_hashes,
    mark_files_done,
    outbox_changes,
)
from app.util.files import open_regular
from app.wire import protocol as p
from app.wire.bundle import (
    HQ_SIGNER,
    KIND_PUSH,
    KIND_REPLY,
    MAX_BUNDLE_BYTES,
    BlobReceiver,
    BundleMismatch,
    blob_lines,
    box_public_key,
    line,
    records,
    write_atomically,
)
from app.wire.envelope import BundleRejected, read_sealed
from app.wire.signing import load_public_key_text


# ----- export (laptop -> HQ) ---------------------------------------------------------------------
@dataclass
class ExportSummary:
    path: str
    batches: int = 0
    changes: int = 0
    files: int = 0
    bytes: int = 0
    through: int = 0
    pull_since: int = 0


def _batches(ws: Workspace) -> tuple[list[p.PushRequest], int, int, int]:
    """All unacknowledged outbox entries as push batches, cursors untouched: (requests, acked, through, head)."""
    requests: list[p.PushRequest] = []
    with ws.session() as session:
        acked = cursor(session, PUSH_CURSOR)
        head = int(session.scalar(select(func.max(OutboxEntry.device_seq))) or 0)
        after = min(int(read_setting(session, S_HQ_ACCEPTED) or 0), acked)
        position, through = acked, acked
        while True:
            changes, last, groups = outbox_changes(session, position, device_id=ws.meta.device_id)
            if last is None:
                break
            position = through = last
            if changes:
                requests.append(p.PushRequest(after=after, changes=changes, device_head=head, groups=groups))
    return requests, acked, through, head


def export_bundle(ws: Workspace, path: str | os.PathLike[str]) -> ExportSummary:
    """Write a push bundle with everything HQ has not acknowledged; no cursor moves."""
    require_permission(ws, "sync")
    info = enrollment(ws)
    if info is None:
        raise UsageError(
            "This workspace is not enrolled with HQ, so it cannot write a bundle for HQ: "
            "enroll it first (`circuitride sync enroll --code CODE`)."
        )
    if not info.hq_box_key:
        raise UsageError("This workspace's enrollment lacks HQ's bundle key; ask HQ to enroll it again.")
    hq_box = box_public_key(info.hq_box_key)
    requests, acked, through, head = _batches(ws)
    local = local_hashes(ws)
    files = sorted(h for h in local - files_done(ws, "up") if ws.vault.exists(h))
    have = sorted(h for h in local if ws.vault.exists(h))
    summary = ExportSummary(
        path=str(path),
        batches=len(requests),
        changes=sum(len(r.changes) for r in requests),
        files=len(files),
        through=through,
        pull_since=cursor_of(ws, PULL_CURSOR),
    )

    def lines() -> Iterator[bytes]:
        yield line(
            {
                "type": "meta",
                "device_id": ws.meta.device_id,
                "pull_since": summary.pull_since,
                "push_acked": acked,
                "through": through,
                "device_head": head,
                "have": have,
            }
        )
        for request in requests:
            yield line({"type": "push", "request": request.model_dump(mode="json")})
        for sha in files:
            yield from blob_lines(sha, ws.vault.iter_chunks(sha))
        yield line({"type": "end"})

    summary.bytes = write_atomically(
        Path(path),
        lines(),
        recipient_public=hq_box,
        signer=info.device_key,
        signer_id=ws.meta.device_id,
        kind=KIND_PUSH,
    )
    return summary


# ----- import (HQ -> laptop) ---------------------------------------------------------------------
@dataclass
class ImportSummary:
    acknowledged_through: int = 0
    pages: int = 0
    pulled: int = 0
    changed: int = 0
    files: int = 0
    rejected: list[str] = field(default_factory=list)


def _open_bundle(path: str | os.PathLike[str]) -> BinaryIO:
    """The bundle file opened for streaming: a regular file within MAX_BUNDLE_BYTES (a device such
    as /dev/zero, or a pipe, is refused at once rather than read without end)."""
    name = Path(path).name
    try:
        return open_regular(
            path,
            MAX_BUNDLE_BYTES,
            f"The bundle {name}",
            "that is not a reply bundle from HQ; nothing was imported.",
            error=UsageError,
        )
    except OSError as exc:
        raise UsageError(f"Cannot read the bundle {name}: {exc.strerror or type(exc).__name__}.") from None


def import_bundle(ws: Workspace, path: str | os.PathLike[str]) -> ImportSummary:
    """Verify HQ's reply completely, then store its files, acknowledge pushes and apply its pages."""
    require_permission(ws, "sync")
    info = enrollment(ws)
    if info is None:
        raise UsageError("This workspace is not enrolled with HQ, so it cannot take HQ's reply bundle.")
    hq_sign = load_public_key_text(info.hq_sign_key)

    def signer_key_for(signer_id: str) -> Ed25519PublicKey | None:
        return hq_sign if signer_id == HQ_SIGNER else None

    existed: set[str] = set()
    staged_blobs: list[str] = []
    staged_pages: list[str] = []  # page JSON kept encrypted in the vault until applied
    meta: dict[str, Any] | None = None

    def sink(sha: str, chunks: Iterator[bytes]) -> str:
        if ws.vault.exists(sha):
            existed.add(sha)
        stored = ws.vault.put_stream(chunks)
        if stored.sha256_hex not in existed:
            staged_blobs.append(stored.sha256_hex)
        return stored.sha256_hex

    receiver = BlobReceiver(sink)
    ended = False
    try:
        with _open_bundle(path) as inp:
            stream = records(
                read_sealed(
                    inp, recipient_private=info.box_key, signer_key_for=signer_key_for, expected_kind=KIND_REPLY
                )
            )
            for doc in stream:
                kind = doc["type"]
                if ended:
                    raise BundleRejected("damaged", "The bundle holds records after its end.")
                if kind == "meta" and meta is None:
                    meta = doc
                    if doc.get("device_id") != ws.meta.device_id:
                        raise BundleMismatch(
                            "This reply bundle is for another laptop, not this one; it was not imported. "
                            "Give it to the laptop it was made for."
                        )
                elif kind == "blob" and meta is not None:
                    receiver.take(doc, stream)
                elif kind == "pull" and meta is not None:
                    data = p.PullResponse.model_validate(doc.get("page")).model_dump_json().encode()
                    page_sha = hashlib.sha256(data).hexdigest()
                    if ws.vault.exists(page_sha):
                        existed.add(page_sha)
                    staged_pages.append(ws.vault.put(data).sha256_hex)
                elif kind == "end" and meta is not None:
                    ended = True
                else:
                    raise BundleRejected("damaged", f"The bundle holds an unexpected {kind!r} record.")
        if not ended or meta is None:
            raise BundleRejected("damaged", "The bundle is incomplete (no end record).")
    except BaseException:
        for sha in set(staged_blobs) | set(staged_pages):
            if sha not in existed:
                with contextlib.suppress(Exception):
                    ws.vault.delete(sha)
        raise

    summary = ImportSummary(files=len(receiver.received))
    try:
        # Verified: files first (rows may reference them), then acknowledgements, then HQ's changes.
        for sha in receiver.received:
            mark_files_done(ws, [sha], "up")  # HQ has it, by definition
        for sha in meta.get("have_blobs") or []:
            if isinstance(sha, str) and p.SHA_RE.match(sha):
                mark_files_done(ws, [sha], "up")
        rejected = [p.Rejected.model_validate(r) for r in meta.get("rejected") or []]
        acked = int(meta.get("acked_through") or 0)
        acknowledge(ws, acked, rejected, int(meta.get("accepted_through") or 0))
        summary.acknowledged_through = max(acked, cursor_of(ws, PUSH_CURSOR))
        summary.rejected = [r.reason for r in rejected]
        for page_sha in staged_pages:
            page = p.PullResponse.model_validate_json(ws.vault.get(page_sha))
            if page.next <= cursor_of(ws, PULL_CURSOR):
                continue  # already applied (the same reply imported twice, or an older one)
            stats = apply_pull_page(ws, page)
            summary.pages += 1
            summary.pulled += stats["received"]
            summary.changed += stats["changed"]
    finally:
        for sha in staged_pages:
            if sha not in existed and sha not in receiver.received:
                with contextlib.suppress(Exception):
                    ws.vault.delete(sha)
    return summary
