"""Sneakernet bundles, HQ side: import a laptop's push bundle and write the reply bundle it takes home.

Import verifies the whole bundle (signature of an enrolled, unrevoked device) while staging its
push batches and files in a private temp directory; only then are the files moved into the blob
store and the batches applied with ``merge.apply_push``, the same code path as a network push (so
importing a bundle twice changes nothing, and each change is judged by the role of the user whose
signed group it names, as in a push). The reply holds every pull page from the cursor the laptop
reported plus the files its rows reference that the laptop lacks and may read. ``record_pull`` is not called: HQ
cannot know the reply arrived; the laptop's next sync (or next bundle's cursor) tells it.
The record format is described in ``app.sync.bundles``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import ValidationError
from sqlalchemy import func, select

from app.errors import UsageError
from app.hq import blobaccess, merge
from app.hq.hub import Hub
from app.hq.models import Device, Receipt, Row
from app.util.files import fsync_dir, open_regular
from app.wire import protocol as p
from app.wire.bundle import (
    HQ_SIGNER,
    KIND_PUSH,
    KIND_REPLY,
    MAX_BUNDLE_BYTES,
    BlobReceiver,
    blob_lines,
    box_public_key,
    line,
    records,
    write_atomically,
)
from app.wire.envelope import BundleRejected, read_sealed
from app.wire.signing import load_public_key_text

ATTACHMENT_HASHES = ("content_hash", "thumbnail_hash")


@dataclass
class HQImportSummary:
    device_id: str = ""
    device_name: str = ""
    batches: int = 0
    changes: int = 0
    conflicts: int = 0
    rejected: list[str] = field(default_factory=list)
    files_received: int = 0
    accepted_through: int = 0
    reply: ReplySummary | None = None


@dataclass
class ReplySummary:
    path: str
    device_id: str
    since: int = 0
    pages: int = 0
    rows: int = 0
    files: int = 0
    bytes: int = 0
    next: int = 0


def _damaged(detail: str) -> BundleRejected:
    return BundleRejected("damaged", f"The bundle is damaged or malformed ({detail}); nothing from it was applied.")


def _enrolled_device(hub: Hub, device_id: str) -> Device | None:
    with hub.store.session() as session:
        device = session.scalar(select(Device).where(Device.device_id == device_id))
        if device is None or not device.public_key or device.revoked_at is not None:
            return None
        session.expunge(device)
        return device


def import_bundle(hub: Hub, path: str | os.PathLike[str], reply_path: str | os.PathLike[str] | None) -> HQImportSummary:
    """Verify a laptop's push bundle completely, then apply it; write the reply to ``reply_path``."""
    signer: dict[str, Device] = {}

    def signer_key_for(signer_id: str) -> Ed25519PublicKey | None:
        device = _enrolled_device(hub, signer_id)
        if device is None:
            return None
        signer["device"] = device
        return load_public_key_text(device.public_key or "")

    staging = Path(tempfile.mkdtemp(prefix="bundle-", dir=hub.home))
    try:
        pushes_path = staging / "pushes.jsonl"
        blob_dir = staging / "blobs"
        blob_dir.mkdir()

        def sink(sha: str, chunks: Iterator[bytes]) -> str:
            digest = hashlib.sha256()
            with open(blob_dir / sha, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            return digest.hexdigest()

        receiver = BlobReceiver(sink)
        meta: dict[str, Any] | None = None
        ended = False
        batches = 0
        # A regular file within the bundle limit, opened without blocking (a FIFO or device is refused)
        source = open_regular(path, MAX_BUNDLE_BYTES, f"The bundle {Path(path).name}")
        with source as inp, open(pushes_path, "w", encoding="utf-8") as pushes:
            stream = records(
                read_sealed(inp, recipient_private=hub.box_key, signer_key_for=signer_key_for, expected_kind=KIND_PUSH)
            )
            for doc in stream:
                kind = doc["type"]
                if ended:
                    raise _damaged("records after the end")
                if kind == "meta" and meta is None:
                    meta = doc
                elif kind == "push" and meta is not None:
                    try:
                        request = p.PushRequest.model_validate(doc.get("request"))
                    except ValidationError:
                        raise _damaged("an unreadable batch of changes") from None
                    pushes.write(request.model_dump_json() + "\n")
                    batches += 1
                elif kind == "blob" and meta is not None:
                    receiver.take(doc, stream)
                elif kind == "end" and meta is not None:
                    ended = True
                else:
                    raise _damaged(f"an unexpected {kind!r} record")
        if not ended or meta is None:
            raise _damaged("no end record")
        device = signer["device"]
        if meta.get("device_id") != device.device_id:
            raise _damaged("the bundle names another device than the one that signed it")

        # ---- verified: apply -----------------------------------------------------------------------
        summary = HQImportSummary(device_id=device.device_id or "", device_name=device.name, batches=batches)
        for sha in receiver.received:
            if not hub.blobs.has(sha):
                target = hub.blobs.path(sha)
                target.parent.mkdir(exist_ok=True)
                os.replace(blob_dir / sha, target)
                fsync_dir(target.parent)
        summary.files_received = len(receiver.received)
        with hub.store.session() as session:
            live = session.get_one(Device, device.id)
            # The device showed HQ these whole files (hashes checked): it holds them (app/hq/blobaccess.py).
            blobaccess.add_holders(session, [(sha, live.device_id or "") for sha in receiver.received])
            with open(pushes_path, encoding="utf-8") as pushes:
                for raw in pushes:
                    request = p.PushRequest.model_validate_json(raw)
                    response = merge.apply_push(session, live, request)
                    summary.changes += len(request.changes)
                    summary.conflicts += response.conflicts
                    summary.rejected += [r.model_dump_json() for r in response.rejected]
            session.add(
                Receipt(
                    device_id=live.device_id or live.id,
                    kind="bundle",
                    count=summary.changes,
                    conflicts=summary.conflicts,
                )
            )
            summary.accepted_through = live.accepted_through
            covered = int(meta.get("through") or 0)
            acked = max(live.accepted_through, covered) if live.accepted_through >= _last_change(pushes_path) else 0
        if reply_path is not None:
            have = {h for h in meta.get("have") or [] if isinstance(h, str)} | set(receiver.received)
            summary.reply = write_reply(
                hub,
                device.device_id or "",
                int(meta.get("pull_since") or 0),
                reply_path,
                have=have,
                acked_through=acked,
                rejected=[json.loads(r) for r in summary.rejected],
                have_blobs=sorted(set(receiver.received)),
            )
        summary.rejected = [json.loads(r)["reason"] for r in summary.rejected]
        return summary
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _last_change(pushes_path: Path) -> int:
    last = 0
    with open(pushes_path, encoding="utf-8") as pushes:
        for raw in pushes:
            last = max(last, p.PushRequest.model_validate_json(raw).changes[-1].device_seq)
    return last


def find_device(hub: Hub, name_or_id: str) -> Device:
    with hub.store.session() as session:
        device = hub.device_named(session, name_or_id)
        if not device.device_id or not device.box_key:
            raise UsageError(f"Device {device.name!r} has not enrolled yet, so HQ cannot write a bundle for it.")
        if device.revoked_at is not None:
            raise UsageError(f"Device {device.name!r} is revoked; HQ writes no bundles for it.")
        session.expunge(device)
        return device


def export_bundle(hub: Hub, name_or_id: str, since: int | None, out_path: str | os.PathLike[str]) -> ReplySummary:
    """A reply-style bundle for a device that sent no bundle: HQ's changes after ``since``."""
    device = find_device(hub, name_or_id)
    start = device.pulled_through if since is None else since
    with hub.store.session() as session:
        live = session.get_one(Device, device.id)
        accepted = live.accepted_through
    return write_reply(hub, device.device_id or "", start, out_path, have=set(), acked_through=accepted)


def write_reply(
    hub: Hub,
    device_id: str,
    since: int,
    out_path: str | os.PathLike[str],
    *,
    have: set[str],
    acked_through: int,
    rejected: list[dict[str, Any]] | None = None,
    have_blobs: list[str] | None = None,
) -> ReplySummary:
    with hub.store.session() as session:
        device = session.scalar(select(Device).where(Device.device_id == device_id))
        if device is None or not device.box_key:
            raise UsageError("HQ has no bundle key for this device; it must enroll first.")
        recipient = box_public_key(device.box_key)
        accepted = device.accepted_through
    summary = ReplySummary(path=str(out_path), device_id=device_id, since=since)
    pages = tempfile.TemporaryFile("w+", encoding="utf-8", dir=hub.home)  # noqa: SIM115 - closed below
    wanted: list[str] = []
    # Pages are gathered first (kept as JSON text) so the files they reference can go before them.
    with hub.store.session() as session:
        device = session.scalars(select(Device).where(Device.device_id == device_id)).one()
        cursor = since
        while True:
            page = merge.pull(session, device, cursor)
            pages.write(page.model_dump_json() + "\n")
            summary.pages += 1
            summary.rows += len(page.rows)
            for row in page.rows:
                if row.table == "attachments" and not row.deleted:
                    for key in ATTACHMENT_HASHES:
                        sha = row.values.get(key)
                        if isinstance(sha, str) and p.SHA_RE.match(sha) and sha not in have and hub.blobs.has(sha):
                            wanted.append(sha)
            cursor = page.next
            if not page.more:
                break
        # Only the files this device may read, by the rule a download follows (app/hq/blobaccess.py).
        readable = blobaccess.readable(session, device, wanted)
    summary.next = cursor
    files = [sha for sha in dict.fromkeys(wanted) if sha in readable]
    summary.files = len(files)

    def chunks(sha: str) -> Iterator[bytes]:
        with open(hub.blobs.path(sha), "rb") as fh:
            yield from iter(lambda: fh.read(p.CHUNK_BYTES), b"")

    def lines() -> Iterator[bytes]:
        yield line(
            {
                "type": "meta",
                "device_id": device_id,
                "accepted_through": accepted,
                "acked_through": acked_through,
                "rejected": rejected or [],
                "have_blobs": have_blobs or [],
                "since": since,
            }
        )
        for sha in files:
            yield from blob_lines(sha, chunks(sha))
        pages.seek(0)
        for page in pages:
            yield b'{"type":"pull","page":' + page.rstrip("\n").encode() + b"}\n"
        yield line({"type": "end"})

    try:
        summary.bytes = write_atomically(
            Path(out_path),
            lines(),
            recipient_public=recipient,
            signer=hub.sign_key,
            signer_id=HQ_SIGNER,
            kind=KIND_REPLY,
        )
    finally:
        pages.close()
    return summary


def row_count(hub: Hub) -> int:
    with hub.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Row)) or 0)
