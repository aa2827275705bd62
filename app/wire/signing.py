"""Ed25519 request signing: a stolen session token alone is useless and a replayed request is refused.

Every sync request carries five headers. The laptop signs a canonical string built from them and from
the request itself with the Ed25519 key it created at enrollment; HQ looks up the device's public key
and verifies. These are pure functions over (headers, method, target, body) so the FastAPI server,
the HTTP client and the sneakernet importer share one implementation, with no HTTP library here.

Canonical string (version "CR1"), UTF-8, fields joined by "\\n", no trailing newline:

    CR1
    <METHOD in upper case>
    <target: path plus "?query" exactly as sent on the wire, no normalisation>
    <hex SHA-256 of the body>
    <timestamp: integer unix seconds>
    <nonce>
    <device id>

Why this shape: the version prefix lets the format change without ambiguity; newline-joining is
unambiguous because no field may contain a newline (checked); the target is signed byte-for-byte as
sent, because re-encoding or re-ordering a query on either side is the classic way two signers
disagree; the server must therefore pass the raw path and query (ASGI `raw_path` + `query_string`).
The host is not signed: the TLS CA pinned at enrollment already binds the connection to HQ.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import heapq
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import InvalidInput

VERSION = "CR1"
HEADER_DEVICE = "X-CR-Device"
HEADER_TIMESTAMP = "X-CR-Timestamp"
HEADER_NONCE = "X-CR-Nonce"
HEADER_SIGNATURE = "X-CR-Signature"
HEADER_CONTENT_SHA256 = "X-CR-Content-SHA256"
SIGNED_HEADERS = (HEADER_DEVICE, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE, HEADER_CONTENT_SHA256)

DEFAULT_MAX_SKEW = 300  # seconds either side of HQ's clock

_METHOD = re.compile(r"[A-Z]{1,16}")
_TARGET = re.compile(r"/[\x21-\x7e]{0,8191}")  # printable ASCII, no spaces: what an HTTP request line can carry
_DIGEST = re.compile(r"[0-9a-f]{64}")
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,64}")  # urlsafe base64 or hex, at least 96 bits
_DEVICE = re.compile(r"[\x21-\x7e]{1,128}")


class RequestRefused(Exception):
    """A request HQ will not act on. `reason` is short, safe to send back and to log (no secrets)."""

    def __init__(self, status: int, reason: str) -> None:
        if status not in (401, 403):
            raise ValueError(f"RequestRefused status must be 401 or 403, not {status}")
        super().__init__(f"{status}: {reason}")
        self.status = status
        self.reason = reason


class NonceStore(Protocol):
    def remember(self, device_id: str, nonce: str, timestamp: int) -> bool:
        """Record (device, nonce); False if it was already seen, i.e. the request is a replay."""
        ...


class MemoryNonceStore:
    """Thread-safe in-memory NonceStore that forgets nonces once their timestamp is outside the skew window.

    A nonce need only be remembered while a request carrying it could still pass the timestamp check,
    i.e. until `clock() > timestamp + window`. `window` must be at least verify_request's `max_skew`
    and `clock` must be the clock verify_request uses, or replays could slip through.
    """

    def __init__(self, window: int = DEFAULT_MAX_SKEW, clock: Callable[[], float] = time.time) -> None:
        self.window = window
        self.clock = clock
        self._lock = threading.Lock()
        self._seen: set[tuple[str, str]] = set()
        self._expiry: list[tuple[int, str, str]] = []  # heap of (timestamp, device, nonce)

    def remember(self, device_id: str, nonce: str, timestamp: int) -> bool:
        with self._lock:
            cutoff = self.clock() - self.window
            while self._expiry and self._expiry[0][0] < cutoff:
                _, device, old = heapq.heappop(self._expiry)
                self._seen.discard((device, old))
            key = (device_id, nonce)
            if key in self._seen:
                return False
            self._seen.add(key)
            heapq.heappush(self._expiry, (timestamp, device_id, nonce))
            return True

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)


def canonical(method: str, target: str, body_sha256: str, timestamp: str, nonce: str, device_id: str) -> bytes:
    """The bytes that are signed (format in the module docstring). ValueError if a field could make it ambiguous."""
    fields = (VERSION, method.upper(), target, body_sha256, timestamp, nonce, device_id)
    for value in fields:
        if "\n" in value or "\r" in value:
            raise ValueError("a signed field contains a line break")
    return "\n".join(fields).encode("utf-8")


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def sign_request(
    private_key: Ed25519PrivateKey,
    device_id: str,
    method: str,
    target: str,
    body: bytes,
    *,
    now: float | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The five X-CR-* headers for one request. `target` is the path plus "?query" exactly as it will be sent."""
    if not _METHOD.fullmatch(method.upper()):
        raise ValueError("method must be an HTTP method name")
    if not _TARGET.fullmatch(target):
        raise ValueError("target must start with '/' and be printable ASCII (percent-encode the rest)")
    if not _DEVICE.fullmatch(device_id):
        raise ValueError("device id must be 1-128 printable ASCII characters")
    timestamp = str(int(time.time() if now is None else now))
    nonce = secrets.token_urlsafe(16) if nonce is None else nonce
    if not _NONCE.fullmatch(nonce):
        raise ValueError("nonce must be 16-64 urlsafe base64 or hex characters")
    digest = body_digest(body)
    signature = private_key.sign(canonical(method, target, digest, timestamp, nonce, device_id))
    return {
        HEADER_DEVICE: device_id,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_CONTENT_SHA256: digest,
        HEADER_SIGNATURE: base64.b64encode(signature).decode("ascii"),
    }


def _signed_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Our headers, looked up case-insensitively; two different values for one header are refused."""
    wanted = {name.lower(): name for name in SIGNED_HEADERS}
    found: dict[str, str] = {}
    for key, value in headers.items():
        name = wanted.get(key.lower())
        if name is None:
            continue
        value = value.strip()
        if name in found and found[name] != value:
            raise RequestRefused(401, f"header {name} given twice")
        found[name] = value
    for name in SIGNED_HEADERS:
        if not found.get(name):
            raise RequestRefused(401, f"missing header {name}")
    return found


def verify_request(
    headers: Mapping[str, str],
    method: str,
    target: str,
    body: bytes,
    *,
    public_key_for: Callable[[str], Ed25519PublicKey | None],
    nonces: NonceStore,
    now: float | None = None,
    max_skew: int = DEFAULT_MAX_SKEW,
) -> str:
    """The device id of a correctly signed, fresh, first-seen request; otherwise RequestRefused.

    Cheap checks first; the signature is verified before the nonce is remembered, so forged requests
    cannot use up a genuine request's nonce. `public_key_for` may itself raise RequestRefused(403) for
    a revoked device; that propagates unchanged.
    """
    found = _signed_headers(headers)
    device_id = found[HEADER_DEVICE]
    timestamp = found[HEADER_TIMESTAMP]
    nonce = found[HEADER_NONCE]
    digest = found[HEADER_CONTENT_SHA256]
    if not _DEVICE.fullmatch(device_id):
        raise RequestRefused(401, f"malformed header {HEADER_DEVICE}")
    if not _TIMESTAMP.fullmatch(timestamp):
        raise RequestRefused(401, f"malformed header {HEADER_TIMESTAMP} (integer unix seconds expected)")
    if not _NONCE.fullmatch(nonce):
        raise RequestRefused(401, f"malformed header {HEADER_NONCE}")
    if not _DIGEST.fullmatch(digest):
        raise RequestRefused(401, f"malformed header {HEADER_CONTENT_SHA256} (lower-case hex SHA-256 expected)")
    try:
        signature = base64.b64decode(found[HEADER_SIGNATURE], validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    if len(signature) != 64:
        raise RequestRefused(401, f"malformed header {HEADER_SIGNATURE}")
    if not _METHOD.fullmatch(method.upper()) or not _TARGET.fullmatch(target):
        raise RequestRefused(401, "malformed request line")

    if not secrets.compare_digest(digest, body_digest(body)):
        raise RequestRefused(401, "body altered")
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > max_skew:
        raise RequestRefused(401, "stale or future timestamp; check the laptop's clock")

    public_key = public_key_for(device_id)
    if public_key is None:
        raise RequestRefused(401, "unknown device")
    try:
        public_key.verify(signature, canonical(method, target, digest, timestamp, nonce, device_id))
    except InvalidSignature:
        raise RequestRefused(401, "bad signature") from None

    if not nonces.remember(device_id, nonce, int(timestamp)):
        raise RequestRefused(401, "replayed request")
    return device_id


def public_key_text(key: Ed25519PublicKey) -> str:
    """Base64 of the raw 32-byte public key: short enough to paste or read out at enrollment."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_public_key_text(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput("A device public key must be base64 text.") from exc
    if len(raw) != 32:
        raise InvalidInput(f"A device public key is 32 bytes; this one is {len(raw)}.")
    return Ed25519PublicKey.from_public_bytes(raw)


def private_key_bytes(key: Ed25519PrivateKey) -> bytes:
    """Raw 32-byte private key, for storage inside the encrypted workspace (never on its own on disk)."""
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def load_private_key_bytes(raw: bytes) -> Ed25519PrivateKey:
    if len(raw) != 32:
        raise ValueError(f"an Ed25519 private key is 32 bytes, not {len(raw)}")
    return Ed25519PrivateKey.from_private_bytes(raw)


# ----- users' signatures over their changes ------------------------------------------------------
# A laptop's request signature says which device sent a push; it says nothing of who made each
# change on it. Each unit of work on a laptop therefore signs its changes with the unlocked user's
# own key (app/store/keyslots.py), in groups of at most GROUP_MAX: the group names the user, the
# unit of work's reason (why a stage moved back, say) and the digest of each change; one signature
# covers it. HQ recomputes each pushed change's digest, finds it in its group and checks the
# group's signature with the key the user enrolled (app/hq/authorship.py).
#
# A change's digest: SHA-256 of the canonical JSON (orjson, keys sorted) of
#     ["CRC1", device id, device_seq, table, row id, hlc, fields]
# where `fields` are the values exactly as they travel (protocol.table_fields of the table; a
# round trip through JSON first). Device id and device_seq make a digest unique to one change of
# one laptop, so a signed group cannot be replayed for another change or from another laptop.
# A group's signed message: the canonical JSON of ["CRG1", user, reason, base64 of the digests].
CHANGE_DIGEST_VERSION = "CRC1"
GROUP_VERSION = "CRG1"
GROUP_MAX = 100  # changes per signed group (one Ed25519 signature each, so signing costs a digest per change)
DIGEST_BYTES = 32


def _canonical_json(doc: object) -> bytes:
    """Deterministic JSON on both sides. orjson refuses a few values (integers past 64 bits, lone
    surrogates): the standard library writes those, the same way on laptop and HQ."""
    import orjson

    try:
        return orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        import json

        return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def change_digest(device_id: str, device_seq: int, table: str, row_id: str, hlc: str, fields: object) -> bytes:
    return hashlib.sha256(
        _canonical_json([CHANGE_DIGEST_VERSION, device_id, device_seq, table, row_id, hlc, fields])
    ).digest()


def group_message(user: str, reason: str, digests: bytes) -> bytes:
    return _canonical_json([GROUP_VERSION, user, reason, base64.b64encode(digests).decode("ascii")])


def sign_group(key: Ed25519PrivateKey, user: str, reason: str, digests: bytes) -> bytes:
    return key.sign(group_message(user, reason, digests))


def group_signature_ok(key: Ed25519PublicKey, user: str, reason: str, digests: bytes, signature: bytes) -> bool:
    try:
        key.verify(signature, group_message(user, reason, digests))
    except InvalidSignature:
        return False
    return True
