"""A real HQ server for tests: uvicorn over TLS on 127.0.0.1 in a background thread, on SQLite or
a PostgreSQL database, plus helpers to enroll real encrypted workspaces as devices."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from app.hq.hub import Hub
from app.hq.serve import make_server
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from app.sync.engine import enroll, enroll_user, enrollment
from app.wire.codes import make_code, make_user_code
from app.wire.signing import sign_request
from app.wire.tls import ca_fingerprint, client_ssl_context
from tests.support.staff import as_admin

PASSWORD = "correct horse battery staple"


class HQServer:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.server: Any = None
        self.thread: threading.Thread | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self, port: int = 0) -> HQServer:
        self.server, sock = make_server(self.hub, "127.0.0.1", port)
        self.port = sock.getsockname()[1]
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("HQ test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)

    def code(self, name: str, ride_id: str | None = None, url: str | None = None) -> str:
        _, token = self.hub.enroll_device(name, ride_id)
        fingerprint = ca_fingerprint((self.hub.tls_dir / "ca.pem").read_bytes())
        return make_code(url or self.url, fingerprint, token)


@contextmanager
def running_hq(home: Path, db_url: str | None = None) -> Iterator[HQServer]:
    hub = Hub(home, db_url)
    server = HQServer(hub).start()
    try:
        yield server
    finally:
        server.stop()
        hub.store.dispose()


def new_device(path: Path, name: str = "lead", role: str = "team_lead") -> Workspace:
    return create_workspace(path, name, PASSWORD, kdf=TEST_KDF, role=role)


def enrolled(
    hq: HQServer,
    path: Path,
    name: str,
    ride_id: str | None = None,
    role: str = "team_lead",
    hq_role: str | None = "same",
) -> Workspace:
    """A new laptop (its user "lead", in `role`) enrolled with HQ, and its user enrolled at HQ in
    `hq_role` (default: the same role), so HQ judges the user's signed changes by that role; with
    `hq_role=None` the user is not enrolled at HQ (their changes have an interviewer's rights)."""
    ws = new_device(path, "lead", role)
    with as_admin(ws, PASSWORD):  # enrolling a laptop is its administrator's act
        enroll(ws, hq.code(name, ride_id))
    if hq_role is not None:
        enroll_user_at_hq(hq, ws, role if hq_role == "same" else hq_role)
    return ws


def enroll_user_at_hq(hq: HQServer, ws: Workspace, role: str) -> Any:
    """`hq user add NAME --role ROLE` (or `hq user code NAME` for a user HQ knows), then `user enroll
    --code CODE` on the laptop, unlocked as that user."""
    username = ws.username
    assert username is not None
    token = hq.hub.add_user(username, role) or hq.hub.user_code(username)
    return enroll_user(ws, make_user_code(username, token))


def new_cases_push(device_id: str, first: int, count: int, *, prefix: str, after: int | None = None) -> Any:
    """A push of `count` new cases numbered from device_seq `first` (HQ load tests and benchmarks)."""
    from app.util.ids import uuid7
    from app.wire import protocol as p

    changes = [
        p.Change(
            device_seq=seq,
            table="cases",
            row_id=uuid7(),
            hlc=f"{int(time.time() * 1000):016d}-0000-{device_id}",
            fields={"case_number": f"{prefix}-{device_id[-6:]}-{seq}", "stage": "pre-screening"},
        )
        for seq in range(first, first + count)
    ]
    last = first + count - 1
    return p.PushRequest(after=first - 1 if after is None else after, changes=changes, device_head=last)


class Raw:
    """A raw HTTPS client speaking for one device, signing exactly the bytes it sends."""

    def __init__(self, hq: HQServer, ws: Workspace) -> None:
        info = enrollment(ws)
        assert info is not None
        self.key, self.device_id = info.device_key, ws.meta.device_id
        self.client = httpx.Client(base_url=hq.url, verify=client_ssl_context(info.ca_pem), trust_env=False)

    def headers(self, method: str, target: str, body: bytes = b"", **kw: Any) -> dict[str, str]:
        headers = sign_request(kw.pop("key", self.key), kw.pop("device", self.device_id), method, target, body, **kw)
        headers["Content-Type"] = "application/json"
        return headers

    def send(self, method: str, target: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        return self.client.request(method, target, content=body, headers=headers)

    def call(self, method: str, target: str, body: bytes = b"") -> httpx.Response:
        return self.send(method, target, body, self.headers(method, target, body))


def admin_enroll(ws: Workspace, code: str) -> Any:
    """`enroll` as the laptop's administrator (whose act it is), the workspace staying open as its user."""
    with as_admin(ws, PASSWORD):
        return enroll(ws, code)
