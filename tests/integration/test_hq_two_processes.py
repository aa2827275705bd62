"""Two real HQ processes (`circuitride hq serve`, each its own port) on one database, as behind a
load balancer: two laptops push and pull through one and then the other, and they converge, with a
concurrent edit surfaced as exactly one conflict on each laptop and at HQ. On SQLite (WAL, writers
take the file's lock at BEGIN IMMEDIATE) and on PostgreSQL (the counter row's lock orders sequence
numbers across processes)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.hq.hub import Hub
from app.hq.models import Row
from app.services.cases import set_person_fields
from app.services.conflicts import list_conflicts
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.client import Transport
from app.sync.engine import enroll_user, enrollment, sync
from app.wire import protocol as p
from app.wire.codes import make_code, make_user_code
from app.wire.tls import ca_fingerprint
from tests.integration.test_sync import manifest, person_of, snapshot
from tests.support.hq import admin_enroll, new_device

ROOT = Path(__file__).resolve().parents[2]


def start(home: Path, db_url: str | None, name: str) -> tuple[subprocess.Popen[bytes], str]:
    port_file = home.parent / f"{name}.port"
    cmd = [
        sys.executable,
        "-m",
        "app",
        "hq",
        "serve",
        "--home",
        str(home),
        "--port",
        "0",
        "--port-file",
        str(port_file),
    ]
    if db_url:
        cmd += ["--db", db_url]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not port_file.exists() or not port_file.read_text().strip():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("HQ did not start: " + (proc.stderr.read().decode()[-800:] if proc.stderr else ""))
        time.sleep(0.05)
    return proc, f"https://127.0.0.1:{int(port_file.read_text())}"


@pytest.fixture
def two_hqs(tmp_path: Path, hq_db_url: str | None) -> Iterator[tuple[Hub, str, str]]:
    home = tmp_path / "hq"
    hub = Hub(home, hq_db_url)  # HQ's home (its CA, keys) made once, before either process starts
    procs: list[subprocess.Popen[bytes]] = []
    try:
        a, url_a = start(home, hq_db_url, "a")
        procs.append(a)
        b, url_b = start(home, hq_db_url, "b")
        procs.append(b)
        yield hub, url_a, url_b
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        hub.store.dispose()


def laptop(hub: Hub, path: Path, name: str, url: str) -> Workspace:
    ws = new_device(path, "lead", "team_lead")
    _, token = hub.enroll_device(name, None)
    admin_enroll(ws, make_code(url, ca_fingerprint((hub.tls_dir / "ca.pem").read_bytes()), token))
    code = hub.add_user("lead", "team_lead") or hub.user_code("lead")
    enroll_user(ws, make_user_code("lead", code))
    return ws


def through(ws: Workspace, url: str) -> Transport:
    """This laptop's transport to one given HQ process (a load balancer picks one per connection)."""
    info = enrollment(ws)
    assert info is not None
    return Transport(url, info.ca_pem, ws.meta.device_id, info.device_key)


def sync_via(ws: Workspace, url: str) -> object:
    with through(ws, url) as transport:
        return sync(ws, transport=transport)


def test_two_hq_processes_give_the_same_results(two_hqs: tuple[Hub, str, str], tmp_path: Path) -> None:
    hub, url_a, url_b = two_hqs
    lead = laptop(hub, tmp_path / "lead", "lead-laptop", url_a)
    other = laptop(hub, tmp_path / "other", "other-laptop", url_b)
    import_manifest(lead, manifest())
    sync_via(lead, url_a)
    sync_via(other, url_b)  # pulls from the other process what the first one merged
    assert snapshot(other) == snapshot(lead)

    pid = person_of(lead, "LIM-000101")
    set_person_fields(lead, "LIM-000101", pid, {"given_names": "Ana Maria"})
    set_person_fields(other, "LIM-000101", pid, {"given_names": "Anna"})
    sync_via(lead, url_b)
    sync_via(other, url_a)
    sync_via(lead, url_a)
    sync_via(other, url_b)
    sync_via(lead, url_b)

    assert snapshot(lead) == snapshot(other)
    for ws in (lead, other):
        conflicts = list_conflicts(ws)
        assert len(conflicts) == 1
        assert sorted(c["value"] for c in conflicts[0].candidates) == ["Ana Maria", "Anna"]
    with hub.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Row).where(Row.table_name == p.CONFLICTS_TABLE)) == 1
        seqs = list(session.scalars(select(Row.seq)))
    assert len(seqs) == len(set(seqs))  # no sequence number given twice by the two processes


def test_pushes_at_once_through_both_processes(two_hqs: tuple[Hub, str, str], tmp_path: Path) -> None:
    """Both laptops sync at the same moment, each through its own process: every change is kept once
    and both converge (the two processes' merges are ordered by the database, not by a process lock)."""
    from concurrent.futures import ThreadPoolExecutor

    hub, url_a, url_b = two_hqs
    lead = laptop(hub, tmp_path / "lead", "lead-laptop", url_a)
    other = laptop(hub, tmp_path / "other", "other-laptop", url_b)
    import_manifest(lead, manifest())
    sync_via(lead, url_a)
    sync_via(other, url_b)
    for round_ in range(3):
        set_person_fields(lead, "LIM-000100", person_of(lead, "LIM-000100"), {"given_names": f"Lead {round_}"})
        set_person_fields(other, "LIM-000102", person_of(other, "LIM-000102"), {"given_names": f"Other {round_}"})
        with ThreadPoolExecutor(max_workers=2) as pool:
            done = [pool.submit(sync_via, lead, url_a), pool.submit(sync_via, other, url_b)]
            for future in done:
                future.result()
    sync_via(lead, url_b)
    sync_via(other, url_a)
    sync_via(lead, url_b)
    assert snapshot(lead) == snapshot(other)
    names = {pid: values[1] for pid, values in snapshot(lead)["persons"].items()}
    assert names[person_of(lead, "LIM-000100")] == "Lead 2" and names[person_of(lead, "LIM-000102")] == "Other 2"
    assert list_conflicts(lead) == [] and list_conflicts(other) == []
    with hub.store.session() as session:
        seqs = list(session.scalars(select(Row.seq)))
    assert len(seqs) == len(set(seqs))
