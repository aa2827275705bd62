"""`circuitride check` tells a file not downloaded yet from damage.

Two real laptops sync through a real HQ on 127.0.0.1; the receiving laptop's download is cut
half-way (a real TCP proxy drops the connection). Its attachment rows are there, its file is not:
that is work for `circuitride sync`, not a reason to restore from a backup (which could throw away
newer work). A file that is present but damaged still fails the check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.services.attachments import attach
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.engine import sync
from app.wire import protocol as p
from tests.conftest import PASSWORD
from tests.faults.conftest import flip_byte
from tests.faults.test_sync_faults import try_sync
from tests.integration.conftest import jpeg_bytes
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, admin_enroll, enroll_user_at_hq, new_device, running_hq
from tests.support.netcut import CutProxy

PENDING = re.compile(r"(\d+) files? not downloaded yet from HQ; run `circuitride sync`")


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def test_check_reports_an_interrupted_download_as_pending_not_damage(
    hq: HQServer, netcut: Callable[[str, int], CutProxy], tmp_path: Path, cli
) -> None:
    lead = new_device(tmp_path / "lead")
    admin_enroll(lead, hq.code("lead-laptop"))
    enroll_user_at_hq(hq, lead, "team_lead")  # its reference data is a team lead's to send
    import_manifest(lead, manifest())
    photo = attach(lead, "LIM-000100", jpeg_bytes(2400, 1800, noise=True, quality=95), filename="a.jpg", kind="photo")
    assert photo.size > 3 * p.CHUNK_BYTES  # several chunks, so the cut lands inside the file
    sync(lead)
    lead_blob = lead.vault.path_for_address(lead.vault.address(photo.content_hash))
    lead.lock()

    proxy = netcut("127.0.0.1", hq.port)
    other_path = tmp_path / "other"
    other = new_device(other_path)
    admin_enroll(other, hq.code("other-laptop", url=f"https://127.0.0.1:{proxy.port}"))
    proxy.cut_after(downstream=int(photo.size * 0.6))
    assert not try_sync(other), "the cut did not stop the download"
    assert not other.vault.exists(photo.content_hash)
    missing = [h for h in (photo.content_hash, photo.thumbnail_hash) if h and not other.vault.exists(h)]
    other.lock()

    r = cli("--user", "lead", "check", data_dir=other_path)
    assert r.returncode == 0, r.stderr
    pending = PENDING.search(r.stderr)
    assert pending and int(pending.group(1)) == len(missing), r.stderr
    assert "PROBLEM" not in r.stderr and "Restore from a backup" not in r.stderr
    # The chunks received so far are kept for the resumed download, not taken for leftovers.
    assert "no record refers to" not in r.stderr
    r = cli("--user", "lead", "check", "--repair", data_dir=other_path)
    assert r.returncode == 0, r.stderr

    other = Workspace(other_path)
    other.unlock(PASSWORD, "lead")
    proxy.cut_after(downstream=1, times=0)
    before = proxy.bytes_down
    sync(other)
    assert proxy.bytes_down - before < photo.size - p.CHUNK_BYTES  # resumed, not started over
    blob = other.vault.path_for_address(other.vault.address(photo.content_hash))
    other.lock()
    r = cli("--user", "lead", "check", data_dir=other_path)
    assert r.returncode == 0, r.stderr
    assert not PENDING.search(r.stderr), r.stderr

    # Once here, the file is this laptop's to keep: damage is damage.
    flip_byte(blob, blob.stat().st_size // 2)
    r = cli("--user", "lead", "check", data_dir=other_path)
    assert r.returncode == 1, r.stderr
    assert "its stored file is damaged" in r.stderr and "LIM-000100" in r.stderr
    blob.unlink()
    r = cli("--user", "lead", "check", data_dir=other_path)
    assert r.returncode == 1, r.stderr
    assert "its stored file is missing although this laptop had it" in r.stderr
    assert not PENDING.search(r.stderr), r.stderr

    # On the laptop that attached it, a missing file was never "not downloaded yet".
    lead_blob.unlink()
    r = cli("--user", "lead", "check", data_dir=tmp_path / "lead")
    assert r.returncode == 1, r.stderr
    assert "its stored file is missing although this laptop had it" in r.stderr
    assert not PENDING.search(r.stderr), r.stderr


def test_a_damaged_chunk_of_an_interrupted_download_is_fetched_again_not_a_dead_end(
    hq: HQServer, netcut: Callable[[str, int], CutProxy], tmp_path: Path
) -> None:
    import json

    from app.store.settings import read_setting

    lead = new_device(tmp_path / "lead")
    admin_enroll(lead, hq.code("lead-laptop"))
    enroll_user_at_hq(hq, lead, "team_lead")  # its reference data is a team lead's to send
    import_manifest(lead, manifest())
    photo = attach(lead, "LIM-000100", jpeg_bytes(2400, 1800, noise=True, quality=95), filename="a.jpg", kind="photo")
    sync(lead)
    proxy = netcut("127.0.0.1", hq.port)
    other = new_device(tmp_path / "other")
    admin_enroll(other, hq.code("other-laptop", url=f"https://127.0.0.1:{proxy.port}"))
    proxy.cut_after(downstream=int(photo.size * 0.6))
    assert not try_sync(other)
    with other.session() as s:
        parts = json.loads(read_setting(s, f"sync_part:{photo.content_hash}") or "[]")
    assert parts, "no chunk was kept"
    kept = other.vault.path_for_address(other.vault.address(parts[0][0]))
    flip_byte(kept, kept.stat().st_size // 2)  # a disk error in a kept chunk
    proxy.cut_after(downstream=1, times=0)
    sync(other)  # before: "Attachment … is damaged", on this and every later sync
    assert other.vault.get(photo.content_hash) == lead.vault.get(photo.content_hash)
