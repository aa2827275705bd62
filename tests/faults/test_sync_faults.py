"""Sync over a bad network and a crashing HQ: connections cut at random bytes (upstream and downstream,
during push, pull and file transfer) and HQ killed with SIGKILL mid-sync. Afterwards a clean sync
must leave HQ and every laptop identical, with no duplicated rows and every attachment intact, and
a cut file transfer must resume instead of starting over.

Offsets and kill moments are random; the seed is in every failure message (set SYNC_FAULT_SEED to
repeat a run)."""

from __future__ import annotations

import hashlib
import io
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from sqlalchemy import func, select

from app.hq.hub import Hub
from app.hq.models import Row
from app.models import Attachment, Case, Person
from app.services.attachments import attach
from app.services.cases import set_case_fields
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.client import SyncFailed, Transport
from app.sync.engine import enroll_user, enrollment, sync
from app.wire import protocol as p
from app.wire.codes import make_code, make_user_code
from app.wire.tls import ca_fingerprint
from tests.conftest import ROOT, cli_env
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, admin_enroll, enroll_user_at_hq, new_device, running_hq
from tests.support.netcut import CutProxy

SEED = int(os.environ.get("SYNC_FAULT_SEED", random.randrange(2**32)))
ROUNDS = 15


def pdf_bytes(size: int, rng: random.Random) -> bytes:
    """A real one-page 'scan' PDF of about `size` bytes: its image is random, so nothing compresses.

    Imports keep only a rewrite of a PDF's pages (app/store/pdfs.py), so a PDF signature around
    random bytes would be refused as damaged. Random pixels do not compress: the stored rewrite
    is about `size` bytes too.
    """
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(595, 842))
    width = 1000
    height = max(1, (size - 1000) // width)
    image = pikepdf.Stream(
        pdf,
        rng.randbytes(width * height),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=width,
        Height=height,
        ColorSpace=pikepdf.Name.DeviceGray,
        BitsPerComponent=8,
    )
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.Contents = pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


@pytest.fixture
def proxy(hq: HQServer, netcut: Callable[[str, int], CutProxy]) -> CutProxy:
    return netcut("127.0.0.1", hq.port)


def device(hq: HQServer, proxy: CutProxy, path: Path, name: str) -> Workspace:
    ws = new_device(path)
    admin_enroll(ws, hq.code(name, None, url=f"https://127.0.0.1:{proxy.port}"))
    enroll_user_at_hq(hq, ws, "team_lead")  # its team lead's changes have a team lead's rights at HQ
    return ws


def import_ride(ws: Workspace, cases: int) -> list[str]:
    """The sync tests' manifest grown to `cases` cases of one person each; returns their numbers."""
    doc = manifest()
    for i in range(3, cases):
        case = dict(doc["cases"][0], case_number=f"LIM-0002{i:02d}", unhcr_id=f"100-00C00{i:03d}")
        case["persons"] = [dict(case["persons"][0], family_name=f"Synthetic{i}")]
        doc["cases"].append(case)
    import_manifest(ws, doc)
    return [c["case_number"] for c in doc["cases"]]


def no_retry(ws: Workspace) -> Transport:
    info = enrollment(ws)
    assert info is not None
    return Transport(info.url, info.ca_pem, ws.meta.device_id, info.device_key, retries=0, sleep=lambda _s: None)


def try_sync(ws: Workspace) -> bool:
    """One sync that gives up at the first network failure; True if it completed."""
    with no_retry(ws) as transport:
        try:
            sync(ws, transport=transport)
        except SyncFailed:
            return False
    return True


def snapshot(ws: Workspace) -> dict[str, Any]:
    with ws.session() as s:
        cases = {c.id: (c.case_number, c.stage, c.priority, c.deleted) for c in s.scalars(select(Case))}
        persons = {x.id: (x.family_name, x.given_names, str(x.dob), x.deleted) for x in s.scalars(select(Person))}
        files = {a.id: (a.content_hash, a.size, a.deleted) for a in s.scalars(select(Attachment))}
    return {"cases": cases, "persons": persons, "attachments": files}


def hq_counts(hub: Hub) -> dict[str, int]:
    with hub.store.session() as s:
        return dict(s.execute(select(Row.table_name, func.count()).group_by(Row.table_name)).all())


def device_counts(ws: Workspace) -> dict[str, int]:
    with ws.session() as s:
        return {
            "cases": s.scalar(select(func.count()).select_from(Case)),
            "persons": s.scalar(select(func.count()).select_from(Person)),
            "attachments": s.scalar(select(func.count()).select_from(Attachment)),
        }


def assert_files_intact(ws: Workspace, hashes: set[str]) -> None:
    for sha in hashes:
        assert ws.vault.exists(sha), f"seed {SEED}: {sha[:12]} missing on the laptop"
        assert hashlib.sha256(ws.vault.get(sha)).hexdigest() == sha, f"seed {SEED}: {sha[:12]} damaged"


def assert_converged(hub: Hub, a: Workspace, b: Workspace) -> None:
    snap = snapshot(a)
    assert snap == snapshot(b), f"seed {SEED}: laptops differ after a clean sync"
    counts = hq_counts(hub)
    mine = device_counts(a)
    for table in ("cases", "persons", "attachments"):
        assert counts.get(table, 0) == mine[table], f"seed {SEED}: HQ holds {counts} but the laptop {mine}"
    with hub.store.session() as s:
        assert {r for r in s.scalars(select(Row.row_id).where(Row.table_name == "cases"))} == set(snap["cases"])


# ----- cut connections --------------------------------------------------------------------------------
def test_a_pull_of_many_pages_cut_at_random_points_resumes_and_converges(
    hq: HQServer, proxy: CutProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next page is fetched while one is applied: a cut loses the page fetched ahead, never a row."""
    from app.sync import engine

    monkeypatch.setattr(engine, "PULL_PAGE", 3)  # about 40 pages for this ride
    rng = random.Random(SEED)
    lead = device(hq, proxy, tmp_path / "lead", "lead-laptop")
    other = device(hq, proxy, tmp_path / "other", "other-laptop")
    numbers = import_ride(lead, 40)
    sync(lead)
    rounds = 0
    while proxy.cuts < 8 and rounds < 40:  # each round: new changes, then a pull cut somewhere
        for number in rng.sample(numbers, 12):
            set_case_fields(lead, number, {"priority": rng.choice(["P-1", "P-2", "P-3"])})
        sync(lead)
        proxy.cut_after(downstream=rng.randint(300, 6_000), rst=rng.random() < 0.5)
        try_sync(other)
        proxy.cut_after(upstream=1, times=0)
        rounds += 1
    assert proxy.cuts >= 8, f"seed {SEED}: only {proxy.cuts} cuts landed in {rounds} rounds"
    sync(other)
    assert_converged(hq.hub, lead, other)


def test_random_cuts_during_push_pull_and_file_transfer_then_a_clean_sync_converges(
    hq: HQServer, proxy: CutProxy, tmp_path: Path, hq_db_url: str | None
) -> None:
    # 50 cuts that land on the embedded HQ; the same code path, fewer, on PostgreSQL. A cut is set at
    # a random offset and does not land when the exchange is shorter: rounds go on until enough did.
    wanted = ROUNDS if hq_db_url else 50
    rng = random.Random(SEED)
    lead = device(hq, proxy, tmp_path / "lead", "lead-laptop")
    other = device(hq, proxy, tmp_path / "other", "other-laptop")
    numbers = import_ride(lead, 30)
    hashes: set[str] = set()
    failures = 0
    round_no = 0
    while proxy.cuts < wanted and round_no < 4 * wanted:
        phase = ("push", "file", "pull")[round_no % 3]
        case_number = rng.choice(numbers)
        set_case_fields(lead, case_number, {"priority": rng.choice(["P-1", "P-2", "P-3"])})
        if phase == "file":
            size = rng.randint(p.CHUNK_BYTES // 2, 2 * p.CHUNK_BYTES + 1000)
            result = attach(lead, case_number, pdf_bytes(size, rng), filename=f"scan{round_no}.pdf", kind="scan")
            hashes.add(result.content_hash)
            proxy.cut_after(upstream=rng.randint(200, size + 20_000), rst=rng.random() < 0.8)
            failures += not try_sync(lead)
        elif phase == "push":
            proxy.cut_after(upstream=rng.randint(200, 12_000), rst=rng.random() < 0.8)
            failures += not try_sync(lead)
        else:  # the other laptop pulls rows and downloads files through a cut downstream
            sync(lead)
            proxy.cut_after(downstream=rng.randint(200, 3 * p.CHUNK_BYTES), rst=rng.random() < 0.8)
            failures += not try_sync(other)
        proxy.cut_after(upstream=1, times=0)  # no cut left over for the next round
        round_no += 1
    assert proxy.cuts >= wanted, f"seed {SEED}: only {proxy.cuts} cuts landed in {round_no} rounds"
    assert failures >= wanted // 2, f"seed {SEED}: only {failures} of {proxy.cuts} cuts made a sync fail"
    sync(lead), sync(other), sync(lead)
    assert_converged(hq.hub, lead, other)
    assert len(hashes) == (round_no + 1) // 3  # one new file every third round
    assert_files_intact(lead, hashes)
    assert_files_intact(other, hashes)
    assert not list((hq.hub.blobs.partial).iterdir()), "a finished upload left a partial file at HQ"
    for sha in hashes:
        assert hashlib.sha256(hq.hub.blobs.path(sha).read_bytes()).hexdigest() == sha


def test_a_file_transfer_cut_at_90_percent_resumes_instead_of_starting_over(
    hq: HQServer, proxy: CutProxy, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    lead = device(hq, proxy, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    data = pdf_bytes(3 * p.CHUNK_BYTES + 300_000, rng)
    sha = attach(lead, "LIM-000100", data, filename="passport-scan.pdf", kind="scan").content_hash
    size = len(data)

    proxy.cut_after(upstream=int(size * 0.9))
    assert not try_sync(lead), f"seed {SEED}: the cut did not stop the upload"
    held = hq.hub.blobs.status(sha)
    assert not held.complete and held.offset >= 2 * p.CHUNK_BYTES, held
    proxy.cut_after(upstream=1, times=0)
    up_before = proxy.bytes_up
    sync(lead)
    resent = proxy.bytes_up - up_before
    assert resent <= size - held.offset + 64 * 1024, f"resumed upload sent {resent} of {size} bytes"
    assert resent < size // 2, f"resumed upload sent {resent} of {size} bytes"  # not started over
    assert hashlib.sha256(hq.hub.blobs.path(sha).read_bytes()).hexdigest() == sha

    other = device(hq, proxy, tmp_path / "other", "other-laptop")
    proxy.cut_after(downstream=int(size * 0.9))
    assert not try_sync(other), f"seed {SEED}: the cut did not stop the download"
    assert not other.vault.exists(sha)
    proxy.cut_after(downstream=1, times=0)
    down_before = proxy.bytes_down
    sync(other)
    received = proxy.bytes_down - down_before
    # every whole chunk received before the cut (at least two of the three) is kept, not fetched again
    assert received <= size - 2 * p.CHUNK_BYTES + 64 * 1024, f"resumed download received {received} of {size} bytes"
    assert_files_intact(other, {sha})
    assert snapshot(other) == snapshot(lead)


# ----- HQ killed with SIGKILL -------------------------------------------------------------------------------
def start_hq(home: Path, tmp_path: Path, port: int = 0) -> tuple[subprocess.Popen[bytes], int]:
    port_file = tmp_path / f"port-{time.monotonic_ns()}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "hq", "serve", "--home", str(home), "--port", str(port)]
        + ["--port-file", str(port_file)],
        env=cli_env(tmp_path),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while not (port_file.exists() and port_file.read_text().strip()):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"HQ did not start: {proc.communicate()[1].decode(errors='replace')[-2000:]}")
        time.sleep(0.05)
    actual = int(port_file.read_text())
    # the port file is written before uvicorn is ready: wait for TLS to answer
    import httpx

    from app.wire.tls import client_ssl_context

    ctx = client_ssl_context((home / "tls" / "ca.pem").read_bytes())
    while True:
        try:
            with httpx.Client(verify=ctx, trust_env=False, timeout=2) as client:
                if client.get(f"https://127.0.0.1:{actual}/v1/health").status_code == 200:
                    return proc, actual
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("HQ did not answer after starting")
        time.sleep(0.05)


def test_hq_killed_during_a_big_push_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    home = tmp_path / "hqhome"
    hub = Hub(home)
    _, lead_token = hub.enroll_device("lead-laptop", None)
    _, other_token = hub.enroll_device("other-laptop", None)
    proc, port = start_hq(home, tmp_path)
    procs = [proc]
    try:
        url = f"https://127.0.0.1:{port}"
        fingerprint = ca_fingerprint((home / "tls" / "ca.pem").read_bytes())
        lead = new_device(tmp_path / "lead")
        admin_enroll(lead, make_code(url, fingerprint, lead_token))
        enroll_user(lead, make_user_code("lead", hub.add_user("lead", "team_lead") or hub.user_code("lead")))
        doc = manifest()
        doc["cases"] = [
            dict(
                doc["cases"][i % 3],
                case_number=f"LIM-{100000 + i:06d}",
                unhcr_id=f"100-00C{i:05d}",
                persons=[dict(doc["cases"][0]["persons"][0], family_name=f"Synthetic{i}")],
            )
            for i in range(300)
        ]
        import_manifest(lead, doc)
        kills = 0
        for _attempt in range(2):
            outcome: list[object] = []
            # Kill HQ a random few milliseconds after the sync reports its k-th step, so the next
            # batch is in flight: tied to the sync's progress, not to a clock a fast machine outruns.
            target, steps, landed = (1 if _attempt == 0 else rng.randint(1, 2)), [0], threading.Event()
            victim = procs[-1]

            def kill_hq(victim: subprocess.Popen[bytes] = victim, landed: threading.Event = landed) -> None:
                if victim.poll() is None:
                    os.kill(victim.pid, signal.SIGKILL)
                    landed.set()

            # The first crash lands at once (the next request certainly meets a dead HQ); the second
            # a random few milliseconds later, wherever in the exchange that falls.
            delay = 0.0 if _attempt == 0 else rng.uniform(0.0, 0.05)

            def progress(
                _stage: str,
                _done: int,
                _total: int,
                steps: list[int] = steps,
                target: int = target,
                delay: float = delay,
            ) -> None:
                steps[0] += 1
                if steps[0] == target:
                    if delay:
                        threading.Timer(delay, kill_hq).start()
                    else:
                        kill_hq()

            def run(outcome: list[object] = outcome) -> None:
                with no_retry(lead) as transport:
                    try:
                        outcome.append(sync(lead, progress, transport=transport))
                    except SyncFailed as exc:
                        outcome.append(exc)

            thread = threading.Thread(target=run)
            thread.start()
            thread.join(60)
            if not landed.is_set():
                kill_hq()
            kills += isinstance(outcome[0], SyncFailed) if outcome else 0
            procs[-1].wait(10)
            assert not thread.is_alive() and outcome, f"seed {SEED}: sync hung after HQ died"
            proc, again = start_hq(home, tmp_path, port)
            procs.append(proc)
            assert again == port
            for ws_edit in range(5):  # more edits between the crashes
                set_case_fields(lead, f"LIM-{100000 + rng.randrange(300):06d}", {"priority": f"P-{ws_edit % 3 + 1}"})
        assert kills >= 1, f"seed {SEED}: no sync was interrupted by HQ's death; nothing was tested"
        sync(lead)
        other = new_device(tmp_path / "other")
        admin_enroll(other, make_code(url, fingerprint, other_token))
        sync(other)
        sync(lead)
        assert snapshot(lead) == snapshot(other), f"seed {SEED}: laptops differ"
        assert device_counts(other)["cases"] == 300
        check = Hub(home)
        try:
            counts = hq_counts(check)
            assert counts.get("cases") == 300 and counts.get("persons") == 300, f"seed {SEED}: HQ holds {counts}"
        finally:
            check.store.dispose()
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        hub.store.dispose()
