"""HQ's HTTP API (FastAPI). Every route but /v1/health, /v1/ca and /v1/enroll needs a request
signed by an enrolled, unrevoked device (app/wire/signing.py), whose signature headers are checked
before a byte of its body is read. Each route reads at most its own bound (`body_bound`; past it:
413) within a time that grows with its length. Bodies are parsed from the exact bytes that were
signed, with the models of app/wire/protocol.py: anything malformed gets a 4xx with a reason and
changes nothing. Errors never echo request content back (it may hold personal data). A device
reads only what its scope allows: files its records name, and the sync state of itself (or of its
ride's devices, or all, for team-lead laptops).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import gzip
import hashlib
import json as jsonlib
import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import zstandard
from cryptography.exceptions import InvalidSignature
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import CircuitRideError
from app.hq import blobaccess, merge
from app.hq.blobs import NOT_HELD, BlobRefused
from app.hq.hub import Hub
from app.hq.models import Device, HQUser, Nonce, Receipt, UserCode, UserKey
from app.hq.pushgroups import PushGroups
from app.models.base import utcnow
from app.util.files import size_text
from app.util.gcpause import no_gc_pauses
from app.wire import protocol as p
from app.wire.signing import (
    DEFAULT_MAX_SKEW,
    HEADER_CONTENT_SHA256,
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    SIGNED_HEADERS,
    RequestRefused,
    canonical,
    load_public_key_text,
    verify_request,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R")
INLINE_VERIFY_BYTES = 256 * 1024  # a push this size or smaller is verified on the event loop (see authenticated)
DEVICE_HEADER = HEADER_DEVICE.lower()  # Starlette's header names are lower case
NONCE_WINDOW = 600


REVOKED = "this device has been revoked by HQ; ask HQ to enroll it again"

# ----- request bodies ----------------------------------------------------------------------------
# What each route may receive. A body declared longer is refused with 413 before a byte of it is
# read; one sent without a length, or longer than it said, when it passes the bound. Signed routes
# check the signature headers before reading any of the body (see `check_signed_headers`).
ENROLL_BODY_BYTES = 8 * 1024  # an EnrollRequest is under 1 KB
QUERY_BODY_BYTES = 1024 * 1024  # a BlobQuery: at most 10,000 hashes of 64 hex digits
# A push: the protocol allows MAX_PUSH_CHANGES (5000) changes of up to MAX_CHANGE_BYTES (512 KB)
# each, gigabytes that HQ would have to hold and parse at once. 16 MB holds 32 changes at that
# maximum, or 5000 changes of 3 KB on average (a person is about 1 KB, a form submission a few
# KB); HQ accepted 4 MB before, so every push that worked still does. A laptop ends a batch before
# it would be larger (app/sync/engine.py `outbox_changes`).
PUSH_BODY_BYTES = p.MAX_PUSH_BYTES
CHUNK_BODY_BYTES = p.CHUNK_BYTES  # one chunk of an upload
SMALL_BODY_BYTES = 1024  # every other route carries no body (GETs, /v1/pull/done)
# A body must arrive within 30 s plus 8 KB per second of its length (64 kbit/s, a poor field
# link): a client trickling bytes cannot hold a request open for ever.
BODY_SECONDS = 30.0
BODY_BYTES_PER_SECOND = 8 * 1024
_BLOB_PATH = re.compile(r"^/v1/blobs/[^/]+$")


def body_bound(method: str, path: str) -> int:
    """The largest body HQ reads for this request."""
    if method == "POST" and path == "/v1/push":
        return PUSH_BODY_BYTES
    if method == "PUT" and _BLOB_PATH.match(path):
        return CHUNK_BODY_BYTES
    if method == "POST" and path == "/v1/blobs/missing":
        return QUERY_BODY_BYTES
    if method == "POST" and path in ("/v1/enroll", "/v1/users/enroll"):
        return ENROLL_BODY_BYTES
    return SMALL_BODY_BYTES


def too_large(bound: int) -> str:
    return f"the request is larger than HQ accepts here (at most {size_text(bound)}); it was not read"


class BodyTooLarge(Exception):
    def __init__(self, bound: int) -> None:
        super().__init__(too_large(bound))
        self.bound = bound


class BodyLimit:
    """ASGI middleware holding every request to its route's body bound (`body_bound`).

    A response sent before the body was read to its end (a refusal after the headers) closes the
    connection: the rest of the body is never read, and the connection could not carry another
    request after it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        bound = body_bound(scope["method"], scope["path"])
        headers = dict(scope["headers"])
        length_text = headers.get(b"content-length")
        declared: int | None = None
        if length_text is not None:
            declared = int(length_text) if length_text.isdigit() else -1
        if declared is not None and (declared < 0 or declared > bound):
            detail = too_large(bound) if declared > bound else "the request's Content-Length is not a number"
            await _answer_and_close(send, 413 if declared > bound else 400, detail)
            return
        state = {"received": 0, "done": declared == 0 or (declared is None and b"transfer-encoding" not in headers)}

        async def limited_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > bound:
                    raise BodyTooLarge(bound)
                if not message.get("more_body", False):
                    state["done"] = True
            return message

        async def closing_send(message: Message) -> None:
            if message["type"] == "http.response.start" and not state["done"]:
                message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
            await send(message)

        await self.app(scope, limited_receive, closing_send)


async def _answer_and_close(
    send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = jsonlib.dumps({"detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *(extra or ()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@dataclass
class Release:
    """What HQ tells laptops about releases (`hq serve --current-version --download-url
    --minimum-version`): the current one, where to get it, and the oldest one HQ still serves.
    Kept on the app (`app.state.release`), so a test or an operator's reload can change it."""

    current: str = field(default_factory=lambda: _own_version())
    download_url: str = ""
    minimum: str = ""  # no minimum: every laptop is served
    minimum_protocol: int = p.PROTOCOL_VERSION

    def headers(self) -> list[tuple[bytes, bytes]]:
        out = [
            (p.HEADER_PROTOCOL.lower().encode(), str(p.PROTOCOL_VERSION).encode()),
            (p.HEADER_MINIMUM_PROTOCOL.lower().encode(), str(self.minimum_protocol).encode()),
            (p.HEADER_PUSH_LIMIT.lower().encode(), str(p.MAX_PUSH_CHANGES).encode()),
            (p.HEADER_BODY_ENCODINGS.lower().encode(), b"zstd"),
        ]
        for name, value in (
            (p.HEADER_CURRENT_VERSION, self.current),
            (p.HEADER_DOWNLOAD, self.download_url),
            (p.HEADER_MINIMUM_VERSION, self.minimum),
        ):
            if value:
                out.append((name.lower().encode(), value.encode("ascii", "replace")))
        return out

    def refusal(self, app_version: str | None, protocol: str | None) -> str | None:
        """Why HQ no longer serves a laptop of this version and protocol, in words (None: it does).
        A laptop that names no version (one from before versions were sent) is served unless HQ has
        a minimum version, which such a laptop cannot meet."""
        where = f" from {self.download_url}" if self.download_url else " (ask HQ where to get it)"
        needs = self.minimum or self.current
        if protocol is not None and protocol.isdigit() and int(protocol) < self.minimum_protocol:
            return (
                f"this laptop's Circuit Ride is too old for HQ, which needs {needs} or newer: install the update{where}"
            )
        if self.minimum and (app_version is None or p.is_newer(self.minimum, app_version)):
            return (
                f"this laptop's Circuit Ride ({app_version or 'an older version'}) is too old for HQ, which needs "
                f"{self.minimum} or newer: install the update{where}"
            )
        return None


def _own_version() -> str:
    from app import app_version

    version = app_version()
    return version if p.version_key(version) is not None else ""


class Releases:
    """ASGI middleware: every answer names the current release (headers, which older laptops
    ignore), and a laptop HQ no longer serves gets 426 with the reason in words, before its
    request is read. Health and the CA stay open to all: monitoring and enrollment checks."""

    OPEN = ("/v1/health", "/v1/ca")

    def __init__(self, app: ASGIApp, release: Callable[[], Release]) -> None:
        self.app = app
        self.release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        release = self.release()
        extra = release.headers()
        if scope["path"] not in self.OPEN:
            headers = dict(scope["headers"])
            version = headers.get(p.HEADER_APP_VERSION.lower().encode())
            protocol = headers.get(p.HEADER_PROTOCOL.lower().encode())
            reason = release.refusal(
                version.decode("latin-1")[: p.MAX_VERSION_CHARS] if version else None,
                protocol.decode("latin-1")[: p.MAX_VERSION_CHARS] if protocol else None,
            )
            if reason is not None:
                await _answer_and_close(send, p.TOO_OLD_STATUS, reason, extra)
                return

        async def with_release(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", ()), *extra]}
            await send(message)

        await self.app(scope, receive, with_release)


async def read_body(request: Request) -> bytes:
    """The request's body, within its bound (BodyLimit) and its time (BODY_SECONDS...)."""
    declared = request.headers.get("content-length", "")
    size = int(declared) if declared.isdigit() else body_bound(request.method, request.url.path)
    try:
        async with asyncio.timeout(BODY_SECONDS + size / BODY_BYTES_PER_SECOND):
            return await request.body()
    except ClientDisconnect:  # the connection was cut mid-request (it happens in the field): nothing to do
        raise Refused(400, "the request was cut off") from None
    except TimeoutError:
        raise Refused(408, "the request arrived too slowly; sync again (from a better connection)") from None


# ----- signatures before bodies ----------------------------------------------------------------
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")


def check_signed_headers(
    headers: Mapping[str, str], method: str, target: str, public_key_for: Callable[[str], Any]
) -> str:
    """What can be checked before the body is read: the signing headers are there, the timestamp is
    fresh, the device is known (and not known to be revoked), and its signature over the request
    line and the body digest it claims is good. Returns the device id; RequestRefused otherwise, with
    the reasons `verify_request` gives. The body, its digest and the nonce are checked once read, by
    `verify_request` (the one definition of a valid request: this only refuses earlier)."""
    found = {}
    for name in SIGNED_HEADERS:
        value = headers.get(name.lower(), "").strip()
        if not value:
            raise RequestRefused(401, f"missing header {name}")
        found[name] = value
    timestamp = found[HEADER_TIMESTAMP]
    if not _TIMESTAMP.match(timestamp):
        raise RequestRefused(401, f"malformed header {HEADER_TIMESTAMP} (integer unix seconds expected)")
    if abs(time.time() - int(timestamp)) > DEFAULT_MAX_SKEW:
        raise RequestRefused(401, "stale or future timestamp; check the laptop's clock")
    device_id = found[HEADER_DEVICE]
    public_key = public_key_for(device_id)
    if public_key is None:
        raise RequestRefused(401, "unknown device")
    try:
        signature = base64.b64decode(found[HEADER_SIGNATURE], validate=True)
        signed = canonical(method, target, found[HEADER_CONTENT_SHA256], timestamp, found[HEADER_NONCE], device_id)
        public_key.verify(signature, signed)
    except (InvalidSignature, ValueError, binascii.Error):
        raise RequestRefused(401, "bad signature") from None
    return device_id


# ----- what a device may see -------------------------------------------------------------------
def blob_in_scope(session: Session, device: Device, sha: str) -> bool:
    """Whether `device` may read this file: an attachment row (live or deleted) it receives by pull
    names it, and the device that named it there holds the file (app/hq/blobaccess.py).

    The rule of scope is the pull's (`merge._scope_filter`), not a second one. A file a device sent
    that no row names yet is not readable, not even by that device: it holds the file already (it
    sends files from its vault, before the rows that name them, and resumes an upload by asking the
    file's status, not its content)."""
    return sha in blobaccess.readable(session, device, [sha])


def visible_status(session: Session, device: Device, ride: str | None) -> p.RideStatus:
    """/v1/status as `device` may see it: a device without a ride (a team lead's or hub laptop)
    sees every device (or a ride's, `ride`); a ride device enrolled for reference data (a team
    lead's laptop on a ride) sees its ride's devices; any other device sees itself."""
    if device.ride_id is None:
        return merge.ride_status(session, ride)
    if ride is not None and ride != device.ride_id:
        raise Refused(403, "this device may see only the devices of its own ride")
    answer = merge.ride_status(session, device.ride_id)
    if device.reference_data:
        return answer
    return answer.model_copy(update={"devices": [d for d in answer.devices if d.device_id == device.device_id]})


INVALID_USER_CODE = "this user code is not valid (already used, replaced or mistyped); ask HQ for a new one"


def enroll_user(hub: Hub, device_id: str, req: p.UserEnrollRequest) -> p.UserEnrollResponse:
    """Bind `req.public_key` to the user the code was given for. The code is used once; the same
    laptop with the same key may send it again (its answer may have been lost), nobody else."""
    token_hash = hashlib.sha256(req.token.encode()).hexdigest()
    try:
        key = load_public_key_text(req.public_key)
        proof = base64.b64decode(req.proof, validate=True)
        key.verify(proof, p.user_proof_message(req.username, device_id, req.token, req.public_key))
    except (CircuitRideError, InvalidSignature, ValueError, binascii.Error):
        raise Refused(422, "the user's key or its proof is malformed") from None
    with hub.store.session() as session:
        code = session.get(UserCode, token_hash)
        if code is None:
            raise Refused(403, INVALID_USER_CODE)
        if code.username != req.username:
            raise Refused(403, "this user code was given to another user: each user enrolls with their own code")
        if code.used_at is not None:
            # Answered again only while what it bound still stands (a revoked key is not bound again).
            bound = session.get(UserKey, (req.username, req.public_key))
            again = (code.used_by_device, code.used_key) == (device_id, req.public_key)
            if not again or bound is None or bound.device_id != device_id:
                raise Refused(403, INVALID_USER_CODE)
        elif code.expires_at < utcnow():
            raise Refused(403, "this user code has expired; ask HQ for a new one")
        user = session.get(HQUser, req.username)
        if user is None:
            raise Refused(403, INVALID_USER_CODE)
        if code.used_at is None:
            code.used_at, code.used_by_device, code.used_key = utcnow(), device_id, req.public_key
        # One key per user and laptop: a key made anew on that laptop replaces the one it had.
        for old in session.scalars(
            select(UserKey).where(UserKey.username == user.username, UserKey.device_id == device_id)
        ):
            if old.public_key != req.public_key:
                session.delete(old)
        bound = session.get(UserKey, (user.username, req.public_key))
        if bound is None:
            session.add(UserKey(username=user.username, public_key=req.public_key, device_id=device_id))
        else:
            bound.device_id = device_id
        return p.UserEnrollResponse(username=user.username, role=user.role, display_name=user.display_name)


class DbNonces:
    """Nonces remembered in HQ's database, so a replay is refused even after a restart.

    The same short transaction checks that the device is still enrolled: device keys are cached in
    memory (a device's key never changes once it has enrolled), revocation is read here on every
    request, so it takes effect at once, also when another process revoked the device.
    """

    def __init__(self, hub: Hub, forget: Callable[[str], None] = lambda _device_id: None) -> None:
        self.hub = hub
        self.forget = forget  # drops a revoked device's cached key: its next request is refused on its headers
        self._last_purge = 0.0

    def remember(self, device_id: str, nonce: str, timestamp: int) -> bool:
        try:
            with self.hub.store.session() as session:
                self.record(session, device_id, nonce, timestamp)
        except IntegrityError:
            return False
        return True

    def _purge(self, session: Any) -> None:
        now = time.time()
        if now - self._last_purge > 60:
            session.execute(delete(Nonce).where(Nonce.ts < int(now) - NONCE_WINDOW))
            self._last_purge = now

    def record(self, session: Any, device_id: str, nonce: str, timestamp: int) -> None:
        """In the caller's transaction: refuse a revoked device, remember the nonce (IntegrityError:
        seen before)."""
        self._purge(session)
        revoked = session.execute(select(Device.revoked_at).where(Device.device_id == device_id)).one_or_none()
        if revoked is None or revoked[0] is not None:
            self.forget(device_id)
            raise RequestRefused(403, REVOKED)
        session.execute(insert(Nonce).values(device_id=device_id, nonce=nonce[:64], ts=timestamp))

    def record_group(self, session: Any, seen: list[tuple[str, str, int] | None]) -> list[BaseException | None]:
        """`record` for the requests of a push group in three statements, in the caller's transaction,
        which holds the sequence counter's lock (every push request takes it, so no other push can
        record a nonce meanwhile). Returns, per request, the refusal or None; a request that is None
        is not checked."""
        self._purge(session)
        wanted = [s for s in seen if s is not None]
        ids = {device_id for device_id, _, _ in wanted}
        pairs = [(device_id, nonce[:64]) for device_id, nonce, _ in wanted]
        revoked = dict(
            session.execute(select(Device.device_id, Device.revoked_at).where(Device.device_id.in_(ids))).all()
        )
        known = set(
            session.execute(
                select(Nonce.device_id, Nonce.nonce).where(tuple_(Nonce.device_id, Nonce.nonce).in_(pairs))
            ).all()
        )
        answers: list[BaseException | None] = []
        new: list[dict[str, Any]] = []
        for item in seen:
            if item is None:
                answers.append(None)
                continue
            device_id, nonce, timestamp = item[0], item[1][:64], item[2]
            if device_id not in revoked or revoked[device_id] is not None:
                self.forget(device_id)
                answers.append(RequestRefused(403, REVOKED))
            elif (device_id, nonce) in known:
                answers.append(RequestRefused(401, "replayed request"))
            else:
                known.add((device_id, nonce))  # the same request twice in one group: the second is a replay
                new.append({"device_id": device_id, "nonce": nonce, "ts": timestamp})
                answers.append(None)
        if new:
            session.execute(insert(Nonce), new)
        return answers

    def record_in_savepoint(self, session: Any, device_id: str, nonce: str, timestamp: int) -> None:
        """`record` inside a transaction that goes on: a replay is refused and leaves it usable."""
        try:
            with session.begin_nested():
                self.record(session, device_id, nonce, timestamp)
        except IntegrityError:
            raise RequestRefused(401, "replayed request") from None


class _Later:
    """Stands in for DbNonces while the signature is checked: the nonce is recorded afterwards,
    in the push's own transaction (one transaction per push instead of two)."""

    def __init__(self) -> None:
        self.seen: tuple[str, str, int] | None = None

    def remember(self, device_id: str, nonce: str, timestamp: int) -> bool:
        self.seen = (device_id, nonce, timestamp)
        return True


class Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


DB_INT_MAX = p.SEQ_MAX  # query parameters get the same bound the message models have


def in_db_range(*numbers: int) -> None:
    """Refuse a sequence number or offset the database cannot hold (it would fail there with a 500)."""
    if any(n < 0 or n > DB_INT_MAX for n in numbers):
        raise Refused(422, f"a sequence number or offset is outside 0..{DB_INT_MAX}")


def _encodings(header: str) -> set[str]:
    """The content codings an Accept-Encoding header accepts (`q=0` refuses one)."""
    out = set()
    for part in header.lower().split(","):
        name, _, params = part.partition(";")
        q = params.strip()
        if q.startswith("q=") and q[2:].strip() in ("0", "0.0", "0.00", "0.000"):
            continue
        out.add(name.strip())
    return out


def _zstd(body: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=3).compress(body)


def decoded_body(encoding: str, body: bytes, bound: int) -> bytes:
    """A request body sent with Content-Encoding `encoding`, decoded: zstd, never past `bound`
    bytes (a small body that would decode to gigabytes is refused as too large, not decoded)."""
    if encoding != "zstd":
        raise Refused(415, f"HQ reads request bodies plain or zstd-compressed, not {encoding[:40]!r}")
    plain = bytearray()
    try:
        with zstandard.ZstdDecompressor().stream_reader(body, read_across_frames=True) as reader:
            while len(plain) <= bound:
                chunk = reader.read(min(1 << 20, bound + 1 - len(plain)))
                if not chunk:
                    break
                plain += chunk
    except zstandard.ZstdError:
        raise Refused(400, "the request body is not valid zstd; nothing was applied") from None
    if len(plain) > bound:
        raise Refused(413, f"the request, decompressed, is larger than HQ accepts (at most {size_text(bound)}); "
                      "nothing was applied")  # fmt: skip
    return bytes(plain)


def parse(model: type[M], body: bytes) -> M:
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise Refused(422, f"malformed {model.__name__}: {where or 'body'}: {first.get('msg', 'invalid')}") from None


def create_app(hub: Hub, release: Release | None = None) -> FastAPI:
    app = FastAPI(
        title="Circuit Ride HQ",
        version=str(p.PROTOCOL_VERSION),
        description="Sync API for Circuit Ride field laptops. Every call except health, CA and enroll is signed.",
    )
    keys: dict[str, Any] = {}  # device id -> its public key (fixed at enrollment; revocation: DbNonces)
    nonces = DbNonces(hub, forget=lambda device_id: keys.pop(device_id, None))
    app.add_middleware(BodyLimit)
    app.state.release = release or Release()
    # Added last, so it runs first: a laptop HQ no longer serves is answered before anything else.
    app.add_middleware(Releases, release=lambda: app.state.release)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(_request: Request, exc: BodyTooLarge) -> JSONResponse:
        return JSONResponse({"detail": too_large(exc.bound)}, status_code=413)

    @app.exception_handler(Refused)
    async def _refused(_request: Request, exc: Refused) -> JSONResponse:
        return JSONResponse({"detail": exc.reason}, status_code=exc.status)

    @app.exception_handler(RequestRefused)
    async def _unsigned(_request: Request, exc: RequestRefused) -> JSONResponse:
        return JSONResponse({"detail": exc.reason}, status_code=exc.status)

    @app.exception_handler(BlobRefused)
    async def _blob(_request: Request, exc: BlobRefused) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

    @app.exception_handler(merge.PushRefused)
    async def _push(_request: Request, exc: merge.PushRefused) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

    # One merging thread per process; the pushes that arrive while it merges are merged together next,
    # in one transaction (pushes serialise on the sequence counter's row anyway), in arrival order. A
    # waiting push holds no thread (see app/hq/pushgroups.py).
    pushes = PushGroups(hub.store.session, lambda: Refused(401, "unknown device"), nonces)
    keys_loaded = threading.Event()  # set once every enrolled device's key has been read
    all_keys_loaded = threading.Lock()

    def load_all_keys() -> None:
        """Every enrolled device's key in one query, on the first signed request: after a restart,
        fifty laptops syncing at once would otherwise each take a database connection to read theirs."""
        with hub.store.session() as session:
            for device_id, public_key in session.execute(
                select(Device.device_id, Device.public_key).where(
                    Device.device_id.is_not(None), Device.public_key.is_not(None), Device.revoked_at.is_(None)
                )
            ):
                if device_id is None or public_key is None:
                    continue  # (the query asks for neither)
                try:
                    keys.setdefault(device_id, load_public_key_text(public_key))
                except CircuitRideError:  # a damaged key refuses its own device's requests (below), no one else's
                    continue

    def key_for(device_id: str) -> Any:
        key = keys.get(device_id)
        if key is not None:
            return key
        if not keys_loaded.is_set():
            with all_keys_loaded:
                if not keys_loaded.is_set():
                    load_all_keys()
                    keys_loaded.set()
            key = keys.get(device_id)
            if key is not None:
                return key
        with hub.store.session() as session:
            device = session.scalar(select(Device).where(Device.device_id == device_id))
            if device is None or not device.public_key:
                return None
            if device.revoked_at is not None:
                raise RequestRefused(403, REVOKED)
            key = keys[device_id] = load_public_key_text(device.public_key)
            return key

    async def authenticated(request: Request, nonce_store: Any = None) -> tuple[str, bytes]:
        """(device id, body) of a correctly signed request. The headers are checked before the body
        is read: an unsigned or badly signed request is refused without reading what it sends."""
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string") or b""
        target = raw_path.decode("latin-1") + (f"?{query.decode('latin-1')}" if query else "")
        headers = dict(request.headers)
        cached = headers.get(DEVICE_HEADER) in keys
        if cached:  # no database to wait for: one signature check, cheaper here than a hop to a thread
            check_signed_headers(headers, request.method, target, key_for)
        else:
            await run_in_threadpool(check_signed_headers, headers, request.method, target, key_for)
        body = await read_body(request)
        store = nonces if nonce_store is None else nonce_store
        if nonce_store is not None and len(body) <= INLINE_VERIFY_BYTES and cached:
            # Nothing to wait for (key cached, nonce recorded later in the push's transaction): a tenth
            # of a millisecond of hashing and one signature check, cheaper here than a hop to a thread.
            return verify_request(headers, request.method, target, body, public_key_for=key_for, nonces=store), body
        device_id = await run_in_threadpool(
            verify_request, headers, request.method, target, body, public_key_for=key_for, nonces=store
        )
        return device_id, body

    def device_session(device_id: str, work: Callable[[Session, Device], R]) -> R:
        with no_gc_pauses(), hub.store.session() as session:  # a pull page builds thousands of objects
            device = session.scalar(select(Device).where(Device.device_id == device_id))
            if device is None:
                raise Refused(401, "unknown device")
            return work(session, device)

    def json(model: BaseModel) -> Response:
        return Response(model.model_dump_json(), media_type="application/json")

    # ----- open routes -----------------------------------------------------------------------------
    @app.get("/v1/health")
    async def health() -> dict[str, Any]:
        release: Release = app.state.release
        return {
            "ok": True,
            "protocol": p.PROTOCOL_VERSION,
            "minimum_protocol": release.minimum_protocol,
            "current_version": release.current or None,
            "minimum_version": release.minimum or None,
            "download_url": release.download_url or None,
        }

    @app.get("/v1/ca")
    async def ca() -> Response:
        path = hub.tls_dir / "ca.pem"
        if not path.exists():
            raise Refused(404, "this server runs without HQ's certificate authority")
        return Response(path.read_bytes(), media_type="application/x-pem-file")

    @app.post("/v1/enroll")
    async def enroll(request: Request) -> Response:
        body = await read_body(request)
        req = parse(p.EnrollRequest, body)

        def work() -> p.EnrollResponse:
            token_hash = hashlib.sha256(req.token.encode()).hexdigest()
            with hub.store.session() as session:
                device = session.scalar(select(Device).where(Device.token_hash == token_hash))
                if device is None or device.revoked_at is not None:
                    raise Refused(403, "this enrollment code is not valid (already used, revoked or mistyped)")
                if device.token_expires is not None and device.token_expires < utcnow():
                    raise Refused(403, "this enrollment code has expired; ask HQ for a new one")
                if device.device_id is not None:
                    # The code was used, but the laptop has not yet made a signed request with its keys
                    # (the token is dropped then: see `confirm_enrollment`): it may have been killed or
                    # cut off before it saved HQ's answer. The same workspace with the same keys gets
                    # the same answer again; anyone else is refused.
                    same = (device.device_id, device.public_key, device.box_key) == (
                        req.device_id,
                        req.public_key,
                        req.box_key,
                    )
                    if not same:
                        raise Refused(403, "this enrollment code is not valid (already used, revoked or mistyped)")
                else:
                    other = session.scalar(select(Device).where(Device.device_id == req.device_id))
                    if other is not None and other.id != device.id:
                        raise Refused(409, "this workspace is enrolled already as another device")
                    try:
                        load_public_key_text(req.public_key)
                        load_public_key_text(req.box_key)
                    except Exception:  # noqa: BLE001 - any decoding problem is the same refusal
                        raise Refused(422, "malformed device keys") from None
                    device.device_id = req.device_id
                    device.public_key = req.public_key
                    device.box_key = req.box_key
                    device.enrolled_at = utcnow()
                return p.EnrollResponse(
                    device_name=device.name,
                    ride_id=device.ride_id,
                    hq_box_key=hub.box_public,
                    hq_sign_key=hub.sign_public,
                )

        return json(await run_in_threadpool(work))

    # ----- signed routes ---------------------------------------------------------------------------
    @app.post("/v1/push")
    async def push(request: Request) -> Response:
        later = _Later()
        device_id, body = await authenticated(request, later)
        encoding = request.headers.get("content-encoding", "identity").strip().lower()
        if encoding != "identity":
            body = await run_in_threadpool(decoded_body, encoding, body, PUSH_BODY_BYTES)
        with no_gc_pauses():  # thousands of changes parsed: cyclic collections found nothing, at a third of the parse
            req = parse(p.PushRequest, body)
        assert later.seen is not None
        seen = later.seen

        # The nonce and the revocation check go into the transaction of the push's group: a replay
        # or a revoked device is refused there and changes nothing. Waiting for the group holds no thread.
        result = await asyncio.wrap_future(pushes.submit(device_id, req, seen))
        hub.store.grew(result.server_seq)
        return json(result)

    @app.post("/v1/users/enroll")
    async def user_enroll(request: Request) -> Response:
        """A user binds their signing key with the one-time code HQ gave them, from a laptop HQ
        enrolled (the request is signed by it) and proving they hold the key (`proof`)."""
        device_id, body = await authenticated(request)
        req = parse(p.UserEnrollRequest, body)
        return json(await run_in_threadpool(enroll_user, hub, device_id, req))

    @app.get("/v1/pull")
    async def pull(request: Request, since: int = 0, limit: int = p.MAX_PAGE) -> Response:
        device_id, _ = await authenticated(request)
        if since < 0:
            raise Refused(422, "since must be >= 0")
        in_db_range(since, max(limit, 0))
        # The page as p.PullResponse writes it, with less work (see merge.pull_json).
        body = await run_in_threadpool(device_session, device_id, lambda s, d: merge.pull_json(s, d, since, limit))
        if len(body) > 1024:
            # Pages are repetitive JSON: compression shrinks them several-fold on slow field links.
            # Zstandard when the laptop takes it (httpx asks for it when zstandard is installed, as it
            # is with Circuit Ride): at level 3 it costs a fraction of gzip's CPU and shrinks more.
            accepted = _encodings(request.headers.get("accept-encoding", ""))
            if "zstd" in accepted:
                compressed = await run_in_threadpool(_zstd, body)
                return Response(compressed, media_type="application/json", headers={"Content-Encoding": "zstd"})
            if "gzip" in accepted:
                compressed = await run_in_threadpool(gzip.compress, body, 6)
                return Response(compressed, media_type="application/json", headers={"Content-Encoding": "gzip"})
        return Response(body, media_type="application/json")

    @app.post("/v1/pull/done")
    async def pull_done(request: Request, through: int) -> dict[str, Any]:
        device_id, _ = await authenticated(request)
        in_db_range(through)

        def work(session: Any, device: Device) -> None:
            merge.confirm_enrollment(device)
            merge.record_pull(session, device, through)
            session.add(Receipt(device_id=device_id, kind="pull", last_seq=through))

        await run_in_threadpool(device_session, device_id, work)
        return {"ok": True}

    def known_blobs(device_id: str, hashes: list[str]) -> set[str]:
        """Of the files HQ holds among `hashes`, those it may tell this device it holds: any other
        is answered as missing, so asking cannot tell which files HQ holds for other rides."""
        held = [h for h in hashes if hub.blobs.has(h)]
        if not held:
            return set()
        return device_session(device_id, lambda s, d: blobaccess.known(s, d, held))

    def held_by(device_id: str, sha: str) -> None:
        """The device sent the whole file (HQ checked its hash) or knew of it already."""
        with hub.store.session() as session:
            blobaccess.add_holders(session, [(sha, device_id)])

    @app.post("/v1/blobs/missing")
    async def blobs_missing(request: Request) -> Response:
        device_id, body = await authenticated(request)
        query = parse(p.BlobQuery, body)
        known = await run_in_threadpool(known_blobs, device_id, query.hashes)
        missing = [h for h in dict.fromkeys(query.hashes) if h not in known]
        partial = await run_in_threadpool(hub.blobs.partial_offsets, missing, device_id)
        return json(p.BlobMissing(missing=missing, partial=partial))

    @app.get("/v1/blobs/{sha}/status")
    async def blob_status(request: Request, sha: str) -> Response:
        device_id, _ = await authenticated(request)
        hub.blobs.check(sha)
        known = sha in await run_in_threadpool(known_blobs, device_id, [sha])
        return json(await run_in_threadpool(hub.blobs.status, sha, device_id, known))

    @app.put("/v1/blobs/{sha}")
    async def blob_put(request: Request, sha: str, offset: int, final: bool = False) -> Response:
        device_id, body = await authenticated(request)
        if offset < 0:
            raise Refused(422, "offset must be >= 0")
        in_db_range(offset)
        hub.blobs.check(sha)
        known = sha in await run_in_threadpool(known_blobs, device_id, [sha])
        status = await run_in_threadpool(hub.blobs.write_chunk, sha, offset, body, final, device_id, known)
        if status.complete and not known:
            await run_in_threadpool(held_by, device_id, sha)
        return json(status)

    @app.get("/v1/blobs/{sha}")
    async def blob_get(request: Request, sha: str, offset: int = 0, length: int = p.CHUNK_BYTES) -> Response:
        device_id, _ = await authenticated(request)
        in_db_range(offset)  # a negative offset would reach seek() and fail there
        hub.blobs.check(sha)
        # Only a file that a record in this device's scope names; any other gets the answer of a file
        # HQ does not hold, so asking cannot tell which files HQ holds for other rides.
        if not await run_in_threadpool(device_session, device_id, lambda s, d: blob_in_scope(s, d, sha)):
            raise BlobRefused(404, NOT_HELD)
        data = await run_in_threadpool(hub.blobs.read, sha, offset, length)
        size = await run_in_threadpool(hub.blobs.size, sha)
        return Response(data, media_type="application/octet-stream", headers={"X-CR-Size": str(size)})

    @app.get("/v1/status")
    async def status(request: Request, ride: str | None = None) -> Response:
        device_id, _ = await authenticated(request)
        return json(await run_in_threadpool(device_session, device_id, lambda s, d: visible_status(s, d, ride)))

    return app
