"""HQ names the current release on every sync, and refuses in words a laptop it no longer serves.

A real HQ on 127.0.0.1 (TLS), real encrypted workspaces, and the real `circuitride sync` CLI: the
release HQ announces is changed on the running server (`app.state.release`), as `hq serve
--current-version --download-url --minimum-version` sets it at start.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from app import app_version
from app.hq.api import Release
from app.models import OutboxEntry
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.client import SyncFailed
from app.sync.engine import PUSH_CURSOR, cursor, enroll, sync, sync_state
from app.wire import protocol as p
from app.wire.protocol import is_newer
from tests.conftest import ROOT, cli_env
from tests.integration.test_sync import manifest
from tests.support.hq import PASSWORD, HQServer, enrolled, new_device, running_hq
from tests.support.staff import as_admin

URL = "https://updates.example.org/circuitride"


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def announce(hq: HQServer, **release: Any) -> None:
    """What `hq serve --current-version ... --download-url ... --minimum-version ...` sets at start."""
    hq.server.config.app.state.release = Release(**release)


def waiting(ws: Workspace) -> int:
    """Changes in the outbox HQ has not acknowledged."""
    with ws.session() as session:
        acked = cursor(session, PUSH_CURSOR)
        return int(session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.device_seq > acked)))


def newer_than_mine() -> tuple[str, str]:
    mine = app_version()
    assert p.version_key(mine) is not None, "these tests need an installed app with a release number"
    parts = [int(x) for x in mine.split(".")[:3]]
    return f"{parts[0]}.{parts[1] + 1}.0", f"{parts[0] + 1}.0.0"


def test_versions_compare_as_release_numbers() -> None:
    assert is_newer("1.2.10", "1.2.9") and not is_newer("1.2.9", "1.2.10")
    assert not is_newer("1.2", "1.2.0") and not is_newer("1.2.0", "1.2")
    assert is_newer("1.3.0", "1.3.0rc1") and not is_newer("1.3.0rc1", "1.3.0")
    assert not is_newer("development copy", "0.1.0") and not is_newer("2.0.0", "development copy")


def test_hq_names_the_current_release_and_the_laptop_records_and_prints_it(
    hq: HQServer, tmp_path: Path, cli: Any
) -> None:
    ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
    report = sync(ws)  # HQ's default: its own version, the same as this laptop's: nothing to say
    assert report.update_available is None and sync_state(ws).update_available is None
    newer, _ = newer_than_mine()
    announce(hq, current=newer, download_url=URL)
    report = sync(ws)
    expected = f"Circuit Ride {newer} is available (you have {app_version()}): {URL}"
    assert report.update_available == expected
    state = sync_state(ws)
    assert (state.current_version, state.download_url, state.update_available) == (newer, URL, expected)
    ws.lock()

    result = cli("--user", "lead", "sync", data_dir=tmp_path / "lead")
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout + result.stderr
    status = cli("--user", "lead", "sync", "status", "--json", data_dir=tmp_path / "lead")
    state_json = json.loads(status.stdout)
    assert state_json["current_version"] == newer and state_json["download_url"] == URL
    assert state_json["update_available"] == expected
    # the health endpoint says the same, for monitoring and for a laptop that has not synced
    health = httpx.get(f"{hq.url}/v1/health", verify=False).json()  # noqa: S501 - a test of the answer, not TLS
    assert health["current_version"] == newer and health["download_url"] == URL and health["protocol"] == 1


def test_a_laptop_older_than_hq_serves_is_told_in_words_and_keeps_its_changes(
    hq: HQServer, tmp_path: Path, cli: Any
) -> None:
    ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(ws, manifest())
    before = waiting(ws)
    assert before > 0
    newer, _ = newer_than_mine()
    announce(hq, current=newer, download_url=URL, minimum=newer)
    with pytest.raises(SyncFailed) as refused:
        sync(ws)
    sentence = (
        f"This laptop's Circuit Ride ({app_version()}) is too old for HQ, which needs {newer} or newer: install the "
        f"update from {URL}, then sync again. Nothing was lost: your changes wait on this laptop."
    )
    assert refused.value.message == sentence
    assert waiting(ws) == before  # the outbox is intact
    assert sync_state(ws).last_error == sentence and sync_state(ws).current_version == newer
    ws.lock()

    result = cli("--user", "lead", "sync", data_dir=tmp_path / "lead")
    assert result.returncode != 0
    assert sentence in result.stderr and "426" not in result.stderr and "Traceback" not in result.stderr

    announce(hq, current=app_version(), minimum=app_version())  # "the laptop was upgraded"
    result = cli("--user", "lead", "sync", data_dir=tmp_path / "lead")
    assert result.returncode == 0, result.stderr
    state = json.loads(cli("--user", "lead", "sync", "status", "--json", data_dir=tmp_path / "lead").stdout)
    assert state["pending_changes"] == 0 and not state["last_error"] and state["update_available"] is None


def test_an_hq_that_speaks_only_a_newer_protocol_is_explained(hq: HQServer, tmp_path: Path) -> None:
    ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(ws, manifest())
    before = waiting(ws)
    _, major = newer_than_mine()
    announce(hq, current=major, download_url=URL, minimum_protocol=p.PROTOCOL_VERSION + 1)
    with pytest.raises(SyncFailed) as refused:
        sync(ws)
    assert refused.value.message.startswith(f"This laptop's Circuit Ride ({app_version()}) is too old for HQ")
    assert f"needs {major} or newer: install the update from {URL}" in refused.value.message
    assert waiting(ws) == before


def test_a_laptop_that_names_no_version_gets_a_reason_in_words(hq: HQServer, tmp_path: Path) -> None:
    """A laptop from before versions were sent shows HQ's detail: it must be a sentence too."""
    newer, _ = newer_than_mine()
    announce(hq, current=newer, download_url=URL, minimum=newer)
    answer = httpx.post(f"{hq.url}/v1/push", content=b"{}", verify=False)  # noqa: S501
    assert answer.status_code == 426
    assert answer.json()["detail"] == (
        f"this laptop's Circuit Ride (an older version) is too old for HQ, which needs {newer} or newer: "
        f"install the update from {URL}"
    )
    assert answer.headers[p.HEADER_CURRENT_VERSION] == newer
    assert httpx.get(f"{hq.url}/v1/health", verify=False).status_code == 200  # noqa: S501 - monitoring stays open


def test_a_laptop_too_old_to_enroll_is_told_so_and_a_current_one_enrolls(hq: HQServer, tmp_path: Path) -> None:
    newer, _ = newer_than_mine()
    announce(hq, current=newer, download_url=URL, minimum=newer)
    ws = new_device(tmp_path / "new")
    code = hq.code("new-laptop")
    with as_admin(ws, PASSWORD), pytest.raises(SyncFailed) as refused:
        enroll(ws, code)
    assert refused.value.message.startswith(f"This laptop's Circuit Ride ({app_version()}) is too old for HQ")
    announce(hq, current=newer, download_url=URL, minimum=app_version())
    with as_admin(ws, PASSWORD):
        assert enroll(ws, code).device_name == "new-laptop"  # the same code, once the laptop is served


def test_hq_serve_takes_the_release_options_and_refuses_wrong_ones(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    base = [sys.executable, "-m", "app", "hq", "serve", "--home", str(tmp_path / "hq"), "--port", "0"]
    for extra, words in (
        (["--current-version", "1.0.0", "--minimum-version", "2.0.0"], "newer than --current-version"),
        (["--current-version", "latest"], "not a version number"),
        (["--download-url", "javascript:alert(1)"], "must be an https://"),
    ):
        wrong = subprocess.run([*base, *extra], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
        assert wrong.returncode == 2 and words in wrong.stderr and "Traceback" not in wrong.stderr
    port_file = tmp_path / "port"
    newer, _ = newer_than_mine()
    options = ["--port-file", str(port_file), "--current-version", newer, "--download-url", URL]
    server = subprocess.Popen([*base, *options, "--minimum-version", app_version()], env=env, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text()):
            assert server.poll() is None and time.monotonic() < deadline, "hq serve did not start"
            time.sleep(0.1)
        health = httpx.get(f"https://127.0.0.1:{port_file.read_text()}/v1/health", verify=False)  # noqa: S501
        assert health.json()["current_version"] == newer and health.json()["minimum_version"] == app_version()
        assert health.json()["download_url"] == URL and health.headers[p.HEADER_DOWNLOAD] == URL
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_pushes_carry_as_many_changes_as_hq_says_it_takes(hq: HQServer, tmp_path: Path) -> None:
    """HQ names on every answer how many changes one push may carry; the laptop sends the protocol's
    old 1,000 until it has heard that, then batches of what HQ said, and everything arrives once."""
    from app.hq.models import Receipt, Row
    from app.services.demo_data import generate

    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, generate(900, 7, photos=False).manifest)
    with lead.session() as session:
        queued = int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
    assert queued > 2 * p.MAX_BATCH + p.MAX_PUSH_CHANGES  # enough for the limit to show
    report = sync(lead)
    with hq.hub.store.session() as session:
        counts = [r.count for r in session.scalars(select(Receipt).where(Receipt.kind == "push").order_by(Receipt.id))]
        rows = int(session.scalar(select(func.count()).select_from(Row)) or 0)
    # The first two batches are made before HQ's first answer (the next is read while HQ merges one);
    # local-only entries (this laptop's users) are read but not sent.
    assert all(p.MAX_BATCH - 10 <= c <= p.MAX_BATCH for c in counts[:2])
    assert max(counts) == p.MAX_PUSH_CHANGES and all(c <= p.MAX_PUSH_CHANGES for c in counts)
    assert sum(counts) == report.pushed and rows == report.pushed
    assert waiting(lead) == 0


def test_the_push_limit_is_what_hq_said_within_the_protocol() -> None:
    """No header, or one that is not a number: an older HQ, 1,000. A larger number than this laptop's
    protocol allows is not believed."""
    from app.sync.client import push_limit

    assert push_limit(httpx.Headers({})) == p.MAX_BATCH
    assert push_limit(httpx.Headers({p.HEADER_PUSH_LIMIT: "lots"})) == p.MAX_BATCH
    assert push_limit(httpx.Headers({p.HEADER_PUSH_LIMIT: "2500"})) == 2500
    assert push_limit(httpx.Headers({p.HEADER_PUSH_LIMIT: "999999"})) == p.MAX_PUSH_CHANGES
    assert push_limit(httpx.Headers({p.HEADER_PUSH_LIMIT: "0"})) == 1
