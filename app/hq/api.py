"""HQ's HTTP API (FastAPI). Every route but /v1/health, /v1/ca and /v1/enroll needs a request
signed by an enrolled, unrevoked device (app/sync/signing.py). Bodies are parsed from the exact
bytes that were signed, with the models of app/sync/protocol.py: anything malformed gets a 4xx with
a reason and changes nothing. Errors never echo request content back (it may hold personal data).
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from app.errors import CircuitRideError
from app.hq import merge
from app.hq.blobs import BlobRefused
from app.hq.hub import Hub
from app.hq.models import Device, Nonce, Receipt
from app.hq.pushgroups import PushGroups
from app.models.base import utcnow
from app.sync import protocol as p
from app.sync.signing import HEADER_DEVICE, RequestRefused, load_public_key_text, verify_request
from app.util.gcpause import no_gc_pauses

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
MAX_BODY = 4 * 1024 * 1024
INLINE_VERIFY_BYTES = 256 * 1024  # a push this size or smaller is verified on the event loop (see authenticated)
DEVICE_HEADER = HEADER_DEVICE.lower()  # Starlette's header names are lower case
NONCE_WINDOW = 600


REVOKED = "this device has been revoked by HQ; ask HQ to enroll it again"


class DbNonces:
    """Nonces remembered in HQ's database, so a replay is refused even after a restart.

    The same short transaction checks that the device is still enrolled: device keys are cached in
    memory (a device's key never changes once it has enrolled), revocation is read here on every
    request, so it takes effect at once, also when another process revoked the device.
    """

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
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


def parse(model: type[M], body: bytes) -> M:
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise Refused(422, f"malformed {model.__name__}: {where or 'body'}: {first.get('msg', 'invalid')}") from None


def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(
        title="Circuit Ride HQ",
        version=str(p.PROTOCOL_VERSION),
        description="Sync API for Circuit Ride field laptops. Every call except health, CA and enroll is signed.",
    )
    nonces = DbNonces(hub)

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
    keys: dict[str, Any] = {}  # device id -> its public key (fixed at enrollment; revocation: DbNonces)
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
        try:
            body = await request.body()
        except ClientDisconnect:  # the connection was cut mid-request (it happens in the field): nothing to do
            raise Refused(400, "the request was cut off") from None
        if len(body) > MAX_BODY + 4096:
            raise Refused(413, "request too large")
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string") or b""
        target = raw_path.decode("latin-1") + (f"?{query.decode('latin-1')}" if query else "")
        headers = dict(request.headers)
        store = nonces if nonce_store is None else nonce_store
        if nonce_store is not None and len(body) <= INLINE_VERIFY_BYTES and headers.get(DEVICE_HEADER) in keys:
            # Nothing to wait for (key cached, nonce recorded later in the push's transaction): a tenth
            # of a millisecond of hashing and one signature check, cheaper here than a hop to a thread.
            return verify_request(headers, request.method, target, body, public_key_for=key_for, nonces=store), body
        device_id = await run_in_threadpool(
            verify_request, headers, request.method, target, body, public_key_for=key_for, nonces=store
        )
        return device_id, body

    def device_session(device_id: str, work: Callable[[Any, Device], Any]) -> Any:
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
        return {"ok": True, "protocol": p.PROTOCOL_VERSION}

    @app.get("/v1/ca")
    async def ca() -> Response:
        path = hub.tls_dir / "ca.pem"
        if not path.exists():
            raise Refused(404, "this server runs without HQ's certificate authority")
        return Response(path.read_bytes(), media_type="application/x-pem-file")

    @app.post("/v1/enroll")
    async def enroll(request: Request) -> Response:
        body = await request.body()
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
        req = parse(p.PushRequest, body)
        assert later.seen is not None
        seen = later.seen

        # The nonce and the revocation check go into the transaction of the push's group: a replay
        # or a revoked device is refused there and changes nothing. Waiting for the group holds no thread.
        result = await asyncio.wrap_future(pushes.submit(device_id, req, seen))
        hub.store.grew(result.server_seq)
        return json(result)

    @app.get("/v1/pull")
    async def pull(request: Request, since: int = 0, limit: int = p.MAX_PAGE) -> Response:
        device_id, _ = await authenticated(request)
        if since < 0:
            raise Refused(422, "since must be >= 0")
        in_db_range(since, max(limit, 0))
        result = await run_in_threadpool(device_session, device_id, lambda s, d: merge.pull(s, d, since, limit))
        body = result.model_dump_json().encode()
        if "gzip" in request.headers.get("accept-encoding", "") and len(body) > 1024:
            # Pages are repetitive JSON: gzip shrinks them several-fold on slow field links.
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

    @app.post("/v1/blobs/missing")
    async def blobs_missing(request: Request) -> Response:
        _, body = await authenticated(request)
        query = parse(p.BlobQuery, body)
        missing = await run_in_threadpool(hub.blobs.missing, query.hashes)
        partial = await run_in_threadpool(hub.blobs.partial_offsets, missing)
        return json(p.BlobMissing(missing=missing, partial=partial))

    @app.get("/v1/blobs/{sha}/status")
    async def blob_status(request: Request, sha: str) -> Response:
        await authenticated(request)
        return json(await run_in_threadpool(hub.blobs.status, sha))

    @app.put("/v1/blobs/{sha}")
    async def blob_put(request: Request, sha: str, offset: int, final: bool = False) -> Response:
        _, body = await authenticated(request)
        if offset < 0:
            raise Refused(422, "offset must be >= 0")
        in_db_range(offset)
        return json(await run_in_threadpool(hub.blobs.write_chunk, sha, offset, body, final))

    @app.get("/v1/blobs/{sha}")
    async def blob_get(request: Request, sha: str, offset: int = 0, length: int = p.CHUNK_BYTES) -> Response:
        await authenticated(request)
        in_db_range(offset)  # a negative offset would reach seek() and fail there
        data = await run_in_threadpool(hub.blobs.read, sha, offset, length)
        size = await run_in_threadpool(hub.blobs.size, sha)
        return Response(data, media_type="application/octet-stream", headers={"X-CR-Size": str(size)})

    @app.get("/v1/status")
    async def status(request: Request, ride: str | None = None) -> Response:
        await authenticated(request)

        def work() -> p.RideStatus:
            with hub.store.session() as session:
                return merge.ride_status(session, ride)

        return json(await run_in_threadpool(work))

    return app
