"""HQ's TLS material (real handshakes over 127.0.0.1) and Ed25519 request signing."""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
import ssl
import stat
import threading
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import IntegrityProblem, InvalidInput
from app.hq import tls
from app.hq.tls import TlsFiles, ensure_tls, issue_server_cert, new_ca
from app.wire import signing
from app.wire.signing import MemoryNonceStore, RequestRefused, sign_request, verify_request
from app.wire.tls import ca_fingerprint, client_ssl_context

NOW = dt.datetime.now(dt.UTC)


# ---------------------------------------------------------------- helpers


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leaf(files: TlsFiles) -> x509.Certificate:
    return x509.load_pem_x509_certificates(files.server_cert.read_bytes())[0]


def san(cert: x509.Certificate) -> tuple[set[str], set[str]]:
    ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return set(ext.get_values_for_type(x509.DNSName)), {str(ip) for ip in ext.get_values_for_type(x509.IPAddress)}


def write_server(directory: Path, ca: tuple[bytes, bytes], cert_and_key: tuple[bytes, bytes]) -> TlsFiles:
    """TLS files for a hand-made (possibly broken) server certificate."""
    directory.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(
        directory / "ca.pem", directory / "ca-key.pem", directory / "server.pem", directory / "server-key.pem"
    )
    files.ca_cert.write_bytes(ca[0])
    files.ca_key.write_bytes(ca[1])
    files.server_cert.write_bytes(cert_and_key[0] + ca[0])
    files.server_key.write_bytes(cert_and_key[1])
    return files


def handshake(
    files: TlsFiles, client: ssl.SSLContext, server_hostname: str, server_errors: list[BaseException] | None = None
) -> str:
    """One real TLS connection over 127.0.0.1; returns the negotiated version or raises the client's error."""
    server_ctx = tls.server_ssl_context(files)
    errors: list[BaseException] = [] if server_errors is None else server_errors
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)

    def serve() -> None:
        try:
            conn, _ = listener.accept()
            conn.settimeout(10)
            with server_ctx.wrap_socket(conn, server_side=True) as sock:
                sock.sendall(b"hello")
        except OSError as exc:  # ssl.SSLError is an OSError
            errors.append(exc)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with (
            socket.create_connection(listener.getsockname(), timeout=10) as raw,
            client.wrap_socket(raw, server_hostname=server_hostname) as sock,
        ):
            assert sock.recv(5) == b"hello"
            return str(sock.version())
    finally:
        thread.join(10)
        listener.close()


@pytest.fixture
def hq(tmp_path: Path) -> TlsFiles:
    return ensure_tls(tmp_path / "tls", ["hq.example", "10.0.0.5"])


# ---------------------------------------------------------------- ensure_tls


def test_ensure_tls_creates_ca_and_server_cert_with_private_keys(hq: TlsFiles) -> None:
    assert mode(hq.ca_key.parent) == 0o700
    assert mode(hq.ca_key) == 0o600
    assert mode(hq.server_key) == 0o600

    ca = x509.load_pem_x509_certificate(hq.ca_cert.read_bytes())
    assert ca.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Circuit Ride HQ CA"
    constraints = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca and constraints.path_length == 0
    usage = ca.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign
    assert (ca.not_valid_after_utc - NOW).days >= 3650 - 2

    cert = leaf(hq)
    assert cert.issuer == ca.subject
    cert.verify_directly_issued_by(ca)
    dns, ips = san(cert)
    assert dns == {"hq.example", "localhost"}
    assert ips == {"10.0.0.5", "127.0.0.1"}
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.SERVER_AUTH]
    assert 725 <= (cert.not_valid_after_utc - NOW).days <= 730
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca


def test_ensure_tls_is_idempotent(hq: TlsFiles) -> None:
    before = {p: p.read_bytes() for p in (hq.ca_cert, hq.ca_key, hq.server_cert, hq.server_key)}
    again = ensure_tls(hq.ca_cert.parent, ["10.0.0.5", "HQ.example"])  # order and case do not matter
    assert ca_fingerprint(again.ca_cert.read_bytes()) == ca_fingerprint(before[hq.ca_cert])
    assert {p: p.read_bytes() for p in before} == before


def test_new_hostname_reissues_server_cert_but_keeps_ca(hq: TlsFiles) -> None:
    ca_before, ca_key_before, cert_before = hq.ca_cert.read_bytes(), hq.ca_key.read_bytes(), hq.server_cert.read_bytes()
    again = ensure_tls(hq.ca_cert.parent, ["hq.example", "new.example"])
    assert again.ca_cert.read_bytes() == ca_before and again.ca_key.read_bytes() == ca_key_before
    assert again.server_cert.read_bytes() != cert_before
    assert "new.example" in san(leaf(again))[0]
    assert mode(again.server_key) == 0o600
    # The pinned CA still verifies the new certificate, under the new name.
    assert handshake(again, client_ssl_context(ca_before), "new.example") in ("TLSv1.2", "TLSv1.3")


def test_server_cert_close_to_expiry_is_reissued(hq: TlsFiles) -> None:
    ca_pem, ca_key = hq.ca_cert.read_bytes(), hq.ca_key.read_bytes()
    cert, key = issue_server_cert(
        ca_pem,
        ca_key,
        ["hq.example", "10.0.0.5", "localhost", "127.0.0.1"],
        not_before=NOW,
        not_after=NOW + dt.timedelta(days=10),
    )
    hq.server_cert.write_bytes(cert + ca_pem)
    hq.server_key.write_bytes(key)
    ensure_tls(hq.ca_cert.parent, ["hq.example"])
    assert (leaf(hq).not_valid_after_utc - NOW).days >= 700
    assert hq.ca_cert.read_bytes() == ca_pem


def test_damaged_server_key_is_replaced(hq: TlsFiles) -> None:
    hq.server_key.write_bytes(b"garbage")
    ensure_tls(hq.ca_cert.parent, [])
    assert handshake(hq, client_ssl_context(hq.ca_cert.read_bytes()), "localhost") in ("TLSv1.2", "TLSv1.3")


@pytest.mark.parametrize("damage", ["corrupt cert", "corrupt key", "missing key", "key of another CA"])
def test_damaged_ca_is_an_error_not_replaced(hq: TlsFiles, damage: str) -> None:
    if damage == "corrupt cert":
        hq.ca_cert.write_bytes(b"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n")
    elif damage == "corrupt key":
        hq.ca_key.write_bytes(b"not a key")
    elif damage == "missing key":
        hq.ca_key.unlink()
    else:
        hq.ca_key.write_bytes(new_ca()[1])
    damaged = hq.ca_cert.read_bytes()
    with pytest.raises(IntegrityProblem) as caught:
        ensure_tls(hq.ca_cert.parent, ["hq.example"])
    assert str(hq.ca_cert.parent) in str(caught.value)
    assert hq.ca_cert.read_bytes() == damaged  # never silently replaced: laptops pinned it


def test_ca_fingerprint_is_sha256_of_der(hq: TlsFiles) -> None:
    pem = hq.ca_cert.read_bytes()
    der = ssl.PEM_cert_to_DER_cert(pem.decode("ascii"))
    assert ca_fingerprint(pem) == hashlib.sha256(der).hexdigest()
    assert ca_fingerprint(pem) != ca_fingerprint(new_ca()[0])


def test_contexts_are_strict(hq: TlsFiles) -> None:
    client = client_ssl_context(hq.ca_cert.read_bytes())
    assert client.verify_mode == ssl.CERT_REQUIRED and client.check_hostname
    assert client.minimum_version == ssl.TLSVersion.TLSv1_2
    assert len(client.get_ca_certs()) == 1  # only the pinned CA, no system store
    assert tls.server_ssl_context(hq).minimum_version == ssl.TLSVersion.TLSv1_2
    with pytest.raises(IntegrityProblem):
        client_ssl_context(b"not a certificate")


# ---------------------------------------------------------------- real handshakes


@pytest.mark.parametrize("hostname", ["localhost", "127.0.0.1", "hq.example", "10.0.0.5"])
def test_handshake_with_pinned_ca_succeeds(hq: TlsFiles, hostname: str) -> None:
    assert handshake(hq, client_ssl_context(hq.ca_cert.read_bytes()), hostname) in ("TLSv1.2", "TLSv1.3")


def test_handshake_with_wrong_ca_fails(hq: TlsFiles) -> None:
    other_ca = new_ca()[0]
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        handshake(hq, client_ssl_context(other_ca), "localhost")
    assert caught.value.verify_code in (19, 20)  # self-signed in chain / unable to get local issuer


def test_handshake_with_expired_server_cert_fails(tmp_path: Path) -> None:
    ca = new_ca()
    expired = issue_server_cert(
        *ca, ["localhost", "127.0.0.1"], not_before=NOW - dt.timedelta(days=800), not_after=NOW - dt.timedelta(days=1)
    )
    files = write_server(tmp_path / "expired", ca, expired)
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        handshake(files, client_ssl_context(ca[0]), "localhost")
    assert caught.value.verify_code == 10  # X509_V_ERR_CERT_HAS_EXPIRED
    assert "expired" in caught.value.verify_message


@pytest.mark.parametrize("hostname", ["localhost", "127.0.0.1"])
def test_handshake_with_wrong_hostname_fails(tmp_path: Path, hostname: str) -> None:
    ca = new_ca()
    other = issue_server_cert(
        *ca, ["other.example"], not_before=NOW - dt.timedelta(hours=1), not_after=NOW + dt.timedelta(days=30)
    )
    files = write_server(tmp_path / "other", ca, other)
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        handshake(files, client_ssl_context(ca[0]), hostname)
    assert "mismatch" in caught.value.verify_message


def test_tls_1_1_client_is_refused(hq: TlsFiles) -> None:
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client.load_verify_locations(cadata=hq.ca_cert.read_text())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Python warns about enabling TLS 1.0/1.1 at all
        client.minimum_version = ssl.TLSVersion.TLSv1
        client.maximum_version = ssl.TLSVersion.TLSv1_1
    client.set_ciphers("DEFAULT:@SECLEVEL=0")  # let the client really offer TLS 1.1, so the server is what refuses
    server_errors: list[BaseException] = []
    with pytest.raises(ssl.SSLError):
        handshake(hq, client, "localhost", server_errors)
    assert server_errors and isinstance(server_errors[0], ssl.SSLError)
    assert "unsupported protocol" in str(server_errors[0]).lower()  # refused by the server, not by the client


# ---------------------------------------------------------------- signing

KEY = Ed25519PrivateKey.generate()
OTHER_KEY = Ed25519PrivateKey.generate()
DEVICE = "0191e0a2-7c1b-7d3e-9f00-4b2a1c3d4e5f"
T0 = 1_750_000_000
BODY = b'{"changes": []}'
TARGET = "/sync/push?since=12&page=2"


def keys(device: str) -> Ed25519PublicKey | None:
    return KEY.public_key() if device == DEVICE else None


def check(
    headers: dict[str, str],
    method: str = "POST",
    target: str = TARGET,
    body: bytes = BODY,
    *,
    nonces: MemoryNonceStore | None = None,
    now: float = T0,
    public_key_for: Callable[[str], Ed25519PublicKey | None] = keys,
) -> str:
    store = nonces if nonces is not None else MemoryNonceStore(clock=lambda: now)
    return verify_request(headers, method, target, body, public_key_for=public_key_for, nonces=store, now=now)


def signed(**kwargs: object) -> dict[str, str]:
    args: dict = {"private_key": KEY, "device_id": DEVICE, "method": "POST", "target": TARGET, "body": BODY, "now": T0}
    args.update(kwargs)
    return sign_request(**args)


def test_round_trip_and_header_case_insensitivity() -> None:
    headers = signed()
    assert set(headers) == set(signing.SIGNED_HEADERS)
    assert headers[signing.HEADER_CONTENT_SHA256] == hashlib.sha256(BODY).hexdigest()
    assert headers[signing.HEADER_TIMESTAMP] == str(T0)
    assert check(headers) == DEVICE
    assert check({k.lower(): v for k, v in headers.items()}, method="post") == DEVICE
    assert check({k.upper(): v for k, v in headers.items()}) == DEVICE


def test_nonces_are_random_128_bit() -> None:
    a, b = signed()[signing.HEADER_NONCE], signed()[signing.HEADER_NONCE]
    assert a != b and len(a) >= 22


def test_canonical_format_is_fixed() -> None:
    assert signing.canonical("post", "/a?b=1", "d" * 64, "17", "n" * 22, "dev") == (
        b"CR1\nPOST\n/a?b=1\n" + b"d" * 64 + b"\n17\n" + b"n" * 22 + b"\ndev"
    )
    with pytest.raises(ValueError):
        signing.canonical("POST", "/a\nb", "d" * 64, "17", "n" * 22, "dev")


def _replace(headers: dict[str, str], name: str, value: str) -> dict[str, str]:
    return {**headers, name: value}


REFUSALS: dict[str, tuple[Callable[[], str], str]] = {
    "altered body": (lambda: check(signed(), body=BODY + b" "), "body altered"),
    "altered body with matching digest": (
        lambda: check(_replace(signed(), signing.HEADER_CONTENT_SHA256, hashlib.sha256(b"x").hexdigest()), body=b"x"),
        "bad signature",
    ),
    "altered path": (lambda: check(signed(), target="/sync/pull?since=12&page=2"), "bad signature"),
    "altered query": (lambda: check(signed(), target="/sync/push?since=0&page=2"), "bad signature"),
    "reordered query": (lambda: check(signed(), target="/sync/push?page=2&since=12"), "bad signature"),
    "altered method": (lambda: check(signed(), method="PUT"), "bad signature"),
    "stale timestamp": (lambda: check(signed(now=T0 - 1000)), "stale or future timestamp"),
    "future timestamp": (lambda: check(signed(now=T0 + 1000)), "stale or future timestamp"),
    "altered timestamp": (lambda: check(_replace(signed(), signing.HEADER_TIMESTAMP, str(T0 + 1))), "bad signature"),
    "unknown device": (lambda: check(signed(device_id="someone-else")), "unknown device"),
    "other key": (lambda: check(signed(private_key=OTHER_KEY)), "bad signature"),
    "malformed signature": (lambda: check(_replace(signed(), signing.HEADER_SIGNATURE, "@@@")), "malformed header"),
    "short signature": (lambda: check(_replace(signed(), signing.HEADER_SIGNATURE, "AAAA")), "malformed header"),
    "malformed timestamp": (lambda: check(_replace(signed(), signing.HEADER_TIMESTAMP, "1.5e9")), "malformed header"),
    "malformed nonce": (lambda: check(_replace(signed(), signing.HEADER_NONCE, "short")), "malformed header"),
    "conflicting duplicate": (lambda: check({**signed(), "x-cr-device": "someone-else"}), "given twice"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_tampered_requests_are_refused(case: str) -> None:
    attempt, reason = REFUSALS[case]
    with pytest.raises(RequestRefused) as caught:
        attempt()
    assert caught.value.status == 401
    assert reason in caught.value.reason


@pytest.mark.parametrize("missing", signing.SIGNED_HEADERS)
def test_missing_header_is_refused(missing: str) -> None:
    headers = {k: v for k, v in signed().items() if k != missing}
    with pytest.raises(RequestRefused) as caught:
        check(headers)
    assert caught.value.status == 401
    assert caught.value.reason == f"missing header {missing}"


def test_timestamp_within_skew_is_accepted() -> None:
    assert check(signed(now=T0 - 299)) == DEVICE
    assert check(signed(now=T0 + 299)) == DEVICE


def test_replayed_request_is_refused() -> None:
    store = MemoryNonceStore(clock=lambda: T0)
    headers = signed()
    assert check(headers, nonces=store) == DEVICE
    with pytest.raises(RequestRefused) as caught:
        check(headers, nonces=store, now=T0 + 5)
    assert (caught.value.status, caught.value.reason) == (401, "replayed request")


def test_forged_request_does_not_consume_the_nonce() -> None:
    store = MemoryNonceStore(clock=lambda: T0)
    nonce = "A" * 22
    with pytest.raises(RequestRefused, match="bad signature"):
        check(signed(private_key=OTHER_KEY, nonce=nonce), nonces=store)
    with pytest.raises(RequestRefused, match="body altered"):
        check(signed(nonce=nonce), body=b"tampered", nonces=store)
    assert len(store) == 0
    assert check(signed(nonce=nonce), nonces=store) == DEVICE
    assert len(store) == 1


def test_revocation_raised_by_key_lookup_propagates() -> None:
    def revoked(device: str) -> Ed25519PublicKey | None:
        raise RequestRefused(403, "device revoked")

    store = MemoryNonceStore(clock=lambda: T0)
    with pytest.raises(RequestRefused) as caught:
        check(signed(), nonces=store, public_key_for=revoked)
    assert (caught.value.status, caught.value.reason) == (403, "device revoked")
    assert len(store) == 0


def test_request_refused_only_knows_401_and_403() -> None:
    with pytest.raises(ValueError):
        RequestRefused(500, "nope")


def test_memory_nonce_store_forgets_outside_window_and_is_thread_safe() -> None:
    clock = [float(T0)]
    store = MemoryNonceStore(window=300, clock=lambda: clock[0])
    assert store.remember(DEVICE, "n1", T0)
    assert not store.remember(DEVICE, "n1", T0)
    assert store.remember("other-device", "n1", T0)  # nonces are per device
    clock[0] = T0 + 300
    assert not store.remember(DEVICE, "n1", T0)  # still inside the window: must still be refused
    clock[0] = T0 + 301
    assert store.remember(DEVICE, "n2", T0 + 301)
    assert len(store) == 1  # the old entries were dropped

    results: list[bool] = []
    barrier = threading.Barrier(8)

    def race() -> None:
        barrier.wait()
        results.append(store.remember(DEVICE, "raced", T0 + 301))

    threads = [threading.Thread(target=race) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 7 + [True]


def test_key_encodings_round_trip() -> None:
    text = signing.public_key_text(KEY.public_key())
    assert signing.public_key_text(signing.load_public_key_text(text)) == text
    raw = signing.private_key_bytes(KEY)
    assert len(raw) == 32
    assert signing.private_key_bytes(signing.load_private_key_bytes(raw)) == raw
    with pytest.raises(InvalidInput):
        signing.load_public_key_text("not base64!")
    with pytest.raises(InvalidInput):
        signing.load_public_key_text("AAAA")
    with pytest.raises(ValueError):
        signing.load_private_key_bytes(b"short")


_TARGET_CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x7E)


@settings(max_examples=150, deadline=None)
@given(
    body=st.binary(max_size=2048),
    target=st.text(alphabet=_TARGET_CHARS, max_size=80).map(lambda s: "/" + s),
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE"]),
    data=st.data(),
)
def test_property_round_trip_and_single_byte_flip(body: bytes, target: str, method: str, data: st.DataObject) -> None:
    headers = sign_request(KEY, DEVICE, method, target, body, now=T0)
    assert check(headers, method, target, body) == DEVICE
    if body:
        index = data.draw(st.integers(0, len(body) - 1))
        flip = data.draw(st.integers(1, 255))
        altered = bytearray(body)
        altered[index] ^= flip
        with pytest.raises(RequestRefused, match="body altered"):
            check(headers, method, target, bytes(altered))
    else:
        with pytest.raises(RequestRefused, match="body altered"):
            check(headers, method, target, b"\x00")
