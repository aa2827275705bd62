"""Sneakernet bundles between real encrypted workspaces and a real HQ Hub (the HTTP server is used only
for enrollment): export on the laptop, import at HQ and write the reply, import the reply."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from app.hq import bundles as hq_bundles
from app.hq.merge import current_seq
from app.hq.models import Device, Row
from app.models import Attachment
from app.services.attachments import attach
from app.services.cases import set_case_fields
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync import bundles
from app.sync.engine import sync_state
from app.wire import bundle as wire_bundle
from app.wire.envelope import BundleRejected, write_sealed
from tests.integration.conftest import jpeg_bytes
from tests.integration.test_sync import manifest, snapshot
from tests.support.hq import HQServer, enrolled, running_hq


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def hq_state(hq: HQServer) -> tuple[int, int, list[tuple[str, int]]]:
    with hq.hub.store.session() as s:
        rows = int(s.scalar(select(func.count()).select_from(Row)) or 0)
        devices = [(d.name, d.accepted_through) for d in s.scalars(select(Device).order_by(Device.name))]
        return rows, current_seq(s), devices


def attachment_hashes(ws: Workspace) -> set[str]:
    with ws.session() as s:
        pairs = s.execute(select(Attachment.content_hash, Attachment.thumbnail_hash)).all()
        return {h for pair in pairs for h in pair if h}


def exported(ws: Workspace, path: Path) -> Path:
    bundles.export_bundle(ws, path)
    return path


def test_round_trip_by_bundle_converges_and_is_idempotent(hq: HQServer, tmp_path: Path) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    b = enrolled(hq, tmp_path / "b", "laptop-b")  # never online again after enrollment
    import_manifest(a, manifest())
    attach(a, "LIM-000100", jpeg_bytes(320, 240), filename="passport.jpg", kind="scan")
    photo = attachment_hashes(a)
    assert len(photo) == 2  # the photo and its thumbnail

    out = tmp_path / "usb" / "a.crbundle"
    out.parent.mkdir()
    summary = bundles.export_bundle(a, out)
    assert summary.changes > 0 and summary.files >= 1 and out.is_file()
    assert [p.name for p in out.parent.iterdir()] == ["a.crbundle"]  # no temp file left behind
    assert sync_state(a).pending_changes > 0  # exporting moves no cursor

    first = hq_bundles.import_bundle(hq.hub, out, tmp_path / "usb" / "reply1.crbundle")
    assert first.changes == summary.changes and first.rejected == [] and first.files_received == summary.files
    assert all(hq.hub.blobs.has(h) for h in photo)
    before = hq_state(hq)
    assert before[0] > 0
    second = hq_bundles.import_bundle(hq.hub, out, tmp_path / "usb" / "reply2.crbundle")
    assert second.conflicts == 0 and hq_state(hq) == before  # same rows, same server sequence

    got = bundles.import_bundle(a, tmp_path / "usb" / "reply1.crbundle")
    assert got.acknowledged_through > 0
    state = sync_state(a)
    assert state.pending_changes == 0 and state.pulled_through == before[1]
    mine = snapshot(a)
    for again in ("reply1.crbundle", "reply2.crbundle"):  # importing twice (or the twin reply) is harmless
        bundles.import_bundle(a, tmp_path / "usb" / again)
        assert snapshot(a) == mine and sync_state(a).pending_changes == 0
    # nothing left to send: a fresh bundle holds no changes and no files
    empty = bundles.export_bundle(a, tmp_path / "usb" / "again.crbundle")
    assert empty.changes == 0 and empty.files == 0

    # a laptop that never came back online gets HQ's state by bundle
    reply_b = hq_bundles.export_bundle(hq.hub, "laptop-b", 0, tmp_path / "usb" / "b.crbundle")
    assert reply_b.files == 2
    bundles.import_bundle(b, tmp_path / "usb" / "b.crbundle")
    assert snapshot(b) == mine and mine["cases"]
    assert attachment_hashes(b) == photo and all(b.vault.exists(h) for h in photo)
    assert all(b.vault.get(h) == a.vault.get(h) for h in photo)

    # A's reply cannot be opened by B (sealed to A's key)
    with pytest.raises(BundleRejected) as info:
        bundles.import_bundle(b, tmp_path / "usb" / "reply1.crbundle")
    assert info.value.reason == "wrong_recipient"


def test_tampered_or_unknown_or_revoked_bundles_are_refused(hq: HQServer, tmp_path: Path) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    import_manifest(a, manifest())
    attach(a, "LIM-000101", jpeg_bytes(200, 150, noise=True), filename="scan.jpg", kind="scan")
    good = exported(a, tmp_path / "a.crbundle")
    before = hq_state(hq)

    raw = bytearray(good.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    bad = tmp_path / "tampered.crbundle"
    bad.write_bytes(bytes(raw))
    with pytest.raises(BundleRejected):
        hq_bundles.import_bundle(hq.hub, bad, tmp_path / "reply.crbundle")
    assert hq_state(hq) == before and not (tmp_path / "reply.crbundle").exists()
    assert not any(hq.hub.blobs.has(h) for h in attachment_hashes(a))
    assert not any(p.name.startswith("bundle-") for p in hq.hub.home.iterdir())  # staging cleaned up

    cut = tmp_path / "cut.crbundle"
    cut.write_bytes(good.read_bytes()[:-10])
    with pytest.raises(BundleRejected) as info:
        hq_bundles.import_bundle(hq.hub, cut, None)
    assert info.value.reason == "truncated" and hq_state(hq) == before

    # a bundle signed by a device HQ never enrolled
    forged = tmp_path / "forged.crbundle"
    with open(forged, "wb") as fh:
        write_sealed(
            fh,
            [wire_bundle.line({"type": "meta", "device_id": "stranger"}), wire_bundle.line({"type": "end"})],
            recipient_public=wire_bundle.box_public_key(hq.hub.box_public),
            signer=Ed25519PrivateKey.generate(),
            signer_id="stranger",
            kind="push",
        )
    with pytest.raises(BundleRejected) as info:
        hq_bundles.import_bundle(hq.hub, forged, None)
    assert info.value.reason == "unknown_signer"

    # a reply is not a push bundle
    hq_bundles.export_bundle(hq.hub, "laptop-a", 0, tmp_path / "reply-a.crbundle")
    with pytest.raises(BundleRejected) as info:
        hq_bundles.import_bundle(hq.hub, tmp_path / "reply-a.crbundle", None)
    assert info.value.reason == "wrong_kind"

    # the genuine bundle of a revoked laptop
    hq.hub.revoke_device("laptop-a")
    with pytest.raises(BundleRejected) as info:
        hq_bundles.import_bundle(hq.hub, good, None)
    assert info.value.reason == "unknown_signer" and hq_state(hq) == before


def test_tampered_reply_is_refused_and_changes_nothing_on_the_laptop(hq: HQServer, tmp_path: Path) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    import_manifest(a, manifest())
    hq_bundles.import_bundle(hq.hub, exported(a, tmp_path / "a.crbundle"), tmp_path / "reply.crbundle")
    set_case_fields(a, "LIM-000100", {"priority": "P-1"})
    mine, state = snapshot(a), sync_state(a)
    raw = bytearray((tmp_path / "reply.crbundle").read_bytes())
    raw[-100] ^= 0x80
    (tmp_path / "bad.crbundle").write_bytes(bytes(raw))
    with pytest.raises(BundleRejected):
        bundles.import_bundle(a, tmp_path / "bad.crbundle")
    assert snapshot(a) == mine and sync_state(a) == state


def test_a_reply_naming_another_device_is_refused(hq: HQServer, tmp_path: Path) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    import_manifest(a, manifest())
    mine, state = snapshot(a), sync_state(a)
    with hq.hub.store.session() as s:
        box = s.scalar(select(Device.box_key).where(Device.name == "laptop-a"))
    odd = tmp_path / "odd.crbundle"
    with open(odd, "wb") as fh:  # genuinely from HQ and sealed to A, but written for another device id
        write_sealed(
            fh,
            [wire_bundle.line({"type": "meta", "device_id": "someone-else"}), wire_bundle.line({"type": "end"})],
            recipient_public=wire_bundle.box_public_key(box),
            signer=hq.hub.sign_key,
            signer_id="hq",
            kind="reply",
        )
    with pytest.raises(wire_bundle.BundleMismatch, match="another laptop"):
        bundles.import_bundle(a, odd)
    assert snapshot(a) == mine and sync_state(a) == state


def test_export_needs_enrollment(tmp_path: Path) -> None:
    from tests.support.hq import new_device

    ws = new_device(tmp_path / "solo")
    with pytest.raises(bundles.UsageError, match="not enrolled"):
        bundles.export_bundle(ws, tmp_path / "x.crbundle")
    assert not (tmp_path / "x.crbundle").exists()


def test_cli_round_trip(hq: HQServer, tmp_path: Path, cli, hq_db_url: str | None) -> None:  # noqa: ANN001 - pytest fixture
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    import_manifest(a, manifest())
    a.lock()

    def cli_a(*args: str, **kw: Any) -> Any:  # as the laptop's user (its administrator has a slot too)
        return cli("--user", "lead", *args, **kw)

    r = cli_a("sync", "export", str(tmp_path / "a.crbundle"), "--json", data_dir=tmp_path / "a")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["changes"] > 0
    home = ["--home", str(hq.hub.home)] + (["--db", hq_db_url] if hq_db_url else [])
    r = cli("hq", "import-bundle", str(tmp_path / "a.crbundle"), "--reply", str(tmp_path / "r.crbundle"), *home)
    assert r.returncode == 0, r.stderr
    r = cli_a("sync", "import", str(tmp_path / "r.crbundle"), data_dir=tmp_path / "a")
    assert r.returncode == 0, r.stderr
    r = cli_a("sync", "status", "--json", data_dir=tmp_path / "a")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["pending_changes"] == 0
    r = cli("hq", "export-bundle", "--device", "laptop-a", "--since", "0", str(tmp_path / "e.crbundle"), *home)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "e.crbundle").is_file()
    r = cli_a("sync", "import", str(tmp_path / "e.crbundle"), data_dir=tmp_path / "a")
    assert r.returncode == 0, r.stderr
