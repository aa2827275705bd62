"""The device's HTTP side of sync: HTTPS pinned to HQ's certificate authority, every request signed
with the device's Ed25519 key, and errors turned into messages a field worker can act on.

Transient failures (connection refused or cut, timeouts, HQ busy) are retried a few times with a
short back-off inside one sync; every call is idempotent on HQ's side, so a retry after a cut is
harmless. Anything still failing becomes `SyncFailed` with the reason, and the next sync resumes.
"""

from __future__ import annotations

import json
import logging
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlencode

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ValidationError

from app import app_version
from app.errors import CircuitRideError
from app.wire import protocol as p
from app.wire.signing import sign_request

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
RETRIES = 4
NODELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class SyncFailed(CircuitRideError):
    """Sync stopped; nothing already committed is lost and the next sync resumes from there."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class ReleaseNotice:
    """What HQ last said about releases (response headers; app/hq/api.py `Release`)."""

    current: str  # "" when HQ named none (an older HQ)
    download_url: str
    minimum: str
    minimum_protocol: int

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> ReleaseNotice | None:
        current = _header(headers, p.HEADER_CURRENT_VERSION, p.MAX_VERSION_CHARS)
        minimum_protocol = _header(headers, p.HEADER_MINIMUM_PROTOCOL, p.MAX_VERSION_CHARS)
        if not current and not minimum_protocol:
            return None  # an HQ from before releases were announced
        url = _header(headers, p.HEADER_DOWNLOAD, p.MAX_URL_CHARS)
        return cls(
            current=current if p.version_key(current) is not None else "",
            download_url=url if url.startswith(("https://", "http://")) else "",
            minimum=_header(headers, p.HEADER_MINIMUM_VERSION, p.MAX_VERSION_CHARS),
            minimum_protocol=int(minimum_protocol) if minimum_protocol.isdigit() else p.PROTOCOL_VERSION,
        )


def _header(headers: httpx.Headers, name: str, bound: int) -> str:
    value = headers.get(name, "").strip()
    return value if len(value) <= bound and value.isprintable() else ""


def too_old_message(mine: str, needs: str, url: str) -> str:
    """The sentence a laptop HQ no longer serves shows: what is wrong, what to do, and that nothing is lost."""
    where = f"install the update from {url}" if url else "ask HQ for the update and install it"
    return (
        f"This laptop's Circuit Ride ({mine}) is too old for HQ, which needs {needs or 'a newer version'} or newer: "
        f"{where}, then sync again. Nothing was lost: your changes wait on this laptop."
    )


def update_message(current: str, mine: str, url: str) -> str | None:
    """ "Circuit Ride X is available (you have Y): URL" when HQ's current release is newer, else None."""
    if not p.is_newer(current, mine):
        return None
    return f"Circuit Ride {current} is available (you have {mine})" + (f": {url}" if url else ".")


class Transport:
    def __init__(
        self,
        base_url: str,
        ca_pem: bytes,
        device_id: str,
        key: Ed25519PrivateKey,
        *,
        retries: int = RETRIES,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        from app.wire.tls import client_ssl_context

        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self.key = key
        self.retries = retries
        self.sleep = sleep
        self.bytes_sent = 0
        self.bytes_received = 0
        self.release: ReleaseNotice | None = None  # what HQ's latest answer said about releases
        self.push_limit = p.MAX_BATCH  # changes per push: what HQ's answers say it takes
        self.body_encodings: frozenset[str] = frozenset()  # what HQ's answers say it reads (HEADER_BODY_ENCODINGS)
        self.version = app_version()
        context = client_ssl_context(ca_pem)
        self.client = httpx.Client(
            base_url=self.base_url,
            verify=context,
            timeout=TIMEOUT,
            trust_env=False,
            # Without TCP_NODELAY, Nagle's algorithm and delayed ACKs delay every small request.
            transport=httpx.HTTPTransport(verify=context, socket_options=NODELAY),
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: bytes = b"",
        encoding: str | None = None,
    ) -> httpx.Response:
        """`encoding`: the Content-Encoding `body` is already in (it is signed as sent)."""
        target = path + (f"?{urlencode(params)}" if params else "")
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            headers = sign_request(self.key, self.device_id, method, target, body)
            headers[p.HEADER_APP_VERSION] = self.version
            headers[p.HEADER_PROTOCOL] = str(p.PROTOCOL_VERSION)
            if body:
                headers["Content-Type"] = (
                    "application/json" if encoding or body[:1] in (b"{", b"[") else "application/octet-stream"
                )
            if encoding:
                headers["Content-Encoding"] = encoding
            try:
                response = self.client.request(method, target, content=body, headers=headers)
            except httpx.TransportError as exc:
                last = exc
                if _is_tls_failure(exc):
                    break  # not transient: the server is not the HQ we pinned
                log.info("sync request failed (%s); attempt %d", type(exc).__name__, attempt + 1)
                self.sleep(min(0.2 * 2**attempt, 3.0))
                continue
            self.bytes_sent += len(body) + 600
            # As it came over the wire: a zstd pull page counts its compressed bytes, not what it holds.
            self.bytes_received += response.num_bytes_downloaded + 300
            self.release = ReleaseNotice.from_headers(response.headers) or self.release
            self.push_limit = push_limit(response.headers)
            self.body_encodings = body_encodings(response.headers)
            self._refuse_if_too_old(response)
            if response.status_code in (502, 503, 504):
                last = SyncFailed("HQ is busy", response.status_code)
                self.sleep(min(0.2 * 2**attempt, 3.0))
                continue
            return response
        raise SyncFailed(_network_message(last)) from last

    def _refuse_if_too_old(self, response: httpx.Response) -> None:
        """HQ refused this laptop's version, or speaks only a newer protocol: one sentence saying so,
        never a bare status code."""
        refused = too_old(response, self.release, self.version)
        if refused is not None:
            raise refused

    def call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        params: dict[str, Any] | None = None,
        body: bytes = b"",
        encoding: str | None = None,
    ) -> M:
        response = self.request(method, path, params=params, body=body, encoding=encoding)
        check(response)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise SyncFailed(
                "HQ answered with a message this version does not understand; update Circuit Ride."
            ) from exc


def version_headers() -> dict[str, str]:
    """This laptop's version and protocol, sent with every request so HQ can refuse in words a
    laptop it no longer serves."""
    return {p.HEADER_APP_VERSION: app_version(), p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION)}


def body_encodings(headers: httpx.Headers) -> frozenset[str]:
    """The content codings HQ's latest answer says it reads in a push body (none from an older HQ)."""
    said = _header(headers, p.HEADER_BODY_ENCODINGS, 40)
    return frozenset(part.strip().lower() for part in said.split(",") if part.strip())


def push_limit(headers: httpx.Headers) -> int:
    """How many changes HQ takes in one push, as its latest answer says (HEADER_PUSH_LIMIT): an HQ
    that does not say (an older one, perhaps one process of several behind a load balancer during
    an upgrade) takes MAX_BATCH. Never more than this laptop's own protocol allows."""
    said = _header(headers, p.HEADER_PUSH_LIMIT, 12)
    if not said.isdigit():
        return p.MAX_BATCH
    return max(1, min(int(said), p.MAX_PUSH_CHANGES))


def too_old(response: httpx.Response, notice: ReleaseNotice | None, mine: str) -> SyncFailed | None:
    """The refusal to raise when HQ no longer serves this laptop (426), or speaks only a protocol
    newer than this laptop knows; None otherwise."""
    if response.status_code != p.TOO_OLD_STATUS and (notice is None or notice.minimum_protocol <= p.PROTOCOL_VERSION):
        return None
    needs = (notice.minimum or notice.current) if notice is not None else ""
    if not p.is_newer(needs, mine):
        needs = ""  # (HQ's own version, when it named no minimum: no use to name it)
    url = notice.download_url if notice is not None else ""
    return SyncFailed(too_old_message(mine, needs, url), p.TOO_OLD_STATUS)


def check(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    refused = too_old(response, ReleaseNotice.from_headers(response.headers), app_version())
    if refused is not None:
        raise refused
    try:
        detail = json.loads(response.content).get("detail", "")
    except (ValueError, AttributeError):
        detail = ""
    if not isinstance(detail, str):
        detail = "the request was not accepted"
    if response.status_code == 401:
        raise SyncFailed(f"HQ did not accept this laptop's signature: {detail}.", 401)
    if response.status_code == 403:
        raise SyncFailed(f"HQ refused this laptop: {detail}.", 403)
    raise SyncFailed(f"HQ refused the request ({response.status_code}): {detail}", response.status_code)


def _is_tls_failure(exc: Exception) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in type(exc).__name__


def _network_message(exc: Exception | None) -> str:
    if isinstance(exc, SyncFailed):
        return exc.message + "; try again later."
    if exc is not None and _is_tls_failure(exc):
        return (
            "The server did not prove it is your HQ (its certificate is not the one this laptop was enrolled "
            "with, has expired, or is for another address). Nothing was sent. Check the network, or ask HQ."
        )
    if isinstance(exc, httpx.ConnectError):
        return "Could not reach HQ (no network, or the server is down). Nothing is lost; sync again when online."
    if isinstance(exc, httpx.TimeoutException):
        return "HQ took too long to answer. Nothing is lost; sync again and it resumes where it stopped."
    return "The connection to HQ was interrupted. Nothing is lost; sync again and it resumes where it stopped."
