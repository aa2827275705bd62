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

from app import app_version
from app.hq.api import create_app
from app.hq.hub import Hub
from app.hq.models import Device, HQUser, UserKey
from app.models.base import utcnow
from app.store.settings import write_setting
from app.store.workspace import Workspace
from app.sync import engine
from app.sync.client import Transport
from app.wire.protocol import MAX_BATCH
from app.wire.signing import public_key_text


class InProcessTransport(Transport):
    def __init__(self, client: TestClient, device_id: str, key: Ed25519PrivateKey) -> None:  # noqa: D107
        self.base_url = "http://hq"
        self.device_id = device_id
        self.key = key
        self.retries = 0
        self.sleep = lambda _s: None
        self.bytes_sent = 0
        self.bytes_received = 0
        self.release = None  # what HQ's answers say about releases, as Transport keeps it
        self.push_limit = MAX_BATCH  # changes per push, until HQ's answers say (as Transport)
        self.body_encodings = frozenset()  # what HQ's answers say it reads in a push body (as Transport)
        self.version = app_version()
        self.client = client  # type: ignore[assignment]

    def close(self) -> None:
        pass


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def enroll_in_process(
    hub: Hub, ws: Workspace, name: str, ride_id: str | None = None, user_role: str | None = "team_lead"
) -> Ed25519PrivateKey:
    """The workspace enrolled as a device, and (unless `user_role` is None) its user known at HQ in
    that role with their key bound, as `hq user add` and `user enroll` would leave them."""
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
    if user_role is not None and ws.username and ws.user_key is not None:
        public = public_key_text(ws.user_key.public_key())
        with hub.store.session() as session:
            if session.get(HQUser, ws.username) is None:
                session.add(HQUser(username=ws.username, role=user_role))
            session.add(UserKey(username=ws.username, public_key=public, device_id=ws.meta.device_id))
        with ws.session() as session:
            write_setting(session, engine.S_USER_KEY + ws.username, public)
    return key


def client_for(hub: Hub) -> Any:
    return TestClient(create_app(hub), base_url="http://hq")
