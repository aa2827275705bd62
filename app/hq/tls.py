"""HQ's own certificate authority and server certificate.

Field laptops do not trust the system certificate store for sync: at enrollment they receive HQ's CA
certificate and pin it, so a captive portal, a corporate proxy or a mis-issued public certificate
cannot read or alter sync traffic. HQ therefore runs a tiny CA of its own:

- the CA (ECDSA P-256, 10 years) is created once and never replaced automatically, because every
  enrolled laptop pinned it; a damaged CA is an error an administrator must look at;
- the server certificate (ECDSA P-256, 2 years) is cheap and is re-issued whenever it is missing,
  damaged, close to expiry or does not name a host the server is asked to answer on.

Private keys are written 0600 with an atomic replace, so a crash never leaves a torn key file.
The laptop's side (the pinned client context, the CA fingerprint) is app/wire/tls.py.

**An organisation's certificate** instead of HQ's own CA: an IT team whose HQ certificate is issued
by the organisation's own (usually subordinate, intermediate) CA puts in the TLS folder

    ca.pem              the CA certificate laptops pin: the one that issued the server certificate
                        (an intermediate; its root may follow it)
    org-server.pem      the server certificate, optionally followed by the intermediates above it
    org-server-key.pem  its private key (0600)

and no ca-key.pem is needed: HQ issues nothing then, it serves that certificate with the full chain
up to the pinned CA (written to org-chain.pem, so a laptop pinning the intermediate, or the root,
can build the path), and says plainly when the certificate expires or was not issued by ca.pem.
The enrollment code carries ca.pem's fingerprint as always; laptops verify a pinned intermediate
as a trust anchor (VERIFY_X509_PARTIAL_CHAIN, app/wire/tls.py).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import os
import ssl
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.errors import CircuitRideError, IntegrityProblem, UsageError
from app.util.files import atomic_write

log = logging.getLogger(__name__)

CA_COMMON_NAME = "Circuit Ride HQ CA"
CA_CERT_NAME = "ca.pem"
CA_KEY_NAME = "ca-key.pem"
SERVER_CERT_NAME = "server.pem"  # server certificate followed by the CA certificate (a "full chain")
SERVER_KEY_NAME = "server-key.pem"
ORG_CERT_NAME = "org-server.pem"  # an organisation's server certificate (then, optionally, its intermediates)
ORG_KEY_NAME = "org-server-key.pem"
ORG_CHAIN_NAME = "org-chain.pem"  # written by HQ: what it serves, the server certificate up to the pinned CA
MAX_CHAIN = 8  # certificates between the server's and the pinned CA, at most

SERVER_CERT_DAYS = 730
RENEW_BEFORE = dt.timedelta(days=30)
BACKDATE = dt.timedelta(minutes=5)  # tolerate a client clock that is a little behind
ALWAYS_COVERED = ("localhost", "127.0.0.1")

HostName = x509.DNSName | x509.IPAddress
Covered = str | ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass
class TlsFiles:
    """Where ensure_tls keeps HQ's TLS material. `server_cert` holds the server certificate then the CA."""

    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _parse_host(name: str) -> Covered:
    """A hostname as it appears in a certificate: an IP address object, or a lower-case ASCII DNS name."""
    text = name.strip()
    if not text:
        raise UsageError("An empty hostname was given for the HQ server certificate.")
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        pass
    try:
        ascii_name = text.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise UsageError(f"{name!r} is not a valid hostname for the HQ server certificate.") from exc
    if not ascii_name or any(c.isspace() or c in "/\\@:" for c in ascii_name):
        raise UsageError(f"{name!r} is not a valid hostname for the HQ server certificate.")
    return ascii_name


def _normalise_hosts(hostnames: Iterable[str]) -> list[Covered]:
    """Parsed hostnames in the order given, without duplicates."""
    out: list[Covered] = []
    for name in hostnames:
        host = _parse_host(name)
        if host not in out:
            out.append(host)
    return out


def _general_name(host: Covered) -> HostName:
    return x509.DNSName(host) if isinstance(host, str) else x509.IPAddress(host)


def new_ca(common_name: str = CA_COMMON_NAME, *, years: int = 10) -> tuple[bytes, bytes]:
    """A fresh self-signed CA that may sign server certificates only (path length 0). Returns (cert PEM, key PEM)."""
    key = _new_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = _now()
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + dt.timedelta(days=round(365.25 * years)))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM), _key_pem(key)


def issue_server_cert(
    ca_cert_pem: bytes,
    ca_key_pem: bytes,
    hostnames: Iterable[str],
    *,
    not_before: dt.datetime,
    not_after: dt.datetime,
) -> tuple[bytes, bytes]:
    """A server certificate for exactly `hostnames`, signed by the CA. Returns (cert PEM, key PEM).

    Unlike ensure_tls this adds no names of its own, so tests can make a certificate for the wrong host.
    """
    hosts = _normalise_hosts(hostnames)
    if not hosts:
        raise UsageError("A server certificate needs at least one hostname or IP address.")
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_key = serialization.load_pem_private_key(ca_key_pem, password=None)
    if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
        raise IntegrityProblem("The HQ CA key is not an ECDSA key.")
    key = _new_key()
    first = hosts[0]
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, str(first))])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,  # ECDHE key exchange is authenticated by an ECDSA signature
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName([_general_name(h) for h in hosts]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),  # required by X509_STRICT
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM), _key_pem(key)


def _same_public_key(cert: x509.Certificate, key: object) -> bool:
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        return False
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return cert.public_key().public_bytes(*fmt) == key.public_key().public_bytes(*fmt)


def _load_ca(files: TlsFiles, directory: Path) -> tuple[bytes, bytes, x509.Certificate]:
    """The existing CA, or IntegrityProblem: a replaced CA would silently break every enrolled laptop."""
    fix = (
        f"Restore both files from a backup, or move {directory} away to create a new CA "
        "(every laptop must then be enrolled again)."
    )
    try:
        cert_pem = files.ca_cert.read_bytes()
        key_pem = files.ca_key.read_bytes()
    except FileNotFoundError as exc:
        raise IntegrityProblem(
            f"The HQ certificate authority in {directory} is incomplete: one file is missing. {fix}"
        ) from exc
    except OSError as exc:
        raise IntegrityProblem(
            f"The HQ certificate authority in {directory} cannot be read ({exc.strerror}). {fix}"
        ) from exc
    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
        key = serialization.load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError) as exc:
        raise IntegrityProblem(
            f"The HQ certificate authority in {directory} is damaged (not a valid PEM file). {fix}"
        ) from exc
    if not _same_public_key(cert, key):
        raise IntegrityProblem(f"The HQ CA certificate and key in {directory} do not belong together. {fix}")
    if cert.not_valid_after_utc <= _now():
        raise CircuitRideError(
            f"The HQ certificate authority in {directory} expired on {cert.not_valid_after_utc:%Y-%m-%d}. "
            f"Move {directory} away to create a new one; every laptop must then be enrolled again."
        )
    return cert_pem, key_pem, cert


def _cert_hosts(cert: x509.Certificate) -> set[Covered]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return set()
    hosts: set[Covered] = {name.lower() for name in san.get_values_for_type(x509.DNSName)}
    # (An IPAddress name may also hold a network, which covers no host asked for here.)
    hosts.update(
        ip
        for ip in san.get_values_for_type(x509.IPAddress)
        if isinstance(ip, ipaddress.IPv4Address | ipaddress.IPv6Address)
    )
    return hosts


def _server_cert_problem(files: TlsFiles, ca_cert: x509.Certificate, wanted: Sequence[Covered]) -> str | None:
    """Why the server certificate must be re-issued, or None if it is fine. Reasons never contain secrets."""
    try:
        chain = x509.load_pem_x509_certificates(files.server_cert.read_bytes())
        key = serialization.load_pem_private_key(files.server_key.read_bytes(), password=None)
    except FileNotFoundError:
        return "missing"
    except (OSError, ValueError, TypeError):
        return "unreadable or damaged"
    cert = chain[0]
    if len(chain) != 2 or chain[1] != ca_cert:
        return "chain does not end in the current CA"
    try:
        cert.verify_directly_issued_by(ca_cert)
    except (ValueError, TypeError, InvalidSignature):
        return "not signed by the current CA"
    if not _same_public_key(cert, key):
        return "certificate and key do not belong together"
    if cert.not_valid_after_utc - _now() < RENEW_BEFORE:
        return "expires within 30 days"
    if not set(wanted) <= _cert_hosts(cert):
        return "does not cover the requested hostnames"
    return None


def ensure_tls(directory: Path, hostnames: Sequence[str]) -> TlsFiles:
    """Create (first run) or check HQ's CA and server certificate in `directory`, re-issuing the latter if needed."""
    directory = Path(directory)
    if not directory.exists():
        directory.mkdir(mode=0o700, parents=True)
        os.chmod(directory, 0o700)  # mkdir's mode is filtered by the umask
    files = TlsFiles(
        ca_cert=directory / CA_CERT_NAME,
        ca_key=directory / CA_KEY_NAME,
        server_cert=directory / SERVER_CERT_NAME,
        server_key=directory / SERVER_KEY_NAME,
    )
    wanted = _normalise_hosts([*hostnames, *ALWAYS_COVERED])
    if (directory / ORG_CERT_NAME).exists():
        return organisation_tls(directory, _normalise_hosts(hostnames))

    if not files.ca_cert.exists() and not files.ca_key.exists():
        cert_pem, key_pem = new_ca()
        atomic_write(files.ca_key, key_pem, 0o600)
        atomic_write(files.ca_cert, cert_pem, 0o644)
        log.info("created a new HQ certificate authority")
    ca_cert_pem, ca_key_pem, ca_cert = _load_ca(files, directory)

    problem = _server_cert_problem(files, ca_cert, wanted)
    if problem is not None:
        now = _now()
        not_after = min(now + dt.timedelta(days=SERVER_CERT_DAYS), ca_cert.not_valid_after_utc)
        cert_pem, key_pem = issue_server_cert(
            ca_cert_pem, ca_key_pem, [str(h) for h in wanted], not_before=now - BACKDATE, not_after=not_after
        )
        # Key first: a crash between the two writes leaves a cert/key mismatch, which the next call repairs.
        atomic_write(files.server_key, key_pem, 0o600)
        atomic_write(files.server_cert, cert_pem + ca_cert_pem, 0o644)
        log.info("issued a new HQ server certificate (previous one: %s)", problem)
    return files


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _self_signed(cert: x509.Certificate) -> bool:
    return _issued_by(cert, cert)


def _read_certs(path: Path, what: str) -> list[x509.Certificate]:
    try:
        certs = x509.load_pem_x509_certificates(path.read_bytes())
    except FileNotFoundError as exc:
        raise UsageError(f"{path} is missing: {what}.") from exc
    except OSError as exc:
        raise IntegrityProblem(f"{path} cannot be read ({exc.strerror}): {what}.") from exc
    except ValueError as exc:
        raise IntegrityProblem(f"{path} is not a PEM certificate file: {what}.") from exc
    return certs


def organisation_tls(directory: Path, hostnames: Sequence[Covered] = (), *, write: bool = True) -> TlsFiles:
    """Serve an organisation's certificate (see the module's docstring): check it and write the full
    chain HQ presents, from the server certificate up to the CA in ca.pem that laptops pin. Nothing
    is issued; a certificate that cannot work is refused with what to do. `write=False` only checks
    (`hq check`)."""
    pinned_certs = _read_certs(
        directory / CA_CERT_NAME, "put there the organisation's CA certificate that issued HQ's certificate"
    )
    pinned = pinned_certs[0]
    chain = _read_certs(directory / ORG_CERT_NAME, "put there HQ's certificate from the organisation")
    leaf = chain[0]
    key_path = directory / ORG_KEY_NAME
    try:
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    except FileNotFoundError as exc:
        raise UsageError(f"{key_path} is missing: put there the private key of {ORG_CERT_NAME}.") from exc
    except (OSError, ValueError, TypeError) as exc:
        raise IntegrityProblem(
            f"{key_path} cannot be read as an unencrypted PEM private key: export the key of {ORG_CERT_NAME} "
            "without a passphrase (the file stays readable by HQ's account only)."
        ) from exc
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    public = getattr(key, "public_key", None)
    if public is None or leaf.public_key().public_bytes(*fmt) != public().public_bytes(*fmt):
        raise IntegrityProblem(f"{ORG_CERT_NAME} and {ORG_KEY_NAME} in {directory} do not belong together.")
    now = _now()
    for cert in (leaf, pinned):
        if cert.not_valid_after_utc <= now:
            raise CircuitRideError(
                f"The certificate {cert.subject.rfc4514_string()} in {directory} expired on "
                f"{cert.not_valid_after_utc:%Y-%m-%d}: install a renewed one from your organisation."
            )
    if leaf.not_valid_after_utc - now < RENEW_BEFORE:
        log.warning("the organisation's HQ certificate expires on %s: ask for a renewed one", leaf.not_valid_after_utc)
    # The path from the server certificate to the pinned CA, through the intermediates given.
    pool = [*chain[1:], *pinned_certs[1:]]
    path = [leaf]
    while not _issued_by(path[-1], pinned):
        issuer = next((c for c in pool if c not in path and _issued_by(path[-1], c)), None)
        if issuer is None or len(path) > MAX_CHAIN or _self_signed(path[-1]):
            raise IntegrityProblem(
                f"{ORG_CERT_NAME} in {directory} was not issued by the CA in {CA_CERT_NAME} "
                f"({pinned.subject.rfc4514_string()}), nor through the intermediates given with it: laptops "
                f"that pin {CA_CERT_NAME} would refuse it. Put in {CA_CERT_NAME} the CA that issued it, or "
                f"add the missing intermediate after the certificate in {ORG_CERT_NAME}."
            )
        path.append(issuer)
    if path[-1] != pinned:
        path.append(pinned)
    served = [c for c in path if c is leaf or not _self_signed(c)]  # a root is the client's, never sent
    missing = [h for h in hostnames if h not in _cert_hosts(leaf)]
    if missing:
        log.warning(
            "the organisation's HQ certificate does not name %s: laptops reach HQ only by a name it has",
            ", ".join(str(h) for h in missing),
        )
    out = directory / ORG_CHAIN_NAME
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in served)
    if write and (not out.exists() or out.read_bytes() != pem):
        atomic_write(out, pem, 0o644)
        log.info("serving the organisation's HQ certificate with %d certificate(s) in its chain", len(served))
    return TlsFiles(
        ca_cert=directory / CA_CERT_NAME, ca_key=directory / CA_KEY_NAME, server_cert=out, server_key=key_path
    )


def server_ssl_context(files: TlsFiles) -> ssl.SSLContext:
    """TLS ≥ 1.2 server context presenting the server certificate and the CA that signed it."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=files.server_cert, keyfile=files.server_key)
    return ctx
