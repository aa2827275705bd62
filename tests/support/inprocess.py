"""Sync without sockets: a device's Transport talking to HQ's ASGI app in-process (starlette's
TestClient), for property tests that run hundreds of syncs. Same signing, same app, same merge."""

from __future__ import annotations

import base64
import warnings
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

with warnings.catch_warnings():  # starlette prefers httpx2 for its test client; httpx works the same here
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from app.hq.api import create_app
from app.hq.hub import Hub
from app.hq.models import Device
from app.models.base import utcnow
from app.store.settings import write_setting
from app.store.workspace import Workspace
from app.sync import engine
from app.sync.client import Transport


class InProcessTransport(Transport):
    def __init__(self, client: TestClient, device_id: str, key: Ed25519PrivateKey) -> None:  # noqa: D107
        self.base_url = "http://hq"
        self.device_id = device_id
        self.key = key
        self.retries = 0
        self.sleep = lambda _s: None
        self.bytes_sent = 0
        self.bytes_received = 0
        self.client = client  # type: ignore[assignment]

    def close(self) -> None:
        pass


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def enroll_in_process(hub: Hub, ws: Workspace, name: str, ride_id: str | None = None) -> Ed25519PrivateKey:
    key, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    with hub.store.session() as session:
        session.add(
            Device(
                id=ws.meta.device_id,
                name=name,
                ride_id=ride_id,
                device_id=ws.meta.device_id,
                public_key=_b64(key.public_key().public_bytes_raw()),
                box_key=_b64(box.public_key().public_bytes_raw()),
                enrolled_at=utcnow(),
            )
        )
    with ws.session() as session:
        write_setting(session, engine.S_URL, "https://hq.invalid")
        write_setting(session, engine.S_KEY, _b64(key.private_bytes_raw()))
        write_setting(session, engine.S_BOX, _b64(box.private_bytes_raw()))
        write_setting(session, engine.S_HQ_BOX, hub.box_public)
        write_setting(session, engine.S_HQ_SIGN, hub.sign_public)
    return key


def client_for(hub: Hub) -> Any:
    return TestClient(create_app(hub), base_url="http://hq")
